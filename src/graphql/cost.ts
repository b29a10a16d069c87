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
  // Costs are linear in the multiplier: compute each selection set at multiplier 1 and scale.
  // Fragments are priced once (a fragment spread twice in each of thirty fragments must not
  // mean 2^30 walks); a fragment within itself is a cycle, which validation refuses anyway.
  const fragmentCost = new Map<string, { cost: number; depth: number }>();
  const unit = (set: SelectionSetNode, typeName: string, seen: Set<string>): { cost: number; depth: number } => {
    let cost = 0;
    let depth = 1;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        let priced = fragmentCost.get(name);
        if (!priced) {
          priced = unit(fragment.selectionSet, fragment.typeCondition.name.value, new Set([...seen, name]));
          fragmentCost.set(name, priced);
        }
        cost += priced.cost;
        depth = Math.max(depth, priced.depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = unit(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, seen);
        cost += inner.cost;
        depth = Math.max(depth, inner.depth);
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
        // A connection costs its page size (the rows are fetched whatever is selected of them),
        // and passes it down through edges to nodes.
        const paged = field.args.some((a) => a.name === 'first') && !isList(field.type);
        const count = paged ? listSize(field, args) : size;
        const below = count;
        const inner = unit(selection.selectionSet, getNamedType(field.type).name, seen);
        cost += count + below * inner.cost;
        depth = Math.max(depth, 1 + inner.depth);
      }
    }
    return { cost, depth };
  };
  const priced = root ? unit(operation.selectionSet, root.name, new Set()) : { cost: 0, depth: 0 };
  return { cost: priced.cost, depth: priced.depth, limit: MAX_COST };
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
