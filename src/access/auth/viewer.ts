import type { EntityManager } from '@mikro-orm/postgresql';
import { Classification, RANK } from '../policy/levels';

/** An ATT region's name (the participation domain's AttRegion): access knows regions only by name. */
type Region = string;

/**
 * Who is asking, built per request from the verified token and the office holdings valid on
 * that day. Never cached across requests: a term that ended yesterday grants nothing today.
 */
export interface Viewer {
  /** The token's subject; null for the anonymous public. */
  subject: string | null;
  personId: string | null;
  name: string | null;
  level: Classification;
  secretariat: boolean;
  ownStates: ReadonlySet<string>;
  coordinatedRegions: ReadonlySet<Region>;
  /** Regions this viewer serves as a regional champion. */
  championRegions: ReadonlySet<Region>;
  organisations: ReadonlySet<string>;
  /**
   * What the AUTHOR grant matches (policy-table.ts): the office holdings valid today, and the
   * person's own account. A record made under an office is its author's only while that term runs.
   */
  standings: ReadonlySet<string>;
  /** What each office held today gives on its own, by holding (the rights above are their union). */
  offices: readonly OfficeRights[];
}

/** The rights one office holding gives its holder. */
export interface OfficeRights {
  holding: string;
  level: Classification;
  secretariat: boolean;
  ownStates: ReadonlySet<string>;
  coordinatedRegions: ReadonlySet<Region>;
  championRegions: ReadonlySet<Region>;
}

export const ANONYMOUS: Viewer = Object.freeze({
  subject: null,
  personId: null,
  name: null,
  level: Classification.PUBLIC,
  secretariat: false,
  ownStates: new Set<string>(),
  coordinatedRegions: new Set<Region>(),
  championRegions: new Set<Region>(),
  organisations: new Set<string>(),
  standings: new Set<string>(),
  offices: [],
});

/** The hub itself, loading shipped and demo data at start: sees every record. */
export const SYSTEM: Viewer = Object.freeze({
  ...ANONYMOUS,
  subject: 'system',
  name: 'ATT Coordination Hub',
  level: Classification.RESTRICTED,
  secretariat: true,
});

export class UnknownSubjectError extends Error {}

/**
 * Builds the viewer of a signed-in subject on `today` from the offices it holds that day; throws
 * UnknownSubjectError for a subject no person has. Which office gives which rights is the bodies
 * domain's (src/domains/bodies/viewer-rights.ts), handed to the authenticator by the wiring.
 */
export type BuildViewer = (em: EntityManager, subject: string, today: string) => Promise<Viewer>;

/** The signed-in person behind a viewer. */
export interface SignedInPerson {
  subject: string;
  personId: string;
  name: string;
  organisation: string | null;
}

/**
 * A person's viewer: the union of what each office held today gives. A signed-in person holding
 * no office is still a PARTNER, of its own organisation, and the author of its own contributions.
 */
export function viewerOf(person: SignedInPerson, held: readonly OfficeRights[]): Viewer {
  // In a stable order: the viewer is part of the response cache's key.
  const offices = [...held].sort((a, b) => a.holding.localeCompare(b.holding));
  return {
    subject: person.subject,
    personId: person.personId,
    name: person.name,
    level: offices.reduce<Classification>((level, o) => (RANK[o.level] > RANK[level] ? o.level : level), Classification.PARTNER),
    secretariat: offices.some((o) => o.secretariat),
    ownStates: new Set(offices.flatMap((o) => [...o.ownStates])),
    coordinatedRegions: new Set(offices.flatMap((o) => [...o.coordinatedRegions])),
    championRegions: new Set(offices.flatMap((o) => [...o.championRegions])),
    organisations: new Set(person.organisation ? [person.organisation] : []),
    standings: new Set([person.personId, ...offices.map((o) => o.holding)]),
    offices,
  };
}
