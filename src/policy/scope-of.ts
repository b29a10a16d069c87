import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../graphql/context';
import { State } from '../participation/state.entity';
import type { RecordScope } from './levels';

/**
 * What a parent object is about, for the scoped grants of its fields: a state and its region.
 * Types not listed here have no scope, so only the level of their fields counts.
 */
async function aboutState(ctx: HubContext, iso3: string): Promise<RecordScope> {
  const state = await ctx.participation.state.load(iso3);
  return { state: iso3, region: state?.region };
}

/** The same, read through a given EntityManager (inside a transaction, only `tx` may query). */
export async function stateScopeIn(em: EntityManager, iso3: string): Promise<RecordScope> {
  const state = await em.findOne(State, { iso3 });
  return { state: iso3, region: state?.region };
}

const SCOPES: Record<string, (parent: never, ctx: HubContext) => Promise<RecordScope>> = {
  State: async (state: State) => ({ state: state.iso3, region: state.region }),
  NationalProcess: (record: { state: State }, ctx) => aboutState(ctx, record.state.iso3),
  PriorityAssessment: (record: { state: State }, ctx) => aboutState(ctx, record.state.iso3),
  AssistanceNeed: (record: { state: State }, ctx) => aboutState(ctx, record.state.iso3),
  Region: async (region: { code: RecordScope['region'] }) => ({ region: region.code }),
  Engagement: async (record: { state?: { iso3: string } | null; region: RecordScope['region']; recordedBy?: { id: string } | null }) => ({
    state: record.state?.iso3,
    region: record.region,
    author: record.recordedBy?.id,
  }),
  Activity: async (record: { organiser?: { id: string } | null; contributedBy?: { id: string } | null }) => ({
    organisation: record.organiser?.id,
    author: record.contributedBy?.id,
  }),
};

export function scopeOf(typeName: string, parent: unknown, ctx: HubContext): Promise<RecordScope | undefined> {
  const scope = SCOPES[typeName];
  return scope && parent ? scope(parent as never, ctx) : Promise.resolve(undefined);
}

export function hasScope(typeName: string): boolean {
  return typeName in SCOPES;
}
