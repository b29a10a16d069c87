import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Where each test's database comes from: a template migrated and seeded once per run
 * (global-setup.ts), copied for every test file so files never see each other's writes.
 * Embedded: a PGlite data folder copied on disk. Server: CREATE DATABASE … TEMPLATE.
 */
export type Template = { kind: 'embedded'; dir: string } | { kind: 'server'; url: string; name: string };

export const RUN_DIR = path.resolve(__dirname, '../../.test-data');

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** Environment for a hub on this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

let counter = 0;

export async function copyTemplate(template: Template): Promise<TestDatabase> {
  const tag = `${process.pid}_${Date.now().toString(36)}_${counter++}`;
  if (template.kind === 'embedded') {
    fs.mkdirSync(RUN_DIR, { recursive: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-test-'));
    fs.cpSync(path.join(template.dir, 'pgdata'), path.join(dir, 'pgdata'), { recursive: true });
    return { env: { HUB_DATA_DIR: dir }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `${template.name}_${tag}`.slice(0, 63);
  await adminQuery(template.url, `create database "${name}" template "${template.name}"`);
  // The hub still keeps local files (the demo signing secret) in a data folder.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-test-'));
  return {
    env: { DATABASE_URL: withDatabase(template.url, name), HUB_DATA_DIR: dir, DEMO_PRINCIPALS: 'true' },
    drop: async () => {
      await adminQuery(template.url, `drop database if exists "${name}" with (force)`);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
