import { Migration } from '@mikro-orm/migrations';

/**
 * Each engagement names the office holding it was recorded under: its author's rights over it
 * (Grant.AUTHOR) end with that term. Existing engagements get the holding of their author, valid on
 * the day they were recorded, that allowed recording contacts there (as `recordEngagement` allows
 * it: the Secretariat, the CSP President, a WGTU co-chair, the region's Vice-President or one of its
 * champions). One with none (recorded by the hub itself, or by someone holding no such office) has
 * no author's right at all: it stays open to its readers by level and region.
 */
export class Migration20261129211246 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "engagement" add column "recorded_under_id" uuid null;`);
    this.addSql(`alter table "engagement" add constraint "engagement_recorded_under_id_foreign" foreign key ("recorded_under_id") references "office_holding" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "engagement_recorded_under_id_index" on "engagement" ("recorded_under_id");`);
    this.addSql(`update "engagement" e set "recorded_under_id" = (
        select h."id" from "office_holding" h
         where h."person_id" = e."recorded_by_id"
           and (h."valid_from" is null or h."valid_from" <= (e."created_at" at time zone 'UTC')::date)
           and (h."valid_to" is null or h."valid_to" >= (e."created_at" at time zone 'UTC')::date)
           and (h."body" = 'SECRETARIAT'
             or (h."body" = 'CSP' and h."office" = 'PRESIDENT')
             or (h."body" = 'WGTU' and h."office" = 'CO_CHAIR')
             or (h."body" = 'CSP' and h."office" = 'VICE_PRESIDENT' and h."region" = e."region")
             or (h."office" = 'REGIONAL_CHAMPION' and h."region" = e."region"))
         order by (h."region" is not distinct from e."region") desc, h."valid_from" desc nulls last, h."id"
         limit 1)
      where e."recorded_by_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "engagement" drop constraint "engagement_recorded_under_id_foreign";`);
    this.addSql(`drop index "engagement_recorded_under_id_index";`);
    this.addSql(`alter table "engagement" drop column "recorded_under_id";`);
  }

}
