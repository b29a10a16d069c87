import { Migration } from '@mikro-orm/migrations';

/**
 * The data generation in sixteen slots instead of one row (issue #18, W4): a write replaces the
 * token of a slot no other transaction holds (`for update skip locked`), so concurrent writes no
 * longer queue behind each other's commit on one row lock. The generation is the digest of all
 * slots (src/kernel/db/data-generation.ts): any slot replaced changes it, as the one row did.
 */
export class Migration20261130132000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into "data_generation" ("id", "token", "changed_at")
      select g, gen_random_uuid(), clock_timestamp() from generate_series(2, 16) as g on conflict do nothing;`);
    // Every slot held by other committing transactions (more than 16 at once): wait for one, by
    // backend, so the token still moves before this transaction commits.
    this.addSql(`create or replace function "data_generation_moves"() returns trigger language plpgsql as $$
begin
  if current_setting('att_hub.data_generation_moved', true) is distinct from 'yes' then
    perform set_config('att_hub.data_generation_moved', 'yes', true);
    update data_generation set token = gen_random_uuid(), changed_at = clock_timestamp()
     where id = (select id from data_generation for update skip locked limit 1);
    if not found then
      update data_generation set token = gen_random_uuid(), changed_at = clock_timestamp()
       where id = (select min(id) + pg_backend_pid() % count(*) from data_generation);
    end if;
  end if;
  return null;
end
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function "data_generation_moves"() returns trigger language plpgsql as $$
begin
  if current_setting('att_hub.data_generation_moved', true) is distinct from 'yes' then
    perform set_config('att_hub.data_generation_moved', 'yes', true);
    update data_generation set token = gen_random_uuid(), changed_at = clock_timestamp() where id = 1;
  end if;
  return null;
end
$$;`);
    this.addSql(`delete from "data_generation" where "id" <> 1;`);
  }

}
