import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../kernel/db/csv';
import { csp9Report, CSP9_REPORT_CITATION } from '../meetings/csp9-report';
import { DecisionKind, DecisionOutcome } from '../meetings/enums';
import { DATA_DIR } from '../participation/participation-data';
import { BodyCode, OfficeKind, TermBasis } from './enums';

/**
 * Reads the shipped record of the ATT's institutions (data/att-institutions/, see its SOURCES.md)
 * into plain records: bodies, cycles CSP1–CSP12, office holdings with how each end of a term is
 * known, documents, meetings and decisions. Nothing is filled in: an empty cell is unknown, a
 * "NOT FOUND" holder is no person. Pure (no database), so its readings are unit-tested.
 */
export const INSTITUTIONS_DIR = path.join(DATA_DIR, 'att-institutions');
const FILES = ['bodies.csv', 'cycles.csv', 'office_holders.csv', 'terms.csv', 'documents.csv', 'meetings.csv', 'decisions.csv'];
/** Bumped when the way the files are read changes, so a hub reloads them. */
const READER_VERSION = '1';

export interface BodyRecord {
  code: BodyCode;
  name: string;
  parentCode: BodyCode | null;
  establishedBy: string | null;
  mandate: string | null;
  mandateSymbol: string | null;
  source: string | null;
  note: string | null;
}
export interface CycleRecord {
  code: string;
  number: number;
  conferenceFrom: string | null;
  conferenceTo: string | null;
  place: string | null;
  theme: string | null;
  finalReportSymbol: string | null;
  source: string | null;
  note: string | null;
}
export interface PersonRecord {
  key: string;
  name: string;
}
export interface HoldingRecord {
  key: string;
  person: PersonRecord | null;
  body: BodyCode;
  office: OfficeKind;
  cycle: string | null;
  state: string | null;
  validFrom: string | null;
  validTo: string | null;
  startBasis: TermBasis;
  endBasis: TermBasis;
  source: string | null;
  note: string | null;
}
export interface DocumentRecord {
  key: string;
  symbol: string | null;
  title: string | null;
  body: BodyCode | null;
  cycle: string | null;
  issuedOn: string | null;
  note: string | null;
}
export interface MeetingRecord {
  key: string;
  body: BodyCode;
  cycle: string | null;
  title: string;
  date: string;
  endDate: string | null;
  source: string | null;
  note: string | null;
}
export interface DecisionRecord {
  key: string;
  documentKey: string;
  cycle: string;
  reference: string;
  kind: DecisionKind | null;
  text: string;
  outcome: DecisionOutcome;
  outcomeSource: string | null;
  outcomeNote: string | null;
}
export interface InstitutionsDataset {
  name: string;
  checksum: string;
  bodies: BodyRecord[];
  cycles: CycleRecord[];
  holdings: HoldingRecord[];
  documents: DocumentRecord[];
  meetings: MeetingRecord[];
  decisions: DecisionRecord[];
  /** The outcome note for the decisions of the source document (the draft report to CSP9), where the data says what is known. */
  sourceDocumentOutcomeNote: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SYMBOL = /^(ATT\/\S+)/;
const orNull = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);
const bodyOf = (code: string): BodyCode => {
  if (!(code in BodyCode)) throw new Error(`Unknown body ${code} in data/att-institutions/`);
  return code as BodyCode;
};
const officeOf = (code: string): OfficeKind => {
  if (!(code in OfficeKind)) throw new Error(`Unknown office ${code} in data/att-institutions/`);
  return code as OfficeKind;
};
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'];

/** A person cell: a name, or no person when the data says it is not found, not confirmed or not named. */
export function personOf(cell: string): string[] {
  const text = cell.trim();
  if (!text || /^(NOT FOUND|NOT CONFIRMED|\()/.test(text)) return [];
  return text.split(/,\s*later\s+/).map((name) => {
    const honorific = /^(.*?)\s*\((Ambassador)\)$/.exec(name);
    return honorific ? `${honorific[2]} ${honorific[1]}` : name;
  });
}

/** WGETI's facilitators belong to the sub-working group their note names. */
function subWorkingGroup(note: string): BodyCode | null {
  if (/Articles 6 & 7/.test(note)) return BodyCode.WGETI_SWG_ARTICLES_6_7;
  if (/Article 11\b/.test(note)) return BodyCode.WGETI_SWG_ARTICLE_11;
  if (/Article 9\b/.test(note)) return BodyCode.WGETI_SWG_ARTICLE_9;
  if (/Article 5\b/.test(note)) return BodyCode.WGETI_SWG_ARTICLE_5;
  return null;
}

export function readInstitutionsDataset(dir = INSTITUTIONS_DIR): InstitutionsDataset {
  const hash = createHash('sha256').update(READER_VERSION);
  const files = Object.fromEntries(
    FILES.map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      hash.update(f).update(text);
      return [f, parseCsv(text)];
    }),
  ) as Record<string, Record<string, string>[]>;
  // The source document is part of what the holdings are read against.
  const report = csp9Report();
  hash.update(JSON.stringify(report.people));

  const bodies: BodyRecord[] = files['bodies.csv']!.map((r) => ({
    code: bodyOf(r.code!),
    name: r.name!,
    parentCode: r.parent ? bodyOf(r.parent) : null,
    establishedBy: orNull(r.established_by),
    mandate: orNull(r.mandate),
    mandateSymbol: orNull(r.mandate_symbol),
    source: orNull(r.source),
    note: orNull(r.note),
  }));

  const cycleRows = files['cycles.csv']!;
  const cycles: CycleRecord[] = cycleRows.map((r) => {
    const code = r.cycle!;
    return {
      code,
      number: Number(code.replace('CSP', '')),
      conferenceFrom: orNull(r.start_date),
      conferenceTo: orNull(r.end_date),
      place: [r.city, r.country].filter(Boolean).join(', ') || null,
      theme: orNull(r.theme),
      finalReportSymbol: orNull(r.final_report_symbol),
      source: orNull(r.source),
      note: orNull(r.note),
    };
  });
  const closeOf = new Map(cycles.map((c) => [c.number, c.conferenceTo]));

  const terms = new Map(files['terms.csv']!.map((r) => [`${r.cycle}:${r.body}:${r.office}:${r.state}`, r]));
  const holdings: HoldingRecord[] = [];
  const seen = new Map<string, number>();
  for (const r of files['office_holders.csv']!) {
    const cycle = r.cycle === 'UNDATED' ? null : orNull(r.cycle);
    const bureau = r.body === 'CSP_BUREAU';
    const note = r.note ?? '';
    const body = bureau ? BodyCode.CSP : (subWorkingGroup(note) ?? bodyOf(r.body!));
    const office = officeOf(r.office!);
    const state = orNull(r.state);
    const notes = [note || null];
    let validFrom = orNull(r.valid_from);
    let validTo = orNull(r.valid_to);
    let startBasis = validFrom ? TermBasis.SOURCED : TermBasis.UNKNOWN;
    let endBasis = validTo ? TermBasis.SOURCED : TermBasis.UNKNOWN;
    const president = bureau && office === OfficeKind.PRESIDENT && cycle;
    if (president) {
      // Rule 9: from the close of the conference that elected the President to the close of the next.
      const number = Number(cycle.replace('CSP', ''));
      const previousClose = closeOf.get(number - 1) ?? null;
      validFrom ??= previousClose;
      startBasis = validFrom ? TermBasis.DERIVED : TermBasis.UNKNOWN;
      endBasis = validTo ? TermBasis.DERIVED : TermBasis.UNKNOWN;
    } else if (validTo && !validFrom) {
      // Only a last date outside the Bureau: the day a source saw the holder in office, not the end of the term.
      notes.push(`In office on ${validTo} (per the source); the end of the term is not known.`);
      validTo = null;
      endBasis = TermBasis.UNKNOWN;
    }
    for (const [field, value] of [['start', validFrom], ['end', validTo]] as const) {
      if (value && !DAY.test(value)) {
        // A month or a year only: the day is unknown, and the hub keeps dates to the day.
        notes.push(`The source gives the ${field} of the term as ${value} only.`);
        if (field === 'start') [validFrom, startBasis] = [null, TermBasis.UNKNOWN];
        else [validTo, endBasis] = [null, TermBasis.UNKNOWN];
      }
    }
    const override = terms.get(`${r.cycle}:${r.body}:${r.office}:${r.state}`);
    if (override) {
      if (override.start_basis) startBasis = override.start_basis as TermBasis;
      if (override.end_basis) endBasis = override.end_basis as TermBasis;
      if (startBasis === TermBasis.UNKNOWN) validFrom = null;
      notes.push(override.reason ?? null);
    }
    const names = personOf(r.person_name ?? '');
    if (!names.length && r.person_name) notes.unshift(`Holder: ${r.person_name}.`);

    // The source document names holders the institutional sources do not: both are kept.
    const named = report.people.find((p) => p.state === state && p.roles.some((x) => x.body === body && x.office === office && x.cycle === cycle));
    let source = orNull(r.source);
    const people: (PersonRecord | null)[] = names.length ? names.map((name) => ({ key: `person:institutions:${name}`, name })) : [null];
    let key = `holding:institutions:${r.cycle}:${body}:${office}:${state ?? ''}`;
    if (named && !names.length) {
      people.splice(0, 1, { key: `person:${named.key}`, name: `${named.title.en} ${named.name}` });
      key = `holding:${named.key}:${body}:${office}:${cycle}`;
      source = [source, `${CSP9_REPORT_CITATION}, paras. ${named.paragraphs.join(', ')}`].filter(Boolean).join(' | ');
      notes.push(`Named by the source document (${CSP9_REPORT_CITATION}); the institutional sources do not give the name.`);
    }
    people.forEach((person, i) => {
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      holdings.push({
        key: n === 1 ? key : `${key}:${n}`,
        person,
        body,
        office,
        cycle,
        state,
        validFrom,
        validTo,
        startBasis,
        endBasis,
        source,
        note: [...notes, people.length > 1 ? `${i + 1} of ${people.length} holders of this office in turn, in that order.` : null]
          .filter(Boolean)
          .join(' '),
      });
    });
  }

  const documents = new Map<string, DocumentRecord>();
  for (const r of files['documents.csv']!) {
    documents.set(`document:${r.symbol}`, {
      key: `document:${r.symbol}`, symbol: r.symbol!, title: orNull(r.title), body: r.body ? bodyOf(r.body) : null,
      cycle: orNull(r.cycle), issuedOn: orNull(r.issued_on), note: [orNull(r.note), orNull(r.source) && `Source: ${r.source}`].filter(Boolean).join(' ') || null,
    });
  }
  for (const c of cycles) {
    if (!c.finalReportSymbol) continue;
    documents.set(`document:${c.finalReportSymbol}`, {
      key: `document:${c.finalReportSymbol}`, symbol: c.finalReportSymbol, title: `Final report of ${c.code}`, body: BodyCode.CSP,
      cycle: c.code, issuedOn: null, note: `Source: ${c.source}`,
    });
  }

  const meetings: MeetingRecord[] = cycles
    .filter((c) => c.conferenceFrom)
    .map((c) => ({
      key: `meeting:conference:${c.code}`, body: BodyCode.CSP, cycle: c.code,
      title: `${ORDINALS[c.number - 1] ?? `${c.number}th`} Conference of States Parties (${c.code}), ${c.place ?? 'place not known'}`,
      date: c.conferenceFrom!, endDate: c.conferenceTo, source: c.source, note: null,
    }));
  for (const r of files['meetings.csv']!) {
    meetings.push({
      key: `meeting:${r.body}:${r.start_date}`, body: bodyOf(r.body!), cycle: orNull(r.cycle), title: r.title!,
      date: r.start_date!, endDate: orNull(r.end_date), source: orNull(r.source), note: orNull(r.note),
    });
  }

  const decisions: DecisionRecord[] = [];
  let sourceDocumentOutcomeNote: string | null = null;
  for (const r of files['decisions.csv']!) {
    const reference = r.reference!;
    // The draft report to CSP9 is the hub's source document: its decisions are already records.
    if (/^WGTU Co-chairs' Draft Report to CSP9\b/.test(reference)) {
      sourceDocumentOutcomeNote = `${r.note} Sources consulted: ${r.source}`;
      continue;
    }
    const symbol = SYMBOL.exec(reference)?.[1] ?? null;
    const documentKey = symbol ? `document:${symbol}` : `document:untitled:${r.cycle}:${reference}`;
    if (!documents.has(documentKey)) {
      documents.set(documentKey, {
        key: documentKey, symbol, title: symbol ? null : reference, body: symbol?.includes('.WGTU/') ? BodyCode.WGTU : BodyCode.CSP,
        cycle: r.cycle!, issuedOn: null, note: `Source: ${r.source}`,
      });
    }
    const outcome = r.outcome ? (r.outcome as DecisionOutcome) : DecisionOutcome.NOT_RECORDED;
    if (!(outcome in DecisionOutcome)) throw new Error(`Unknown outcome ${r.outcome} in decisions.csv`);
    decisions.push({
      key: `decision:institutions:${r.cycle}:${reference}`,
      documentKey,
      cycle: r.cycle!,
      reference,
      kind: outcome === DecisionOutcome.ENDORSED ? DecisionKind.ENDORSE : outcome === DecisionOutcome.ADOPTED ? DecisionKind.ADOPT : null,
      text: r.summary!,
      outcome,
      outcomeSource: outcome === DecisionOutcome.NOT_RECORDED ? null : orNull(r.source),
      outcomeNote: [orNull(r.note), outcome === DecisionOutcome.NOT_RECORDED ? `Sources consulted: ${r.source}` : null].filter(Boolean).join(' ') || null,
    });
  }

  return {
    name: 'att-institutions',
    checksum: hash.digest('hex'),
    bodies,
    cycles,
    holdings,
    documents: [...documents.values()],
    meetings,
    decisions,
    sourceDocumentOutcomeNote,
  };
}
