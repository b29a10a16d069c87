import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/kernel/db/csv';

/**
 * The shipped data read straight from its CSV files: the oracle the API's answers are checked
 * against, independent of how the hub derives them.
 */
const DATA = path.resolve(__dirname, '../../data');
export const participationRows = parseCsv(fs.readFileSync(path.join(DATA, 'att-participation.csv'), 'utf8'));
export const provenanceRows = new Map(
  parseCsv(fs.readFileSync(path.join(DATA, 'att-participation.provenance.csv'), 'utf8')).map((r) => [r.iso3, r]),
);

/** The UN's M49 short names in the six languages, by ISO3. */
export const unNameRows = new Map(parseCsv(fs.readFileSync(path.join(DATA, 'un-names.csv'), 'utf8')).map((r) => [r.iso3, r]));

export function countStatuses(rows = participationRows): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.status ?? ''] = (counts[row.status ?? ''] ?? 0) + 1;
  return counts;
}
