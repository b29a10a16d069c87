import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The state of the data, as sixteen slots, each a random token: every committed write replaces
 * one slot's in its own transaction (triggers, see data-generation.ts). Cached answers are keyed by
 * the digest of all slots.
 */
@Entity({ tableName: 'data_generation' })
export class DataGeneration {
  /** The slot, 1 to 16. */
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'uuid' })
  token!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt!: Date;
}
