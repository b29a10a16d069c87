import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { hiddenCharacterProblem } from '../../kernel/graphql/input-text';
import { DAY_FORMAT, parseDay } from '../../kernel/graphql/scalars';
import { AttRegion } from '../participation/enums';
import { Classification } from '../../access/policy/levels';
import { ActivityKind } from './enums';
import { csvRows, FileProblem, type FileRow, jsonRows, xlsxRows } from './activity-file';

/** Activity content after checking: what create, update and import all write. */
export interface ActivityContent {
  kind?: ActivityKind;
  title?: string;
  description?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  place?: string | null;
  targetStates?: string[];
  targetRegions?: AttRegion[];
  languages?: string[];
  outcome?: string | null;
  classification?: Classification;
  source?: string | null;
}

export interface ContentProblem {
  field: string;
  message: string;
}

/** What a client or a file may send: typed values from GraphQL, or strings from a CSV/JSON row. */
export type RawContent = Partial<Record<keyof ActivityContent, unknown>>;

/** The longest each text may be (checked on every write; the cost limit weighs them by it). */
export const TEXT_LIMITS = {
  title: 300,
  description: 5000,
  place: 300,
  outcome: 5000,
  source: 1000,
} satisfies Partial<Record<keyof ActivityContent, number>>;
/**
 * Target states named one by one: a regional activity can name every state of the largest region
 * (Africa, 54); one aimed more widely names its regions (targetRegions). The cost limit prices
 * Activity.targetStates by this bound, so it holds for every write (create, update, import).
 */
export const MAX_TARGET_STATES = 60;
/** Languages an activity was held in or produced in (the six UN languages and a dozen more). */
export const MAX_LANGUAGES = 20;
/** The most problems checkContent finds in one row: one per field, and the order of the dates. */
export const MAX_ROW_PROBLEMS = 15;
const LANGUAGE = /^[a-z]{2}$/;

function list(value: unknown): string[] | undefined {
  if (value == null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(String);
  return String(value)
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);
}

function day(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The state codes a raw row or input names, upper-cased (to look up before checking). */
export function targetStateCodes(raw: RawContent): string[] {
  return (list(raw.targetStates) ?? []).map((s) => s.toUpperCase());
}

/**
 * Checks and normalises activity content. `knownStates` is the set of ISO3 codes the hub
 * knows; `required` asks for what a new activity must have.
 */
export function checkContent(
  raw: RawContent,
  knownStates: ReadonlySet<string>,
  { required }: { required: boolean },
): { content: ActivityContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const content: ActivityContent = {};
  const problem = (field: string, message: string) => problems.push({ field, message });

  // A file's cells reach here without the check every operation's input gets (input-text.ts):
  // a JSON import can spell any character as an escape. A row holding one is refused whole.
  for (const [field, value] of Object.entries(raw)) {
    const hidden = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? hiddenCharacterProblem(v) : undefined)).find(Boolean);
    if (hidden) problem(field, `${field} ${hidden}`);
  }
  if (problems.length) return { content, problems };

  if (raw.kind !== undefined && raw.kind !== null && raw.kind !== '') {
    const kind = String(raw.kind).toUpperCase();
    if (kind in ActivityKind) content.kind = kind as ActivityKind;
    else problem('kind', `kind must be one of ${Object.keys(ActivityKind).join(', ')}.`);
  } else if (required) problem('kind', 'kind is required.');

  for (const field of ['title', 'description', 'place', 'outcome', 'source'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    const text = value === null ? null : String(value).trim();
    const limit = TEXT_LIMITS[field];
    if (text && text.length > limit) problem(field, `${field} must be at most ${limit} characters.`);
    else if (field === 'title') {
      if (text) content.title = text;
      else problem('title', 'title cannot be empty.');
    } else content[field] = text || null;
  }
  if (required && raw.title === undefined) problem('title', 'title is required.');

  for (const field of ['startDate', 'endDate'] as const) {
    const value = day(raw[field]);
    if (value === undefined) continue;
    if (value !== null && !parseDay(value)) {
      problem(field, `${field} must be ${DAY_FORMAT}.`);
    } else content[field] = value;
  }
  if (content.startDate && content.endDate && content.endDate < content.startDate) {
    problem('endDate', 'endDate cannot be before startDate.');
  }

  const states = raw.targetStates == null || raw.targetStates === '' ? undefined : targetStateCodes(raw);
  if (states) {
    const distinct = [...new Set(states)];
    const unknown = distinct.filter((s) => !knownStates.has(s));
    if (distinct.length > MAX_TARGET_STATES) {
      problem(
        'targetStates',
        `At most ${MAX_TARGET_STATES} target states (${distinct.length} named); for an activity aimed at whole regions, name the regions (targetRegions).`,
      );
    } else if (unknown.length) problem('targetStates', `Unknown state codes: ${unknown.slice(0, 5).join(', ')}.`);
    else content.targetStates = distinct;
  }
  const regions = list(raw.targetRegions)?.map((r) => r.toUpperCase());
  if (regions) {
    const unknown = regions.filter((r) => !(r in AttRegion));
    if (unknown.length) problem('targetRegions', `Unknown regions: ${unknown.join(', ')}.`);
    else content.targetRegions = [...new Set(regions)] as AttRegion[];
  }
  const languages = list(raw.languages)?.map((l) => l.toLowerCase());
  if (languages) {
    const distinct = [...new Set(languages)];
    if (languages.some((l) => !LANGUAGE.test(l))) problem('languages', 'languages must be ISO 639-1 codes such as km or my.');
    else if (distinct.length > MAX_LANGUAGES) problem('languages', `At most ${MAX_LANGUAGES} languages.`);
    else content.languages = distinct;
  }
  if (raw.classification !== undefined && raw.classification !== null && raw.classification !== '') {
    const level = String(raw.classification).toUpperCase();
    if (level in Classification) content.classification = level as Classification;
    else problem('classification', `classification must be one of ${Object.keys(Classification).join(', ')}.`);
  }
  return { content, problems };
}

export const MAX_IMPORT_ROWS = 1000;

export type ImportFileFormat = 'CSV' | 'JSON' | 'XLSX';

/**
 * The most rows a file can hold, from its text alone: a JSON row is an object (one `{` at least),
 * a CSV row a line after the header; an XLSX file is compressed, so it is priced at the bound.
 * Prices an import's payload (the cost limit).
 */
export function importRowsAtMost(format: ImportFileFormat, text: string): number {
  if (format === 'XLSX') return MAX_IMPORT_ROWS;
  let rows = 0;
  const mark = format === 'JSON' ? '{' : '\n';
  for (let i = text.indexOf(mark); i !== -1 && rows <= MAX_IMPORT_ROWS; i = text.indexOf(mark, i + 1)) rows++;
  // A CSV's last line may lack its newline; the header's newline is counted for it.
  return Math.min(format === 'JSON' ? rows : rows + 1, MAX_IMPORT_ROWS);
}

export interface ImportRow {
  line: number;
  raw: RawContent;
  /** The row's own key, or a hash of its content: re-sending the same row finds the same key. */
  key: string;
}

/** A row the file itself makes unusable (a stray value, an unknown JSON key), before its content is checked. */
export interface UnreadRow {
  line: number;
  field: string | null;
  message: string;
}

const ROWS_OF = { CSV: csvRows, JSON: jsonRows, XLSX: xlsxRows } as const;

/**
 * Reads an import row by row (the parser streams it: only the rows, at most MAX_IMPORT_ROWS, are
 * kept), or says why the file as a whole cannot be read.
 */
export function readImport(format: ImportFileFormat, text: string): Promise<ReadImport> {
  return readRows(() => ROWS_OF[format](text));
}

export type ReadImport = { rows: ImportRow[]; unread: UnreadRow[] } | { error: string };

/** Rows read between two turns of the event loop. */
const READ_STEP_ROWS = 50;

/** The same from any source of rows (a file streamed from an HTTP request's body). */
export async function readRows(rowsOf: () => AsyncIterable<FileRow> | Iterable<FileRow>): Promise<ReadImport> {
  const rows: ImportRow[] = [];
  const unread: UnreadRow[] = [];
  try {
    for await (const { line, cells, problem } of rowsOf()) {
      if (rows.length + unread.length === MAX_IMPORT_ROWS) return { error: `At most ${MAX_IMPORT_ROWS} rows at a time.` };
      // Other requests get their turn between steps: a parser hands over the rows of a whole piece of
      // the file at once, and reading them was one stretch of 60-330 ms on 2 GHz (W2 during imports).
      if ((rows.length + unread.length) % READ_STEP_ROWS === READ_STEP_ROWS - 1) await nextTurn();
      const { key, ...raw } = cells;
      // A key is stored as it is sent, and tells rows apart: one that breaks the text rule makes the file unusable.
      const hidden = typeof key === 'string' ? hiddenCharacterProblem(key) : undefined;
      if (hidden) return { error: `Line ${line}: the key ${hidden}` };
      if (problem) {
        unread.push({ line, ...problem });
        continue;
      }
      const ownKey = typeof key === 'string' && key.trim() ? key.trim() : typeof key === 'number' ? String(key) : undefined;
      const digest = createHash('sha256')
        .update(JSON.stringify(Object.entries(raw).sort(([a], [b]) => a.localeCompare(b))))
        .digest('hex');
      rows.push({ line, raw: raw as RawContent, key: ownKey ? `key:${ownKey}` : `row:${digest}` });
    }
  } catch (error) {
    if (error instanceof FileProblem) return { error: error.message };
    throw error;
  }
  return { rows, unread };
}
