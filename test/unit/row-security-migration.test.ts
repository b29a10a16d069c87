import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPreamble, REQUEST_ROLE_STATEMENTS } from '../../src/access/policy/row-security';

/** A migration as the generator writes it, holding `statements`. */
const written = (statements: readonly string[]) => statements.map((s) => `    this.addSql(${JSON.stringify(s)});`).join('\n');

describe('the row-security migration writes the request role preamble only where it is missing', () => {
  it('writes all of it into the first migration', () => {
    expect(missingPreamble([])).toEqual(REQUEST_ROLE_STATEMENTS);
    expect(missingPreamble([written(['select 1'])])).toEqual(REQUEST_ROLE_STATEMENTS);
  });

  it('writes none of it once a migration holds it', () => {
    expect(missingPreamble([written(['select 1']), written(REQUEST_ROLE_STATEMENTS)])).toEqual([]);
  });

  it('writes a statement again when it changed, and only that one', () => {
    const [first, ...rest] = REQUEST_ROLE_STATEMENTS;
    const older = written([`${first} -- as it was`, ...rest]);
    expect(missingPreamble([older])).toEqual([first]);
  });

  it('finds the whole preamble in the shipped migrations: the next one writes none', () => {
    const folder = path.resolve(__dirname, '../../migrations');
    const texts = fs
      .readdirSync(folder)
      .filter((file) => /^Migration\d+\.ts$/.test(file))
      .map((file) => fs.readFileSync(path.join(folder, file), 'utf8'));
    expect(missingPreamble(texts)).toEqual([]);
  });
});
