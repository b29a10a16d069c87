import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { AttRegion } from '../participation/enums';
import { AssistanceMatch, AssistanceNeed, AssistanceOffer } from './assistance.entity';
import { AssistanceKind, MatchStatus, NeedStatus } from './enums';
import { ListBound } from '../../kernel/graphql/field-cost';

@ObjectType('AssistanceNeedConnection', { description: 'A page of assistance needs (Relay cursor connection).' })
export class AssistanceNeedConnection extends Connection('AssistanceNeed', AssistanceNeed) {}

@InputType('NeedFilter', { description: 'Narrows a list of assistance needs.' })
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

@InputType('StateNeedInput', { description: 'A need stated by or for a state.' })
export class StateNeedInput {
  @Field(() => String, { description: 'The state, by its ISO 3166-1 alpha-3 code.' })
  stateIso3!: string;

  @Field(() => AssistanceKind, { description: 'The kind of help needed.' })
  kind!: AssistanceKind;

  @Field(() => String, { description: 'What is needed.' })
  description!: string;

  @Field(() => String, { description: 'Who states it, e.g. "National point of contact".' })
  statedBy!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Default today.' })
  statedOn?: Date | null;
}

@InputType('UpdateNeedInput', { description: 'A change to a stated need, at the version last read.' })
export class UpdateNeedInput {
  @Field(() => ID, { description: 'The global ID of the need.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the need changed since, nothing is changed (CONFLICT).' })
  version!: number;

  @Field(() => String, { description: 'What is needed.', nullable: true })
  description?: string | null;

  @Field(() => NeedStatus, { description: 'Where the need stands.', nullable: true })
  status?: NeedStatus | null;
}

@InputType('OfferAssistanceInput', { description: "A new offer of assistance by the viewer's organisation." })
export class OfferAssistanceInput {
  @Field(() => [AssistanceKind], { description: 'The kinds of help offered.' })
  kinds!: AssistanceKind[];

  @Field(() => [AttRegion], { nullable: true, description: 'Regions covered; none: any.' })
  regions?: AttRegion[] | null;

  @Field(() => String, { description: 'What is offered.' })
  description!: string;

  @Field(() => DateScalar, { description: 'The last day the offer stands, if it ends.', nullable: true })
  availableUntil?: Date | null;
}

@InputType('ProposeMatchInput', { description: 'A need matched with an offer.' })
export class ProposeMatchInput {
  @Field(() => ID, { description: 'The global ID of the need.' })
  needId!: string;

  @Field(() => ID, { description: 'The global ID of the offer.' })
  offerId!: string;

  @Field(() => String, { description: 'A note for both sides.', nullable: true })
  note?: string | null;
}

@InputType('UpdateMatchInput', { description: 'A change to a match, at the version last read.' })
export class UpdateMatchInput {
  @Field(() => ID, { description: 'The global ID of the match.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the match changed since, nothing is changed (CONFLICT).' })
  version!: number;

  @Field(() => MatchStatus, { description: 'Where the match stands.' })
  status!: MatchStatus;

  @Field(() => String, { description: 'A note for both sides.', nullable: true })
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

@ObjectType('AssistanceNeedPayload', { description: 'The result of a need mutation: the need as saved, or userErrors saying why nothing was saved.' })
export class AssistanceNeedPayload {
  @Field(() => AssistanceNeed, { nullable: true })
  need!: AssistanceNeed | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('AssistanceOfferPayload', { description: 'The result of offerAssistance: the offer as saved, or userErrors saying why nothing was saved.' })
export class AssistanceOfferPayload {
  @Field(() => AssistanceOffer, { nullable: true })
  offer!: AssistanceOffer | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('AssistanceMatchPayload', { description: 'The result of a match mutation: the match as saved, or userErrors saying why nothing was saved.' })
export class AssistanceMatchPayload {
  @Field(() => AssistanceMatch, { nullable: true })
  match!: AssistanceMatch | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
