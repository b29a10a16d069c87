import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  execute,
  getNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPALS, demoSubject } from '../../src/domains/bodies/demo-principals';
import { ANONYMOUS, type Viewer } from '../../src/access/auth/viewer';
import { buildViewer } from '../../src/domains/bodies/viewer-rights';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { toGlobalId } from '../../src/kernel/graphql/node';
import { canAccess, mayHaveAccess } from '../../src/access/policy/access';
import { Classification, RANK, type RecordScope } from '../../src/access/policy/levels';
import { POLICY } from '../../src/access/policy/policy-table';
import { AttRegion } from '../../src/domains/participation/enums';
import pino from 'pino';
import { createContext } from '../../src/context';
import { buildHubSchema } from '../../src/schema';
import { type HubClient, startTestHub, type TestHub } from '../support/hub';

/**
 * The policy matrix: for every field of the printed schema and every viewer (the anonymous
 * public and each demo principal), a real operation over HTTP that reaches the field, checked
 * against what the policy table says that viewer may read there.
 */
const contract = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));

const COM: RecordScope = { state: 'COM', region: AttRegion.AFRICA };
const GMB: RecordScope = { state: 'GMB', region: AttRegion.AFRICA };
const UKR: RecordScope = { state: 'UKR', region: AttRegion.EUROPE };
const USA: RecordScope = { state: 'USA', region: AttRegion.AMERICAS };
const gid = (type: string, name: string) => toGlobalId(type, stableUuid(name));

interface Step {
  type: string;
  field: string;
  scope?: RecordScope;
}
interface Probe {
  type: string;
  label: string;
  /** The operation, with `SEL` where the type's fields go. */
  operation: string;
  /** Where, in `data`, the object of that type is. */
  at: (string | number)[];
  /** The fields the operation passes through to get there. */
  via: Step[];
  /** The record the object is, for the type's record policy and its fields' scoped grants. */
  scope?: RecordScope;
  /** The object is (or holds, for an edge) a record of `recordType` (default: the probe's type), scoped in SQL. */
  record?: boolean;
  recordType?: string;
  /** A record carrying its own classification, published at this level (open to viewers at or above it). */
  publishedAt?: Classification;
}

const INVALID_INPUT: Record<string, string> = {
  createNationalProcess: '{ stateIso3: "COM", stage: NOT_STARTED, source: "" }',
  updateNationalProcess: `{ id: "none", version: 1, obstacles: "${'x'.repeat(2001)}" }`,
  assessPriority: '{ stateIso3: "COM", tier: TIER_1_SIGNATORY, rationale: "", source: "" }',
  updatePriorityAssessment: `{ id: "none", version: 1, rationale: "${'x'.repeat(2001)}" }`,
  createActivity: '{ kind: WORKSHOP, title: "" }',
  importActivities: '{ format: JSON, content: "[{\\"title\\": \\"\\"}]" }',
  updateActivity: '{ id: "none", version: 1, title: "" }',
  submitActivity: '{ id: "none", version: 1 }',
  publishActivity: '{ id: "none", version: 1 }',
  rejectActivity: '{ id: "none", version: 1 }',
  createProject: '{ title: "" }',
  importProjects: '{ iatiXml: "<x" }',
  updateProject: '{ id: "none", version: 1, title: "" }',
  submitProject: '{ id: "none", version: 1 }',
  publishProject: '{ id: "none", version: 1 }',
  rejectProject: '{ id: "none", version: 1 }',
  recordDecisionStatus: '{ id: "none", version: 1, status: TAKEN, statusSource: "" }',
  createFollowUpAction: '{ decisionId: "none", description: "", owner: "" }',
  updateFollowUpAction: `{ id: "none", version: 1, notes: "${'x'.repeat(5001)}" }`,
  recordEngagement: '{ stateIso3: "COM", onBehalfOf: "", kind: CALL, summary: "" }',
  updateEngagement: '{ id: "none", version: 1, summary: "" }',
  stateNeed: '{ stateIso3: "COM", kind: LEGAL, description: "", statedBy: "" }',
  updateNeed: `{ id: "none", version: 1, description: "${'x'.repeat(5001)}" }`,
  offerAssistance: '{ kinds: [], description: "" }',
  proposeMatch: `{ needId: "none", offerId: "none", note: "${'x'.repeat(2001)}" }`,
  updateMatch: `{ id: "none", version: 1, status: AGREED, note: "${'x'.repeat(2001)}" }`,
  createPlan: '{ name: "", periodFrom: "2026-01-01", periodTo: "2027-12-31", focusRegions: [AFRICA] }',
  appointOfficeHolder: '{ body: WGTU, office: CO_CHAIR, personName: "X", validFrom: "2026-01-01", source: "" }',
  endOfficeHolding: '{ id: "none", version: 1, validTo: "2026-01-01", source: "" }',
  recordDecisionOutcome: '{ id: "none", version: 1, outcome: NOT_RECORDED, source: "" }',
  addCycle: '{ code: "bad", source: "" }',
  addMeeting: '{ body: WGTU, title: "", date: "2026-01-01", source: "" }',
  registerDocument: '{ symbol: "bad", source: "" }',
  updatePlan: '{ id: "none", version: 1, name: "" }',
  correctTreatyAction: '{ id: "none", version: 1, source: "", reason: "" }',
};
const QUERY_ARGS: Record<string, string> = {
  node: `(id: "${toGlobalId('State', 'COM')}")`,
  nodes: `(ids: ["${toGlobalId('State', 'COM')}"])`,
  state: '(iso3: "COM")',
  states: '(first: 1)',
  nationalProcesses: '(first: 5)',
  auditEvents: '(first: 1)',
  activities: '(first: 1)',
  projects: '(first: 1)',
  whoWorksHere: '(state: "GHA")',
  projectOverlaps: '(state: "PHL")',
  projectsIati: '(filter: { state: "GMB" })',
  document: '(symbol: "ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep")',
  engagements: '(first: 5)',
  needs: '(first: 5)',
  matchSuggestions: `(needId: "${gid('AssistanceNeed', 'demo-need:GMB:TRAINING')}")`,
  region: '(code: AFRICA)',
  pipeline: '(region: AFRICA)',
  body: '(code: WGTU)',
  changes: '(since: "2024-01-01", first: 5)',
};
const LEGAL_NETWORK = stableUuid('organisation:Demo Legal Assistance Network');
/** The Vice-President for Africa's contact with Comoros, made in beforeAll. */
let engagementId = '';
const VP_ON_COM: RecordScope = { ...COM, author: stableUuid('person:vp-africa') };
const CSO: RecordScope = { organisation: stableUuid('organisation:Demo Civil Society Network'), author: stableUuid('person:partner-cso') };
/** A partner's draft, made in beforeAll. */
let draftId = '';
/** A partner's draft project in the Philippines, overlapping a published one of another organisation (UNRCPD's, 2017). */
let projectDraftId = '';

const PROBES = (): Probe[] => [
  { type: 'Query', label: 'root', operation: '{ SEL }', at: [], via: [] },
  { type: 'Mutation', label: 'invalid input (writes nothing)', operation: 'mutation { SEL }', at: [], via: [] },
  { type: 'State', label: 'COM', operation: '{ state(iso3: "COM") { SEL } }', at: ['state'], via: [{ type: 'Query', field: 'state' }], scope: COM },
  { type: 'State', label: 'UKR', operation: '{ state(iso3: "UKR") { SEL } }', at: ['state'], via: [{ type: 'Query', field: 'state' }], scope: UKR },
  { type: 'TreatyAction', label: 'COM', operation: '{ state(iso3: "COM") { actions { SEL } } }', at: ['state', 'actions', 0], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'actions', scope: COM }] },
  { type: 'PartialDate', label: 'COM', operation: '{ state(iso3: "COM") { actions { date { SEL } } } }', at: ['state', 'actions', 0, 'date'], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'actions', scope: COM }, { type: 'TreatyAction', field: 'date' }] },
  { type: 'Source', label: 'COM', operation: '{ state(iso3: "COM") { actions { sources { SEL } } } }', at: ['state', 'actions', 0, 'sources', 0], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'actions', scope: COM }, { type: 'TreatyAction', field: 'sources' }] },
  { type: 'StateConnection', label: 'states', operation: '{ states(first: 1) { SEL } }', at: ['states'], via: [{ type: 'Query', field: 'states' }] },
  { type: 'StateEdge', label: 'states', operation: '{ states(first: 1) { edges { SEL } } }', at: ['states', 'edges', 0], via: [{ type: 'Query', field: 'states' }, { type: 'StateConnection', field: 'edges' }] },
  { type: 'PageInfo', label: 'states', operation: '{ states(first: 1) { pageInfo { SEL } } }', at: ['states', 'pageInfo'], via: [{ type: 'Query', field: 'states' }, { type: 'StateConnection', field: 'pageInfo' }] },
  { type: 'ParticipationDataSet', label: 'shipped', operation: '{ participationDataSet { SEL } }', at: ['participationDataSet'], via: [{ type: 'Query', field: 'participationDataSet' }] },
  { type: 'Declaration', label: 'USA', operation: '{ state(iso3: "USA") { declarations { SEL } } }', at: ['state', 'declarations', 0], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'declarations', scope: USA }] },
  { type: 'TreatyActionCorrection', label: 'COM (made in beforeAll)', operation: '{ state(iso3: "COM") { factHistory { SEL } } }', at: ['state', 'factHistory', 0], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'factHistory', scope: COM }], scope: COM },
  { type: 'TreatyActionFacts', label: 'COM before', operation: '{ state(iso3: "COM") { factHistory { before { SEL } } } }', at: ['state', 'factHistory', 0, 'before'], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'factHistory', scope: COM }, { type: 'TreatyActionCorrection', field: 'before', scope: COM }] },
  { type: 'TreatyActionPayload', label: 'invalid input', operation: `mutation { correctTreatyAction(input: ${INVALID_INPUT.correctTreatyAction}) { SEL } }`, at: ['correctTreatyAction'], via: [{ type: 'Mutation', field: 'correctTreatyAction' }] },
  { type: 'Contradiction', label: 'the list', operation: '{ contradictions { SEL } }', at: ['contradictions', 0], via: [{ type: 'Query', field: 'contradictions' }] },
  { type: 'Contradiction', label: 'GMB process', operation: '{ state(iso3: "GMB") { nationalProcess { contradiction { SEL } } } }', at: ['state', 'nationalProcess', 'contradiction'], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'nationalProcess', scope: GMB }, { type: 'NationalProcess', field: 'contradiction', scope: GMB }] },
  { type: 'ParticipationSummary', label: 'today', operation: '{ participationSummary { SEL } }', at: ['participationSummary'], via: [{ type: 'Query', field: 'participationSummary' }] },
  { type: 'RegionParticipation', label: 'today', operation: '{ participationSummary { byRegion { SEL } } }', at: ['participationSummary', 'byRegion', 0], via: [{ type: 'Query', field: 'participationSummary' }, { type: 'ParticipationSummary', field: 'byRegion' }] },
  { type: 'Viewer', label: 'self', operation: '{ viewer { SEL } }', at: ['viewer'], via: [{ type: 'Query', field: 'viewer' }] },
  { type: 'OfficeHolding', label: 'secretariat', operation: `{ node(id: "${gid('OfficeHolding', 'holding:secretariat')}") { ... on OfficeHolding { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }] },
  { type: 'Person', label: 'secretariat', operation: `{ node(id: "${gid('Person', 'person:secretariat')}") { ... on Person { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }] },
  { type: 'Organisation', label: 'cso', operation: `{ node(id: "${gid('Organisation', 'organisation:Demo Civil Society Network')}") { ... on Organisation { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }] },
  { type: 'NationalProcess', label: 'COM by node(id:)', operation: `{ node(id: "${gid('NationalProcess', 'national-process:COM')}") { ... on NationalProcess { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: COM, record: true },
  { type: 'NationalProcess', label: 'GMB by node(id:)', operation: `{ node(id: "${gid('NationalProcess', 'national-process:GMB')}") { ... on NationalProcess { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: GMB, record: true },
  { type: 'NationalProcess', label: 'COM via state', operation: '{ state(iso3: "COM") { nationalProcess { SEL } } }', at: ['state', 'nationalProcess'], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'nationalProcess', scope: COM }], scope: COM, record: true },
  { type: 'NationalProcessConnection', label: 'list', operation: '{ nationalProcesses(first: 5) { SEL } }', at: ['nationalProcesses'], via: [{ type: 'Query', field: 'nationalProcesses' }] },
  { type: 'NationalProcessEdge', label: 'list', operation: '{ nationalProcesses(first: 5) { edges { SEL } } }', at: ['nationalProcesses', 'edges', 0], via: [{ type: 'Query', field: 'nationalProcesses' }, { type: 'NationalProcessConnection', field: 'edges' }] },
  { type: 'PriorityAssessment', label: 'COM', operation: '{ state(iso3: "COM") { currentPriority { SEL } } }', at: ['state', 'currentPriority'], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'currentPriority', scope: COM }], scope: COM, record: true },
  { type: 'PriorityAssessment', label: 'UKR', operation: '{ state(iso3: "UKR") { currentPriority { SEL } } }', at: ['state', 'currentPriority'], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'currentPriority', scope: UKR }], scope: UKR, record: true },
  { type: 'AuditEventConnection', label: 'trail', operation: '{ auditEvents(first: 1) { SEL } }', at: ['auditEvents'], via: [{ type: 'Query', field: 'auditEvents' }] },
  { type: 'AuditEventEdge', label: 'trail', operation: '{ auditEvents(first: 1) { edges { SEL } } }', at: ['auditEvents', 'edges', 0], via: [{ type: 'Query', field: 'auditEvents' }, { type: 'AuditEventConnection', field: 'edges' }] },
  { type: 'AuditEvent', label: 'trail', operation: '{ auditEvents(first: 1) { edges { node { SEL } } } }', at: ['auditEvents', 'edges', 0, 'node'], via: [{ type: 'Query', field: 'auditEvents' }, { type: 'AuditEventConnection', field: 'edges' }, { type: 'AuditEventEdge', field: 'node' }], record: true },
  { type: 'NationalProcessPayload', label: 'invalid input', operation: `mutation { createNationalProcess(input: ${INVALID_INPUT.createNationalProcess}) { SEL } }`, at: ['createNationalProcess'], via: [{ type: 'Mutation', field: 'createNationalProcess' }] },
  { type: 'PriorityAssessmentPayload', label: 'invalid input', operation: `mutation { assessPriority(input: ${INVALID_INPUT.assessPriority}) { SEL } }`, at: ['assessPriority'], via: [{ type: 'Mutation', field: 'assessPriority' }] },
  { type: 'Activity', label: 'published (report)', operation: `{ node(id: "${gid('Activity', 'activity:asean-outreach-workshop-jakarta-2023')}") { ... on Activity { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: {}, record: true, publishedAt: Classification.PUBLIC },
  { type: 'Activity', label: "a partner's draft", operation: `{ node(id: "${draftId}") { ... on Activity { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: CSO, record: true },
  { type: 'ActivityConnection', label: 'list', operation: '{ activities(first: 1) { SEL } }', at: ['activities'], via: [{ type: 'Query', field: 'activities' }] },
  { type: 'ActivityEdge', label: 'list', operation: '{ activities(first: 1) { edges { SEL } } }', at: ['activities', 'edges', 0], via: [{ type: 'Query', field: 'activities' }, { type: 'ActivityConnection', field: 'edges' }] },
  { type: 'ActivityPayload', label: 'invalid input', operation: `mutation { createActivity(input: ${INVALID_INPUT.createActivity}) { SEL } }`, at: ['createActivity'], via: [{ type: 'Mutation', field: 'createActivity' }] },
  { type: 'ImportActivitiesPayload', label: 'bad rows', operation: `mutation { importActivities(input: ${INVALID_INPUT.importActivities}) { SEL } }`, at: ['importActivities'], via: [{ type: 'Mutation', field: 'importActivities' }] },
  { type: 'ImportRowError', label: 'bad rows', operation: `mutation { importActivities(input: ${INVALID_INPUT.importActivities}) { rowErrors { SEL } } }`, at: ['importActivities', 'rowErrors', 0], via: [{ type: 'Mutation', field: 'importActivities' }, { type: 'ImportActivitiesPayload', field: 'rowErrors' }] },
  { type: 'Engagement', label: "VP's contact with COM", operation: `{ node(id: "${engagementId}") { ... on Engagement { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: VP_ON_COM, record: true },
  { type: 'Engagement', label: 'COM via state', operation: '{ state(iso3: "COM") { engagements { SEL } } }', at: ['state', 'engagements', 0], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'engagements', scope: COM }], scope: VP_ON_COM, record: true },
  { type: 'EngagementConnection', label: 'list', operation: '{ engagements(first: 5) { SEL } }', at: ['engagements'], via: [{ type: 'Query', field: 'engagements' }] },
  { type: 'EngagementEdge', label: 'list', operation: '{ engagements(first: 5) { edges { SEL } } }', at: ['engagements', 'edges', 0], via: [{ type: 'Query', field: 'engagements' }, { type: 'EngagementConnection', field: 'edges' }], scope: VP_ON_COM, record: true, recordType: 'Engagement' },
  { type: 'EngagementPayload', label: 'invalid input', operation: `mutation { recordEngagement(input: ${INVALID_INPUT.recordEngagement}) { SEL } }`, at: ['recordEngagement'], via: [{ type: 'Mutation', field: 'recordEngagement' }] },
  { type: 'AssistanceNeed', label: 'COM (demo) by node(id:)', operation: `{ node(id: "${gid('AssistanceNeed', 'demo-need:COM:LEGAL')}") { ... on AssistanceNeed { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: COM, record: true },
  { type: 'AssistanceNeed', label: 'COM via state', operation: '{ state(iso3: "COM") { needs { SEL } } }', at: ['state', 'needs', 0], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'needs', scope: COM }], scope: COM, record: true },
  { type: 'AssistanceNeedConnection', label: 'list', operation: '{ needs(first: 5) { SEL } }', at: ['needs'], via: [{ type: 'Query', field: 'needs' }] },
  { type: 'AssistanceNeedEdge', label: 'list', operation: '{ needs(first: 5) { edges { SEL } } }', at: ['needs', 'edges', 0], via: [{ type: 'Query', field: 'needs' }, { type: 'AssistanceNeedConnection', field: 'edges' }], scope: COM, record: true, recordType: 'AssistanceNeed' },
  { type: 'AssistanceOffer', label: 'list', operation: '{ offers { SEL } }', at: ['offers', 0], via: [{ type: 'Query', field: 'offers' }], record: true },
  { type: 'AssistanceMatch', label: 'COM (demo)', operation: `{ node(id: "${gid('AssistanceMatch', 'demo-match:COM:legal')}") { ... on AssistanceMatch { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: { ...COM, organisation: LEGAL_NETWORK }, record: true },
  { type: 'MatchSuggestion', label: 'GMB training (demo)', operation: `{ matchSuggestions${QUERY_ARGS.matchSuggestions} { SEL } }`, at: ['matchSuggestions', 0], via: [{ type: 'Query', field: 'matchSuggestions' }], scope: GMB, record: true, recordType: 'AssistanceNeed' },
  { type: 'AssistanceProject', label: 'published (demo VTF)', operation: `{ node(id: "${gid('AssistanceProject', 'demo-vtf:COM:2025')}") { ... on AssistanceProject { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: {}, record: true, publishedAt: Classification.PUBLIC },
  { type: 'AssistanceProject', label: "a partner's draft", operation: `{ node(id: "${projectDraftId}") { ... on AssistanceProject { SEL } } }`, at: ['node'], via: [{ type: 'Query', field: 'node' }], scope: CSO, record: true },
  { type: 'AssistanceProjectConnection', label: 'list', operation: '{ projects(first: 1) { SEL } }', at: ['projects'], via: [{ type: 'Query', field: 'projects' }] },
  { type: 'AssistanceProjectEdge', label: 'list', operation: '{ projects(first: 1) { edges { SEL } } }', at: ['projects', 'edges', 0], via: [{ type: 'Query', field: 'projects' }, { type: 'AssistanceProjectConnection', field: 'edges' }] },
  { type: 'AssistanceProjectPayload', label: 'invalid input', operation: `mutation { createProject(input: ${INVALID_INPUT.createProject}) { SEL } }`, at: ['createProject'], via: [{ type: 'Mutation', field: 'createProject' }] },
  { type: 'ImportProjectsPayload', label: 'not XML', operation: `mutation { importProjects(input: ${INVALID_INPUT.importProjects}) { SEL } }`, at: ['importProjects'], via: [{ type: 'Mutation', field: 'importProjects' }] },
  { type: 'WhoWorksHere', label: 'GHA', operation: '{ whoWorksHere(state: "GHA") { SEL } }', at: ['whoWorksHere'], via: [{ type: 'Query', field: 'whoWorksHere' }] },
  // The one pair in the Philippines has the partner's draft on one side: it exists for those who may see the draft.
  { type: 'ProjectOverlap', label: "PHL, a partner's draft", operation: `{ projectOverlaps${QUERY_ARGS.projectOverlaps} { SEL } }`, at: ['projectOverlaps', 0], via: [{ type: 'Query', field: 'projectOverlaps' }], scope: CSO, record: true, recordType: 'AssistanceProject' },
  { type: 'VtfProject', label: 'list', operation: '{ vtfProjects { SEL } }', at: ['vtfProjects', 0], via: [{ type: 'Query', field: 'vtfProjects' }] },
  { type: 'SponsorshipAward', label: 'COM', operation: '{ state(iso3: "COM") { sponsorshipAwards { SEL } } }', at: ['state', 'sponsorshipAwards', 0], via: [{ type: 'Query', field: 'state' }, { type: 'State', field: 'sponsorshipAwards', scope: COM }] },
  { type: 'AssistanceNeedPayload', label: 'invalid input', operation: `mutation { stateNeed(input: ${INVALID_INPUT.stateNeed}) { SEL } }`, at: ['stateNeed'], via: [{ type: 'Mutation', field: 'stateNeed' }] },
  { type: 'AssistanceOfferPayload', label: 'invalid input', operation: `mutation { offerAssistance(input: ${INVALID_INPUT.offerAssistance}) { SEL } }`, at: ['offerAssistance'], via: [{ type: 'Mutation', field: 'offerAssistance' }] },
  { type: 'AssistanceMatchPayload', label: 'invalid input', operation: `mutation { proposeMatch(input: ${INVALID_INPUT.proposeMatch}) { SEL } }`, at: ['proposeMatch'], via: [{ type: 'Mutation', field: 'proposeMatch' }] },
  { type: 'MultiYearPlan', label: 'demo plan', operation: '{ plans { SEL } }', at: ['plans', 0], via: [{ type: 'Query', field: 'plans' }] },
  { type: 'PlanProgress', label: 'demo plan', operation: '{ plans { progress(asOf: "2025-01-01") { SEL } } }', at: ['plans', 0, 'progress'], via: [{ type: 'Query', field: 'plans' }, { type: 'MultiYearPlan', field: 'progress' }] },
  { type: 'PlanPayload', label: 'invalid input', operation: `mutation { createPlan(input: ${INVALID_INPUT.createPlan}) { SEL } }`, at: ['createPlan'], via: [{ type: 'Mutation', field: 'createPlan' }] },
  { type: 'Region', label: 'AFRICA', operation: '{ region(code: AFRICA) { SEL } }', at: ['region'], via: [{ type: 'Query', field: 'region' }], scope: { region: AttRegion.AFRICA } },
  { type: 'Region', label: 'ASIA', operation: '{ region(code: ASIA) { SEL } }', at: ['region'], via: [{ type: 'Query', field: 'region' }], scope: { region: AttRegion.ASIA } },
  { type: 'PipelineTier', label: 'AFRICA', operation: '{ pipeline(region: AFRICA) { SEL } }', at: ['pipeline', 0], via: [{ type: 'Query', field: 'pipeline' }] },
  { type: 'PipelineEntry', label: 'AFRICA tier 1', operation: '{ pipeline(region: AFRICA) { entries { SEL } } }', at: ['pipeline', 0, 'entries', 0], via: [{ type: 'Query', field: 'pipeline' }, { type: 'PipelineTier', field: 'entries' }] },
  { type: 'Cycle', label: 'list', operation: '{ cycles { SEL } }', at: ['cycles', 0], via: [{ type: 'Query', field: 'cycles' }] },
  { type: 'Body', label: 'WGTU', operation: '{ body(code: WGTU) { SEL } }', at: ['body'], via: [{ type: 'Query', field: 'body' }] },
  { type: 'UniversalizationView', label: 'WGETI', operation: '{ body(code: WGETI) { universalizationView(joinedWithinYears: 5) { SEL } } }', at: ['body', 'universalizationView'], via: [{ type: 'Query', field: 'body' }, { type: 'Body', field: 'universalizationView' }] },
  { type: 'JoinedState', label: 'WGETI', operation: '{ body(code: WGETI) { universalizationView(joinedWithinYears: 5) { joined { SEL } } } }', at: ['body', 'universalizationView', 'joined', 0], via: [{ type: 'Query', field: 'body' }, { type: 'Body', field: 'universalizationView' }, { type: 'UniversalizationView', field: 'joined' }] },
  // Changes since 2024: every viewer has some (the states that joined since are public).
  { type: 'ChangeConnection', label: 'since 2024', operation: `{ changes${QUERY_ARGS.changes} { SEL } }`, at: ['changes'], via: [{ type: 'Query', field: 'changes' }] },
  { type: 'ChangeEdge', label: 'since 2024', operation: `{ changes${QUERY_ARGS.changes} { edges { SEL } } }`, at: ['changes', 'edges', 0], via: [{ type: 'Query', field: 'changes' }, { type: 'ChangeConnection', field: 'edges' }] },
  { type: 'Change', label: 'since 2024', operation: `{ changes${QUERY_ARGS.changes} { edges { node { SEL } } } }`, at: ['changes', 'edges', 0, 'node'], via: [{ type: 'Query', field: 'changes' }, { type: 'ChangeConnection', field: 'edges' }, { type: 'ChangeEdge', field: 'node' }] },
  { type: 'OfficeHoldingPayload', label: 'invalid input', operation: `mutation { appointOfficeHolder(input: ${INVALID_INPUT.appointOfficeHolder}) { SEL } }`, at: ['appointOfficeHolder'], via: [{ type: 'Mutation', field: 'appointOfficeHolder' }] },
  { type: 'CyclePayload', label: 'invalid input', operation: `mutation { addCycle(input: ${INVALID_INPUT.addCycle}) { SEL } }`, at: ['addCycle'], via: [{ type: 'Mutation', field: 'addCycle' }] },
  { type: 'MeetingPayload', label: 'invalid input', operation: `mutation { addMeeting(input: ${INVALID_INPUT.addMeeting}) { SEL } }`, at: ['addMeeting'], via: [{ type: 'Mutation', field: 'addMeeting' }] },
  { type: 'DocumentPayload', label: 'invalid input', operation: `mutation { registerDocument(input: ${INVALID_INPUT.registerDocument}) { SEL } }`, at: ['registerDocument'], via: [{ type: 'Mutation', field: 'registerDocument' }] },
  { type: 'TreatyDocument', label: 'CSP8 report', operation: `{ document${QUERY_ARGS.document} { SEL } }`, at: ['document'], via: [{ type: 'Query', field: 'document' }] },
  { type: 'Meeting', label: 'WGTU', operation: '{ meetings(body: WGTU) { SEL } }', at: ['meetings', 0], via: [{ type: 'Query', field: 'meetings' }] },
  { type: 'MeetingPoint', label: 'WGTU', operation: '{ meetings(body: WGTU, cycle: "CSP9") { points { SEL } } }', at: ['meetings', 0, 'points', 0], via: [{ type: 'Query', field: 'meetings' }, { type: 'Meeting', field: 'points' }] },
  { type: 'ProposalElement', label: 'annex A', operation: '{ proposalElements { SEL } }', at: ['proposalElements', 0], via: [{ type: 'Query', field: 'proposalElements' }] },
  { type: 'Decision', label: 'CSP9', operation: '{ decisions(decidedBy: "CSP9") { SEL } }', at: ['decisions', 0], via: [{ type: 'Query', field: 'decisions' }] },
  { type: 'FollowUpAction', label: 'open', operation: '{ followUpActions(filter: { open: true }) { SEL } }', at: ['followUpActions', 0], via: [{ type: 'Query', field: 'followUpActions' }] },
  { type: 'DecisionPayload', label: 'invalid input', operation: `mutation { recordDecisionStatus(input: ${INVALID_INPUT.recordDecisionStatus}) { SEL } }`, at: ['recordDecisionStatus'], via: [{ type: 'Mutation', field: 'recordDecisionStatus' }] },
  { type: 'FollowUpActionPayload', label: 'invalid input', operation: `mutation { createFollowUpAction(input: ${INVALID_INPUT.createFollowUpAction}) { SEL } }`, at: ['createFollowUpAction'], via: [{ type: 'Mutation', field: 'createFollowUpAction' }] },
  { type: 'UserError', label: 'invalid input', operation: `mutation { createNationalProcess(input: ${INVALID_INPUT.createNationalProcess}) { userErrors { SEL } } }`, at: ['createNationalProcess', 'userErrors', 0], via: [{ type: 'Mutation', field: 'createNationalProcess' }, { type: 'NationalProcessPayload', field: 'userErrors' }] },
];

function selection(type: GraphQLObjectType, field: string): string {
  const def = type.getFields()[field]!;
  const args = type.name === 'Query' ? (QUERY_ARGS[field] ?? '') : type.name === 'Mutation' ? `(input: ${INVALID_INPUT[field]})` : '';
  const required = def.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (required.length && !args) throw new Error(`No arguments known for ${type.name}.${field}: add them to the matrix`);
  const named = getNamedType(def.type);
  const sub = isLeafType(named) ? '' : type.name === 'Mutation' ? ' { userErrors { code } }' : ' { __typename }';
  return `${field}${args}${sub}`;
}

/** What the policy table says: every step there allowed, the record visible, the field allowed. */
function expected(viewer: Viewer, probe: Probe, field: string): boolean {
  const operation = (t: string) => t === 'Query' || t === 'Mutation';
  const allowed = (type: string, f: string, scope?: RecordScope) => {
    const access = POLICY[type]!.fields[f]!;
    return operation(type) ? mayHaveAccess(viewer, access) : canAccess(viewer, access, scope);
  };
  if (!probe.via.every((s) => allowed(s.type, s.field, s.scope))) return false;
  const records = POLICY[probe.recordType ?? probe.type]!.records;
  if (probe.record && records) {
    const byLevel = !!probe.publishedAt && RANK[viewer.level] >= RANK[probe.publishedAt];
    if (!canAccess(viewer, records, probe.scope) && !byLevel) return false;
  }
  return allowed(probe.type, field, probe.scope);
}

function valueAt(data: unknown, at: (string | number)[]): unknown {
  return at.reduce<unknown>((v, key) => (v == null ? v : (v as Record<string | number, unknown>)[key]), data);
}

let hub: TestHub;
/** The hub's schema with the policy applied, executed in this process for most pairs (no HTTP). */
let schema: GraphQLSchema;
const viewers: { name: string; viewer: Viewer; client: HubClient }[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  schema = await buildHubSchema();
  viewers.push({ name: 'anonymous', viewer: ANONYMOUS, client: hub.client });
  const em = hub.hub.database.orm.em.fork();
  const today = new Date().toISOString().slice(0, 10);
  for (const p of DEMO_PRINCIPALS) {
    viewers.push({ name: p.principal, viewer: await buildViewer(em, demoSubject(p.principal), today), client: await hub.as(p.principal) });
  }
  const draft = await (await hub.as('partner-cso')).post(
    JSON.stringify({ query: 'mutation { createActivity(input: { kind: ADVOCACY, title: "Draft for the matrix" }) { activity { id } } }' }),
  );
  draftId = (draft.data as unknown as { createActivity: { activity: { id: string } } }).createActivity.activity.id;
  const project = await (await hub.as('partner-cso')).post(
    JSON.stringify({ query: 'mutation { createProject(input: { mechanism: OTHER, title: "Draft project for the matrix", beneficiaryStates: ["PHL"], kinds: [LEGAL], periodFrom: "2017" }) { project { id } } }' }),
  );
  projectDraftId = (project.data as unknown as { createProject: { project: { id: string } } }).createProject.project.id;
  const engagement = await (await hub.as('vp-africa')).post(
    JSON.stringify({ query: 'mutation { recordEngagement(input: { stateIso3: "COM", kind: CALL, onBehalfOf: "Vice-President for Africa", summary: "Call for the matrix" }) { engagement { id } } }' }),
  );
  engagementId = (engagement.data as unknown as { recordEngagement: { engagement: { id: string } } }).recordEngagement.engagement.id;
  // A correction to Comoros's signature (its note only), so that its history has an entry.
  const secretariat = await hub.as('secretariat');
  const com = await secretariat.post(JSON.stringify({ query: '{ state(iso3: "COM") { actions { id version } } }' }));
  const [signature] = (com.data as unknown as { state: { actions: { id: string; version: number }[] } }).state.actions;
  const corrected = await secretariat.post(JSON.stringify({
    query: `mutation { correctTreatyAction(input: { id: "${signature!.id}", version: ${signature!.version}, note: "Checked for the matrix", source: "Test", reason: "Test" }) { userErrors { message } } }`,
  }));
  expect(corrected.errors).toBeUndefined();
  // So that the audit trail has an entry for the Secretariat to read.
  await (await hub.as('secretariat')).post(JSON.stringify({ query: '{ state(iso3: "COM") { nationalProcess { stage } } }' }));
});
afterAll(async () => {
  await hub?.stop();
});

/** One operation executed against the hub's schema in this process, as `viewer`, answered as HTTP would. */
async function inProcess(viewer: Viewer, operation: string): Promise<{ status: number; data: unknown; errors?: { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] }> {
  const ctx = createContext(hub.hub.database.orm.em, viewer, pino({ level: 'silent' }), { requestId: 'policy-matrix', clientRequestId: null });
  const result = await execute({ schema, document: parse(operation), contextValue: ctx });
  return { status: 200, data: result.data, errors: result.errors?.map((e) => ({ path: e.path, extensions: e.extensions })) };
}

describe('the policy matrix', () => {
  it('covers every object type of the printed schema with a probe', () => {
    const types = Object.values(contract.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));
    const probed = new Set(PROBES().map((p) => p.type));
    expect(types.map((t) => t.name).filter((n) => !probed.has(n))).toEqual([]);
  });

  it('every viewer reads exactly what the policy table allows, field by field', { timeout: 180_000 }, async () => {
    let pairs = 0;
    let httpPairs = 0;
    let probeIndex = 0;
    const mismatches: string[] = [];
    for (const probe of PROBES()) {
      const type = contract.getType(probe.type) as GraphQLObjectType;
      const fields = Object.keys(type.getFields());
      // Mutations one at a time (they are separate operations); other types all fields at once.
      const groups = probe.type === 'Mutation' ? fields.map((f) => [f]) : [fields];
      const overHttpFor = viewers[probeIndex++ % viewers.length]!.name;
      for (const { name, viewer, client } of viewers) {
        for (const group of groups) {
          const operation = probe.operation.replace('SEL', group.map((f) => selection(type, f)).join(' '));
          // Every pair in process, through the schema the hub serves, with the viewer's own context;
          // one viewer in each probe's rotation also over HTTP, the way a client asks.
          // Imports too: they leave and re-enter the request's transaction around their heavy place, a
          // lifecycle only the served request (Apollo's plugin) gives them.
          const overHttp = name === overHttpFor || /^mutation \{ import/.test(probe.operation) || (probe.type === 'Mutation' && group.some((f) => f.startsWith('import')));
          const res = overHttp ? await client.post(JSON.stringify({ query: operation })) : await inProcess(viewer, operation);
          if (overHttp) httpPairs += group.length;
          // A denial asks the anonymous public to sign in, and tells a signed-in viewer it may not.
          const denial = viewer.subject === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          const unexpected = (res.errors ?? []).filter((e) => e.extensions?.code !== denial);
          expect(unexpected, `${name} ${probe.type} ${probe.label} ${operation} ${JSON.stringify(unexpected)}`).toEqual([]);
          const parent = valueAt(res.data, probe.at);
          for (const field of group) {
            const denied = (res.errors ?? []).some((e) => JSON.stringify(e.path) === JSON.stringify([...probe.at, field]));
            const read = parent != null && !denied;
            if (read !== expected(viewer, probe, field)) {
              mismatches.push(`${name}: ${probe.type}.${field} (${probe.label}) read=${read}`);
            }
            pairs++;
          }
        }
      }
    }
    console.log(`policy matrix: ${pairs} (viewer, field) pairs checked, ${httpPairs} of them over HTTP, ${viewers.length} viewers`);
    expect(mismatches).toEqual([]);
    expect(pairs).toBeGreaterThan(1000);
    expect(httpPairs).toBeGreaterThan(50);
  });
});
