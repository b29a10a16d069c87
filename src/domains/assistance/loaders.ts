import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssistanceMatch, AssistanceNeed, SponsorshipAward, VtfProject } from './assistance.entity';

/** The most records listed under one state or need (newest first): the lists' bound. */
export const MAX_RELATED = 50;

/** Per request, through the request's EntityManager (so the viewer's record scopes apply). */
export interface AssistanceLoaders {
  needsByState: DataLoader<string, AssistanceNeed[]>;
  matchesByNeed: DataLoader<string, AssistanceMatch[]>;
  vtfByState: DataLoader<string, VtfProject[]>;
  sponsorshipByState: DataLoader<string, SponsorshipAward[]>;
}

function byState<T extends { state: { iso3: string } }>(em: EntityManager, cls: new () => T, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (codes) => {
    const found = (await em.find(cls, { state: { $in: [...codes] } } as never, { orderBy: orderBy as never })) as T[];
    return codes.map((c) => found.filter((r) => r.state.iso3 === c).slice(0, MAX_RELATED));
  });
}

export function createAssistanceLoaders(em: EntityManager): AssistanceLoaders {
  return {
    needsByState: byState(em, AssistanceNeed, { statedOn: 'desc' }),
    vtfByState: byState(em, VtfProject, { year: 'desc' }),
    sponsorshipByState: byState(em, SponsorshipAward, { year: 'desc' }),
    matchesByNeed: new DataLoader(async (ids) => {
      const found = await em.find(AssistanceMatch, { need: { $in: [...ids] } }, { orderBy: { matchedOn: 'desc' } });
      return ids.map((id) => found.filter((m) => m.need.id === id).slice(0, MAX_RELATED));
    }),
  };
}
