import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type ArgumentNode,
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../kernel/graphql/connection';
import { boundOf, isListField, payloadShareOf, weightOf } from '../kernel/graphql/field-cost';

/**
 * The price of an operation, computed before it runs, GitHub-style: every object it may return
 * counts one, a list multiplies what is below it by its bound (`first` where it has one), and a
 * field that makes the database work beyond the objects it returns adds its weight. Too deep,
 * too costly, or with too many aliases or directives, an operation is refused with a clear error.
 *
 * Why graphql-query-complexity and GraphQL Armor rather than a walk of our own: they are kept up
 * with graphql-js (variables, @skip/@include, abstract types priced by their costliest member),
 * and what is ours is only the price of each field (`estimate`) and the declarations beside the
 * fields (field-cost.ts). Fragments: Armor's counts price each fragment once; graphql-query-complexity walks a
 * fragment at every spread but stops at MAX_PRICED_FIELDS, so a fragment bomb is refused in
 * bounded time. Measured: pricing a W1 document the first time takes ~0.3 ms (the hand-written
 * walk took ~4 µs), against ~35 ms to answer it; the same document and variables again are priced
 * from memory (`priced`, ~0.3 µs). Pinned 1.1.1: the newest for graphql 16 (2.0 adds graphql 17).
 */
export const MAX_COST = 25_000;
export const MAX_DEPTH = 12;
/** The shipped operations use at most 6 (the export's six names of a state). */
export const MAX_ALIASES = 30;
/** The shipped operations use one (@include). */
export const MAX_DIRECTIVES = 20;
/** Fields priced, fragments expanded at every spread: far above any real operation (W1: 20). */
export const MAX_PRICED_FIELDS = 10_000;

export interface OperationCost {
  cost: number;
  depth: number;
  limit: number;
}

type AnyField = GraphQLField<unknown, unknown>;
const hasFirst = (field: AnyField) => field.args.some((a) => a.name === 'first');

function pageSize(field: AnyField, args: Record<string, unknown>, bound: number): number {
  const first = args.first;
  // A page size out of range is the resolver's to refuse, with its own clear error.
  if (typeof first === 'number') return Math.min(Math.max(first, 0), bound);
  const defaultFirst = field.args.find((a) => a.name === 'first')?.defaultValue;
  return Math.min(typeof defaultFirst === 'number' ? defaultFirst : DEFAULT_PAGE_SIZE, bound);
}

/**
 * The price of one field, given the price of one item of what it returns (`childComplexity`).
 * A connection costs its page size (the rows are fetched whatever is selected of them) and
 * passes it down through its edges; a list costs its bound; an object one; a scalar nothing.
 */
const estimate: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
  // Introspection is neither priced nor limited (it is off in production unless asked for).
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const weight = weightOf(field);
  if (!node.selectionSet) return weight;
  let count = 1;
  if (isListField(field)) {
    // A connection's edges are its page, counted on the connection.
    const edges = field.name === 'edges' && type.name.endsWith('Connection');
    const bound = boundOf(field) ?? MAX_PAGE_SIZE;
    // A list of records asked for by id (`nodes(ids:)`) holds at most one per id.
    const ids = Array.isArray(args.ids) ? Math.min(args.ids.length, bound) : undefined;
    count = edges ? 1 : hasFirst(field) ? pageSize(field, args, bound) : (ids ?? bound);
  } else if (hasFirst(field)) {
    count = pageSize(field, args, MAX_PAGE_SIZE);
  }
  const share = payloadShareOf(field)?.(args);
  const below = share === undefined ? childComplexity : Math.ceil(childComplexity * Math.min(Math.max(share, 0), 1));
  return count + count * below + weight;
};

/** Prices of each parsed document by its operation and variables: Apollo keeps one document per query text. */
const prices = new WeakMap<DocumentNode, Map<string, number>>();
/** Variants kept per document: a client sends a few (pages, days), an attacker any number. */
const MAX_PRICES_PER_DOCUMENT = 50;
/** Longer variables (an import's file) are priced anew each time rather than kept as a key. */
const MAX_KEPT_KEY = 2_000;

/** The arguments of a field `estimate` reads: its page size and its ids; all of them for its share of a payload. */
const pricedArgument = (field: AnyField, argument: string) => argument === 'first' || argument === 'ids' || payloadShareOf(field) !== undefined;

/** The variables that can change a document's price, once per parsed document. */
const pricingVariables = new WeakMap<DocumentNode, string[]>();

/**
 * The variables used in a directive (@skip, @include: which fields count) or in an argument
 * `estimate` reads (`pricedArgument`). The others (a mutation's input, a filter) cannot change
 * the price, so a request that differs from an earlier one only in them is priced from memory: a
 * partner's writes, each with a new title and key, were priced anew every time (4 % of the hub's
 * thread under W4, profiled).
 */
function variablesThatPrice(schema: GraphQLSchema, document: DocumentNode): string[] {
  let names = pricingVariables.get(document);
  if (names) return names;
  const found = new Set<string>();
  const collect = (args: readonly ArgumentNode[] | undefined) => {
    for (const arg of args ?? []) {
      visit(arg.value, { Variable: (variable) => void found.add(variable.name.value) });
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Directive: (node) => collect(node.arguments),
      Field: (node) => {
        const field = typeInfo.getFieldDef() as AnyField | null;
        // A field the schema does not know is priced with everything (validation refuses it anyway).
        collect(node.arguments?.filter((arg) => !field || pricedArgument(field, arg.name.value)));
      },
    }),
  );
  names = [...found].sort();
  pricingVariables.set(document, names);
  return names;
}

/**
 * What a price is kept by, for one document: graphql-query-complexity walks the document with
 * graphql-js's visitor, about 4 µs a field (W1's 65 nodes: ~250 µs, against ~35 ms to answer
 * it); the same request again is priced from memory: a document and the variables that can
 * change its price (`variablesThatPrice`) give one price.
 */
export function priceKey(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): string {
  // Name and value of each one sent: one not sent (its default applies) is told apart from one sent as null.
  const pricing = variablesThatPrice(schema, document).flatMap((name) => (name in variables ? [[name, variables[name]]] : []));
  return `${operationName ?? ''}\n${JSON.stringify(pricing)}`;
}

function priced(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
  const key = priceKey(schema, document, operationName, variables);
  let byVariables = prices.get(document);
  const known = byVariables?.get(key);
  if (known === UNPRICEABLE) throw new GraphQLError(TOO_MANY_NODES_MESSAGE);
  if (known !== undefined) return known;
  let price: number;
  try {
    price = getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [estimate],
      maxQueryNodes: MAX_PRICED_FIELDS,
    });
  } catch (error) {
    // A fragment bomb is walked to MAX_PRICED_FIELDS once, not at every request.
    if (!(error instanceof GraphQLError && TOO_MANY_NODES.test(error.message))) throw error;
    price = UNPRICEABLE;
  }
  if (key.length <= MAX_KEPT_KEY) {
    if (!byVariables) prices.set(document, (byVariables = new Map()));
    if (byVariables.size >= MAX_PRICES_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, price);
  }
  if (price === UNPRICEABLE) throw new GraphQLError(TOO_MANY_NODES_MESSAGE);
  return price;
}

interface Shape {
  depth: number;
  aliases: number;
  directives: number;
}

/** What the document alone decides (depth, aliases, directives), once per parsed document. */
const shapes = new WeakMap<DocumentNode, Shape>();

function shapeOf(schema: GraphQLSchema, document: DocumentNode): Shape {
  let shape = shapes.get(document);
  if (shape) return shape;
  const found: Shape = { depth: 0, aliases: 0, directives: 0 };
  const counter = (key: keyof Shape) => ({
    // Armor's rules count; the limits and their errors are ours (codes clients already know).
    n: Number.MAX_SAFE_INTEGER,
    propagateOnRejection: false,
    onAccept: [(_context: unknown, { n }: { n: number }) => void (found[key] = Math.max(found[key], n))],
  });
  validate(schema, document, [
    maxDepthRule({ ...counter('depth'), flattenFragments: true }),
    maxAliasesRule({ ...counter('aliases'), allowList: [] }),
    maxDirectivesRule(counter('directives')),
  ]);
  shape = found;
  shapes.set(document, shape);
  return shape;
}

/** graphql-query-complexity's error past maxQueryNodes. */
const TOO_MANY_NODES = /maximum allowed number of nodes/;
const TOO_MANY_NODES_MESSAGE = 'Query exceeds the maximum allowed number of nodes.';
const UNPRICEABLE = -1;

function refusal(code: string, message: string, cost: OperationCost): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 }, cost } });
}

/**
 * Prices an operation and says whether it may run: `error` is set when it may not. Call it with
 * a validated document (Apollo's didResolveOperation): the variables are the request's.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): { cost: OperationCost; error?: GraphQLError } {
  const shape = shapeOf(schema, document);
  const cost: OperationCost = { cost: 0, depth: shape.depth, limit: MAX_COST };
  if (shape.depth > MAX_DEPTH) {
    return { cost, error: refusal('QUERY_TOO_DEEP', `This operation is nested ${shape.depth} levels deep; the limit is ${MAX_DEPTH}.`, cost) };
  }
  if (shape.aliases > MAX_ALIASES) {
    return { cost, error: refusal('TOO_MANY_ALIASES', `This operation has ${shape.aliases} aliases; the limit is ${MAX_ALIASES}.`, cost) };
  }
  if (shape.directives > MAX_DIRECTIVES) {
    return {
      cost,
      error: refusal('TOO_MANY_DIRECTIVES', `This operation has ${shape.directives} directives; the limit is ${MAX_DIRECTIVES}.`, cost),
    };
  }
  try {
    cost.cost = priced(schema, document, operationName, variables);
  } catch (error) {
    // Variables that do not fit the operation: execution refuses them, in graphql-js's words.
    if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return { cost };
    // Anything else is a fault of the hub: never let an operation run unpriced.
    if (!(error instanceof GraphQLError) || !TOO_MANY_NODES.test(error.message)) throw error;
    // Past MAX_PRICED_FIELDS (fragments spread again and again): too costly to even price.
    const unpriced = { ...cost, cost: MAX_COST + 1 };
    return {
      cost: unpriced,
      error: refusal(
        'QUERY_TOO_COSTLY',
        `This operation expands to more than ${MAX_PRICED_FIELDS} fields; the limit on its cost is ${MAX_COST}. Spread fewer fragments.`,
        unpriced,
      ),
    };
  }
  if (cost.cost > MAX_COST) {
    return {
      cost,
      error: refusal(
        'QUERY_TOO_COSTLY',
        `This operation could return ${cost.cost} objects; the limit is ${MAX_COST}. Ask for smaller pages (first) or fewer nested lists.`,
        cost,
      ),
    };
  }
  return { cost };
}
