import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type GraphQLOutputType,
  valueFromASTUntyped,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * The cost of an operation, computed before it runs, GitHub-style: every object it may return
 * counts one, and a list multiplies what is below it by its size (`first` where the field has
 * it, a bound otherwise). Too deep or too costly an operation is refused with a clear error.
 */
export const MAX_COST = 25_000;
export const MAX_DEPTH = 12;
/** Lists without a `first` argument are bounded by the data (a state has three actions, …); count them as this. */
const UNPAGED_LIST_SIZE = 10;

export interface OperationCost {
  cost: number;
  depth: number;
  limit: number;
}

function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const first = args.first;
  // A page size out of range is the resolver's to refuse, with its own clear error.
  if (typeof first === 'number') return Math.min(Math.max(first, 0), MAX_PAGE_SIZE);
  const defaultFirst = field.args.find((a) => a.name === 'first')?.defaultValue;
  if (typeof defaultFirst === 'number') return defaultFirst;
  return field.args.some((a) => a.name === 'first') ? DEFAULT_PAGE_SIZE : UNPAGED_LIST_SIZE;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return { cost: 0, depth: 0, limit: MAX_COST };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  let deepest = 0;

  // Returns the cost of a selection set on `typeName`, each object counted `multiplier` times.
  const walk = (set: SelectionSetNode, typeName: string, multiplier: number, depth: number, seen: Set<string>): number => {
    deepest = Math.max(deepest, depth);
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // A fragment inside itself is a cycle: GraphQL validation refuses it; do not follow it here.
        if (!fragment || seen.has(fragment.name.value)) continue;
        cost += walk(fragment.selectionSet, fragment.typeCondition.name.value, multiplier, depth, new Set([...seen, fragment.name.value]));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, multiplier, depth, seen);
      } else {
        const parent = schema.getType(typeName);
        const field = isObjectType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field || !selection.selectionSet) continue;
        const args = Object.fromEntries(
          (selection.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]),
        );
        // A connection's page size was counted on the connection: its edges are one page.
        const edges = field.name === 'edges' && typeName.endsWith('Connection');
        const size = isList(field.type) && !edges ? listSize(field, args) : 1;
        // Connections count their page size on the way down, through edges to nodes.
        const paged = field.args.some((a) => a.name === 'first') && !isList(field.type);
        const count = multiplier * (paged ? 1 : size);
        const below = paged ? multiplier * listSize(field, args) : count;
        cost += count + walk(selection.selectionSet, getNamedType(field.type).name, below, depth + 1, seen);
      }
    }
    return cost;
  };
  const cost = root ? walk(operation.selectionSet, root.name, 1, 1, new Set()) : 0;
  return { cost, depth: deepest, limit: MAX_COST };
}

export function costError(cost: OperationCost): GraphQLError | undefined {
  if (cost.depth > MAX_DEPTH) {
    return new GraphQLError(`This operation is nested ${cost.depth} levels deep; the limit is ${MAX_DEPTH}.`, {
      extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 }, cost },
    });
  }
  if (cost.cost > MAX_COST) {
    return new GraphQLError(
      `This operation could return ${cost.cost} objects; the limit is ${MAX_COST}. Ask for smaller pages (first) or fewer nested lists.`,
      { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 }, cost } },
    );
  }
  return undefined;
}
