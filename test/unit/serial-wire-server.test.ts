import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SerialWireServer } from '../../src/kernel/db/serial-wire-server';

/**
 * The embedded database's wire server, spoken to with the `pg` driver as the hub does: each
 * client's statements and transactions reach PGlite whole, whatever the others send meanwhile.
 */

const IDLE_IN_TRANSACTION_MS = 1500;
const MAX_CONNECTIONS = 6;

let db: PGlite;
let server: SerialWireServer;
let dir: string;
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ host: dir, port: 5432, user: 'postgres', database: 'postgres' });
  // A client the server cuts reports it here; the test reads it from the next query.
  client.on('error', () => undefined);
  await client.connect();
  clients.push(client);
  return client;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A wire-protocol client that sends each message when told, to hold a sequence open between its messages. */
class RawClient {
  private readonly socket: net.Socket;
  private received = Buffer.alloc(0);
  private wake: (() => void) | null = null;

  constructor(socketPath: string) {
    this.socket = net.connect(socketPath);
    this.socket.on('data', (data: Buffer) => {
      this.received = Buffer.concat([this.received, data]);
      this.wake?.();
    });
  }

  static message(type: string, ...parts: (string | number[])[]): Buffer {
    const body = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(`${p}\0`) : Buffer.from(p))));
    const head = Buffer.alloc(5);
    head.write(type, 0);
    head.writeInt32BE(4 + body.length, 1);
    return Buffer.concat([head, body]);
  }

  async start(): Promise<void> {
    const body = Buffer.from('user\0postgres\0database\0postgres\0\0');
    const head = Buffer.alloc(8);
    head.writeInt32BE(8 + body.length, 0);
    head.writeInt32BE(196608, 4);
    this.socket.write(Buffer.concat([head, body]));
    await this.until('Z');
  }

  send(...messages: Buffer[]): void {
    this.socket.write(Buffer.concat(messages));
  }

  /** Reads messages up to one of type `type`; returns the text of the data rows' first columns. */
  async until(type: string): Promise<string[]> {
    const values: string[] = [];
    for (;;) {
      while (this.received.length >= 5 && this.received.length >= 1 + this.received.readInt32BE(1)) {
        const length = 1 + this.received.readInt32BE(1);
        const message = this.received.subarray(0, length);
        this.received = this.received.subarray(length);
        const kind = String.fromCharCode(message[0]!);
        if (kind === 'D') values.push(message.subarray(11, 11 + message.readInt32BE(7)).toString());
        if (kind === 'E') throw new Error(message.subarray(5).toString().replace(/\0/g, ' '));
        if (kind === type) return values;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-wire-'));
  db = await PGlite.create();
  await db.exec('create table note (id int primary key, text text not null)');
  server = new SerialWireServer({ db, path: path.join(dir, '.s.PGSQL.5432'), maxConnections: MAX_CONNECTIONS, idleInTransactionMs: IDLE_IN_TRANSACTION_MS });
  await server.start();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the serial wire server', () => {
  it('gives every client the answer to its own statement, however many are in flight', async () => {
    const pool = new pg.Pool({ host: dir, port: 5432, user: 'postgres', database: 'postgres', max: 4 });
    try {
      // Extended queries (Parse, Bind, Execute, Sync) from four connections at once, each its own
      // statement: a Bind that met another connection's Parse would answer with the other's label.
      const asked = Array.from({ length: 400 }, (_, i) => i);
      const answers = await Promise.all(
        asked.map((n) => pool.query<{ n: number; label: string }>(`select $1::int as n, 'q${n}'::text as label`, [n])),
      );
      expect(answers.map((a) => a.rows)).toEqual(asked.map((n) => [{ n, label: `q${n}` }]));
    } finally {
      await pool.end();
    }
  });

  it('sends large answers whole, to several clients at once', async () => {
    const pool = new pg.Pool({ host: dir, port: 5432, user: 'postgres', database: 'postgres', max: 3 });
    try {
      // Far more than PGlite's output buffer (128 kB), many rows and one long value.
      const sql = `select n, repeat(chr(65 + n % 26), 2000 + n) as text, repeat('z', $1::int) as long from generate_series(1, 500) as n`;
      const answers = await Promise.all([300_000, 500_000, 700_000].map((size) => pool.query<{ n: number; text: string; long: string }>(sql, [size])));
      for (const [i, size] of [300_000, 500_000, 700_000].entries()) {
        const rows = answers[i]!.rows;
        expect(rows).toHaveLength(500);
        expect(rows.every((r) => r.text === String.fromCharCode(65 + (r.n % 26)).repeat(2000 + r.n))).toBe(true);
        expect(rows.every((r) => r.long.length === size)).toBe(true);
      }
    } finally {
      await pool.end();
    }
  });

  it("keeps one client's extended query whole: another's Parse cannot slip in before its Bind", async () => {
    const a = new RawClient(path.join(dir, '.s.PGSQL.5432'));
    try {
      await a.start();
      const b = await connect();
      // a parses its statement and stops there, before Bind.
      a.send(RawClient.message('P', '', "select 'mine'", [0, 0]));
      await sleep(50);
      const other = b.query<{ v: string }>("select 'theirs' as v");
      await sleep(200);
      a.send(
        RawClient.message('B', '', '', [0, 0, 0, 0, 0, 0]),
        RawClient.message('E', '', [0, 0, 0, 0]),
        RawClient.message('S'),
      );
      expect(await a.until('Z')).toEqual(['mine']);
      expect((await other).rows).toEqual([{ v: 'theirs' }]);
    } finally {
      a.close();
    }
  });

  it("runs one client's transaction whole: another's statement waits for its commit, and sees it", async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('begin');
    await a.query('insert into note values ($1, $2)', [1, 'written in a transaction']);
    let answered = false;
    const read = b.query<{ n: string }>('select count(*) as n from note').then((r) => {
      answered = true;
      return r;
    });
    await sleep(200);
    expect(answered).toBe(false);
    await a.query('insert into note values ($1, $2)', [2, 'still in it']);
    await a.query('commit');
    expect((await read).rows[0]!.n).toBe('2');
  });

  it('a failed transaction stays its own until its rollback; the others then go on', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('begin');
    await expect(a.query('insert into note values ($1, $2)', [1, 'a duplicate'])).rejects.toThrow(/duplicate key/);
    const other = b.query('insert into note values ($1, $2)', [3, 'from another client']);
    await sleep(200);
    await expect(a.query('select 1')).rejects.toThrow(/current transaction is aborted/);
    await a.query('rollback');
    await other;
    expect((await a.query<{ id: number }>('select id from note order by id')).rows.map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('a client that goes away mid-transaction is rolled back, and the others go on', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('begin');
    await a.query('insert into note values ($1, $2)', [10, 'never committed']);
    const waiting = b.query<{ id: number }>('select id from note where id = 10');
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows).toEqual([]);
    expect((await b.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('a client idle inside its transaction past the limit is cut and rolled back', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('begin');
    await a.query('insert into note values ($1, $2)', [20, 'left open']);
    // b waits for a, which sends nothing more: after the limit a is cut, and b is answered.
    const rows = (await b.query<{ id: number }>('select id from note where id = 20')).rows;
    expect(rows).toEqual([]);
    await expect(a.query('commit')).rejects.toThrow();
  });

  it('refuses a connection beyond its limit with a PostgreSQL error', async () => {
    await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => connect()));
    await expect(connect()).rejects.toThrow(/too many clients/);
  });
});
