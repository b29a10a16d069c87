import { Migration } from '@mikro-orm/migrations';

/** The record of the ATT's bodies: bodies with their mandates; office holdings versioned, with how each end of a term is known (SOURCED, DERIVED, UNKNOWN), a note, and no person when no source names one; cycles with theme and final report; meetings over several days; decisions' outcome (NOT_RECORDED until recorded); follow-ups owned by a body or office. */
export class Migration20261130011155 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "body" ("code" varchar(64) not null, "name" text not null, "parent_code" text check ("parent_code" in ('CSP', 'WGTU', 'WGETI', 'WGETI_SWG_ARTICLE_5', 'WGETI_SWG_ARTICLES_6_7', 'WGETI_SWG_ARTICLE_9', 'WGETI_SWG_ARTICLE_11', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'DIVERSION_INFORMATION_EXCHANGE_FORUM', 'SECRETARIAT')) null, "established_by_code" varchar(16) null, "mandate" text null, "mandate_document_id" uuid null, "source" text null, "note" text null, constraint "body_pkey" primary key ("code"));`);

    this.addSql(`alter table "body" add constraint "body_established_by_code_foreign" foreign key ("established_by_code") references "cycle" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "body" add constraint "body_mandate_document_id_foreign" foreign key ("mandate_document_id") references "treaty_document" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "office_holding" drop constraint if exists "office_holding_body_check";`);
    this.addSql(`alter table "office_holding" drop constraint if exists "office_holding_office_check";`);

    this.addSql(`alter table "treaty_document" drop constraint if exists "treaty_document_body_check";`);

    this.addSql(`alter table "meeting" drop constraint if exists "meeting_body_check";`);

    this.addSql(`alter table "cycle" add column "theme" text null, add column "final_report_symbol" text null, add column "recorded_by_hub" boolean not null default false;`);

    this.addSql(`alter table "office_holding" add column "version" int not null default 1, add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now(), add column "start_basis" text check ("start_basis" in ('SOURCED', 'DERIVED', 'UNKNOWN')) null, add column "end_basis" text check ("end_basis" in ('SOURCED', 'DERIVED', 'UNKNOWN')) null, add column "end_source" text null, add column "note" text null;`);
    this.addSql(`alter table "office_holding" alter column "created_at" drop default, alter column "updated_at" drop default;`);
    this.addSql(`alter table "office_holding" alter column "person_id" drop not null;`);
    // The real holdings so far are the source document's: a start it gives or not, an end at the close of CSP9.
    this.addSql(`update "office_holding" set
        "start_basis" = case when "valid_from" is null then 'UNKNOWN' else 'SOURCED' end,
        "end_basis" = case when "valid_to" is null then 'UNKNOWN' else 'DERIVED' end
      where not "demo";`);
    this.addSql(`alter table "office_holding" add constraint "office_holding_body_check" check("body" in ('CSP', 'WGTU', 'WGETI', 'WGETI_SWG_ARTICLE_5', 'WGETI_SWG_ARTICLES_6_7', 'WGETI_SWG_ARTICLE_9', 'WGETI_SWG_ARTICLE_11', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'DIVERSION_INFORMATION_EXCHANGE_FORUM', 'SECRETARIAT'));`);
    this.addSql(`alter table "office_holding" add constraint "office_holding_office_check" check("office" in ('PRESIDENT', 'VICE_PRESIDENT', 'CO_CHAIR', 'CHAIR', 'FACILITATOR', 'MEMBER', 'HEAD', 'STAFF', 'REGIONAL_CHAMPION', 'NATIONAL_POINT_OF_CONTACT'));`);

    this.addSql(`alter table "treaty_document" add constraint "treaty_document_body_check" check("body" in ('CSP', 'WGTU', 'WGETI', 'WGETI_SWG_ARTICLE_5', 'WGETI_SWG_ARTICLES_6_7', 'WGETI_SWG_ARTICLE_9', 'WGETI_SWG_ARTICLE_11', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'DIVERSION_INFORMATION_EXCHANGE_FORUM', 'SECRETARIAT'));`);

    this.addSql(`alter table "meeting" add column "end_date" date null, add column "source" text null;`);
    this.addSql(`alter table "meeting" add constraint "meeting_body_check" check("body" in ('CSP', 'WGTU', 'WGETI', 'WGETI_SWG_ARTICLE_5', 'WGETI_SWG_ARTICLES_6_7', 'WGETI_SWG_ARTICLE_9', 'WGETI_SWG_ARTICLE_11', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'DIVERSION_INFORMATION_EXCHANGE_FORUM', 'SECRETARIAT'));`);

    this.addSql(`alter table "decision" add column "outcome" text check ("outcome" in ('NOT_RECORDED', 'ADOPTED', 'ENDORSED', 'NOTED', 'DEFERRED', 'REJECTED')) not null default 'NOT_RECORDED', add column "outcome_source" text null, add column "outcome_note" text null;`);
    this.addSql(`alter table "decision" alter column "kind" drop not null;`);

    this.addSql(`alter table "follow_up_action" add column "owner_body" text check ("owner_body" in ('CSP', 'WGTU', 'WGETI', 'WGETI_SWG_ARTICLE_5', 'WGETI_SWG_ARTICLES_6_7', 'WGETI_SWG_ARTICLE_9', 'WGETI_SWG_ARTICLE_11', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'DIVERSION_INFORMATION_EXCHANGE_FORUM', 'SECRETARIAT')) null, add column "owner_office" text check ("owner_office" in ('PRESIDENT', 'VICE_PRESIDENT', 'CO_CHAIR', 'CHAIR', 'FACILITATOR', 'MEMBER', 'HEAD', 'STAFF', 'REGIONAL_CHAMPION', 'NATIONAL_POINT_OF_CONTACT')) null;`);
    // The follow-ups the source document gave a single owner go on that body's agenda.
    this.addSql(`update "follow_up_action" set "owner_body" = 'SECRETARIAT' where "owner" = 'ATT Secretariat';`);
    this.addSql(`update "follow_up_action" set "owner_body" = 'WGTU', "owner_office" = 'CO_CHAIR' where "owner" = 'WGTU co-chairs';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "body" cascade;`);

    this.addSql(`alter table "meeting" drop constraint if exists "meeting_body_check";`);

    this.addSql(`alter table "office_holding" drop constraint if exists "office_holding_body_check";`);
    this.addSql(`alter table "office_holding" drop constraint if exists "office_holding_office_check";`);

    this.addSql(`alter table "treaty_document" drop constraint if exists "treaty_document_body_check";`);

    this.addSql(`alter table "cycle" drop column "theme", drop column "final_report_symbol", drop column "recorded_by_hub";`);

    this.addSql(`alter table "decision" drop column "outcome", drop column "outcome_source", drop column "outcome_note";`);

    this.addSql(`delete from "decision" where "kind" is null;`);
    this.addSql(`alter table "decision" alter column "kind" set not null;`);

    this.addSql(`alter table "follow_up_action" drop column "owner_body", drop column "owner_office";`);

    this.addSql(`alter table "meeting" drop column "end_date", drop column "source";`);

    this.addSql(`alter table "meeting" add constraint "meeting_body_check" check("body" in ('CSP', 'WGTU', 'WGETI', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'SECRETARIAT'));`);

    this.addSql(`alter table "office_holding" drop column "version", drop column "created_at", drop column "updated_at", drop column "start_basis", drop column "end_basis", drop column "end_source", drop column "note";`);

    this.addSql(`delete from "office_holding" where "person_id" is null;`);
    this.addSql(`alter table "office_holding" alter column "person_id" set not null;`);
    this.addSql(`alter table "office_holding" add constraint "office_holding_body_check" check("body" in ('CSP', 'WGTU', 'WGETI', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'SECRETARIAT'));`);
    this.addSql(`alter table "office_holding" add constraint "office_holding_office_check" check("office" in ('PRESIDENT', 'VICE_PRESIDENT', 'CO_CHAIR', 'CHAIR', 'HEAD', 'STAFF', 'REGIONAL_CHAMPION', 'NATIONAL_POINT_OF_CONTACT'));`);

    this.addSql(`alter table "treaty_document" add constraint "treaty_document_body_check" check("body" in ('CSP', 'WGTU', 'WGETI', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'SECRETARIAT'));`);
  }

}
