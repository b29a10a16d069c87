import { Migration } from '@mikro-orm/migrations';

/** Multi-year plans. */
export class Migration20261128053633 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "multi_year_plan" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "period_from" date not null, "period_to" date not null, "focus_regions" text[] not null, "objectives" text[] not null, "source" text null, "demo" boolean not null default false, constraint "multi_year_plan_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "multi_year_plan" cascade;`);
  }

}
