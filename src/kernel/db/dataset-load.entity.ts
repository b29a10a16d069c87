import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Which version (checksum) of a shipped data set is in the database, so a restart loads nothing twice. */
@Entity({ tableName: 'dataset_load' })
export class DatasetLoad {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'string', length: 64 })
  checksum!: string;

  @Property({ type: 'integer' })
  records!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  loadedAt: Date = new Date();
}
