import { getNamedType, type GraphQLField, type GraphQLObjectType, isInputObjectType } from 'graphql';
import { describeAccess, loggedRead } from './access';
import { type Access, Classification } from './levels';
import { FILTERS, fieldAccess, filterAccess } from './policy-table';

/** The arguments of a field whose type is a filter (or order) input: [argument, input type]. */
export function filterArguments(field: GraphQLField<unknown, unknown>): [string, string][] {
  return field.args.flatMap((arg) => {
    const type = getNamedType(arg.type);
    return isInputObjectType(type) ? [[arg.name, type.name] as [string, string]] : [];
  });
}

/** Whether any field of the input needs more than the public's right. */
export function restrictsFilter(input: string): boolean {
  return Object.keys(FILTERS[input] ?? {}).some((field) => {
    const access = filterAccess(input, field);
    return !access || access.level !== Classification.PUBLIC || !!access.secretariatOnly;
  });
}

/**
 * Checks that FILTERS covers every field of every input a query (or object) field takes, and names
 * only fields that exist, each filtering by a field the policy table has; writes the classification
 * of each filter that needs a right into its description.
 */
export function checkFilters(types: GraphQLObjectType[], problems: string[]): void {
  const inputs = new Set<string>();
  for (const type of types) {
    if (type.name === 'Mutation') continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        const input = getNamedType(arg.type);
        if (!isInputObjectType(input)) continue;
        inputs.add(input.name);
        for (const [name, inputField] of Object.entries(input.getFields())) {
          const access = filterAccess(input.name, name);
          if (!access) {
            problems.push(`${input.name}.${name} (an argument of ${type.name}.${field.name}) has no entry in FILTERS`);
            continue;
          }
          // Only the filters that need a right say so; the others filter by public facts.
          if (access.level === Classification.PUBLIC && !access.secretariatOnly) continue;
          const classification = `Filters by a fact classified ${describeAccess(access).replace(/^Classification: /, '')}`;
          if (!inputField.description?.includes(classification)) {
            inputField.description = inputField.description ? `${inputField.description}\n\n${classification}` : classification;
          }
        }
      }
    }
  }
  for (const [input, fields] of Object.entries(FILTERS)) {
    if (!inputs.has(input)) problems.push(`input ${input} is in FILTERS but no query field takes it`);
    for (const [name, by] of Object.entries(fields)) {
      if (typeof by === 'string' && !fieldAccess(...(by.split('.') as [string, string]))) {
        problems.push(`FILTERS ${input}.${name} filters by ${by}, which the policy table does not have`);
      }
    }
  }
}

/** The first field of the filters given that `allowed` refuses, or null. */
export function deniedFilter(
  args: Record<string, unknown>,
  filters: [string, string][],
  allowed: (access: Access) => boolean,
): string | null {
  for (const [arg, input] of filters) {
    for (const [field, value] of Object.entries((args[arg] ?? {}) as Record<string, unknown>)) {
      if (value == null) continue;
      const access = filterAccess(input, field);
      if (!access || !allowed(access)) return field;
    }
  }
  return null;
}

/** What a list's filter tells of the records it matched, for the access log: `filter:<field>` for each RESTRICTED one given. */
export function filterFacts(input: string, filter: object | null | undefined): string[] {
  return Object.entries(filter ?? {})
    .filter(([field, value]) => value != null && loggedRead(filterAccess(input, field)))
    .map(([field]) => `filter:${field}`);
}
