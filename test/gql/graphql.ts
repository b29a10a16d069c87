/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows a list of activities. */
export type ActivityFilter = {
  /** Starting on or after this day. */
  from?: string | null | undefined;
  /** Only activities of this kind. */
  kind?: ActivityKind | null | undefined;
  /** Activities aimed at this region or at a state in it. */
  region?: AttRegion | null | undefined;
  /** Activities aimed at this state (ISO3). */
  state?: string | null | undefined;
  /** Only activities in this moderation status. */
  status?: ActivityStatus | null | undefined;
  /** Starting on or before this day. */
  to?: string | null | undefined;
};

/** The kind of an outreach activity. */
export type ActivityKind =
  /** Advocacy, e.g. briefings, op-eds, statements. */
  | 'ADVOCACY'
  /** Anything the other kinds do not name. */
  | 'OTHER'
  /** A meeting of the states of a region. */
  | 'REGIONAL_MEETING'
  /** A translation of the ATT universalization toolkit or other guidance. */
  | 'TOOLKIT_TRANSLATION'
  /** A training course. */
  | 'TRAINING'
  /** Work on a UN General Assembly resolution on the treaty. */
  | 'UNGA_RESOLUTION'
  /** A workshop, national or regional. */
  | 'WORKSHOP';

/** DRAFT → SUBMITTED → PUBLISHED or REJECTED (a rejected one can be edited and submitted again). */
export type ActivityStatus =
  /** Written by its contributor, not yet submitted for moderation. */
  | 'DRAFT'
  /** Published by the Secretariat; public. */
  | 'PUBLISHED'
  /** Rejected by the Secretariat with a reason; can be edited and submitted again. */
  | 'REJECTED'
  /** Submitted for moderation, awaiting the Secretariat. */
  | 'SUBMITTED';

/** A new priority assessment of a state (the stepwise approach). */
export type AssessPriorityInput = {
  /** Default today. */
  assessedOn?: string | null | undefined;
  /** The CSP cycle, e.g. CSP12. */
  cycle?: string | null | undefined;
  /** Why this tier: the reasoning behind the assessment. */
  rationale: string;
  /** Where the assessment comes from (a document, a meeting, a contact). */
  source: string;
  /** The state assessed, by its ISO 3166-1 alpha-3 code. */
  stateIso3: string;
  /** The tier the state is placed in. */
  tier: PriorityTier;
};

/** A kind of help a state may need or a partner may offer. */
export type AssistanceKind =
  /** Building institutions, e.g. a national control system. */
  | 'INSTITUTIONAL'
  /** Legal drafting or review of national law against the treaty. */
  | 'LEGAL'
  /** Outreach and awareness raising. */
  | 'OUTREACH'
  /** Technical help. */
  | 'TECHNICAL'
  /** Training of officials. */
  | 'TRAINING'
  /** Translation of documents or guidance. */
  | 'TRANSLATION';

/** ATT regional group. */
export type AttRegion =
  /** Africa. */
  | 'AFRICA'
  /** The Americas. */
  | 'AMERICAS'
  /** Asia. */
  | 'ASIA'
  /** Europe. */
  | 'EUROPE'
  /** Oceania. */
  | 'OCEANIA';

/** Narrows the audit trail. */
export type AuditEventFilter = {
  /**
   * The token subject of whoever acted.
   *
   * Filters by a fact classified RESTRICTED (the Secretariat only).
   */
  actor?: string | null | undefined;
  /**
   * The id the client sent in `x-request-id`.
   *
   * Filters by a fact classified RESTRICTED (the Secretariat only).
   */
  clientRequestId?: string | null | undefined;
  /** Filters by a fact classified RESTRICTED (the Secretariat only). */
  kind?: AuditKind | null | undefined;
  /**
   * Entries about this record, alone or among others.
   *
   * Filters by a fact classified RESTRICTED (the Secretariat only).
   */
  recordId?: string | null | undefined;
  /** Filters by a fact classified RESTRICTED (the Secretariat only). */
  recordType?: string | null | undefined;
  /**
   * The hub's id of the request (its `x-request-id` response header).
   *
   * Filters by a fact classified RESTRICTED (the Secretariat only).
   */
  requestId?: string | null | undefined;
};

/** What an audit entry records. */
export type AuditKind =
  /** A write: a record created or changed. */
  | 'CHANGE'
  /** RESTRICTED facts read (the access log). */
  | 'READ';

/** An ATT body. */
export type BodyCode =
  /** The Conference of States Parties. */
  | 'CSP'
  /** The Management Committee. */
  | 'MANAGEMENT_COMMITTEE'
  /** The ATT Secretariat. */
  | 'SECRETARIAT'
  /** The Voluntary Trust Fund Selection Committee. */
  | 'VTF_SELECTION_COMMITTEE'
  /** The Working Group on Effective Treaty Implementation. */
  | 'WGETI'
  /** The Working Group on Transparency and Reporting. */
  | 'WGTR'
  /** The Working Group on Treaty Universalization. */
  | 'WGTU';

/** PUBLIC: everyone. PARTNER: any signed-in stakeholder, state contact or officer. TREATY_BODY: office holders of ATT bodies, regional champions, the Secretariat. RESTRICTED: the Secretariat, the CSP President, the WGTU co-chairs. */
export type Classification =
  /** Any signed-in stakeholder, state contact or officer. */
  | 'PARTNER'
  /** Everyone, signed in or not. */
  | 'PUBLIC'
  /** The Secretariat, the CSP President, the WGTU co-chairs (and the scoped grants a field names). */
  | 'RESTRICTED'
  /** Office holders of ATT bodies, regional champions, the Secretariat. */
  | 'TREATY_BODY';

/** A new activity, saved as a draft of the viewer's organisation (or its own). */
export type CreateActivityInput = {
  /** Who may see it once published (default PUBLIC). */
  classification?: Classification | null | undefined;
  /** What the activity is about. */
  description?: string | null | undefined;
  /** The last day, for an activity of several days. */
  endDate?: string | null | undefined;
  /** Any string unique to this submission: sending it again returns the same activity, never a second one. */
  idempotencyKey?: string | null | undefined;
  /** The kind of activity. */
  kind: ActivityKind;
  /** ISO 639-1 codes, e.g. km, my. */
  languages?: Array<string> | null | undefined;
  /** What came of it, once held. */
  outcome?: string | null | undefined;
  /** Where it is held, e.g. a city and country, or online. */
  place?: string | null | undefined;
  /** Where the information comes from. */
  source?: string | null | undefined;
  /** The (first) day it is held. */
  startDate?: string | null | undefined;
  /** The regions it is aimed at, when aimed at whole regions. */
  targetRegions?: Array<AttRegion> | null | undefined;
  /** ISO3 codes. */
  targetStates?: Array<string> | null | undefined;
  /** The activity's title. */
  title: string;
};

/** The first record of a state's national ratification or accession process. */
export type CreateNationalProcessInput = {
  /** Default today. */
  lastAssessed?: string | null | undefined;
  /** The next step expected in the process. */
  nextStep?: string | null | undefined;
  /** What holds the process back, as known. */
  obstacles?: string | null | undefined;
  /** Who takes the next step. */
  owner?: string | null | undefined;
  /** Where the assessment comes from (meeting, letter, report). */
  source: string;
  /** How far the process has come. */
  stage: ProcessStage;
  /** The state, by its ISO 3166-1 alpha-3 code. */
  stateIso3: string;
};

/** How much of a date is known: the day, only the year, or nothing but bounds. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** The date is not known (only its bounds, if any). */
  | 'UNKNOWN'
  /** Only the year is known. */
  | 'YEAR';

/** What a conference does with a proposal put to it. */
export type DecisionKind =
  /** The conference adopts it. */
  | 'ADOPT'
  /** The conference endorses it. */
  | 'ENDORSE'
  /** The conference takes note of it. */
  | 'TAKE_NOTE';

/** Whether the conference took a proposed decision; the draft report only proposes. */
export type DecisionStatus =
  /** The conference did not take it. */
  | 'NOT_TAKEN'
  /** Put to the conference; its outcome not yet recorded. */
  | 'PROPOSED'
  /** The conference took it. */
  | 'TAKEN';

/** How a contact with a state was made. */
export type EngagementKind =
  /** A bilateral meeting. */
  | 'BILATERAL_MEETING'
  /** A call. */
  | 'CALL'
  /** A letter. */
  | 'LETTER'
  /** Any other way. */
  | 'OTHER'
  /** A visit to the state. */
  | 'VISIT'
  /** A meeting on the side of a workshop. */
  | 'WORKSHOP_SIDE_MEETING';

/** Where follow-up work stands. */
export type FollowUpStatus =
  /** Done. */
  | 'DONE'
  /** Dropped without being done. */
  | 'DROPPED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'OPEN';

/** A file of activities to import as drafts: good rows are kept, each bad row comes back with its line and reason. */
export type ImportActivitiesInput = {
  /** CSV with a header row (kind,title,description,startDate,endDate,place,targetStates,targetRegions,languages,outcome,classification,source,key; lists separated by ";"), or a JSON array of objects with the same fields. At most 1,000 rows. */
  content: string;
  /** The file's format. */
  format: ImportFormat;
};

/** The format of an imported file. */
export type ImportFormat =
  /** Comma-separated values with a header row. */
  | 'CSV'
  /** A JSON array of objects. */
  | 'JSON';

/** The kind of instrument by which a state consented to be bound. */
export type InstrumentType =
  /** An instrument of acceptance. */
  | 'ACCEPTANCE'
  /** An instrument of accession (a state that did not sign). */
  | 'ACCESSION'
  /** An instrument of approval. */
  | 'APPROVAL'
  /** An instrument of ratification. */
  | 'RATIFICATION';

/** Where a match of a need with an offer stands. */
export type MatchStatus =
  /** Both sides agreed; the help is to be given. */
  | 'AGREED'
  /** The help was given. */
  | 'COMPLETED'
  /** One side declined. */
  | 'DECLINED'
  /** Proposed, not yet agreed. */
  | 'PROPOSED';

/** An activity to submit, publish or reject, at the version last read. */
export type ModerateActivityInput = {
  /** The global ID of the activity. */
  id: string | number;
  /** Required when rejecting. */
  reason?: string | null | undefined;
  /** The version last read; if the activity changed since, nothing is done (CONFLICT). */
  version: number;
};

/** Narrows a list of national processes. */
export type NationalProcessFilter = {
  /** Filters by a fact classified RESTRICTED (also: the state's own national point of contact; the Vice-President coordinating the state's region). */
  region?: AttRegion | null | undefined;
  /** Filters by a fact classified RESTRICTED (also: the state's own national point of contact; the Vice-President coordinating the state's region). */
  stage?: ProcessStage | null | undefined;
};

/** Where a stated need stands. */
export type NeedStatus =
  /** Matched with an offer. */
  | 'MATCHED'
  /** Met. */
  | 'MET'
  /** Awaiting a match. */
  | 'OPEN'
  /** Withdrawn by or for the state. */
  | 'WITHDRAWN';

/** A new offer of assistance by the viewer's organisation. */
export type OfferAssistanceInput = {
  /** The last day the offer stands, if it ends. */
  availableUntil?: string | null | undefined;
  /** What is offered. */
  description: string;
  /** The kinds of help offered. */
  kinds: Array<AssistanceKind>;
  /** Regions covered; none: any. */
  regions?: Array<AttRegion> | null | undefined;
};

/** An office in an ATT body, or a role beside them. */
export type OfficeKind =
  /** Chair of a body. */
  | 'CHAIR'
  /** Co-chair of a working group. */
  | 'CO_CHAIR'
  /** Head of the Secretariat. */
  | 'HEAD'
  /** A state's national point of contact for the treaty (no ATT body). */
  | 'NATIONAL_POINT_OF_CONTACT'
  /** President of the Conference of States Parties. */
  | 'PRESIDENT'
  /** A State Party volunteering to support universalization in a region. */
  | 'REGIONAL_CHAMPION'
  /** A staff member (of the Secretariat, or of a partner organisation). */
  | 'STAFF'
  /** Vice-President of the Conference of States Parties. */
  | 'VICE_PRESIDENT';

/** The direction of an order. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** A state's standing under the treaty, derived from its treaty actions. */
export type ParticipationStatus =
  /** Neither signed nor joined. */
  | 'NON_SIGNATORY'
  /** Signed, not yet consented to be bound. */
  | 'SIGNATORY'
  /** Has consented to be bound (ratification, acceptance, approval or accession). */
  | 'STATE_PARTY';

/** Stepwise approach: 1 signatories, 2 states ready to join soon, 3 the others. */
export type PriorityTier =
  /** Tier 1: signatories. */
  | 'TIER_1_SIGNATORY'
  /** Tier 2: states ready to join soon. */
  | 'TIER_2_READY_SOON'
  /** Tier 3: the other states. */
  | 'TIER_3_OTHER';

/** How far a state's ratification or accession process has come. */
export type ProcessStage =
  /** The instrument is deposited. */
  | 'DEPOSITED'
  /** Reviewing national law against the treaty, inter-ministerial consultation. */
  | 'DOMESTIC_REVIEW'
  /** Not started. */
  | 'NOT_STARTED'
  /** Before parliament. */
  | 'PARLIAMENTARY_APPROVAL'
  /** Approved; the instrument is yet to be deposited. */
  | 'READY_TO_DEPOSIT'
  /** Being considered by the government. */
  | 'UNDER_CONSIDERATION';

/** A need matched with an offer. */
export type ProposeMatchInput = {
  /** The global ID of the need. */
  needId: string | number;
  /** A note for both sides. */
  note?: string | null | undefined;
  /** The global ID of the offer. */
  offerId: string | number;
};

/** How a date or fact was established. */
export type ProvenanceBasis =
  /** Computed by the treaty's rules (Article 22) from a deposit date. */
  | 'COMPUTED'
  /** Worked back from another sourced date (e.g. entry into force minus 90 days). */
  | 'DERIVED'
  /** Implied by the treaty's rules (ratification presupposes signature), date not sourced. */
  | 'INFERRED'
  /** Stated by a cited source. */
  | 'SOURCED';

/** A contact made with a state (or a regional organisation). */
export type RecordEngagementInput = {
  /** Who was met on the state's side. */
  counterpart?: string | null | undefined;
  /** When the contact was made. */
  date?: string | null | undefined;
  /** How the contact was made. */
  kind: EngagementKind;
  /** The next step agreed. */
  nextStep?: string | null | undefined;
  /** When the next step is due. */
  nextStepDue?: string | null | undefined;
  /** In what capacity, e.g. "Vice-President for Africa", "regional champion". */
  onBehalfOf: string;
  /** A regional organisation contacted instead of a state. */
  organisationContacted?: string | null | undefined;
  /** What came of it. */
  outcome?: string | null | undefined;
  /** Needed only without a state (it is the state's region otherwise). */
  region?: AttRegion | null | undefined;
  /** The state contacted (ISO3); or give organisationContacted and region. */
  stateIso3?: string | null | undefined;
  /** What was discussed. */
  summary: string;
};

/** Narrows a list of states. */
export type StateFilter = {
  /**
   * States whose current priority tier is this one. Needs the right to read State.currentPriority; matches only the states whose tier the viewer may see.
   *
   * Filters by a fact classified RESTRICTED (also: the state's own national point of contact; the Vice-President coordinating the state's region).
   */
  priorityTier?: PriorityTier | null | undefined;
  /** Only the states of this region. */
  region?: AttRegion | null | undefined;
  /** States whose status on `statusAsOf` is certainly this one. */
  status?: ParticipationStatus | null | undefined;
  /** The day for `status` and `statusUndetermined` (default today). */
  statusAsOf?: string | null | undefined;
  /** true: only states whose status on `statusAsOf` the data cannot decide; false: only those it can. */
  statusUndetermined?: boolean | null | undefined;
  /** Only members (true) or non-members (false) of the United Nations. */
  unMember?: boolean | null | undefined;
};

/** A need stated by or for a state. */
export type StateNeedInput = {
  /** What is needed. */
  description: string;
  /** The kind of help needed. */
  kind: AssistanceKind;
  /** The state, by its ISO 3166-1 alpha-3 code. */
  stateIso3: string;
  /** Who states it, e.g. "National point of contact". */
  statedBy: string;
  /** Default today. */
  statedOn?: string | null | undefined;
};

/** The order of a list of states. */
export type StateOrder = {
  /** Ascending (default) or descending. */
  direction?: OrderDirection;
  /** What the states are ordered by (default: name). */
  field: StateOrderField;
};

/** NAME orders by the English name; CONSENT_DATE by the deposit date (a year-only date at its first day; states with an unknown date or none last). */
export type StateOrderField =
  /** The ISO 3166-1 alpha-3 code. */
  | 'CODE'
  /** The date of the state's consent to be bound. */
  | 'CONSENT_DATE'
  /** The English name. */
  | 'NAME';

/** A step a state takes under the treaty. */
export type TreatyActionKind =
  /** Deposit of the instrument of ratification, acceptance, approval or accession. */
  | 'CONSENT'
  /** Entry into force for the state (Article 22). */
  | 'ENTRY_INTO_FORCE'
  /** Signature. */
  | 'SIGNATURE';

/** A change to an activity the viewer may edit, at the version last read. */
export type UpdateActivityInput = {
  /** Who may see it once published (default PUBLIC). */
  classification?: Classification | null | undefined;
  /** What the activity is about. */
  description?: string | null | undefined;
  /** The last day, for an activity of several days. */
  endDate?: string | null | undefined;
  /** The global ID of the activity. */
  id: string | number;
  /** The kind of activity. */
  kind?: ActivityKind | null | undefined;
  /** ISO 639-1 codes, e.g. km, my. */
  languages?: Array<string> | null | undefined;
  /** What came of it, once held. */
  outcome?: string | null | undefined;
  /** Where it is held, e.g. a city and country, or online. */
  place?: string | null | undefined;
  /** Where the information comes from. */
  source?: string | null | undefined;
  /** The (first) day it is held. */
  startDate?: string | null | undefined;
  /** The regions it is aimed at, when aimed at whole regions. */
  targetRegions?: Array<AttRegion> | null | undefined;
  /** ISO3 codes. */
  targetStates?: Array<string> | null | undefined;
  /** The activity's title. */
  title?: string | null | undefined;
  /** The version last read; if the activity changed since, nothing is changed (CONFLICT). */
  version: number;
};

/** A change to an engagement, at the version last read. */
export type UpdateEngagementInput = {
  /** Who was met on the state's side. */
  counterpart?: string | null | undefined;
  /** When the contact was made. */
  date?: string | null | undefined;
  /** The global ID of the engagement. */
  id: string | number;
  /** How the contact was made. */
  kind?: EngagementKind | null | undefined;
  /** The next step agreed. */
  nextStep?: string | null | undefined;
  /** When the next step is due. */
  nextStepDue?: string | null | undefined;
  /** What came of it. */
  outcome?: string | null | undefined;
  /** What was discussed. */
  summary?: string | null | undefined;
  /** The version last read; if the engagement changed since, nothing is changed (CONFLICT). */
  version: number;
};

/** A change to follow-up work, at the version last read. */
export type UpdateFollowUpActionInput = {
  /** Default today when the status becomes DONE. */
  completedOn?: string | null | undefined;
  /** When it is due. */
  dueOn?: string | null | undefined;
  /** The global ID of the follow-up action. */
  id: string | number;
  /** Progress notes of the treaty bodies. */
  notes?: string | null | undefined;
  /** Who owns it, e.g. "ATT Secretariat", "WGTU co-chairs". */
  owner?: string | null | undefined;
  /** Where the work stands. */
  status?: FollowUpStatus | null | undefined;
  /** The version last read; if the action changed since, nothing is changed (CONFLICT). */
  version: number;
};

/** A change to a match, at the version last read. */
export type UpdateMatchInput = {
  /** The global ID of the match. */
  id: string | number;
  /** A note for both sides. */
  note?: string | null | undefined;
  /** Where the match stands. */
  status: MatchStatus;
  /** The version last read; if the match changed since, nothing is changed (CONFLICT). */
  version: number;
};

/** A change to a national process, at the version last read. */
export type UpdateNationalProcessInput = {
  /** The global ID of the national process. */
  id: string | number;
  /** When the process was last assessed. */
  lastAssessed?: string | null | undefined;
  /** The next step expected in the process. */
  nextStep?: string | null | undefined;
  /** What holds the process back, as known. */
  obstacles?: string | null | undefined;
  /** Who takes the next step. */
  owner?: string | null | undefined;
  /** Where this assessment comes from. */
  source?: string | null | undefined;
  /** How far the process has come. */
  stage?: ProcessStage | null | undefined;
  /** The version the change is based on; a stale one is a CONFLICT. */
  version: number;
};

/** What kind of mistake a user error is. */
export type UserErrorCode =
  /** The record changed since the version sent: read it again. */
  | 'CONFLICT'
  /** Such a record exists already. */
  | 'DUPLICATE'
  /** The viewer may not make this change. */
  | 'FORBIDDEN'
  /** A value breaks a rule (its message says which). */
  | 'INVALID'
  /** No such record, or none the viewer may see. */
  | 'NOT_FOUND';

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { activity: { id: string, version: number | null, status: ActivityStatus, title: string, organiserName: string, organiser: { name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SubmitActivityMutationVariables = Exact<{
  input: ModerateActivityInput;
}>;


export type SubmitActivityMutation = { submitActivity: { activity: { id: string, version: number | null, status: ActivityStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PublishActivityMutationVariables = Exact<{
  input: ModerateActivityInput;
}>;


export type PublishActivityMutation = { publishActivity: { activity: { id: string, version: number | null, status: ActivityStatus } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RejectActivityMutationVariables = Exact<{
  input: ModerateActivityInput;
}>;


export type RejectActivityMutation = { rejectActivity: { activity: { id: string, version: number | null, status: ActivityStatus, rejectionReason: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ImportActivitiesMutationVariables = Exact<{
  input: ImportActivitiesInput;
}>;


export type ImportActivitiesMutation = { importActivities: { alreadyImported: number, created: Array<{ title: string, status: ActivityStatus, languages: Array<string>, targetStates: Array<{ iso3: string }> }>, rowErrors: Array<{ line: number, field: string | null, message: string }>, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ActivitiesListQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
}>;


export type ActivitiesListQuery = { activities: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ActivityStatus, kind: ActivityKind, startDate: string | null, place: string | null, languages: Array<string>, source: string | null } }> } };

export type StateNeedMutationVariables = Exact<{
  input: StateNeedInput;
}>;


export type StateNeedMutation = { stateNeed: { need: { id: string, kind: AssistanceKind | null, status: NeedStatus | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type SuggestionsQueryVariables = Exact<{
  needId: string | number;
}>;


export type SuggestionsQuery = { matchSuggestions: Array<{ score: number, reasons: Array<string>, offer: { id: string, providerName: string | null } }> | null };

export type ProposeMatchMutationVariables = Exact<{
  input: ProposeMatchInput;
}>;


export type ProposeMatchMutation = { proposeMatch: { match: { id: string, version: number | null, status: MatchStatus | null, need: { status: NeedStatus | null } | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type UpdateMatchMutationVariables = Exact<{
  input: UpdateMatchInput;
}>;


export type UpdateMatchMutation = { updateMatch: { match: { status: MatchStatus | null, need: { status: NeedStatus | null } | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type OfferMutationVariables = Exact<{
  input: OfferAssistanceInput;
}>;


export type OfferMutation = { offerAssistance: { offer: { providerName: string | null, kinds: Array<AssistanceKind> | null, regions: Array<AttRegion> | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type OpenNeedsQueryVariables = Exact<{
  region?: AttRegion | null | undefined;
}>;


export type OpenNeedsQuery = { needs: { totalCount: number, edges: Array<{ node: { id: string, kind: AssistanceKind | null, description: string | null, state: { iso3: string } | null } }> } | null };

export type ComorosProcessQueryVariables = Exact<{ [key: string]: never; }>;


export type ComorosProcessQuery = { state: { iso3: string, nationalProcess: { stage: ProcessStage | null } | null } | null };

export type ProcessesListQueryVariables = Exact<{
  filter?: NationalProcessFilter | null | undefined;
}>;


export type ProcessesListQuery = { nationalProcesses: { totalCount: number, edges: Array<{ node: { stage: ProcessStage | null, state: { iso3: string } | null } }> } | null };

export type ProcessNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ProcessNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { stage: ProcessStage | null, obstacles: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type StatesByTierQueryVariables = Exact<{
  tier?: PriorityTier | null | undefined;
}>;


export type StatesByTierQuery = { states: { totalCount: number, edges: Array<{ node: { iso3: string, region: AttRegion } }> } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { viewer: { signedIn: boolean, name: string | null, level: Classification, coordinatedRegions: Array<AttRegion>, ownStates: Array<{ iso3: string }> } };

export type RecordEngagementMutationVariables = Exact<{
  input: RecordEngagementInput;
}>;


export type RecordEngagementMutation = { recordEngagement: { engagement: { id: string, version: number | null, date: string | null, kind: EngagementKind | null, region: AttRegion | null, summary: string | null, state: { iso3: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type UpdateEngagementMutationVariables = Exact<{
  input: UpdateEngagementInput;
}>;


export type UpdateEngagementMutation = { updateEngagement: { engagement: { outcome: string | null, nextStep: string | null, version: number | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type StateEngagementsQueryVariables = Exact<{
  iso3: string;
}>;


export type StateEngagementsQuery = { state: { engagements: Array<{ summary: string | null, onBehalfOf: string | null }> | null } | null };

export type RegionEngagementsQueryVariables = Exact<{
  region?: AttRegion | null | undefined;
}>;


export type RegionEngagementsQuery = { engagements: { totalCount: number, edges: Array<{ node: { summary: string | null, organisationContacted: string | null } }> } | null };

export type StateByCodeQueryVariables = Exact<{
  iso3: string;
}>;


export type StateByCodeQuery = { state: { iso3: string } | null };

export type SummaryOnQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type SummaryOnQuery = { participationSummary: { statesParties: number } };

export type FirstStatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FirstStatesQuery = { states: { totalCount: number, edges: Array<{ node: { iso3: string } }> } };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { stage: ProcessStage | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { iso3: string, id: string }
    | { id: string }
    | { id: string }
   | null> };

export type NodeOneQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeOneQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type FirstStateIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstStateIdsQuery = { states: { edges: Array<{ node: { id: string, iso3: string } }> } };

export type SummaryQueryVariables = Exact<{
  asOf?: string | null | undefined;
  region?: AttRegion | null | undefined;
}>;


export type SummaryQuery = { participationSummary: { asOf: string, region: AttRegion | null, statesParties: number, signatories: number, nonSignatories: number, undetermined: number, inForce: number, inForceUndetermined: number, total: number, byRegion: Array<{ region: AttRegion, statesParties: number, signatories: number, nonSignatories: number, undetermined: number, total: number }> } };

export type StateDetailQueryVariables = Exact<{
  iso3: string;
  asOf?: string | null | undefined;
}>;


export type StateDetailQuery = { state: { id: string, iso3: string, iso2: string, region: AttRegion, unMember: boolean, note: string | null, status: ParticipationStatus | null, possibleStatuses: Array<ParticipationStatus>, inForce: boolean | null, ar: string, zh: string, en: string, fr: string, ru: string, es: string, actions: Array<{ id: string, kind: TreatyActionKind, instrument: InstrumentType | null, basis: ProvenanceBasis, note: string | null, date: { precision: DatePrecision, date: string | null, year: number | null, earliest: string, latest: string }, sources: Array<{ id: string, title: string, confidence: string }> }> } | null };

export type StatesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StateFilter | null | undefined;
  orderBy?: StateOrder | null | undefined;
}>;


export type StatesPageQuery = { states: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { iso3: string, name: string, region: AttRegion, status: ParticipationStatus | null } }> } };

export type NodeLookupQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeLookupQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { iso3: string, id: string }
    | { kind: TreatyActionKind, id: string, state: { iso3: string } }
    | { id: string }
   | null };

export type WgtuMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WgtuMeetingsQuery = { meetings: Array<{ id: string, title: string, date: string, ordinal: number | null, livestreamed: boolean | null, reportedAt: string | null, cycle: { code: string } | null, reportedIn: { title: string | null, issuedOn: string | null } | null, points: Array<{ label: string, speaker: string | null, text: string, textZh: string | null, states: Array<{ iso3: string }> }> }> };

export type ProposalElementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalElementsQuery = { proposalElements: Array<{ label: string, key: string, title: string | null, situation: string | null, rationale: string | null, implementation: string | null, resources: string | null, recommendation: string | null, titleZh: string | null, recommendationZh: string | null, recommendationFr: string | null }> };

export type Csp9DecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type Csp9DecisionsQuery = { decisions: Array<{ reference: string, kind: DecisionKind, status: DecisionStatus, text: string, document: { title: string | null }, followUps: Array<{ owner: string, status: FollowUpStatus }> }>, document: { title: string | null, note: string | null, cycle: { code: string } | null } | null };

export type OpenFollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenFollowUpsQuery = { followUpActions: Array<{ id: string, version: number | null, description: string, owner: string, status: FollowUpStatus, notes: string | null, dueInCycle: { code: string } | null, decision: { reference: string } }> };

export type UpdateFollowUpMutationVariables = Exact<{
  input: UpdateFollowUpActionInput;
}>;


export type UpdateFollowUpMutation = { updateFollowUpAction: { followUpAction: { status: FollowUpStatus, completedOn: string | null, notes: string | null, version: number | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type HoldingsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  cycle?: string | null | undefined;
  body?: BodyCode | null | undefined;
}>;


export type HoldingsQuery = { officeHoldings: Array<{ body: BodyCode | null, office: OfficeKind, cycle: string | null, validFrom: string | null, validTo: string | null, demo: boolean, source: string | null, person: { name: string }, representingState: { iso3: string } | null }> };

export type CreateProcessMutationVariables = Exact<{
  input: CreateNationalProcessInput;
}>;


export type CreateProcessMutation = { createNationalProcess: { nationalProcess: { id: string, stage: ProcessStage | null, version: number | null, state: { iso3: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateProcessMutationVariables = Exact<{
  input: UpdateNationalProcessInput;
}>;


export type UpdateProcessMutation = { updateNationalProcess: { nationalProcess: { id: string, stage: ProcessStage | null, obstacles: string | null, version: number | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AssessPriorityMutationVariables = Exact<{
  input: AssessPriorityInput;
}>;


export type AssessPriorityMutation = { assessPriority: { priorityAssessment: { id: string, tier: PriorityTier | null, version: number | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type PriorityHistoryQueryVariables = Exact<{
  iso3: string;
}>;


export type PriorityHistoryQuery = { state: { currentPriority: { tier: PriorityTier | null, rationale: string | null } | null, priorityAssessments: Array<{ tier: PriorityTier | null, assessedOn: string | null }> | null } | null };

export type TrailQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type TrailQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { kind: AuditKind | null, actor: string | null, action: string | null, requestId: string | null, clientRequestId: string | null, recordType: string | null, recordId: string | null, recordIds: Array<string> | null, changes: unknown, fields: Array<string> | null } }> } | null };

export type PlanProgressOnQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PlanProgressOnQuery = { plans: Array<{ name: string, focusRegions: Array<AttRegion>, periodFrom: string, periodTo: string, progress: { measuredTo: string, undetermined: number, activitiesHeld: number, needsMatched: number | null, signatoriesToParties: Array<{ iso3: string }>, nonSignatoriesToSignatories: Array<{ iso3: string }>, nonSignatoriesToParties: Array<{ iso3: string }> } }> };

export type PipelineQueryVariables = Exact<{
  region?: AttRegion | null | undefined;
}>;


export type PipelineQuery = { pipeline: Array<{ tier: PriorityTier, entries: Array<{ stage: ProcessStage | null, lastEngagementOn: string | null, state: { iso3: string } }> }> | null };

export type ChairBriefingQueryVariables = Exact<{
  iso3: string;
}>;


export type ChairBriefingQuery = { state: { name: string, status: ParticipationStatus | null, inForce: boolean | null, actions: Array<{ kind: TreatyActionKind, date: { precision: DatePrecision, date: string | null } }>, activities: Array<{ title: string }>, needs: Array<{ kind: AssistanceKind | null, status: NeedStatus | null, matches: Array<{ status: MatchStatus | null, offer: { providerName: string | null } | null }> | null }> | null, vtfProjects: Array<{ title: string, year: number }>, sponsorshipAwards: Array<{ meeting: string }>, coordinators: Array<{ person: { name: string } }>, champions: Array<{ representingState: { iso3: string } | null }>, currentPriority: { tier: PriorityTier | null } | null, nationalProcess: { stage: ProcessStage | null } | null, engagements: Array<{ summary: string | null }> | null } | null };

export type RegionViewQueryVariables = Exact<{
  code: AttRegion;
}>;


export type RegionViewQuery = { region: { participation: { statesParties: number, signatories: number, nonSignatories: number }, coordinators: Array<{ person: { name: string } }>, champions: Array<{ representingState: { iso3: string } | null }>, pipeline: Array<{ tier: PriorityTier, entries: Array<{ state: { iso3: string } }> }> | null, needs: Array<{ kind: AssistanceKind | null, state: { iso3: string } | null }> | null, activities: Array<{ title: string }> } };

export type UrqlSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type UrqlSummaryQuery = { participationSummary: { total: number } };

export type UrqlComorosStageQueryVariables = Exact<{
  iso3: string;
}>;


export type UrqlComorosStageQuery = { state: { iso3: string, nationalProcess: { stage: ProcessStage | null } | null } | null };

export type UrqlCreateDraftMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type UrqlCreateDraftMutation = { createActivity: { activity: { title: string, status: ActivityStatus } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type UrqlFirstIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type UrqlFirstIdsQuery = { states: { edges: Array<{ node: { id: string } }> } };

export type UrqlNodeIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type UrqlNodeIdsQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type CreateDraftMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateDraftMutation = { createActivity: { activity: { id: string, version: number | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type EditDraftMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;


export type EditDraftMutation = { updateActivity: { activity: { version: number | null, description: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ChangesOfQueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type ChangesOfQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { action: string | null, changes: unknown } }> } | null };


export const CreateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const SubmitActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitActivityMutation, SubmitActivityMutationVariables>;
export const PublishActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PublishActivityMutation, PublishActivityMutationVariables>;
export const RejectActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RejectActivityMutation, RejectActivityMutationVariables>;
export const ImportActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportActivitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportActivitiesMutation, ImportActivitiesMutationVariables>;
export const ActivitiesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitiesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesListQuery, ActivitiesListQueryVariables>;
export const StateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StateNeedMutation, StateNeedMutationVariables>;
export const SuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsQuery, SuggestionsQueryVariables>;
export const ProposeMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeMatchMutation, ProposeMatchMutationVariables>;
export const UpdateMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMatchMutation, UpdateMatchMutationVariables>;
export const OfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Offer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferAssistanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerAssistance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OfferMutation, OfferMutationVariables>;
export const OpenNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenNeedsQuery, OpenNeedsQueryVariables>;
export const ComorosProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComorosProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"StringValue","value":"COM","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<ComorosProcessQuery, ComorosProcessQueryVariables>;
export const ProcessesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalProcessFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalProcesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcessesListQuery, ProcessesListQueryVariables>;
export const ProcessNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalProcess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"obstacles"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessNodeQuery, ProcessNodeQueryVariables>;
export const StatesByTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatesByTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityTier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"priorityTier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatesByTierQuery, StatesByTierQueryVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatedRegions"}},{"kind":"Field","name":{"kind":"Name","value":"ownStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const RecordEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEngagementMutation, RecordEngagementMutationVariables>;
export const UpdateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementMutation, UpdateEngagementMutationVariables>;
export const StateEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"}}]}}]}}]}}]} as unknown as DocumentNode<StateEngagementsQuery, StateEngagementsQueryVariables>;
export const RegionEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"organisationContacted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionEngagementsQuery, RegionEngagementsQueryVariables>;
export const StateByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]} as unknown as DocumentNode<StateByCodeQuery, StateByCodeQueryVariables>;
export const SummaryOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SummaryOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statesParties"}}]}}]}}]} as unknown as DocumentNode<SummaryOnQuery, SummaryOnQueryVariables>;
export const FirstStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstStatesQuery, FirstStatesQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalProcess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const NodeOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeOneQuery, NodeOneQueryVariables>;
export const FirstStateIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstStateIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstStateIdsQuery, FirstStateIdsQueryVariables>;
export const SummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Summary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"statesParties"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatories"}},{"kind":"Field","name":{"kind":"Name","value":"undetermined"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"inForceUndetermined"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"statesParties"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatories"}},{"kind":"Field","name":{"kind":"Name","value":"undetermined"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<SummaryQuery, SummaryQueryVariables>;
export const StateDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"unMember"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","alias":{"kind":"Name","value":"ar"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"AR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"zh"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ZH"}}]},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"fr"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"ru"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"es"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ES"}}]},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"possibleStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateDetailQuery, StateDetailQueryVariables>;
export const StatesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StateOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatesPageQuery, StatesPageQueryVariables>;
export const NodeLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatyAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeLookupQuery, NodeLookupQueryVariables>;
export const WgtuMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WgtuMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"EnumValue","value":"WGTU"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"livestreamed"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WgtuMeetingsQuery, WgtuMeetingsQueryVariables>;
export const ProposalElementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"titleZh"},"name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ZH"}}]},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"implementation"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","alias":{"kind":"Name","value":"recommendationZh"},"name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ZH"}}]},{"kind":"Field","alias":{"kind":"Name","value":"recommendationFr"},"name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]} as unknown as DocumentNode<ProposalElementsQuery, ProposalElementsQueryVariables>;
export const Csp9DecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Csp9Decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decidedBy"},"value":{"kind":"StringValue","value":"CSP9","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"StringValue","value":"ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<Csp9DecisionsQuery, Csp9DecisionsQueryVariables>;
export const OpenFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"decidedBy"},"value":{"kind":"StringValue","value":"CSP9","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"dueInCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<OpenFollowUpsQuery, OpenFollowUpsQueryVariables>;
export const UpdateFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFollowUpMutation, UpdateFollowUpMutationVariables>;
export const HoldingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Holdings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycle"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeHoldings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"cycle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycle"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representingState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]} as unknown as DocumentNode<HoldingsQuery, HoldingsQueryVariables>;
export const CreateProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNationalProcessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNationalProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProcessMutation, CreateProcessMutationVariables>;
export const UpdateProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNationalProcessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNationalProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"obstacles"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProcessMutation, UpdateProcessMutationVariables>;
export const AssessPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AssessPriorityMutation, AssessPriorityMutationVariables>;
export const PriorityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriorityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPriority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}}]}}]}}]}}]} as unknown as DocumentNode<PriorityHistoryQuery, PriorityHistoryQueryVariables>;
export const TrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"clientRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordIds"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrailQuery, TrailQueryVariables>;
export const PlanProgressOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanProgressOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"focusRegions"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredTo"}},{"kind":"Field","name":{"kind":"Name","value":"signatoriesToParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatoriesToSignatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatoriesToParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undetermined"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"needsMatched"}}]}}]}}]}}]} as unknown as DocumentNode<PlanProgressOnQuery, PlanProgressOnQueryVariables>;
export const PipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagementOn"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineQuery, PipelineQueryVariables>;
export const ChairBriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChairBriefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtfProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipAwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"champions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representingState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPriority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<ChairBriefingQuery, ChairBriefingQueryVariables>;
export const RegionViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statesParties"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"champions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representingState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RegionViewQuery, RegionViewQueryVariables>;
export const UrqlSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UrqlSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<UrqlSummaryQuery, UrqlSummaryQueryVariables>;
export const UrqlComorosStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UrqlComorosStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<UrqlComorosStageQuery, UrqlComorosStageQueryVariables>;
export const UrqlCreateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UrqlCreateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UrqlCreateDraftMutation, UrqlCreateDraftMutationVariables>;
export const UrqlFirstIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UrqlFirstIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UrqlFirstIdsQuery, UrqlFirstIdsQueryVariables>;
export const UrqlNodeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UrqlNodeIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UrqlNodeIdsQuery, UrqlNodeIdsQueryVariables>;
export const CreateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDraftMutation, CreateDraftMutationVariables>;
export const EditDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditDraftMutation, EditDraftMutationVariables>;
export const ChangesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CHANGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"recordType"},"value":{"kind":"StringValue","value":"Activity","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesOfQuery, ChangesOfQueryVariables>;