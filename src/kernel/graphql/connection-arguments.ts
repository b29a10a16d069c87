import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  getArgumentValues,
  type GraphQLField,
  getNamedType,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { type ConnectionArgs, connectionArgsProblem } from './connection';
import { ErrorCode } from './errors';
import type { Keyset } from './keyset';

/** Each connection type's sort key, from the field's arguments (a list's order may be an argument). */
const keysets = new Map<string, (args: Record<string, unknown>) => Keyset<never>>();

/** Declares the sort key of a connection type (`ActivityConnection`): its cursors are checked before any operation runs. */
export function registerKeyset<Row>(connectionType: string, keysetFor: (args: Record<string, unknown>) => Keyset<Row>): void {
  keysets.set(connectionType, keysetFor as (args: Record<string, unknown>) => Keyset<never>);
}

/** A field of an operation that returns a connection with a declared sort key, and has arguments. */
interface ConnectionField {
  node: FieldNode;
  fieldDef: GraphQLField<unknown, unknown>;
  keysetFor: (args: Record<string, unknown>) => Keyset<never>;
}

/**
 * An operation's connection fields, in the order a walk meets them, once per parsed operation
 * (Apollo keeps one document per query text): the walk with type information cost every request
 * 15 KB of garbage, a partner's writes too, which have no connection at all (W4, sampled).
 */
const connectionFieldsByOperation = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, ConnectionField[]>>();

function connectionFieldsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ConnectionField[] {
  let bySchema = connectionFieldsByOperation.get(schema);
  if (!bySchema) connectionFieldsByOperation.set(schema, (bySchema = new WeakMap()));
  let fields = bySchema.get(operation);
  if (fields) return fields;
  const found: ConnectionField[] = [];
  const typeInfo = new TypeInfo(schema);
  const collect = {
    Field(node: FieldNode) {
      if (!node.arguments?.length) return;
      const fieldDef = typeInfo.getFieldDef();
      const keysetFor = fieldDef && keysets.get(getNamedType(fieldDef.type).name);
      if (fieldDef && keysetFor) found.push({ node, fieldDef, keysetFor });
    },
  };
  // The operation that runs and the fragments it may spread (validation left no unused one).
  for (const definition of document.definitions) {
    if (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) {
      visit(definition, visitWithTypeInfo(typeInfo, collect));
    }
  }
  fields = found;
  bySchema.set(operation, fields);
  return fields;
}

/**
 * The first connection field of the operation whose paging arguments are wrong (a page size out
 * of range, `first` with `last`, a cursor this list did not hand out), as a 400 error.
 */
export function connectionArgumentsError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  for (const { node, fieldDef, keysetFor } of connectionFieldsOf(schema, document, operation)) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(fieldDef, node, variables);
    } catch {
      continue; // a value of the wrong type: the execution's own coercion says so
    }
    const problem = connectionArgsProblem(args as ConnectionArgs, keysetFor(args));
    if (problem) {
      return new GraphQLError(problem.message, {
        nodes: [node],
        extensions: { code: ErrorCode.BAD_USER_INPUT, argument: problem.argument, http: { status: 400 } },
      });
    }
  }
  return undefined;
}

/**
 * Paging arguments are checked once, before anything runs: a cursor this list did not hand out
 * (a client's own text, `offset:1e300`, garbage base64) is the client's mistake, an HTTP 400 with
 * BAD_USER_INPUT, never a field that fails while the others answer.
 */
export function connectionArgumentsPlugin(schema: GraphQLSchema): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const refused = connectionArgumentsError(schema, document, operation, request.variables ?? {});
          if (refused) throw refused;
        },
      };
    },
  };
}
