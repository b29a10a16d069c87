import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail (and the access log in it) partitioned by month of `at` (issue #18, target 3):
 * an old month is detached and archived whole (docs/operations.md), and a month's reads touch only
 * its partition. Every row is copied over; ids stay those of the one sequence. A partitioned
 * table's unique keys must hold the partition key, so the primary key is (id, at); ids stay unique
 * because only the sequence hands them out. A default partition takes any entry whose month has
 * no partition yet (an insert never fails for want of one); `audit_event_partitions_ahead` (the hub
 * runs it at start and daily, src/access/audit/access-log-partitions.ts) creates the coming
 * months' partitions and moves a month found in the default partition into its own.
 * Each partition follows its parent's row security and the request role's privileges
 * (`hub_partition_follows`): a partition read directly is walled like the table.
 */
export class Migration20261130100117 extends Migration {
  override async up(): Promise<void> {
    // The table as it was, under another name, until its rows are copied.
    this.addSql(`alter table "audit_event" rename to "audit_event_unpartitioned";`);
    this.addSql(`alter index "audit_event_pkey" rename to "audit_event_unpartitioned_pkey";`);
    this.addSql(`alter index "audit_event_at_index" rename to "audit_event_unpartitioned_at_index";`);
    this.addSql(`alter index "audit_event_record_type_record_id_index" rename to "audit_event_unpartitioned_record_type_record_id_index";`);
    this.addSql(`alter index "audit_event_record_ids_gin" rename to "audit_event_unpartitioned_record_ids_gin";`);
    this.addSql(`alter sequence "audit_event_id_seq" owned by none;`);

    // The same columns in the same order (a backup compares them), partitioned by month.
    this.addSql(`create table "audit_event" (
      "id" bigint not null default nextval('audit_event_id_seq'), "at" timestamptz not null,
      "kind" text constraint "audit_event_kind_check" check ("kind" in ('CHANGE', 'READ')) not null, "actor" text null, "request_id" text null,
      "action" text not null, "record_type" text not null, "record_id" text null, "changes" jsonb null,
      "fields" text[] null, "record_ids" text[] null, "client_request_id" text null,
      constraint "audit_event_pkey" primary key ("id", "at")
    ) partition by range ("at");`);
    this.addSql(`alter sequence "audit_event_id_seq" owned by "audit_event"."id";`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_record_type_record_id_index" on "audit_event" ("record_type", "record_id");`);
    this.addSql(`create index "audit_event_record_ids_gin" on "audit_event" using gin ("record_ids");`);
    this.addSql(`create table "audit_event_default" partition of "audit_event" default;`);

    // A partition holds its parent's row security and the request role's privileges on the parent, no more.
    this.addSql(`create or replace function hub_partition_follows(part regclass) returns void language plpgsql as $$
      declare
        parent regclass := (select inhparent::regclass from pg_inherits where inhrelid = part);
        p record;
        privilege text;
      begin
        execute format('alter table %s enable row level security', part);
        execute format('alter table %s force row level security', part);
        for p in select polname from pg_policy where polrelid = part loop
          execute format('drop policy %I on %s', p.polname, part);
        end loop;
        for p in
          select polname, polpermissive, polcmd, pg_get_expr(polqual, polrelid) as qual, pg_get_expr(polwithcheck, polrelid) as wcheck,
                 (select string_agg(case when r = 0 then 'public' else quote_ident(pg_get_userbyid(r)) end, ', ') from unnest(polroles) r) as roles
            from pg_policy where polrelid = parent
        loop
          execute format('create policy %I on %s as %s for %s to %s%s%s', p.polname, part,
            case when p.polpermissive then 'permissive' else 'restrictive' end,
            case p.polcmd when 'r' then 'select' when 'a' then 'insert' when 'w' then 'update' when 'd' then 'delete' else 'all' end,
            p.roles,
            case when p.qual is null then '' else format(' using (%s)', p.qual) end,
            case when p.wcheck is null then '' else format(' with check (%s)', p.wcheck) end);
        end loop;
        execute format('revoke all on %s from hub_request', part);
        foreach privilege in array array['select', 'insert', 'update', 'delete'] loop
          if has_table_privilege('hub_request', parent, privilege) then
            execute format('grant %s on %s to hub_request', privilege, part);
          end if;
        end loop;
      end $$;`);
    this.addSql(`create or replace function hub_partitions_follow(parent regclass) returns void language plpgsql as $$
      declare part regclass;
      begin
        for part in select inhrelid::regclass from pg_inherits where inhparent = parent loop
          perform hub_partition_follows(part);
        end loop;
      end $$;`);

    // The month (in UTC) of \`month\`: its partition, created if missing, with the month's entries
    // that waited in the default partition moved into it (locked meanwhile, so none arrives there).
    this.addSql(`create or replace function audit_event_month_partition(month timestamptz) returns text language plpgsql as $$
      declare
        first timestamptz := date_trunc('month', month at time zone 'UTC') at time zone 'UTC';
        next timestamptz := (date_trunc('month', month at time zone 'UTC') + interval '1 month') at time zone 'UTC';
        name text := 'audit_event_' || to_char(month at time zone 'UTC', 'YYYY_MM');
      begin
        if to_regclass(name) is not null then return name; end if;
        if exists (select 1 from pg_inherits where inhrelid = 'audit_event_default'::regclass) then
          lock table audit_event_default in access exclusive mode;
          execute format('create table %I (like audit_event including defaults including constraints)', name);
          execute format('insert into %I select * from audit_event_default where at >= %L and at < %L', name, first, next);
          execute format('delete from audit_event_default where at >= %L and at < %L', first, next);
          execute format('alter table audit_event attach partition %I for values from (%L) to (%L)', name, first, next);
        else
          -- Detached by audit_event_partitions_ahead, which moves the entries it holds itself.
          execute format('create table %I partition of audit_event for values from (%L) to (%L)', name, first, next);
        end if;
        perform hub_partition_follows(name::regclass);
        return name;
      end $$;`);
    // This month's and the next \`months\` months' partitions, and those of months found in the
    // default partition (a restore of older entries, a clock that jumped): the ones it created.
    // Entries waiting in the default partition move in one pass: it is detached (the table locked
    // meanwhile), every month they span gets its partition, and they go back in through the table.
    this.addSql(`create or replace function audit_event_partitions_ahead(months int) returns setof text language plpgsql as $$
      declare
        m timestamptz;
        waiting boolean := exists (select 1 from audit_event_default);
      begin
        if waiting then
          alter table audit_event detach partition audit_event_default;
        end if;
        for m in
          select distinct date_trunc('month', at at time zone 'UTC') at time zone 'UTC' from audit_event_default where waiting
          union
          select (date_trunc('month', now() at time zone 'UTC') + make_interval(months => i)) at time zone 'UTC'
            from generate_series(0, months) i
          order by 1
        loop
          if to_regclass('audit_event_' || to_char(m at time zone 'UTC', 'YYYY_MM')) is null then
            return next audit_event_month_partition(m);
          end if;
        end loop;
        if waiting then
          with moved as (delete from audit_event_default returning *) insert into audit_event select * from moved;
          alter table audit_event attach partition audit_event_default default;
        end if;
      end $$;`);
    // The owner's: the request role may neither create partitions nor change their walls.
    for (const fn of ['hub_partition_follows(regclass)', 'hub_partitions_follow(regclass)', 'audit_event_month_partition(timestamptz)', 'audit_event_partitions_ahead(int)']) {
      this.addSql(`revoke execute on function ${fn} from public, hub_request;`);
    }

    // Every month the entries span, then every entry (the default partition takes none).
    this.addSql(`select audit_event_month_partition(m)
      from generate_series(date_trunc('month', (select coalesce(min(at), now()) from audit_event_unpartitioned) at time zone 'UTC') at time zone 'UTC',
                           now(), interval '1 month') m;`);
    this.addSql(`select audit_event_partitions_ahead(2);`);
    this.addSql(`insert into "audit_event" select * from "audit_event_unpartitioned";`);
    this.addSql(`drop table "audit_event_unpartitioned";`);

    // The row security of the last row-security migration, then its partitions follow it.
    this.addSql(`grant select, insert on audit_event to hub_request;`);
    this.addSql(`revoke update, delete on audit_event from hub_request;`);
    this.addSql(`alter table "audit_event" enable row level security;`);
    this.addSql(`alter table "audit_event" force row level security;`);
    this.addSql(`create policy hub_read on "audit_event" for select to hub_request using (((select nullif(current_setting('hub.secretariat', true), '')) = 'on'));`);
    this.addSql(`create policy hub_insert on "audit_event" for insert to hub_request with check (true);`);
    this.addSql(`create policy hub_update on "audit_event" for update to hub_request using (((select nullif(current_setting('hub.secretariat', true), '')) = 'on')) with check (true);`);
    this.addSql(`create policy hub_delete on "audit_event" for delete to hub_request using (((select nullif(current_setting('hub.secretariat', true), '')) = 'on'));`);
    this.addSql(`create policy hub_owner on "audit_event" for all to current_user using (true) with check (true);`);
    this.addSql(`select hub_partitions_follow('audit_event');`);
    // Statistics for the new partitions and the table: autovacuum analyzes partitions in time, a partitioned table never.
    this.addSql(`analyze "audit_event";`);
  }
}
