import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The second wall's two escape hatches, each allowed only where ARCHITECTURE.md ("Sanctioned
 * exceptions") says why: a SECURITY DEFINER function runs as the tables' owner, past row-level
 * security; a statement that leaves the request role (RESET ROLE, SET ROLE) undoes it for the rest
 * of the transaction.
 */
const SANCTIONED_DEFINERS: Record<string, string> = {
  iati_identifiers_kept: 'an import must refuse an identifier another organisation keeps: answers taken or not, per identifier asked',
};
const ROLE_SWITCHERS: Record<string, string> = {
  'src/access/policy/row-security.ts': 'enters the request role at the start of each request transaction',
};

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}
const FILES = ['src', 'scripts', 'migrations'].flatMap(sources).map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));

/** The functions a text creates as SECURITY DEFINER; null if it says SECURITY DEFINER anywhere else too. */
export function definersIn(text: string): string[] | null {
  const created = [...text.matchAll(/create\s+(?:or\s+replace\s+)?function\s+"?([a-z0-9_]+)"?\s*\([^$]*?\bsecurity\s+definer\b/gi)].map((m) => m[1]!);
  const said = text.match(/\bsecurity\s+definer\b/gi)?.length ?? 0;
  return said === created.length ? created : null;
}

/** Whether a text leaves or changes the role of its session or transaction. */
export const switchesRole = (text: string) => /\breset\s+role\b|\bset\s+(?:local\s+|session\s+)?role\b|set_config\(\s*'role'|\bsession\s+authorization\b/i.test(text);

describe('side channels past row-level security', () => {
  it('creates no SECURITY DEFINER function but the sanctioned ones', () => {
    const found = FILES.flatMap(({ file, text }) => definersIn(text) ?? [`${file}: SECURITY DEFINER outside a CREATE FUNCTION it can name`]);
    expect(found.filter((name) => !(name in SANCTIONED_DEFINERS))).toEqual([]);
    // Each sanctioned one still exists: a stale entry would sanction the next function of that name.
    for (const name of Object.keys(SANCTIONED_DEFINERS)) expect(found).toContain(name);
  });

  it('switches roles nowhere but where a request enters its own', () => {
    // Comments may name SET ROLE: only code counts.
    const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const switching = FILES.filter(({ file, text }) => !(file in ROLE_SWITCHERS) && switchesRole(code(text))).map(({ file }) => file);
    expect(switching).toEqual([]);
  });

  it('would catch either (the checks are not blind)', () => {
    expect(definersIn('create function "peek"(ids uuid[]) returns int language sql security definer as $$ select 1 $$')).toEqual(['peek']);
    expect(definersIn('alter function peek(uuid[]) security definer')).toBeNull();
    expect(definersIn('create function plain() returns int language sql as $$ select 1 $$')).toEqual([]);
    for (const sql of ['reset role', 'RESET ROLE', 'set role postgres', 'set local role postgres', "select set_config('role', 'postgres', true)", 'set session authorization postgres']) {
      expect(switchesRole(sql)).toBe(true);
    }
    expect(switchesRole('select set_config(?, ?, true)')).toBe(false);
  });
});
