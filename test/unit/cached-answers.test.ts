import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheableQuery, keepText, stringifyResult } from '../../src/performance/cached-answers';

const schema = buildSchema(`
  type Query { states: [State] auditEvents: AuditEventConnection node(id: ID!): Node }
  interface Node { id: ID! }
  type State implements Node { id: ID! iso3: String }
  type AuditEvent implements Node { id: ID! action: String }
  type AuditEventConnection { edges: [AuditEventEdge] totalCount: Int }
  type AuditEventEdge { node: AuditEvent cursor: String }
  type Mutation { touch: Int }
`);

describe('which answers are kept', () => {
  const cacheable = cacheableQuery(schema);
  it('a query is kept; a mutation, a text that does not parse, an unknown operation are not', () => {
    expect(cacheable('{ states { iso3 } }', undefined)).toBe(true);
    expect(cacheable('mutation { touch }', undefined)).toBe(false);
    expect(cacheable('{ states { iso3 }', undefined)).toBe(false);
    expect(cacheable('query A { states { iso3 } } mutation B { touch }', 'B')).toBe(false);
    expect(cacheable('query A { states { iso3 } } mutation B { touch }', 'A')).toBe(true);
    expect(cacheable('query A { states { iso3 } }', 'C')).toBe(false);
  });

  it('nothing that reaches the audit trail is kept: it grows with every read', () => {
    expect(cacheable('{ auditEvents { totalCount } }', undefined)).toBe(false);
    expect(cacheable('{ node(id: "x") { ... on AuditEvent { action } } }', undefined)).toBe(false);
    expect(cacheable('{ node(id: "x") { ... on State { iso3 } } }', undefined)).toBe(true);
  });
});

describe('the text of a kept answer, sent by Apollo as it is (stringifyResult)', () => {
  it('is Apollo’s own serialisation: data, extensions, a newline', () => {
    const data = { a: 1 };
    const extensions = { cost: { cost: 3 } };
    const text = keepText(data, extensions);
    expect(text).toBe(`${JSON.stringify({ data, extensions })}\n`);
    expect(stringifyResult({ data, extensions })).toBe(text);
  });

  it('is used only for the very same data and extensions; anything else is serialised afresh', () => {
    const data: Record<string, unknown> = { a: 1 };
    const extensions = { cost: { cost: 3 } };
    keepText(data, extensions);
    // Extensions changed after the text was made: the kept text is refused.
    const other = { ...extensions, more: true };
    expect(stringifyResult({ data, extensions: other })).toBe(`${JSON.stringify({ data, extensions: other })}\n`);
    // Equal data, but another object: not the kept answer.
    expect(stringifyResult({ data: { a: 1 }, extensions })).toBe(`${JSON.stringify({ data: { a: 1 }, extensions })}\n`);
    // With errors: never the kept text.
    const errors = [{ message: 'x' }];
    expect(stringifyResult({ data, extensions, errors })).toBe(`${JSON.stringify({ data, extensions, errors })}\n`);
  });
});
