import { type Access, Classification, Grant } from './levels';

/**
 * THE policy table: the one source of truth for who may read what. Every field of every
 * object type in the schema has an entry; the graphql-shield rules, the record scopes in SQL,
 * the schema descriptions and the policy-matrix test are all derived from it. A field without
 * an entry fails the start (and so `npm test`); an entry for a field that no longer exists too.
 */
export interface TypePolicy {
  /**
   * Which records of this type a viewer may see at all, enforced in SQL on every query
   * (a hidden record does not exist for that viewer). `scopePaths` say where, in the
   * entity, each grant's state, region or organisation is found.
   */
  records?: Access & {
    scopePaths?: Partial<Record<Grant, string>>;
    /** The column holding each record's own classification: a viewer sees those up to its level. */
    classifiedBy?: string;
    /** With `classifiedBy`: the condition a record must also meet to be open by level (e.g. published). */
    visibleWhen?: Record<string, unknown>;
    /** The condition a record must also meet for the AUTHOR grant to apply (values compared as they are, e.g. null). */
    authorWhen?: Record<string, null>;
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
      ...every(PUBLIC, 'node', 'nodes', 'state', 'states', 'participationSummary', 'viewer', 'activities'),
      ...every(PUBLIC, 'cycles', 'officeHoldings', 'meetings', 'document', 'documents', 'proposalElements', 'decisions',
        'followUpActions'),
      nationalProcesses: RESTRICTED_ABOUT_STATE,
      engagements: ENGAGEMENT_READERS,
      needs: NEED_READERS,
      matchSuggestions: NEED_READERS,
      offers: PARTNER,
      vtfProjects: PUBLIC,
      ...every(PUBLIC, 'plans', 'region', 'organisations'),
      pipeline: TIER_READERS,
      auditEvents: AUDIT_TRAIL,
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
      recordDecisionStatus: SECRETARIAT_ONLY,
      createFollowUpAction: { level: Classification.RESTRICTED },
      updateFollowUpAction: { level: Classification.RESTRICTED },
    },
  },

  // Participation: public facts.
  State: {
    fields: {
      ...every(PUBLIC, 'id', 'iso3', 'iso2', 'name', 'region', 'regionBasis', 'unMember', 'note'),
      ...every(PUBLIC, 'status', 'possibleStatuses', 'inForce', 'actions', 'activities'),
      ...every(RESTRICTED_ABOUT_STATE, 'nationalProcess', 'priorityAssessments', 'currentPriority'),
      engagements: ENGAGEMENT_READERS,
      needs: NEED_READERS,
      ...every(PUBLIC, 'vtfProjects', 'sponsorshipAwards', 'coordinators', 'champions'),
    },
  },
  TreatyAction: { fields: every(PUBLIC, 'id', 'kind', 'instrument', 'basis', 'note', 'state', 'date', 'sources') },
  PartialDate: { fields: every(PUBLIC, 'precision', 'date', 'year', 'earliest', 'latest') },
  Source: { fields: every(PUBLIC, 'id', 'title', 'location', 'confidence', 'note') },
  StateConnection: { fields: CONNECTION },
  StateEdge: { fields: EDGE },
  PageInfo: { fields: every(PUBLIC, 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor') },
  ParticipationSummary: {
    fields: every(PUBLIC, 'asOf', 'region', 'statesParties', 'signatories', 'nonSignatories', 'undetermined',
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
      'representingOrganisation', 'validFrom', 'validTo', 'source', 'demo'),
  },
  Person: { fields: every(PUBLIC, 'id', 'name', 'demo') },
  Organisation: { fields: every(PUBLIC, 'id', 'name', 'kind', 'demo') },

  // The bodies' record: cycles, meetings, documents, decisions and the proposal, as published.
  Cycle: { fields: every(PUBLIC, 'code', 'number', 'conferenceFrom', 'conferenceTo', 'place', 'note', 'source') },
  TreatyDocument: { fields: every(PUBLIC, 'id', 'symbol', 'title', 'body', 'cycle', 'issuedOn', 'languages', 'note') },
  Meeting: {
    fields: every(PUBLIC, 'id', 'body', 'cycle', 'ordinal', 'title', 'date', 'livestreamed', 'reportedIn', 'reportedAt', 'points'),
  },
  MeetingPoint: { fields: every(PUBLIC, 'label', 'speaker', 'states', 'text', 'textZh') },
  ProposalElement: {
    fields: every(PUBLIC, 'label', 'key', 'title', 'situation', 'rationale', 'implementation', 'resources', 'recommendation'),
  },
  Decision: {
    fields: every(PUBLIC, 'id', 'document', 'reference', 'kind', 'decidedBy', 'text', 'textZh', 'status', 'statusSource',
      'followUps', 'version'),
  },
  FollowUpAction: {
    fields: {
      ...every(PUBLIC, 'id', 'decision', 'description', 'owner', 'dueInCycle', 'dueOn', 'status', 'completedOn', 'source',
        'version'),
      notes: { level: Classification.TREATY_BODY },
    },
  },
  DecisionPayload: { fields: every(PUBLIC, 'decision', 'userErrors') },
  FollowUpActionPayload: { fields: every(PUBLIC, 'followUpAction', 'userErrors') },

  // The stepwise approach and national processes: restricted (annex A, element b).
  NationalProcess: {
    records: {
      ...RESTRICTED_ABOUT_STATE,
      scopePaths: { [Grant.OWN_STATE]: 'state', [Grant.COORDINATED_REGION]: 'state.region' },
    },
    fields: {
      ...RECORD_ID,
      ...every(RESTRICTED_ABOUT_STATE, 'state', 'stage', 'obstacles', 'nextStep', 'owner', 'lastAssessed', 'source', 'version'),
    },
  },
  NationalProcessConnection: { fields: CONNECTION },
  NationalProcessEdge: { fields: EDGE },
  NationalProcessPayload: { fields: every(PUBLIC, 'nationalProcess', 'userErrors') },
  PriorityAssessment: {
    records: {
      ...RESTRICTED_ABOUT_STATE,
      scopePaths: { [Grant.OWN_STATE]: 'state', [Grant.COORDINATED_REGION]: 'state.region' },
    },
    fields: {
      ...RECORD_ID,
      ...every(RESTRICTED_ABOUT_STATE, 'state', 'tier', 'rationale', 'cycle', 'assessedOn', 'source', 'version'),
    },
  },
  PriorityAssessmentPayload: { fields: every(PUBLIC, 'priorityAssessment', 'userErrors') },
  Engagement: {
    records: {
      ...ENGAGEMENT_READERS,
      // AUTHOR: the office holding the contact was recorded under (engagement.recorded_under_id).
      scopePaths: { [Grant.OWN_STATE]: 'state', [Grant.COORDINATED_REGION]: 'region', [Grant.AUTHOR]: 'recordedUnder' },
    },
    fields: {
      ...RECORD_ID,
      ...every(ENGAGEMENT_READERS, 'state', 'region', 'organisationContacted', 'date', 'kind', 'counterpart', 'onBehalfOf',
        'summary', 'outcome', 'nextStep', 'nextStepDue', 'demo', 'version'),
    },
  },
  EngagementConnection: { fields: CONNECTION },
  EngagementEdge: { fields: EDGE },
  EngagementPayload: { fields: every(PUBLIC, 'engagement', 'userErrors') },
  UserError: { fields: every(PUBLIC, 'field', 'message', 'code') },

  // Outreach activities: each carries its classification; published ones reach viewers of that
  // level, drafts only their organisation, their contributor and the Secretariat.
  Activity: {
    records: {
      ...CONTRIBUTOR_OR_SECRETARIAT,
      // An organisation's contribution is the organisation's: its staff read it while they belong to it
      // (OWN_ORGANISATION), its contributor no longer once it has left. One made for no organisation
      // stays its contributor's (AUTHOR: the account), as no office allowed it: any signed-in person may contribute.
      scopePaths: { [Grant.OWN_ORGANISATION]: 'organiser', [Grant.AUTHOR]: 'contributedBy' },
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
  ImportActivitiesPayload: { fields: every(PUBLIC, 'created', 'alreadyImported', 'rowErrors', 'userErrors') },
  ImportRowError: { fields: every(PUBLIC, 'line', 'field', 'message') },

  // Assistance: needs for the treaty bodies and the state itself; offers for signed-in
  // stakeholders; matches for the bodies, the state and the offering organisation.
  AssistanceNeed: {
    records: { ...NEED_READERS, scopePaths: { [Grant.OWN_STATE]: 'state' } },
    fields: {
      ...RECORD_ID,
      ...every(NEED_READERS, 'state', 'kind', 'description', 'statedOn', 'statedBy', 'status', 'matches', 'demo', 'version'),
    },
  },
  AssistanceNeedConnection: { fields: CONNECTION },
  AssistanceNeedEdge: { fields: EDGE },
  AssistanceOffer: {
    records: PARTNER,
    fields: {
      ...RECORD_ID,
      ...every(PARTNER, 'providerOrganisation', 'providerState', 'providerName', 'kinds', 'regions', 'description',
        'availableUntil', 'demo', 'version'),
    },
  },
  AssistanceMatch: {
    records: {
      level: Classification.TREATY_BODY,
      grants: [Grant.OWN_STATE, Grant.OWN_ORGANISATION],
      scopePaths: { [Grant.OWN_STATE]: 'need.state', [Grant.OWN_ORGANISATION]: 'offer.providerOrganisation' },
    },
    // The record scope decides who sees a match; its fields say nothing beyond it.
    fields: { ...RECORD_ID, ...every(PARTNER, 'need', 'offer', 'status', 'matchedOn', 'note', 'version') },
  },
  // Reached only through matchSuggestions, which the need's readers alone may ask.
  MatchSuggestion: { fields: every(PUBLIC, 'offer', 'score', 'reasons') },
  VtfProject: { fields: every(PUBLIC, 'state', 'title', 'year', 'amountUsd', 'status', 'source', 'demo') },
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
    fields: {
      ...every(PUBLIC, 'code', 'participation', 'states', 'coordinators', 'champions', 'activities'),
      pipeline: TIER_READERS,
      engagements: ENGAGEMENT_READERS,
      needs: NEED_READERS,
    },
  },
  // Reached only through pipeline fields, which their readers alone may ask; the tiers in them are scoped in SQL.
  PipelineTier: { fields: every(PUBLIC, 'tier', 'entries') },
  PipelineEntry: { fields: every(PUBLIC, 'state', 'tier', 'assessedOn', 'stage', 'lastEngagementOn') },

  // The audit trail: the Secretariat only.
  AuditEvent: {
    records: AUDIT_TRAIL,
    fields: {
      ...RECORD_ID,
      ...every(AUDIT_TRAIL, 'at', 'kind', 'actor', 'requestId', 'clientRequestId', 'action', 'recordType', 'recordId',
      'recordIds', 'changes', 'fields'),
    },
  },
  AuditEventConnection: { fields: CONNECTION },
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
  StateOrder: { field: 'State.actions', direction: PUBLIC },
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
