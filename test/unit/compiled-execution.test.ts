import { buildSchema, execute, parse, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledOperations } from '../../src/performance/compiled-execution';

// The compiled executor must answer as graphql-js does (the invariant of compiled-execution.ts).
function schemaEchoingArguments(): GraphQLSchema {
  const schema = buildSchema(`
    enum Direction { ASC DESC }
    input Order { field: String!, direction: Direction! = ASC, strict: Boolean! = false, then: [Tiebreak!] }
    input Tiebreak { field: String!, direction: Direction! = ASC, strict: Boolean! = false }
    type Query { echo(order: Order, orders: [Order!]): String }
  `);
  schema.getQueryType()!.getFields().echo!.resolve = (_root, args) => JSON.stringify(args);
  return schema;
}

async function both(schema: GraphQLSchema, source: string, variables: Record<string, unknown>) {
  const document = parse(source);
  const compiled = await compiledOperations(schema).execute(source, document, undefined, {}, variables);
  const interpreted = await execute({ schema, document, variableValues: variables });
  return { compiled: JSON.parse(JSON.stringify(compiled)) as unknown, interpreted: JSON.parse(JSON.stringify(interpreted)) as unknown };
}

describe('the compiled executor and graphql-js', () => {
  const schema = schemaEchoingArguments();

  it('fill an input object’s defaulted fields that a variable leaves out, nested and in lists', async () => {
    const { compiled, interpreted } = await both(schema, 'query($o: Order, $os: [Order!]) { echo(order: $o, orders: $os) }', {
      o: { field: 'name', then: [{ field: 'iso3', direction: 'DESC' }] },
      os: [{ field: 'region' }],
    });
    const echoed = (result: unknown) => JSON.parse((result as { data: { echo: string } }).data.echo) as unknown;
    expect(echoed(interpreted)).toEqual({
      order: { field: 'name', then: [{ field: 'iso3', direction: 'DESC', strict: false }], direction: 'ASC', strict: false },
      orders: [{ field: 'region', direction: 'ASC', strict: false }],
    });
    expect(echoed(compiled)).toEqual(echoed(interpreted));
  });

  it('refuse the same bad variables', async () => {
    const { compiled, interpreted } = await both(schema, 'query($o: Order) { echo(order: $o) }', { o: { direction: 'ASC' } });
    expect((compiled as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Field "field" of required type "String!" was not provided/);
    expect(compiled).toEqual(interpreted);
  });
});
