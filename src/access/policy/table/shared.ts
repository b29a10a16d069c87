import { type Access, Classification, Grant, type RecordScope } from '../levels';

/*
 * The policy table's vocabulary, shared by its parts (one per domain, in this folder): the shape
 * of an entry and the accesses several parts grant. The table itself is ../policy-table.ts.
 */

/**
 * Where, in a record of a type, the facts the scoped grants look at are found: MikroORM property
 * paths (`state.region`: the region of the record's state). A path ending at a relation means
 * that record's key. Every scope (in SQL, in memory, of a write, in PostgreSQL) is derived from it.
 */
export type About = Partial<Record<keyof RecordScope, string>>;

export interface TypePolicy {
  /** What a record of this type is about, for the scoped grants of its fields and of its records. */
  about?: About;
  /**
   * A type with no scope of its own, reached only through one field (`Type.field`) whose rule
   * already decides who may ask; checked at start to name a field that exists.
   */
  reachedThrough?: `${string}.${string}` | readonly `${string}.${string}`[];
  /**
   * Which records of this type a viewer may see at all, enforced in SQL on every query and again
   * by PostgreSQL's row-level security (a hidden record does not exist for that viewer). Each
   * grant looks at its fact in `about`.
   */
  records?: Access & {
    /** The column holding each record's own classification: a viewer sees those up to its level. */
    classifiedBy?: string;
    /** With `classifiedBy`: the condition a record must also meet to be open by level (e.g. published). */
    visibleWhen?: Record<string, unknown>;
    /** The condition a record must also meet for the AUTHOR grant to apply (values compared as they are, e.g. null). */
    authorWhen?: Record<string, null>;
    /**
     * Its records are added by reads (the access log), so no write moves the cached answers on:
     * an answer that reaches one is never cached.
     */
    growsOnRead?: boolean;
  };
  fields: Record<string, Access>;
}

export const PUBLIC: Access = { level: Classification.PUBLIC };
/** RESTRICTED, and open to the state's own contact and its region's Vice-President. */
export const RESTRICTED_ABOUT_STATE: Access = {
  level: Classification.RESTRICTED,
  grants: [Grant.OWN_STATE, Grant.COORDINATED_REGION],
};
/** Priority tiers are set by the President, the co-chairs, the Secretariat and the region's VP. */
export const TIER_SETTERS: Access = { level: Classification.RESTRICTED, grants: [Grant.COORDINATED_REGION] };
/**
 * Contacts with a state: as RESTRICTED_ABOUT_STATE, and whoever recorded them (a champion's own
 * reports) while the office it recorded them under runs: a champion whose term ended reads and
 * corrects its reports no more (the record is the office's, not the person's).
 */
export const ENGAGEMENT_READERS: Access = {
  level: Classification.RESTRICTED,
  grants: [Grant.OWN_STATE, Grant.COORDINATED_REGION, Grant.AUTHOR],
};
/** Who records contacts: the President, co-chairs, Secretariat, a VP in its region, a champion in the region it serves. */
export const ENGAGEMENT_WRITERS: Access = { level: Classification.RESTRICTED, grants: [Grant.COORDINATED_REGION, Grant.CHAMPION_REGION] };
/** Needs: the treaty bodies, and the state's own contact. */
export const NEED_READERS: Access = { level: Classification.TREATY_BODY, grants: [Grant.OWN_STATE] };
/** Tiers of several states (a pipeline, a region's): RESTRICTED, and the Vice-President of the region. */
export const TIER_READERS: Access = { level: Classification.RESTRICTED, grants: [Grant.COORDINATED_REGION] };
export const SECRETARIAT_ONLY: Access = { level: Classification.RESTRICTED, secretariatOnly: true };
/** The audit trail: the Secretariat's; reading it is not itself logged (each read would add to the log it reads). */
export const AUDIT_TRAIL: Access = { ...SECRETARIAT_ONLY, notLogged: true };
export const PARTNER: Access = { level: Classification.PARTNER };
/** A contribution's own organisation and contributor, and the Secretariat that moderates it. */
export const CONTRIBUTOR_OR_SECRETARIAT: Access = {
  level: Classification.RESTRICTED,
  secretariatOnly: true,
  grants: [Grant.OWN_ORGANISATION, Grant.AUTHOR],
};

export const every = (access: Access, ...fields: string[]): Record<string, Access> =>
  Object.fromEntries(fields.map((f) => [f, access]));

/** Edges, page info and counts of a connection: the records in it are scoped themselves. */
export const CONNECTION = every(PUBLIC, 'edges', 'pageInfo', 'totalCount');
export const EDGE = every(PUBLIC, 'node', 'cursor');
/**
 * The id of a record-scoped type: the record reaches only viewers its record policy lets
 * see it (in SQL), and its id says nothing more; it stays non-null as Node requires.
 */
export const RECORD_ID = every(PUBLIC, 'id');

/**
 * A partner's contribution moderated by the Secretariat (activities, assistance projects): it is
 * about the organisation in `owner` and its contributor; each carries its classification, and
 * once published reaches the viewers of that level; a draft only its organisation, its
 * contributor (when made for no organisation) and the Secretariat.
 */
export function moderatedContribution(owner: string, published: Record<string, unknown>): Pick<TypePolicy, 'about' | 'records'> {
  return {
    about: { organisation: owner, author: 'contributedBy' },
    records: { ...CONTRIBUTOR_OR_SECRETARIAT, authorWhen: { [owner]: null }, classifiedBy: 'classification', visibleWhen: published },
  };
}

/** One domain's part of the policy table: its Query and Mutation fields, its types, its filter inputs. */
export interface PolicyPart {
  query?: Record<string, Access>;
  mutation?: Record<string, Access>;
  types: Record<string, TypePolicy>;
  filters?: Record<string, Record<string, `${string}.${string}` | Access>>;
}
