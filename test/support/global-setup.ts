import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/kernel/config';
import { openDatabase } from '../../src/kernel/db/database';
import { SEEDING } from '../../src/seeds';
import { adminQuery, RUN_DIR, type Template, withDatabase } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    template: Template;
  }
}

/** Migrates and seeds one template database per run; every test file starts from a copy of it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = pino({ level: 'silent' });
  const serverUrl = process.env.DATABASE_URL;
  let template: Template;
  if (serverUrl) {
    const base = new URL(serverUrl).pathname.slice(1) || 'postgres';
    const name = `${base}_tpl_${process.pid}`.slice(0, 63);
    await adminQuery(serverUrl, `drop database if exists "${name}"`);
    await adminQuery(serverUrl, `create database "${name}"`);
    // The suites sign in as demo principals: on a server they are there only when asked for.
    const db = await openDatabase(loadConfig({ DATABASE_URL: withDatabase(serverUrl, name), DEMO_PRINCIPALS: 'true' }), log, SEEDING);
    await db.close();
    template = { kind: 'server', url: serverUrl, name };
  } else {
    const dir = path.join(RUN_DIR, `template-${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const db = await openDatabase(loadConfig({ HUB_DATA_DIR: dir }), log, SEEDING);
    await db.close();
    template = { kind: 'embedded', dir };
  }
  project.provide('template', template);

  return async () => {
    if (template.kind === 'server') {
      await adminQuery(template.url, `drop database if exists "${template.name}" with (force)`);
    } else {
      fs.rmSync(template.dir, { recursive: true, force: true });
    }
  };
}
