import type { AttRegion } from '../participation/enums';
import type { AssistanceOffer } from './assistance.entity';
import type { AssistanceKind } from './enums';

/** Offers ranked for one need (the latest of its kind still available): the work of matchSuggestions. */
export const MAX_OFFERS_RANKED = 500;
/** Suggestions returned, best first. */
export const MAX_SUGGESTIONS = 50;

export interface Suggestion {
  offer: AssistanceOffer;
  score: number;
  reasons: string[];
}

/**
 * Ranks offers for a need: only offers of the needed kind, still available and not already
 * matched with it; a regional offer for the need's region ranks above one for any region.
 */
export function rankOffers(
  need: { kind: AssistanceKind; region: AttRegion },
  offers: AssistanceOffer[],
  today: string,
  alreadyMatched: ReadonlySet<string>,
): Suggestion[] {
  const ranked: Suggestion[] = [];
  for (const offer of offers) {
    if (!offer.kinds.includes(need.kind) || alreadyMatched.has(offer.id)) continue;
    if (offer.availableUntil && offer.availableUntil < today) continue;
    const reasons = [`offers ${need.kind.toLowerCase()} assistance`];
    let score = 3;
    if (offer.regions.includes(need.region)) {
      score += 2;
      reasons.push(`covers ${need.region}`);
    } else if (offer.regions.length === 0) {
      score += 1;
      reasons.push('covers any region');
    } else continue;
    ranked.push({ offer, score, reasons });
  }
  return ranked.sort((a, b) => b.score - a.score || a.offer.providerName.localeCompare(b.offer.providerName));
}
