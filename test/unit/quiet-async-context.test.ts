import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The invariant of src/performance/quiet-async-context.ts, in a fresh Node process (as
 * `npm start` loads it: before anything else loads MikroORM): every AsyncLocalStorage MikroORM
 * makes is captured, entering one turns Node's promise hooks on, and quieting turns them off.
 */
const ROOT = path.resolve(__dirname, '../..');

const SCRIPT = `
const { executionAsyncResource } = require('node:async_hooks');
const { mikroOrmAsyncContexts, quietAsyncContexts } = require('./src/performance/quiet-async-context');
const { TransactionContext, RequestContext } = require('@mikro-orm/core');
// While the promise hooks run, the code after an await runs with the promise as its async resource.
async function hooksOn() { await null; return executionAsyncResource() instanceof Promise; }
(async () => {
  const captured = mikroOrmAsyncContexts();
  const report = { captured: captured.length, transaction: captured.includes(TransactionContext.storage), request: captured.includes(RequestContext.storage) };
  report.before = await hooksOn();
  for (const storage of captured) storage.run(1, () => undefined);
  report.entered = await hooksOn();
  quietAsyncContexts();
  report.quieted = await hooksOn();
  report.restored = new (require('node:async_hooks').AsyncLocalStorage)().constructor.name;
  process.stdout.write(JSON.stringify(report));
})();
`;

describe('quiet async contexts', () => {
  it('captures MikroORM’s AsyncLocalStorage instances, and quieting them turns the promise hooks off', () => {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toEqual({
      // MikroORM 6.6: the transaction context, the request context, raw fragments and the flush guard.
      // Another number: MikroORM changed how it keeps its contexts; check quiet-async-context.ts still holds.
      captured: 4,
      transaction: true,
      request: true,
      before: false,
      entered: true,
      quieted: false,
      restored: 'AsyncLocalStorage',
    });
  });
});
