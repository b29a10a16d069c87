import type { DocumentNode, GraphQLSchema } from 'graphql';
import { BoundedMap } from '../kernel/bounded-map';
import { priceKey } from './cost';

/**
 * Which operations make large answers, learnt from their last answer: a query whose last answer
 * held at least LARGE_ANSWER_VALUES values waits for a large place before it runs (admission.ts,
 * `largeAnswer`). The price cannot tell: it is an upper bound from the lists' declared bounds (the
 * benchmark's W3, one state's context, is priced 4,186 for an answer of 13.5 kB, a few hundred
 * values; W1, all states, 3,400 for ~7,400 values in 228 kB).
 * The first answer of an operation is never held back; a wrong guess only changes when an answer
 * starts, never what it says.
 *
 * Kept per parsed document (Apollo keeps one per query text), by reader and by the variables
 * that price it (`priceKey`: `first`, ids, directives), at most KEPT_PER_DOCUMENT each. By
 * reader: the size of one viewer's answer decides only that viewer's wait, so no one learns from
 * their own wait how much another viewer may see.
 */
export const LARGE_ANSWER_VALUES = 2_000;
const KEPT_PER_DOCUMENT = 32;
/** Longer keys (long id lists) are not kept: such an operation is judged afresh each time. */
const MAX_KEPT_KEY = 2_000;

/** Per document, the last answer's values by key, the least recently used dropped past KEPT_PER_DOCUMENT. */
const lastValues = new WeakMap<DocumentNode, BoundedMap<number>>();

export function answerSizes(schema: GraphQLSchema) {
  return {
    /** What an answer's size is kept by, for one document: its reader and its pricing variables (made once per request). */
    keyOf(reader: string, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): string {
      return `${reader}\n${priceKey(schema, document, operationName, variables)}`;
    },
    /** Whether the last answer kept under `key` was large. */
    wasLarge(document: DocumentNode, key: string): boolean {
      return (lastValues.get(document)?.get(key) ?? 0) >= LARGE_ANSWER_VALUES;
    },
    /** Notes the values an answer held. */
    note(document: DocumentNode, key: string, values: number): void {
      if (key.length > MAX_KEPT_KEY) return;
      let byKey = lastValues.get(document);
      // Each key weighs one: the map keeps the KEPT_PER_DOCUMENT keys used last.
      if (!byKey) lastValues.set(document, (byKey = new BoundedMap<number>(KEPT_PER_DOCUMENT, () => 1)));
      byKey.set(key, values);
    },
  };
}
