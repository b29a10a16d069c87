import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../context';
import { State } from '../../domains/participation/state.entity';
import { Grant, type RecordScope } from './levels';
import { POLICY } from './policy-table';

/** A related record's id, or the value itself. */
const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? value.id : (value ?? null));

/**
 * The standing a record was made under, for the AUTHOR grant, as the policy table says where it
 * is (`scopePaths.AUTHOR`) and when it applies (`authorWhen`); undefined when it does not.
 */
export function authorOf(typeName: string, record: object): string | undefined {
  const records = POLICY[typeName]?.records;
  const path = records?.scopePaths?.[Grant.AUTHOR];
  if (!path) return undefined;
  const fields = record as Record<string, unknown>;
  if (Object.entries(records.authorWhen ?? {}).some(([field, value]) => idOf(fields[field]) !== value)) return undefined;
  return (idOf(fields[path]) as string | null) ?? undefined;
}

/** What an engagement is about, for reads and writes alike. */
export function engagementScope(record: { state?: { iso3: string } | null; region: RecordScope['region'] }): RecordScope {
  return { state: record.state?.iso3, region: record.region, author: authorOf('Engagement', record) };
}

/** What an activity is about: its organisation and, where it applies, its author. */
export function activityScope(record: { organiser?: { id: string } | null }): RecordScope {
  return { organisation: record.organiser?.id, author: authorOf('Activity', record) };
}

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
  Engagement: async (record: Parameters<typeof engagementScope>[0]) => engagementScope(record),
  Activity: async (record: Parameters<typeof activityScope>[0]) => activityScope(record),
};

export function scopeOf(typeName: string, parent: unknown, ctx: HubContext): Promise<RecordScope | undefined> {
  const scope = SCOPES[typeName];
  return scope && parent ? scope(parent as never, ctx) : Promise.resolve(undefined);
}

export function hasScope(typeName: string): boolean {
  return typeName in SCOPES;
}
