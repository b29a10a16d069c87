import { Migration } from '@mikro-orm/migrations';

/** Rate limit windows, when rate limits are counted in PostgreSQL. */
export class Migration20261128055158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit_window" ("viewer_key" text not null, "window_start" timestamptz not null, "hits" int not null, constraint "rate_limit_window_pkey" primary key ("viewer_key", "window_start"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_window" cascade;`);
  }

}
