import { Migration } from '@mikro-orm/migrations';

/** Assistance: needs, offers, matches, VTF projects and Sponsorship Programme awards. */
export class Migration20261128053219 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sponsorship_award" ("id" uuid not null, "state_iso3" varchar(3) not null, "meeting" text not null, "year" int not null, "delegates" int null, "source" text null, "demo" boolean not null default false, constraint "sponsorship_award_pkey" primary key ("id"));`);

    this.addSql(`create table "assistance_offer" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "provider_organisation_id" uuid null, "provider_state_iso3" varchar(3) null, "provider_name" text not null, "kinds" text[] not null, "regions" text[] not null, "description" text not null, "available_until" date null, "demo" boolean not null default false, constraint "assistance_offer_pkey" primary key ("id"));`);

    this.addSql(`create table "assistance_need" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "state_iso3" varchar(3) not null, "kind" text check ("kind" in ('LEGAL', 'INSTITUTIONAL', 'TECHNICAL', 'TRAINING', 'TRANSLATION', 'OUTREACH')) not null, "description" text not null, "stated_on" date not null, "stated_by" text not null, "status" text check ("status" in ('OPEN', 'MATCHED', 'MET', 'WITHDRAWN')) not null default 'OPEN', "demo" boolean not null default false, constraint "assistance_need_pkey" primary key ("id"));`);
    this.addSql(`create index "assistance_need_state_iso3_status_index" on "assistance_need" ("state_iso3", "status");`);

    this.addSql(`create table "assistance_match" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "need_id" uuid not null, "offer_id" uuid not null, "status" text check ("status" in ('PROPOSED', 'AGREED', 'COMPLETED', 'DECLINED')) not null default 'PROPOSED', "matched_on" date not null, "note" text null, constraint "assistance_match_pkey" primary key ("id"));`);

    this.addSql(`create table "vtf_project" ("id" uuid not null, "state_iso3" varchar(3) not null, "title" text not null, "year" int not null, "amount_usd" int null, "status" text null, "source" text null, "demo" boolean not null default false, constraint "vtf_project_pkey" primary key ("id"));`);

    this.addSql(`alter table "sponsorship_award" add constraint "sponsorship_award_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade;`);

    this.addSql(`alter table "assistance_offer" add constraint "assistance_offer_provider_organisation_id_foreign" foreign key ("provider_organisation_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "assistance_offer" add constraint "assistance_offer_provider_state_iso3_foreign" foreign key ("provider_state_iso3") references "state" ("iso3") on update cascade on delete set null;`);

    this.addSql(`alter table "assistance_need" add constraint "assistance_need_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade;`);

    this.addSql(`alter table "assistance_match" add constraint "assistance_match_need_id_foreign" foreign key ("need_id") references "assistance_need" ("id") on update cascade;`);
    this.addSql(`alter table "assistance_match" add constraint "assistance_match_offer_id_foreign" foreign key ("offer_id") references "assistance_offer" ("id") on update cascade;`);

    this.addSql(`alter table "vtf_project" add constraint "vtf_project_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assistance_match" drop constraint "assistance_match_offer_id_foreign";`);

    this.addSql(`alter table "assistance_match" drop constraint "assistance_match_need_id_foreign";`);

    this.addSql(`drop table if exists "sponsorship_award" cascade;`);

    this.addSql(`drop table if exists "assistance_offer" cascade;`);

    this.addSql(`drop table if exists "assistance_need" cascade;`);

    this.addSql(`drop table if exists "assistance_match" cascade;`);

    this.addSql(`drop table if exists "vtf_project" cascade;`);
  }

}
