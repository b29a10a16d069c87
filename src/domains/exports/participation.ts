import type { ParticipationExportPageQuery } from './gql/graphql';
import { ParticipationExportPage } from './operations';
import { type Cell, joined } from './csv';
import type { RunOperation } from './run';

type StateNode = ParticipationExportPageQuery['states']['edges'][number]['node'];
type Action = StateNode['actions'][number];

/** The treaty actions, in the order of a state's path: each gets its own group of columns. */
const ACTION_KINDS = ['SIGNATURE', 'CONSENT', 'ENTRY_INTO_FORCE'] as const;
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
/** 200 is the hub's page limit; half keeps each page's nested lists well within its cost limit. */
const PAGE_SIZE = 100;

export interface ParticipationOptions {
  asOf: string;
  /** Ask for priority tiers: they read as null (FORBIDDEN) for the states the viewer may not see them for. */
  withTier: boolean;
}

/** One state as the JSON export writes it: the API's own shape, names gathered. */
export function participationJson(state: StateNode, withTier: boolean) {
  return {
    iso3: state.iso3,
    iso2: state.iso2,
    names: Object.fromEntries(LANGUAGES.map((l) => [l, state[l]])),
    region: state.region,
    unMember: state.unMember,
    status: state.status,
    possibleStatuses: state.possibleStatuses,
    inForce: state.inForce,
    ...(withTier ? { priorityTier: state.currentPriority?.tier ?? null } : {}),
    actions: state.actions.map((a) => ({ kind: a.kind, instrument: a.instrument, basis: a.basis, ...a.date, sources: a.sources })),
  };
}

const actionColumns = (kind: string) =>
  ['date', 'year', 'precision', 'earliest', 'latest', 'basis', 'source_ids', 'source_titles'].map((c) => `${kind.toLowerCase()}_${c}`);

export function participationColumns(withTier: boolean): string[] {
  return [
    'iso3',
    'iso2',
    ...LANGUAGES.map((l) => `name_${l}`),
    'region',
    'un_member',
    'status',
    'possible_statuses',
    'in_force',
    ...(withTier ? ['priority_tier'] : []),
    'consent_instrument',
    ...ACTION_KINDS.flatMap(actionColumns),
  ];
}

function actionCells(action: Action | undefined): Cell[] {
  if (!action) return Array<Cell>(8).fill(null);
  const { date } = action;
  return [
    date.date,
    date.year,
    date.precision,
    date.earliest,
    date.latest,
    action.basis,
    joined(action.sources.map((s) => s.id)),
    joined(action.sources.map((s) => s.title)),
  ];
}

/** One state as a CSV record, in the order of participationColumns(). */
export function participationCells(state: StateNode, withTier: boolean): Cell[] {
  const byKind = new Map(state.actions.map((a) => [a.kind, a]));
  return [
    state.iso3,
    state.iso2,
    ...LANGUAGES.map((l) => state[l]),
    state.region,
    state.unMember,
    // null: the data cannot decide the status on the day (see possible_statuses).
    state.status ?? 'UNDETERMINED',
    joined(state.possibleStatuses),
    state.inForce,
    ...(withTier ? [state.currentPriority?.tier ?? null] : []),
    byKind.get('CONSENT')?.instrument ?? null,
    ...ACTION_KINDS.flatMap((kind) => actionCells(byKind.get(kind))),
  ];
}

/** Every state, a page at a time, as the pages arrive (ISO3 order). */
export async function* participationPages(run: RunOperation, options: ParticipationOptions): AsyncGenerator<StateNode[]> {
  let after: string | null = null;
  for (;;) {
    const { data }: { data: ParticipationExportPageQuery } = await run(ParticipationExportPage, {
      first: PAGE_SIZE,
      after,
      asOf: options.asOf,
      withTier: options.withTier,
    });
    yield data.states.edges.map((e) => e.node);
    if (!data.states.pageInfo.hasNextPage || !data.states.pageInfo.endCursor) return;
    after = data.states.pageInfo.endCursor;
  }
}
