import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Source } from './source.entity';
import { State } from './state.entity';
import { TreatyAction } from './treaty-action.entity';
import { participationAsOf, type ParticipationAsOf } from './participation.sql';

/** Per-request batching of the participation area: one SQL statement per relation and page. */
export interface ParticipationLoaders {
  state: DataLoader<string, State | null>;
  /**
   * The states of `codes` at once, when this request has loaded them all (else undefined): a list
   * of many states then costs no promise per state, and the answer's limit (answer-limit.ts)
   * counts it as soon as it is asked for.
   */
  loadedStates(codes: readonly string[]): State[] | undefined;
  /** A state loaded another way (a page of states): for `state` and `loadedStates`. */
  remember(state: State): void;
  actions: DataLoader<string, TreatyAction[]>;
  sources: DataLoader<string, Source | null>;
  /** Status and entry into force of states on one date. */
  asOf(date: string): DataLoader<string, ParticipationAsOf>;
}

export function createParticipationLoaders(em: EntityManager, today: string): ParticipationLoaders {
  const byDate = new Map<string, DataLoader<string, ParticipationAsOf>>();
  const loaded = new Map<string, State>();
  const state = new DataLoader<string, State | null>(async (codes) => {
    const found = await em.find(State, { iso3: { $in: [...codes] } });
    for (const s of found) loaded.set(s.iso3, s);
    return codes.map((c) => loaded.get(c) ?? null);
  });
  return {
    state,
    loadedStates(codes) {
      const states = new Array<State>(codes.length);
      for (let i = 0; i < codes.length; i++) {
        const found = loaded.get(codes[i]!);
        if (!found) return undefined;
        states[i] = found;
      }
      return states;
    },
    remember(s) {
      loaded.set(s.iso3, s);
      state.prime(s.iso3, s);
    },
    actions: new DataLoader(async (codes) => {
      const found = await em.find(
        TreatyAction,
        { state: { $in: [...codes] } },
        { orderBy: { earliest: 'asc', id: 'asc' } },
      );
      return codes.map((c) => found.filter((a) => a.state.iso3 === c));
    }),
    sources: new DataLoader(async (ids) => {
      const found = await em.find(Source, { id: { $in: [...ids] } });
      const map = new Map(found.map((s) => [s.id, s]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    asOf(date = today) {
      let loader = byDate.get(date);
      if (!loader) {
        loader = new DataLoader(async (codes) => {
          const rows = await participationAsOf(em, date, [...codes]);
          const map = new Map(rows.map((r) => [r.iso3, r]));
          return codes.map((c) => map.get(c) ?? new Error(`No state ${c}`));
        });
        byDate.set(date, loader);
      }
      return loader;
    },
  };
}
