import { Migration } from '@mikro-orm/migrations';

/**
 * The data generation (src/kernel/db/data-generation.ts): one row whose random token every committed
 * write replaces in its own transaction. The function is here; the hub puts its triggers on every
 * data table at start (`ensureGenerationTriggers`), so later tables are covered too.
 */
export class Migration20261129210000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "data_generation" ("id" smallint not null, "token" uuid not null, "changed_at" timestamptz not null, constraint "data_generation_pkey" primary key ("id"));`);
    this.addSql(`insert into "data_generation" ("id", "token", "changed_at") values (1, gen_random_uuid(), clock_timestamp());`);
    // Once per transaction: the first change replaces the token, the later ones find the flag
    // (transaction-local) set. Deferred row triggers run at commit, so the row is locked briefly.
    this.addSql(`create function "data_generation_moves"() returns trigger language plpgsql as $$
begin
  if current_setting('att_hub.data_generation_moved', true) is distinct from 'yes' then
    perform set_config('att_hub.data_generation_moved', 'yes', true);
    update data_generation set token = gen_random_uuid(), changed_at = clock_timestamp() where id = 1;
  end if;
  return null;
end
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
declare t record;
begin
  for t in select c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid where g.tgname = 'data_generation_moves' loop
    execute format('drop trigger data_generation_moves on %I', t.relname);
    execute format('drop trigger if exists data_generation_moves_truncate on %I', t.relname);
  end loop;
end
$$;`);
    this.addSql(`drop function "data_generation_moves"();`);
    this.addSql(`drop table "data_generation";`);
  }

}
