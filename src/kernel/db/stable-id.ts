import { createHash } from 'node:crypto';

/** A UUID derived from a name, so seeded records keep their id across loads and databases. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(`att-hub:${name}`).digest('hex');
  // Shaped as a version 8 (custom) UUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16] ?? '0', 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The shape of every uuid key, checked before a lookup so a malformed id is simply "not found". */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
