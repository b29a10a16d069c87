import {
  type ExecutionResult,
  type FieldNode,
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Logger } from 'pino';
import { boundOf, isListField, MAX_ANSWER_VALUES } from '../kernel/graphql/field-cost';
import { isPromiseLike } from '../kernel/promise-like';

/**
 * The limit on the answer itself, kept while it is built. The cost limit prices an operation by
 * the declared bounds of its lists; this one counts what the resolvers actually return, so that
 * data above a bound (rows from before it existed) or long texts cannot grow one answer past it.
 *
 * Values: every list charges, when it returns, its items times the fields asked of each item
 * (through single objects down to the next list, which charges its own); text: every string,
 * ID and JSON value charges its length. Once either passes its limit the answer is spent: from
 * then on every list of that request returns empty and every text blank without calling its
 * resolver (no more rows are fetched, siblings included), and the whole answer is replaced by one
 * ANSWER_TOO_LARGE error (HTTP 400): a partial answer full of blanks would mislead.
 *
 * W1 (196 states, 980 activities) holds ~7,400 values in a 230 kB answer: the limits leave more
 * than ten times that. At most MAX_CONCURRENT_REQUESTS
 * answers are built at once, so they hold a bounded part of the 384 MB heap.
 */
export const MAX_ANSWER_CHARS = 5_000_000;

export class AnswerBudget {
  values = 0;
  chars = 0;
  /** Set once the answer has passed a limit: nothing more is produced. */
  spent = false;

  /** Adds to the answer; false when it has now passed a limit. */
  charge(values: number, chars: number): boolean {
    this.values += values;
    this.chars += chars;
    if (this.values > MAX_ANSWER_VALUES || this.chars > MAX_ANSWER_CHARS) this.spent = true;
    return !this.spent;
  }
}

interface Budgeted {
  answer?: AnswerBudget;
  log?: Logger;
}

export function answerTooLarge(budget: AnswerBudget, mutation: boolean): GraphQLError {
  const what =
    budget.chars > MAX_ANSWER_CHARS
      ? `more than ${MAX_ANSWER_CHARS.toLocaleString('en')} characters of text`
      : `more than ${MAX_ANSWER_VALUES.toLocaleString('en')} values`;
  return new GraphQLError(
    `This answer would hold ${what}, the limit of one answer. Ask for smaller pages (first), fewer nested lists or fewer long texts.` +
      (mutation ? ' The mutation itself was carried out: read its result back with a smaller selection.' : ''),
    { extensions: { code: 'ANSWER_TOO_LARGE', http: { status: 400 } } },
  );
}

/** The execution's result, or the one error that replaces it once its answer was spent. */
export function limitedResult<T extends ExecutionResult>(result: T, context: unknown, mutation: boolean): T | ExecutionResult {
  const budget = (context as Budgeted | undefined)?.answer;
  return budget?.spent ? { errors: [answerTooLarge(budget, mutation)] } : result;
}

function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || value === undefined) return 0;
  return typeof value === 'object' ? (JSON.stringify(value)?.length ?? 0) : String(value).length;
}

/** Values each item of a list brings: the fields asked of it, through single objects, once per field node. */
const itemValuesByNode = new WeakMap<FieldNode, number>();

function selectionValues(info: GraphQLResolveInfo, set: SelectionSetNode, type: GraphQLNamedType | undefined | null, seen: ReadonlySet<string>): number {
  let n = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      n++;
      const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
      // A list below charges for its own items when it returns.
      if (field && selection.selectionSet && !isListField(field)) {
        n += selectionValues(info, selection.selectionSet, getNamedType(field.type), seen);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : type;
      n += selectionValues(info, selection.selectionSet, inner, seen);
    } else if (!seen.has(selection.name.value)) {
      const fragment = info.fragments[selection.name.value];
      if (fragment) {
        const inner = info.schema.getType(fragment.typeCondition.name.value);
        n += selectionValues(info, fragment.selectionSet, inner, new Set([...seen, selection.name.value]));
      }
    }
  }
  return n;
}

function itemValues(info: GraphQLResolveInfo): number {
  const key = info.fieldNodes[0]!;
  let n = itemValuesByNode.get(key);
  if (n === undefined) {
    n = 0;
    for (const node of info.fieldNodes) {
      if (node.selectionSet) n += selectionValues(info, node.selectionSet, getNamedType(info.returnType), new Set());
    }
    n = Math.max(n, 1);
    itemValuesByNode.set(key, n);
  }
  return n;
}

const TEXT_TYPES = new Set(['String', 'ID', 'JSON', 'JSONObject']);

/** Whether a field's values are text the answer's budget counts (strings, IDs, JSON). */
export function isTextField(field: { type: GraphQLField<unknown, unknown>['type'] }): boolean {
  return TEXT_TYPES.has(getNamedType(field.type).name);
}
type Resolver = GraphQLFieldResolver<unknown, Budgeted>;

function limitList(typeName: string, field: GraphQLField<unknown, Budgeted>, resolve: Resolver): Resolver {
  const bound = boundOf(field);
  const textItems = isTextField(field);
  let warned = false;
  return (root, args, context, info) => {
    const budget = context?.answer;
    if (!budget) return resolve(root, args, context, info);
    if (budget.spent) return [];
    const take = (list: unknown) => {
      if (!Array.isArray(list)) return list;
      if (budget.spent) return [];
      if (bound !== undefined && list.length > bound && !warned) {
        // The cost limit priced this list by its bound: a longer one means the bound is not kept.
        warned = true;
        context.log?.warn({ field: `${typeName}.${field.name}`, items: list.length, bound }, 'a list is longer than its declared bound');
      }
      let chars = 0;
      if (textItems) for (const item of list) chars += textLength(item);
      return budget.charge(list.length * itemValues(info), chars) ? list : [];
    };
    const result = resolve(root, args, context, info);
    return isPromiseLike(result) ? result.then(take) : take(result);
  };
}

function limitText(field: GraphQLField<unknown, Budgeted>, resolve: Resolver): Resolver {
  const blank = isNonNullType(field.type) ? '' : null;
  return (root, args, context, info) => {
    const budget = context?.answer;
    if (!budget) return resolve(root, args, context, info);
    if (budget.spent) return blank;
    const take = (value: unknown) => (budget.charge(0, textLength(value)) ? value : blank);
    const result = resolve(root, args, context, info);
    return isPromiseLike(result) ? result.then(take) : take(result);
  };
}

/**
 * Wraps the resolvers of every list and every text field of the executable schema with the
 * answer's budget (the request context's `answer`). Both executors call these resolvers
 * (graphql-jit and graphql-js alike); the root mutations are not wrapped, so a mutation always
 * runs once its operation is accepted.
 */
export function limitAnswers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, Budgeted>[]) {
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      if (isListField(field)) field.resolve = limitList(type.name, field, resolve);
      else if (isTextField(field)) field.resolve = limitText(field, resolve);
    }
  }
}
