import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * At most `limit` requests are worked on at once; the others wait their turn, first come first
 * served. Node runs one piece of JavaScript at a time, so more requests in flight do not answer
 * faster: they only hold more answers half-built in memory (16 large W1 answers at once took the
 * hub past 500 MB). A request whose client has gone while it waited is dropped unworked.
 *
 * Heavy work (an import, an export: seconds of database work) also needs one of `heavyLimit`
 * heavy places, and waits for it holding no ordinary place. So at most `heavyLimit` places are
 * ever held by heavy work, and the other `limit - heavyLimit` stay for small requests: eight
 * partners importing at once make a reader wait for a place, never for their imports.
 */
export interface Admission {
  /** Every request: one place. */
  step: RequestHandler;
  /** A request known heavy from its path (exports): a heavy place, then a place. */
  heavyStep: RequestHandler;
}

interface Ticket {
  admission: Lanes;
  req: Request;
  res: Response;
  /** The places it holds. */
  place: boolean;
  heavy: boolean;
}

/** The request's ticket, for `heavyWork` deep inside a resolver. */
const tickets = new AsyncLocalStorage<Ticket>();

/** Places given first come first served; a waiter whose client has gone is skipped. */
class Places {
  private taken = 0;
  private readonly waiting: { wanted: () => boolean; take: () => void; skip: () => void }[] = [];

  constructor(private readonly limit: number) {}

  /** `take` runs (in the caller's async context) once a place is the caller's; `skip` if it is no longer wanted by then. */
  wait(wanted: () => boolean, take: () => void, skip: () => void = () => undefined): void {
    this.waiting.push({ wanted, take: AsyncResource.bind(take), skip });
    this.next();
  }

  give(): void {
    this.taken--;
    this.next();
  }

  private next(): void {
    while (this.taken < this.limit && this.waiting.length) {
      const waiter = this.waiting.shift()!;
      if (!waiter.wanted()) {
        waiter.skip();
        continue;
      }
      this.taken++;
      waiter.take();
    }
  }
}

class Lanes {
  readonly places: Places;
  readonly heavyPlaces: Places;

  constructor(limit: number, heavyLimit: number) {
    this.places = new Places(limit);
    this.heavyPlaces = new Places(Math.min(heavyLimit, limit));
  }

  ticket(req: Request, res: Response): Ticket {
    const ticket: Ticket = { admission: this, req, res, place: false, heavy: false };
    const release = () => {
      if (ticket.place) this.places.give();
      if (ticket.heavy) this.heavyPlaces.give();
      ticket.place = ticket.heavy = false;
    };
    res.once('finish', release);
    res.once('close', release);
    return ticket;
  }

  /** A heavy place (giving back an ordinary one meanwhile), then an ordinary place. */
  toHeavy(ticket: Ticket, then: () => void, gone: () => void): void {
    if (ticket.place) {
      ticket.place = false;
      this.places.give();
    }
    const wanted = () => stillThere(ticket);
    this.heavyPlaces.wait(
      wanted,
      () => {
        ticket.heavy = true;
        this.places.wait(
          wanted,
          () => {
            ticket.place = true;
            then();
          },
          gone,
        );
      },
      gone,
    );
  }
}

// The connection, not the request: a request whose body has been read counts as destroyed.
const stillThere = (ticket: Ticket) => !ticket.res.destroyed && !ticket.req.socket.destroyed;

export function admission(limit: number, heavyLimit: number): Admission {
  const lanes = new Lanes(limit, heavyLimit);
  return {
    step: (req: Request, res: Response, next: NextFunction): void => {
      const ticket = lanes.ticket(req, res);
      lanes.places.wait(
        () => stillThere(ticket),
        () => {
          ticket.place = true;
          tickets.run(ticket, next);
        },
      );
    },
    heavyStep: (req: Request, res: Response, next: NextFunction): void => {
      const ticket = lanes.ticket(req, res);
      lanes.toHeavy(ticket, () => tickets.run(ticket, next), () => undefined);
    },
  };
}

export class AbandonedError extends Error {
  constructor() {
    super('The client went away while its request waited for a place.');
  }
}

/**
 * Runs `work` as heavy work: the request gives back its place, waits for a heavy place and a
 * place again, and keeps the heavy place until `work` ends. Outside an admitted request (a
 * script, a test calling a resolver), or already heavy, it just runs `work`.
 */
export async function heavyWork<T>(work: () => Promise<T>): Promise<T> {
  const ticket = tickets.getStore();
  if (!ticket || ticket.heavy) return work();
  await new Promise<void>((resolve, reject) => ticket.admission.toHeavy(ticket, resolve, () => reject(new AbandonedError())));
  try {
    return await work();
  } finally {
    if (ticket.heavy) {
      ticket.heavy = false;
      ticket.admission.heavyPlaces.give();
    }
  }
}
