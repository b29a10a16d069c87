import { registerEnumType } from 'type-graphql';

/** Who may read a fact, lowest first (docs/access.md). */
export enum Classification {
  PUBLIC = 'PUBLIC',
  PARTNER = 'PARTNER',
  TREATY_BODY = 'TREATY_BODY',
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(Classification, {
  valuesConfig: {
    PARTNER: { description: 'Any signed-in stakeholder, state contact or officer.' },
    PUBLIC: { description: 'Everyone, signed in or not.' },
    RESTRICTED: { description: 'The Secretariat, the CSP President, the WGTU co-chairs (and the scoped grants a field names).' },
    TREATY_BODY: { description: 'Office holders of ATT bodies, regional champions, the Secretariat.' },
  },
  name: 'Classification',
  description:
    'PUBLIC: everyone. PARTNER: any signed-in stakeholder, state contact or officer. TREATY_BODY: office holders of ATT ' +
    'bodies, regional champions, the Secretariat. RESTRICTED: the Secretariat, the CSP President, the WGTU co-chairs.',
});

export const RANK: Record<Classification, number> = {
  PUBLIC: 0,
  PARTNER: 1,
  TREATY_BODY: 2,
  RESTRICTED: 3,
};

/** Scoped grants on top of the levels. */
export enum Grant {
  /** A state's national point of contact, for facts about its own state. */
  OWN_STATE = 'OWN_STATE',
  /** A Vice-President, for facts about the states of the region it coordinates. */
  COORDINATED_REGION = 'COORDINATED_REGION',
  /** A partner, for its own organisation's records. */
  OWN_ORGANISATION = 'OWN_ORGANISATION',
  /**
   * Whoever recorded a record (e.g. a champion's own engagement reports), for as long as the
   * standing it recorded it under lasts: the office holding that allowed the record, or for a
   * contribution made for no organisation, the contributor's own account. What each type's
   * records were made under is its `about.author` (policy-table.ts); a viewer holds the
   * standings in `Viewer.standings`, rebuilt each day from the holdings valid that day.
   */
  AUTHOR = 'AUTHOR',
  /** A regional champion, for recording contacts in the region it serves. */
  CHAMPION_REGION = 'CHAMPION_REGION',
}

/** What a field, record or operation requires. */
export interface Access {
  level: Classification;
  grants?: readonly Grant[];
  /** Only the Secretariat, whatever its level (the audit trail). */
  secretariatOnly?: boolean;
  /**
   * RESTRICTED, but its reads are not in the access log: the audit trail alone, whose every read
   * would otherwise add to what it reads.
   */
  notLogged?: boolean;
}

/** What a record is about, for the scoped grants. */
export interface RecordScope {
  state?: string;
  /** An ATT region's name (the participation domain's AttRegion): access knows regions only as names. */
  region?: string;
  organisation?: string;
  /** The standing it was recorded under (an office holding, or an account): see Grant.AUTHOR. */
  author?: string;
}
