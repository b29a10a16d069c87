import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  parse,
  print,
  validate,
} from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import * as clientOperations from '../../client/gql/graphql';
import * as exportOperations from '../../src/domains/exports/gql/graphql';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { ANONYMOUS, type Viewer } from '../../src/access/auth/viewer';
import { buildViewer } from '../../src/domains/bodies/viewer-rights';
import { loadConfig } from '../../src/kernel/config';
import { type Database, openDatabase } from '../../src/kernel/db/database';
import { SEEDING } from '../../src/seeds';
import { compiledOperations } from '../../src/performance/compiled-execution';
import { createContext, today } from '../../src/context';
import { buildHubSchema } from '../../src/schema';
import * as webOperations from '../../web/src/gql/graphql';
import * as testOperations from '../gql/graphql';
import { copyTemplate, type TestDatabase } from '../support/databases';

/**
 * Differential test of the hub's ways around libraries on the read path: every query the project
 * ships runs through plain graphql-js on a schema with type-graphql's own resolvers (and its own
 * resolveType), and through the hub's executor (graphql-jit, field resolvers called directly,
 * src/graphql/direct-resolvers.ts and compiled-execution.ts), as several viewers, on one seeded
 * database. Both schemas carry the policy and the answer's limit: only the calls and the walk differ.
 *
 * Mutations are not run: each would write, so the second run would not meet the first's data.
 */

const log = pino({ level: 'silent' });
const VIEWERS = ['anonymous', 'partner-cso', 'secretariat', 'vp-africa', 'focal-point-com'] as const;

/** Operations of the generated modules: typed documents (test, client, exports) or document strings (the dashboard). */
function documentsOf(module: Record<string, unknown>): DocumentNode[] {
  const documents: DocumentNode[] = [];
  for (const value of Object.values(module)) {
    if (value && typeof value === 'object' && (value as DocumentNode).kind === 'Document') documents.push(value as DocumentNode);
    else if (value instanceof String) documents.push(parse(String(value)));
  }
  return documents;
}

/** Queries written as plain strings in the test files (`query: '…'`, no interpolation), where they parse. */
function literalQueries(): DocumentNode[] {
  const folder = path.resolve(__dirname, '..');
  const documents: DocumentNode[] = [];
  const files = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts'));
  for (const file of files) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    for (const [, query] of text.matchAll(/query: '([^'\\$]+)'/g)) {
      try {
        documents.push(parse(query!));
      } catch {
        // Not a document (a test of bad input): not an operation the project ships.
      }
    }
  }
  return documents;
}

interface Operation {
  from: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  text: string;
}

let database: TestDatabase;
let db: Database;
let reference: GraphQLSchema;
let compiled: ReturnType<typeof compiledOperations>;
const viewers = new Map<string, Viewer>();
const day = today();
/** Values for required variables, by `Operation.variable` then by variable name. */
const values: Record<string, unknown> = {
  lang: 'EN',
  asOf: day,
  iso3: 'COM',
  code: 'AFRICA',
  first: 50,
  withTier: true,
  language: 'ZH',
  recordType: 'OfficeHolding',
  'OneBody.code': 'WGTU',
  'BodyPage.code': 'CSP',
  body: 'WGETI',
  'DeskHolders.code': 'WGTU',
  today: day,
  since: '2024-01-01',
  recordId: '00000000-0000-0000-0000-000000000000',
};

const contextFor = (viewer: Viewer) => createContext(db.orm.em, viewer, log, { requestId: randomUUID(), clientRequestId: null }, day);

async function runReference(document: DocumentNode, viewer: Viewer, variables: Record<string, unknown>): Promise<ExecutionResult> {
  return execute({ schema: reference, document, contextValue: contextFor(viewer), variableValues: variables });
}

/** What must be equal: the data, and each error's message and path (in path order: the two walks may meet them in another order). */
function comparable(result: ExecutionResult) {
  const errors = (result.errors ?? []).map((e) => ({ message: e.message, path: e.path?.join('.') ?? null }));
  errors.sort((a, b) => String(a.path).localeCompare(String(b.path)) || a.message.localeCompare(b.message));
  // The IATI file stamps the second it was generated: the two runs may straddle a second.
  const text = JSON.stringify({ data: result.data ?? null, errors }).replace(/generated-datetime=\\"[^"\\]*\\"/g, 'generated-datetime=\\"…\\"');
  return JSON.parse(text) as unknown;
}

beforeAll(async () => {
  database = await copyTemplate(inject('template'));
  db = await openDatabase(loadConfig({ ...database.env, NODE_ENV: 'test', DEMO_PRINCIPALS: 'true', LOG_LEVEL: 'silent' }), log, SEEDING);
  reference = await buildHubSchema('typeGraphQL');
  compiled = compiledOperations(await buildHubSchema());
  viewers.set('anonymous', ANONYMOUS);
  for (const principal of VIEWERS.slice(1)) viewers.set(principal, await buildViewer(db.orm.em.fork(), demoSubject(principal), day));
  // Ids of real records, for the operations that look one up.
  const ids = await runReference(
    parse('{ state(iso3: "COM") { id } nationalProcesses(first: 1) { edges { node { id } } } needs(first: 1) { edges { node { id } } } organisations { id } }'),
    viewers.get('secretariat')!,
    {},
  );
  const data = ids.data as {
    state: { id: string };
    nationalProcesses: { edges: { node: { id: string } }[] };
    needs: { edges: { node: { id: string } }[] };
    organisations: { id: string }[];
  };
  values['NodeLookup.id'] = data.state.id;
  values['ProcessNode.id'] = data.nationalProcesses.edges[0]!.node.id;
  values.needId = data.needs.edges[0]!.node.id;
  values['OrganisationWork.id'] = data.organisations[0]!.id;
  values['Nodes.ids'] = [data.state.id, data.nationalProcesses.edges[0]!.node.id];
  values['NodeOne.id'] = data.nationalProcesses.edges[0]!.node.id;
  // Any other operation taking ids: a state and a restricted record.
  values.ids = [data.state.id, data.nationalProcesses.edges[0]!.node.id];
  values.id = data.state.id;
}, 300_000);

afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('graphql-js with type-graphql’s resolvers and the hub’s compiled executor give the same answers', () => {
  it('for every query the project ships, as each viewer', async () => {
    const shipped: Operation[] = [];
    const sources: [string, DocumentNode[]][] = [
      ['test/gql', documentsOf(testOperations)],
      ['client', documentsOf(clientOperations)],
      ['web', documentsOf(webOperations)],
      ['src/exports', documentsOf(exportOperations)],
      ['test literals', literalQueries()],
    ];
    const seen = new Set<string>();
    for (const [from, documents] of sources) {
      for (const document of documents) {
        const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
        if (operation?.operation !== 'query') continue;
        const text = print(document);
        // A literal that does not fit the schema (a test of a refusal) is not an operation the project ships.
        if (seen.has(text) || validate(reference, document).length) continue;
        seen.add(text);
        shipped.push({ from, document, operation, text });
      }
    }
    // Each source contributes (a generated module emptied by mistake would otherwise pass unseen).
    for (const [from] of sources) expect(shipped.some((o) => o.from === from), from).toBe(true);

    const compared: string[] = [];
    /** Operations whose answer differs from one viewer to another: the viewers are really compared. */
    const byViewer = new Set<string>();
    for (const { from, document, operation, text } of shipped) {
      const name = operation.name?.value ?? 'anonymous';
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const variable = definition.variable.name.value;
        const value = values[`${name}.${variable}`] ?? values[variable];
        if (definition.type.kind === 'NonNullType' && !definition.defaultValue) {
          // A new operation with a required variable the table does not know fails here: give it a value above.
          expect(value, `${from} ${name}: no value for required $${variable}`).toBeDefined();
        }
        if (value !== undefined) variables[variable] = value;
      }
      const answers = new Set<string>();
      for (const [who, viewer] of viewers) {
        const expected = comparable(await runReference(document, viewer, variables));
        answers.add(JSON.stringify(expected));
        const actual = comparable(await compiled.execute(text, document, operation.name?.value, contextFor(viewer), variables));
        expect(actual, `${from} ${name} as ${who}`).toEqual(expected);
        compared.push(`${name}@${who}`);
      }
      if (answers.size > 1) byViewer.add(name);
    }
    expect(compared.length).toBeGreaterThanOrEqual(shipped.length * VIEWERS.length);
    expect(shipped.length).toBeGreaterThan(40);
    expect(byViewer.size, [...byViewer].join(', ')).toBeGreaterThan(10);
  }, 600_000);
});
