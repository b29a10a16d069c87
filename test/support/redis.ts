import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';

/**
 * A Redis server of the test's own, on a free port, with nothing kept on disk: a test may stop,
 * stall (SIGSTOP) or restart it empty. The machine's shared Redis is never touched.
 */
export interface TestRedis {
  url: string;
  /** Kills the server (its data is gone). */
  stop(): Promise<void>;
  /** Starts it again, empty, on the same port. */
  start(): Promise<void>;
  /** SIGSTOP: connections stay open, nothing is answered. */
  pause(): void;
  /** SIGCONT. */
  resume(): void;
  /** Runs one command (e.g. KEYS) and returns Redis's reply, as redis-cli prints it. */
  command(...args: string[]): Promise<string>;
}

/** Why redis-server cannot be run here, or undefined when it can. */
export function redisServerMissing(): string | undefined {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error) return `redis-server is not on PATH (${(probe.error as NodeJS.ErrnoException).code}): install it (Debian: apt-get install redis-server) to run this test`;
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One RESP command over a plain socket, so the test needs no client library. */
function send(port: number, args: string[], timeoutMs = 2_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no reply'));
    }, timeoutMs);
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      // One reply: a simple line, or an array whose elements all arrived (enough for KEYS and GET).
      if (isComplete(reply)) {
        clearTimeout(timer);
        socket.end();
        resolve(reply);
      }
    });
    socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
  });
}

function isComplete(reply: string): boolean {
  if (!reply.endsWith('\r\n')) return false;
  if (reply[0] !== '*') return reply[0] !== '$' || reply.startsWith('$-1') || reply.split('\r\n').length >= 3;
  const count = Number(reply.slice(1, reply.indexOf('\r\n')));
  return count <= 0 || reply.split('\r\n').filter((line) => line.startsWith('$')).length >= count && reply.split('\r\n').length >= 2 * count + 2;
}

export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  let proc: ChildProcess | undefined;
  const start = async () => {
    proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await send(port, ['PING'], 500).then((r) => r.startsWith('+PONG'), () => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not start on port ${port}`);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop: async () => {
      const running = proc;
      proc = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
    pause: () => proc?.kill('SIGSTOP'),
    resume: () => proc?.kill('SIGCONT'),
    command: (...args) => send(port, args),
  };
}
