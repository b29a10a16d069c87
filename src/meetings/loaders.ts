import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FollowUpAction } from './decision.entity';
import { MeetingPoint } from './meeting.entity';

export interface MeetingLoaders {
  points: DataLoader<string, MeetingPoint[]>;
  followUps: DataLoader<string, FollowUpAction[]>;
}

export function createMeetingLoaders(em: EntityManager): MeetingLoaders {
  return {
    points: new DataLoader(async (ids) => {
      const found = await em.find(MeetingPoint, { meeting: { $in: [...ids] } }, { orderBy: { label: 'asc' } });
      return ids.map((id) => found.filter((p) => p.meeting.id === id));
    }),
    followUps: new DataLoader(async (ids) => {
      const found = await em.find(FollowUpAction, { decision: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } });
      return ids.map((id) => found.filter((f) => f.decision.id === id));
    }),
  };
}
