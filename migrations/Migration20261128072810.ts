import { Migration } from '@mikro-orm/migrations';

/** Activities by target state, kept by a trigger, for each state's latest activities. */
export class Migration20261128072810 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "activity_target" ("activity_id" uuid not null, "state_iso3" text not null, "start_date" date null, "created_at" timestamptz not null, constraint "activity_target_pkey" primary key ("activity_id", "state_iso3"));`);
    this.addSql(`create index "activity_target_latest" on "activity_target" ("state_iso3", "start_date" desc nulls last, "created_at" desc, "activity_id");`);

    this.addSql(`alter table "activity_target" add constraint "activity_target_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`);

    // Kept by the database, so every way an activity is written (the API, the bulk import, the
    // seeds, a hand-run UPDATE) keeps it whole. Deletes cascade through the foreign key.
    this.addSql(`create function activity_target_sync() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          delete from activity_target where activity_id = old.id;
        end if;
        insert into activity_target (activity_id, state_iso3, start_date, created_at)
          select distinct new.id, code, new.start_date, new.created_at from unnest(new.target_states) as code;
        return null;
      end $$;`);
    this.addSql(`create trigger activity_target_sync after insert or update of target_states, start_date, created_at on activity
      for each row execute function activity_target_sync();`);
    this.addSql(`insert into activity_target (activity_id, state_iso3, start_date, created_at)
      select distinct a.id, code, a.start_date, a.created_at from activity a cross join lateral unnest(a.target_states) as code;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists activity_target_sync on activity;`);
    this.addSql(`drop function if exists activity_target_sync();`);
    this.addSql(`drop table if exists "activity_target" cascade;`);
  }

}
