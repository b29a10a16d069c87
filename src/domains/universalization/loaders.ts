import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../access/auth/viewer';
import { textArray } from '../../kernel/db/sql';
import { scopedTable } from '../../access/policy/scoped-sql';
import { Engagement } from './engagement.entity';
import { NationalProcess } from './national-process.entity';
import { PriorityAssessment } from './priority-assessment.entity';

/** Per request; every query goes through the request's EntityManager, so its record scopes apply. */
/** A state's priority assessments listed, newest first (its current tier is the first). */
export const MAX_ASSESSMENTS_LISTED = 50;

export interface UniversalizationLoaders {
  nationalProcess: DataLoader<string, NationalProcess | null>;
  /** A state's assessments, newest first. */
  priorityAssessments: DataLoader<string, PriorityAssessment[]>;
  /** A state's latest engagements the viewer may see, newest first (one statement per batch). */
  latestEngagements(first: number): DataLoader<string, Engagement[]>;
}

export function createUniversalizationLoaders(em: EntityManager, viewer: Viewer): UniversalizationLoaders {
  const byLimit = new Map<number, DataLoader<string, Engagement[]>>();
  return {
    nationalProcess: new DataLoader(async (codes) => {
      const found = await em.find(NationalProcess, { state: { $in: [...codes] } });
      const map = new Map(found.map((p) => [p.state.iso3, p]));
      return codes.map((c) => map.get(c) ?? null);
    }),
    priorityAssessments: new DataLoader(async (codes) => {
      const found = await em.find(
        PriorityAssessment,
        { state: { $in: [...codes] } },
        { orderBy: { assessedOn: 'desc', createdAt: 'desc' } },
      );
      return codes.map((c) => found.filter((a) => a.state.iso3 === c).slice(0, MAX_ASSESSMENTS_LISTED));
    }),
    latestEngagements(first) {
      let loader = byLimit.get(first);
      if (!loader) {
        loader = new DataLoader(async (codes) => {
          // Each state's first entries in the index engagement_latest: ranking all of a state's
          // engagements read them all (842 buffers for one state at seed factor 30, against 23).
          const ranked: { id: string }[] = await em.execute(
            `select e.id from unnest(?::text[]) as t(code)
               cross join lateral (
                 select e.id from ${scopedTable(em, viewer, Engagement)} e
                  where e.state_iso3 = t.code
                  order by e.date desc, e.created_at desc, e.id
                  limit ?) e`,
            [textArray(codes), first],
          );
          const found = ranked.length
            ? await em.find(Engagement, { id: { $in: ranked.map((r) => r.id) } }, { orderBy: { date: 'desc', createdAt: 'desc', id: 'asc' } })
            : [];
          return codes.map((c) => found.filter((e) => e.state?.iso3 === c));
        });
        byLimit.set(first, loader);
      }
      return loader;
    },
  };
}
