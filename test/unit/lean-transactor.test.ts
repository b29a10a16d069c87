import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

/**
 * src/kernel/db/lean-transactor.ts follows two of knex's files: it repeats `_onAcquire` and
 * `makeTxClient` (lib/execution/transaction.js) and builds what `makeTransactor` builds from the
 * methods `makeKnex` gives (lib/knex-builder/make-knex.js). A new knex changes them: this fails,
 * and the lean transactor is to be read again against the new files (then their digests here).
 * What it builds is compared with knex's own in test/api/begin-with.test.ts.
 */
const FOLLOWED = {
  'knex/lib/execution/transaction.js': '17ebc527bce986224880a2303c934c5a69ae0311619dd2cc723460a8806e3eba',
  'knex/lib/knex-builder/make-knex.js': '36a2ca79e0477bee557b73f6d867e3d92ac6d85c2092a7f2230eedc278506d7c',
};

it("follows knex's transaction.js and make-knex.js as they were when it was written (knex 3.2.10)", () => {
  const resolve = createRequire(__filename).resolve;
  for (const [file, digest] of Object.entries(FOLLOWED)) {
    expect(createHash('sha256').update(fs.readFileSync(resolve(file))).digest('hex'), file).toBe(digest);
  }
});
