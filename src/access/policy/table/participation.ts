import {
  AUDIT_TRAIL, CONNECTION, EDGE, ENGAGEMENT_READERS, every, NEED_READERS, PUBLIC, RESTRICTED_ABOUT_STATE, SECRETARIAT_ONLY, type PolicyPart,
} from './shared';

/** Participation: the states' public facts and the counts made of them. */
export const PARTICIPATION: PolicyPart = {
  query: {
    ...every(PUBLIC, 'state', 'states', 'participationSummary', 'participationDataSet'),
  },
  mutation: {
    // The participation data is public and sourced: only the Secretariat corrects it, with a source.
    correctTreatyAction: SECRETARIAT_ONLY,
  },
  types: {
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
    ParticipationSummary: {
      fields: every(PUBLIC, 'asOf', 'region', 'basis', 'leftOut', 'certainty', 'certaintyNote', 'statesParties', 'signatories', 'nonSignatories', 'undetermined',
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
