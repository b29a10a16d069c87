import net from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * The PostgreSQL wire protocol for PGlite, one client at a time per transaction.
 *
 * PGlite is a single PostgreSQL session: its unnamed prepared statement, its portals and its
 * transaction belong to whoever sends the next message. A connection's work is a sequence of
 * messages (an extended query is Parse, Bind, Describe, Execute, Sync; a transaction is many of
 * those), and PGlite must see each sequence whole. So one connection at a time owns the session,
 * from its first message until PGlite reports, in a ReadyForQuery, that the session is idle
 * outside any transaction; then the longest-waiting connection takes its turn. (The socket
 * server of @electric-sql/pglite-socket, used before, interleaved messages outside explicit
 * transactions: a Bind met another connection's Parse, and answers were lost or went to the
 * wrong client.)
 *
 * What this asks of the hub: a transaction must not wait for a query sent through another
 * connection (it would wait for itself); a connection idle inside a transaction for longer than
 * `idleInTransactionMs` is cut and its transaction rolled back, so such a bug fails instead of
 * stopping the database. A session setting is every connection's: the hub sets only the
 * statement timeout and no JIT, the same for all.
 */
export interface SerialWireServerOptions {
  db: PGlite;
  /** Unix socket path. */
  path: string;
  maxConnections: number;
  idleInTransactionMs: number;
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const READY_FOR_QUERY = 0x5a; // 'Z'
const TERMINATE = 0x58; // 'X'
const IDLE = 0x49; // 'I'
/** PostgreSQL's own limit on a message. */
const MAX_MESSAGE_BYTES = 1 << 30;

class Connection {
  /** Bytes received and not yet split into messages. */
  inbox: Buffer = Buffer.alloc(0);
  /** Whole messages waiting for the session. */
  readonly messages: Buffer[] = [];
  started = false;
  closed = false;
  /** Mid-sequence: no ReadyForQuery since this connection's last message. */
  open = false;
  /** Transaction status of its last ReadyForQuery: I (idle), T (in a transaction), E (failed transaction). */
  status = IDLE;
  idleTimer: NodeJS.Timeout | undefined;
  constructor(readonly socket: net.Socket) {}
}

export class SerialWireServer {
  private readonly server: net.Server;
  private readonly connections = new Set<Connection>();
  /** Every socket accepted and not yet closed, refused and cut ones too: stop() ends them all. */
  private readonly sockets = new Set<net.Socket>();
  /** The connection whose sequence PGlite is in, if any. */
  private owner: Connection | null = null;
  /** Connections with messages, waiting for the session, first come first served. */
  private readonly waiting: Connection[] = [];
  private pumping: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: SerialWireServerOptions) {
    this.server = net.createServer((socket) => this.accept(socket));
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.path, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /** Stops accepting, cuts every connection (rolling back what one left open), and waits until PGlite is free. */
  async stop(): Promise<void> {
    this.stopped = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const connection of [...this.connections]) this.close(connection);
    for (const socket of this.sockets) socket.destroy();
    while (this.pumping) await this.pumping;
    await closed;
  }

  private accept(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    if (this.stopped || this.connections.size >= this.options.maxConnections) {
      hangUp(socket, errorResponse('53300', 'sorry, too many clients already'));
      return;
    }
    const connection = new Connection(socket);
    this.connections.add(connection);
    socket.setNoDelay(true);
    socket.on('data', (data: Buffer) => this.receive(connection, data));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.close(connection));
  }

  private receive(connection: Connection, data: Buffer): void {
    if (connection.closed) return;
    connection.inbox = connection.inbox.length ? Buffer.concat([connection.inbox, data]) : data;
    for (;;) {
      const inbox = connection.inbox;
      // The startup packet (and its kind) has no type byte: a length, then a code.
      const header = connection.started ? 5 : 8;
      if (inbox.length < header) break;
      const length = connection.started ? 1 + inbox.readInt32BE(1) : inbox.readInt32BE(0);
      if (length < header || length > MAX_MESSAGE_BYTES) {
        hangUp(connection.socket, errorResponse('08P01', 'invalid message length'));
        this.close(connection);
        return;
      }
      if (inbox.length < length) break;
      const message = inbox.subarray(0, length);
      connection.inbox = inbox.subarray(length);
      if (!connection.started) {
        const code = message.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSS_REQUEST) {
          connection.socket.write('N');
          continue;
        }
        if (code === CANCEL_REQUEST) {
          // PGlite runs in this process, one message at a time: there is nothing to signal.
          hangUp(connection.socket);
          this.close(connection);
          return;
        }
        connection.started = true;
      } else if (message[0] === TERMINATE) {
        hangUp(connection.socket);
        this.close(connection);
        return;
      }
      connection.messages.push(message);
    }
    if (!connection.messages.length) return;
    clearTimeout(connection.idleTimer);
    if (connection !== this.owner && !this.waiting.includes(connection)) this.waiting.push(connection);
    this.pump();
  }

  private close(connection: Connection): void {
    if (connection.closed) return;
    connection.closed = true;
    clearTimeout(connection.idleTimer);
    connection.messages.length = 0;
    this.connections.delete(connection);
    const at = this.waiting.indexOf(connection);
    if (at >= 0) this.waiting.splice(at, 1);
    // The owner's turn ends with a rollback of what it left open (run by the pump).
    if (connection === this.owner) this.pump();
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = this.run().finally(() => {
      this.pumping = null;
      // Messages that arrived as the loop was ending.
      const owner = this.owner;
      if (owner ? owner.closed || owner.messages.length : this.waiting.length) this.pump();
    });
  }

  private async run(): Promise<void> {
    for (;;) {
      const owner = this.owner;
      if (!owner) {
        const next = this.waiting.shift();
        if (!next) return;
        this.owner = next;
        continue;
      }
      if (owner.closed) {
        await this.rollBack(owner);
        this.owner = null;
        continue;
      }
      const message = owner.messages.shift();
      if (!message) {
        // Inside its transaction with nothing to run yet: the others wait for this connection.
        this.watchIdle(owner);
        return;
      }
      const status = await this.execute(message, owner);
      owner.open = status === null;
      if (status !== null) owner.status = status;
      if (!owner.open && owner.status === IDLE) {
        this.owner = null;
        if (owner.messages.length) this.waiting.push(owner);
      }
    }
  }

  /** Runs one message, sending the answer to `to` (if it is still there); the status of a ReadyForQuery in it, if any. */
  private async execute(message: Buffer, to: Connection | null): Promise<number | null> {
    const watcher = new ReadyWatcher();
    try {
      await this.options.db.runExclusive(() =>
        this.options.db.execProtocolRawStream(message, {
          onRawData: (bytes) => {
            watcher.feed(bytes);
            // A copy: PGlite hands out a view of its own buffer, which the next chunk overwrites
            // while the socket may still be queueing this one.
            if (to && !to.closed && !to.socket.destroyed) to.socket.write(Buffer.from(bytes));
          },
        }),
      );
    } catch {
      // PGlite failed outside PostgreSQL's own error handling: this connection cannot go on.
      if (to) {
        to.socket.destroy();
        this.close(to);
      }
      return null;
    }
    return watcher.status;
  }

  /** Ends what a connection that went away left open: its message sequence, then its transaction. */
  private async rollBack(connection: Connection): Promise<void> {
    let status: number | null = connection.status;
    if (connection.open) {
      // ROLLBACK aborts a transaction still running (the implicit one of an extended query too);
      // Sync ends a sequence PostgreSQL is skipping after an error.
      await this.execute(ROLLBACK, null);
      status = await this.execute(SYNC, null);
    }
    if (status !== IDLE) await this.execute(ROLLBACK, null);
  }

  private watchIdle(owner: Connection): void {
    clearTimeout(owner.idleTimer);
    owner.idleTimer = setTimeout(() => {
      if (this.owner !== owner || owner.messages.length) return;
      hangUp(owner.socket, errorResponse('25P03', 'terminating connection due to idle-in-transaction timeout'));
      this.close(owner);
    }, this.options.idleInTransactionMs);
    owner.idleTimer.unref();
  }
}

/** Finds the status byte of the last ReadyForQuery in a backend message stream, whatever its chunks. */
class ReadyWatcher {
  status: number | null = null;
  private readonly header = Buffer.alloc(6);
  private have = 0;
  private skip = 0;

  feed(bytes: Uint8Array): void {
    let i = 0;
    while (i < bytes.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, bytes.length - i);
        i += n;
        this.skip -= n;
        continue;
      }
      this.header[this.have++] = bytes[i++]!;
      if (this.have === 5) {
        const length = this.header.readInt32BE(1);
        // ReadyForQuery is 'Z', length 5, and one status byte: read that byte too.
        if (this.header[0] === READY_FOR_QUERY && length === 5) continue;
        this.skip = length - 4;
        this.have = 0;
      } else if (this.have === 6) {
        this.status = this.header[5]!;
        this.have = 0;
      }
    }
  }
}

/** A message: its type byte, its length, its body. */
function message(type: string, body: string): Buffer {
  const bytes = Buffer.from(body);
  const out = Buffer.alloc(5 + bytes.length);
  out.write(type, 0);
  out.writeInt32BE(4 + bytes.length, 1);
  bytes.copy(out, 5);
  return out;
}

const SYNC = message('S', '');
const ROLLBACK = message('Q', 'ROLLBACK\0');

/** Sends the last bytes, then closes the socket whatever the client does. */
function hangUp(socket: net.Socket, last?: Buffer): void {
  socket.end(last ?? '', () => socket.destroy());
}

function errorResponse(code: string, text: string): Buffer {
  return message('E', `SFATAL\0VFATAL\0C${code}\0M${text}\0\0`);
}
