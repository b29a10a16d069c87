import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Engagement } from './engagement.entity';
import { NationalProcess } from './national-process.entity';
import { PriorityAssessment } from './priority-assessment.entity';

/** Per request; every query goes through the request's EntityManager, so its record scopes apply. */
export interface UniversalizationLoaders {
  nationalProcess: DataLoader<string, NationalProcess | null>;
  /** A state's assessments, newest first. */
  priorityAssessments: DataLoader<string, PriorityAssessment[]>;
  /** A state's engagements the viewer may see, newest first. */
  engagements: DataLoader<string, Engagement[]>;
}

export function createUniversalizationLoaders(em: EntityManager): UniversalizationLoaders {
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
      return codes.map((c) => found.filter((a) => a.state.iso3 === c));
    }),
    engagements: new DataLoader(async (codes) => {
      const found = await em.find(Engagement, { state: { $in: [...codes] } }, { orderBy: { date: 'desc', createdAt: 'desc' } });
      return codes.map((c) => found.filter((e) => e.state?.iso3 === c));
    }),
  };
}
