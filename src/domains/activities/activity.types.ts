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

@ObjectType('ActivityConnection')
export class ActivityConnection extends Connection('Activity', Activity) {}

@InputType('ActivityFilter')
export class ActivityFilter {
  @Field(() => ActivityStatus, { nullable: true })
  status?: ActivityStatus | null;

  @Field(() => ActivityKind, { nullable: true })
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
  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKind | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  endDate?: Date | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO3 codes.' })
  targetStates?: string[] | null;

  @Field(() => [AttRegion], { nullable: true })
  targetRegions?: AttRegion[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. km, my.' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  outcome?: string | null;

  @Field(() => Classification, { nullable: true, description: 'Who may see it once published (default PUBLIC).' })
  classification?: Classification | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@InputType('CreateActivityInput')
export class CreateActivityInput extends ActivityContentInput {
  @Field(() => String, {
    nullable: true,
    description: 'Any string unique to this submission: sending it again returns the same activity, never a second one.',
  })
  idempotencyKey?: string | null;
}

@InputType('UpdateActivityInput')
export class UpdateActivityInput extends ActivityContentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType('ModerateActivityInput')
export class ModerateActivityInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  reason?: string | null;
}

@ObjectType('ActivityPayload')
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
}
registerEnumType(ImportFormat, { name: 'ImportFormat' });

@InputType('ImportActivitiesInput')
export class ImportActivitiesInput {
  @Field(() => ImportFormat)
  format!: ImportFormat;

  @Field(() => String, {
    description:
      'CSV with a header row (kind,title,description,startDate,endDate,place,targetStates,targetRegions,languages,outcome,classification,source,key; ' +
      'lists separated by ";"), or a JSON array of objects with the same fields. At most 1,000 rows.',
  })
  content!: string;
}

@ObjectType('ImportRowError')
export class ImportRowError {
  @Field(() => Int, { description: 'CSV: the line in the file (the header is line 1). JSON: the position in the array, from 1.' })
  line!: number;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType('ImportActivitiesPayload')
export class ImportActivitiesPayload {
  @ListBound(MAX_IMPORT_ROWS)
  @Field(() => [Activity], { description: 'The activities created from good rows, as drafts.' })
  created!: Activity[];

  @Field(() => Int, { description: 'Good rows that were already imported before (same key): nothing added.' })
  alreadyImported!: number;

  @ListBound(MAX_IMPORT_ROWS * MAX_ROW_PROBLEMS)
  @Field(() => [ImportRowError])
  rowErrors!: ImportRowError[];

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
