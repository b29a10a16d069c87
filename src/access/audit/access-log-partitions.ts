import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The audit trail (the access log with it) is partitioned by month of `at` (migration
 * Migration20261130100117): an old month is detached and archived whole (docs/operations.md),
 * and a month's entries are read from its partition alone. A default partition takes an entry
 * whose month has no partition, so an insert never fails for want of one; this keeps that the
 * exception: the coming months' partitions exist before their first entry (made at start and daily,
 * src/kernel/db/database.ts), and a month found in
 * the default partition (a restore of older entries, a clock that jumped) moves into its own.
 * Nothing is detached or deleted here.
 */

/** The partitioned tables, by the parent's name: each partition follows its row security. */
export const PARTITIONED_TABLES: readonly string[] = ['audit_event'];

/** Months created ahead of this one: a hub stopped for a while still starts with its month ready. */
const MONTHS_AHEAD = 2;

/** Creates the missing months' partitions (as the owner: not in a request's role); resolves with their names. */
export async function ensureAccessLogPartitions(em: EntityManager, monthsAhead = MONTHS_AHEAD): Promise<string[]> {
  const rows: { name: string }[] = await em.getConnection().execute('select audit_event_partitions_ahead(?) as name', [monthsAhead]);
  return rows.map((row) => row.name);
}
