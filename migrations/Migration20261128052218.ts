import { Migration } from '@mikro-orm/migrations';

/** Outreach activities, contributed by partners and moderated by the Secretariat. */
export class Migration20261128052218 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "activity" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('WORKSHOP', 'REGIONAL_MEETING', 'TOOLKIT_TRANSLATION', 'TRAINING', 'ADVOCACY', 'UNGA_RESOLUTION', 'OTHER')) not null, "title" text not null, "description" text null, "start_date" date null, "end_date" date null, "place" text null, "organiser_id" uuid null, "organiser_state_iso3" varchar(3) null, "organiser_name" text not null, "target_states" text[] not null, "target_regions" text[] not null, "languages" text[] not null, "outcome" text null, "classification" text check ("classification" in ('PUBLIC', 'PARTNER', 'TREATY_BODY', 'RESTRICTED')) not null default 'PUBLIC', "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED')) not null default 'DRAFT', "rejection_reason" text null, "contributed_by_id" uuid null, "idempotency_key" text null, "source" text null, "demo" boolean not null default false, constraint "activity_pkey" primary key ("id"));`);
    this.addSql(`create index "activity_status_start_date_index" on "activity" ("status", "start_date");`);
    this.addSql(`alter table "activity" add constraint "activity_organiser_id_idempotency_key_unique" unique ("organiser_id", "idempotency_key");`);

    this.addSql(`alter table "activity" add constraint "activity_organiser_id_foreign" foreign key ("organiser_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "activity" add constraint "activity_organiser_state_iso3_foreign" foreign key ("organiser_state_iso3") references "state" ("iso3") on update cascade on delete set null;`);
    this.addSql(`alter table "activity" add constraint "activity_contributed_by_id_foreign" foreign key ("contributed_by_id") references "person" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "activity" cascade;`);
  }

}
