import { type GraphQLField, type GraphQLSchema, isListType, isNonNullType, isObjectType } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * What each field costs, declared beside the field: the bound of every list (required, checked
 * at start) and the weight of a field that makes the database work beyond what it returns.
 * The cost limit (cost.ts) prices operations by these; the answer limit warns when a list
 * turns out longer than its bound.
 */

/**
 * The most items a list field can hold: required on every list field (the start fails without,
 * see checkListBounds) and used as the list's size by the cost. It must be true: a rule the
 * writes enforce, or a limit the resolver keeps. A list with a `first` argument is priced by
 * `first`, never above this bound (its resolver refuses more).
 */
export function ListBound(max: number): MethodDecorator & PropertyDecorator {
  return Extensions({ listBound: max });
}

/**
 * The most values one answer may hold (the answer limit, performance/answer-limit.ts, enforces
 * it): declared here so that a list bounded by it (the audit trail's records of one entry) can
 * name it from any layer.
 */
export const MAX_ANSWER_VALUES = 100_000;

/**
 * The work a field makes the database do beyond the objects it returns, counted as objects:
 * e.g. a status derived for every state to count or filter them. Priced even when nothing below
 * is asked for (`states(first: 0) { totalCount }` still derives every state's status).
 */
export function Weight(objects: number): MethodDecorator & PropertyDecorator {
  return Extensions({ costWeight: objects });
}

/** Any field of any schema (only its type and extensions are read). */
/**
 * A mutation whose payload lists are bounded by its input (e.g. the rows of an import): the
 * payload is priced at this share (0 to 1) of its lists' bounds, so a small import may read its
 * rows back in full. The share must be an upper bound the input itself proves.
 */
export function PayloadShare(of: (args: Record<string, unknown>) => number): MethodDecorator & PropertyDecorator {
  return Extensions({ payloadShare: of });
}

export const payloadShareOf = (field: AnyField) => field.extensions?.payloadShare as ((args: Record<string, unknown>) => number) | undefined;

/** An object of an answer is a few hundred bytes; a text weighs one object per this many characters. */
export const CHARS_PER_OBJECT = 500;

/**
 * The weight of a text field by the longest text its writes allow (e.g. 5,000 characters: 10):
 * so the cost bounds the text an operation can load and return, not only its objects.
 */
export const textWeight = (maxChars: number) => Math.ceil(maxChars / CHARS_PER_OBJECT);

type AnyField = Pick<GraphQLField<unknown, unknown>, 'type' | 'extensions'>;
export const isListField = (field: AnyField) => isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
/** The declared bound of a list field (undefined on any other field). */
export const boundOf = (field: AnyField) => field.extensions?.listBound as number | undefined;
export const weightOf = (field: AnyField) => (field.extensions?.costWeight as number | undefined) ?? 0;

/**
 * Checks that every list field declares its bound (@ListBound) and writes the bound into its
 * description, like the policy's classification (so clients see it in schema/schema.graphql).
 */
export function checkListBounds(schema: GraphQLSchema): void {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const weight = weightOf(field);
      if (!Number.isFinite(weight) || weight < 0) problems.push(`${type.name}.${field.name} has a weight that is not a count`);
      if (!isListField(field)) continue;
      const bound = boundOf(field);
      if (bound === undefined) {
        problems.push(
          `${type.name}.${field.name} is a list without a bound: declare the most items it can hold with @ListBound(n) ` +
            'beside its @Field (and make its resolver or its writes keep to it), or page it with a `first` argument',
        );
        continue;
      }
      if (!Number.isInteger(bound) || bound < 1) problems.push(`${type.name}.${field.name} has a bound that is not a count`);
      const said = `At most ${bound.toLocaleString('en')}.`;
      if (!field.description?.toLowerCase().includes(`at most ${bound}`) && !field.description?.includes(said)) {
        field.description = field.description ? `${field.description} ${said}` : said;
      }
    }
  }
  if (problems.length) throw new Error(`List fields without a usable bound:\n  - ${problems.join('\n  - ')}`);
}

