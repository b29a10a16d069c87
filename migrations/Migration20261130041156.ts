import { Migration } from '@mikro-orm/migrations';

/** Corrections to treaty actions: a version on each action, and the history of what the hub said before (treaty_action_correction). */
export class Migration20261130041156 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "treaty_action_correction" ("id" uuid not null, "action_id" int not null, "state_iso3" varchar(3) not null, "corrected_at" timestamptz not null, "before" jsonb not null, "after" jsonb not null, "source" text not null, "reason" text not null, "corrected_by" text not null, "version" int not null, constraint "treaty_action_correction_pkey" primary key ("id"));`);
    this.addSql(`create index "treaty_action_correction_action_id_index" on "treaty_action_correction" ("action_id");`);
    this.addSql(`create index "treaty_action_correction_state_iso3_index" on "treaty_action_correction" ("state_iso3");`);

    this.addSql(`alter table "treaty_action_correction" add constraint "treaty_action_correction_action_id_foreign" foreign key ("action_id") references "treaty_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "treaty_action_correction" add constraint "treaty_action_correction_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade on delete cascade;`);

    this.addSql(`alter table "treaty_action" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "treaty_action_correction" cascade;`);

    this.addSql(`alter table "treaty_action" drop column "version";`);
  }

}
