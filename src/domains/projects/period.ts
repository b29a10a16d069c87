import { PeriodPrecision } from './enums';

/** A date as far as its source gives it: a day, a month or a year, with the days it may stand for. */
export interface PartialDate {
  text: string;
  precision: PeriodPrecision;
  earliest: string;
  latest: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Reads "2018", "2018-08" or "2018-08-01"; anything else (or an impossible day) is null. */
export function partialDate(value: string | null | undefined): PartialDate | null {
  const text = value?.trim() ?? '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return null;
  if (!m[2]) return { text, precision: PeriodPrecision.YEAR, earliest: `${year}-01-01`, latest: `${year}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (!m[3]) return { text, precision: PeriodPrecision.MONTH, earliest: `${year}-${pad(month)}-01`, latest: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
  const day = Number(m[3]);
  if (day < 1 || day > lastDay(year, month)) return null;
  return { text, precision: PeriodPrecision.DAY, earliest: text, latest: text };
}

/** The precision of a partial date's text, for the API. */
export function precisionOf(text: string | null | undefined): PeriodPrecision | null {
  return partialDate(text)?.precision ?? null;
}

/** Whole days two periods share (0 if none); an open end runs to `today`. */
export function overlapDays(a: { starts: string; ends: string | null }, b: { starts: string; ends: string | null }, today: string): number {
  const from = a.starts > b.starts ? a.starts : b.starts;
  const aEnd = a.ends ?? today;
  const bEnd = b.ends ?? today;
  const to = aEnd < bEnd ? aEnd : bEnd;
  if (to < from) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
