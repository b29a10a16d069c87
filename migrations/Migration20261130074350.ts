import { Migration } from '@mikro-orm/migrations';

/** A state's latest engagements from an index in their order (issue #18: the ranked list read all of a state's engagements). */
export class Migration20261130074350 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "engagement_latest" on "engagement" ("state_iso3", "date" desc, "created_at" desc, "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "engagement_latest";`);
  }

}
