/**
 * Time-zone handling of templates, checked in a child process with a real TZ (Jest's
 * sandboxed process.env does not reach Date; see test/support/run-in-time-zone.ts).
 */
import { runInTimeZone } from '../../support/run-in-time-zone';

const probe = `
import { formatMoment } from './src/core/template/moment-format';
import { renderTemplate } from './src/core/template/render';
const ctx = (now, utc) => ({ title: 'T', now, utc, status: 'proposed', folder: '', answers: new Map() });
const render = (t, now, utc) => { const r = renderTemplate(t, ctx(now, utc)); return r.ok ? r.text : 'ERROR ' + r.error.message; };
const gap = new Date(Date.UTC(2026, 2, 29, 2, 30)); // 02:30Z, 04:30 in Berlin (CEST)
const beforeSpring = new Date(Date.UTC(2026, 2, 28, 11, 0)); // 12:00 in Berlin (CET)
const lateEvening = new Date(Date.UTC(2026, 10, 21, 23, 30)); // next morning in Tokyo
process.stdout.write(JSON.stringify({
  utcWall: formatMoment(gap, 'YYYY-MM-DD HH:mm Z', { utc: true }),
  localWall: formatMoment(gap, 'YYYY-MM-DD HH:mm Z', { utc: false }),
  localPlusDay: render('{{date+1d:YYYY-MM-DD HH:mm Z}}', beforeSpring, false),
  utcPlusDay: render('{{date+1d:YYYY-MM-DD HH:mm Z}}', beforeSpring, true),
  utcVariable: render('{{utc}}', gap, false),
  tokyoLocal: render('{{date}} {{time}}', lateEvening, false),
  tokyoUtc: render('{{date}} {{time}}', lateEvening, true),
  unix: formatMoment(gap, 'X', { utc: false }) + ' ' + formatMoment(gap, 'X', { utc: true }),
}));
`;

function runIn(timeZone: string): Record<string, string> {
  return runInTimeZone<Record<string, string>>(probe, timeZone);
}

describe('time zones (child process with a real TZ)', () => {
  test('Europe/Berlin: UTC wall time inside a local DST gap, local DST offsets', () => {
    const out = runIn('Europe/Berlin');
    expect(out.utcWall).toBe('2026-03-29 02:30 +00:00');
    expect(out.localWall).toBe('2026-03-29 04:30 +02:00');
    // Local day steps keep the wall-clock time across the spring-forward night.
    expect(out.localPlusDay).toBe('2026-03-29 12:00 +02:00');
    // UTC day steps are exactly 24 hours of UTC wall time.
    expect(out.utcPlusDay).toBe('2026-03-29 11:00 +00:00');
    expect(out.utcVariable).toBe('2026-03-29T02:30:00Z');
    expect(out.unix).toBe('1774751400 1774751400');
  });

  test('Asia/Tokyo: local date is the next day, the UTC date is not', () => {
    const out = runIn('Asia/Tokyo');
    expect(out.tokyoLocal).toBe('2026-11-22 08:30');
    expect(out.tokyoUtc).toBe('2026-11-21 23:30');
  });

  test('America/Los_Angeles: negative offsets', () => {
    const out = runIn('America/Los_Angeles');
    expect(out.localWall).toBe('2026-03-28 19:30 -07:00');
    expect(out.utcWall).toBe('2026-03-29 02:30 +00:00');
  });
});
