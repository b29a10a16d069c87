import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { AttRegion } from '../participation/enums';
import { AssistanceMatch, AssistanceNeed, AssistanceOffer } from './assistance.entity';
import { AssistanceKind, MatchStatus, NeedStatus } from './enums';
import { ListBound } from '../../kernel/graphql/field-cost';

@ObjectType('AssistanceNeedConnection')
export class AssistanceNeedConnection extends Connection('AssistanceNeed', AssistanceNeed) {}

@InputType('NeedFilter')
export class NeedFilter {
  @Field(() => String, { nullable: true, description: 'ISO3' })
  state?: string | null;

  @Field(() => AttRegion, { nullable: true })
  region?: AttRegion | null;

  @Field(() => AssistanceKind, { nullable: true })
  kind?: AssistanceKind | null;

  @Field(() => NeedStatus, { nullable: true })
  status?: NeedStatus | null;
}

@InputType('StateNeedInput')
export class StateNeedInput {
  @Field(() => String)
  stateIso3!: string;

  @Field(() => AssistanceKind)
  kind!: AssistanceKind;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Who states it, e.g. "National point of contact".' })
  statedBy!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Default today.' })
  statedOn?: Date | null;
}

@InputType('UpdateNeedInput')
export class UpdateNeedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => NeedStatus, { nullable: true })
  status?: NeedStatus | null;
}

@InputType('OfferAssistanceInput')
export class OfferAssistanceInput {
  @Field(() => [AssistanceKind])
  kinds!: AssistanceKind[];

  @Field(() => [AttRegion], { nullable: true, description: 'Regions covered; none: any.' })
  regions?: AttRegion[] | null;

  @Field(() => String)
  description!: string;

  @Field(() => DateScalar, { nullable: true })
  availableUntil?: Date | null;
}

@InputType('ProposeMatchInput')
export class ProposeMatchInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => ID)
  offerId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('UpdateMatchInput')
export class UpdateMatchInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => MatchStatus)
  status!: MatchStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('MatchSuggestion', { description: 'An offer that could meet a need, with why.' })
export class MatchSuggestion {
  @Field(() => AssistanceOffer)
  offer!: AssistanceOffer;

  @Field(() => Int, { description: 'Higher is better: kind 3, region 2 (any region 1).' })
  score!: number;

  @ListBound(2)
  @Field(() => [String])
  reasons!: string[];
}

@ObjectType('AssistanceNeedPayload')
export class AssistanceNeedPayload {
  @Field(() => AssistanceNeed, { nullable: true })
  need!: AssistanceNeed | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('AssistanceOfferPayload')
export class AssistanceOfferPayload {
  @Field(() => AssistanceOffer, { nullable: true })
  offer!: AssistanceOffer | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('AssistanceMatchPayload')
export class AssistanceMatchPayload {
  @Field(() => AssistanceMatch, { nullable: true })
  match!: AssistanceMatch | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
