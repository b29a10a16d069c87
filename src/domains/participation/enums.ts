import { registerEnumType } from 'type-graphql';

/** The regional groups the ATT Secretariat uses. */
export enum AttRegion {
  AFRICA = 'AFRICA',
  AMERICAS = 'AMERICAS',
  ASIA = 'ASIA',
  EUROPE = 'EUROPE',
  OCEANIA = 'OCEANIA',
}

/**
 * Every state the hub knows: 196 in the data set (the depositary's list), with room for a new
 * one. Lists of states and work done for every state are bounded by it (loading more fails).
 */
export const MAX_STATES = 200;
/** The states of one region: Africa, the largest, has 54 (loading more fails). */
export const MAX_STATES_IN_REGION = 60;
export const REGION_COUNT = Object.keys(AttRegion).length;

export enum ParticipationStatus {
  STATE_PARTY = 'STATE_PARTY',
  SIGNATORY = 'SIGNATORY',
  NON_SIGNATORY = 'NON_SIGNATORY',
}

export enum TreatyActionKind {
  SIGNATURE = 'SIGNATURE',
  /** Deposit of the instrument of ratification, acceptance, approval or accession. */
  CONSENT = 'CONSENT',
  ENTRY_INTO_FORCE = 'ENTRY_INTO_FORCE',
}

export enum InstrumentType {
  RATIFICATION = 'RATIFICATION',
  ACCEPTANCE = 'ACCEPTANCE',
  APPROVAL = 'APPROVAL',
  ACCESSION = 'ACCESSION',
}

export enum DatePrecision {
  DAY = 'DAY',
  YEAR = 'YEAR',
  UNKNOWN = 'UNKNOWN',
}

export enum ProvenanceBasis {
  /** Stated by a cited source. */
  SOURCED = 'SOURCED',
  /** Worked back from another sourced date (e.g. entry into force minus 90 days). */
  DERIVED = 'DERIVED',
  /** Computed by the treaty's rules (Article 22) from a deposit date. */
  COMPUTED = 'COMPUTED',
  /** Implied by the treaty's rules (ratification presupposes signature), date not sourced. */
  INFERRED = 'INFERRED',
}

/** The six official languages of the United Nations. */
export enum Language {
  AR = 'ar',
  ZH = 'zh',
  EN = 'en',
  FR = 'fr',
  RU = 'ru',
  ES = 'es',
}

registerEnumType(AttRegion, {
  valuesConfig: {
    AFRICA: { description: 'Africa.' },
    AMERICAS: { description: 'The Americas.' },
    ASIA: { description: 'Asia.' },
    EUROPE: { description: 'Europe.' },
    OCEANIA: { description: 'Oceania.' },
  }, name: 'AttRegion', description: 'ATT regional group.' });
registerEnumType(ParticipationStatus, {
  valuesConfig: {
    NON_SIGNATORY: { description: 'Neither signed nor joined.' },
    SIGNATORY: { description: 'Signed, not yet consented to be bound.' },
    STATE_PARTY: { description: 'Has consented to be bound (ratification, acceptance, approval or accession).' },
  },
  name: 'ParticipationStatus',
  description: "A state's standing under the treaty, derived from its treaty actions.",
});
registerEnumType(TreatyActionKind, {
  valuesConfig: {
    CONSENT: { description: 'Deposit of the instrument of ratification, acceptance, approval or accession.' },
    ENTRY_INTO_FORCE: { description: 'Entry into force for the state (Article 22).' },
    SIGNATURE: { description: 'Signature.' },
  },
  description: 'A step a state takes under the treaty.',
  name: 'TreatyActionKind',
});
registerEnumType(InstrumentType, {
  valuesConfig: {
    ACCEPTANCE: { description: 'An instrument of acceptance.' },
    ACCESSION: { description: 'An instrument of accession (a state that did not sign).' },
    APPROVAL: { description: 'An instrument of approval.' },
    RATIFICATION: { description: 'An instrument of ratification.' },
  },
  name: 'InstrumentType',
  description: 'The kind of instrument by which a state consented to be bound.',
});
registerEnumType(DatePrecision, {
  valuesConfig: {
    DAY: { description: 'The day is known.' },
    UNKNOWN: { description: 'The date is not known (only its bounds, if any).' },
    YEAR: { description: 'Only the year is known.' },
  },
  name: 'DatePrecision',
  description: 'How much of a date is known: the day, only the year, or nothing but bounds.',
});
registerEnumType(ProvenanceBasis, {
  valuesConfig: {
    COMPUTED: { description: "Computed by the treaty's rules (Article 22) from a deposit date." },
    DERIVED: { description: 'Worked back from another sourced date (e.g. entry into force minus 90 days).' },
    INFERRED: { description: "Implied by the treaty's rules (ratification presupposes signature), date not sourced." },
    SOURCED: { description: 'Stated by a cited source.' },
  },
  description: 'How a date or fact was established.',
  name: 'ProvenanceBasis',
});
registerEnumType(Language, {
  valuesConfig: {
    AR: { description: 'Arabic.' },
    EN: { description: 'English.' },
    ES: { description: 'Spanish.' },
    FR: { description: 'French.' },
    RU: { description: 'Russian.' },
    ZH: { description: 'Chinese.' },
  }, name: 'Language', description: 'The six official UN languages.' });
