import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

/**
 * `npm run schema:lint`: every type, field, argument, input field and enum value of the
 * committed contract (schema/schema.graphql) carries a description, so generated clients and
 * GraphiQL explain each one. Small and ours rather than graphql-schema-linter: that linter's
 * last release predates graphql 16.9 and Node 20, and this is the one rule the hub asks of it.
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (where: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

if (require.main === module) {
  const file = path.resolve(__dirname, '../schema/schema.graphql');
  const missing = undescribed(buildSchema(readFileSync(file, 'utf8')));
  if (missing.length) {
    console.error(`schema/schema.graphql: ${missing.length} without a description:\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
  console.log('schema/schema.graphql: every type, field, argument, input field and enum value is described.');
}
