/** The columns (CSV, XLSX) or keys (JSON) an activity import may have. */
export const IMPORT_COLUMNS = [
  'kind',
  'title',
  'description',
  'startDate',
  'endDate',
  'place',
  'targetStates',
  'targetRegions',
  'languages',
  'outcome',
  'classification',
  'source',
  'key',
] as const;
const KNOWN: ReadonlySet<string> = new Set(IMPORT_COLUMNS);

/** start_date, Start Date, STARTDATE: the same column in another spelling. */
const squeeze = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** The known column a name most likely means, if one is close enough (a slip of a letter or two). */
export function likelyColumn(name: string): string | undefined {
  const given = squeeze(name);
  if (!given) return undefined;
  let best: { column: string; d: number } | undefined;
  for (const column of IMPORT_COLUMNS) {
    const d = distance(given, column.toLowerCase());
    if (!best || d < best.d) best = { column, d };
  }
  return best && best.d <= Math.min(2, Math.floor(given.length / 3)) ? best.column : undefined;
}

/**
 * Why a column name is not one the import knows, or undefined if it is. Unknown columns are never
 * dropped silently: a misspelled date would import every row without its date.
 */
export function columnProblem(name: string): string | undefined {
  if (KNOWN.has(name)) return undefined;
  const likely = likelyColumn(name);
  const shown = JSON.stringify(name.slice(0, 60));
  return likely
    ? `Unknown column ${shown}: did you mean "${likely}"?`
    : `Unknown column ${shown}; the columns are ${IMPORT_COLUMNS.join(', ')}.`;
}
