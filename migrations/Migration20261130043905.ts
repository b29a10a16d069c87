import { Migration } from '@mikro-orm/migrations';

/** AssistanceMatch carries demo like every type that can hold demo records; a match of a demo need or offer is demo. */
export class Migration20261130043905 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assistance_match" add column "demo" boolean not null default false;`);
    // The demo match seeded before this column existed: a match of a demo need or offer is demo.
    this.addSql(`update "assistance_match" m set "demo" = true
      where exists (select 1 from "assistance_need" n where n."id" = m."need_id" and n."demo")
         or exists (select 1 from "assistance_offer" o where o."id" = m."offer_id" and o."demo");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assistance_match" drop column "demo";`);
  }

}
