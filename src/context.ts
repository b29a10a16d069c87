import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { type ActivityLoaders, createActivityLoaders } from './domains/activities/loaders';
import { type AssistanceLoaders, createAssistanceLoaders } from './domains/assistance/loaders';
import type { Viewer } from './access/auth/viewer';
import { createMeetingLoaders, type MeetingLoaders } from './domains/meetings/loaders';
import { AnswerBudget } from './performance/answer-limit';
import { EntityLoaders } from './kernel/graphql/entity-loaders';
import type { RequestIds } from './kernel/http/request-context';
import { createParticipationLoaders, type ParticipationLoaders } from './domains/participation/loaders';
import { VISIBILITY, type VisibilityParams } from './access/policy/record-scopes';
import { createUniversalizationLoaders, type UniversalizationLoaders } from './domains/universalization/loaders';

/** What every resolver of one request shares: its viewer, its own EntityManager, loaders and logger. */
export interface HubContext extends RequestIds {
  viewer: Viewer;
  /** Forked per request, with the viewer's record scopes set as filter parameters. */
  em: EntityManager;
  log: Logger;
  /** The request's "today", fixed once so one answer never straddles midnight. */
  today: string;
  participation: ParticipationLoaders;
  universalization: UniversalizationLoaders;
  activities: ActivityLoaders;
  meetings: MeetingLoaders;
  assistance: AssistanceLoaders;
  /** Records by primary key, batched per request. */
  byId: EntityLoaders;
  /** RESTRICTED fields read in this request, by record; written to the audit trail at the end. */
  restrictedReads: Map<string, { recordType: string; recordId: string; fields: Set<string> }>;
  /** What the answer holds so far, against its limit (answer-limit.ts). */
  answer: AnswerBudget;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A fork of `em` that sees only what `viewer` may see. */
export function viewerEntityManager(em: EntityManager, viewer: Viewer): EntityManager {
  const forked = em.fork();
  forked.setFilterParams(VISIBILITY, { viewer } satisfies VisibilityParams);
  return forked;
}

export function createContext(
  em: EntityManager,
  viewer: Viewer,
  log: Logger,
  ids: RequestIds,
  day = today(),
): HubContext {
  const forked = viewerEntityManager(em, viewer);
  return {
    requestId: ids.requestId,
    clientRequestId: ids.clientRequestId,
    viewer,
    em: forked,
    log,
    today: day,
    participation: createParticipationLoaders(forked, day),
    universalization: createUniversalizationLoaders(forked, viewer),
    activities: createActivityLoaders(forked, viewer),
    meetings: createMeetingLoaders(forked),
    assistance: createAssistanceLoaders(forked),
    byId: new EntityLoaders(forked),
    restrictedReads: new Map(),
    answer: new AnswerBudget(),
  };
}
