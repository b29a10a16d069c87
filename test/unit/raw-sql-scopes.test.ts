import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../src/entities';
import { ormOptions } from '../../src/kernel/db/orm';
import { ormMapping } from '../../src/orm-mapping';
import { scopedEntities } from '../../src/access/policy/record-scopes';

/**
 * Raw SQL (`execute(`, knex's `.raw(`, a query builder's knex query) bypasses the ORM's record
 * scopes: it may read a record-scoped table only through `scopedTable` (src/access/policy/scoped-sql.ts).
 * Files allowed to name one anyway, each for a reason that is not a read by a request:
 */
const ALLOWED: Record<string, string> = {
  'src/access/audit/audit-trail.ts': 'the access log writer inserts into audit_event (as the owner; a write\'s entries without RETURNING)',
  'src/access/policy/row-security.ts': 'renders the row-level security policies of the scoped tables',
  'src/access/policy/scoped-sql.ts': 'the sanctioned helper itself',
  'src/domains/activities/activity-insert.ts': 'createActivity\'s one statement inserts into activity and audit_event (it reads activity through scopedTable)',
  'src/domains/projects/project-seed.ts': 'the import of the shipped projects, run as the owner at start',
};

/** How raw SQL is written in this repository. */
const RAW_SQL = /\.execute(<[^>]*>)?\(|\.raw\(|getKnex\(|getKnexQuery\(|knex\.|\.query\(/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** The statements of a file that name one of `tables` after from, join, into or update. */
export function rawReadsOf(text: string, tables: string[]): string[] {
  if (!RAW_SQL.test(text)) return [];
  const names = tables.map((t) => t.replace(/[^a-z0-9_]/g, '')).join('|');
  const naming = new RegExp(`\\b(from|join|into|update|table)\\s+("?)(${names})\\2(?![a-z0-9_])`, 'gi');
  return [...text.matchAll(naming)].map((m) => m[0]);
}

describe('raw SQL reads a record-scoped table only through the helper', () => {
  let tables: string[];
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init({ ...ormOptions({ host: '127.0.0.1', port: 1, poolMax: 1 }, ormMapping()), connect: false });
    const scoped = scopedEntities(entities);
    tables = [...scoped.keys()].map((name) => orm.getMetadata().find(name)!.tableName);
  });
  afterAll(() => orm.close(true));

  it('finds the scoped tables from the table and the entities', () => {
    expect(tables).toEqual(expect.arrayContaining(['activity', 'engagement', 'assistance_match', 'audit_event']));
  });

  it('no source file outside the helper names one in raw SQL', () => {
    const root = path.resolve(__dirname, '../..');
    const offending = sourceFiles(path.join(root, 'src'))
      .map((file) => path.relative(root, file))
      .filter((file) => !ALLOWED[file])
      .flatMap((file) => rawReadsOf(fs.readFileSync(path.join(root, file), 'utf8'), tables).map((sql) => `${file}: ${sql}`));
    expect(offending).toEqual([]);
  });

  it('would catch one (the check is not blind)', () => {
    const loader = "await em.execute(`select e.id from engagement e where e.state_iso3 = any(?)`, [codes]);";
    expect(rawReadsOf(loader, tables)).toEqual(['from engagement']);
    expect(rawReadsOf('knex.raw(\'select * from "activity" a join assistance_need n on true\')', tables)).toEqual([
      'from "activity"',
      'join assistance_need',
    ]);
    // activity_target is not activity.
    expect(rawReadsOf('em.execute(`select * from activity_target x`)', tables)).toEqual([]);
  });
});
