import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FollowUpAction } from './decision.entity';
import { MeetingPoint } from './meeting.entity';

/** Points listed for one meeting (the report's meetings have six); the shipped data is checked against it. */
export const MAX_MEETING_POINTS = 20;
/** States named on one point (the report names two at most); the shipped data is checked against it. */
export const MAX_POINT_STATES = 10;
/** Follow-up actions listed for one decision, oldest first. */
export const MAX_FOLLOW_UPS = 100;

export interface MeetingLoaders {
  points: DataLoader<string, MeetingPoint[]>;
  followUps: DataLoader<string, FollowUpAction[]>;
}

export function createMeetingLoaders(em: EntityManager): MeetingLoaders {
  return {
    points: new DataLoader(async (ids) => {
      const found = await em.find(MeetingPoint, { meeting: { $in: [...ids] } }, { orderBy: { label: 'asc' } });
      return ids.map((id) => found.filter((p) => p.meeting.id === id).slice(0, MAX_MEETING_POINTS));
    }),
    followUps: new DataLoader(async (ids) => {
      const found = await em.find(FollowUpAction, { decision: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } });
      return ids.map((id) => found.filter((f) => f.decision.id === id).slice(0, MAX_FOLLOW_UPS));
    }),
  };
}
