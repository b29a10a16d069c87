import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssistanceProject } from '../projects/project.entity';
import { AssistanceMatch, AssistanceNeed } from './assistance.entity';

/** The most records listed under one state or need (newest first): the lists' bound. */
export const MAX_RELATED = 50;
/** The most projects read for one state (its lists and views each keep MAX_RELATED of them). */
export const MAX_PROJECTS_PER_STATE = 500;

/** Per request, through the request's EntityManager (so the viewer's record scopes apply). */
export interface AssistanceLoaders {
  needsByState: DataLoader<string, AssistanceNeed[]>;
  matchesByNeed: DataLoader<string, AssistanceMatch[]>;
  /** The projects the viewer may see aimed at a state, the latest start first. */
  projectsByState: DataLoader<string, AssistanceProject[]>;
}

export function createAssistanceLoaders(em: EntityManager): AssistanceLoaders {
  return {
    needsByState: new DataLoader(async (codes) => {
      const found = await em.find(AssistanceNeed, { state: { $in: [...codes] } }, { orderBy: { statedOn: 'desc' } });
      return codes.map((c) => found.filter((r) => r.state.iso3 === c).slice(0, MAX_RELATED));
    }),
    projectsByState: new DataLoader(async (codes) => {
      const found = await em.find(
        AssistanceProject,
        { beneficiaryStates: { $overlap: [...codes] } },
        { orderBy: { starts: 'desc nulls last', createdAt: 'desc', id: 'asc' }, limit: MAX_PROJECTS_PER_STATE * codes.length },
      );
      return codes.map((c) => found.filter((p) => p.beneficiaryStates.includes(c)).slice(0, MAX_PROJECTS_PER_STATE));
    }),
    matchesByNeed: new DataLoader(async (ids) => {
      const found = await em.find(AssistanceMatch, { need: { $in: [...ids] } }, { orderBy: { matchedOn: 'desc' } });
      return ids.map((id) => found.filter((m) => m.need.id === id).slice(0, MAX_RELATED));
    }),
  };
}
