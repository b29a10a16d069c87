import { type DocumentNode, type GraphQLSchema, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOperation, priceKey } from '../../src/performance/cost';
import { buildContractSchema } from '../../src/schema';

/**
 * An operation's price is kept by its document and the variables that can change it
 * (src/performance/cost.ts): a request that differs only in others (a write's input, a filter)
 * is priced from memory; one that differs in a page size or a directive's condition is priced anew.
 */

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildContractSchema();
});

const WRITE = parse(`mutation W($i: CreateActivityInput!) { createActivity(input: $i) { activity { id status } userErrors { code } } }`);
const LIST = parse(`query Q($n: Int, $with: Boolean!, $status: ActivityStatus) {
  activities(first: $n, filter: { status: $status }) { edges { node { id title targetStates @include(if: $with) { iso3 } } } }
}`);
const key = (document: DocumentNode, name: string, variables: Record<string, unknown>) => priceKey(schema, document, name, variables);
const price = (document: DocumentNode, name: string, variables: Record<string, unknown>) => checkOperation(schema, document, name, variables).cost.cost;

describe('the price of an operation, kept', () => {
  it("keeps one price for a write whatever its input: a mutation's input cannot change it", () => {
    const inputs = ['one', 'two'].map((title) => ({ i: { kind: 'WORKSHOP', title, idempotencyKey: title } }));
    expect(key(WRITE, 'W', inputs[0]!)).toBe(key(WRITE, 'W', inputs[1]!));
  });

  it("keeps apart what can change it: a page size, a directive's condition, a variable not sent and one sent as null", () => {
    const keys = [{ n: 5, with: false }, { n: 50, with: false }, { n: 50, with: true }, { with: true }, { n: null, with: true }].map((v) => key(LIST, 'Q', v));
    expect(new Set(keys).size).toBe(keys.length);
    // A filter's value cannot change it.
    expect(key(LIST, 'Q', { n: 50, with: true, status: 'PUBLISHED' })).toBe(key(LIST, 'Q', { n: 50, with: true }));
    expect(price(LIST, 'Q', { n: 50, with: false })).toBeGreaterThan(price(LIST, 'Q', { n: 5, with: false }));
    expect(price(LIST, 'Q', { n: 50, with: true })).toBeGreaterThan(price(LIST, 'Q', { n: 50, with: false }));
  });

  it('gives, from memory, the price a fresh walk of a new document gives', () => {
    for (const variables of [{ n: 3, with: true }, { n: 3, with: false, status: 'DRAFT' }, { n: 100, with: true }, { with: true }]) {
      const kept = price(LIST, 'Q', variables);
      expect(price(LIST, 'Q', { ...variables, status: 'PUBLISHED' })).toBe(kept);
      expect(price(parse(LIST.loc!.source.body), 'Q', variables)).toBe(kept);
    }
  });
});
