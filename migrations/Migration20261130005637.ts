import { Migration } from '@mikro-orm/migrations';

/** Each state's rank by name in each of the six UN languages, computed at load with that language's collation (PGlite has no ICU collations to order by). */
export class Migration20261130005637 extends Migration {

  override async up(): Promise<void> {
    // Filled by the next load of the participation data (its files changed: un-names.csv joined them).
    this.addSql(`alter table "state" add column "name_ranks" jsonb not null default '{}';`);
    this.addSql(`alter table "state" alter column "name_ranks" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "state" drop column "name_ranks";`);
  }

}
