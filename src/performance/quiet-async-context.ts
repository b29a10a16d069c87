/**
 * MikroORM keeps its transaction context, request context and "inside a flush" guard in
 * AsyncLocalStorage instances. Once one is entered (every flush and `em.transactional` enters
 * them: the seeds at start, any write), Node 20 runs a hook at every promise the process makes,
 * for good: a seventh of the garbage of a fresh W1 answer. The hub's own code keeps no
 * AsyncLocalStorage (statement-count.ts, admission.ts); `quietAsyncContexts` turns MikroORM's
 * off again (`disable()`, Node's public API) when none can be in use: once the hub has started,
 * and whenever no request holds a place (admission.ts), since every flush and transaction of
 * the hub runs inside an admitted request. The next flush or transaction enters them again.
 *
 * Going around MikroORM: its storages are module-private, so they are captured as MikroORM's
 * modules load (`AsyncLocalStorage` is swapped for a recording subclass for that one `require`).
 * This module must therefore be loaded before anything else loads MikroORM (first import of
 * src/server.ts); loaded later, it captures nothing and quieting does nothing (as before).
 * Invariant and test: src/performance/README.md, test/unit/quiet-async-context.test.ts.
 */
import type { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';

// Node's own module object, not an ES namespace copy: MikroORM reads `AsyncLocalStorage` from it.
const load = createRequire(__filename);
const asyncHooks = load('node:async_hooks') as typeof import('node:async_hooks');

const captured: AsyncLocalStorage<unknown>[] = [];

function loadMikroOrmRecording(): void {
  if (Object.keys(load.cache).some((file) => file.includes(`${'@mikro-orm'}/core/`))) return;
  const Original = asyncHooks.AsyncLocalStorage;
  class Recording<T> extends Original<T> {
    constructor() {
      super();
      captured.push(this as AsyncLocalStorage<unknown>);
    }
  }
  asyncHooks.AsyncLocalStorage = Recording;
  try {
    load('@mikro-orm/core');
  } finally {
    asyncHooks.AsyncLocalStorage = Original;
  }
}

loadMikroOrmRecording();

/** MikroORM's AsyncLocalStorage instances, as captured (none if MikroORM was loaded first). */
export function mikroOrmAsyncContexts(): readonly AsyncLocalStorage<unknown>[] {
  return captured;
}

/** Turns MikroORM's AsyncLocalStorage instances off; only when no flush or transaction can be running. */
export function quietAsyncContexts(): void {
  for (const storage of captured) storage.disable();
}
