import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../kernel/db/csv';
import { stableUuid } from '../../kernel/db/stable-id';
import { OrganisationKind } from '../organisations/organisation.entity';
import { AttRegion } from '../participation/enums';
import { PROJECT_ROOT } from '../../kernel/project-root';
import { FundingMechanism, ProjectStatus, SupportKind } from './enums';
import { partialDate } from './period';

/**
 * Turns the shipped assistance-project data (data/att-assistance-projects/, with its SOURCES.md)
 * into organisations and projects. Nothing is added: what a row leaves blank stays unknown, and
 * what is read from a row's words (a period in its note, kinds of support in its title, the
 * organisations it names) follows the fixed rules below, which the README and SOURCES.md state.
 */
export const PROJECT_DATA_DIR = path.join(PROJECT_ROOT, 'data', 'att-assistance-projects');
type DataFile = 'organisations.csv' | 'vtf_projects.csv' | 'unscar_projects.csv' | 'eu_att_outreach.csv';

export interface OrganisationRecord {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  kindAsStated: string;
  website: string | null;
  attRole: string;
  regionFocus: string | null;
  sources: string[];
}

export interface ProjectRecord {
  id: string;
  mechanism: FundingMechanism;
  title: string;
  reference: string | null;
  description: string | null;
  implementerName: string | null;
  organisationIds: string[];
  beneficiaryStates: string[];
  beneficiaryRegions: AttRegion[];
  regionsAsStated: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  starts: string | null;
  ends: string | null;
  kinds: SupportKind[];
  amount: string | null;
  currency: string | null;
  status: ProjectStatus;
  statusNote: string | null;
  sources: string[];
}

export interface ProjectDataset {
  checksum: string;
  organisations: OrganisationRecord[];
  projects: ProjectRecord[];
}

/** The CSV's own words for an organisation's kind, to the hub's kinds (an unknown word fails the load). */
const KINDS: [RegExp, OrganisationKind][] = [
  [/^(UN office|UN regional centre|UN research institute|treaty secretariat|international humanitarian organisation)$/, OrganisationKind.INTERNATIONAL],
  [/^regional organisation/, OrganisationKind.REGIONAL],
  [/^civil society/, OrganisationKind.CIVIL_SOCIETY],
  [/^(research|research \/ training|network \(research\/training\))$/, OrganisationKind.RESEARCH],
  [/^academic$/, OrganisationKind.ACADEMIA],
  [/^national implementing agency$/, OrganisationKind.NATIONAL_AGENCY],
  [/^industry (association|group)$/, OrganisationKind.INDUSTRY],
];

/**
 * Kinds of support, read from a project's title (and, for the EU rows, the kind of partnership):
 * a word rule per kind. A title that names none leaves the kinds unknown (empty), never guessed.
 */
export const SUPPORT_WORDS: [SupportKind, RegExp][] = [
  [SupportKind.LEGAL, /legislat|legal|\blaw\b|\bbill\b|regulation|loophole/i],
  [SupportKind.INSTITUTIONAL, /institution|control authorit|national assessment|action plan|roadmap|control list|points of contact/i],
  [SupportKind.TECHNICAL, /technical|database|identification|record-keeping/i],
  [SupportKind.TRAINING, /training|course|academy|workshop|seminar|atelier|capacity/i],
  [SupportKind.OUTREACH, /ratif|universali|mobiliz|round table|advocacy|appropriation|\bsign\b/i],
];

export function supportKindsIn(text: string): SupportKind[] {
  return SUPPORT_WORDS.filter(([, words]) => words.test(text)).map(([kind]) => kind);
}

/** A region as a source names it ("Caribbean", "Asia-Pacific") to ATT regions; "Global" and the like to none. */
const REGION_WORDS: [AttRegion, RegExp][] = [
  [AttRegion.AFRICA, /africa/i],
  [AttRegion.AMERICAS, /caribbean|latin america|americas|central america|south america/i],
  [AttRegion.ASIA, /asia/i],
  [AttRegion.EUROPE, /europe/i],
  [AttRegion.OCEANIA, /pacific|melanesia|oceania/i],
];

const MONTHS: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };
const pad = (s: string) => s.padStart(2, '0');

/** "period covered 01 Aug 2018 - 27 Feb 2019" (a VTF report's own words), as days. */
function coveredPeriod(text: string): [string, string] | null {
  const m = /period covered (\d{1,2}) ([A-Za-z]{3})\w* (\d{4}) - (\d{1,2}) ([A-Za-z]{3})\w* (\d{4})/.exec(text);
  const from = m && MONTHS[m[2]!.toLowerCase()];
  const to = m && MONTHS[m[5]!.toLowerCase()];
  return m && from && to ? [`${m[3]}-${from}-${pad(m[1]!)}`, `${m[6]}-${to}-${pad(m[4]!)}`] : null;
}

/** "Timeframe 01/03/2014-31/05/2015" (UNSCAR's project pages), as days. */
function timeframe(text: string): [string, string] | null {
  const m = /Timeframe (\d{2})\/(\d{2})\/(\d{4})-(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  return m ? [`${m[3]}-${m[2]}-${m[1]}`, `${m[6]}-${m[5]}-${m[4]}`] : null;
}

const sourcesOf = (cell: string) => cell.split(/\s+;\s+/).map((s) => s.trim()).filter(Boolean);
const blank = (cell: string | undefined) => (cell?.trim() ? cell.trim() : null);

/** The organisations a text names, by name or short name (a short name "A / B" counts as both). */
function named(organisations: OrganisationRecord[], text: string): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return organisations
    .filter((o) => [o.name, ...(o.shortName?.split(' / ') ?? [])].some((n) => new RegExp(`(^|[^\\w])${escape(n)}($|[^\\w])`).test(text)))
    .map((o) => o.id);
}

function period(from: string | null, to: string | null): Pick<ProjectRecord, 'periodFrom' | 'periodTo' | 'starts' | 'ends'> {
  const f = partialDate(from);
  const t = partialDate(to);
  return { periodFrom: f?.text ?? null, periodTo: t?.text ?? null, starts: f?.earliest ?? null, ends: t?.latest ?? null };
}

export function organisationId(name: string): string {
  return stableUuid(`organisation:${name}`);
}

export function readProjectDataset(dir = PROJECT_DATA_DIR): ProjectDataset {
  const hash = createHash('sha256');
  const read = (file: DataFile) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    hash.update(file).update(text);
    return parseCsv(text);
  };
  const organisations = read('organisations.csv').map((row): OrganisationRecord => {
    const kind = KINDS.find(([words]) => words.test(row.kind!))?.[1];
    if (!kind) throw new Error(`organisations.csv: unknown kind "${row.kind}" for ${row.name}`);
    return {
      id: organisationId(row.name!),
      name: row.name!,
      shortName: blank(row.short_name),
      kind,
      kindAsStated: row.kind!,
      website: blank(row.website),
      attRole: row.att_role!,
      regionFocus: blank(row.region_focus),
      sources: sourcesOf(row.source!),
    };
  });
  const byShort = (short: string) => organisations.find((o) => o.shortName === short)!.id;
  const projects: ProjectRecord[] = [];
  const key = (...parts: string[]) => stableUuid(`assistance-project:${parts.join(':')}`);

  for (const row of read('vtf_projects.csv')) {
    const covered = coveredPeriod(row.status ?? '');
    const years = (row.year ?? '').split('-');
    const dates = covered ? period(...covered) : period(blank(years[0]), blank(years[1]));
    const status = row.status ?? '';
    projects.push({
      id: key('vtf', row.beneficiary_iso3!, row.year!, row.title!),
      mechanism: FundingMechanism.ATT_VTF,
      title: row.title!,
      reference: /ATT\.VTF\.G\d{4}\.\d{3}[A-Z]{3}/.exec(row.note ?? '')?.[0] ?? null,
      description: blank(row.note),
      implementerName: blank(row.implementing_entity),
      organisationIds: named(organisations, row.implementing_entity ?? ''),
      beneficiaryStates: [row.beneficiary_iso3!],
      beneficiaryRegions: [],
      regionsAsStated: null,
      ...dates,
      kinds: supportKindsIn(row.title!),
      amount: blank(row.amount_usd),
      currency: blank(row.amount_usd) ? 'USD' : null,
      status: /final report/i.test(status) ? ProjectStatus.COMPLETED : /ongoing/i.test(status) ? ProjectStatus.ONGOING : ProjectStatus.UNKNOWN,
      statusNote: blank(status),
      sources: sourcesOf(row.source!),
    });
  }

  for (const row of read('unscar_projects.csv')) {
    const frame = timeframe(row.note ?? '');
    const regions = REGION_WORDS.filter(([, words]) => words.test(row.target_regions ?? '')).map(([r]) => r);
    const title = blank(row.title) ?? `[descriptive] UNSCAR-funded ATT project of ${row.organisation}`;
    projects.push({
      id: key('unscar', row.year!, row.organisation!, title),
      mechanism: FundingMechanism.UNSCAR,
      title,
      reference: null,
      description: blank(row.note),
      implementerName: blank(row.organisation),
      organisationIds: named(organisations, row.organisation ?? ''),
      beneficiaryStates: (row.target_iso3s ?? '').split(';').map((s) => s.trim()).filter(Boolean),
      beneficiaryRegions: regions,
      regionsAsStated: blank(row.target_regions),
      ...(frame ? period(...frame) : period(blank(row.year), null)),
      kinds: supportKindsIn(blank(row.title) ?? ''),
      amount: null,
      currency: null,
      status: ProjectStatus.UNKNOWN,
      statusNote: null,
      sources: sourcesOf(row.source!),
    });
  }

  const eu = byShort('EU');
  for (const row of read('eu_att_outreach.csv')) {
    // The EU's implementers of the project, where the row names them (those named after "also"
    // took part as participants); the EU itself funds it.
    const words = `${row.partnership_kind} ${row.note}`.split(/\balso\b/)[0]!;
    const implementers = ['BAFA', 'Expertise France'].filter((s) => words.includes(s));
    projects.push({
      id: key('eu', row.iso3!, row.partnership_kind!, row.from!, row.source!),
      mechanism: FundingMechanism.EU_ATT_OUTREACH,
      title: `[descriptive] EU ATT Outreach Project, ${row.state_name}: ${row.partnership_kind}`,
      reference: null,
      description: blank(row.note),
      implementerName: implementers.length ? implementers.join('; ') : null,
      organisationIds: [...implementers.map(byShort), eu],
      beneficiaryStates: [row.iso3!],
      beneficiaryRegions: [],
      regionsAsStated: null,
      ...period(blank(row.from), blank(row.to)),
      kinds: supportKindsIn(row.partnership_kind ?? ''),
      amount: null,
      currency: null,
      status: ProjectStatus.UNKNOWN,
      statusNote: null,
      sources: sourcesOf(row.source!),
    });
  }
  const ids = new Set(projects.map((p) => p.id));
  if (ids.size !== projects.length) throw new Error('att-assistance-projects: two rows give the same project');
  return { checksum: hash.digest('hex'), organisations, projects };
}
