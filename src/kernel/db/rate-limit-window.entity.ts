import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Requests per viewer and minute, when rate limits are counted in PostgreSQL (no Redis). */
@Entity({ tableName: 'rate_limit_window' })
export class RateLimitWindow {
  @PrimaryKey({ type: 'text' })
  viewerKey!: string;

  @PrimaryKey({ type: 'datetime', columnType: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  hits!: number;
}
