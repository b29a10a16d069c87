import { loadConfig } from '../src/kernel/config';
import { describeLocation, locationOf } from '../src/kernel/db/backup-connection';
import { ownerOnlyFiles } from '../src/kernel/db/owner-only';
import { restore } from '../src/kernel/db/restore';

/**
 * `npm run restore -- <file> [--replace]`: a backup into a new data folder (HUB_DATA_DIR) or a new
 * or empty server database (DATABASE_URL, created if missing). An embedded hub's backup restored
 * with DATABASE_URL moves it to a PostgreSQL server. --replace drops what the target holds first.
 */
async function main(): Promise<void> {
  ownerOnlyFiles();
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const files = args.filter((a) => a !== '--replace');
  if (files.length !== 1 || files[0]!.startsWith('--')) {
    console.log('Usage: npm run restore -- <backup file> [--replace]   (into HUB_DATA_DIR, or DATABASE_URL if set)');
    process.exit(args.includes('--help') ? 0 : 1);
  }
  const location = locationOf(loadConfig({ DATABASE_URL: process.env.DATABASE_URL, HUB_DATA_DIR: process.env.HUB_DATA_DIR }));
  const summary = await restore(files[0]!, location, { replace });
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  console.log(
    `Restored ${rows} rows in ${Object.keys(summary.rows).length} tables into the ${describeLocation(location)} in ${summary.ms} ms` +
      (summary.migrated.length ? `, then applied ${summary.migrated.length} newer migrations.` : '.'),
  );
}

main().catch((error: unknown) => {
  console.error(`The restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
