import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import type { Activity } from './activity.entity';

/**
 * One row per (activity, target state), kept by a database trigger from `activity.target_states`
 * (see the migration that creates it); the hub never writes it. It exists so that "the latest
 * activities aimed at these states" reads a few index entries per state instead of unnesting and
 * ranking every activity.
 */
@Entity({ tableName: 'activity_target' })
@Index({
  name: 'activity_target_latest',
  expression:
    'create index "activity_target_latest" on "activity_target" ("state_iso3", "start_date" desc nulls last, "created_at" desc, "activity_id")',
})
export class ActivityTarget {
  [PrimaryKeyProp]?: ['activity', 'stateIso3'];

  @ManyToOne({ entity: 'Activity', primary: true, fieldName: 'activity_id', deleteRule: 'cascade', updateRule: 'cascade' })
  activity!: Rel<Activity>;

  @PrimaryKey({ type: 'text', fieldName: 'state_iso3' })
  stateIso3!: string;

  /** Copied from the activity, so the index orders by it. */
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
