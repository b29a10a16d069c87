import { Migration } from '@mikro-orm/migrations';

/** Indexes for activities aimed at a state and for the newest first. */
export class Migration20261128062245 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "activity_newest_first" on "activity" ("start_date" desc nulls last, "created_at" desc);`);
    this.addSql(`create index "activity_target_states_gin" on "activity" using gin ("target_states");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "activity_newest_first";`);
    this.addSql(`drop index "activity_target_states_gin";`);
  }

}
