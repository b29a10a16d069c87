import net from 'node:net';

/** The hub's port is taken (another hub, or anything else): said in one line, before the database is opened. */
export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(`Port ${port} on ${host} is already in use (another hub?): stop what holds it, or start with PORT=<another port>.`);
  }
}

/**
 * Whether the hub could listen on host:port, tried by listening and closing at once. Done before
 * the database is opened: finding out at the end of the start cost its whole time and left the
 * data folder's lock behind. Port 0 (any free port) is always free.
 */
export async function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port) : error));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
