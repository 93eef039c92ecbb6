import { debounce, Keymap, Platform, prepareFuzzySearch, requireApiVersion } from 'obsidian';
import { createTestApp } from './obsidian';

describe('utilities', () => {
  afterEach(() => jest.useRealTimers());

  test('debounce calls once per burst with the latest arguments; resetTimer restarts the wait', () => {
    jest.useFakeTimers();
    const calls: string[] = [];
    const save = debounce((v: string) => calls.push(v), 1000);
    save('a');
    jest.advanceTimersByTime(600);
    save('b');
    jest.advanceTimersByTime(400);
    expect(calls).toEqual(['b']);

    const reset = debounce((v: string) => calls.push(`reset ${v}`), 1000, true);
    reset('c');
    jest.advanceTimersByTime(600);
    reset('d');
    jest.advanceTimersByTime(600);
    expect(calls).toEqual(['b']);
    jest.advanceTimersByTime(400);
    expect(calls).toEqual(['b', 'reset d']);

    const cancelled = debounce(() => calls.push('cancelled'), 10);
    cancelled();
    cancelled.cancel();
    const forced = debounce(() => calls.push('run now'), 10);
    forced();
    forced.run();
    jest.advanceTimersByTime(100);
    expect(calls).toEqual(['b', 'reset d', 'run now']);
  });

  test('Keymap.isModEvent maps modifier combinations to pane types', () => {
    const evt = (init: Partial<MouseEvent>): MouseEvent => init as MouseEvent;
    expect(Keymap.isModEvent(evt({}))).toBe(false);
    expect(Keymap.isModEvent(evt({ ctrlKey: true }))).toBe('tab');
    expect(Keymap.isModEvent(evt({ ctrlKey: true, altKey: true }))).toBe('split');
    expect(Keymap.isModEvent(evt({ ctrlKey: true, altKey: true, shiftKey: true }))).toBe('window');
    expect(Keymap.isModEvent(evt({ button: 1 }))).toBe('tab');
    expect(Keymap.isModEvent(null)).toBe(false);
  });

  test('Platform describes desktop Linux; the API version is the typings version', () => {
    expect(Platform).toMatchObject({ isDesktop: true, isMobile: false, isMacOS: false });
    expect(requireApiVersion('1.4.0')).toBe(true);
    expect(requireApiVersion('1.8.7')).toBe(true);
    expect(requireApiVersion('1.9.0')).toBe(false);
  });

  test('prepareFuzzySearch matches characters in order', () => {
    const search = prepareFuzzySearch('bdsh');
    expect(search('Build dashboard')).not.toBeNull();
    expect(search('Fix bug')).toBeNull();
  });

  test('the test clock drives file times and never the real time', async () => {
    const { app, testing } = createTestApp({ now: new Date('2030-05-06T07:08:09Z') });
    expect(testing.now().toISOString()).toBe('2030-05-06T07:08:09.000Z');
    testing.setNow(new Date('2031-01-01T00:00:00Z'));
    testing.advance(1000);
    const file = await app.vault.create('x.md', '');
    expect(new Date(file.stat.ctime).toISOString()).toBe('2031-01-01T00:00:01.000Z');
  });

  test('the DOM-backed parts refuse to run without a DOM, with a clear message', () => {
    const { testing } = createTestApp();
    expect(() => testing.statusBarEl).toThrow(/jest-environment jsdom/);
  });
});
