import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFieldConfig } from 'graphql';
import { describe, expect, it } from 'vitest';
import { boundOf, CHARS_PER_OBJECT, checkListBounds, isListField, textWeight, weightOf } from '../../src/kernel/graphql/field-cost';

/** A schema of one query type with these fields: what the cost declarations are read from. */
function schemaWith(fields: Record<string, GraphQLFieldConfig<unknown, unknown>>): GraphQLSchema {
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields }) });
}
const list = (extensions: Record<string, unknown> = {}, description?: string): GraphQLFieldConfig<unknown, unknown> => ({
  type: new GraphQLNonNull(new GraphQLList(GraphQLString)),
  extensions,
  description,
});
const fieldOf = (schema: GraphQLSchema, name: string) => schema.getQueryType()!.getFields()[name]!;

describe('field cost declarations', () => {
  it('weigh a text by the longest its writes allow, in objects, rounded up', () => {
    expect(textWeight(CHARS_PER_OBJECT)).toBe(1);
    expect(textWeight(CHARS_PER_OBJECT + 1)).toBe(2);
    expect(textWeight(5_000)).toBe(10);
  });

  it('read the bound and weight declared on a field; a list under non-null is still a list', () => {
    const schema = schemaWith({ items: list({ listBound: 7 }), count: { type: GraphQLInt, extensions: { costWeight: 3 } }, plain: { type: GraphQLString } });
    expect(isListField(fieldOf(schema, 'items'))).toBe(true);
    expect(isListField(fieldOf(schema, 'count'))).toBe(false);
    expect(boundOf(fieldOf(schema, 'items'))).toBe(7);
    expect(boundOf(fieldOf(schema, 'plain'))).toBeUndefined();
    expect(weightOf(fieldOf(schema, 'count'))).toBe(3);
    expect(weightOf(fieldOf(schema, 'plain'))).toBe(0);
  });

  it('pass a schema whose every list has a bound, and write the bound into its description once', () => {
    const schema = schemaWith({ items: list({ listBound: 1_500 }, 'The items.'), said: list({ listBound: 3 }, 'At most 3 of them.') });
    checkListBounds(schema);
    checkListBounds(schema);
    expect(fieldOf(schema, 'items').description).toBe('The items. At most 1,500.');
    expect(fieldOf(schema, 'said').description).toBe('At most 3 of them.');
  });

  it('refuse a list without a bound, a bound that is not a count, and a weight that is not one', () => {
    expect(() => checkListBounds(schemaWith({ items: list() }))).toThrow(/Query\.items is a list without a bound/);
    expect(() => checkListBounds(schemaWith({ items: list({ listBound: 0 }) }))).toThrow(/Query\.items has a bound that is not a count/);
    expect(() => checkListBounds(schemaWith({ items: list({ listBound: 2.5 }) }))).toThrow(/not a count/);
    const heavy = (costWeight: number) => schemaWith({ n: { type: GraphQLInt, extensions: { costWeight } } });
    expect(() => checkListBounds(heavy(-1))).toThrow(/Query\.n has a weight that is not a count/);
    expect(() => checkListBounds(heavy(Number.POSITIVE_INFINITY))).toThrow(/weight that is not a count/);
  });
});
