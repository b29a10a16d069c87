import {
  CONNECTION, CONTRIBUTOR_OR_SECRETARIAT, EDGE, every, moderatedContribution, PARTNER, PUBLIC, SECRETARIAT_ONLY, type PolicyPart,
} from './shared';

/** Outreach activities. */
export const ACTIVITIES: PolicyPart = {
  query: {
    activities: PUBLIC,
  },
  mutation: {
    createActivity: PARTNER,
    importActivities: PARTNER,
    updateActivity: CONTRIBUTOR_OR_SECRETARIAT,
    submitActivity: CONTRIBUTOR_OR_SECRETARIAT,
    publishActivity: SECRETARIAT_ONLY,
    rejectActivity: SECRETARIAT_ONLY,
  },
  types: {
    // Outreach activities: each carries its classification; published ones reach viewers of that
    // level, drafts only their organisation, their contributor and the Secretariat.
    Activity: {
      // An organisation's contribution is the organisation's: its staff read it while they belong to it
      // (OWN_ORGANISATION), its contributor no longer once it has left. One made for no organisation
      // stays its contributor's (AUTHOR: the account), as no office allowed it: any signed-in person may contribute.
      ...moderatedContribution('organiser', { status: 'PUBLISHED' }),
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
  },
  filters: {
    ActivityFilter: {
      status: 'Activity.status',
      kind: 'Activity.kind',
      state: 'Activity.targetStates',
      region: 'Activity.targetRegions',
      from: 'Activity.startDate',
      to: 'Activity.startDate',
    },
  },
};
