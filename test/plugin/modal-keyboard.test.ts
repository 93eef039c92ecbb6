/** @jest-environment jsdom */
import { PLAN } from './fixtures';
import { fill, keydown, openForm, openNote, setup, start, submit, textAreas, tick } from './plugin-harness';

async function decisionForm() {
  const h = await setup({ 'Plans/widget.md': PLAN });
  await openNote(h, 'Plans/widget.md');
  await start(h, 'log-decision');
  return { h, form: openForm(h.testing) };
}

describe('entry forms are keyboard first', () => {
  test('the first field has the focus when the form opens', async () => {
    const { form } = await decisionForm();
    expect(document.activeElement).toBe(textAreas(form)[0]);
    expect(form.titleEl.textContent).toBe('Log decision');
  });

  test('Enter submits from any field', async () => {
    const { h, form } = await decisionForm();
    fill(h.testing, form, 'Keep it simple', 'Less to break');
    const evt = keydown(textAreas(form)[1] as HTMLElement, 'Enter');
    expect(evt.defaultPrevented).toBe(true);
    await h.testing.settle();
    expect(h.testing.openModals).toHaveLength(0);
    expect(await h.read('Plans/widget.md')).toContain('- Decision: Keep it simple\n  Rationale: Less to break\n');
  });

  test('Shift+Enter is left to the text area (a new line), and long text keeps its line breaks', async () => {
    const { h, form } = await decisionForm();
    const [first] = textAreas(form);
    if (!first) throw new Error('no field');
    const evt = keydown(first, 'Enter', { shiftKey: true });
    expect(evt.defaultPrevented).toBe(false);
    expect(h.testing.openModals).toContain(form);
    // The browser inserts the line break; the form keeps it.
    fill(h.testing, form, 'Line one\nLine two\r\nLine three');
    submit(form);
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toContain('- Decision: Line one\n  Line two\n  Line three\n');
  });

  test('Enter while an input method is composing does not submit', async () => {
    const { h, form } = await decisionForm();
    fill(h.testing, form, '決定');
    const evt = keydown(textAreas(form)[0] as HTMLElement, 'Enter', { isComposing: true });
    expect(evt.defaultPrevented).toBe(false);
    expect(h.testing.openModals).toContain(form);
  });

  test('Esc cancels and writes nothing', async () => {
    const { h, form } = await decisionForm();
    fill(h.testing, form, 'Something');
    expect(h.testing.pressKey('Escape', [], form)).toBe(true);
    await h.testing.settle();
    expect(h.testing.openModals).toHaveLength(0);
    expect(await h.read('Plans/widget.md')).toBe(PLAN);
    expect(h.testing.notices).toEqual([]);
  });

  test('empty (or blank) input writes nothing: the form stays open and marks the field', async () => {
    const { h, form } = await decisionForm();
    fill(h.testing, form, '   \n  ', 'only a rationale');
    submit(form);
    await tick();
    expect(h.testing.openModals).toContain(form);
    expect(textAreas(form)[0]?.hasClass('execplan-field-missing')).toBe(true);
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(PLAN);
  });

  test('the handoff form needs at least one of its fields', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    await start(h, 'write-handoff');
    const form = openForm(h.testing);
    submit(form);
    await tick();
    expect(h.testing.openModals).toContain(form);
    fill(h.testing, form, '', 'Only next');
    submit(form);
    await h.testing.settle();
    expect(h.testing.openModals).toHaveLength(0);
    expect(await h.read('Plans/widget.md')).toContain('- (2026-11-21 14:05Z) Handoff\n  Next: Only next\n');
  });

  test('the buttons: Cancel closes, the call-to-action submits', async () => {
    const { h, form } = await decisionForm();
    const buttons = Array.from(form.contentEl.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Cancel', 'Log decision']);
    fill(h.testing, form, 'By button');
    h.testing.click(buttons[1] as HTMLElement);
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toContain('- Decision: By button\n');
  });
});
