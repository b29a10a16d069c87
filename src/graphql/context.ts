import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { createParticipationLoaders, type ParticipationLoaders } from '../participation/loaders';

/** What every resolver of one request shares: its own EntityManager, loaders and logger. */
export interface HubContext {
  requestId: string;
  em: EntityManager;
  log: Logger;
  /** The request's "today", fixed once so one answer never straddles midnight. */
  today: string;
  participation: ParticipationLoaders;
}

export function createContext(em: EntityManager, log: Logger, requestId: string): HubContext {
  const forked = em.fork();
  const today = new Date().toISOString().slice(0, 10);
  return {
    requestId,
    em: forked,
    log,
    today,
    participation: createParticipationLoaders(forked, today),
  };
}
