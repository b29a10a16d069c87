import type { ActivitiesExportPageQuery, ActivityStatus } from './gql/graphql';
import { ActivitiesExportPage } from './operations';
import { type Cell, joined } from './csv';
import type { RunOperation } from './run';

type ActivityNode = ActivitiesExportPageQuery['activities']['edges'][number]['node'];

/** The hub's largest page: a large export is many of these, each written as it arrives. */
const PAGE_SIZE = 200;

export const ACTIVITY_COLUMNS = [
  'id',
  'kind',
  'title',
  'description',
  'start_date',
  'end_date',
  'place',
  'organiser',
  'organiser_state',
  'target_states',
  'target_regions',
  'languages',
  'outcome',
  'classification',
  'status',
  'source',
  'demo',
];

export function activityCells(a: ActivityNode): Cell[] {
  return [
    a.id,
    a.kind,
    a.title,
    a.description,
    a.startDate,
    a.endDate,
    a.place,
    a.organiserName,
    a.organiserState?.iso3,
    joined(a.targetStates.map((s) => s.iso3)),
    joined(a.targetRegions),
    joined(a.languages),
    a.outcome,
    a.classification,
    a.status,
    a.source,
    a.demo,
  ];
}

export function activityJson(a: ActivityNode) {
  return {
    ...a,
    organiserState: a.organiserState?.iso3 ?? null,
    targetStates: a.targetStates.map((s) => s.iso3),
  };
}

/** The activities the viewer may see with this status (null: every status it may see), newest first. */
export async function* activityPages(run: RunOperation, status: ActivityStatus | null): AsyncGenerator<ActivityNode[]> {
  let after: string | null = null;
  for (;;) {
    const { data }: { data: ActivitiesExportPageQuery } = await run(ActivitiesExportPage, { first: PAGE_SIZE, after, status });
    yield data.activities.edges.map((e) => e.node);
    if (!data.activities.pageInfo.hasNextPage || !data.activities.pageInfo.endCursor) return;
    after = data.activities.pageInfo.endCursor;
  }
}
