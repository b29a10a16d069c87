import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The state of the data, as one row: a random token that every committed write replaces in its
 * own transaction (triggers, see data-generation.ts). Cached answers are keyed by it.
 */
@Entity({ tableName: 'data_generation' })
export class DataGeneration {
  /** Always 1: the table has one row. */
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'uuid' })
  token!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt!: Date;
}
