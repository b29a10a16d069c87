/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF; a field holding a comma,
 * a double quote, CR or LF is enclosed in double quotes, and its double quotes doubled.
 */
export type Cell = string | number | boolean | null | undefined;

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or CR) gets a
 * leading apostrophe. Activities are written by partners: an export must not carry a formula
 * into the Secretariat's spreadsheet. Numbers are written as numbers and never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly Cell[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Several values in one field (sources, target states): one field, separated by "; ". */
export function joined(values: readonly (string | null | undefined)[]): string {
  return values.filter((v): v is string => !!v).join('; ');
}
