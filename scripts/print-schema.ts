import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildContractSchema } from '../src/schema';

/**
 * `npm run schema:print` writes schema/schema.graphql from the code; with --check it only
 * compares, and fails when the committed contract is stale.
 */
export const SCHEMA_FILE = path.resolve(__dirname, '../schema/schema.graphql');

export async function printHubSchema(): Promise<string> {
  // Sorted: type-graphql emits types in the order their modules happened to load.
  return `${printSchema(lexicographicSortSchema(await buildContractSchema()))}\n`;
}

async function main(): Promise<void> {
  const printed = await printHubSchema();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== printed) {
      console.error('schema/schema.graphql is stale: run `npm run schema:print` and commit it.');
      process.exit(1);
    }
    console.log('schema/schema.graphql is current.');
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, printed);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
