import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../kernel/db/csv';
import { PROJECT_ROOT } from '../../kernel/project-root';
import {
  AttRegion,
  DatePrecision,
  InstrumentType,
  ProvenanceBasis,
  TreatyActionKind,
  type ParticipationStatus,
} from './enums';
import type { LocalizedNames, NameRanks } from './state.entity';

/**
 * Turns the shipped participation data (data/, copied with its provenance from the research
 * behind it) into states and treaty actions, keeping every date's precision, bounds and sources.
 * Nothing is invented: an unknown date is stored as unknown, with the bounds the treaty's own
 * rules and the data's observation date give it.
 */
export const DATA_DIR = path.join(PROJECT_ROOT, 'data');
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

interface DatasetManifest {
  name: string;
  files: string[];
  statusObservedBy: string;
  treaty: { openedForSignature: string; entryIntoForce: string; daysToEntryIntoForce: number };
}

export interface StateRecord {
  iso3: string;
  iso2: string;
  names: LocalizedNames;
  /** The state's place in a list ordered by name, per language (1 = first). */
  nameRanks: NameRanks;
  nameSortKey: string;
  region: AttRegion;
  regionBasis: string;
  unMember: boolean;
  note: string | null;
  /** The status the data states as of `statusObservedBy`, checked against the derivation. */
  expectedStatus: ParticipationStatus;
}

export interface ActionRecord {
  state: string;
  kind: TreatyActionKind;
  instrument: InstrumentType | null;
  precision: DatePrecision;
  date: string | null;
  year: number | null;
  earliest: string;
  latest: string;
  basis: ProvenanceBasis;
  sources: string[];
  note: string | null;
}

export interface SourceRecord {
  id: string;
  title: string;
  location: string | null;
  confidence: string;
  note: string | null;
}

export interface ParticipationDataset {
  name: string;
  checksum: string;
  statusObservedBy: string;
  states: StateRecord[];
  actions: ActionRecord[];
  sources: SourceRecord[];
}

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string, b: string): string => (a < b ? a : b);
const splitSources = (cell: string): string[] =>
  cell.split(';').map((s) => s.trim()).filter(Boolean);

const REGIONS: Record<string, AttRegion> = {
  Africa: AttRegion.AFRICA,
  Americas: AttRegion.AMERICAS,
  Asia: AttRegion.ASIA,
  Europe: AttRegion.EUROPE,
  Oceania: AttRegion.OCEANIA,
};
const INSTRUMENTS: Record<string, InstrumentType> = {
  ratification: InstrumentType.RATIFICATION,
  acceptance: InstrumentType.ACCEPTANCE,
  approval: InstrumentType.APPROVAL,
  accession: InstrumentType.ACCESSION,
};

function basisOf(text: string): ProvenanceBasis {
  if (text.startsWith('derived')) return ProvenanceBasis.DERIVED;
  if (text.startsWith('computed')) return ProvenanceBasis.COMPUTED;
  return ProvenanceBasis.SOURCED;
}

/** The provenance's basis text says more than the enum when it is not plainly "sourced". */
const noteOf = (basisText: string): string | null => (basisText === 'sourced' || basisText === '' ? null : basisText);

export function readParticipationDataset(dir = DATA_DIR): ParticipationDataset {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as DatasetManifest;
  const hash = createHash('sha256').update(fs.readFileSync(path.join(dir, 'dataset.json')));
  const files = Object.fromEntries(
    manifest.files.map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      hash.update(text);
      return [f, parseCsv(text)];
    }),
  );
  const main = files['att-participation.csv'] ?? [];
  const unNames = new Map((files['un-names.csv'] ?? []).map((r) => [r.iso3, r]));
  const provenance = new Map((files['att-participation.provenance.csv'] ?? []).map((r) => [r.iso3, r]));
  const { openedForSignature, entryIntoForce, daysToEntryIntoForce } = manifest.treaty;
  const observedBy = manifest.statusObservedBy;
  // Article 20: open for signature until the treaty's entry into force.
  const signatureClosed = addDays(entryIntoForce, -1);
  // Article 22: in force 90 days after deposit, or on the treaty's own entry into force if later.
  const inForceFrom = (deposit: string) => maxDate(entryIntoForce, addDays(deposit, daysToEntryIntoForce));
  // The same rule backwards: a known entry into force bounds a deposit known only to the year.
  const tightenByEntryIntoForce = (consent: ActionRecord, inForce: string) => {
    const latest = inForce === entryIntoForce ? addDays(entryIntoForce, -1) : addDays(inForce, -daysToEntryIntoForce);
    const earliest = inForce === entryIntoForce ? consent.earliest : latest;
    consent.earliest = maxDate(consent.earliest, earliest);
    consent.latest = minDate(consent.latest, latest);
    if (consent.earliest > consent.latest) {
      throw new Error(`${consent.state}: deposit and entry into force contradict each other`);
    }
  };

  const states: StateRecord[] = [];
  const actions: ActionRecord[] = [];
  for (const row of main) {
    const iso3 = row.iso3 ?? '';
    const prov = provenance.get(iso3);
    if (!prov) throw new Error(`No provenance row for ${iso3}`);
    const region = REGIONS[row.att_region ?? ''];
    if (!region) throw new Error(`Unknown region "${row.att_region}" for ${iso3}`);
    const status = row.status as ParticipationStatus;
    const untcYear = prov.untc_year ? Number(prov.untc_year) : null;
    const statusSources = splitSources(prov.status_src ?? '');
    // The UN's own short names (M49) in the six languages: a state without one fails the load.
    const un = unNames.get(iso3);
    if (!un) throw new Error(`No UN names for ${iso3} in un-names.csv`);
    const names = Object.fromEntries(
      LANGS.map((l) => {
        const name = un[`name_${l}`];
        if (!name) throw new Error(`No ${l} UN name for ${iso3} in un-names.csv`);
        return [l, name];
      }),
    ) as LocalizedNames;
    states.push({
      iso3,
      iso2: prov.iso2 ?? '',
      names,
      nameRanks: { ar: 0, zh: 0, en: 0, fr: 0, ru: 0, es: 0 },
      nameSortKey: names.en.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
      region,
      regionBasis: prov.region_basis ?? '',
      unMember: prov.un_member === 'yes',
      note: prov.note || null,
      expectedStatus: status,
    });

    const isParty = status === 'STATE_PARTY';
    const instrument = INSTRUMENTS[row.consent_type ?? ''] ?? null;

    // Consent to be bound (deposit of the instrument).
    let consent: ActionRecord | undefined;
    if (isParty) {
      const base = { state: iso3, kind: TreatyActionKind.CONSENT, instrument, note: null as string | null };
      if (row.consent_date) {
        const basisText = prov.consent_basis ?? '';
        consent = { ...base, precision: DatePrecision.DAY, date: row.consent_date, year: Number(row.consent_date.slice(0, 4)),
          earliest: row.consent_date, latest: row.consent_date, basis: basisOf(basisText),
          sources: splitSources(prov.consent_src ?? ''), note: noteOf(basisText) };
      } else if (untcYear) {
        consent = { ...base, precision: DatePrecision.YEAR, date: null, year: untcYear,
          earliest: maxDate(`${untcYear}-01-01`, openedForSignature), latest: minDate(`${untcYear}-12-31`, observedBy),
          basis: ProvenanceBasis.SOURCED, sources: statusSources, note: 'Year of deposit from the UN Treaty Collection; day not found.' };
      } else {
        consent = { ...base, precision: DatePrecision.UNKNOWN, date: null, year: null,
          earliest: openedForSignature, latest: observedBy, basis: ProvenanceBasis.SOURCED,
          sources: [...statusSources, ...splitSources(prov.consent_src ?? '')],
          note: `A State Party by ${observedBy}; date of deposit not found.` };
      }
      if (consent.instrument) consent.sources = [...new Set([...consent.sources, ...splitSources(prov.consent_type_src ?? '')])];
      actions.push(consent);
    }

    // Signature.
    if (row.signature_date) {
      actions.push({ state: iso3, kind: TreatyActionKind.SIGNATURE, instrument: null, precision: DatePrecision.DAY,
        date: row.signature_date, year: Number(row.signature_date.slice(0, 4)), earliest: row.signature_date,
        latest: row.signature_date, basis: ProvenanceBasis.SOURCED, sources: splitSources(prov.signature_src ?? ''), note: null });
    } else if (status === 'SIGNATORY') {
      actions.push({ state: iso3, kind: TreatyActionKind.SIGNATURE, instrument: null,
        precision: untcYear ? DatePrecision.YEAR : DatePrecision.UNKNOWN, date: null, year: untcYear,
        earliest: untcYear ? maxDate(`${untcYear}-01-01`, openedForSignature) : openedForSignature,
        latest: untcYear ? minDate(`${untcYear}-12-31`, signatureClosed) : signatureClosed,
        basis: ProvenanceBasis.SOURCED, sources: statusSources, note: 'Year of signature from the UN Treaty Collection; day not found.' });
    } else if (consent && instrument && instrument !== InstrumentType.ACCESSION) {
      // Ratification, acceptance and approval are open only to signatories (Articles 21, 22).
      actions.push({ state: iso3, kind: TreatyActionKind.SIGNATURE, instrument: null, precision: DatePrecision.UNKNOWN,
        date: null, year: null, earliest: openedForSignature, latest: minDate(signatureClosed, consent.latest),
        basis: ProvenanceBasis.INFERRED, sources: splitSources(prov.consent_type_src ?? ''),
        note: `Implied by ${instrument.toLowerCase()}, which only a signatory can deposit; date not found.` });
    }

    // Entry into force for the state.
    if (consent) {
      if (row.entry_into_force_date) {
        const basisText = prov.eif_basis ?? '';
        tightenByEntryIntoForce(consent, row.entry_into_force_date);
        actions.push({ state: iso3, kind: TreatyActionKind.ENTRY_INTO_FORCE, instrument: null, precision: DatePrecision.DAY,
          date: row.entry_into_force_date, year: Number(row.entry_into_force_date.slice(0, 4)),
          earliest: row.entry_into_force_date, latest: row.entry_into_force_date, basis: basisOf(basisText),
          // A date computed from the deposit rests on the deposit's sources.
          sources: splitSources(prov.eif_src ?? '').length ? splitSources(prov.eif_src ?? '') : consent.sources,
          note: noteOf(basisText) });
      } else {
        const earliest = inForceFrom(consent.earliest);
        const latest = inForceFrom(consent.latest);
        actions.push({ state: iso3, kind: TreatyActionKind.ENTRY_INTO_FORCE, instrument: null,
          precision: earliest === latest ? DatePrecision.DAY : DatePrecision.UNKNOWN,
          date: earliest === latest ? earliest : null, year: earliest === latest ? Number(earliest.slice(0, 4)) : null,
          earliest, latest, basis: ProvenanceBasis.COMPUTED, sources: consent.sources,
          note: 'Computed from the deposit: 90 days after it, or 24 Dec 2014 if deposited earlier (Article 22).' });
      }
    }
  }

  rankNames(states);
  const sources = (files['sources.csv'] ?? []).map((r) => ({
    id: r.id ?? '',
    title: r.title ?? '',
    location: r.location || null,
    confidence: r.confidence ?? 'stated',
    note: r.note || null,
  }));
  return { name: manifest.name, checksum: hash.digest('hex'), statusObservedBy: observedBy, states, actions, sources };
}

/**
 * Ranks the states by name in each language with that language's collation (ICU, through
 * Intl.Collator), at load: PGlite has no ICU collations, so ORDER BY ... COLLATE "ar" cannot
 * be had on every database the hub runs on, while a stored rank orders the same on both.
 */
export function rankNames(states: Pick<StateRecord, 'iso3' | 'names' | 'nameRanks'>[]): void {
  for (const lang of LANGS) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const sorted = [...states].sort((a, b) => collator.compare(a.names[lang], b.names[lang]) || a.iso3.localeCompare(b.iso3));
    sorted.forEach((s, i) => {
      s.nameRanks[lang] = i + 1;
    });
  }
}
