import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context';
import { ListBound } from '../../kernel/graphql/field-cost';
import { badInput } from '../../kernel/graphql/errors';
import { DateScalar, isoDay } from '../../kernel/graphql/scalars';
import { Body } from '../bodies/body.entity';
import { BodyCode } from '../bodies/enums';
import { TreatyActionKind } from '../participation/enums';
import { State } from '../participation/state.entity';
import { TreatyAction } from '../participation/treaty-action.entity';

/** More states than can have joined in ten years: twenty on a known day since 2016, twenty more whose day no source gives. */
const MAX_JOINED = 60;
/** Ten years reach back to 2016: the view stays a page a chair reads. */
export const MAX_JOINED_WITHIN_YEARS = 10;

@ObjectType('JoinedState', { description: 'A state that joined the Treaty in the window, and the deposit of its instrument.' })
export class JoinedState {
  @Field(() => State, {
    description:
      'The state: ask its `needs`, `vtfProjects`, `projects` and `engagements` here, each under its own rule (what the viewer may not see is not there).',
  })
  state!: State;

  @Field(() => TreatyAction, { description: 'The deposit of its instrument of ratification, acceptance, approval or accession.' })
  consent!: TreatyAction;
}

@ObjectType('UniversalizationView', {
  description:
    "A body's view of universalization from its own mandate: the states that joined recently, to be followed up by the body's " +
    'work on implementation (source document para. 8(b): link universalization with implementation).',
})
export class UniversalizationView {
  @Field(() => BodyCode, { description: 'The body asking.' })
  body!: BodyCode;

  @Field(() => DateScalar, { description: 'The first day of the window.' })
  from!: Date;

  @Field(() => DateScalar, { description: 'The last day of the window (today).' })
  to!: Date;

  @ListBound(MAX_JOINED)
  @Field(() => [JoinedState], { description: 'The states whose instrument was deposited in the window, most recent first.' })
  joined!: JoinedState[];
}

@Resolver(() => Body)
export class BodyUniversalizationResolver {
  @FieldResolver(() => UniversalizationView, {
    description:
      "The body's view of universalization (e.g. WGETI's, by its mandate on implementation): the states that joined within the last " +
      `\`joinedWithinYears\` years (1 to ${MAX_JOINED_WITHIN_YEARS}, default 3), with their needs, projects and engagements as the viewer may see them.`,
  })
  async universalizationView(
    @Root() body: Body,
    @Arg('joinedWithinYears', () => Int, { defaultValue: 3, description: `How many years back the window reaches, 1 to ${MAX_JOINED_WITHIN_YEARS}.` })
    joinedWithinYears: number,
    @Ctx() ctx: HubContext,
  ): Promise<UniversalizationView> {
    if (!Number.isInteger(joinedWithinYears) || joinedWithinYears < 1 || joinedWithinYears > MAX_JOINED_WITHIN_YEARS) {
      throw badInput(`joinedWithinYears must be between 1 and ${MAX_JOINED_WITHIN_YEARS}.`, 'joinedWithinYears');
    }
    const to = new Date(`${ctx.today}T00:00:00.000Z`);
    const from = new Date(to);
    from.setUTCFullYear(from.getUTCFullYear() - joinedWithinYears);
    // Joined in the window for certain: the earliest day the deposit can have been is in it.
    const actions = await ctx.em.find(
      TreatyAction,
      { kind: TreatyActionKind.CONSENT, earliest: { $gte: isoDay(from), $lte: isoDay(to) } },
      { orderBy: { earliest: 'desc', id: 'asc' }, limit: MAX_JOINED },
    );
    const states = await Promise.all(actions.map((a) => ctx.participation.state.load(a.state.iso3)));
    const joined = actions.flatMap((consent, i) => (states[i] ? [{ state: states[i], consent }] : []));
    return { body: body.code, from, to, joined };
  }
}
