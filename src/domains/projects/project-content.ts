import { hiddenCharacterProblem } from '../../kernel/graphql/input-text';
import { AttRegion } from '../participation/enums';
import { Classification } from '../../access/policy/levels';
import { FundingMechanism, ProjectStatus, SupportKind } from './enums';
import { partialDate } from './period';

/** Project content after checking: what create, update and import all write. */
export interface ProjectContent {
  mechanism?: FundingMechanism;
  title?: string;
  reference?: string | null;
  description?: string | null;
  implementerName?: string | null;
  beneficiaryStates?: string[];
  beneficiaryRegions?: AttRegion[];
  regionsAsStated?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  starts?: string | null;
  ends?: string | null;
  kinds?: SupportKind[];
  amount?: string | null;
  currency?: string | null;
  status?: ProjectStatus;
  statusNote?: string | null;
  sources?: string[];
  classification?: Classification;
}

export type RawProject = Partial<Record<Exclude<keyof ProjectContent, 'starts' | 'ends'>, unknown>>;

export interface ContentProblem {
  field: string;
  message: string;
}

/** The longest each text may be (checked on every write; the cost limit weighs them by it). */
export const PROJECT_TEXT_LIMITS = {
  title: 500,
  reference: 100,
  description: 5000,
  implementerName: 1000,
  regionsAsStated: 500,
  statusNote: 2000,
  source: 1000,
};
/** The largest region has 54 states; a project aimed more widely names its regions. */
export const MAX_BENEFICIARY_STATES = 60;
export const MAX_PROJECT_SOURCES = 20;
const CURRENCY = /^[A-Z]{3}$/;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

function list(value: unknown): string[] | undefined {
  if (value == null || value === '') return undefined;
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  return String(value).split(';').map((v) => v.trim()).filter(Boolean);
}

function oneOf<T extends string>(e: Record<string, T>, value: unknown): T | undefined {
  const v = String(value).toUpperCase();
  return v in e ? (v as T) : undefined;
}

/** The state codes a raw project names, upper-cased (to look up before checking). */
export function projectStateCodes(raw: RawProject): string[] {
  return (list(raw.beneficiaryStates) ?? []).map((s) => s.toUpperCase());
}

/**
 * Checks and normalises project content; `knownStates` holds the ISO3 codes the hub knows,
 * `required` asks for what a new project must have (a mechanism and a title).
 */
export function checkProjectContent(
  raw: RawProject,
  knownStates: ReadonlySet<string>,
  { required }: { required: boolean },
): { content: ProjectContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const content: ProjectContent = {};
  const problem = (field: string, message: string) => problems.push({ field, message });
  // File cells reach here without the check every operation's input gets (input-text.ts).
  for (const [field, value] of Object.entries(raw)) {
    const hidden = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? hiddenCharacterProblem(v) : undefined)).find(Boolean);
    if (hidden) problem(field, `${field} ${hidden}`);
  }
  if (problems.length) return { content, problems };

  if (raw.mechanism != null && raw.mechanism !== '') {
    const m = oneOf(FundingMechanism, raw.mechanism);
    if (m) content.mechanism = m;
    else problem('mechanism', `mechanism must be one of ${Object.keys(FundingMechanism).join(', ')}.`);
  } else if (required) problem('mechanism', 'mechanism is required.');

  for (const field of ['title', 'reference', 'description', 'implementerName', 'regionsAsStated', 'statusNote'] as const) {
    const value = raw[field];
    // A title left out of a new project is told once, below.
    if (value === undefined || (field === 'title' && value === null && required)) continue;
    const text = value === null ? null : String(value).trim();
    const limit = PROJECT_TEXT_LIMITS[field];
    if (text && text.length > limit) problem(field, `${field} must be at most ${limit} characters.`);
    else if (field === 'title') {
      if (text) content.title = text;
      else problem('title', 'title cannot be empty.');
    } else content[field] = text || null;
  }
  if (required && (raw.title === undefined || raw.title === null)) problem('title', 'title is required.');

  for (const field of ['periodFrom', 'periodTo'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (value === null || value === '') {
      content[field] = null;
      content[field === 'periodFrom' ? 'starts' : 'ends'] = null;
      continue;
    }
    const date = partialDate(value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
    if (!date) problem(field, `${field} must be YYYY, YYYY-MM or YYYY-MM-DD.`);
    else {
      content[field] = date.text;
      if (field === 'periodFrom') content.starts = date.earliest;
      else content.ends = date.latest;
    }
  }
  if (content.starts && content.ends && content.ends < content.starts) problem('periodTo', 'periodTo cannot be before periodFrom.');

  const states = raw.beneficiaryStates == null || raw.beneficiaryStates === '' ? undefined : projectStateCodes(raw);
  if (states) {
    const distinct = [...new Set(states)];
    const unknown = distinct.filter((s) => !knownStates.has(s));
    if (distinct.length > MAX_BENEFICIARY_STATES) problem('beneficiaryStates', `At most ${MAX_BENEFICIARY_STATES} states; for a project aimed at whole regions, name the regions.`);
    else if (unknown.length) problem('beneficiaryStates', `Unknown state codes: ${unknown.slice(0, 5).join(', ')}.`);
    else content.beneficiaryStates = distinct;
  }
  const regions = list(raw.beneficiaryRegions)?.map((r) => r.toUpperCase());
  if (regions) {
    const unknown = regions.filter((r) => !(r in AttRegion));
    if (unknown.length) problem('beneficiaryRegions', `Unknown regions: ${unknown.join(', ')}.`);
    else content.beneficiaryRegions = [...new Set(regions)] as AttRegion[];
  }
  const kinds = list(raw.kinds)?.map((k) => k.toUpperCase());
  if (kinds) {
    const unknown = kinds.filter((k) => !(k in SupportKind));
    if (unknown.length) problem('kinds', `Unknown kinds of support: ${unknown.join(', ')}.`);
    else content.kinds = [...new Set(kinds)] as SupportKind[];
  }
  if (raw.amount !== undefined) {
    const amount = raw.amount === null || raw.amount === '' ? null : String(raw.amount).trim();
    if (amount !== null && !AMOUNT.test(amount)) problem('amount', 'amount must be a decimal number such as 99958 or 91501.05.');
    // As the database keeps it (two decimals), so a repeat compares equal.
    else content.amount = amount === null ? null : `${amount.split('.')[0]}.${(amount.split('.')[1] ?? '').padEnd(2, '0')}`;
  }
  if (raw.currency !== undefined) {
    const currency = raw.currency === null || raw.currency === '' ? null : String(raw.currency).trim().toUpperCase();
    if (currency !== null && !CURRENCY.test(currency)) problem('currency', 'currency must be an ISO 4217 code such as USD.');
    else content.currency = currency;
  }
  if (content.amount && !content.currency && raw.currency === undefined && required) problem('currency', 'An amount needs its currency.');
  if (raw.status != null && raw.status !== '') {
    const s = oneOf(ProjectStatus, raw.status);
    if (s) content.status = s;
    else problem('status', `status must be one of ${Object.keys(ProjectStatus).join(', ')}.`);
  }
  const sources = list(raw.sources);
  if (sources) {
    if (sources.length > MAX_PROJECT_SOURCES) problem('sources', `At most ${MAX_PROJECT_SOURCES} sources.`);
    else if (sources.some((s) => s.length > PROJECT_TEXT_LIMITS.source)) problem('sources', `A source must be at most ${PROJECT_TEXT_LIMITS.source} characters.`);
    else content.sources = [...new Set(sources)];
  }
  if (raw.classification != null && raw.classification !== '') {
    const c = oneOf(Classification, raw.classification);
    if (c) content.classification = c;
    else problem('classification', `classification must be one of ${Object.keys(Classification).join(', ')}.`);
  }
  return { content, problems };
}
