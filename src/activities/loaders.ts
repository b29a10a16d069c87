import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Activity } from './activity.entity';

export interface ActivityLoaders {
  /** Visible activities aimed at each state, newest first: one query per batch of states. */
  byTargetState: DataLoader<string, Activity[]>;
}

export function createActivityLoaders(em: EntityManager): ActivityLoaders {
  return {
    byTargetState: new DataLoader(async (codes) => {
      const found = await em.find(
        Activity,
        { targetStates: { $overlap: [...codes] } },
        { orderBy: { startDate: 'desc nulls last', createdAt: 'desc' } },
      );
      return codes.map((c) => found.filter((a) => a.targetStates.includes(c)));
    }),
  };
}
