import { Migration } from '@mikro-orm/migrations';

/**
 * READ entries list the records they read: one entry per request, record type and fields, with a
 * GIN index to find the entries about a record. Earlier READ entries (one record each) stay as they are.
 */
export class Migration20261128094700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "record_ids" text[] null;`);
    this.addSql(`alter table "audit_event" alter column "record_id" drop not null;`);
    this.addSql(`create index "audit_event_record_ids_gin" on "audit_event" using gin ("record_ids");`);
  }

  override async down(): Promise<void> {
    // Back to one entry per record read.
    this.addSql(`insert into "audit_event" ("at", "kind", "actor", "request_id", "action", "record_type", "record_id", "fields")
      select "at", "kind", "actor", "request_id", "action", "record_type", unnest("record_ids"), "fields"
        from "audit_event" where "record_id" is null;`);
    this.addSql(`delete from "audit_event" where "record_id" is null;`);
    this.addSql(`drop index "audit_event_record_ids_gin";`);
    this.addSql(`alter table "audit_event" drop column "record_ids";`);
    this.addSql(`alter table "audit_event" alter column "record_id" set not null;`);
  }

}
