import { PassThrough, pipeline, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CsvError, parse } from 'csv-parse';
import { columnProblem } from './activity-columns';
import { centralDirectory, firstSheetParts, PackageProblem, type Part, storedPackage, unpackedSize } from './workbook-package';

/** The most an .xlsx may unpack to: a 1,000-row sheet with long texts is a few megabytes. */
const MAX_UNPACKED_BYTES = 50_000_000;

/** A file's row as read: its line (CSV) or row (XLSX) or position (JSON), its cells by column. */
export interface FileRow {
  line: number;
  cells: Record<string, unknown>;
  /** What makes the row unusable before its content is checked (a cell under no column). */
  problem?: { field: string | null; message: string };
}

/** Why a file as a whole cannot be imported (said to the contributor as it is). */
export class FileProblem extends Error {}

/**
 * The text in pieces, so the parser reads it as a stream and keeps only the row it is on. A piece
 * is parsed in one go: 16 kB (about a hundred rows) keeps that under ~10 ms on a 2 GHz core.
 */
function* pieces(text: string, size = 16 * 1024): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    // Never between the two halves of a surrogate pair: each piece is encoded on its own.
    if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end++;
    yield text.slice(at, end);
    at = end;
  }
}

/**
 * The separator of a CSV, from its header line: spreadsheets in French or Spanish settings write
 * `;` (the comma is their decimal mark), some exports a tab.
 */
export function separatorOf(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** The header's names, checked: every column must be one the import knows, and named once. */
function columnsOf(cells: unknown[]): (string | null)[] {
  const names = cells.map((c) => (c == null ? '' : cellText(c).trim()));
  const seen = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const problem = columnProblem(name);
    if (problem) throw new FileProblem(problem);
    if (seen.has(name)) throw new FileProblem(`The column "${name}" is named twice.`);
    seen.add(name);
  }
  if (!seen.size) throw new FileProblem('The first row must name the columns (kind, title, …).');
  return names.map((n) => n || null);
}

/** A row's cells under the header's names; a value under no column makes the row unusable. */
function rowOf(line: number, columns: (string | null)[], values: unknown[]): FileRow {
  const cells: Record<string, unknown> = {};
  let stray = 0;
  values.forEach((value, i) => {
    const column = columns[i];
    if (column) cells[column] = value;
    else if (value != null && cellText(value).trim() !== '') stray++;
  });
  const problem = stray
    ? { field: null, message: `This row has ${stray} value(s) in columns without a name in the header; nothing of it was kept.` }
    : undefined;
  return { line, cells, ...(problem ? { problem } : {}) };
}

/** Counts the lines a CSV's records span, so each row's error names the line it starts on. */
function lineCounter() {
  let line = 1;
  let afterCR = false;
  const step = (ch: string) => {
    if (ch === '\n' && afterCR) afterCR = false;
    else if (ch === '\n' || ch === '\r') {
      line++;
      afterCR = ch === '\r';
    } else afterCR = false;
  };
  /** The line a record starts on (past the empty lines before it), then moves past it. */
  return (raw: string): number => {
    let i = 0;
    while (i < raw.length && (raw[i] === '\r' || raw[i] === '\n')) step(raw[i++]!);
    const start = line;
    for (; i < raw.length; i++) step(raw[i]!);
    return start;
  };
}

/** CSV as spreadsheets write it: a byte-order mark, `,` `;` or tab, quoted line breaks. */
export function csvRows(text: string): AsyncGenerator<FileRow> {
  return csvRowsFrom(Readable.from(pieces(text)));
}

/**
 * The same, from a stream of pieces (an HTTP request's body): only the header line is held before
 * the parser starts (its separator decides how the rest is read), then each row as it is read.
 */
export async function* csvRowsFrom(source: AsyncIterable<Buffer | string>): AsyncGenerator<FileRow> {
  const decoder = new StringDecoder('utf8');
  const chunks = source[Symbol.asyncIterator]();
  let head = '';
  let ended = false;
  while (!/\r|\n/.test(head)) {
    const next = await chunks.next();
    if (next.done) {
      head += decoder.end();
      ended = true;
      break;
    }
    head += typeof next.value === 'string' ? next.value : decoder.write(next.value);
  }
  async function* rest(): AsyncGenerator<string> {
    yield head;
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      yield typeof next.value === 'string' ? next.value : decoder.write(next.value);
    }
    yield decoder.end();
  }
  const parser = parse({
    bom: true,
    delimiter: separatorOf(head),
    // Any line ending, even mixed in one file (rows pasted from elsewhere).
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: true,
    raw: true,
  });
  // A pipeline, not pipe(): a source that fails (a body too large, a client gone) fails the parser too.
  pipeline(Readable.from(rest()), parser, () => undefined);
  const startOf = lineCounter();
  let columns: (string | null)[] | undefined;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = startOf(raw);
      if (!columns) columns = columnsOf(record);
      else yield rowOf(line, columns, record);
    }
  } catch (error) {
    if (error instanceof CsvError) throw new FileProblem(`The file cannot be read as CSV: ${error.message}.`);
    throw error;
  } finally {
    parser.destroy();
  }
}

/** A spreadsheet cell's value as the import reads it: text, a number, a day, or nothing. */
function cellValue(value: unknown): unknown {
  if (value == null || value instanceof Date || typeof value !== 'object') return value ?? undefined;
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellValue(v.result);
  if (v.text !== undefined) return cellValue(v.text);
  return undefined;
}

function cellText(value: unknown): string {
  const v = cellValue(value);
  return v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v);
}

/**
 * exceljs, loaded when the first .xlsx arrives: loading it costs half a second of CPU, a sixth
 * of a warm start, for a format most starts never read.
 */
type ExcelJS = typeof import('exceljs');
let excel: Promise<ExcelJS> | undefined;
// A CommonJS package imported: Node gives its exports as the default, swc's require as both.
const loadExcel = () => (excel ??= import('exceljs').then((m) => (m as ExcelJS & { default?: ExcelJS }).default ?? m));

/** The first sheet of an .xlsx workbook (sent base64-encoded), read row by row from the zip. */
export function xlsxRows(base64: string): AsyncGenerator<FileRow> {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || !compact) throw new FileProblem('An XLSX file must be sent base64-encoded.');
  return xlsxBookRows(Buffer.from(compact, 'base64'));
}

/**
 * The first sheet of an .xlsx workbook, read row by row (exceljs's streaming reader). The zip is
 * held whole, compressed: its directory, at its end, says how large it unpacks before any of it is,
 * and the parts the sheet needs are taken from it in the order the reader needs them
 * (workbook-package.ts says why).
 *
 * Invariant: the reader is given the package's directory, the end of its input, only once it has
 * handed over the sheet. Its zip parser says "end" as soon as its input is read, and the reader
 * then stops, even with parts it has not yet been handed; the sheet is the last part, so it
 * cannot be one of them. test/unit/workbook-package.test.ts fails if the sheet is lost.
 */
export async function* xlsxBookRows(zip: Buffer): AsyncGenerator<FileRow> {
  const entries = centralDirectory(zip);
  if (entries === undefined) throw new FileProblem('The file cannot be read as XLSX: it is not a zip archive.');
  if (unpackedSize(entries) > MAX_UNPACKED_BYTES) throw new FileProblem(`The workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1_000_000} MB; send at most 1,000 rows at a time.`);
  let parts: Part[];
  try {
    parts = await firstSheetParts(zip, entries);
  } catch (error) {
    if (error instanceof PackageProblem) throw new FileProblem(`The file cannot be read as XLSX: ${error.message}.`);
    throw error;
  }
  const { entries: local, directory } = storedPackage(parts);
  const input = new PassThrough();
  for (const piece of local) input.write(piece);
  const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache', // days are numbers with a day format: without the styles they would read as numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let columns: (string | null)[] | undefined;
  try {
    for await (const sheet of reader) {
      input.end(directory);
      for await (const row of sheet) {
        // row.values is 1-based: index 0 is empty.
        const values = (row.values as unknown[]).slice(1).map(cellValue);
        if (!values.some((v) => v != null && String(v).trim() !== '')) continue;
        if (!columns) columns = columnsOf(values);
        else yield rowOf(row.number, columns, values.map((v) => (typeof v === 'number' ? String(v) : v)));
      }
      break; // the package holds one sheet
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`The file cannot be read as XLSX: ${error instanceof Error ? error.message : 'malformed'}.`);
  } finally {
    input.destroy();
  }
  if (!columns) throw new FileProblem('The first sheet is empty: its first row must name the columns (kind, title, …).');
}

/** A JSON array of objects; a key the import does not know is that row's error. */
export function* jsonRows(text: string): Generator<FileRow> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FileProblem(`The file cannot be read as JSON: ${error instanceof Error ? error.message : 'malformed'}.`);
  }
  if (!Array.isArray(parsed) || parsed.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    throw new FileProblem('The JSON must be an array of objects.');
  }
  for (const [i, record] of (parsed as Record<string, unknown>[]).entries()) {
    const unknown = Object.keys(record).map((k) => [k, columnProblem(k)] as const).find(([, p]) => p);
    yield { line: i + 1, cells: record, ...(unknown ? { problem: { field: unknown[0], message: unknown[1]! } } : {}) };
  }
}
