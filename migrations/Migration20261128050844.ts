import { Migration } from '@mikro-orm/migrations';

/** Confidentiality core: people, organisations, office holdings, national processes, priority tiers, audit. */
export class Migration20261128050844 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null, "kind" text check ("kind" in ('CHANGE', 'READ')) not null, "actor" text null, "request_id" text null, "action" text not null, "record_type" text not null, "record_id" text not null, "changes" jsonb null, "fields" text[] null);`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_record_type_record_id_index" on "audit_event" ("record_type", "record_id");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "name" text not null, "kind" text check ("kind" in ('CIVIL_SOCIETY', 'INDUSTRY', 'ACADEMIA', 'MEDIA', 'INTERNATIONAL', 'REGIONAL')) not null, "demo" boolean not null default false, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(`create table "person" ("id" uuid not null, "subject" text null, "name" text not null, "organisation_id" uuid null, "demo" boolean not null default false, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`alter table "person" add constraint "person_subject_unique" unique ("subject");`);

    this.addSql(`create table "priority_assessment" ("id" uuid not null, "state_iso3" varchar(3) not null, "tier" text check ("tier" in ('TIER_1_SIGNATORY', 'TIER_2_READY_SOON', 'TIER_3_OTHER')) not null, "rationale" text not null, "cycle" varchar(16) null, "assessed_on" date not null, "source" text not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "priority_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "priority_assessment_state_iso3_assessed_on_index" on "priority_assessment" ("state_iso3", "assessed_on");`);

    this.addSql(`create table "office_holding" ("id" uuid not null, "person_id" uuid not null, "body" text check ("body" in ('CSP', 'WGTU', 'WGETI', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'SECRETARIAT')) null, "office" text check ("office" in ('PRESIDENT', 'VICE_PRESIDENT', 'CO_CHAIR', 'CHAIR', 'HEAD', 'STAFF', 'REGIONAL_CHAMPION', 'NATIONAL_POINT_OF_CONTACT')) not null, "cycle" varchar(16) null, "region" text check ("region" in ('AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA')) null, "representing_state_iso3" varchar(3) null, "representing_organisation_id" uuid null, "valid_from" date not null, "valid_to" date null, "source" text null, "demo" boolean not null default false, constraint "office_holding_pkey" primary key ("id"));`);
    this.addSql(`create index "office_holding_person_id_valid_from_index" on "office_holding" ("person_id", "valid_from");`);

    this.addSql(`create table "national_process" ("id" uuid not null, "state_iso3" varchar(3) not null, "stage" text check ("stage" in ('NOT_STARTED', 'UNDER_CONSIDERATION', 'DOMESTIC_REVIEW', 'PARLIAMENTARY_APPROVAL', 'READY_TO_DEPOSIT', 'DEPOSITED')) not null, "obstacles" text null, "next_step" text null, "owner" text null, "last_assessed" date not null, "source" text not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "national_process_pkey" primary key ("id"));`);
    this.addSql(`alter table "national_process" add constraint "national_process_state_iso3_unique" unique ("state_iso3");`);

    this.addSql(`alter table "person" add constraint "person_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "priority_assessment" add constraint "priority_assessment_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade;`);

    this.addSql(`alter table "office_holding" add constraint "office_holding_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_holding" add constraint "office_holding_representing_state_iso3_foreign" foreign key ("representing_state_iso3") references "state" ("iso3") on update cascade on delete set null;`);
    this.addSql(`alter table "office_holding" add constraint "office_holding_representing_organisation_id_foreign" foreign key ("representing_organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "national_process" add constraint "national_process_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop constraint "person_organisation_id_foreign";`);

    this.addSql(`alter table "office_holding" drop constraint "office_holding_representing_organisation_id_foreign";`);

    this.addSql(`alter table "office_holding" drop constraint "office_holding_person_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "priority_assessment" cascade;`);

    this.addSql(`drop table if exists "office_holding" cascade;`);

    this.addSql(`drop table if exists "national_process" cascade;`);
  }

}
