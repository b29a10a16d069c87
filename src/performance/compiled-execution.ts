import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  astFromValue,
  type DocumentNode,
  type ExecutionResult,
  execute,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  type OperationDefinitionNode,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { isPromiseLike } from '../kernel/promise-like';
import { limitedResult } from './answer-limit';

/**
 * What is kept compiled, by the length of the operations' text: a compiled operation holds ~300
 * bytes per character of its text (W3's 1.5 kB: ~410 kB). 100,000 characters keep dozens of the
 * clients' operations (they send a few dozen distinct ones) in at most ~30 MB.
 */
const MAX_COMPILED_CHARS = 100_000;

interface Compiled {
  query: CompiledQuery;
  operation: OperationDefinitionNode;
  /** Default values of the operation's variables, as a client would send them. */
  defaults: [string, unknown][];
  /** The variables whose input types have fields with defaults (see `withFieldDefaults`), and their types. */
  withInputDefaults: [string, GraphQLInputType][];
  /** The length of the document's text, what it weighs in MAX_COMPILED_CHARS. */
  chars: number;
}

/**
 * Executes operations compiled to JavaScript (graphql-jit) instead of interpreting the document
 * for every request (graphql-js). Why: a large answer (W1: 196 states and 980 activities, ~6,500
 * values) spent a third of its time in graphql-js walking the document per value, allocating a
 * path, an info object and promises for each; compiled, the same resolvers run with a fraction
 * of that (measured in bench/README.md, Performance). Resolvers, the policy's rules, errors and
 * null propagation are the schema's own: only the walk changes.
 *
 * Each operation is compiled once (2 to 6 ms for the benchmark's) and kept within MAX_COMPILED_CHARS,
 * the least recently used dropped first. The document must have been validated (Apollo does so).
 */
export function compiledOperations(schema: GraphQLSchema) {
  const compiled = new Map<string, Compiled>();
  let keptChars = 0;

  const compile = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | undefined,
  ): Compiled | ExecutionResult => {
    const query = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    // Not compiled: the operation cannot run; the errors say why.
    if (!isCompiledQuery(query)) return query;
    const defaults = (operation.variableDefinitions ?? [])
      .filter((d) => d.defaultValue)
      .map((d): [string, unknown] => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)]);
    const withInputDefaults = (operation.variableDefinitions ?? [])
      .map((d): [string, GraphQLInputType | undefined] => [d.variable.name.value, typeFromAST(schema, d.type as never) as GraphQLInputType | undefined])
      .filter((v): v is [string, GraphQLInputType] => !!v[1] && hasFieldDefaults(v[1], new Set()));
    return { query, operation, defaults, withInputDefaults, chars: document.loc?.end ?? 2_000 };
  };

  return {
    /** The keys of the operations kept, least recently used first, and their characters. */
    kept: () => ({ keys: [...compiled.keys()], chars: keptChars }),
    execute(
      key: string,
      document: DocumentNode,
      operationName: string | undefined,
      contextValue: unknown,
      variables: Record<string, unknown> | undefined,
    ): Promise<ExecutionResult> | ExecutionResult {
      const cacheKey = `${operationName ?? ''}\n${key}`;
      let entry = compiled.get(cacheKey);
      if (entry) {
        // Now the most recently used.
        compiled.delete(cacheKey);
        compiled.set(cacheKey, entry);
      } else {
        const operation = getOperationAST(document, operationName);
        // No operation to run (an unknown name, or several and none named): graphql-js says so, in its words.
        if (!operation) return execute({ schema, document, operationName, contextValue }) as ExecutionResult;
        const result = compile(document, operation, operationName);
        if (!('query' in result)) return result;
        entry = result;
        // One operation longer than the whole budget runs compiled but is not kept.
        if (entry.chars <= MAX_COMPILED_CHARS) {
          for (const [oldest, { chars }] of compiled) {
            if (keptChars + entry.chars <= MAX_COMPILED_CHARS) break;
            compiled.delete(oldest);
            keptChars -= chars;
          }
          compiled.set(cacheKey, entry);
          keptChars += entry.chars;
        }
      }
      const { query, operation, defaults, withInputDefaults } = entry;
      let inputs = variables ?? {};
      if (operation.variableDefinitions?.length) {
        // graphql-js checks the variables first, so a bad one gets its error as before: one that
        // names the variable's definition, which Apollo answers as BAD_USER_INPUT with a 400.
        const { errors } = getVariableValues(schema, operation.variableDefinitions, inputs, { maxErrors: 50 });
        if (errors) return { errors };
        // graphql-jit refuses a missing non-null variable even when it has a default: send the default.
        const missing = defaults.filter(([name]) => !(name in inputs));
        if (missing.length) inputs = { ...inputs, ...Object.fromEntries(missing) };
        // graphql-jit refuses, too, an input object's non-null field left out although it has a default.
        if (withInputDefaults.length) {
          inputs = { ...inputs };
          for (const [name, type] of withInputDefaults) {
            if (inputs[name] !== undefined) inputs[name] = withFieldDefaults(type, inputs[name]);
          }
        }
      }
      const mutation = operation.operation === 'mutation';
      const result = query.query(undefined, contextValue, inputs);
      return isPromiseLike(result) ? result.then((r) => limitedResult(r, contextValue, mutation)) : limitedResult(result, contextValue, mutation);
    },
  };
}

/** Whether an input object within the type has a field with a default. */
function hasFieldDefaults(type: GraphQLInputType, seen: Set<GraphQLInputType>): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return hasFieldDefaults(inner.ofType as GraphQLInputType, seen);
  if (!isInputObjectType(inner) || seen.has(inner)) return false;
  seen.add(inner);
  return Object.values(inner.getFields()).some((f) => f.defaultValue !== undefined || hasFieldDefaults(f.type, seen));
}

/**
 * A variable's value (already checked by graphql-js) with the defaults of the input fields it
 * leaves out written in, as a client would send them: what graphql-js does when it coerces it.
 */
function withFieldDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    return Array.isArray(value) ? value.map((v) => withFieldDefaults(item, v)) : withFieldDefaults(item, value);
  }
  if (!isInputObjectType(inner) || typeof value !== 'object') return value;
  const filled: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(inner.getFields())) {
    if (filled[field.name] === undefined) {
      if (field.defaultValue === undefined) continue;
      const ast = astFromValue(field.defaultValue, field.type);
      if (ast) filled[field.name] = valueFromASTUntyped(ast);
    } else {
      filled[field.name] = withFieldDefaults(field.type, filled[field.name]);
    }
  }
  return filled;
}

/**
 * graphql-jit gives the error of a resolver that threw a plain Error (a driver's, say) no
 * `extensions`; Apollo then fails to format it and answers an unlogged "Internal server error".
 * Such errors get graphql-js's shape, so the hub's formatError logs them and answers as for any other.
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((e) => !e.extensions)) return result;
  const errors = result.errors.map((e) => (e.extensions ? e : new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined })));
  return { ...result, errors };
}

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Apollo Server runs a custom executor only through its gateway interface: this "gateway" serves
 * the hub's own schema and executes with `compiledOperations`. Apollo still parses, validates,
 * runs every plugin (cost limits, the cache, the access log) and formats errors as before.
 */
export function compiledGateway(schema: GraphQLSchema): Gateway {
  const operations = compiledOperations(schema);
  const executor: GatewayExecutor = async (request) =>
    withExtensions(
      await operations.execute(
        request.queryHash,
        request.document,
        request.request.operationName ?? undefined,
        request.context,
        request.request.variables,
      ),
    ) as ExecutionResult<Record<string, unknown>>;
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}
