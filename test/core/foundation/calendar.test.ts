/**
 * calendar.ts replaces the date-fns functions the engine used: each must give date-fns' result
 * (week numbers, day of the year, and the calendar steps of template date offsets, including
 * the class of the date returned) for plain dates and UTC wall dates, in real time zones with
 * daylight-saving changes.
 */
import { runInTimeZone } from '../../support/run-in-time-zone';

const probe = `
  import * as fns from 'date-fns';
  import fc from 'fast-check';
  import * as ours from './src/core/calendar';
  import { toUtcWall } from './src/core/template/utc-wall-date';
  const WEEKS = { weekStartsOn: 0, firstWeekContainsDate: 1 };
  const reads = {
    getDayOfYear: [ours.getDayOfYear, (d) => fns.getDayOfYear(d)],
    getISOWeek: [ours.getISOWeek, (d) => fns.getISOWeek(d)],
    getISOWeekYear: [ours.getISOWeekYear, (d) => fns.getISOWeekYear(d)],
    getWeek: [ours.getWeek, (d) => fns.getWeek(d, WEEKS)],
    getWeekYear: [ours.getWeekYear, (d) => fns.getWeekYear(d, WEEKS)],
  };
  const steps = {
    addMonths: [ours.addMonths, fns.addMonths],
    addDays: [ours.addDays, fns.addDays],
    addMilliseconds: [ours.addMilliseconds, fns.addMilliseconds],
  };
  const dates = fc.sample(fc.date({ min: new Date(Date.UTC(1600, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }), { seed: 7, numRuns: 1000 });
  // Every year's turn (where week years part from calendar years), and this zone's clock changes.
  for (let year = 1990; year < 2040; year++) {
    for (let day = -8; day <= 8; day++) dates.push(new Date(Date.UTC(year, 0, 1 + day, 12)), new Date(year, 0, 1 + day, 0, 30));
  }
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 30 * 60_000) {
    if (new Date(t).getTimezoneOffset() !== new Date(t + 30 * 60_000).getTimezoneOffset()) {
      for (let k = -4; k <= 4; k++) dates.push(new Date(t + k * 30 * 60_000));
    }
  }
  // Month ends, for the clamping of month steps.
  for (const day of [28, 29, 30, 31]) for (let month = 0; month < 12; month++) dates.push(new Date(2024, month, day, 2, 30), new Date(Date.UTC(2023, month, day, 2, 30)));
  const amounts = [0, 1, -1, 2, -3, 11, 12, -13, 25, 1000, -999999];
  const bad = [];
  let checked = 0;
  const same = (a, b) => a.constructor === b.constructor && (a.getTime() === b.getTime() || (Number.isNaN(a.getTime()) && Number.isNaN(b.getTime())));
  for (const plain of dates) {
    for (const d of [plain, toUtcWall(plain)]) {
      const kind = d === plain ? 'plain ' : 'wall ';
      for (const [name, [mine, theirs]] of Object.entries(reads)) {
        checked++;
        if (mine(d) !== theirs(d)) bad.push(kind + name + ' ' + d.toISOString() + ': ' + mine(d) + ' != ' + theirs(d));
      }
      for (const [name, [mine, theirs]] of Object.entries(steps)) {
        for (const n of amounts) {
          const amount = name === 'addMilliseconds' ? n * 3600000 : n;
          checked++;
          const a = mine(d, amount);
          const b = theirs(d, amount);
          if (!same(a, b)) bad.push(kind + name + '(' + amount + ') ' + d.toISOString() + ': ' + a.toISOString() + ' != ' + b.toISOString());
        }
      }
    }
  }
  process.stdout.write(JSON.stringify({ checked, bad: bad.slice(0, 20) }));
`;

test.each(['UTC', 'Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'America/Sao_Paulo'])(
  'calendar.ts gives date-fns results in %s',
  (timeZone) => {
    const result = runInTimeZone<{ checked: number; bad: string[] }>(probe, timeZone, 'calendar-probe.ts');
    expect(result.bad).toEqual([]);
    expect(result.checked).toBeGreaterThan(5000);
  },
);
