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

/** A new CSP cycle. */
export type AddCycleInput = {
  /** e.g. CSP13 */
  code: string;
  /** First day of the conference, when known. */
  conferenceFrom?: string | null | undefined;
  /** The conference that closes the cycle. */
  conferenceTo?: string | null | undefined;
  /** A note on the cycle. */
  note?: string | null | undefined;
  /** Where the closing conference meets. */
  place?: string | null | undefined;
  /** Where the cycle is set out (a decision, a report). */
  source: string;
  /** The presidency's theme, as stated. */
  theme?: string | null | undefined;
};

/** A new meeting of an ATT body. */
export type AddMeetingInput = {
  /** The body that meets. */
  body: BodyCode;
  /** e.g. CSP13 */
  cycle?: string | null | undefined;
  /** The (first) day of the meeting. */
  date: string;
  /** The last day, for a meeting of several days. */
  endDate?: string | null | undefined;
  /** Where the meeting is recorded. */
  source: string;
  /** The meeting's title. */
  title: string;
};

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
  /**
   * Entries written at or after this instant. The trail is kept by month: bounds on time let the hub read only the months they span.
   *
   * Filters by a fact classified RESTRICTED (the Secretariat only).
   */
  from?: unknown;
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
  /**
   * Entries written before this instant.
   *
   * Filters by a fact classified RESTRICTED (the Secretariat only).
   */
  to?: unknown;
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

/** What kind of fact changed. */
export type ChangeKind =
  /** An outreach activity was added, changed, submitted, published or rejected in the hub. */
  | 'ACTIVITY'
  /** A term of office began (its first day, where known). */
  | 'APPOINTMENT'
  /** The Secretariat recorded a decision's outcome (when the hub recorded it). */
  | 'DECISION_OUTCOME'
  /** A contact with a state was recorded or corrected in the hub. */
  | 'ENGAGEMENT'
  /** A need and an offer were matched, or the match changed, in the hub. */
  | 'MATCH'
  /** A state's national process was recorded or updated in the hub (RESTRICTED: only who may read it sees it). */
  | 'NATIONAL_PROCESS'
  /** A state stated an assistance need, or its need changed, in the hub. */
  | 'NEED'
  /** A state's priority tier was assessed or corrected in the hub (RESTRICTED: only who may read the tier sees it). */
  | 'PRIORITY_ASSESSMENT'
  /** A state's signature, deposit of its instrument or entry into force, on the day it took place (its earliest possible day when only the year or month is known). */
  | 'STATUS_CHANGE'
  /** A term of office ended (its last day, once past). */
  | 'TERM_END';

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

/** Which facts contradict each other. */
export type ContradictionKind =
  /** A national process still under way although the state has deposited its instrument. */
  | 'PROCESS_AFTER_JOINING'
  /** A state placed in tier 1 as a signatory "that has shown political commitment" although it declared it does not intend to become a party. */
  | 'TIER_1_AFTER_DECLARATION'
  /** A state placed in tier 1 (signatories) although it has since joined. */
  | 'TIER_1_AFTER_JOINING';

/** A correction to a treaty action, with its source and reason. Give the date as known: `date` (the day), `year` (only the year), or `dateUnknown: true`; leave all three out to keep the date. */
export type CorrectTreatyActionInput = {
  /** The day of the action, when the source gives it. */
  date?: string | null | undefined;
  /** true: the source shows the date the hub gave is wrong, and gives none. */
  dateUnknown?: boolean | null | undefined;
  /** The global ID of the treaty action. */
  id: string | number;
  /** For CONSENT: the kind of instrument, when the source gives it. */
  instrument?: InstrumentType | null | undefined;
  /** A new note on the action (replaces the old one, which the history keeps). */
  note?: string | null | undefined;
  /** Why the hub was wrong. */
  reason: string;
  /** The source of the corrected facts, e.g. the depositary notification (C.N.) and its URL. */
  source: string;
  /** The version read; a newer one is a CONFLICT. */
  version: number;
  /** The year of the action, when the source gives only the year. */
  year?: number | null | undefined;
};

/** Which states a count covers. */
export type CountBasis =
  /** The ATT Secretariat's 195, as its published figures (e.g. 116 / 26 / 53 in 2024–25): the hub's states without the Holy See, a UN observer state that has not joined and that the Secretariat does not list. */
  | 'ATT_SECRETARIAT'
  /** The hub's 196: the 193 UN members, the State of Palestine, Niue and the Holy See. */
  | 'HUB';

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

/** A new assistance project, saved as a draft. */
export type CreateProjectInput = {
  /** A decimal number, e.g. 99958 or 91501.05. */
  amount?: string | null | undefined;
  /** The regions it benefits, when it names regions rather than states. */
  beneficiaryRegions?: Array<AttRegion> | null | undefined;
  /** ISO3 codes. */
  beneficiaryStates?: Array<string> | null | undefined;
  /** Who may see it once published (default PUBLIC). */
  classification?: Classification | null | undefined;
  /** ISO 4217, e.g. USD. */
  currency?: string | null | undefined;
  /** What the project does. */
  description?: string | null | undefined;
  /** Any string unique to this submission: sending it again returns the same project. */
  idempotencyKey?: string | null | undefined;
  /** Who implements it, as it should be shown (default: your organisation). */
  implementerName?: string | null | undefined;
  /** The kinds of support it gives. */
  kinds?: Array<SupportKind> | null | undefined;
  /** The funding mechanism. */
  mechanism?: FundingMechanism | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  periodFrom?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null: not known. */
  periodTo?: string | null | undefined;
  /** The funder's own reference for the project, if any. */
  reference?: string | null | undefined;
  /** The regions in the source's own words. */
  regionsAsStated?: string | null | undefined;
  /** Where the project is recorded. */
  sources?: Array<string> | null | undefined;
  /** Where the project stands. */
  status?: ProjectStatus | null | undefined;
  /** A note on its status. */
  statusNote?: string | null | undefined;
  /** The project's title. */
  title?: string | null | undefined;
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

/** What a state declared about joining the treaty. */
export type DeclarationKind =
  /** The state declared it does not intend to become a party (its signature stays on record). */
  | 'NOT_INTENDING_TO_BECOME_PARTY';

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

/** Whether a status is known for the day asked, or only the last one the data knows. */
export type FactCertainty =
  /** The day lies within the data: the status held then (if it is not null). */
  | 'CERTAIN'
  /** The day is after the data was compiled: the status is the last one the data knows, and a state may have joined since without the hub knowing (until the Secretariat records it). */
  | 'LAST_KNOWN';

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

/** A file of projects to import as drafts. */
export type ImportProjectsInput = {
  /** An IATI activity file (iati-activities, version 2.03), at most 1,000 activities. */
  iatiXml: string;
  /** Where the file comes from (an address or a name), kept with every project it gives. */
  source?: string | null | undefined;
};

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

/** A project to submit, publish or reject, at the version last read. */
export type ModerateProjectInput = {
  /** The global ID of the project. */
  id: string | number;
  /** Required when rejecting. */
  reason?: string | null | undefined;
  /** The version last read; if the project changed since, nothing is done (CONFLICT). */
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

/** The direction of an order. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

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

/** Narrows a list of projects. */
export type ProjectFilter = {
  /** Only projects giving this kind of support. */
  kind?: SupportKind | null | undefined;
  /** Only projects of this funding mechanism. */
  mechanism?: FundingMechanism | null | undefined;
  /** Only projects in this moderation status. */
  moderation?: ProjectModeration | null | undefined;
  /** Projects aimed at this region or at a state in it. */
  region?: AttRegion | null | undefined;
  /** Projects aimed at this state (ISO3). */
  state?: string | null | undefined;
};

/** DRAFT → SUBMITTED → PUBLISHED or REJECTED (a rejected one can be edited and submitted again). */
export type ProjectModeration =
  /** Written by its contributor, not yet submitted for moderation. */
  | 'DRAFT'
  /** Published by the Secretariat. */
  | 'PUBLISHED'
  /** Rejected by the Secretariat with a reason; can be edited and submitted again. */
  | 'REJECTED'
  /** Submitted for moderation, awaiting the Secretariat. */
  | 'SUBMITTED';

/** Where a project stands, as its source says. */
export type ProjectStatus =
  /** Completed. */
  | 'COMPLETED'
  /** Under way. */
  | 'ONGOING'
  /** Planned, not started. */
  | 'PLANNED'
  /** Its source does not say. */
  | 'UNKNOWN';

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

/** A document of an ATT body to register. */
export type RegisterDocumentInput = {
  /** The body that issued it. */
  body?: BodyCode | null | undefined;
  /** e.g. CSP12 */
  cycle?: string | null | undefined;
  /** The day it was issued. */
  issuedOn?: string | null | undefined;
  /** ISO 639-1 codes of the six UN languages it exists in. */
  languages?: Array<string> | null | undefined;
  /** Where the document is found. */
  source: string;
  /** The UN-style symbol, e.g. ATT/CSP12.WGTU/2026/CHAIR/900/Conf.Rep. */
  symbol: string;
  /** The document's title. */
  title?: string | null | undefined;
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
  /** Whose names, and whose collation, NAME orders by (English when null). */
  language?: Language | null | undefined;
};

/** NAME orders by the UN name in the language of `StateOrder.language` (its collation: pinyin for Chinese, and so on); CONSENT_DATE by the deposit date (a year-only date at its first day; states with an unknown date or none last). */
export type StateOrderField =
  /** The ISO 3166-1 alpha-3 code. */
  | 'CODE'
  /** The date of the state's consent to be bound. */
  | 'CONSENT_DATE'
  /** The English name. */
  | 'NAME';

/** The kind of support a project gives (a project may give several; none listed: not known). */
export type SupportKind =
  /** Building institutions, e.g. a national control system. */
  | 'INSTITUTIONAL'
  /** Legal drafting or review of national law against the treaty. */
  | 'LEGAL'
  /** Outreach and awareness raising. */
  | 'OUTREACH'
  /** A delegate's attendance at a treaty meeting (the Sponsorship Programme). */
  | 'PARTICIPATION'
  /** Technical help. */
  | 'TECHNICAL'
  /** Training of officials. */
  | 'TRAINING'
  /** Translation of documents or guidance. */
  | 'TRANSLATION';

/** How one end of a term is known. */
export type TermBasis =
  /** The rules give it, e.g. a presidency runs from the close of one CSP to the close of the next (Rule 9). */
  | 'DERIVED'
  /** A source states the date. */
  | 'SOURCED'
  /** No source states it and no rule gives it: the date is null and stays so. */
  | 'UNKNOWN';

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

export type DryImportForHttpMutationVariables = Exact<{
  input: ImportActivitiesInput;
}>;


export type DryImportForHttpMutation = { importActivities: { newRows: number, alreadyImported: number, rowErrors: Array<{ line: number, field: string | null, message: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type CreateOneForImportComparisonMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateOneForImportComparisonMutation = { createActivity: { activity: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ImportActivityFileMutationVariables = Exact<{
  input: ImportActivitiesInput;
}>;


export type ImportActivityFileMutation = { importActivities: { alreadyImported: number, newRows: number, created: Array<{ title: string, description: string | null, startDate: string | null, targetStates: Array<{ iso3: string }> }>, rowErrors: Array<{ line: number, field: string | null, message: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ImportActivityWorkbookMutationVariables = Exact<{
  input: ImportActivitiesInput;
}>;


export type ImportActivityWorkbookMutation = { importActivities: { newRows: number, created: Array<{ title: string, startDate: string | null }>, rowErrors: Array<{ line: number, field: string | null, message: string }>, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ApolloComorosStageQueryVariables = Exact<{
  iso3: string;
}>;


export type ApolloComorosStageQuery = { state: { id: string, iso3: string, nationalProcess: { id: string, stage: ProcessStage | null } | null } | null };

export type ApolloCreateDraftMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type ApolloCreateDraftMutation = { createActivity: { activity: { id: string, title: string, status: ActivityStatus, version: number | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ApolloRenameDraftMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;


export type ApolloRenameDraftMutation = { updateActivity: { activity: { id: string, title: string, version: number | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ApolloActivitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ApolloActivitiesQuery = { activities: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApolloBodyNameQueryVariables = Exact<{ [key: string]: never; }>;


export type ApolloBodyNameQuery = { body: { code: BodyCode, name: string } | null };

export type ApolloBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApolloBodiesQuery = { bodies: Array<{ code: BodyCode, name: string }> };

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

export type BodyCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type BodyCyclesQuery = { cycles: Array<{ code: string, number: number, conferenceFrom: string | null, conferenceTo: string | null, place: string | null, president: { validFrom: string | null, validTo: string | null, startBasis: TermBasis | null, endBasis: TermBasis | null, note: string | null, demo: boolean, person: { name: string } | null, representingState: { iso3: string } | null } | null }> };

export type BodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type BodiesQuery = { bodies: Array<{ code: BodyCode, name: string, mandate: string | null, parent: { code: BodyCode } | null, subBodies: Array<{ code: BodyCode }>, mandateDocument: { symbol: string | null } | null }> };

export type OneBodyQueryVariables = Exact<{
  code: BodyCode;
  asOf?: string | null | undefined;
}>;


export type OneBodyQuery = { body: { code: BodyCode, establishedBy: { code: string } | null, officeHoldings: Array<{ id: string, office: OfficeKind, cycle: string | null, validFrom: string | null, validTo: string | null, startBasis: TermBasis | null, endBasis: TermBasis | null, note: string | null, demo: boolean, person: { name: string } | null, representingState: { iso3: string } | null }>, current: Array<{ id: string, version: number | null, office: OfficeKind, demo: boolean, person: { id: string, name: string } | null }>, meetings: Array<{ title: string, date: string, endDate: string | null }>, documents: Array<{ symbol: string | null }>, agenda: Array<{ id: string, version: number | null, description: string, ownerOffice: OfficeKind | null, status: FollowUpStatus }> } | null };

export type NamesOrderedQueryVariables = Exact<{
  language: Language;
}>;


export type NamesOrderedQuery = { states: { edges: Array<{ node: { iso3: string, name: string } }> } };

export type BodiesWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type BodiesWhoAmIQuery = { viewer: { level: Classification } };

export type AppointMutationVariables = Exact<{
  input: AppointOfficeHolderInput;
}>;


export type AppointMutation = { appointOfficeHolder: { officeHolding: { id: string, version: number | null, body: BodyCode | null, office: OfficeKind, validFrom: string | null, startBasis: TermBasis | null, person: { name: string } | null, representingState: { iso3: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type EndHoldingMutationVariables = Exact<{
  input: EndOfficeHoldingInput;
}>;


export type EndHoldingMutation = { endOfficeHolding: { officeHolding: { id: string, version: number | null, validTo: string | null, endBasis: TermBasis | null, endSource: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type Csp9ProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type Csp9ProposalsQuery = { decisions: Array<{ id: string, version: number | null, text: string, outcome: DecisionOutcome, outcomeSource: string | null, status: DecisionStatus, followUps: Array<{ id: string, version: number | null, ownerBody: BodyCode | null, status: FollowUpStatus }> }> };

export type RecordOutcomeMutationVariables = Exact<{
  input: RecordDecisionOutcomeInput;
}>;


export type RecordOutcomeMutation = { recordDecisionOutcome: { decision: { id: string, version: number | null, outcome: DecisionOutcome, outcomeSource: string | null, status: DecisionStatus } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CloseFollowUpMutationVariables = Exact<{
  input: UpdateFollowUpActionInput;
}>;


export type CloseFollowUpMutation = { updateFollowUpAction: { followUpAction: { status: FollowUpStatus, ownerBody: BodyCode | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type AddCycleMutationVariables = Exact<{
  input: AddCycleInput;
}>;


export type AddCycleMutation = { addCycle: { cycle: { code: string, number: number, recordedByHub: boolean } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type AddMeetingMutationVariables = Exact<{
  input: AddMeetingInput;
}>;


export type AddMeetingMutation = { addMeeting: { meeting: { title: string, cycle: { code: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RegisterDocumentMutationVariables = Exact<{
  input: RegisterDocumentInput;
}>;


export type RegisterDocumentMutation = { registerDocument: { document: { symbol: string | null, body: BodyCode | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type BodyChangesQueryVariables = Exact<{
  recordType: string;
}>;


export type BodyChangesQuery = { auditEvents: { edges: Array<{ node: { actor: string | null, action: string | null, recordId: string | null, changes: unknown } }> } | null };

export type WhatChangedQueryVariables = Exact<{
  since: string;
  state?: string | null | undefined;
  region?: AttRegion | null | undefined;
  body?: BodyCode | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhatChangedQuery = { changes: { edges: Array<{ cursor: string, node: { at: unknown, kind: ChangeKind, isNew: boolean, summary: string, states: Array<string>, region: AttRegion | null, body: BodyCode | null, record:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { summary: string | null, id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { office: OfficeKind, id: string, person: { name: string } | null }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WgetiViewQueryVariables = Exact<{
  years?: number | null | undefined;
}>;


export type WgetiViewQuery = { body: { universalizationView: { body: BodyCode, from: string, to: string, joined: Array<{ state: { iso3: string, needs: Array<{ kind: AssistanceKind | null }> | null, vtfProjects: Array<{ title: string }>, engagements: Array<{ summary: string | null }> | null }, consent: { date: { date: string | null } } }> } } | null };

export type ChangesAppointMutationVariables = Exact<{
  input: AppointOfficeHolderInput;
}>;


export type ChangesAppointMutation = { appointOfficeHolder: { officeHolding: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ChangesEngageMutationVariables = Exact<{
  input: RecordEngagementInput;
}>;


export type ChangesEngageMutation = { recordEngagement: { engagement: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ChangesAssessMutationVariables = Exact<{
  input: AssessPriorityInput;
}>;


export type ChangesAssessMutation = { assessPriority: { priorityAssessment: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ChangesDraftMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type ChangesDraftMutation = { createActivity: { activity: { id: string, status: ActivityStatus } | null, userErrors: Array<{ message: string }> } };

export type ChangesNeedMutationVariables = Exact<{
  input: StateNeedInput;
}>;


export type ChangesNeedMutation = { stateNeed: { need: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ChangesReadsOfQueryVariables = Exact<{
  recordId: string;
}>;


export type ChangesReadsOfQuery = { auditEvents: { edges: Array<{ node: { actor: string | null, recordType: string | null, fields: Array<string> | null } }> } | null };

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

export type DecisionsByOutcomeQueryVariables = Exact<{
  recorded?: boolean | null | undefined;
}>;


export type DecisionsByOutcomeQuery = { decisions: Array<{ id: string, version: number | null, outcome: DecisionOutcome, outcomeSource: string | null }> };

export type RecordOutcomeForListMutationVariables = Exact<{
  input: RecordDecisionOutcomeInput;
}>;


export type RecordOutcomeForListMutation = { recordDecisionOutcome: { decision: { id: string, outcome: DecisionOutcome } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

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

export type FactsDataSetQueryVariables = Exact<{ [key: string]: never; }>;


export type FactsDataSetQuery = { participationDataSet: { name: string, compiledOn: string, compiledOnBasis: string, files: Array<string>, secretariatStates: number, secretariatBasisNote: string, sources: Array<{ id: string }> } };

export type FactsReachQueryVariables = Exact<{
  asOf?: string | null | undefined;
  basis?: CountBasis | null | undefined;
}>;


export type FactsReachQuery = { participationSummary: { asOf: string, basis: CountBasis, leftOut: Array<string>, certainty: FactCertainty, certaintyNote: string, statesParties: number, signatories: number, nonSignatories: number, undetermined: number, total: number, byRegion: Array<{ region: AttRegion, nonSignatories: number, total: number }> }, state: { status: ParticipationStatus | null, statusCertainty: FactCertainty } | null };

export type FactsActionOfQueryVariables = Exact<{
  iso3: string;
}>;


export type FactsActionOfQuery = { state: { status: ParticipationStatus | null, factHistory: Array<{ version: number, source: string, reason: string, correctedBy: string | null, before: { basis: ProvenanceBasis, note: string | null, date: { precision: DatePrecision, date: string | null, year: number | null } }, after: { basis: ProvenanceBasis, date: { precision: DatePrecision, date: string | null } }, action: { kind: TreatyActionKind } }>, actions: Array<{ id: string, kind: TreatyActionKind, version: number, basis: ProvenanceBasis, date: { precision: DatePrecision, date: string | null, earliest: string, latest: string }, history: Array<{ version: number, reason: string }> }> } | null };

export type FactsCorrectMutationVariables = Exact<{
  input: CorrectTreatyActionInput;
}>;


export type FactsCorrectMutation = { correctTreatyAction: { treatyAction: { id: string, version: number, basis: ProvenanceBasis, date: { precision: DatePrecision, date: string | null, earliest: string, latest: string } } | null, correction: { version: number, source: string, before: { date: { precision: DatePrecision } }, after: { date: { precision: DatePrecision, date: string | null } } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type FactsStatusOnQueryVariables = Exact<{
  iso3: string;
  asOf?: string | null | undefined;
}>;


export type FactsStatusOnQuery = { state: { status: ParticipationStatus | null } | null };

export type FactsContradictionsQueryVariables = Exact<{
  state?: string | null | undefined;
}>;


export type FactsContradictionsQuery = { contradictions: Array<{ kind: ContradictionKind, recordType: string, recordId: string, says: string, but: string, source: string, since: string | null, state: { iso3: string } }> | null };

export type FactsUsaTierQueryVariables = Exact<{ [key: string]: never; }>;


export type FactsUsaTierQuery = { state: { status: ParticipationStatus | null, declarations: Array<{ kind: DeclarationKind, declared: string, statement: string, source: string }>, currentPriority: { tier: PriorityTier | null, rationale: string | null, source: string | null, contradictions: Array<{ kind: ContradictionKind }> | null } | null } | null, gambia: { nationalProcess: { stage: ProcessStage | null, nextStep: string | null, contradiction: { kind: ContradictionKind, but: string } | null } | null } | null };

export type FactsAssessTierMutationVariables = Exact<{
  input: AssessPriorityInput;
}>;


export type FactsAssessTierMutation = { assessPriority: { priorityAssessment: { tier: PriorityTier | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type FactsDemoMatchQueryVariables = Exact<{ [key: string]: never; }>;


export type FactsDemoMatchQuery = { needs: { edges: Array<{ node: { demo: boolean, matches: Array<{ demo: boolean, note: string | null }> | null } }> } | null };

export type RequestComorosStageQueryVariables = Exact<{
  iso3: string;
}>;


export type RequestComorosStageQuery = { state: { iso3: string, nationalProcess: { stage: ProcessStage | null } | null } | null };

export type RequestCreateDraftMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type RequestCreateDraftMutation = { createActivity: { activity: { id: string, title: string, status: ActivityStatus } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RequestActivitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RequestActivitiesQuery = { activities: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
    | { id: string }
    | { iso3: string, id: string }
    | { kind: TreatyActionKind, id: string, state: { iso3: string } }
    | { id: string }
   | null };

export type WhoWorksHereQueryVariables = Exact<{
  state?: string | null | undefined;
  region?: AttRegion | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type WhoWorksHereQuery = { whoWorksHere: { otherImplementers: Array<string>, organisations: Array<{ name: string, shortName: string | null, sources: Array<string> }>, projects: Array<{ id: string, mechanism: FundingMechanism, title: string, reference: string | null, amount: string | null, currency: string | null, periodFrom: string | null, periodTo: string | null, kinds: Array<SupportKind>, sources: Array<string>, moderation: ProjectModeration, demo: boolean }> } };

export type StateWhoWorksHereQueryVariables = Exact<{
  iso3: string;
}>;


export type StateWhoWorksHereQuery = { state: { name: string, whoWorksHere: { projects: Array<{ title: string, sources: Array<string> }> }, vtfProjects: Array<{ title: string, year: number, amountUsd: number | null }> } | null };

export type OverlapsQueryVariables = Exact<{
  state?: string | null | undefined;
}>;


export type OverlapsQuery = { projectOverlaps: Array<{ score: number, reasons: Array<string>, kinds: Array<SupportKind>, sharedDays: number, states: Array<{ iso3: string }>, projects: Array<{ id: string, title: string, mechanism: FundingMechanism }>, activities: Array<{ id: string, title: string }> }> | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { project: { id: string, version: number | null, title: string, moderation: ProjectModeration, owner: { name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SubmitProjectMutationVariables = Exact<{
  input: ModerateProjectInput;
}>;


export type SubmitProjectMutation = { submitProject: { project: { id: string, version: number | null, moderation: ProjectModeration } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PublishProjectMutationVariables = Exact<{
  input: ModerateProjectInput;
}>;


export type PublishProjectMutation = { publishProject: { project: { id: string, version: number | null, moderation: ProjectModeration } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ProjectsOfQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
}>;


export type ProjectsOfQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string, title: string, moderation: ProjectModeration, classification: Classification } }> } };

export type ExportIatiQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
}>;


export type ExportIatiQuery = { projectsIati: string };

export type ImportIatiMutationVariables = Exact<{
  input: ImportProjectsInput;
}>;


export type ImportIatiMutation = { importProjects: { unchanged: number, imported: Array<{ id: string, title: string, mechanism: FundingMechanism, periodFrom: string | null, periodTo: string | null, kinds: Array<SupportKind>, amount: string | null, currency: string | null, sources: Array<string>, moderation: ProjectModeration, beneficiaryStates: Array<{ iso3: string }> }>, rowErrors: Array<{ line: number, field: string | null, message: string }>, userErrors: Array<{ field: Array<string>, message: string }> } };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { organisations: Array<{ id: string, name: string, shortName: string | null, kind: OrganisationKind, kindAsStated: string | null, attRole: string | null, demo: boolean }> };

export type OrganisationWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationWorkQuery = { node:
    | { worksIn: Array<{ iso3: string }>, projects: Array<{ mechanism: FundingMechanism }> }
    | Record<PropertyKey, never>
   | null };

export type WgtuMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WgtuMeetingsQuery = { meetings: Array<{ id: string, title: string, date: string, ordinal: number | null, livestreamed: boolean | null, reportedAt: string | null, cycle: { code: string } | null, reportedIn: { title: string | null, issuedOn: string | null } | null, points: Array<{ label: string, speaker: string | null, text: string, textZh: string | null, states: Array<{ iso3: string }> }> }> };

export type ProposalElementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalElementsQuery = { proposalElements: Array<{ label: string, key: string, title: string | null, situation: string | null, rationale: string | null, implementation: string | null, resources: string | null, recommendation: string | null, titleZh: string | null, recommendationZh: string | null, recommendationFr: string | null }> };

export type Csp9DecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type Csp9DecisionsQuery = { decisions: Array<{ reference: string, kind: DecisionKind | null, status: DecisionStatus, outcome: DecisionOutcome, outcomeNote: string | null, text: string, document: { title: string | null }, followUps: Array<{ owner: string, status: FollowUpStatus }> }>, document: { title: string | null, note: string | null, cycle: { code: string } | null } | null };

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


export type HoldingsQuery = { officeHoldings: Array<{ body: BodyCode | null, office: OfficeKind, cycle: string | null, validFrom: string | null, validTo: string | null, demo: boolean, source: string | null, person: { name: string } | null, representingState: { iso3: string } | null }> };

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


export type ChairBriefingQuery = { state: { name: string, status: ParticipationStatus | null, inForce: boolean | null, actions: Array<{ kind: TreatyActionKind, date: { precision: DatePrecision, date: string | null } }>, activities: Array<{ title: string }>, needs: Array<{ kind: AssistanceKind | null, status: NeedStatus | null, matches: Array<{ status: MatchStatus | null, offer: { providerName: string | null } | null }> | null }> | null, vtfProjects: Array<{ title: string, year: number }>, sponsorshipAwards: Array<{ meeting: string }>, coordinators: Array<{ person: { name: string } | null }>, champions: Array<{ representingState: { iso3: string } | null }>, currentPriority: { tier: PriorityTier | null } | null, nationalProcess: { stage: ProcessStage | null } | null, engagements: Array<{ summary: string | null }> | null } | null };

export type RegionViewQueryVariables = Exact<{
  code: AttRegion;
}>;


export type RegionViewQuery = { region: { participation: { statesParties: number, signatories: number, nonSignatories: number }, coordinators: Array<{ person: { name: string } | null }>, champions: Array<{ representingState: { iso3: string } | null }>, pipeline: Array<{ tier: PriorityTier, entries: Array<{ state: { iso3: string } }> }> | null, needs: Array<{ kind: AssistanceKind | null, state: { iso3: string } | null }> | null, activities: Array<{ title: string }> } };

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
    | { id: string }
   | null> };

export type DeskTestDecisionsQueryVariables = Exact<{
  recorded?: boolean | null | undefined;
}>;


export type DeskTestDecisionsQuery = { decisions: Array<{ id: string, outcome: DecisionOutcome, outcomeSource: string | null }> };

export type DeskTestTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskTestTrailQuery = { auditEvents: { edges: Array<{ node: { actor: string | null, recordId: string | null, changes: unknown } }> } | null };

export type DeskTestFollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskTestFollowUpsQuery = { followUpActions: Array<{ id: string, status: FollowUpStatus }> };

export type DeskTestHoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskTestHoldersQuery = { body: { officeHoldings: Array<{ office: OfficeKind, validFrom: string | null, validTo: string | null, source: string | null, endSource: string | null, person: { name: string } | null }> } | null };

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
export const DryImportForHttpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DryImportForHttp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportActivitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newRows"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DryImportForHttpMutation, DryImportForHttpMutationVariables>;
export const CreateOneForImportComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOneForImportComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOneForImportComparisonMutation, CreateOneForImportComparisonMutationVariables>;
export const ImportActivityFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportActivityFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportActivitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"newRows"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportActivityFileMutation, ImportActivityFileMutationVariables>;
export const ImportActivityWorkbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportActivityWorkbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportActivitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newRows"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportActivityWorkbookMutation, ImportActivityWorkbookMutationVariables>;
export const ApolloComorosStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApolloComorosStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<ApolloComorosStageQuery, ApolloComorosStageQueryVariables>;
export const ApolloCreateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApolloCreateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApolloCreateDraftMutation, ApolloCreateDraftMutationVariables>;
export const ApolloRenameDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApolloRenameDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApolloRenameDraftMutation, ApolloRenameDraftMutationVariables>;
export const ApolloActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApolloActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ApolloActivitiesQuery, ApolloActivitiesQueryVariables>;
export const ApolloBodyNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApolloBodyName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"WGETI"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApolloBodyNameQuery, ApolloBodyNameQueryVariables>;
export const ApolloBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApolloBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApolloBodiesQuery, ApolloBodiesQueryVariables>;
export const StateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StateNeedMutation, StateNeedMutationVariables>;
export const SuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsQuery, SuggestionsQueryVariables>;
export const ProposeMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeMatchMutation, ProposeMatchMutationVariables>;
export const UpdateMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMatchMutation, UpdateMatchMutationVariables>;
export const OfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Offer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferAssistanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerAssistance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OfferMutation, OfferMutationVariables>;
export const OpenNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenNeedsQuery, OpenNeedsQueryVariables>;
export const BodyCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceTo"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"president"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representingState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"startBasis"}},{"kind":"Field","name":{"kind":"Name","value":"endBasis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]}}]} as unknown as DocumentNode<BodyCyclesQuery, BodyCyclesQueryVariables>;
export const BodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mandate"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandateDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]} as unknown as DocumentNode<BodiesQuery, BodiesQueryVariables>;
export const OneBodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"establishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeHoldings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representingState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"startBasis"}},{"kind":"Field","name":{"kind":"Name","value":"endBasis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"officeHoldings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOffice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OneBodyQuery, OneBodyQueryVariables>;
export const NamesOrderedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NamesOrdered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"ObjectField","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<NamesOrderedQuery, NamesOrderedQueryVariables>;
export const BodiesWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodiesWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<BodiesWhoAmIQuery, BodiesWhoAmIQueryVariables>;
export const AppointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Appoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointOfficeHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointOfficeHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeHolding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"startBasis"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representingState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppointMutation, AppointMutationVariables>;
export const EndHoldingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndHolding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndOfficeHoldingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOfficeHolding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeHolding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"endBasis"}},{"kind":"Field","name":{"kind":"Name","value":"endSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EndHoldingMutation, EndHoldingMutationVariables>;
export const Csp9ProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Csp9Proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decidedBy"},"value":{"kind":"StringValue","value":"CSP9","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<Csp9ProposalsQuery, Csp9ProposalsQueryVariables>;
export const RecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecisionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const CloseFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CloseFollowUpMutation, CloseFollowUpMutationVariables>;
export const AddCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByHub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddCycleMutation, AddCycleMutationVariables>;
export const AddMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddMeetingMutation, AddMeetingMutationVariables>;
export const RegisterDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDocumentMutation, RegisterDocumentMutationVariables>;
export const BodyChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CHANGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodyChangesQuery, BodyChangesQueryVariables>;
export const WhatChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"states"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeHolding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WhatChangedQuery, WhatChangedQueryVariables>;
export const WgetiViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WgetiView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"WGETI"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universalizationView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"joinedWithinYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"joined"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtfProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WgetiViewQuery, WgetiViewQueryVariables>;
export const ChangesAppointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesAppoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointOfficeHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointOfficeHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeHolding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesAppointMutation, ChangesAppointMutationVariables>;
export const ChangesEngageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesEngage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesEngageMutation, ChangesEngageMutationVariables>;
export const ChangesAssessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesAssess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesAssessMutation, ChangesAssessMutationVariables>;
export const ChangesDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesDraftMutation, ChangesDraftMutationVariables>;
export const ChangesNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesNeedMutation, ChangesNeedMutationVariables>;
export const ChangesReadsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesReadsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"READ"}},{"kind":"ObjectField","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesReadsOfQuery, ChangesReadsOfQueryVariables>;
export const ComorosProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComorosProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"StringValue","value":"COM","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<ComorosProcessQuery, ComorosProcessQueryVariables>;
export const ProcessesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalProcessFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalProcesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcessesListQuery, ProcessesListQueryVariables>;
export const ProcessNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalProcess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"obstacles"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessNodeQuery, ProcessNodeQueryVariables>;
export const StatesByTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatesByTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityTier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"priorityTier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatesByTierQuery, StatesByTierQueryVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatedRegions"}},{"kind":"Field","name":{"kind":"Name","value":"ownStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const DecisionsByOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsByOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recorded"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcomeRecorded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recorded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSource"}}]}}]}}]} as unknown as DocumentNode<DecisionsByOutcomeQuery, DecisionsByOutcomeQueryVariables>;
export const RecordOutcomeForListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcomeForList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecisionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOutcomeForListMutation, RecordOutcomeForListMutationVariables>;
export const RecordEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEngagementMutation, RecordEngagementMutationVariables>;
export const UpdateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementMutation, UpdateEngagementMutationVariables>;
export const StateEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"}}]}}]}}]}}]} as unknown as DocumentNode<StateEngagementsQuery, StateEngagementsQueryVariables>;
export const RegionEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"organisationContacted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionEngagementsQuery, RegionEngagementsQueryVariables>;
export const FactsDataSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsDataSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationDataSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOnBasis"}},{"kind":"Field","name":{"kind":"Name","value":"files"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatStates"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatBasisNote"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FactsDataSetQuery, FactsDataSetQueryVariables>;
export const FactsReachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsReach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountBasis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"leftOut"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"certaintyNote"}},{"kind":"Field","name":{"kind":"Name","value":"statesParties"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatories"}},{"kind":"Field","name":{"kind":"Name","value":"undetermined"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatories"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"StringValue","value":"VAT","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"statusCertainty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]} as unknown as DocumentNode<FactsReachQuery, FactsReachQueryVariables>;
export const FactsActionOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsActionOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"factHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FactsActionOfQuery, FactsActionOfQueryVariables>;
export const FactsCorrectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FactsCorrect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectTreatyActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctTreatyAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treatyAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FactsCorrectMutation, FactsCorrectMutationVariables>;
export const FactsStatusOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsStatusOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]} as unknown as DocumentNode<FactsStatusOnQuery, FactsStatusOnQueryVariables>;
export const FactsContradictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsContradictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contradictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"says"}},{"kind":"Field","name":{"kind":"Name","value":"but"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<FactsContradictionsQuery, FactsContradictionsQueryVariables>;
export const FactsUsaTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsUsaTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"StringValue","value":"USA","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"declared"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPriority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"contradictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gambia"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"StringValue","value":"GMB","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"contradiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"but"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FactsUsaTierQuery, FactsUsaTierQueryVariables>;
export const FactsAssessTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FactsAssessTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FactsAssessTierMutation, FactsAssessTierMutationVariables>;
export const FactsDemoMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsDemoMatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FactsDemoMatchQuery, FactsDemoMatchQueryVariables>;
export const RequestComorosStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestComorosStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<RequestComorosStageQuery, RequestComorosStageQueryVariables>;
export const RequestCreateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCreateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RequestCreateDraftMutation, RequestCreateDraftMutationVariables>;
export const RequestActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RequestActivitiesQuery, RequestActivitiesQueryVariables>;
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
export const WhoWorksHereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoWorksHere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoWorksHere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherImplementers"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]}}]} as unknown as DocumentNode<WhoWorksHereQuery, WhoWorksHereQueryVariables>;
export const StateWhoWorksHereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateWhoWorksHere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"whoWorksHere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtfProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}}]}}]}}]} as unknown as DocumentNode<StateWhoWorksHereQuery, StateWhoWorksHereQueryVariables>;
export const OverlapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overlaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectOverlaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"sharedDays"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<OverlapsQuery, OverlapsQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const SubmitProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitProjectMutation, SubmitProjectMutationVariables>;
export const PublishProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishProjectMutation, PublishProjectMutationVariables>;
export const ProjectsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsOfQuery, ProjectsOfQueryVariables>;
export const ExportIatiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportIati"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectsIati"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<ExportIatiQuery, ExportIatiQueryVariables>;
export const ImportIatiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportIati"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProjectsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportIatiMutation, ImportIatiMutationVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindAsStated"}},{"kind":"Field","name":{"kind":"Name","value":"attRole"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worksIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationWorkQuery, OrganisationWorkQueryVariables>;
export const WgtuMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WgtuMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"EnumValue","value":"WGTU"}},{"kind":"Argument","name":{"kind":"Name","value":"cycle"},"value":{"kind":"StringValue","value":"CSP9","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"livestreamed"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WgtuMeetingsQuery, WgtuMeetingsQueryVariables>;
export const ProposalElementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"titleZh"},"name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ZH"}}]},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"implementation"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","alias":{"kind":"Name","value":"recommendationZh"},"name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ZH"}}]},{"kind":"Field","alias":{"kind":"Name","value":"recommendationFr"},"name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]} as unknown as DocumentNode<ProposalElementsQuery, ProposalElementsQueryVariables>;
export const Csp9DecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Csp9Decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decidedBy"},"value":{"kind":"StringValue","value":"CSP9","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"StringValue","value":"ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<Csp9DecisionsQuery, Csp9DecisionsQueryVariables>;
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
export const DeskTestDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskTestDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recorded"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcomeRecorded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recorded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSource"}}]}}]}}]} as unknown as DocumentNode<DeskTestDecisionsQuery, DeskTestDecisionsQueryVariables>;
export const DeskTestTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskTestTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CHANGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"recordType"},"value":{"kind":"StringValue","value":"Decision","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskTestTrailQuery, DeskTestTrailQueryVariables>;
export const DeskTestFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskTestFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeskTestFollowUpsQuery, DeskTestFollowUpsQueryVariables>;
export const DeskTestHoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskTestHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"WGTU"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeHoldings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"endSource"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskTestHoldersQuery, DeskTestHoldersQueryVariables>;
export const CreateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDraftMutation, CreateDraftMutationVariables>;
export const EditDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditDraftMutation, EditDraftMutationVariables>;
export const ChangesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CHANGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"recordType"},"value":{"kind":"StringValue","value":"Activity","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesOfQuery, ChangesOfQueryVariables>;