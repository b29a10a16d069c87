import type { Filter } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';
import { canAccess } from './access';
import { Classification, Grant, RANK } from './levels';
import { POLICY } from './policy-table';

/** The filter parameters every request sets on its EntityManager. */
export interface VisibilityParams {
  viewer: Viewer;
}

export const VISIBILITY = 'visibility';

type FilterOptions = Parameters<typeof Filter>[0];

/** A condition on a path like "state.region", as MikroORM nests it. */
function at(path: string, condition: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), condition) as Record<string, unknown>;
}

/**
 * The record scope of a type as a MikroORM filter, on by default: every query of the type
 * returns only the records the request's viewer may see, in SQL, lists and counts alike. A
 * query without a viewer fails (MikroORM refuses a filter without its parameters).
 */
export function visibilityFilter(typeName: string): FilterOptions {
  return {
    name: VISIBILITY,
    default: true,
    cond: (params: Partial<VisibilityParams>) => {
      if (!params.viewer) throw new Error(`No viewer for the ${VISIBILITY} filter of ${typeName}`);
      return visibilityCondition(typeName, params.viewer);
    },
  };
}

/** The records of a type a viewer may see, as a MikroORM condition (also for hand-built queries). */
export function visibilityCondition(typeName: string, viewer: Viewer): Record<string, unknown> {
  const records = POLICY[typeName]?.records;
  if (!records) throw new Error(`No record policy for ${typeName}`);
  if (canAccess(viewer, records)) return {};
  const or: Record<string, unknown>[] = [];
  const paths = records.scopePaths ?? {};
  const granted = new Set(records.grants ?? []);
  if (granted.has(Grant.OWN_STATE) && paths.OWN_STATE && viewer.ownStates.size) {
    or.push(at(paths.OWN_STATE, { $in: [...viewer.ownStates] }));
  }
  if (granted.has(Grant.COORDINATED_REGION) && paths.COORDINATED_REGION && viewer.coordinatedRegions.size) {
    or.push(at(paths.COORDINATED_REGION, { $in: [...viewer.coordinatedRegions] }));
  }
  if (granted.has(Grant.OWN_ORGANISATION) && paths.OWN_ORGANISATION && viewer.organisations.size) {
    or.push(at(paths.OWN_ORGANISATION, { $in: [...viewer.organisations] }));
  }
  // Records that carry their own classification: those at or below the viewer's level
  // (and, where the type says so, only in the states open to all, e.g. published).
  if (records.classifiedBy) {
    const levels = Object.values(Classification).filter((l) => RANK[l] <= RANK[viewer.level]);
    or.push({ ...(records.visibleWhen ?? {}), ...at(records.classifiedBy, { $in: levels }) });
  }
  if (granted.has(Grant.AUTHOR) && paths.AUTHOR && viewer.standings.size) {
    or.push({ ...(records.authorWhen ?? {}), ...at(paths.AUTHOR, { $in: [...viewer.standings] }) });
  }
  // Nothing granted: a condition no row meets.
  // (Not `id in ()`: MikroORM renders that into join conditions as invalid SQL.)
  return or.length ? { $or: or } : { id: null };
}
