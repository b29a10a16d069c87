import { type Access, Classification, Grant, type RecordScope } from './levels';

/**
 * THE policy table: the one source of truth for who may read what. Every field of every
 * object type in the schema has an entry; the graphql-shield rules, the record scopes in SQL,
 * the schema descriptions and the policy-matrix test are all derived from it. A field without
 * an entry fails the start (and so `npm test`); an entry for a field that no longer exists too.
 */
/**
 * Where, in a record of a type, the facts the scoped grants look at are found: MikroORM property
 * paths (`state.region`: the region of the record's state). A path ending at a relation means
 * that record's key. Every scope (in SQL, in memory, of a write, in PostgreSQL) is derived from it.
 */
export type About = Partial<Record<keyof RecordScope, string>>;

/** Which fact of `About` each grant looks at. */
export const GRANT_FACT: Record<Grant, keyof RecordScope> = {
  [Grant.OWN_STATE]: 'state',
  [Grant.COORDINATED_REGION]: 'region',
  [Grant.CHAMPION_REGION]: 'region',
  [Grant.OWN_ORGANISATION]: 'organisation',
  [Grant.AUTHOR]: 'author',
};

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

const PUBLIC: Access = { level: Classification.PUBLIC };
/** RESTRICTED, and open to the state's own contact and its region's Vice-President. */
const RESTRICTED_ABOUT_STATE: Access = {
  level: Classification.RESTRICTED,
  grants: [Grant.OWN_STATE, Grant.COORDINATED_REGION],
};
/** Priority tiers are set by the President, the co-chairs, the Secretariat and the region's VP. */
const TIER_SETTERS: Access = { level: Classification.RESTRICTED, grants: [Grant.COORDINATED_REGION] };
/**
 * Contacts with a state: as RESTRICTED_ABOUT_STATE, and whoever recorded them (a champion's own
 * reports) while the office it recorded them under runs: a champion whose term ended reads and
 * corrects its reports no more (the record is the office's, not the person's).
 */
const ENGAGEMENT_READERS: Access = {
  level: Classification.RESTRICTED,
  grants: [Grant.OWN_STATE, Grant.COORDINATED_REGION, Grant.AUTHOR],
};
/** Who records contacts: the President, co-chairs, Secretariat, a VP in its region, a champion in the region it serves. */
const ENGAGEMENT_WRITERS: Access = { level: Classification.RESTRICTED, grants: [Grant.COORDINATED_REGION, Grant.CHAMPION_REGION] };
/** Needs: the treaty bodies, and the state's own contact. */
const NEED_READERS: Access = { level: Classification.TREATY_BODY, grants: [Grant.OWN_STATE] };
/** Tiers of several states (a pipeline, a region's): RESTRICTED, and the Vice-President of the region. */
const TIER_READERS: Access = { level: Classification.RESTRICTED, grants: [Grant.COORDINATED_REGION] };
const SECRETARIAT_ONLY: Access = { level: Classification.RESTRICTED, secretariatOnly: true };
/** The audit trail: the Secretariat's; reading it is not itself logged (each read would add to the log it reads). */
const AUDIT_TRAIL: Access = { ...SECRETARIAT_ONLY, notLogged: true };
const PARTNER: Access = { level: Classification.PARTNER };
/** A contribution's own organisation and contributor, and the Secretariat that moderates it. */
const CONTRIBUTOR_OR_SECRETARIAT: Access = {
  level: Classification.RESTRICTED,
  secretariatOnly: true,
  grants: [Grant.OWN_ORGANISATION, Grant.AUTHOR],
};

const every = (access: Access, ...fields: string[]): Record<string, Access> =>
  Object.fromEntries(fields.map((f) => [f, access]));

/** Edges, page info and counts of a connection: the records in it are scoped themselves. */
const CONNECTION = every(PUBLIC, 'edges', 'pageInfo', 'totalCount');
const EDGE = every(PUBLIC, 'node', 'cursor');
/**
 * The id of a record-scoped type: the record reaches only viewers its record policy lets
 * see it (in SQL), and its id says nothing more; it stays non-null as Node requires.
 */
const RECORD_ID = every(PUBLIC, 'id');

export const POLICY: Record<string, TypePolicy> = {
  Query: {
    fields: {
      ...every(PUBLIC, 'node', 'nodes', 'state', 'states', 'participationSummary', 'participationDataSet', 'viewer', 'activities'),
      ...every(PUBLIC, 'cycles', 'officeHoldings', 'meetings', 'document', 'documents', 'proposalElements', 'decisions',
        'followUpActions', 'bodies', 'body'),
      nationalProcesses: RESTRICTED_ABOUT_STATE,
      engagements: ENGAGEMENT_READERS,
      needs: NEED_READERS,
      matchSuggestions: NEED_READERS,
      offers: PARTNER,
      vtfProjects: PUBLIC,
      // Projects are scoped per record in SQL (AssistanceProject below); the lists say nothing beyond them.
      ...every(PUBLIC, 'projects', 'projectsIati', 'whoWorksHere'),
      // Possible duplication: for signed-in viewers; a partner sees only the pairs involving its own work (the resolver).
      projectOverlaps: PARTNER,
      ...every(PUBLIC, 'plans', 'region', 'organisations'),
      pipeline: TIER_READERS,
      auditEvents: AUDIT_TRAIL,
      // Facts that contradict each other: the Secretariat's list to correct (it names restricted records).
      contradictions: SECRETARIAT_ONLY,
      // Every change is read from records under their own record scopes (in SQL): the list says nothing beyond them.
      changes: PUBLIC,
    },
  },
  Mutation: {
    fields: {
      createNationalProcess: RESTRICTED_ABOUT_STATE,
      updateNationalProcess: RESTRICTED_ABOUT_STATE,
      assessPriority: TIER_SETTERS,
      updatePriorityAssessment: TIER_SETTERS,
      createPlan: { level: Classification.RESTRICTED },
      updatePlan: { level: Classification.RESTRICTED },
      stateNeed: RESTRICTED_ABOUT_STATE,
      updateNeed: RESTRICTED_ABOUT_STATE,
      offerAssistance: PARTNER,
      proposeMatch: SECRETARIAT_ONLY,
      updateMatch: SECRETARIAT_ONLY,
      recordEngagement: ENGAGEMENT_WRITERS,
      updateEngagement: { ...ENGAGEMENT_WRITERS, grants: [Grant.COORDINATED_REGION, Grant.AUTHOR] },
      createActivity: PARTNER,
      importActivities: PARTNER,
      updateActivity: CONTRIBUTOR_OR_SECRETARIAT,
      submitActivity: CONTRIBUTOR_OR_SECRETARIAT,
      publishActivity: SECRETARIAT_ONLY,
      rejectActivity: SECRETARIAT_ONLY,
      createProject: PARTNER,
      importProjects: PARTNER,
      updateProject: CONTRIBUTOR_OR_SECRETARIAT,
      submitProject: CONTRIBUTOR_OR_SECRETARIAT,
      publishProject: SECRETARIAT_ONLY,
      rejectProject: SECRETARIAT_ONLY,
      recordDecisionStatus: SECRETARIAT_ONLY,
      // The participation data is public and sourced: only the Secretariat corrects it, with a source.
      correctTreatyAction: SECRETARIAT_ONLY,
      // The record of the bodies: the Secretariat keeps it.
      ...every(SECRETARIAT_ONLY, 'appointOfficeHolder', 'endOfficeHolding', 'recordDecisionOutcome', 'addCycle', 'addMeeting',
        'registerDocument'),
      createFollowUpAction: { level: Classification.RESTRICTED },
      updateFollowUpAction: { level: Classification.RESTRICTED },
    },
  },

  // Participation: public facts.
  State: {
    about: { state: 'iso3', region: 'region' },
    fields: {
      ...every(PUBLIC, 'id', 'iso3', 'iso2', 'name', 'region', 'regionBasis', 'unMember', 'note'),
      ...every(PUBLIC, 'status', 'statusCertainty', 'possibleStatuses', 'inForce', 'actions', 'activities', 'factHistory', 'declarations'),
      ...every(RESTRICTED_ABOUT_STATE, 'nationalProcess', 'priorityAssessments', 'currentPriority'),
      engagements: ENGAGEMENT_READERS,
      needs: NEED_READERS,
      ...every(PUBLIC, 'vtfProjects', 'sponsorshipAwards', 'coordinators', 'champions'),
      ...every(PUBLIC, 'projects', 'whoWorksHere'),
    },
  },
  TreatyAction: { fields: every(PUBLIC, 'id', 'kind', 'instrument', 'basis', 'note', 'state', 'date', 'sources', 'version', 'history') },
  // Corrections to public facts are public (what the hub said before, why, on which source); who recorded
  // one is the audit trail's actor, and as the audit trail the Secretariat's alone (an account's name says who works where).
  TreatyActionCorrection: {
    fields: {
      ...every(PUBLIC, 'correctedAt', 'before', 'after', 'source', 'reason', 'version', 'action'),
      correctedBy: AUDIT_TRAIL,
    },
  },
  Declaration: { fields: every(PUBLIC, 'kind', 'declared', 'statement', 'source') },
  // Reached only through fields whose rules decide who asks: the Secretariat's list, and a record's own flag.
  Contradiction: {
    reachedThrough: ['Query.contradictions', 'NationalProcess.contradiction', 'PriorityAssessment.contradictions'],
    fields: every(PUBLIC, 'kind', 'state', 'recordType', 'recordId', 'says', 'but', 'source', 'since'),
  },
  TreatyActionFacts: { fields: every(PUBLIC, 'instrument', 'date', 'basis', 'sources', 'note') },
  TreatyActionPayload: { fields: every(PUBLIC, 'treatyAction', 'correction', 'userErrors') },
  PartialDate: { fields: every(PUBLIC, 'precision', 'date', 'year', 'earliest', 'latest') },
  Source: { fields: every(PUBLIC, 'id', 'title', 'location', 'confidence', 'note') },
  ParticipationDataSet: {
    fields: every(PUBLIC, 'name', 'compiledOn', 'compiledOnBasis', 'files', 'secretariatStates', 'secretariatBasisNote', 'sources'),
  },
  StateConnection: { fields: CONNECTION },
  StateEdge: { fields: EDGE },
  PageInfo: { fields: every(PUBLIC, 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor') },
  ParticipationSummary: {
    fields: every(PUBLIC, 'asOf', 'region', 'basis', 'leftOut', 'certainty', 'certaintyNote', 'statesParties', 'signatories', 'nonSignatories', 'undetermined',
      'inForce', 'inForceUndetermined', 'total', 'byRegion'),
  },
  RegionParticipation: {
    fields: every(PUBLIC, 'region', 'statesParties', 'signatories', 'nonSignatories', 'undetermined', 'inForce',
      'inForceUndetermined', 'total'),
  },

  // Who is asking, and who holds which office: public, as the treaty bodies publish them.
  Viewer: {
    fields: every(PUBLIC, 'signedIn', 'name', 'level', 'secretariat', 'ownStates', 'coordinatedRegions',
      'organisation', 'officeHoldings'),
  },
  OfficeHolding: {
    fields: every(PUBLIC, 'id', 'person', 'body', 'office', 'cycle', 'region', 'representingState',
      'representingOrganisation', 'validFrom', 'validTo', 'startBasis', 'endBasis', 'source', 'endSource', 'note', 'demo', 'version'),
  },
  Person: { fields: every(PUBLIC, 'id', 'name', 'demo') },
  Organisation: {
    fields: every(PUBLIC, 'id', 'name', 'kind', 'demo', 'shortName', 'kindAsStated', 'website', 'attRole', 'regionFocus', 'sources',
      'projects', 'worksIn'),
  },

  // The bodies' record: cycles, meetings, documents, decisions and the proposal, as published.
  Cycle: {
    fields: every(PUBLIC, 'code', 'number', 'conferenceFrom', 'conferenceTo', 'place', 'theme', 'finalReportSymbol', 'note', 'source',
      'recordedByHub', 'president', 'officeHoldings'),
  },
  Body: {
    fields: every(PUBLIC, 'code', 'name', 'parent', 'subBodies', 'establishedBy', 'mandate', 'mandateDocument', 'source', 'note',
      'officeHoldings', 'meetings', 'documents', 'decisions', 'agenda', 'universalizationView'),
  },
  // A body's view: public treaty actions; each state's needs, projects and engagements under their own rules.
  UniversalizationView: { fields: every(PUBLIC, 'body', 'from', 'to', 'joined') },
  JoinedState: { fields: every(PUBLIC, 'state', 'consent') },
  TreatyDocument: { fields: every(PUBLIC, 'id', 'symbol', 'title', 'body', 'cycle', 'issuedOn', 'languages', 'note') },
  Meeting: {
    fields: every(PUBLIC, 'id', 'body', 'cycle', 'ordinal', 'title', 'date', 'endDate', 'livestreamed', 'reportedIn', 'reportedAt', 'points',
      'source'),
  },
  MeetingPoint: { fields: every(PUBLIC, 'label', 'speaker', 'states', 'text', 'textZh') },
  ProposalElement: {
    fields: every(PUBLIC, 'label', 'key', 'title', 'situation', 'rationale', 'implementation', 'resources', 'recommendation'),
  },
  Decision: {
    fields: every(PUBLIC, 'id', 'document', 'reference', 'kind', 'decidedBy', 'text', 'textZh', 'status', 'statusSource',
      'outcome', 'outcomeSource', 'outcomeNote', 'followUps', 'version'),
  },
  FollowUpAction: {
    fields: {
      ...every(PUBLIC, 'id', 'decision', 'description', 'owner', 'ownerBody', 'ownerOffice', 'dueInCycle', 'dueOn', 'status',
        'completedOn', 'source', 'version'),
      notes: { level: Classification.TREATY_BODY },
    },
  },
  DecisionPayload: { fields: every(PUBLIC, 'decision', 'userErrors') },
  FollowUpActionPayload: { fields: every(PUBLIC, 'followUpAction', 'userErrors') },
  OfficeHoldingPayload: { fields: every(PUBLIC, 'officeHolding', 'userErrors') },
  CyclePayload: { fields: every(PUBLIC, 'cycle', 'userErrors') },
  MeetingPayload: { fields: every(PUBLIC, 'meeting', 'userErrors') },
  DocumentPayload: { fields: every(PUBLIC, 'document', 'userErrors') },

  // The stepwise approach and national processes: restricted (annex A, element b).
  NationalProcess: {
    about: { state: 'state', region: 'state.region' },
    records: RESTRICTED_ABOUT_STATE,
    fields: {
      ...RECORD_ID,
      ...every(RESTRICTED_ABOUT_STATE, 'state', 'stage', 'obstacles', 'nextStep', 'owner', 'lastAssessed', 'source', 'version', 'contradiction'),
    },
  },
  NationalProcessConnection: { fields: CONNECTION },
  NationalProcessEdge: { fields: EDGE },
  NationalProcessPayload: { fields: every(PUBLIC, 'nationalProcess', 'userErrors') },
  PriorityAssessment: {
    about: { state: 'state', region: 'state.region' },
    records: RESTRICTED_ABOUT_STATE,
    fields: {
      ...RECORD_ID,
      ...every(RESTRICTED_ABOUT_STATE, 'state', 'tier', 'rationale', 'cycle', 'assessedOn', 'source', 'version', 'contradictions'),
    },
  },
  PriorityAssessmentPayload: { fields: every(PUBLIC, 'priorityAssessment', 'userErrors') },
  Engagement: {
    // author: the office holding the contact was recorded under (engagement.recorded_under_id).
    about: { state: 'state', region: 'region', author: 'recordedUnder' },
    records: ENGAGEMENT_READERS,
    fields: {
      ...RECORD_ID,
      ...every(ENGAGEMENT_READERS, 'state', 'region', 'organisationContacted', 'date', 'kind', 'counterpart', 'onBehalfOf',
        'summary', 'outcome', 'nextStep', 'nextStepDue', 'version'),
      demo: PUBLIC,
    },
  },
  EngagementConnection: { fields: CONNECTION },
  EngagementEdge: { fields: EDGE },
  EngagementPayload: { fields: every(PUBLIC, 'engagement', 'userErrors') },
  UserError: { fields: every(PUBLIC, 'field', 'message', 'code') },

  // Outreach activities: each carries its classification; published ones reach viewers of that
  // level, drafts only their organisation, their contributor and the Secretariat.
  Activity: {
    // An organisation's contribution is the organisation's: its staff read it while they belong to it
    // (OWN_ORGANISATION), its contributor no longer once it has left. One made for no organisation
    // stays its contributor's (AUTHOR: the account), as no office allowed it: any signed-in person may contribute.
    about: { organisation: 'organiser', author: 'contributedBy' },
    records: {
      ...CONTRIBUTOR_OR_SECRETARIAT,
      authorWhen: { organiser: null },
      classifiedBy: 'classification',
      visibleWhen: { status: 'PUBLISHED' },
    },
    fields: {
      ...every(PUBLIC, 'id', 'kind', 'title', 'description', 'startDate', 'endDate', 'place', 'organiser',
        'organiserState', 'organiserName', 'targetStates', 'targetRegions', 'languages', 'outcome', 'classification',
        'status', 'source', 'demo', 'version'),
      rejectionReason: CONTRIBUTOR_OR_SECRETARIAT,
    },
  },
  ActivityConnection: { fields: CONNECTION },
  ActivityEdge: { fields: EDGE },
  ActivityPayload: { fields: every(PUBLIC, 'activity', 'userErrors') },
  ImportActivitiesPayload: { fields: every(PUBLIC, 'created', 'alreadyImported', 'newRows', 'rowErrors', 'userErrors') },
  ImportRowError: { fields: every(PUBLIC, 'line', 'field', 'message') },

  // Assistance: needs for the treaty bodies and the state itself; offers for signed-in
  // stakeholders; matches for the bodies, the state and the offering organisation.
  AssistanceNeed: {
    about: { state: 'state', region: 'state.region' },
    records: NEED_READERS,
    fields: {
      ...RECORD_ID,
      ...every(NEED_READERS, 'state', 'kind', 'description', 'statedOn', 'statedBy', 'status', 'matches', 'version'),
      // Whether a record is invented for the demo: the record scope decides who sees the record; the mark says nothing beyond it.
      demo: PUBLIC,
    },
  },
  AssistanceNeedConnection: { fields: CONNECTION },
  AssistanceNeedEdge: { fields: EDGE },
  AssistanceOffer: {
    about: { organisation: 'providerOrganisation' },
    records: PARTNER,
    fields: {
      ...RECORD_ID,
      ...every(PARTNER, 'providerOrganisation', 'providerState', 'providerName', 'kinds', 'regions', 'description',
        'availableUntil', 'version'),
      demo: PUBLIC,
    },
  },
  AssistanceMatch: {
    about: { state: 'need.state', organisation: 'offer.providerOrganisation' },
    records: { level: Classification.TREATY_BODY, grants: [Grant.OWN_STATE, Grant.OWN_ORGANISATION] },
    // The record scope decides who sees a match; its fields say nothing beyond it.
    fields: { ...RECORD_ID, ...every(PARTNER, 'need', 'offer', 'status', 'matchedOn', 'note', 'version'), demo: PUBLIC },
  },
  // Reached only through matchSuggestions, which the need's readers alone may ask.
  MatchSuggestion: { reachedThrough: 'Query.matchSuggestions', fields: every(PUBLIC, 'offer', 'score', 'reasons') },
  VtfProject: { fields: every(PUBLIC, 'state', 'title', 'year', 'amountUsd', 'status', 'source', 'demo') },
  // Assistance projects: as activities, each carries its classification; published ones reach viewers
  // of that level, drafts only their organisation, their contributor and the Secretariat.
  AssistanceProject: {
    about: { organisation: 'owner', author: 'contributedBy' },
    records: {
      ...CONTRIBUTOR_OR_SECRETARIAT,
      authorWhen: { owner: null },
      classifiedBy: 'classification',
      visibleWhen: { moderation: 'PUBLISHED' },
    },
    fields: {
      ...every(PUBLIC, 'id', 'mechanism', 'title', 'reference', 'description', 'implementerName', 'organisations', 'owner',
        'beneficiaryStates', 'beneficiaryRegions', 'regionsAsStated', 'periodFrom', 'periodTo', 'starts', 'ends', 'kinds', 'amount',
        'currency', 'status', 'statusNote', 'meeting', 'delegates', 'sources', 'iatiIdentifier', 'classification', 'moderation',
        'demo', 'version'),
      rejectionReason: CONTRIBUTOR_OR_SECRETARIAT,
    },
  },
  AssistanceProjectConnection: { fields: CONNECTION },
  AssistanceProjectEdge: { fields: EDGE },
  AssistanceProjectPayload: { fields: every(PUBLIC, 'project', 'userErrors') },
  ImportProjectsPayload: { fields: every(PUBLIC, 'imported', 'unchanged', 'rowErrors', 'userErrors') },
  // Reached through records each scoped in SQL: they list only what the viewer may see.
  WhoWorksHere: { fields: every(PUBLIC, 'organisations', 'otherImplementers', 'projects', 'activities') },
  // Reached only through projectOverlaps: both sides are records the viewer may see.
  ProjectOverlap: { fields: every(PUBLIC, 'score', 'reasons', 'states', 'kinds', 'sharedDays', 'projects', 'activities') },
  SponsorshipAward: { fields: every(PUBLIC, 'state', 'meeting', 'year', 'delegates', 'source', 'demo') },
  AssistanceNeedPayload: { fields: every(PUBLIC, 'need', 'userErrors') },
  AssistanceOfferPayload: { fields: every(PUBLIC, 'offer', 'userErrors') },
  AssistanceMatchPayload: { fields: every(PUBLIC, 'match', 'userErrors') },

  // Multi-year plans and their computed progress: public, but for the needs matched.
  MultiYearPlan: {
    fields: every(PUBLIC, 'id', 'name', 'periodFrom', 'periodTo', 'focusRegions', 'objectives', 'source', 'demo', 'version', 'progress'),
  },
  PlanProgress: {
    fields: {
      ...every(PUBLIC, 'asOf', 'measuredTo', 'signatoriesToParties', 'nonSignatoriesToSignatories', 'nonSignatoriesToParties',
        'undetermined', 'activitiesHeld', 'activities'),
      needsMatched: NEED_READERS,
    },
  },
  PlanPayload: { fields: every(PUBLIC, 'plan', 'userErrors') },
  // A region's context: public parts, and the restricted ones under their own rules.
  Region: {
    about: { region: 'code' },
    fields: {
      ...every(PUBLIC, 'code', 'participation', 'states', 'coordinators', 'champions', 'activities'),
      pipeline: TIER_READERS,
      engagements: ENGAGEMENT_READERS,
      needs: NEED_READERS,
    },
  },
  // Reached only through pipeline fields, which their readers alone may ask; the tiers in them are scoped in SQL.
  PipelineTier: { reachedThrough: ['Query.pipeline', 'Region.pipeline'], fields: every(PUBLIC, 'tier', 'entries') },
  PipelineEntry: { reachedThrough: 'PipelineTier.entries', fields: every(PUBLIC, 'state', 'tier', 'assessedOn', 'stage', 'lastEngagementOn') },

  // The audit trail: the Secretariat only.
  AuditEvent: {
    records: { ...AUDIT_TRAIL, growsOnRead: true },
    fields: {
      ...RECORD_ID,
      ...every(AUDIT_TRAIL, 'at', 'kind', 'actor', 'requestId', 'clientRequestId', 'action', 'recordType', 'recordId',
      'recordIds', 'changes', 'fields'),
    },
  },
  AuditEventConnection: { fields: CONNECTION },

  // What changed (issue #16 §4): each change is built from a record the viewer may see (its record scope, in SQL),
  // and its summary from fields whose rule is that same scope; a change to a hidden record is not listed.
  Change: { fields: every(PUBLIC, 'at', 'kind', 'isNew', 'summary', 'record', 'states', 'region', 'body') },
  ChangeConnection: { fields: every(PUBLIC, 'edges', 'pageInfo') },
  ChangeEdge: { fields: EDGE },
  AuditEventEdge: { fields: EDGE },
};

export function fieldAccess(typeName: string, field: string): Access | undefined {
  return POLICY[typeName]?.fields[field];
}

/**
 * What each field of a filter or order input filters or orders by, as `Type.field`: filtering,
 * sorting or counting by a fact needs the right to read it (no side channels), and the records a
 * RESTRICTED filter matched are in the access log (`filter:<name>`). Every field of every input
 * type a query field takes has an entry (checked at start, as fields are).
 */
export const FILTERS: Record<string, Record<string, `${string}.${string}` | Access>> = {
  StateFilter: {
    region: 'State.region',
    status: 'State.status',
    statusUndetermined: 'State.status',
    statusAsOf: 'State.status',
    unMember: 'State.unMember',
    priorityTier: 'State.currentPriority',
  },
  StateOrder: { field: 'State.actions', direction: PUBLIC, language: PUBLIC },
  NationalProcessFilter: { stage: 'NationalProcess.stage', region: 'NationalProcess.state' },
  EngagementFilter: { state: 'Engagement.state', region: 'Engagement.region', from: 'Engagement.date', to: 'Engagement.date' },
  ActivityFilter: {
    status: 'Activity.status',
    kind: 'Activity.kind',
    state: 'Activity.targetStates',
    region: 'Activity.targetRegions',
    from: 'Activity.startDate',
    to: 'Activity.startDate',
  },
  ProjectFilter: {
    mechanism: 'AssistanceProject.mechanism',
    state: 'AssistanceProject.beneficiaryStates',
    region: 'AssistanceProject.beneficiaryRegions',
    kind: 'AssistanceProject.kinds',
    moderation: 'AssistanceProject.moderation',
  },
  NeedFilter: { kind: 'AssistanceNeed.kind', region: 'AssistanceNeed.state', state: 'AssistanceNeed.state', status: 'AssistanceNeed.status' },
  FollowUpFilter: { decidedBy: 'FollowUpAction.decision', open: 'FollowUpAction.status', owner: 'FollowUpAction.owner', status: 'FollowUpAction.status' },
  AuditEventFilter: {
    kind: 'AuditEvent.kind',
    recordType: 'AuditEvent.recordType',
    recordId: 'AuditEvent.recordId',
    actor: 'AuditEvent.actor',
    requestId: 'AuditEvent.requestId',
    clientRequestId: 'AuditEvent.clientRequestId',
  },
};

/** What filtering (or ordering) by one field of a filter input needs: the access of the field it filters by. */
export function filterAccess(input: string, field: string): Access | undefined {
  const by = FILTERS[input]?.[field];
  if (typeof by !== 'string') return by;
  const [type, name] = by.split('.') as [string, string];
  return fieldAccess(type, name);
}
