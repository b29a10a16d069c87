/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** An appointment to an office of an ATT body. */
export type AppointOfficeHolderInput = {
  /** The body whose office it is. */
  body: BodyCode;
  /** The cycle, e.g. CSP13. */
  cycle?: string | null | undefined;
  /** A note on the appointment. */
  note?: string | null | undefined;
  /** The office. */
  office: OfficeKind;
  /** A person the hub knows (e.g. one who signs in); or give personName. */
  personId?: string | number | null | undefined;
  /** The name of a person new to the hub, e.g. "Ambassador Jane Doe". */
  personName?: string | null | undefined;
  /** The region a Vice-President coordinates or a champion serves. */
  region?: AttRegion | null | undefined;
  /** ISO3 of the state the holder represents. */
  representingState?: string | null | undefined;
  /** Where the appointment is recorded, e.g. a decision or letter of the President. */
  source: string;
  /** First day of the term. */
  validFrom: string;
  /** Last day of the term, when the appointment gives it. */
  validTo?: string | null | undefined;
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

/** An ATT body. */
export type BodyCode =
  /** The Conference of States Parties. */
  | 'CSP'
  /** The Diversion Information Exchange Forum. */
  | 'DIVERSION_INFORMATION_EXCHANGE_FORUM'
  /** The Management Committee. */
  | 'MANAGEMENT_COMMITTEE'
  /** The ATT Secretariat. */
  | 'SECRETARIAT'
  /** The Voluntary Trust Fund Selection Committee. */
  | 'VTF_SELECTION_COMMITTEE'
  /** The Working Group on Effective Treaty Implementation. */
  | 'WGETI'
  /** The WGETI sub-working group on Articles 6 and 7. */
  | 'WGETI_SWG_ARTICLES_6_7'
  /** The WGETI sub-working group on Article 5. */
  | 'WGETI_SWG_ARTICLE_5'
  /** The WGETI sub-working group on Article 9. */
  | 'WGETI_SWG_ARTICLE_9'
  /** The WGETI sub-working group on Article 11. */
  | 'WGETI_SWG_ARTICLE_11'
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

/** What the conference did with a proposal; NOT_RECORDED until a source says. */
export type DecisionOutcome =
  /** Adopted. */
  | 'ADOPTED'
  /** Deferred to a later meeting. */
  | 'DEFERRED'
  /** Endorsed. */
  | 'ENDORSED'
  /** Noted. */
  | 'NOTED'
  /** No outcome recorded yet. */
  | 'NOT_RECORDED'
  /** Rejected. */
  | 'REJECTED';

/** Whether the conference took a proposed decision; the draft report only proposes. */
export type DecisionStatus =
  /** The conference did not take it. */
  | 'NOT_TAKEN'
  /** Put to the conference; its outcome not yet recorded. */
  | 'PROPOSED'
  /** The conference took it. */
  | 'TAKEN';

/** The end of a term of office, at the version last read. */
export type EndOfficeHoldingInput = {
  /** The global ID of the office holding. */
  id: string | number;
  /** Where the end is recorded. */
  source: string;
  /** Last day of the term: the holder keeps the office's rights through that day, not after. */
  validTo: string;
  /** The version last read; if the holding changed since, nothing is changed (CONFLICT). */
  version: number;
};

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

/** ATT_VTF: the ATT Voluntary Trust Fund. ATT_SPONSORSHIP: the ATT Sponsorship Programme. UNSCAR: the UN Trust Facility Supporting Cooperation on Arms Regulation. EU_ATT_OUTREACH: the EU's ATT Outreach Project (Council Decisions 2013/768/CFSP and after). */
export type FundingMechanism =
  /** The ATT Sponsorship Programme. */
  | 'ATT_SPONSORSHIP'
  /** The ATT Voluntary Trust Fund. */
  | 'ATT_VTF'
  /** Bilateral support from one state to another. */
  | 'BILATERAL'
  /** The European Union's ATT outreach project. */
  | 'EU_ATT_OUTREACH'
  /** Another mechanism. */
  | 'OTHER'
  /** The UN Trust Facility Supporting Cooperation on Arms Regulation. */
  | 'UNSCAR';

/** A file of activities to import as drafts: good rows are kept, each bad row comes back with its line and reason. */
export type ImportActivitiesInput = {
  /** CSV with a header row (kind,title,description,startDate,endDate,place,targetStates,targetRegions,languages,outcome,classification,source,key; separated by "," ";" or a tab, as the header line shows; a byte-order mark and quoted line breaks are read; lists separated by ";"), a JSON array of objects with the same fields, or an .xlsx workbook base64-encoded. A column or key the import does not know is an error (with the likely column it meant), never dropped. At most 1,000 rows. */
  content: string;
  /** A preview: every row is checked and every error returned, and nothing is kept (newRows says how many would be created). */
  dryRun?: boolean | null | undefined;
  /** The file's format. */
  format: ImportFormat;
};

/** The format of an imported file. */
export type ImportFormat =
  /** Comma-separated values with a header row. */
  | 'CSV'
  /** A JSON array of objects. */
  | 'JSON'
  /** An Excel workbook (.xlsx), base64-encoded: the first sheet, its first row naming the columns. */
  | 'XLSX';

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

/** The six official UN languages. */
export type Language =
  /** Arabic. */
  | 'AR'
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES'
  /** French. */
  | 'FR'
  /** Russian. */
  | 'RU'
  /** Chinese. */
  | 'ZH';

/** An activity to submit, publish or reject, at the version last read. */
export type ModerateActivityInput = {
  /** The global ID of the activity. */
  id: string | number;
  /** Required when rejecting. */
  reason?: string | null | undefined;
  /** The version last read; if the activity changed since, nothing is done (CONFLICT). */
  version: number;
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

/** An office in an ATT body, or a role beside them. */
export type OfficeKind =
  /** Chair of a body. */
  | 'CHAIR'
  /** Co-chair of a working group. */
  | 'CO_CHAIR'
  /** Facilitates a sub-working group. */
  | 'FACILITATOR'
  /** Head of the Secretariat. */
  | 'HEAD'
  /** A member of a committee (e.g. a regional group's representative on the Management Committee). */
  | 'MEMBER'
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

/** What kind of organisation a partner is. */
export type OrganisationKind =
  /** A university or research institute. */
  | 'ACADEMIA'
  /** A civil society organisation. */
  | 'CIVIL_SOCIETY'
  /** An industry association or company. */
  | 'INDUSTRY'
  /** An international organisation. */
  | 'INTERNATIONAL'
  /** A media organisation. */
  | 'MEDIA'
  /** A state's agency implementing others' projects, e.g. BAFA or Expertise France for the EU. */
  | 'NATIONAL_AGENCY'
  /** A regional organisation. */
  | 'REGIONAL'
  /** A research organisation. */
  | 'RESEARCH';

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

/** The outcome of a decision, at the version last read. */
export type RecordDecisionOutcomeInput = {
  /** The global ID of the decision. */
  id: string | number;
  /** A note on the outcome. */
  note?: string | null | undefined;
  /** What the conference did; NOT_RECORDED cannot be recorded. */
  outcome: DecisionOutcome;
  /** Where it is recorded, e.g. the final report and paragraph. */
  source: string;
  /** The version last read; if the decision changed since, nothing is changed (CONFLICT). */
  version: number;
};

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

/** A change to follow-up work, at the version last read; fields left out stay as they are. */
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
  /** Reassigns it to this body (and onto its agenda). */
  ownerBody?: BodyCode | null | undefined;
  /** With ownerBody: the office of that body that owns it. */
  ownerOffice?: OfficeKind | null | undefined;
  /** Where the work stands. */
  status?: FollowUpStatus | null | undefined;
  /** The version last read; if the action changed since, nothing is changed (CONFLICT). */
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

export type BodyPageQueryVariables = Exact<{
  code: BodyCode;
  lang: Language;
}>;


export type BodyPageQuery = { viewer: { signedIn: boolean, name: string | null }, body: { code: BodyCode, name: string, mandate: string | null, note: string | null, source: string | null, parent: { code: BodyCode, name: string } | null, subBodies: Array<{ code: BodyCode, name: string }>, officeHoldings: Array<{ id: string, body: BodyCode | null, office: OfficeKind, cycle: string | null, region: AttRegion | null, validFrom: string | null, validTo: string | null, demo: boolean, note: string | null, source: string | null, person: { name: string, demo: boolean } | null, representingState: { iso3: string, name: string } | null, representingOrganisation: { name: string } | null }>, meetings: Array<{ id: string, title: string, date: string, endDate: string | null, ordinal: number | null, source: string | null, cycle: { code: string } | null, reportedIn: { symbol: string | null } | null }>, decisions: Array<{ id: string, reference: string, kind: DecisionKind | null, outcome: DecisionOutcome, status: DecisionStatus, text: string, textZh: string | null, decidedBy: { code: string }, document: { symbol: string | null } }>, agenda: Array<{ id: string, description: string, owner: string, ownerOffice: OfficeKind | null, status: FollowUpStatus, dueOn: string | null, notes: string | null, dueInCycle: { code: string } | null }> } | null };

export type DeskFollowUpFragment = { id: string, version: number | null, description: string, owner: string, status: FollowUpStatus };

export type DeskDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskDecisionsQuery = { awaiting: Array<{ id: string, version: number | null, reference: string, text: string, textZh: string | null, decidedBy: { code: string }, document: { symbol: string | null } }>, recorded: Array<{ id: string, reference: string, text: string, textZh: string | null, outcome: DecisionOutcome, outcomeSource: string | null, outcomeNote: string | null, decidedBy: { code: string } }>, followUpActions: Array<{ id: string, version: number | null, description: string, owner: string, status: FollowUpStatus, decision: { id: string } }> };

export type DeskRecordOutcomeMutationVariables = Exact<{
  input: RecordDecisionOutcomeInput;
}>;


export type DeskRecordOutcomeMutation = { recordDecisionOutcome: { decision: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type DeskUpdateFollowUpMutationVariables = Exact<{
  input: UpdateFollowUpActionInput;
}>;


export type DeskUpdateFollowUpMutation = { updateFollowUpAction: { followUpAction: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type DeskBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskBodiesQuery = { bodies: Array<{ code: BodyCode, name: string }> };

export type DeskHoldersQueryVariables = Exact<{
  code: BodyCode;
  today: string;
  lang: Language;
}>;


export type DeskHoldersQuery = { body: { code: BodyCode, current: Array<{ version: number | null, endSource: string | null, id: string, body: BodyCode | null, office: OfficeKind, cycle: string | null, region: AttRegion | null, validFrom: string | null, validTo: string | null, demo: boolean, note: string | null, source: string | null, person: { name: string, demo: boolean } | null, representingState: { iso3: string, name: string } | null, representingOrganisation: { name: string } | null }>, all: Array<{ version: number | null, endSource: string | null, id: string, body: BodyCode | null, office: OfficeKind, cycle: string | null, region: AttRegion | null, validFrom: string | null, validTo: string | null, demo: boolean, note: string | null, source: string | null, person: { name: string, demo: boolean } | null, representingState: { iso3: string, name: string } | null, representingOrganisation: { name: string } | null }> } | null };

export type DeskAppointMutationVariables = Exact<{
  input: AppointOfficeHolderInput;
}>;


export type DeskAppointMutation = { appointOfficeHolder: { officeHolding: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type DeskEndTermMutationVariables = Exact<{
  input: EndOfficeHoldingInput;
}>;


export type DeskEndTermMutation = { endOfficeHolding: { officeHolding: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type DashboardParticipationQueryVariables = Exact<{
  asOf: string;
  lang: Language;
}>;


export type DashboardParticipationQuery = { participationSummary: { asOf: string, statesParties: number, signatories: number, nonSignatories: number, undetermined: number, total: number, byRegion: Array<{ region: AttRegion, statesParties: number, signatories: number, nonSignatories: number, undetermined: number, total: number }> }, states: { totalCount: number, edges: Array<{ node: { iso3: string, iso2: string, name: string, region: AttRegion, status: ParticipationStatus | null, possibleStatuses: Array<ParticipationStatus>, actions: Array<{ kind: TreatyActionKind, date: { precision: DatePrecision, date: string | null, year: number | null } }> } }> } };

export type DashboardActivitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardActivitiesQuery = { bodies: Array<{ code: BodyCode, name: string, parent: { code: BodyCode } | null }>, activities: { totalCount: number, edges: Array<{ node: { id: string, kind: ActivityKind, title: string, startDate: string | null, endDate: string | null, place: string | null, organiserName: string } }> } };

export type DashboardViewerPanelsQueryVariables = Exact<{
  lang: Language;
}>;


export type DashboardViewerPanelsQuery = { viewer: { signedIn: boolean, name: string | null, level: Classification, secretariat: boolean, coordinatedRegions: Array<AttRegion>, ownStates: Array<{ iso3: string }>, organisation: { name: string } | null }, pipeline: Array<{ tier: PriorityTier, entries: Array<{ stage: ProcessStage | null, assessedOn: string, lastEngagementOn: string | null, state: { iso3: string, region: AttRegion, name: string } }> }> | null, plans: Array<{ id: string, name: string, periodFrom: string, periodTo: string, focusRegions: Array<AttRegion>, progress: { measuredTo: string, undetermined: number, activitiesHeld: number, needsMatched: number | null, signatoriesToParties: Array<{ iso3: string, name: string }>, nonSignatoriesToSignatories: Array<{ iso3: string, name: string }>, nonSignatoriesToParties: Array<{ iso3: string, name: string }> } }>, followUpActions: Array<{ id: string, description: string, owner: string, status: FollowUpStatus, dueOn: string | null, dueInCycle: { code: string } | null, decision: { reference: string, decidedBy: { code: string } } }>, needs: { totalCount: number, edges: Array<{ node: { id: string, kind: AssistanceKind | null, description: string | null, statedOn: string | null, statedBy: string | null, state: { iso3: string, region: AttRegion, name: string } | null } }> } | null };

export type HoldingFragment = { id: string, body: BodyCode | null, office: OfficeKind, cycle: string | null, region: AttRegion | null, validFrom: string | null, validTo: string | null, demo: boolean, note: string | null, source: string | null, person: { name: string, demo: boolean } | null, representingState: { iso3: string, name: string } | null, representingOrganisation: { name: string } | null };

export type RegionPageQueryVariables = Exact<{
  code: AttRegion;
  lang: Language;
}>;


export type RegionPageQuery = { viewer: { signedIn: boolean, name: string | null }, region: { code: AttRegion, participation: { statesParties: number, signatories: number, nonSignatories: number, undetermined: number, total: number }, coordinators: Array<{ id: string, body: BodyCode | null, office: OfficeKind, cycle: string | null, region: AttRegion | null, validFrom: string | null, validTo: string | null, demo: boolean, note: string | null, source: string | null, person: { name: string, demo: boolean } | null, representingState: { iso3: string, name: string } | null, representingOrganisation: { name: string } | null }>, champions: Array<{ id: string, body: BodyCode | null, office: OfficeKind, cycle: string | null, region: AttRegion | null, validFrom: string | null, validTo: string | null, demo: boolean, note: string | null, source: string | null, person: { name: string, demo: boolean } | null, representingState: { iso3: string, name: string } | null, representingOrganisation: { name: string } | null }>, states: Array<{ iso3: string, name: string, status: ParticipationStatus | null, possibleStatuses: Array<ParticipationStatus> }>, pipeline: Array<{ tier: PriorityTier, entries: Array<{ stage: ProcessStage | null, assessedOn: string, lastEngagementOn: string | null, state: { iso3: string, name: string } }> }> | null, needs: Array<{ id: string, kind: AssistanceKind | null, description: string | null, status: NeedStatus | null, statedOn: string | null, demo: boolean, state: { iso3: string, name: string } | null }> | null, engagements: Array<{ id: string, date: string | null, kind: EngagementKind | null, counterpart: string | null, summary: string | null, demo: boolean, state: { iso3: string, name: string } | null }> | null, activities: Array<{ id: string, title: string, kind: ActivityKind, startDate: string | null, endDate: string | null, organiserName: string, demo: boolean }> } };

export type StatePageQueryVariables = Exact<{
  iso3: string;
  lang: Language;
}>;


export type StatePageQuery = { viewer: { signedIn: boolean, name: string | null }, state: { iso3: string, iso2: string, region: AttRegion, regionBasis: string, unMember: boolean, note: string | null, name: string, status: ParticipationStatus | null, possibleStatuses: Array<ParticipationStatus>, inForce: boolean | null, ar: string, zh: string, en: string, fr: string, ru: string, es: string, actions: Array<{ kind: TreatyActionKind, instrument: InstrumentType | null, basis: ProvenanceBasis, note: string | null, date: { precision: DatePrecision, date: string | null, year: number | null, earliest: string, latest: string }, sources: Array<{ id: string, title: string, location: string | null, confidence: string }> }>, nationalProcess: { stage: ProcessStage | null, nextStep: string | null, obstacles: string | null, owner: string | null, lastAssessed: string | null, source: string | null } | null, currentPriority: { tier: PriorityTier | null, cycle: string | null, assessedOn: string | null, rationale: string | null, source: string | null } | null, engagements: Array<{ date: string | null, kind: EngagementKind | null, counterpart: string | null, summary: string | null, outcome: string | null, nextStep: string | null, nextStepDue: string | null, onBehalfOf: string | null, demo: boolean }> | null, needs: Array<{ kind: AssistanceKind | null, description: string | null, statedOn: string | null, statedBy: string | null, status: NeedStatus | null, demo: boolean }> | null, activities: Array<{ id: string, title: string, kind: ActivityKind, startDate: string | null, endDate: string | null, place: string | null, organiserName: string, demo: boolean }>, whoWorksHere: { otherImplementers: Array<string>, organisations: Array<{ id: string, name: string, shortName: string | null, kind: OrganisationKind, website: string | null, demo: boolean }>, projects: Array<{ id: string, title: string, mechanism: FundingMechanism, reference: string | null, implementerName: string | null, periodFrom: string | null, periodTo: string | null, statusNote: string | null, demo: boolean, sources: Array<string> }> } } | null, projectOverlaps: Array<{ score: number, reasons: Array<string>, sharedDays: number, projects: Array<{ id: string, title: string, implementerName: string | null }>, activities: Array<{ id: string, title: string, organiserName: string }> }> | null };

export type WorkspaceActivitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceActivitiesQuery = { viewer: { signedIn: boolean, secretariat: boolean, name: string | null, organisation: { id: string, name: string } | null }, activities: { edges: Array<{ node: { id: string, version: number | null, kind: ActivityKind, title: string, description: string | null, startDate: string | null, place: string | null, status: ActivityStatus, rejectionReason: string | null, organiser: { id: string } | null, targetStates: Array<{ iso3: string }> } }> } };

export type WorkspaceCreateMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type WorkspaceCreateMutation = { createActivity: { activity: { id: string } | null, userErrors: Array<{ message: string }> } };

export type WorkspaceUpdateMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;


export type WorkspaceUpdateMutation = { updateActivity: { activity: { id: string } | null, userErrors: Array<{ message: string }> } };

export type WorkspaceSubmitMutationVariables = Exact<{
  input: ModerateActivityInput;
}>;


export type WorkspaceSubmitMutation = { submitActivity: { activity: { id: string } | null, userErrors: Array<{ message: string }> } };

export type WorkspaceImportMutationVariables = Exact<{
  input: ImportActivitiesInput;
}>;


export type WorkspaceImportMutation = { importActivities: { newRows: number, alreadyImported: number, rowErrors: Array<{ line: number, field: string | null, message: string }>, userErrors: Array<{ message: string }> } };

export type DeskQueueQueryVariables = Exact<{
  lang: Language;
}>;


export type DeskQueueQuery = { viewer: { signedIn: boolean, secretariat: boolean }, activities: { edges: Array<{ node: { id: string, version: number | null, kind: ActivityKind, title: string, startDate: string | null, place: string | null, organiserName: string } }> }, needs: { edges: Array<{ node: { id: string, kind: AssistanceKind | null, description: string | null, state: { iso3: string, name: string } | null } }> } | null };

export type DeskPublishMutationVariables = Exact<{
  input: ModerateActivityInput;
}>;


export type DeskPublishMutation = { publishActivity: { activity: { id: string } | null, userErrors: Array<{ message: string }> } };

export type DeskRejectMutationVariables = Exact<{
  input: ModerateActivityInput;
}>;


export type DeskRejectMutation = { rejectActivity: { activity: { id: string } | null, userErrors: Array<{ message: string }> } };

export type DeskSuggestionsQueryVariables = Exact<{
  needId: string | number;
}>;


export type DeskSuggestionsQuery = { matchSuggestions: Array<{ score: number, reasons: Array<string>, offer: { id: string, description: string | null, providerName: string | null } }> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DeskFollowUpFragmentDoc = new TypedDocumentString(`
    fragment DeskFollowUp on FollowUpAction {
  id
  version
  description
  owner
  status
}
    `, {"fragmentName":"DeskFollowUp"}) as unknown as TypedDocumentString<DeskFollowUpFragment, unknown>;
export const HoldingFragmentDoc = new TypedDocumentString(`
    fragment Holding on OfficeHolding {
  id
  body
  office
  cycle
  region
  validFrom
  validTo
  demo
  note
  source
  person {
    name
    demo
  }
  representingState {
    iso3
    name(lang: $lang)
  }
  representingOrganisation {
    name
  }
}
    `, {"fragmentName":"Holding"}) as unknown as TypedDocumentString<HoldingFragment, unknown>;
export const BodyPageDocument = new TypedDocumentString(`
    query BodyPage($code: BodyCode!, $lang: Language!) {
  viewer {
    signedIn
    name
  }
  body(code: $code) {
    code
    name
    mandate
    note
    source
    parent {
      code
      name
    }
    subBodies {
      code
      name
    }
    officeHoldings {
      ...Holding
    }
    meetings {
      id
      title
      date
      endDate
      ordinal
      source
      cycle {
        code
      }
      reportedIn {
        symbol
      }
    }
    decisions {
      id
      reference
      kind
      outcome
      status
      text
      textZh
      decidedBy {
        code
      }
      document {
        symbol
      }
    }
    agenda {
      id
      description
      owner
      ownerOffice
      status
      dueOn
      notes
      dueInCycle {
        code
      }
    }
  }
}
    fragment Holding on OfficeHolding {
  id
  body
  office
  cycle
  region
  validFrom
  validTo
  demo
  note
  source
  person {
    name
    demo
  }
  representingState {
    iso3
    name(lang: $lang)
  }
  representingOrganisation {
    name
  }
}`) as unknown as TypedDocumentString<BodyPageQuery, BodyPageQueryVariables>;
export const DeskDecisionsDocument = new TypedDocumentString(`
    query DeskDecisions {
  awaiting: decisions(outcomeRecorded: false) {
    id
    version
    reference
    text
    textZh
    decidedBy {
      code
    }
    document {
      symbol
    }
  }
  recorded: decisions(outcomeRecorded: true) {
    id
    reference
    text
    textZh
    outcome
    outcomeSource
    outcomeNote
    decidedBy {
      code
    }
  }
  followUpActions {
    ...DeskFollowUp
    decision {
      id
    }
  }
}
    fragment DeskFollowUp on FollowUpAction {
  id
  version
  description
  owner
  status
}`) as unknown as TypedDocumentString<DeskDecisionsQuery, DeskDecisionsQueryVariables>;
export const DeskRecordOutcomeDocument = new TypedDocumentString(`
    mutation DeskRecordOutcome($input: RecordDecisionOutcomeInput!) {
  recordDecisionOutcome(input: $input) {
    decision {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskRecordOutcomeMutation, DeskRecordOutcomeMutationVariables>;
export const DeskUpdateFollowUpDocument = new TypedDocumentString(`
    mutation DeskUpdateFollowUp($input: UpdateFollowUpActionInput!) {
  updateFollowUpAction(input: $input) {
    followUpAction {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskUpdateFollowUpMutation, DeskUpdateFollowUpMutationVariables>;
export const DeskBodiesDocument = new TypedDocumentString(`
    query DeskBodies {
  bodies {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DeskBodiesQuery, DeskBodiesQueryVariables>;
export const DeskHoldersDocument = new TypedDocumentString(`
    query DeskHolders($code: BodyCode!, $today: Date!, $lang: Language!) {
  body(code: $code) {
    code
    current: officeHoldings(asOf: $today) {
      ...Holding
      version
      endSource
    }
    all: officeHoldings {
      ...Holding
      version
      endSource
    }
  }
}
    fragment Holding on OfficeHolding {
  id
  body
  office
  cycle
  region
  validFrom
  validTo
  demo
  note
  source
  person {
    name
    demo
  }
  representingState {
    iso3
    name(lang: $lang)
  }
  representingOrganisation {
    name
  }
}`) as unknown as TypedDocumentString<DeskHoldersQuery, DeskHoldersQueryVariables>;
export const DeskAppointDocument = new TypedDocumentString(`
    mutation DeskAppoint($input: AppointOfficeHolderInput!) {
  appointOfficeHolder(input: $input) {
    officeHolding {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskAppointMutation, DeskAppointMutationVariables>;
export const DeskEndTermDocument = new TypedDocumentString(`
    mutation DeskEndTerm($input: EndOfficeHoldingInput!) {
  endOfficeHolding(input: $input) {
    officeHolding {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskEndTermMutation, DeskEndTermMutationVariables>;
export const DashboardParticipationDocument = new TypedDocumentString(`
    query DashboardParticipation($asOf: Date!, $lang: Language!) {
  participationSummary(asOf: $asOf) {
    asOf
    statesParties
    signatories
    nonSignatories
    undetermined
    total
    byRegion {
      region
      statesParties
      signatories
      nonSignatories
      undetermined
      total
    }
  }
  states(first: 200, orderBy: {field: NAME, direction: ASC}) {
    totalCount
    edges {
      node {
        iso3
        iso2
        name(lang: $lang)
        region
        status(asOf: $asOf)
        possibleStatuses(asOf: $asOf)
        actions {
          kind
          date {
            precision
            date
            year
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardParticipationQuery, DashboardParticipationQueryVariables>;
export const DashboardActivitiesDocument = new TypedDocumentString(`
    query DashboardActivities {
  bodies {
    code
    name
    parent {
      code
    }
  }
  activities(first: 50, filter: {status: PUBLISHED}) {
    totalCount
    edges {
      node {
        id
        kind
        title
        startDate
        endDate
        place
        organiserName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardActivitiesQuery, DashboardActivitiesQueryVariables>;
export const DashboardViewerPanelsDocument = new TypedDocumentString(`
    query DashboardViewerPanels($lang: Language!) {
  viewer {
    signedIn
    name
    level
    secretariat
    coordinatedRegions
    ownStates {
      iso3
    }
    organisation {
      name
    }
  }
  pipeline {
    tier
    entries {
      stage
      assessedOn
      lastEngagementOn
      state {
        iso3
        region
        name(lang: $lang)
      }
    }
  }
  plans {
    id
    name
    periodFrom
    periodTo
    focusRegions
    progress {
      measuredTo
      undetermined
      activitiesHeld
      needsMatched
      signatoriesToParties {
        iso3
        name(lang: $lang)
      }
      nonSignatoriesToSignatories {
        iso3
        name(lang: $lang)
      }
      nonSignatoriesToParties {
        iso3
        name(lang: $lang)
      }
    }
  }
  followUpActions(filter: {open: true}) {
    id
    description
    owner
    status
    dueOn
    dueInCycle {
      code
    }
    decision {
      reference
      decidedBy {
        code
      }
    }
  }
  needs(first: 100, filter: {status: OPEN}) {
    totalCount
    edges {
      node {
        id
        kind
        description
        statedOn
        statedBy
        state {
          iso3
          region
          name(lang: $lang)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardViewerPanelsQuery, DashboardViewerPanelsQueryVariables>;
export const RegionPageDocument = new TypedDocumentString(`
    query RegionPage($code: AttRegion!, $lang: Language!) {
  viewer {
    signedIn
    name
  }
  region(code: $code) {
    code
    participation {
      statesParties
      signatories
      nonSignatories
      undetermined
      total
    }
    coordinators {
      ...Holding
    }
    champions {
      ...Holding
    }
    states {
      iso3
      name(lang: $lang)
      status
      possibleStatuses
    }
    pipeline {
      tier
      entries {
        stage
        assessedOn
        lastEngagementOn
        state {
          iso3
          name(lang: $lang)
        }
      }
    }
    needs {
      id
      kind
      description
      status
      statedOn
      demo
      state {
        iso3
        name(lang: $lang)
      }
    }
    engagements {
      id
      date
      kind
      counterpart
      summary
      demo
      state {
        iso3
        name(lang: $lang)
      }
    }
    activities {
      id
      title
      kind
      startDate
      endDate
      organiserName
      demo
    }
  }
}
    fragment Holding on OfficeHolding {
  id
  body
  office
  cycle
  region
  validFrom
  validTo
  demo
  note
  source
  person {
    name
    demo
  }
  representingState {
    iso3
    name(lang: $lang)
  }
  representingOrganisation {
    name
  }
}`) as unknown as TypedDocumentString<RegionPageQuery, RegionPageQueryVariables>;
export const StatePageDocument = new TypedDocumentString(`
    query StatePage($iso3: String!, $lang: Language!) {
  viewer {
    signedIn
    name
  }
  state(iso3: $iso3) {
    iso3
    iso2
    region
    regionBasis
    unMember
    note
    name(lang: $lang)
    ar: name(lang: AR)
    zh: name(lang: ZH)
    en: name(lang: EN)
    fr: name(lang: FR)
    ru: name(lang: RU)
    es: name(lang: ES)
    status
    possibleStatuses
    inForce
    actions {
      kind
      instrument
      basis
      note
      date {
        precision
        date
        year
        earliest
        latest
      }
      sources {
        id
        title
        location
        confidence
      }
    }
    nationalProcess {
      stage
      nextStep
      obstacles
      owner
      lastAssessed
      source
    }
    currentPriority {
      tier
      cycle
      assessedOn
      rationale
      source
    }
    engagements(first: 20) {
      date
      kind
      counterpart
      summary
      outcome
      nextStep
      nextStepDue
      onBehalfOf
      demo
    }
    needs {
      kind
      description
      statedOn
      statedBy
      status
      demo
    }
    activities(first: 20) {
      id
      title
      kind
      startDate
      endDate
      place
      organiserName
      demo
    }
    whoWorksHere {
      organisations {
        id
        name
        shortName
        kind
        website
        demo
      }
      otherImplementers
      projects {
        id
        title
        mechanism
        reference
        implementerName
        periodFrom
        periodTo
        statusNote
        demo
        sources
      }
    }
  }
  projectOverlaps(state: $iso3) {
    score
    reasons
    sharedDays
    projects {
      id
      title
      implementerName
    }
    activities {
      id
      title
      organiserName
    }
  }
}
    `) as unknown as TypedDocumentString<StatePageQuery, StatePageQueryVariables>;
export const WorkspaceActivitiesDocument = new TypedDocumentString(`
    query WorkspaceActivities {
  viewer {
    signedIn
    secretariat
    name
    organisation {
      id
      name
    }
  }
  activities(first: 100) {
    edges {
      node {
        id
        version
        kind
        title
        description
        startDate
        place
        status
        rejectionReason
        organiser {
          id
        }
        targetStates {
          iso3
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceActivitiesQuery, WorkspaceActivitiesQueryVariables>;
export const WorkspaceCreateDocument = new TypedDocumentString(`
    mutation WorkspaceCreate($input: CreateActivityInput!) {
  createActivity(input: $input) {
    activity {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCreateMutation, WorkspaceCreateMutationVariables>;
export const WorkspaceUpdateDocument = new TypedDocumentString(`
    mutation WorkspaceUpdate($input: UpdateActivityInput!) {
  updateActivity(input: $input) {
    activity {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceUpdateMutation, WorkspaceUpdateMutationVariables>;
export const WorkspaceSubmitDocument = new TypedDocumentString(`
    mutation WorkspaceSubmit($input: ModerateActivityInput!) {
  submitActivity(input: $input) {
    activity {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceSubmitMutation, WorkspaceSubmitMutationVariables>;
export const WorkspaceImportDocument = new TypedDocumentString(`
    mutation WorkspaceImport($input: ImportActivitiesInput!) {
  importActivities(input: $input) {
    newRows
    alreadyImported
    rowErrors {
      line
      field
      message
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceImportMutation, WorkspaceImportMutationVariables>;
export const DeskQueueDocument = new TypedDocumentString(`
    query DeskQueue($lang: Language!) {
  viewer {
    signedIn
    secretariat
  }
  activities(first: 100, filter: {status: SUBMITTED}) {
    edges {
      node {
        id
        version
        kind
        title
        startDate
        place
        organiserName
      }
    }
  }
  needs(first: 100, filter: {status: OPEN}) {
    edges {
      node {
        id
        kind
        description
        state {
          iso3
          name(lang: $lang)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskQueueQuery, DeskQueueQueryVariables>;
export const DeskPublishDocument = new TypedDocumentString(`
    mutation DeskPublish($input: ModerateActivityInput!) {
  publishActivity(input: $input) {
    activity {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskPublishMutation, DeskPublishMutationVariables>;
export const DeskRejectDocument = new TypedDocumentString(`
    mutation DeskReject($input: ModerateActivityInput!) {
  rejectActivity(input: $input) {
    activity {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskRejectMutation, DeskRejectMutationVariables>;
export const DeskSuggestionsDocument = new TypedDocumentString(`
    query DeskSuggestions($needId: ID!) {
  matchSuggestions(needId: $needId) {
    score
    reasons
    offer {
      id
      description
      providerName
    }
  }
}
    `) as unknown as TypedDocumentString<DeskSuggestionsQuery, DeskSuggestionsQueryVariables>;