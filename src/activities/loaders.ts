import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { textArray } from '../db/sql';
import { visibilityCondition } from '../policy/record-scopes';
import { Activity } from './activity.entity';

export interface ActivityLoaders {
  /** The latest `first` visible activities aimed at each state: two statements per batch of states. */
  latestForStates(first: number): DataLoader<string, Activity[]>;
}

export function createActivityLoaders(em: EntityManager, viewer: Viewer): ActivityLoaders {
  const byLimit = new Map<number, DataLoader<string, Activity[]>>();
  return {
    latestForStates(first) {
      let loader = byLimit.get(first);
      if (!loader) {
        loader = new DataLoader(async (codes) => {
          // The visible activities, as the record scope defines them, ranked per target state in SQL.
          const visible = em
            .createQueryBuilder(Activity, 'v')
            .select('v.id')
            .where(visibilityCondition('Activity', viewer))
            .getKnexQuery();
          const ranked: { id: string; code: string }[] = await em.execute(
            `select id, code from (
               select a.id, t.code,
                      row_number() over (partition by t.code order by a.start_date desc nulls last, a.created_at desc, a.id) as rank
                 from activity a
                 cross join lateral unnest(a.target_states) as t(code)
                where a.target_states && ?::text[] and t.code = any(?::text[]) and a.id in (${visible.toQuery()})
             ) ranked where rank <= ?`,
            [textArray(codes), textArray(codes), first],
          );
          const found = ranked.length ? await em.find(Activity, { id: { $in: [...new Set(ranked.map((r) => r.id))] } }) : [];
          const byId = new Map(found.map((a) => [a.id, a]));
          const order = (a: Activity, b: Activity) =>
            (b.startDate ?? '').localeCompare(a.startDate ?? '') || b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id);
          return codes.map((code) =>
            ranked.filter((r) => r.code === code).map((r) => byId.get(r.id)).filter((a): a is Activity => !!a).sort(order),
          );
        });
        byLimit.set(first, loader);
      }
      return loader;
    },
  };
}
