import { Migration } from '@mikro-orm/migrations';

/** Takes the key off every activity but the first of each (`owner`, key), so that a unique index on them holds. */
const keepFirstKeyPer = (owner: string) => `update "activity" a set "idempotency_key" = null
  from (
    select "id", row_number() over (partition by "${owner}", "idempotency_key" order by "created_at", "id") as "nth"
      from "activity" where "${owner}" is not null and "idempotency_key" is not null
  ) repeated
  where a."id" = repeated."id" and repeated."nth" > 1;`;

/**
 * Idempotency keys are each contributor's (person's), not each organisation's: viewers with no
 * organisation get them too. Repeats the old index let through (a contributor with no
 * organisation sending one key twice) keep their records; the later ones lose the key.
 */
export class Migration20261129210901 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "activity" drop constraint "activity_organiser_id_idempotency_key_unique";`);
    this.addSql(keepFirstKeyPer('contributed_by_id'));
    this.addSql(`alter table "activity" add constraint "activity_contributed_by_id_idempotency_key_unique" unique ("contributed_by_id", "idempotency_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "activity" drop constraint "activity_contributed_by_id_idempotency_key_unique";`);
    // Keys two members of one organisation both used stay with the first record.
    this.addSql(keepFirstKeyPer('organiser_id'));
    this.addSql(`alter table "activity" add constraint "activity_organiser_id_idempotency_key_unique" unique ("organiser_id", "idempotency_key");`);
  }

}
