import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context';
import { registerNodeType } from '../../kernel/graphql/node';
import { PartialDate } from './participation.types';
import { Source } from './source.entity';
import { State } from './state.entity';
import { TreatyAction } from './treaty-action.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

registerNodeType({
  name: 'TreatyAction',
  cls: TreatyAction,
  key: (action) => String(action.id),
  load: async (ctx: HubContext, key) => (/^\d{1,9}$/.test(key) ? ctx.em.findOne(TreatyAction, { id: Number(key) }) : null),
});

/** Sources cited for one action (the data cites at most a handful). */
const MAX_ACTION_SOURCES = 20;

@Resolver(() => TreatyAction)
export class TreatyActionResolver {
  @FieldResolver(() => State)
  async state(@Root() action: TreatyAction, @Ctx() ctx: HubContext): Promise<State> {
    const state = await ctx.participation.state.load(action.state.iso3);
    if (!state) throw new Error(`Treaty action ${action.id} has no state`);
    return state;
  }

  @FieldResolver(() => PartialDate, { description: 'The date, as precisely as the sources give it.' })
  date(@Root() action: TreatyAction): PartialDate {
    const { precision, date, year, earliest, latest } = action;
    return { precision, date: date ?? null, year: year ?? null, earliest, latest };
  }

  @ListBound(MAX_ACTION_SOURCES)
  @FieldResolver(() => [Source], { description: 'The sources cited for this action and its date.' })
  async sources(@Root() action: TreatyAction, @Ctx() ctx: HubContext): Promise<Source[]> {
    // A provenance id may carry a qualifier, e.g. "MONDIALE(absent)"; the source is the part before it.
    const ids = [...new Set(action.sources.map((id) => id.replace(/\(.*\)$/, '')))].slice(0, MAX_ACTION_SOURCES);
    const found = await ctx.participation.sources.loadMany(ids);
    return found.filter((s): s is Source => s instanceof Source);
  }
}
