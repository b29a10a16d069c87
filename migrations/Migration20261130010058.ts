import { Migration } from '@mikro-orm/migrations';

/** Assistance projects: one model for Voluntary Trust Fund projects, Sponsorship Programme awards and the projects of other funds; organisations gain their sourced facts. */
export class Migration20261130010058 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assistance_project" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "mechanism" text check ("mechanism" in ('ATT_VTF', 'ATT_SPONSORSHIP', 'UNSCAR', 'EU_ATT_OUTREACH', 'BILATERAL', 'OTHER')) not null, "title" text not null, "reference" text null, "description" text null, "implementer_name" text null, "organisation_ids" text[] not null, "owner_id" uuid null, "beneficiary_states" text[] not null, "beneficiary_regions" text[] not null, "regions_as_stated" text null, "period_from" text null, "period_to" text null, "starts" date null, "ends" date null, "kinds" text[] not null, "amount" numeric(16,2) null, "currency" text null, "status" text check ("status" in ('PLANNED', 'ONGOING', 'COMPLETED', 'UNKNOWN')) not null default 'UNKNOWN', "status_note" text null, "meeting" text null, "delegates" int null, "sources" text[] not null, "iati_identifier" text null, "classification" text check ("classification" in ('PUBLIC', 'PARTNER', 'TREATY_BODY', 'RESTRICTED')) not null default 'PUBLIC', "moderation" text check ("moderation" in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED')) not null default 'DRAFT', "rejection_reason" text null, "contributed_by_id" uuid null, "idempotency_key" text null, "demo" boolean not null default false, constraint "assistance_project_pkey" primary key ("id"));`);
    this.addSql(`alter table "assistance_project" add constraint "assistance_project_iati_identifier_unique" unique ("iati_identifier");`);
    this.addSql(`create index "assistance_project_organisations_gin" on "assistance_project" using gin ("organisation_ids");`);
    this.addSql(`create index "assistance_project_states_gin" on "assistance_project" using gin ("beneficiary_states");`);
    this.addSql(`create index "assistance_project_moderation_starts_index" on "assistance_project" ("moderation", "starts");`);
    this.addSql(`alter table "assistance_project" add constraint "assistance_project_contributed_by_id_idempotency_key_unique" unique ("contributed_by_id", "idempotency_key");`);

    this.addSql(`alter table "assistance_project" add constraint "assistance_project_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "assistance_project" add constraint "assistance_project_contributed_by_id_foreign" foreign key ("contributed_by_id") references "person" ("id") on update cascade on delete set null;`);

    // The rows of the two old tables become projects of their mechanism, under the same ids.
    this.addSql(`insert into "assistance_project" ("id", "created_at", "updated_at", "mechanism", "title", "organisation_ids", "beneficiary_states",
        "beneficiary_regions", "period_from", "starts", "kinds", "amount", "currency", "status_note", "sources", "moderation", "demo")
      select "id", now(), now(), 'ATT_VTF', "title", '{}', array["state_iso3"]::text[], '{}', "year"::text, make_date("year", 1, 1), '{}',
        "amount_usd", case when "amount_usd" is null then null else 'USD' end, "status",
        case when "source" is null then '{}'::text[] else array["source"] end, 'PUBLISHED', "demo"
      from "vtf_project";`);
    this.addSql(`insert into "assistance_project" ("id", "created_at", "updated_at", "mechanism", "title", "organisation_ids", "beneficiary_states",
        "beneficiary_regions", "period_from", "starts", "kinds", "meeting", "delegates", "sources", "moderation", "demo")
      select "id", now(), now(), 'ATT_SPONSORSHIP', case when "demo" then 'Demo: sponsorship to attend ' else 'Sponsorship to attend ' end || "meeting",
        '{}', array["state_iso3"]::text[], '{}', "year"::text, make_date("year", 1, 1), '{PARTICIPATION}', "meeting", "delegates",
        case when "source" is null then '{}'::text[] else array["source"] end, 'PUBLISHED', "demo"
      from "sponsorship_award";`);
    this.addSql(`drop table if exists "sponsorship_award" cascade;`);

    this.addSql(`drop table if exists "vtf_project" cascade;`);

    this.addSql(`alter table "organisation" drop constraint if exists "organisation_kind_check";`);

    this.addSql(`alter table "organisation" add column "short_name" text null, add column "kind_as_stated" text null, add column "website" text null, add column "att_role" text null, add column "region_focus" text null, add column "sources" text[] not null default '{}';`);
    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check("kind" in ('CIVIL_SOCIETY', 'INDUSTRY', 'ACADEMIA', 'MEDIA', 'INTERNATIONAL', 'REGIONAL', 'RESEARCH', 'NATIONAL_AGENCY'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "sponsorship_award" ("id" uuid not null, "state_iso3" varchar(3) not null, "meeting" text not null, "year" int4 not null, "delegates" int4 null, "source" text null, "demo" bool not null default false, constraint "sponsorship_award_pkey" primary key ("id"));`);

    this.addSql(`create table "vtf_project" ("id" uuid not null, "state_iso3" varchar(3) not null, "title" text not null, "year" int4 not null, "amount_usd" int4 null, "status" text null, "source" text null, "demo" bool not null default false, constraint "vtf_project_pkey" primary key ("id"));`);

    this.addSql(`alter table "sponsorship_award" add constraint "sponsorship_award_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade on delete no action;`);

    this.addSql(`alter table "vtf_project" add constraint "vtf_project_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade on delete no action;`);

    // Back to the old tables: the projects of the two mechanisms whose start year is known, one row per state.
    this.addSql(`insert into "vtf_project" ("id", "state_iso3", "title", "year", "amount_usd", "status", "source", "demo")
      select case when cardinality(p."beneficiary_states") = 1 then p."id" else gen_random_uuid() end, s, p."title", extract(year from p."starts")::int,
        round(p."amount")::int, p."status_note", array_to_string(p."sources", ' ; '), p."demo"
      from "assistance_project" p, unnest(p."beneficiary_states") s
      where p."mechanism" = 'ATT_VTF' and p."starts" is not null and s in (select "iso3" from "state");`);
    this.addSql(`insert into "sponsorship_award" ("id", "state_iso3", "meeting", "year", "delegates", "source", "demo")
      select case when cardinality(p."beneficiary_states") = 1 then p."id" else gen_random_uuid() end, s, coalesce(p."meeting", p."title"),
        extract(year from p."starts")::int, p."delegates", array_to_string(p."sources", ' ; '), p."demo"
      from "assistance_project" p, unnest(p."beneficiary_states") s
      where p."mechanism" = 'ATT_SPONSORSHIP' and p."starts" is not null and s in (select "iso3" from "state");`);
    this.addSql(`drop table if exists "assistance_project" cascade;`);

    this.addSql(`alter table "organisation" drop constraint if exists "organisation_kind_check";`);

    // The old kinds had no research institutes or national agencies: the nearest old kind (lossy; the data reload restores them).
    this.addSql(`update "organisation" set "kind" = case "kind" when 'RESEARCH' then 'ACADEMIA' else 'INTERNATIONAL' end where "kind" in ('RESEARCH', 'NATIONAL_AGENCY');`);
    this.addSql(`alter table "organisation" drop column "short_name", drop column "kind_as_stated", drop column "website", drop column "att_role", drop column "region_focus", drop column "sources";`);

    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check("kind" in ('CIVIL_SOCIETY', 'INDUSTRY', 'ACADEMIA', 'MEDIA', 'INTERNATIONAL', 'REGIONAL'));`);
  }

}
