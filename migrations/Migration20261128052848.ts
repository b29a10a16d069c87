import { Migration } from '@mikro-orm/migrations';

/** Engagements: recorded contacts with states, and champions' reports. */
export class Migration20261128052848 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "engagement" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "state_iso3" varchar(3) null, "region" text check ("region" in ('AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA')) not null, "organisation_contacted" text null, "date" date not null, "kind" text check ("kind" in ('BILATERAL_MEETING', 'LETTER', 'CALL', 'WORKSHOP_SIDE_MEETING', 'VISIT', 'OTHER')) not null, "counterpart" text null, "on_behalf_of" text not null, "recorded_by_id" uuid null, "summary" text not null, "outcome" text null, "next_step" text null, "next_step_due" date null, "demo" boolean not null default false, constraint "engagement_pkey" primary key ("id"));`);
    this.addSql(`create index "engagement_region_date_index" on "engagement" ("region", "date");`);
    this.addSql(`create index "engagement_state_iso3_date_index" on "engagement" ("state_iso3", "date");`);

    this.addSql(`alter table "engagement" add constraint "engagement_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade on delete set null;`);
    this.addSql(`alter table "engagement" add constraint "engagement_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "engagement" cascade;`);
  }

}
