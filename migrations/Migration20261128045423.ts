import { Migration } from '@mikro-orm/migrations';

/** The participation area: states, their treaty actions, sources, and status as of a date. */
export class Migration20261128045423 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "dataset_load" ("name" varchar(64) not null, "checksum" varchar(64) not null, "records" int not null, "loaded_at" timestamptz not null, constraint "dataset_load_pkey" primary key ("name"));`);

    this.addSql(`create table "source" ("id" varchar(64) not null, "title" text not null, "location" text null, "confidence" varchar(16) not null, "note" text null, constraint "source_pkey" primary key ("id"));`);

    this.addSql(`create table "state" ("iso3" varchar(3) not null, "iso2" varchar(2) not null, "names" jsonb not null, "name_sort_key" varchar(100) not null, "region" text check ("region" in ('AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA')) not null, "region_basis" text not null, "un_member" boolean not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "state_pkey" primary key ("iso3"));`);
    this.addSql(`alter table "state" add constraint "state_iso2_unique" unique ("iso2");`);
    this.addSql(`create index "state_name_sort_key_index" on "state" ("name_sort_key");`);

    this.addSql(`create table "treaty_action" ("id" serial primary key, "state_iso3" varchar(3) not null, "kind" text check ("kind" in ('SIGNATURE', 'CONSENT', 'ENTRY_INTO_FORCE')) not null, "instrument" text check ("instrument" in ('RATIFICATION', 'ACCEPTANCE', 'APPROVAL', 'ACCESSION')) null, "precision" text check ("precision" in ('DAY', 'YEAR', 'UNKNOWN')) not null, "date" date null, "year" int null, "earliest" date not null, "latest" date not null, "basis" text check ("basis" in ('SOURCED', 'DERIVED', 'COMPUTED', 'INFERRED')) not null, "sources" text[] not null, "note" text null);`);
    this.addSql(`create index "treaty_action_state_iso3_index" on "treaty_action" ("state_iso3");`);
    this.addSql(`alter table "treaty_action" add constraint "treaty_action_state_iso3_kind_unique" unique ("state_iso3", "kind");`);

    this.addSql(`alter table "treaty_action" add constraint "treaty_action_state_iso3_foreign" foreign key ("state_iso3") references "state" ("iso3") on update cascade on delete cascade;`);

    // Status as of a date, derived from the treaty actions' date bounds (see participation.sql.ts).
    // A status is certain when the dates it depends on lie on or before the date; while a date
    // is only bounded, every status it allows is listed and `status` is null.
    this.addSql(`create function participation_as_of(as_of date)
      returns table (iso3 varchar, possible_statuses text[], status text, in_force boolean)
      language sql stable as $$
        with bounds as (
          select s.iso3,
                 min(a.earliest) filter (where a.kind = 'SIGNATURE') as signed_earliest,
                 min(a.latest) filter (where a.kind = 'SIGNATURE') as signed_latest,
                 min(a.earliest) filter (where a.kind = 'CONSENT') as consented_earliest,
                 min(a.latest) filter (where a.kind = 'CONSENT') as consented_latest,
                 min(a.earliest) filter (where a.kind = 'ENTRY_INTO_FORCE') as eif_earliest,
                 min(a.latest) filter (where a.kind = 'ENTRY_INTO_FORCE') as eif_latest
            from state s
            left join treaty_action a on a.state_iso3 = s.iso3
           group by s.iso3
        ), facts as (
          select iso3,
                 coalesce(consented_latest <= as_of, false) as party_certain,
                 coalesce(consented_earliest <= as_of, false) as party_possible,
                 coalesce(signed_latest <= as_of, false) as signed_certain,
                 coalesce(signed_earliest <= as_of, false) as signed_possible,
                 case when eif_latest <= as_of then true
                      when eif_earliest <= as_of then null
                      else false end as in_force
            from bounds
        ), possible as (
          select iso3, in_force,
                 array_remove(array[
                   case when party_possible then 'STATE_PARTY' end,
                   case when signed_possible and not party_certain then 'SIGNATORY' end,
                   case when not signed_certain and not party_certain then 'NON_SIGNATORY' end
                 ], null) as statuses
            from facts
        )
        select iso3, statuses,
               case when cardinality(statuses) = 1 then statuses[1] end,
               in_force
          from possible
      $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists participation_as_of(date);`);
    this.addSql(`drop table if exists "treaty_action" cascade;`);
    this.addSql(`drop table if exists "state" cascade;`);
    this.addSql(`drop table if exists "source" cascade;`);
    this.addSql(`drop table if exists "dataset_load" cascade;`);
  }

}
