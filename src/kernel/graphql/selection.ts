import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

// The field nodes of one field of one document, shared by every item of a list (both executors).
const memo = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

/**
 * The names of the fields a query selects of the value a resolver returns (of each item, for a
 * list), through fragments and inline fragments. Fields under @skip or @include count as selected:
 * reading a column too many is harmless, one too few is not.
 */
export function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  const known = memo.get(info.fieldNodes);
  if (known) return known;
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  names.delete('__typename');
  memo.set(info.fieldNodes, names);
  return names;
}

/**
 * The names of the fields a query selects under `path` within the value a resolver returns (e.g.
 * `['entries']`: those of each entry of each tier), through fragments; null when `path` is not selected.
 */
export function selectedFieldsUnder(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> | null {
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet);
  const fieldsOf = (selectionSet: SelectionSetNode | undefined, out: FieldNode[] = []): FieldNode[] => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, out);
      else fieldsOf(info.fragments[selection.name.value]?.selectionSet, out);
    }
    return out;
  };
  for (const name of path) {
    sets = sets.flatMap((set) => fieldsOf(set).filter((f) => f.name.value === name).map((f) => f.selectionSet));
  }
  if (!sets.length) return null;
  const names = new Set(sets.flatMap((set) => fieldsOf(set).map((f) => f.name.value)));
  names.delete('__typename');
  return names;
}
