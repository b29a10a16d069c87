import { overlapDays } from './period';
import type { SupportKind } from './enums';

/** A project or activity as the overlap rule reads it. */
export interface WorkItem {
  type: 'AssistanceProject' | 'Activity';
  id: string;
  states: string[];
  kinds: SupportKind[];
  starts: string | null;
  /** null: the end is not known (taken as ongoing). */
  ends: string | null;
  mechanism: string | null;
  /** The organisations the hub knows that do the work. */
  organisationIds: string[];
  /** Who does it, as named, when the hub knows none of them. */
  doneBy: string | null;
}

export interface Overlap {
  a: WorkItem;
  b: WorkItem;
  states: string[];
  kinds: SupportKind[];
  days: number;
  score: number;
  reasons: string[];
}

/** The weights of the ranking (README, "Overlaps"): each is a reason shown with the pair. */
export const WEIGHTS = {
  perSharedState: 4,
  perSharedKind: 3,
  /** One point per 90 days shared, at most four (a year). */
  perQuarterShared: 1,
  maxQuarters: 4,
  sameFunder: 2,
  /** Per end not known (taken as ongoing): the overlap may not exist. */
  endUnknown: -3,
  /** A regional undertaking reaching many states touches each only in part. */
  broad: -2,
  broadFrom: 6,
};
/** The most items compared at once (pairs are compared within each state). */
export const MAX_OVERLAP_ITEMS = 5000;

/** Different organisations: no organisation in common, and (where none is known) not the same name. */
function differentHands(a: WorkItem, b: WorkItem): boolean {
  if (a.organisationIds.some((id) => b.organisationIds.includes(id))) return false;
  if (!a.organisationIds.length && !b.organisationIds.length) return !a.doneBy || !b.doneBy || a.doneBy !== b.doneBy;
  return true;
}

/**
 * Possible duplication: work of different organisations in the same state, over periods that
 * overlap, giving the same kind of support. Unknown kinds or an unknown start never match. Ranked
 * by `WEIGHTS`, best first; ties by the ids, so the order is stable.
 */
export function findOverlaps(items: WorkItem[], today: string, stateName: (iso3: string) => string = (s) => s): Overlap[] {
  const byState = new Map<string, WorkItem[]>();
  for (const item of items) {
    if (!item.starts || !item.kinds.length) continue;
    for (const s of new Set(item.states)) byState.set(s, [...(byState.get(s) ?? []), item]);
  }
  const pairs = new Map<string, { a: WorkItem; b: WorkItem }>();
  for (const list of byState.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!].sort((x, y) => (`${x.type}:${x.id}` < `${y.type}:${y.id}` ? -1 : 1)) as [WorkItem, WorkItem];
        pairs.set(`${a.type}:${a.id}|${b.type}:${b.id}`, { a, b });
      }
    }
  }
  const found: Overlap[] = [];
  for (const { a, b } of pairs.values()) {
    if (!differentHands(a, b)) continue;
    const kinds = a.kinds.filter((k) => b.kinds.includes(k));
    if (!kinds.length) continue;
    const days = overlapDays({ starts: a.starts!, ends: a.ends }, { starts: b.starts!, ends: b.ends }, today);
    if (!days) continue;
    const states = [...new Set(a.states)].filter((s) => b.states.includes(s)).sort();
    const reasons = [
      `both work in ${states.map(stateName).join(', ')}`,
      `both give ${kinds.map((k) => k.toLowerCase()).join(' and ')} support`,
      `their periods share ${days} day${days === 1 ? '' : 's'}`,
    ];
    let score = WEIGHTS.perSharedState * Math.min(states.length, 3) + WEIGHTS.perSharedKind * kinds.length;
    score += WEIGHTS.perQuarterShared * Math.min(Math.floor(days / 90), WEIGHTS.maxQuarters);
    if (a.mechanism && a.mechanism === b.mechanism) {
      score += WEIGHTS.sameFunder;
      reasons.push(`both funded by ${a.mechanism}`);
    }
    const open = [a, b].filter((x) => !x.ends).length;
    if (open) {
      score += WEIGHTS.endUnknown * open;
      reasons.push(open === 2 ? 'neither end is known (taken as ongoing)' : 'one end is not known (taken as ongoing)');
    }
    const broad = [a, b].filter((x) => x.states.length >= WEIGHTS.broadFrom).length;
    if (broad) {
      score += WEIGHTS.broad;
      reasons.push(`${broad === 2 ? 'both are' : 'one is'} aimed at ${WEIGHTS.broadFrom} states or more`);
    }
    found.push({ a, b, states, kinds, days, score, reasons });
  }
  return found.sort((x, y) => y.score - x.score || (`${x.a.id}${x.b.id}` < `${y.a.id}${y.b.id}` ? -1 : 1));
}
