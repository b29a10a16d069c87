import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Activity } from '../activities/activity.entity';
import { ImportRowError } from '../activities/activity.types';
import { Connection } from '../../kernel/graphql/connection';

import { ListBound } from '../../kernel/graphql/field-cost';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { Organisation } from '../organisations/organisation.entity';
import { AttRegion } from '../participation/enums';
import { State } from '../participation/state.entity';
import { Classification } from '../../access/policy/levels';
import { FundingMechanism, ProjectModeration, ProjectStatus, SupportKind } from './enums';
import { MAX_IMPORT_PROJECTS } from './iati';
import { AssistanceProject } from './project.entity';

@ObjectType('AssistanceProjectConnection', { description: 'A page of assistance projects (Relay cursor connection).' })
export class AssistanceProjectConnection extends Connection('AssistanceProject', AssistanceProject) {}

@InputType('ProjectFilter', { description: 'Narrows a list of projects.' })
export class ProjectFilter {
  @Field(() => FundingMechanism, { description: 'Only projects of this funding mechanism.', nullable: true })
  mechanism?: FundingMechanism | null;

  @Field(() => String, { nullable: true, description: 'Projects aimed at this state (ISO3).' })
  state?: string | null;

  @Field(() => AttRegion, { nullable: true, description: 'Projects aimed at this region or at a state in it.' })
  region?: AttRegion | null;

  @Field(() => SupportKind, { description: 'Only projects giving this kind of support.', nullable: true })
  kind?: SupportKind | null;

  @Field(() => ProjectModeration, { description: 'Only projects in this moderation status.', nullable: true })
  moderation?: ProjectModeration | null;
}

/** The editable content of a project (create and update share it). */
@InputType('ProjectContentInput')
export class ProjectContentInput {
  @Field(() => FundingMechanism, { description: 'The funding mechanism.', nullable: true })
  mechanism?: FundingMechanism | null;

  @Field(() => String, { description: 'The project\'s title.', nullable: true })
  title?: string | null;

  @Field(() => String, { description: 'The funder\'s own reference for the project, if any.', nullable: true })
  reference?: string | null;

  @Field(() => String, { description: 'What the project does.', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Who implements it, as it should be shown (default: your organisation).' })
  implementerName?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO3 codes.' })
  beneficiaryStates?: string[] | null;

  @Field(() => [AttRegion], { description: 'The regions it benefits, when it names regions rather than states.', nullable: true })
  beneficiaryRegions?: AttRegion[] | null;

  @Field(() => String, { description: 'The regions in the source\'s own words.', nullable: true })
  regionsAsStated?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD; null: not known.' })
  periodTo?: string | null;

  @Field(() => [SupportKind], { description: 'The kinds of support it gives.', nullable: true })
  kinds?: SupportKind[] | null;

  @Field(() => String, { nullable: true, description: 'A decimal number, e.g. 99958 or 91501.05.' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. USD.' })
  currency?: string | null;

  @Field(() => ProjectStatus, { description: 'Where the project stands.', nullable: true })
  status?: ProjectStatus | null;

  @Field(() => String, { description: 'A note on its status.', nullable: true })
  statusNote?: string | null;

  @Field(() => [String], { description: 'Where the project is recorded.', nullable: true })
  sources?: string[] | null;

  @Field(() => Classification, { nullable: true, description: 'Who may see it once published (default PUBLIC).' })
  classification?: Classification | null;
}

@InputType('CreateProjectInput', { description: 'A new assistance project, saved as a draft.' })
export class CreateProjectInput extends ProjectContentInput {
  @Field(() => String, { nullable: true, description: 'Any string unique to this submission: sending it again returns the same project.' })
  idempotencyKey?: string | null;
}

@InputType('UpdateProjectInput', { description: 'A change to a project, at the version last read.' })
export class UpdateProjectInput extends ProjectContentInput {
  @Field(() => ID, { description: 'The global ID of the project.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the project changed since, nothing is changed (CONFLICT).' })
  version!: number;
}

@InputType('ModerateProjectInput', { description: 'A project to submit, publish or reject, at the version last read.' })
export class ModerateProjectInput {
  @Field(() => ID, { description: 'The global ID of the project.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the project changed since, nothing is done (CONFLICT).' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  reason?: string | null;
}

@ObjectType('AssistanceProjectPayload', { description: 'The result of a project mutation: the project as saved, or userErrors saying why nothing was saved.' })
export class AssistanceProjectPayload {
  @Field(() => AssistanceProject, { nullable: true })
  project!: AssistanceProject | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType('ImportProjectsInput', { description: 'A file of projects to import as drafts.' })
export class ImportProjectsInput {
  @Field(() => String, { description: 'An IATI activity file (iati-activities, version 2.03), at most 1,000 activities.' })
  iatiXml!: string;

  @Field(() => String, { nullable: true, description: 'Where the file comes from (an address or a name), kept with every project it gives.' })
  source?: string | null;
}

@ObjectType('ImportProjectsPayload', { description: 'The result of importProjects: the projects created, and the errors of the rows that were not.' })
export class ImportProjectsPayload {
  @ListBound(MAX_IMPORT_PROJECTS)
  @Field(() => [AssistanceProject], { description: 'Projects created or updated from the file, as drafts of your organisation.' })
  imported!: AssistanceProject[];

  @Field(() => Int, { description: 'Activities already imported, unchanged: nothing written.' })
  unchanged!: number;

  @ListBound(MAX_IMPORT_PROJECTS * 5)
  @Field(() => [ImportRowError], { description: 'Each activity refused, with its position in the file (from 1) and why.' })
  rowErrors!: ImportRowError[];

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** Who works in a state or region over a period: every organisation, project and activity the viewer may see. */
@ObjectType('WhoWorksHere', { description: 'Who works in a state or region over a period: every organisation, project and activity the viewer may see.' })
export class WhoWorksHere {
  @ListBound(500)
  @Field(() => [Organisation], { description: 'Organisations the hub knows that do the projects and activities listed, by name.' })
  organisations!: Organisation[];

  @ListBound(500)
  @Field(() => [String], { description: 'Who else does them, named as the sources name them (organisations the hub does not hold).' })
  otherImplementers!: string[];

  @ListBound(500)
  @Field(() => [AssistanceProject], { description: 'Projects, the latest start first (at most 500).' })
  projects!: AssistanceProject[];

  @ListBound(500)
  @Field(() => [Activity], { description: 'Activities, the latest first (at most 500).' })
  activities!: Activity[];
}

@ObjectType('ProjectOverlap', { description: 'Work of two organisations that may duplicate each other, with why.' })
export class ProjectOverlap {
  @Field(() => Int, { description: 'Higher is likelier (README, "Overlaps").' })
  score!: number;

  @ListBound(8)
  @Field(() => [String])
  reasons!: string[];

  @ListBound(60)
  @Field(() => [State], { description: 'The states both work in.' })
  states!: State[];

  @ListBound(Object.keys(SupportKind).length)
  @Field(() => [SupportKind])
  kinds!: SupportKind[];

  @Field(() => Int, { description: 'Days the two periods share (an unknown end taken as today).' })
  sharedDays!: number;

  @ListBound(2)
  @Field(() => [AssistanceProject], { description: 'The projects of the pair (two, one or none).' })
  projects!: AssistanceProject[];

  @ListBound(2)
  @Field(() => [Activity], { description: 'The activities of the pair (two, one or none).' })
  activities!: Activity[];
}

