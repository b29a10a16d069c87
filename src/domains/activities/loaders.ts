import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../access/auth/viewer';
import { columnsFor, readOnlyRecords } from '../../performance/read-only-records';
import { textArray } from '../../kernel/db/sql';
import { scopedTable, scopeProperties } from '../../access/policy/scoped-sql';
import { Activity } from './activity.entity';

export interface ActivityLoaders {
  /**
   * The latest `first` visible activities aimed at each state: one statement per batch of states,
   * reading the columns of the `fields` selected (and those the policy reads).
   */
  latestForStates(first: number, fields: ReadonlySet<string>): DataLoader<string, Activity[]>;
}

/**
 * What every activity record needs, whatever is selected: its key, its scope and its
 * classification (a RESTRICTED one's reads are logged), as the policy table says.
 */
const POLICY_PROPERTIES = scopeProperties('Activity');

/** Activity rows as the database returns them, with the state they were found for. */
type RankedRow = Record<string, unknown> & { target_code: string };

export function createActivityLoaders(em: EntityManager, viewer: Viewer): ActivityLoaders {
  const loaders = new Map<string, DataLoader<string, Activity[]>>();
  // What to read for a selection, worked out once per selection (every state of a list shares it).
  const reads = new WeakMap<ReadonlySet<string>, string>();
  const readFor = (fields: ReadonlySet<string>) => {
    let read = reads.get(fields);
    if (read === undefined) {
      const columns = columnsFor(em, Activity, fields, POLICY_PROPERTIES);
      reads.set(fields, (read = columns ? columns.map((c) => `a."${c}"`).join(', ') : 'a.*'));
    }
    return read;
  };
  return {
    latestForStates(first, fields) {
      const read = readFor(fields);
      const key = `${first} ${read}`;
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (codes) => {
          // Per state, the newest entries of the activity_target index (kept by a trigger), in the
          // activities' own order, until `first` visible ones are found.
          const rows: RankedRow[] = await em.execute(
            `select t.code as target_code, ${read}
               from unnest(?::text[]) as t(code)
               cross join lateral (
                 select a.* from activity_target x join ${scopedTable(em, viewer, Activity)} a on a.id = x.activity_id
                  where x.state_iso3 = t.code
                  order by x.start_date desc nulls last, x.created_at desc, x.activity_id
                  limit ?) a`,
            [textArray(codes), first],
          );
          // For display only: untracked records (an activity aimed at two states is built twice).
          const activities = readOnlyRecords(em, Activity, rows);
          const byCode = new Map<string, Activity[]>();
          rows.forEach(({ target_code: code }, i) => {
            const list = byCode.get(code) ?? [];
            list.push(activities[i]!);
            byCode.set(code, list);
          });
          return codes.map((code) => byCode.get(code) ?? []);
        });
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}
