import { Classification, Grant } from '../levels';
import {
  CONNECTION, EDGE, ENGAGEMENT_READERS, ENGAGEMENT_WRITERS, every, NEED_READERS, PUBLIC, RECORD_ID, RESTRICTED_ABOUT_STATE, SECRETARIAT_ONLY, TIER_READERS, TIER_SETTERS, type PolicyPart,
} from './shared';

/** Universalization: national processes, priority tiers, engagements, plans and a region's context. */
export const UNIVERSALIZATION: PolicyPart = {
  query: {
    nationalProcesses: RESTRICTED_ABOUT_STATE,
    // Facts that contradict each other: the Secretariat's list to correct (it names restricted records).
    contradictions: SECRETARIAT_ONLY,
    engagements: ENGAGEMENT_READERS,
    ...every(PUBLIC, 'plans', 'region'),
    pipeline: TIER_READERS,
  },
  mutation: {
    createNationalProcess: RESTRICTED_ABOUT_STATE,
    updateNationalProcess: RESTRICTED_ABOUT_STATE,
    assessPriority: TIER_SETTERS,
    updatePriorityAssessment: TIER_SETTERS,
    createPlan: { level: Classification.RESTRICTED },
    updatePlan: { level: Classification.RESTRICTED },
    recordEngagement: ENGAGEMENT_WRITERS,
    updateEngagement: { ...ENGAGEMENT_WRITERS, grants: [Grant.COORDINATED_REGION, Grant.AUTHOR] },
  },
  types: {
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
  },
  filters: {
    NationalProcessFilter: { stage: 'NationalProcess.stage', region: 'NationalProcess.state' },
    EngagementFilter: { state: 'Engagement.state', region: 'Engagement.region', from: 'Engagement.date', to: 'Engagement.date' },
  },
};
