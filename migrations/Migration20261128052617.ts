import { Migration } from '@mikro-orm/migrations';

/** The bodies' record: cycles, meetings and their points, documents, decisions, follow-up actions, the proposal's elements. */
export class Migration20261128052617 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cycle" ("code" varchar(16) not null, "number" int not null, "conference_from" date null, "conference_to" date null, "place" text null, "note" text null, "source" text null, constraint "cycle_pkey" primary key ("code"));`);
    this.addSql(`alter table "cycle" add constraint "cycle_number_unique" unique ("number");`);

    this.addSql(`create table "treaty_document" ("id" uuid not null, "symbol" text null, "title" text null, "body" text check ("body" in ('CSP', 'WGTU', 'WGETI', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'SECRETARIAT')) null, "cycle_code" varchar(16) null, "issued_on" date null, "languages" text[] not null, "note" text null, constraint "treaty_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "treaty_document" add constraint "treaty_document_symbol_unique" unique ("symbol");`);

    this.addSql(`create table "proposal_element" ("id" uuid not null, "document_id" uuid not null, "label" varchar(4) not null, "key" text not null, "texts" jsonb not null, constraint "proposal_element_pkey" primary key ("id"));`);

    this.addSql(`create table "meeting" ("id" uuid not null, "body" text check ("body" in ('CSP', 'WGTU', 'WGETI', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'MANAGEMENT_COMMITTEE', 'SECRETARIAT')) not null, "cycle_code" varchar(16) null, "ordinal" int null, "title" text not null, "date" date not null, "livestreamed" boolean null, "reported_in_id" uuid null, "reported_at" text null, constraint "meeting_pkey" primary key ("id"));`);

    this.addSql(`create table "meeting_point" ("id" uuid not null, "meeting_id" uuid not null, "label" varchar(8) not null, "speaker" text null, "state_codes" text[] not null, "text" text not null, "text_zh" text null, constraint "meeting_point_pkey" primary key ("id"));`);

    this.addSql(`create table "decision" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "document_id" uuid not null, "reference" text not null, "kind" text check ("kind" in ('ENDORSE', 'TAKE_NOTE', 'ADOPT')) not null, "decided_by_code" varchar(16) not null, "text" text not null, "text_zh" text null, "status" text check ("status" in ('PROPOSED', 'TAKEN', 'NOT_TAKEN')) not null, "status_source" text null, constraint "decision_pkey" primary key ("id"));`);

    this.addSql(`create table "follow_up_action" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "decision_id" uuid not null, "description" text not null, "owner" text not null, "due_in_cycle_code" varchar(16) null, "due_on" date null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')) not null, "completed_on" date null, "notes" text null, "source" text null, constraint "follow_up_action_pkey" primary key ("id"));`);

    this.addSql(`alter table "treaty_document" add constraint "treaty_document_cycle_code_foreign" foreign key ("cycle_code") references "cycle" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "proposal_element" add constraint "proposal_element_document_id_foreign" foreign key ("document_id") references "treaty_document" ("id") on update cascade;`);

    this.addSql(`alter table "meeting" add constraint "meeting_cycle_code_foreign" foreign key ("cycle_code") references "cycle" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "meeting" add constraint "meeting_reported_in_id_foreign" foreign key ("reported_in_id") references "treaty_document" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "meeting_point" add constraint "meeting_point_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decision" add constraint "decision_document_id_foreign" foreign key ("document_id") references "treaty_document" ("id") on update cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_decided_by_code_foreign" foreign key ("decided_by_code") references "cycle" ("code") on update cascade;`);

    this.addSql(`alter table "follow_up_action" add constraint "follow_up_action_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade;`);
    this.addSql(`alter table "follow_up_action" add constraint "follow_up_action_due_in_cycle_code_foreign" foreign key ("due_in_cycle_code") references "cycle" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "office_holding" alter column "valid_from" type date using ("valid_from"::date);`);
    this.addSql(`alter table "office_holding" alter column "valid_from" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "treaty_document" drop constraint "treaty_document_cycle_code_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_cycle_code_foreign";`);

    this.addSql(`alter table "decision" drop constraint "decision_decided_by_code_foreign";`);

    this.addSql(`alter table "follow_up_action" drop constraint "follow_up_action_due_in_cycle_code_foreign";`);

    this.addSql(`alter table "proposal_element" drop constraint "proposal_element_document_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_reported_in_id_foreign";`);

    this.addSql(`alter table "decision" drop constraint "decision_document_id_foreign";`);

    this.addSql(`alter table "meeting_point" drop constraint "meeting_point_meeting_id_foreign";`);

    this.addSql(`alter table "follow_up_action" drop constraint "follow_up_action_decision_id_foreign";`);

    this.addSql(`drop table if exists "cycle" cascade;`);

    this.addSql(`drop table if exists "treaty_document" cascade;`);

    this.addSql(`drop table if exists "proposal_element" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_point" cascade;`);

    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop table if exists "follow_up_action" cascade;`);

    this.addSql(`alter table "office_holding" alter column "valid_from" type date using ("valid_from"::date);`);
    this.addSql(`alter table "office_holding" alter column "valid_from" set not null;`);
  }

}
