import {
  CONNECTION, EDGE, ENGAGEMENT_READERS, every, NEED_READERS, PUBLIC, RESTRICTED_ABOUT_STATE, type PolicyPart,
} from './shared';

/** Participation: the states' public facts and the counts made of them. */
export const PARTICIPATION: PolicyPart = {
  query: {
    ...every(PUBLIC, 'state', 'states', 'participationSummary'),
  },
  types: {
    // Participation: public facts.
    State: {
      about: { state: 'iso3', region: 'region' },
      fields: {
        ...every(PUBLIC, 'id', 'iso3', 'iso2', 'name', 'region', 'regionBasis', 'unMember', 'note'),
        ...every(PUBLIC, 'status', 'possibleStatuses', 'inForce', 'actions', 'activities'),
        ...every(RESTRICTED_ABOUT_STATE, 'nationalProcess', 'priorityAssessments', 'currentPriority'),
        engagements: ENGAGEMENT_READERS,
        needs: NEED_READERS,
        ...every(PUBLIC, 'vtfProjects', 'sponsorshipAwards', 'coordinators', 'champions'),
        ...every(PUBLIC, 'projects', 'whoWorksHere'),
      },
    },
    TreatyAction: { fields: every(PUBLIC, 'id', 'kind', 'instrument', 'basis', 'note', 'state', 'date', 'sources') },
    PartialDate: { fields: every(PUBLIC, 'precision', 'date', 'year', 'earliest', 'latest') },
    Source: { fields: every(PUBLIC, 'id', 'title', 'location', 'confidence', 'note') },
    StateConnection: { fields: CONNECTION },
    StateEdge: { fields: EDGE },
    ParticipationSummary: {
      fields: every(PUBLIC, 'asOf', 'region', 'statesParties', 'signatories', 'nonSignatories', 'undetermined',
        'inForce', 'inForceUndetermined', 'total', 'byRegion'),
    },
    RegionParticipation: {
      fields: every(PUBLIC, 'region', 'statesParties', 'signatories', 'nonSignatories', 'undetermined', 'inForce',
        'inForceUndetermined', 'total'),
    },
  },
  filters: {
    StateFilter: {
      region: 'State.region',
      status: 'State.status',
      statusUndetermined: 'State.status',
      statusAsOf: 'State.status',
      unMember: 'State.unMember',
      priorityTier: 'State.currentPriority',
    },
    StateOrder: { field: 'State.actions', direction: PUBLIC, language: PUBLIC },
  },
};
