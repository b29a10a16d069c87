/**
 * A PostgreSQL array literal for one bound parameter (`?::text[]`): knex would otherwise
 * expand a JavaScript array into a list of parameters.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
