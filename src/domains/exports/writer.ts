import type { Response } from 'express';

/**
 * Writes an export as it is produced, waiting whenever the client reads slower than the hub
 * writes (backpressure), so a large export never piles up in memory. A client that hangs up
 * stops the export at the next page.
 */
export class ExportWriter {
  constructor(private readonly res: Response) {}

  get closed(): boolean {
    return this.res.destroyed || this.res.writableEnded;
  }

  async write(chunk: string): Promise<void> {
    if (!chunk || this.closed) return;
    if (this.res.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }

  async end(chunk: string): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => this.res.end(chunk, () => resolve()));
  }
}
