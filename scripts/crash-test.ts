import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crashCheck } from './support/crash-check';

/**
 * `npm run test:crash`: kill -9 in the middle of a burst of writes, on a new embedded database
 * (or, with DATABASE_URL, on that server), and check that nothing acknowledged was lost.
 */
async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-crash-'));
  try {
    const env = { HUB_DATA_DIR: dataDir, ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) };
    const figures = await crashCheck(env);
    console.log(`Crash safety (${env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'}):`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(22)} ${v}`);
    const ok = figures.acknowledgedMissing === 0 && figures.withoutAuditEntry === 0 && figures.duplicatesAfterResend === 0 && figures.acknowledged > 0;
    console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
    if (!ok) process.exitCode = 1;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
