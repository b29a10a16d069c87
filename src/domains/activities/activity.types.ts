import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { AttRegion } from '../participation/enums';
import { Classification } from '../../access/policy/levels';
import { Activity } from './activity.entity';
import { ActivityKind, ActivityStatus } from './enums';
import { ListBound } from '../../kernel/graphql/field-cost';
import { MAX_IMPORT_ROWS, MAX_ROW_PROBLEMS } from './activity-content';

@ObjectType('ActivityConnection', { description: 'A page of activities (Relay cursor connection).' })
export class ActivityConnection extends Connection('Activity', Activity) {}

@InputType('ActivityFilter', { description: 'Narrows a list of activities.' })
export class ActivityFilter {
  @Field(() => ActivityStatus, { description: 'Only activities in this moderation status.', nullable: true })
  status?: ActivityStatus | null;

  @Field(() => ActivityKind, { description: 'Only activities of this kind.', nullable: true })
  kind?: ActivityKind | null;

  @Field(() => AttRegion, { nullable: true, description: 'Activities aimed at this region or at a state in it.' })
  region?: AttRegion | null;

  @Field(() => String, { nullable: true, description: 'Activities aimed at this state (ISO3).' })
  state?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on or after this day.' })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on or before this day.' })
  to?: Date | null;
}

/** The editable content of an activity (create and update share it). */
@InputType('ActivityContentInput')
export class ActivityContentInput {
  @Field(() => ActivityKind, { description: 'The kind of activity.', nullable: true })
  kind?: ActivityKind | null;

  @Field(() => String, { description: "The activity's title.", nullable: true })
  title?: string | null;

  @Field(() => String, { description: 'What the activity is about.', nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { description: 'The (first) day it is held.', nullable: true })
  startDate?: Date | null;

  @Field(() => DateScalar, { description: 'The last day, for an activity of several days.', nullable: true })
  endDate?: Date | null;

  @Field(() => String, { description: 'Where it is held, e.g. a city and country, or online.', nullable: true })
  place?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO3 codes.' })
  targetStates?: string[] | null;

  @Field(() => [AttRegion], { description: 'The regions it is aimed at, when aimed at whole regions.', nullable: true })
  targetRegions?: AttRegion[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. km, my.' })
  languages?: string[] | null;

  @Field(() => String, { description: 'What came of it, once held.', nullable: true })
  outcome?: string | null;

  @Field(() => Classification, { nullable: true, description: 'Who may see it once published (default PUBLIC).' })
  classification?: Classification | null;

  @Field(() => String, { description: 'Where the information comes from.', nullable: true })
  source?: string | null;
}

@InputType('CreateActivityInput', { description: "A new activity, saved as a draft of the viewer's organisation (or its own)." })
export class CreateActivityInput extends ActivityContentInput {
  // Required of a new activity (checkContent's `required`), so typed clients know it before sending.
  @Field(() => ActivityKind, { description: 'The kind of activity.' })
  override kind!: ActivityKind;

  @Field(() => String, { description: "The activity's title." })
  override title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Any string unique to this submission: sending it again returns the same activity, never a second one.',
  })
  idempotencyKey?: string | null;
}

@InputType('UpdateActivityInput', { description: 'A change to an activity the viewer may edit, at the version last read.' })
export class UpdateActivityInput extends ActivityContentInput {
  @Field(() => ID, { description: 'The global ID of the activity.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the activity changed since, nothing is changed (CONFLICT).' })
  version!: number;
}

@InputType('ModerateActivityInput', { description: 'An activity to submit, publish or reject, at the version last read.' })
export class ModerateActivityInput {
  @Field(() => ID, { description: 'The global ID of the activity.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the activity changed since, nothing is done (CONFLICT).' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  reason?: string | null;
}

@ObjectType('ActivityPayload', { description: 'The result of an activity mutation: the activity as saved, or userErrors saying why nothing was saved.' })
export class ActivityPayload {
  @Field(() => Activity, { nullable: true })
  activity!: Activity | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

export enum ImportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
  XLSX = 'XLSX',
}
registerEnumType(ImportFormat, {
  valuesConfig: {
    CSV: { description: 'Comma-separated values with a header row.' },
    JSON: { description: 'A JSON array of objects.' },
    XLSX: { description: 'An Excel workbook (.xlsx), base64-encoded: the first sheet, its first row naming the columns.' },
  },
  description: 'The format of an imported file.',
  name: 'ImportFormat',
});

@InputType('ImportActivitiesInput', { description: 'A file of activities to import as drafts: good rows are kept, each bad row comes back with its line and reason.' })
export class ImportActivitiesInput {
  @Field(() => ImportFormat, { description: "The file's format." })
  format!: ImportFormat;

  @Field(() => String, {
    description:
      'CSV with a header row (kind,title,description,startDate,endDate,place,targetStates,targetRegions,languages,outcome,classification,source,key; ' +
      'separated by "," ";" or a tab, as the header line shows; a byte-order mark and quoted line breaks are read; lists separated by ";"), ' +
      'a JSON array of objects with the same fields, or an .xlsx workbook base64-encoded. A column or key the import does not know ' +
      'is an error (with the likely column it meant), never dropped. At most 1,000 rows.',
  })
  content!: string;

  // Optional rather than a default: the compiled executor refuses a missing field of type Boolean! with a default.
  @Field(() => Boolean, {
    nullable: true,
    description: 'A preview: every row is checked and every error returned, and nothing is kept (newRows says how many would be created).',
  })
  dryRun?: boolean | null;
}

@ObjectType('ImportRowError', { description: 'What is wrong with one row of an imported file.' })
export class ImportRowError {
  @Field(() => Int, {
    description: 'CSV: the line in the file the row starts on (the header is line 1). XLSX: the row in the sheet. JSON: the position in the array, from 1.',
  })
  line!: number;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType('ImportActivitiesPayload', { description: 'The result of importActivities: the activities created, and the errors of the rows that were not.' })
export class ImportActivitiesPayload {
  @ListBound(MAX_IMPORT_ROWS)
  @Field(() => [Activity], { description: 'The activities created from good rows, as drafts.' })
  created!: Activity[];

  @Field(() => Int, { description: 'Good rows that were already imported before (same key): nothing added.' })
  alreadyImported!: number;

  @Field(() => Int, { description: 'Good rows not imported before: created now, or, in a dry run, to be created.' })
  newRows!: number;

  @ListBound(MAX_IMPORT_ROWS * MAX_ROW_PROBLEMS)
  @Field(() => [ImportRowError])
  rowErrors!: ImportRowError[];

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
