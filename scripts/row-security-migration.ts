import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../src/kernel/db/orm';
import { ormMapping } from '../src/orm-mapping';
import { entities } from '../src/entities';
import { missingPreamble, rowSecurityPolicies, rowSecurityStatements } from '../src/access/policy/row-security';

/** The text of every migration in the folder. */
function migrationTexts(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((file) => /^Migration\d+\.ts$/.test(file))
    .map((file) => fs.readFileSync(path.join(folder, file), 'utf8'));
}

/**
 * Writes a migration holding the row-level security the policy table renders now (every scoped
 * table's policies, and those statements of the request role's preamble that no migration holds
 * yet), and lists it in migrations/index.ts. Run it after changing a record policy or an `about`
 * path: the start refuses a database whose policies differ from the table (src/access/policy/row-security-check.ts). Usage:
 *   node -r @swc-node/register scripts/row-security-migration.ts "Why the policies changed." [--print]
 */
async function main(): Promise<void> {
  const [doc = 'Row-level security as the policy table renders it.', flag] = process.argv.slice(2);
  const orm = await MikroORM.init({ ...ormOptions({ host: '127.0.0.1', port: 1, poolMax: 1 }, ormMapping()), connect: false });
  const root = path.resolve(__dirname, '..');
  const preamble = missingPreamble(migrationTexts(path.join(root, 'migrations')));
  const statements = [...preamble, ...rowSecurityStatements(rowSecurityPolicies(orm.getMetadata(), entities))];
  await orm.close(true);
  if (flag === '--print' || doc === '--print') {
    console.log(statements.join(';\n\n'));
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const name = `Migration${stamp}`;
  const body = statements.map((s) => `    this.addSql(${JSON.stringify(s)});`).join('\n');
  fs.writeFileSync(
    path.join(root, 'migrations', `${name}.ts`),
    `import { Migration } from '@mikro-orm/migrations';\n\n/**\n * ${doc}\n * Written by scripts/row-security-migration.ts from the policy table; never edit by hand.\n */\n` +
      `export class ${name} extends Migration {\n  override async up(): Promise<void> {\n${body}\n  }\n}\n`,
  );
  const indexPath = path.join(root, 'migrations', 'index.ts');
  let index = fs.readFileSync(indexPath, 'utf8');
  index = index.replace(/(import \{ Migration\d+ \} from '\.\/Migration\d+';\n)(?!import \{ Migration)/, `$1import { ${name} } from './${name}';\n`);
  index = index.replace(/\n\];/, `\n  { name: '${name}', class: ${name} },\n];`);
  fs.writeFileSync(indexPath, index);
  console.log(`wrote migrations/${name}.ts`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
