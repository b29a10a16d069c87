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
