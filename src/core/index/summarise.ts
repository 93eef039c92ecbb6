import { withoutComments } from '../inline';
import { plainText, titleFromLabelledHeading } from '../plain-text';
import { STATUS_LABEL, STATUS_LABEL_INITIALS } from '../metadata-label';
import { CANONICAL_SECTION_TITLES, isJournalTag, livingSectionsFor } from '../sections';
import { isStatusPlaceholder, STATUS_LABELS } from '../status';
import { taskState } from '../task-markers';
import { readLeadingStamp } from '../timestamps';
import type { HealthFinding, StatusKind } from '../types';
import { findBodyLine, lastBodyLineAt, metadataRegions } from './body-lines';
import { planEvidence } from './detect';
import { asEpochMs, asText, asTextList, property } from './frontmatter-fields';
import { CODE, headingCode, KIND_BIT, KIND_CODES } from './heading-kinds';
import { itemTextStart, lineEndAt, mayStartWithStamp, wrappedLines } from './line-slices';
import { EntryDates, collectEntryDates, NOT_AN_ENTRY } from './entry-dates';
import { keyToMs, lastStampEnd, NO_STAMP, stampKey } from './stamp-key';
import { isPlaceholderStep, isPlaceholderText, isStatusChangeAt, skipStampSeparator } from './step-rules';
import type { MetaHeading, MetaListItem, MetaSection, PlanMetadataInput } from './metadata';
import { trailerIndex } from '../rules/trailer';
import { statusKindOf } from './status-reading';
import { ALL_DETECTION, type IndexOptions, type IndexedPlan } from './types';

/**
 * One plan's dashboard row from Obsidian's metadata cache. This is the index's hot path (every
 * plan of the vault at startup), so it walks the headings and list items once, keeps numbers,
 * and touches the note's text only at the offsets the cache gives: the first characters of each
 * step (its stamp), the text of log entries (their stamps, found by a dash scan, not a regex),
 * the next open step's line, and, only for plans without properties, the lines where a
 * `Status:` line may be. No markdown parsing happens here.
 *
 * The rules are the engine's (src/core/read/summary.ts), read from metadata:
 * - steps are the task items of the progress section, else of a concrete-steps section;
 *   cancelled (`[-]`) steps count in neither number; the next step is the first open one with text;
 * - last activity is the latest stamp of a step or log entry, else `updated`, else an
 *   `Updated:` line. Log entries (list items, paragraphs, table rows, stamped sub-headings in
 *   log sections) are read whole, so `Date/Author: 2026-11-04` counts; for a step (a task
 *   item) only the stamp it starts with counts, so a due date in a step's text does not;
 * - health reports what metadata shows: malformed properties, a missing or unknown status,
 *   missing living sections and done steps without a stamp. Placeholder text needs the full read.
 */

const DAY_MS = 86_400_000;
const KIND_CODE_COUNT = KIND_CODES.length;
/** A stamp with brackets, seconds and zone is under 40 characters. */
const STAMP_WINDOW = 40;
const NONE = Number.NEGATIVE_INFINITY;

/*
 * Per-heading kind codes, reused across calls: summarising is synchronous, so one buffer
 * serves every plan and the hot path allocates nothing per heading.
 * `ownCodes` is what each heading names; `kindCodes` is the section it belongs to (an unnamed
 * sub-heading belongs to its parent's section).
 */
let ownCodes = new Int32Array(64);
let kindCodes = new Int32Array(64);
/** Per list item: the key of the stamp a step opens with, when read (see entry-dates.ts). */
let leadKeys = new Float64Array(256);
/** Per list item: where a step's own text starts, when read (else -1); entry-dates.ts reuses it. */
let textStarts = new Int32Array(256);
const levelStack: number[] = [];
const kindStack: number[] = [];

/** What `outline` found, kept in module state like the buffers above. */
let outlineMask = 0;
let outlineTitle: string | null = null;

function outline(headings: readonly MetaHeading[]): void {
  const count = headings.length;
  if (count > kindCodes.length) {
    ownCodes = new Int32Array(count * 2);
    kindCodes = new Int32Array(count * 2);
  }
  levelStack.length = 0;
  kindStack.length = 0;
  let mask = 0;
  let title: string | null = null;
  // Without any H1, a first H2 labelled as the plan ("Exec plan: Offline sync") is the title.
  let labelled: string | null = null;
  let sawH2 = false;
  for (let i = 0; i < count; i++) {
    const h = headings[i] as MetaHeading;
    const code = headingCode(h.heading);
    mask |= 1 << code;
    if (title === null && h.level === 1) {
      const t = h.heading.trim();
      if (t !== '') title = t;
    } else if (h.level === 2 && !sawH2) {
      sawH2 = true;
      labelled = titleFromLabelledHeading(h.heading);
    }
    while (levelStack.length > 0 && (levelStack[levelStack.length - 1] as number) >= h.level) {
      levelStack.pop();
      kindStack.pop();
    }
    const parent = kindStack.length > 0 ? (kindStack[kindStack.length - 1] as number) : -1;
    const eff = code !== CODE.other ? code : parent < 0 ? CODE.other : parent;
    levelStack.push(h.level);
    kindStack.push(eff);
    ownCodes[i] = code;
    kindCodes[i] = eff;
  }
  outlineMask = mask;
  outlineTitle = title ?? labelled;
}

const EMPTY_HEADINGS: readonly MetaHeading[] = [];
const EMPTY_ITEMS: readonly MetaListItem[] = [];
const NO_FINDINGS: readonly HealthFinding[] = Object.freeze([]);

/** A step scope's counters (progress, or concrete steps as the fallback). */
class StepScope {
  items = 0;
  /** The scope's last step (open, done or cancelled). */
  last: MetaListItem | null = null;
  done = 0;
  total = 0;
  next: MetaListItem | null = null;
  nextText: string | null = null;

  reset(): void {
    this.items = 0;
    this.last = null;
    this.done = 0;
    this.total = 0;
    this.next = null;
    this.nextText = null;
  }
}

/*
 * Scratch state of one summary, reused: summarising is synchronous, so these objects serve
 * every plan and the hot path allocates only what the result keeps.
 */
const progressScope = new StepScope();
const concreteScope = new StepScope();

export function summariseFromMetadata(input: PlanMetadataInput, options: IndexOptions): IndexedPlan | null {
  const headings = input.headings ?? EMPTY_HEADINGS;
  outline(headings);
  const evidence = planEvidence(input, options.detection ?? ALL_DETECTION, options.plansFolder ?? '', outlineMask);
  if (evidence === 'none') return null;
  const fm = input.frontmatter;
  const text = input.text;
  // Only the headings say "plan": it is one if it has steps or entries of its own, which this
  // summary finds anyway (is-plan.ts). Without the text that cannot be told, and it counts.
  const needsOwnWork = evidence === 'sections' && text !== undefined;
  const progress = progressScope;
  const concrete = concreteScope;
  progress.reset();
  concrete.reset();
  progressStamps.reset();
  concreteStamps.reset();
  entryDates.reset();
  entryDates.counts = options.countEntries === true ? entryCounts.fill(0) : null;
  const collect = options.collectActivity === true;
  entryDates.sink = collect ? noteEntry : null;
  activitySteps = NO_STEPS;
  activityEntries.length = 0;
  progressDated.length = 0;
  concreteDated.length = 0;
  statusAt = -1;

  // One pass over the list items, tracking the section each lies in (both are in line order).
  // An item's section is found from `parent` (its parent item's line, or minus its list's first
  // line): a number on the item itself, so items whose text is not needed cost one load.
  const items = input.listItems ?? EMPTY_ITEMS;
  const kinds = kindCodes;
  if (items.length > leadKeys.length) {
    leadKeys = new Float64Array(items.length * 2);
    textStarts = new Int32Array(items.length * 2);
  }
  leadKeys.fill(-1, 0, items.length);
  textStarts.fill(-1, 0, items.length);
  const headingCount = headings.length;
  let nextHeadingLine = headingCount > 0 ? (headings[0] as MetaHeading).position.start.line : Number.POSITIVE_INFINITY;
  let h = -1;
  let kind: number = CODE.other;
  // A closing `---` and its footer are not the last section's (rules/trailer.ts): nothing after it is read.
  const trailer = input.sections ? trailerIndex(input.sections, typeOfBlock) : -1;
  const trailerLine = trailer < 0 ? Number.POSITIVE_INFINITY : (input.sections?.[trailer] as MetaSection).position.start.line;
  let untimed: MetaListItem[] | null = null;
  /** Per untimed step: a stamp is written but is no real date. */
  let unreadable: boolean[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as MetaListItem;
    if (item.position.start.line >= trailerLine) break;
    const parent = item.parent;
    const line = parent < 0 ? -parent : parent;
    if (line > nextHeadingLine) {
      do {
        h++;
        nextHeadingLine = h + 1 < headingCount ? (headings[h + 1] as MetaHeading).position.start.line : Number.POSITIVE_INFINITY;
      } while (line > nextHeadingLine);
      kind = kinds[h] as number;
    }
    const task = item.task;
    if (task === undefined) continue;
    const target = kind === CODE.progress ? progress : kind === CODE.concreteSteps ? concrete : null;
    if (target === null) continue;
    let found = UNSTAMPED;
    if (text !== undefined) {
      // The step's stamp, then the engine's rules: logged status changes and template
      // placeholders are not steps.
      const at = itemTextStart(text, item.position.start.offset, text.length);
      textStarts[i] = at;
      const stamps = target === progress ? progressStamps : concreteStamps;
      const before = stamps.key;
      const beforeMs = stamps.ms;
      found = noteStamp(text, at, stamps);
      // The entry this item opens starts with the same stamp: it reuses the key.
      if (found === STAMPED && lastKey >= 0) leadKeys[i] = lastKey;
      let step: boolean;
      if (found === UNSTAMPED) step = !isStatusChangeAt(text, at, text.length) && !isPlaceholderStep(text, at, lineEndAt(text, at));
      else {
        const words = skipStampSeparator(text, stampEnd, text.length);
        step = !isStatusChangeAt(text, words, text.length);
        if (step && isPlaceholderStep(text, words, lineEndAt(text, words))) {
          step = false;
          // A template's example (`- [x] (2026-01-01 10:00Z) <example completed step>`) is no
          // progress entry either: its stamp is not activity (the engine's isPlaceholderEntry).
          if (kind === CODE.progress) leadKeys[i] = NOT_AN_ENTRY;
        }
      }
      if (!step) {
        // Not a step: its stamp is no step's (a status change still counts, as a log entry).
        stamps.key = before;
        stamps.ms = beforeMs;
        continue;
      }
    }
    target.items++;
    target.last = item;
    if (collect) {
      const ms = found !== STAMPED ? Number.NaN : lastKey >= 0 ? keyToMs(lastKey) : lastMs;
      (target === progress ? progressDated : concreteDated).push(i, taskState(task) === 'done' ? 1 : 0, ms);
    }
    const state = taskState(task);
    if (state === 'closed') continue;
    const done = state === 'done';
    target.total++;
    if (done) {
      target.done++;
      // A done progress step must carry a readable stamp.
      if (found !== STAMPED && text !== undefined && kind === CODE.progress) {
        (untimed ??= []).push(item);
        (unreadable ??= []).push(found === UNREADABLE);
      }
    } else if (target.next === null) takeIfNamed(target, item, text);
  }
  const steps = progress.items > 0 ? progress : concrete;
  stepScope = steps.items === 0 ? null : steps === progress ? 'progress' : 'concrete-steps';
  if (collect) activitySteps = steps === progress ? progressDated : concreteDated;
  lastStep = steps.last;
  let latest = NONE;
  // A step of its own settles it; else an entry must, so the entries are counted.
  const askEntries = needsOwnWork && progress.items === 0 && concrete.items === 0;
  if (askEntries && entryDates.counts === null) entryDates.counts = entryCounts.fill(0);
  entryDates.countAll = askEntries;
  if (text !== undefined) {
    latest = (steps === progress ? progressStamps : concreteStamps).resolve();
    if (input.sections) {
      const blocks = trailer < 0 ? input.sections : input.sections.slice(0, trailer);
      collectEntryDates(text, blocks, headings, ownCodes, items, leadKeys, textStarts, entryDates);
      latest = Math.max(latest, entryDates.latestMs());
    }
  }
  if (askEntries && !entryCounts.some(isPositive)) return null;

  // Properties, falling back to metadata lines in the body (only plans without them pay).
  let statusRaw = asText(property(fm, 'status'));
  let statusSource: IndexedPlan['statusSource'] = statusRaw === null ? null : 'frontmatter';
  if (statusRaw === null) {
    statusRaw = bodyLine(input, headings, STATUS_LABEL, STATUS_LABEL_INITIALS);
    if (statusRaw !== null) {
      statusSource = 'body';
      statusAt = lastBodyLineAt();
    }
  }
  const status: StatusKind | null = statusRaw ? statusKindOf(statusRaw, options.statuses) : null;
  if (latest === NONE) {
    latest = dateOf(
      property(fm, 'updated') ??
        property(fm, 'last_updated') ??
        property(fm, 'last-updated') ??
        property(fm, 'lastupdated') ??
        property(fm, 'last updated'),
    );
    if (latest === NONE) latest = dateOf(stripLead(bodyLine(input, headings, String.raw`(?:last[ _-]?)?updated`, 'lu')));
  }
  const lastActivity = latest === NONE ? null : latest;
  const created = createdOf(input, headings);
  const title = titleOf(asText(property(fm, 'title')), outlineTitle, input.path);
  const tags = tagsOf(input);
  const next = steps.next;
  return {
    path: input.path,
    folder: folderOf(input.path),
    title,
    status,
    statusRaw,
    statusSource,
    done: steps.done,
    total: steps.total,
    nextStep: steps.nextText,
    nextStepLine: next === null ? null : next.position.start.line + 1,
    lastActivity,
    created,
    stale: isStale(status, lastActivity, options.now, options.staleDays),
    health: healthOf(input, outlineMask, status, statusRaw, steps === progress && text !== undefined ? untimed : null, unreadable, text, isJournal(tags)),
    tags,
  };
}

const entryCounts = new Int32Array(KIND_CODE_COUNT);

function isPositive(n: number): boolean {
  return n > 0;
}

/** Where the body status line's value starts, for the last summary (-1: none or a property). */
let statusAt = -1;
let stepScope: 'progress' | 'concrete-steps' | null = null;
let lastStep: MetaListItem | null = null;

/** A step of the step list as the weekly review reads it: its list item, state and stamp (NaN: none). */
export interface DatedStep {
  index: number;
  done: boolean;
  ms: number;
}

/** A log entry: where it is, its section's kind code, the item it opens with (or -1), its date (NaN: none). */
export interface LogEntry {
  start: number;
  end: number;
  code: number;
  item: number;
  ms: number;
}

// What `collectActivity` gathers, as runs of numbers (a step: index, done 1/0, ms; an entry:
// start, end, code, item, ms) rather than an object each: a note may hold 100,000 steps, and
// the objects are only made for the caller that asks (lastActivityItems).
const STEP_FIELDS = 3;
const ENTRY_FIELDS = 5;
const progressDated: number[] = [];
const concreteDated: number[] = [];
const NO_STEPS: number[] = [];
let activitySteps: readonly number[] = NO_STEPS;
const activityEntries: number[] = [];

function noteEntry(start: number, end: number, code: number, item: number, ms: number): void {
  activityEntries.push(start, end, code, item, ms);
}

/** The steps and the log entries (dated or not) the last summary collected (asked with `collectActivity`). */
export function lastActivityItems(): { steps: readonly DatedStep[]; entries: readonly LogEntry[] } {
  const steps: DatedStep[] = [];
  const s = activitySteps;
  for (let i = 0; i + STEP_FIELDS <= s.length; i += STEP_FIELDS) {
    steps.push({ index: s[i] ?? 0, done: s[i + 1] === 1, ms: s[i + 2] ?? Number.NaN });
  }
  const entries: LogEntry[] = [];
  const e = activityEntries;
  for (let i = 0; i + ENTRY_FIELDS <= e.length; i += ENTRY_FIELDS) {
    entries.push({ start: e[i] ?? 0, end: e[i + 1] ?? 0, code: e[i + 2] ?? 0, item: e[i + 3] ?? -1, ms: e[i + 4] ?? Number.NaN });
  }
  return { steps, entries };
}

/** The list-item indexes of the step list's steps the last summary collected (asked with `collectActivity`), in order. */
export function lastStepItems(): number[] {
  const out: number[] = [];
  const s = activitySteps;
  for (let i = 0; i < s.length; i += STEP_FIELDS) out.push(s[i] ?? 0);
  return out;
}

export interface SummaryDetails {
  decisions: number;
  surprises: number;
  /** Where the body status line's value starts, when the status came from one. */
  statusOffset: number | null;
  /** Which section kind holds the step list, and the 1-based line of its last step. */
  stepKind: 'progress' | 'concrete-steps' | null;
  lastStepLine: number | null;
}

/**
 * What the last `summariseFromMetadata` call found beyond the dashboard row: entries per
 * section (when asked with `countEntries`), where a body status line sits, where the steps are.
 */
export function lastSummaryDetails(): SummaryDetails {
  return {
    decisions: entryCounts[CODE.decisions] ?? 0,
    surprises: entryCounts[CODE.surprises] ?? 0,
    statusOffset: statusAt < 0 ? null : statusAt,
    stepKind: stepScope,
    lastStepLine: lastStep === null ? null : lastStep.position.start.line + 1,
  };
}

/**
 * The body's status line (`Status: …` and its forms), whether or not a property holds the
 * status too: the value as written (trimmed) and where it starts. The edit side replaces it.
 */
export function findStatusLine(input: PlanMetadataInput): { value: string; valueStart: number } | null {
  const headings = input.headings ?? EMPTY_HEADINGS;
  outline(headings);
  const value = bodyLine(input, headings, STATUS_LABEL, STATUS_LABEL_INITIALS);
  return value === null ? null : { value, valueStart: lastBodyLineAt() };
}

function typeOfBlock(block: MetaSection): string {
  return block.type;
}

/**
 * The engine's title: the `title` property, else the first H1, else the file name, skipping
 * any that is still a template prompt (`<Short, action-oriented title>`).
 */
function titleOf(property: string | null, heading: string | null, path: string): string {
  if (property && !isPlaceholderText(property)) return property;
  if (heading && !isPlaceholderText(heading)) return plainText(heading) || heading;
  // Most plans have a title already: the file name is cut out only when needed.
  const fileName = baseName(path);
  if (fileName && !isPlaceholderText(fileName)) return fileName;
  return 'Untitled';
}

/** A `Label:` line in the body, for plans that keep their metadata there. */
function bodyLine(input: PlanMetadataInput, headings: readonly MetaHeading[], label: string, initials: string): string | null {
  const text = input.text;
  if (text === undefined) return null;
  const regions = metadataRegions(headings, ownCodes, input.frontmatterPosition?.end.offset ?? 0, text.length);
  return findBodyLine(text, label, initials, regions, input.sections);
}

/** `created` (or `date`) as an ISO date, else a `Created:` line; the engine's rule. */
function createdOf(input: PlanMetadataInput, headings: readonly MetaHeading[]): string | null {
  const fm = input.frontmatter;
  const value = property(fm, 'created') ?? property(fm, 'date');
  // The common case, a plain `2026-11-02`, is already the answer.
  if (typeof value === 'string' && value.length === 10 && stampKey(value, 0) >= 0) return value;
  let at = dateOf(value);
  if (at === NONE) at = dateOf(stripLead(bodyLine(input, headings, 'created', 'c')));
  return at === NONE ? null : new Date(at).toISOString().slice(0, 10);
}

/** The first open step whose text is not empty is the next step (the engine's rule). */
function takeIfNamed(target: StepScope, item: MetaListItem, text: string | undefined): void {
  if (text === undefined) {
    target.next = item;
    return;
  }
  const name = stepText(text, item);
  if (name === '') return;
  target.next = item;
  target.nextText = plainText(name) || name;
}

export function isStale(status: StatusKind | null, lastActivity: number | null, now: number, staleDays: number): boolean {
  return status === 'in-progress' && lastActivity !== null && now - lastActivity > staleDays * DAY_MS;
}

const STAMPED = 1;
const UNSTAMPED = 0;
const UNREADABLE = 2;

/**
 * The latest stamp seen so far. Plain stamps are compared by key (no Date, no regex) and only
 * the winner becomes a time; any stamp the key reader is unsure of is read by readLeadingStamp
 * at once (stamp-key.ts; a property test holds the two readers equal).
 */
class LatestStamp {
  key = -1;
  ms = NONE;

  reset(): void {
    this.key = -1;
    this.ms = NONE;
  }

  /** Epoch ms of the latest stamp, or -Infinity. */
  resolve(): number {
    return this.key < 0 ? this.ms : Math.max(this.ms, keyToMs(this.key));
  }
}

const progressStamps = new LatestStamp();
const entryDates = new EntryDates();
const concreteStamps = new LatestStamp();

/** Where the stamp `noteStamp` last found ends, and its key when it had one (else -1). */
let stampEnd = 0;
let lastKey = -1;
/** The date of the last stamp `noteStamp` read without a key. */
let lastMs = Number.NaN;

/** Notes the stamp an entry's text starts with (at `at`); says whether there was a readable one. */
function noteStamp(text: string, at: number, acc: LatestStamp): number {
  const key = stampKey(text, at);
  lastKey = key;
  if (key >= 0) {
    if (key > acc.key) acc.key = key;
    stampEnd = lastStampEnd();
    return STAMPED;
  }
  if (key === NO_STAMP) return UNSTAMPED;
  const stamp = readLeadingStamp(text.slice(at, Math.min(lineEndAt(text, at), at + STAMP_WINDOW)));
  if (!stamp) return UNSTAMPED;
  stampEnd = at + stamp.length;
  if (!stamp.date) return UNREADABLE;
  const ms = stamp.date.getTime();
  lastMs = ms;
  if (ms > acc.ms) acc.ms = ms;
  return STAMPED;
}

/**
 * A step's text without checkbox, stamp and the separator after the stamp. Text wrapped onto
 * the item's next lines is joined on, as the engine reads the item's first paragraph.
 */
export function stepText(text: string, item: MetaListItem): string {
  const itemOffset = item.position.start.offset;
  const end = lineEndAt(text, itemOffset);
  const at = itemTextStart(text, itemOffset, end);
  let line = text.slice(at, end);
  if (item.position.end.offset > end && line.trim() !== '') line += wrappedLines(text, end, item.position.end.offset);
  const stamp = mayStartWithStamp(text, at) ? readLeadingStamp(line) : null;
  if (stamp) line = line.slice(stamp.length).replace(/^\s*(?:[-–—:]\s+|:)?/, '');
  return withoutComments(line).trim();
}

function stampRaw(text: string, itemOffset: number): string | null {
  const end = lineEndAt(text, itemOffset);
  const at = itemTextStart(text, itemOffset, end);
  return readLeadingStamp(text.slice(at, end))?.raw.trim() ?? null;
}

/** A property or body value as a time, or NONE: the one reader of property times (frontmatter-fields.ts). */
function dateOf(value: unknown): number {
  return asEpochMs(value) ?? NONE;
}

function stripLead(value: string | null): string | null {
  return value === null ? null : value.replace(/^[*_`[(]+/, '');
}

const KNOWN_STATUSES = Object.values(STATUS_LABELS).join(', ');

/**
 * Obsidian leaves `frontmatter` out when the block's YAML does not parse (the block still shows
 * as a `yaml` section). An empty or comments-only block parses to nothing and is fine.
 */
function brokenPropertiesLine(input: PlanMetadataInput): number | null {
  if (input.frontmatter) return null;
  const block = input.frontmatterPosition ?? (input.sections?.[0]?.type === 'yaml' ? input.sections[0].position : undefined);
  if (!block) return null;
  const text = input.text;
  if (text === undefined) return block.start.line + 1;
  const yaml = text.slice(block.start.offset, block.end.offset).split(/\r?\n/).slice(1, -1);
  return yaml.some((line) => line.trim() !== '' && !line.trim().startsWith('#')) ? block.start.line + 1 : null;
}

/** The engine's findings in the engine's order and words, for what metadata can show. */
function healthOf(
  input: PlanMetadataInput,
  mask: number,
  status: StatusKind | null,
  statusRaw: string | null,
  untimed: MetaListItem[] | null,
  unreadable: boolean[] | null,
  text: string | undefined,
  journal: boolean,
): readonly HealthFinding[] {
  let found: HealthFinding[] | null = null;
  const broken = brokenPropertiesLine(input);
  if (broken !== null) {
    (found ??= []).push({ code: 'malformed-frontmatter', message: 'The properties block is not valid YAML', line: broken });
  }
  if (status === null) {
    let message: string;
    if (statusRaw === null || statusRaw === '') message = 'No status: add a status property or a "Status:" line';
    else if (isStatusPlaceholder(statusRaw)) message = `The status is still the template's choice list: ${statusRaw}`;
    else message = `Unknown status "${statusRaw}": use one of ${KNOWN_STATUSES}`;
    (found ??= []).push({ code: 'no-status', message, line: null });
  }
  for (const kind of livingSectionsFor(journal)) {
    if (kind === 'other' || (mask & KIND_BIT[kind]) !== 0) continue;
    (found ??= []).push({ code: 'missing-section', message: `No "${CANONICAL_SECTION_TITLES[kind]}" section`, line: null });
  }
  if (untimed && text !== undefined) {
    for (let i = 0; i < untimed.length; i++) {
      const item = untimed[i] as MetaListItem;
      const offset = item.position.start.offset;
      const raw = unreadable?.[i] ? stampRaw(text, offset) : null;
      const name = stepText(text, item);
      (found ??= []).push({
        code: 'untimed-step',
        message: raw === null ? `Done step without a timestamp: ${name}` : `Unreadable timestamp ${raw}: ${name}`,
        line: item.position.start.line + 1,
      });
    }
  }
  return found ?? NO_FINDINGS;
}

const NO_TAGS: readonly string[] = Object.freeze([]);
const tagScratch: string[] = [];
/** How many of the last `tagsOf` answer came from properties (the rest are inline tags). */
let propertyTagCount = 0;

/** Property tags first (as the engine reads them), then inline tags from the cache. */
export function tagsOf(input: PlanMetadataInput): readonly string[] {
  tagScratch.length = 0;
  const fm = input.frontmatter;
  if (fm) {
    const tags = property(fm, 'tags');
    if (tags !== undefined && tags !== null) for (const t of asTextList(tags)) addTag(t);
    const tag = property(fm, 'tag');
    if (tag !== undefined && tag !== null) for (const t of asTextList(tag)) addTag(t);
  }
  propertyTagCount = tagScratch.length;
  if (input.tags) for (const t of input.tags) addTag(t.tag);
  return tagScratch.length === 0 ? NO_TAGS : tagScratch.slice();
}

/** The engine's journal rule, which reads property tags only (the first ones `tagsOf` gave). */
function isJournal(tags: readonly string[]): boolean {
  for (let i = 0; i < propertyTagCount; i++) if (isJournalTag(tags[i] as string)) return true;
  return false;
}

function addTag(raw: string): void {
  let start = 0;
  while (raw.charCodeAt(start) === 0x23) start++; // '#'
  const tag = start === 0 ? raw : raw.slice(start);
  if (tag !== '' && !tagScratch.includes(tag)) tagScratch.push(tag);
}

/** The last folder handed out: files of one folder come in a row, so they share one string. */
let lastFolder = '';

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return '';
  if (slash === lastFolder.length && path.startsWith(lastFolder)) return lastFolder;
  lastFolder = path.slice(0, slash);
  return lastFolder;
}

/** File name without its extension, as the engine's title fallback reads it. */
export function baseName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}
