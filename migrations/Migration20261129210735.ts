import { Migration } from '@mikro-orm/migrations';

/** The client's own request id, kept beside the hub's in the audit trail. */
export class Migration20261129210735 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "client_request_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_event" drop column "client_request_id";`);
  }

}
