import { SaxesParser } from 'saxes';
import { FundingMechanism, ProjectStatus } from './enums';
import type { RawProject } from './project-content';
import type { AssistanceProject } from './project.entity';

/**
 * The IATI activity standard, version 2.03 (https://iatistandard.org/en/iati-standard/203/):
 * the format donors publish their projects in. The hub writes each project as an iati-activity
 * with the standard's own elements, and keeps what the standard cannot say (a date known only to
 * the year, the kinds of support, the fund) in elements of its own namespace, which other readers
 * ignore; it reads both back, so a file it wrote imports unchanged.
 */
export const IATI_VERSION = '2.03';
/** The hub's own elements. Not a registered IATI organisation or namespace: a name of the hub's. */
export const HUB_NS = 'urn:att-coordination-hub:iati';
/** The hub's prefix for the identifiers of the projects it reports (not a registered IATI organisation identifier). */
export const HUB_REF = 'XM-ATTHUB';
/** DAC 5-digit sector 15240: "Reintegration and SALW control", where arms-transfer control falls. */
const SECTOR = { code: '15240', name: 'Reintegration and SALW control' };
export const MAX_IMPORT_PROJECTS = 1000;
export const MAX_IATI_CHARS = 2_000_000;

const FUNDERS: Record<FundingMechanism, string | null> = {
  ATT_VTF: 'ATT Voluntary Trust Fund',
  ATT_SPONSORSHIP: 'ATT Sponsorship Programme',
  UNSCAR: 'UN Trust Facility Supporting Cooperation on Arms Regulation (UNSCAR)',
  EU_ATT_OUTREACH: 'European Union ATT Outreach Project',
  BILATERAL: null,
  OTHER: null,
};
/** IATI ActivityStatus codes: 1 pipeline, 2 implementation, 3 finalisation, 4 closed. */
const STATUS_CODE: Partial<Record<ProjectStatus, string>> = { PLANNED: '1', ONGOING: '2', COMPLETED: '4' };

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const narrative = (text: string) => `<narrative>${escape(text)}</narrative>`;

export function iatiIdentifierOf(project: AssistanceProject): string {
  return project.iatiIdentifier ?? `${HUB_REF}-${project.id}`;
}

/** One iati-activity; `iso2` gives the ISO 3166-1 alpha-2 code of a state the hub knows. */
function activityXml(p: AssistanceProject, iso2: (iso3: string) => string | undefined): string {
  const lines: string[] = [];
  const add = (line: string) => lines.push(`  ${line}`);
  add(`<iati-identifier>${escape(iatiIdentifierOf(p))}</iati-identifier>`);
  add(`<reporting-org ref="${HUB_REF}" type="90">${narrative('ATT Coordination Hub')}</reporting-org>`);
  add(`<title>${narrative(p.title)}</title>`);
  if (p.description) add(`<description type="1">${narrative(p.description)}</description>`);
  const funder = FUNDERS[p.mechanism];
  if (funder) add(`<participating-org role="1">${narrative(funder)}</participating-org>`);
  if (p.implementerName) add(`<participating-org role="4">${narrative(p.implementerName)}</participating-org>`);
  const status = STATUS_CODE[p.status as ProjectStatus];
  if (status) add(`<activity-status code="${status}"/>`);
  // Actual start and end (2, 4) once it has run; planned (1, 3) while it is planned or ongoing.
  if (p.starts) add(`<activity-date iso-date="${p.starts}" type="${p.status === ProjectStatus.PLANNED ? 1 : 2}"/>`);
  if (p.ends) add(`<activity-date iso-date="${p.ends}" type="${p.status === ProjectStatus.COMPLETED ? 4 : 3}"/>`);
  const countries = p.beneficiaryStates.map(iso2).filter((c): c is string => !!c);
  for (const code of countries) add(`<recipient-country code="${code}" percentage="${(100 / countries.length).toFixed(2)}"/>`);
  add(`<sector vocabulary="1" code="${SECTOR.code}">${narrative(SECTOR.name)}</sector>`);
  if (p.amount && p.currency && p.starts) {
    add(`<transaction><transaction-type code="2"/><transaction-date iso-date="${p.starts}"/><value currency="${p.currency}" value-date="${p.starts}">${p.amount}</value></transaction>`);
  }
  for (const url of p.sources) {
    if (/^https?:\/\//.test(url)) add(`<document-link url="${escape(url)}" format="text/html"><title>${narrative('Source')}</title><category code="A01"/></document-link>`);
  }
  const own: [string, string | null | undefined][] = [
    ['mechanism', p.mechanism],
    ['reference', p.reference],
    ['period-from', p.periodFrom],
    ['period-to', p.periodTo],
    ['kinds', p.kinds.join(' ')],
    ['regions', p.beneficiaryRegions.join(' ')],
    ['regions-as-stated', p.regionsAsStated],
    ['status', p.status],
    ['status-note', p.statusNote],
    ['amount', p.amount],
    ['currency', p.currency],
  ];
  for (const [name, value] of own) if (value) add(`<hub:${name}>${escape(value)}</hub:${name}>`);
  for (const source of p.sources) if (!/^https?:\/\//.test(source)) add(`<hub:source>${escape(source)}</hub:source>`);
  return `<iati-activity last-updated-datetime="${p.updatedAt.toISOString().slice(0, 19)}Z" xml:lang="en">\n${lines.join('\n')}\n</iati-activity>`;
}

export function iatiDocument(projects: AssistanceProject[], iso2: (iso3: string) => string | undefined, generatedAt: Date): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<iati-activities version="${IATI_VERSION}" generated-datetime="${generatedAt.toISOString().slice(0, 19)}Z" xmlns:hub="${HUB_NS}">`,
    ...projects.map((p) => activityXml(p, iso2)),
    '</iati-activities>',
    '',
  ].join('\n');
}

/** An element as read: its name (namespace-qualified for the hub's own), attributes, text and children. */
interface Node {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

/** What a file's activity becomes: the project's content, its identifier, or why it cannot be read. */
export interface IatiRow {
  position: number;
  identifier: string | null;
  raw: RawProject;
  /** ISO2 codes as written, to be turned into the hub's ISO3 (an unknown one is a row error). */
  countries: string[];
  problems: { field: string; message: string }[];
}

/** Parses an IATI activity file; a file that is not well-formed XML, or not iati-activities, is refused whole. */
export function readIati(xml: string): { rows: IatiRow[] } | { error: string } {
  if (xml.length > MAX_IATI_CHARS) return { error: `At most ${MAX_IATI_CHARS} characters at a time.` };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Node[] = [];
  let root: Node | null = null;
  let error: string | null = null;
  let activities = 0;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('doctype', () => {
    error ??= 'A DOCTYPE is not accepted.';
  });
  parser.on('opentag', (tag) => {
    const name = tag.uri === HUB_NS ? `hub:${tag.local}` : tag.local;
    const attributes: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) attributes[attr.local] = attr.value;
    const node: Node = { name, attributes, text: '', children: [] };
    if (stack.length) stack[stack.length - 1]!.children.push(node);
    else root = node;
    if (name === 'iati-activity' && ++activities > MAX_IMPORT_PROJECTS) error ??= `At most ${MAX_IMPORT_PROJECTS} activities at a time.`;
    stack.push(node);
  });
  parser.on('text', (text) => {
    if (stack.length) stack[stack.length - 1]!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e instanceof Error ? e.message : 'malformed';
  }
  if (error) return { error: `The file cannot be read as XML: ${error}` };
  const top = root as Node | null;
  if (top?.name !== 'iati-activities') return { error: 'The file must be an IATI activity file (an iati-activities element).' };
  return { rows: top.children.filter((c) => c.name === 'iati-activity').map((a, i) => readActivity(a, i + 1)) };
}

const child = (node: Node, name: string) => node.children.find((c) => c.name === name);
const children = (node: Node, name: string) => node.children.filter((c) => c.name === name);
const text = (node: Node | undefined) => node?.text.trim() || null;
const narrativeOf = (node: Node | undefined) => (node ? text(child(node, 'narrative')) ?? text(node) : null);

function readActivity(a: Node, position: number): IatiRow {
  const problems: IatiRow['problems'] = [];
  const own = (name: string) => text(child(a, `hub:${name}`));
  const identifier = text(child(a, 'iati-identifier'));
  if (!identifier) problems.push({ field: 'iati-identifier', message: 'iati-identifier is required.' });
  else if (identifier.length > 200) problems.push({ field: 'iati-identifier', message: 'iati-identifier must be at most 200 characters.' });
  const title = narrativeOf(child(a, 'title'));
  const orgs = children(a, 'participating-org');
  const implementers = orgs.filter((o) => o.attributes.role === '4').map(narrativeOf).filter(Boolean);
  const funder = orgs.filter((o) => o.attributes.role === '1').map(narrativeOf).find(Boolean);
  const mechanism = own('mechanism') ?? (Object.entries(FUNDERS).find(([, name]) => name && name === funder)?.[0] ?? FundingMechanism.OTHER);
  const dates = children(a, 'activity-date');
  const dateOf = (...types: string[]) => dates.find((d) => types.includes(d.attributes.type ?? ''))?.attributes['iso-date']?.slice(0, 10) ?? null;
  const statusCode = child(a, 'activity-status')?.attributes.code;
  const status = own('status') ?? ({ '1': 'PLANNED', '2': 'ONGOING', '3': 'COMPLETED', '4': 'COMPLETED' } as Record<string, string>)[statusCode ?? ''] ?? null;
  const value = child(a, 'transaction') ? child(child(a, 'transaction')!, 'value') : child(a, 'budget') ? child(child(a, 'budget')!, 'value') : undefined;
  const sources = [
    ...children(a, 'document-link').map((d) => d.attributes.url).filter((u): u is string => !!u),
    ...children(a, 'hub:source').map(text).filter((s): s is string => !!s),
  ];
  return {
    position,
    identifier,
    countries: children(a, 'recipient-country').map((c) => (c.attributes.code ?? '').toUpperCase()),
    problems,
    raw: {
      mechanism,
      title: title ?? null,
      reference: own('reference'),
      description: narrativeOf(child(a, 'description')),
      implementerName: implementers.length ? implementers.join('; ') : null,
      beneficiaryRegions: own('regions')?.split(/\s+/) ?? undefined,
      regionsAsStated: own('regions-as-stated'),
      periodFrom: own('period-from') ?? dateOf('2', '1'),
      periodTo: own('period-to') ?? dateOf('4', '3'),
      kinds: own('kinds')?.split(/\s+/) ?? undefined,
      amount: own('amount') ?? text(value),
      currency: own('currency') ?? value?.attributes.currency ?? child(a, 'value')?.attributes.currency ?? a.attributes['default-currency'] ?? null,
      status: status ?? undefined,
      statusNote: own('status-note'),
      sources,
    },
  };
}
