import type { NextFunction, Request, Response } from 'express';

/**
 * At most `limit` requests are worked on at once; the others wait their turn, first come first
 * served. Node runs one piece of JavaScript at a time, so more requests in flight do not answer
 * faster: they only hold more answers half-built in memory (16 large W1 answers at once took the
 * hub past 500 MB). A request whose client has gone while it waited is dropped unworked.
 */
export function admission(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const startNext = () => {
    while (running < limit && waiting.length) waiting.shift()!();
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = () => {
      // The connection, not the request: a request whose body has been read counts as destroyed.
      if (res.destroyed || req.socket.destroyed) return;
      running++;
      let done = false;
      const release = () => {
        if (done) return;
        done = true;
        running--;
        startNext();
      };
      res.once('finish', release);
      res.once('close', release);
      next();
    };
    waiting.push(start);
    startNext();
  };
}
