import type { Domain } from '../kernel/domain';
import { seedDemoPrincipals } from './bodies/demo-principals';
import { ActivityImportResolver } from './activities/activity-import.resolver';
import { ActivityTarget } from './activities/activity-target.entity';
import { Activity } from './activities/activity.entity';
import { ActivityResolver } from './activities/activity.resolver';
import { seedReportActivities } from './activities/activity-seed';
import { StateActivitiesResolver } from './activities/state-activities.resolver';
import { seedAssistanceDemo } from './assistance/assistance-demo-seed';
import { AssistanceMatch, AssistanceNeed, AssistanceOffer } from './assistance/assistance.entity';
import { AssistanceMatchResolver, AssistanceNeedResolver, AssistanceOfferResolver } from './assistance/assistance.resolver';
import { SponsorshipAwardResolver, StateAssistanceResolver, VtfProjectResolver } from './assistance/state-assistance.resolver';
import { ChangesResolver } from './coordination/changes.resolver';
import { BodyUniversalizationResolver } from './coordination/universalization-view';
import { BodiesWritesResolver } from './bodies/bodies-writes.resolver';
import { BodyResolver, CycleResolver } from './bodies/bodies.resolver';
import { Body } from './bodies/body.entity';
import { Cycle } from './bodies/cycle.entity';
import { readInstitutionsDataset } from './bodies/institutions-data';
import { seedInstitutions } from './bodies/institutions-seed';
import { OfficeHolding } from './bodies/office-holding.entity';
import { OfficeHoldingResolver } from './bodies/office-holding.resolver';
import { ViewerResolver } from './bodies/viewer.resolver';
import { Person } from './bodies/person.entity';
import { Decision, FollowUpAction } from './meetings/decision.entity';
import { DecisionResolver, FollowUpActionResolver } from './meetings/decisions.resolver';
import { Meeting, MeetingPoint } from './meetings/meeting.entity';
import {
  MeetingPointResolver,
  MeetingResolver,
  MeetingsQueryResolver,
  ProposalElementResolver,
  TreatyDocumentResolver,
} from './meetings/meetings.resolver';
import { ProposalElement } from './meetings/proposal-element.entity';
import { seedReport } from './meetings/report-seed';
import { TreatyDocument } from './meetings/treaty-document.entity';
import { Organisation } from './organisations/organisation.entity';
import { readProjectDataset } from './projects/project-data';
import { ProjectExchangeResolver } from './projects/project-exchange.resolver';
import { AssistanceProject } from './projects/project.entity';
import { AssistanceProjectResolver } from './projects/project.resolver';
import { seedProjects } from './projects/project-seed';
import { OrganisationWorkResolver, StateProjectsResolver, WhoWorksHereResolver } from './projects/who-works-here.resolver';
import { type ParticipationDataset, readParticipationDataset } from './participation/participation-data';
import { seedParticipation } from './participation/participation-seed';
import { Source } from './participation/source.entity';
import { ParticipationDataSetResolver } from './participation/dataset';
import { StateFactHistoryResolver, TreatyActionCorrectionResolver, TreatyActionHistoryResolver } from './participation/corrections.resolver';
import { TreatyActionCorrection } from './participation/treaty-action-correction.entity';
import { StateDeclarationsResolver } from './participation/declarations';
import {
  ContradictionsResolver,
  NationalProcessContradictionResolver,
  PriorityAssessmentContradictionResolver,
} from './universalization/contradictions';
import { State } from './participation/state.entity';
import { StateResolver } from './participation/state.resolver';
import { ParticipationSummaryResolver } from './participation/summary.resolver';
import { TreatyAction } from './participation/treaty-action.entity';
import { TreatyActionResolver } from './participation/treaty-action.resolver';
import { Engagement } from './universalization/engagement.entity';
import { EngagementResolver } from './universalization/engagement.resolver';
import { NationalProcess } from './universalization/national-process.entity';
import { NationalProcessResolver } from './universalization/national-process.resolver';
import { MultiYearPlan } from './universalization/plan.entity';
import { MultiYearPlanResolver, PlanProgressResolver } from './universalization/plan.resolver';
import { PriorityAssessment } from './universalization/priority-assessment.entity';
import { PriorityAssessmentResolver } from './universalization/priority.resolver';
import { PipelineResolver, RegionResolver, StateRegionResolver } from './universalization/region.resolver';
import { StateUniversalizationResolver } from './universalization/state-context.resolver';
import { seedPlanDemo, seedUniversalization } from './universalization/universalization-seed';

/** The shipped participation data, read once per process (its load and the universalization seed both need it). */
let dataset: ParticipationDataset | undefined;
const participationData = (): ParticipationDataset => (dataset ??= readParticipationDataset());

/**
 * Every domain of the hub, in the order their data is loaded and seeded. A new domain is one
 * entry here: the entity list, the schema and the database's seeds are built from this list.
 * (The request context's loaders are still named in src/context.ts, typed per domain.)
 */
export const DOMAINS: readonly Domain[] = [
  {
    name: 'participation',
    entities: [Source, State, TreatyAction, TreatyActionCorrection],
    resolvers: [StateResolver, TreatyActionResolver, ParticipationSummaryResolver, ParticipationDataSetResolver,
      TreatyActionCorrectionResolver, TreatyActionHistoryResolver, StateFactHistoryResolver, StateDeclarationsResolver],
    async load(em, log) {
      const outcome = await seedParticipation(em.fork(), participationData());
      log.info(outcome, outcome.loaded ? 'participation data loaded' : 'participation data already current');
      return outcome.loaded;
    },
  },
  { name: 'organisations', entities: [Organisation], resolvers: [] },
  {
    // Partners' and funders' assistance projects, and the organisations active on the treaty (shipped data).
    name: 'projects',
    entities: [AssistanceProject],
    resolvers: [AssistanceProjectResolver, ProjectExchangeResolver, WhoWorksHereResolver, StateProjectsResolver, OrganisationWorkResolver],
    async load(em, log) {
      const outcome = await seedProjects(em.fork(), readProjectDataset());
      log.info(outcome, outcome.loaded ? 'assistance projects loaded' : 'assistance projects already current');
      return outcome.loaded;
    },
  },
  {
    name: 'universalization',
    entities: [NationalProcess, PriorityAssessment, Engagement, MultiYearPlan],
    resolvers: [
      ContradictionsResolver,
      NationalProcessContradictionResolver,
      PriorityAssessmentContradictionResolver,
      StateUniversalizationResolver,
      NationalProcessResolver,
      PriorityAssessmentResolver,
      EngagementResolver,
      MultiYearPlanResolver,
      PlanProgressResolver,
      RegionResolver,
      PipelineResolver,
      StateRegionResolver,
    ],
    seeds: [
      { name: 'universalization', run: (em) => seedUniversalization(em, participationData().statusObservedBy) },
      { name: 'demo plans', demo: true, run: seedPlanDemo },
    ],
  },
  {
    name: 'meetings',
    entities: [TreatyDocument, Meeting, MeetingPoint, Decision, FollowUpAction, ProposalElement],
    resolvers: [
      MeetingsQueryResolver,
      MeetingResolver,
      MeetingPointResolver,
      TreatyDocumentResolver,
      ProposalElementResolver,
      DecisionResolver,
      FollowUpActionResolver,
    ],
    seeds: [{ name: 'report', run: seedReport }],
  },
  {
    name: 'bodies',
    entities: [Person, OfficeHolding, Cycle, Body],
    resolvers: [ViewerResolver, OfficeHoldingResolver, BodyResolver, CycleResolver, BodiesWritesResolver],
    seeds: [
      // After the report seed (meetings, above): completes the cycles and the President's holding it made, by the same ids.
      { name: 'institutions', run: async (em) => void (await seedInstitutions(em, readInstitutionsDataset())) },
      // The demo principals are people holding offices (demo-principals.ts; scripts/token.ts signs them in).
      { name: 'demo principals', demo: true, run: seedDemoPrincipals },
    ],
  },
  {
    name: 'activities',
    entities: [Activity, ActivityTarget],
    resolvers: [ActivityResolver, ActivityImportResolver, StateActivitiesResolver],
    seeds: [{ name: 'report activities', run: seedReportActivities }],
  },
  {
    name: 'assistance',
    entities: [AssistanceNeed, AssistanceOffer, AssistanceMatch],
    resolvers: [
      AssistanceNeedResolver,
      AssistanceOfferResolver,
      AssistanceMatchResolver,
      StateAssistanceResolver,
      VtfProjectResolver,
      SponsorshipAwardResolver,
    ],
    seeds: [{ name: 'demo assistance', demo: true, run: seedAssistanceDemo }],
  },
  {
    // Across the bodies (issue #16 §4): what changed since a day, and a body's view of universalization. Reads the others' records.
    name: 'coordination',
    entities: [],
    resolvers: [ChangesResolver, BodyUniversalizationResolver],
  },
];
