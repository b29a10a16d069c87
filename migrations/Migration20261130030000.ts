import { Migration } from '@mikro-orm/migrations';

/**
 * Which of some IATI identifiers (or hub ids) any assistance project already has, whoever keeps
 * it. An import must refuse to overwrite a record another organisation keeps, which row-level
 * security hides from the importing request: this function, run as the tables' owner, answers
 * only that yes/no per identifier asked, never a record's content.
 */
export class Migration20261130030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "iati_identifiers_kept"(identifiers text[], ids uuid[]) returns table (iati_identifier text, id uuid)
      language sql stable security definer set search_path from current as $$
        select p."iati_identifier", p."id" from "assistance_project" p
         where p."iati_identifier" = any(identifiers) or p."id" = any(ids)
      $$;`);
    this.addSql(`revoke all on function "iati_identifiers_kept"(text[], uuid[]) from public;`);
    this.addSql(`grant execute on function "iati_identifiers_kept"(text[], uuid[]) to hub_request;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "iati_identifiers_kept"(text[], uuid[]);`);
  }

}
