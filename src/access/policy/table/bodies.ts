import { Classification } from '../levels';
import { every, PUBLIC, SECRETARIAT_ONLY, type PolicyPart } from './shared';

/** The bodies' record (bodies, offices, organisations, cycles, meetings, documents, decisions), and who is asking. */
export const BODIES: PolicyPart = {
  query: {
    ...every(PUBLIC, 'viewer', 'cycles', 'officeHoldings', 'meetings', 'document', 'documents', 'proposalElements', 'decisions',
      'followUpActions', 'bodies', 'body', 'organisations'),
  },
  mutation: {
    recordDecisionStatus: SECRETARIAT_ONLY,
    // The record of the bodies: the Secretariat keeps it.
    ...every(SECRETARIAT_ONLY, 'appointOfficeHolder', 'endOfficeHolding', 'recordDecisionOutcome', 'addCycle', 'addMeeting',
      'registerDocument'),
    createFollowUpAction: { level: Classification.RESTRICTED },
    updateFollowUpAction: { level: Classification.RESTRICTED },
  },
  types: {
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
  },
  filters: {
    FollowUpFilter: { decidedBy: 'FollowUpAction.decision', open: 'FollowUpAction.status', owner: 'FollowUpAction.owner', status: 'FollowUpAction.status' },
  },
};
