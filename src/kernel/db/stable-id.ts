import { createHash, randomFillSync } from 'node:crypto';

/** A UUID derived from a name, so seeded records keep their id across loads and databases. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(`att-hub:${name}`).digest('hex');
  // Shaped as a version 8 (custom) UUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16] ?? '0', 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The shape of every uuid key, checked before a lookup so a malformed id is simply "not found". */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const RANDOM_POOL = Buffer.alloc(4096);
/** The next unused byte of RANDOM_POOL: none yet. */
let randomAt = RANDOM_POOL.length;

/**
 * A new random UUID whose first 48 bits are the time in milliseconds (version 7, RFC 9562), for
 * records written in bulk (an import's batches): ids made together sort together, so a batch's
 * index entries (the activity's key, its targets', its audit entries') go to a few neighbouring
 * pages of each index instead of one page anywhere per row. With random (version 4) keys, each
 * row touched pages all over indexes larger than PostgreSQL's buffers as the tables grew
 * (bench/README.md, the scale curve of 2026-11-30). The time is no secret: `createdAt` says it.
 */
export function timeOrderedUuid(now = Date.now()): string {
  // Random bytes are drawn 4 KiB at a time, as crypto.randomUUID does: one call per 256 ids.
  if (randomAt + 16 > RANDOM_POOL.length) {
    randomFillSync(RANDOM_POOL);
    randomAt = 0;
  }
  const bytes = Buffer.from(RANDOM_POOL.subarray(randomAt, randomAt + 16));
  randomAt += 16;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
