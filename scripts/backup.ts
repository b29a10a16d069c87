import { loadConfig } from '../src/kernel/config';
import { backup } from '../src/kernel/db/backup';
import { describeLocation, locationOf } from '../src/kernel/db/backup-connection';
import { ownerOnlyFiles } from '../src/kernel/db/owner-only';

/**
 * `npm run backup -- [file]`: a consistent copy of the hub's database (DATABASE_URL's, or the
 * embedded one in HUB_DATA_DIR, running or not), written owner-only. `npm run restore` reads it.
 */
async function main(): Promise<void> {
  ownerOnlyFiles();
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.length > 1) {
    console.log('Usage: npm run backup -- [file]   (default: att-hub-<time>.backup.gz in this folder)');
    process.exit(args.includes('--help') ? 0 : 1);
  }
  // Only where the data is matters here (production's other settings need not be present).
  const location = locationOf(loadConfig({ DATABASE_URL: process.env.DATABASE_URL, HUB_DATA_DIR: process.env.HUB_DATA_DIR }));
  const file = args[0] ?? `att-hub-${new Date().toISOString().replace(/[:.]/g, '-')}.backup.gz`;
  const summary = await backup(location, file);
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  console.log(
    `Backed up the ${describeLocation(location)}: ${rows} rows in ${Object.keys(summary.rows).length} tables, ` +
      `${summary.migrations} migrations, to ${summary.file} (${summary.bytes} bytes, owner-only) in ${summary.ms} ms.`,
  );
}

main().catch((error: unknown) => {
  console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
