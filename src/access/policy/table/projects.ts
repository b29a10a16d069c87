import {
  CONNECTION, CONTRIBUTOR_OR_SECRETARIAT, EDGE, every, moderatedContribution, PARTNER, PUBLIC, SECRETARIAT_ONLY, type PolicyPart,
} from './shared';

/** Assistance projects (partners', the Voluntary Trust Fund's, sponsorship), who works where, and overlaps. */
export const PROJECTS: PolicyPart = {
  query: {
    vtfProjects: PUBLIC,
    // Projects are scoped per record in SQL (AssistanceProject below); the lists say nothing beyond them.
    ...every(PUBLIC, 'projects', 'projectsIati', 'whoWorksHere'),
    // Possible duplication: for signed-in viewers; a partner sees only the pairs involving its own work (the resolver).
    projectOverlaps: PARTNER,
  },
  mutation: {
    createProject: PARTNER,
    importProjects: PARTNER,
    updateProject: CONTRIBUTOR_OR_SECRETARIAT,
    submitProject: CONTRIBUTOR_OR_SECRETARIAT,
    publishProject: SECRETARIAT_ONLY,
    rejectProject: SECRETARIAT_ONLY,
  },
  types: {
    VtfProject: { fields: every(PUBLIC, 'state', 'title', 'year', 'amountUsd', 'status', 'source', 'demo') },
    // Assistance projects: as activities, each carries its classification; published ones reach viewers
    // of that level, drafts only their organisation, their contributor and the Secretariat.
    AssistanceProject: {
      ...moderatedContribution('owner', { moderation: 'PUBLISHED' }),
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
  },
  filters: {
    ProjectFilter: {
      mechanism: 'AssistanceProject.mechanism',
      state: 'AssistanceProject.beneficiaryStates',
      region: 'AssistanceProject.beneficiaryRegions',
      kind: 'AssistanceProject.kinds',
      moderation: 'AssistanceProject.moderation',
    },
  },
};
