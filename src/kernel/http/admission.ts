import { AsyncResource } from 'node:async_hooks';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * At most `limit` requests are worked on at once; the others wait their turn, first come first
 * served. Node runs one piece of JavaScript at a time, so more requests in flight do not answer
 * faster: they only hold more answers half-built in memory (16 large W1 answers at once took the
 * hub past 500 MB). A request whose client has gone while it waited is dropped unworked.
 *
 * Heavy work (an import, an export: seconds of work) also needs one of `heavyLimit` heavy places,
 * and waits for it holding no place. So at most `heavyLimit` places are ever held by heavy work
 * and the others stay for small requests: partners importing at once make a reader wait for a
 * place, never for their imports. Heavy work also steps aside between its steps
 * (`yieldToSmallRequests`): the hub's one thread goes to small requests first.
 *
 * A large answer (thousands of values, known once the operation is priced: `largeAnswer`) needs
 * one of `largeLimit` large places too, waited for in the same way. The values of an answer live
 * until it is sent: the fewer answers half-built at once, the less of them lives long enough for
 * V8 to move it to the old generation, and each answer costs less CPU (bench/README.md, the
 * diary of 30 Nov 2026). Small requests never wait for a large place.
 */
export interface Admission {
  /** Every request: one place. */
  step: RequestHandler;
  /** A request known heavy from its path (exports): a heavy place, then a place. */
  heavyStep: RequestHandler;
}

/** Longest heavy work waits for small requests between two of its steps: it is never starved. */
const MAX_YIELD_MS = 100;
/** Small requests seen this recently make heavy work take small steps (`smallRequestsAround`). */
const RECENT_SMALL_MS = 1000;

/** The lanes a request may need a place in besides its own: heavy work, large answers. */
type Lane = 'heavy' | 'large';

interface Ticket {
  lanes: Lanes;
  req: Request;
  res: Response;
  /** Holds one of the places. */
  place: boolean;
  /** Holds a heavy place. */
  heavy: boolean;
  /** Holds a large place. */
  large: boolean;
}

/**
 * A request's place in the lanes, for `heavyWork` deep inside a resolver: carried by the request
 * (`res.locals`, then the GraphQL context), not by an AsyncLocalStorage, which would make Node 20
 * run a hook at every promise of the process (see statement-count.ts).
 */
export type AdmissionTicket = Ticket;

/** The ticket `admission` gave this request, if it was admitted. */
export function ticketOf(res: Response): AdmissionTicket | undefined {
  return res.locals.admissionTicket as Ticket | undefined;
}

/** Places given first come first served; a waiter whose client has gone is skipped. */
class Places {
  private taken = 0;
  private readonly waiting: { wanted: () => boolean; take: () => void; skip: () => void }[] = [];

  constructor(private readonly limit: number) {}

  /** `take` runs (in the caller's async context) once a place is the caller's; `skip` if it is no longer wanted by then. */
  wait(wanted: () => boolean, take: () => void, skip: () => void): void {
    // An AsyncResource, not AsyncResource.bind: Node 20's bind also makes two deprecation wrappers
    // (DEP0172) for every call, a measurable share of a small request's CPU.
    const scope = new AsyncResource('admission-place');
    this.waiting.push({ wanted, take: () => scope.runInAsyncScope(take), skip });
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

// The connection, not the request: a request whose body has been read counts as destroyed.
const stillThere = (ticket: Ticket) => !ticket.res.destroyed && !ticket.req.socket.destroyed;
const nothing = () => undefined;

class Lanes {
  private readonly places: Places;
  /** The places of heavy work and of large answers, each lane at most `limit`. */
  private readonly lanePlaces: Record<Lane, Places>;
  /** Tickets holding a place. */
  private readonly working = new Set<Ticket>();
  /** Heavy work waiting for the small requests at work to be done. */
  private yielding: (() => void)[] = [];
  /** When a small request last took a place. */
  lastSmallAt = -Infinity;

  constructor(
    limit: number,
    heavyLimit: number,
    largeLimit: number,
    private readonly whenIdle: () => void,
  ) {
    this.places = new Places(limit);
    this.lanePlaces = { heavy: new Places(Math.min(heavyLimit, limit)), large: new Places(Math.min(largeLimit, limit)) };
  }

  ticket(req: Request, res: Response): Ticket {
    const ticket: Ticket = { lanes: this, req, res, place: false, heavy: false, large: false };
    const release = () => {
      this.leavePlace(ticket);
      this.leaveLane(ticket, 'heavy');
      this.leaveLane(ticket, 'large');
    };
    res.once('finish', release);
    res.once('close', release);
    return ticket;
  }

  /** A place, first come first served; then `then` runs. */
  enter(ticket: Ticket, then: () => void, gone: () => void = nothing): void {
    this.places.wait(
      () => stillThere(ticket),
      () => {
        ticket.place = true;
        this.working.add(ticket);
        if (!ticket.heavy) this.lastSmallAt = performance.now();
        then();
      },
      gone,
    );
  }

  /** A place in a lane (giving back its place meanwhile), then a place; kept until the request ends or leaves the lane. */
  toLane(ticket: Ticket, lane: Lane, then: () => void, gone: () => void): void {
    this.leavePlace(ticket);
    this.lanePlaces[lane].wait(
      () => stillThere(ticket),
      () => {
        ticket[lane] = true;
        this.enter(ticket, then, gone);
      },
      gone,
    );
  }

  leaveLane(ticket: Ticket, lane: Lane): void {
    if (!ticket[lane]) return;
    ticket[lane] = false;
    this.lanePlaces[lane].give();
  }

  /** Resolves once no small request holds a place, or after `maxWaitMs`. */
  smallRequestsDone(maxWaitMs: number): Promise<void> {
    if (!this.smallAtWork()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.yielding = this.yielding.filter((f) => f !== done);
        resolve();
      }, maxWaitMs);
      this.yielding.push(done);
    });
  }

  private leavePlace(ticket: Ticket): void {
    if (!ticket.place) return;
    ticket.place = false;
    this.working.delete(ticket);
    this.places.give();
    if (!this.working.size) this.whenIdle();
    if (this.yielding.length && !this.smallAtWork()) {
      const waiting = this.yielding;
      this.yielding = [];
      for (const resume of waiting) resume();
    }
  }

  private smallAtWork(): boolean {
    for (const ticket of this.working) if (!ticket.heavy) return true;
    return false;
  }
}

/** `whenIdle` runs whenever the last place held is given back (no request is being worked on). */
export function admission(limit: number, heavyLimit: number, largeLimit: number, whenIdle: () => void = nothing): Admission {
  const lanes = new Lanes(limit, heavyLimit, largeLimit, whenIdle);
  return {
    step: (req: Request, res: Response, next: NextFunction): void => {
      const ticket = lanes.ticket(req, res);
      res.locals.admissionTicket = ticket;
      lanes.enter(ticket, next);
    },
    heavyStep: (req: Request, res: Response, next: NextFunction): void => {
      const ticket = lanes.ticket(req, res);
      res.locals.admissionTicket = ticket;
      lanes.toLane(ticket, 'heavy', next, nothing);
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
export async function heavyWork<T>(ticket: AdmissionTicket | undefined, work: () => Promise<T>): Promise<T> {
  if (!ticket || ticket.heavy) return work();
  await new Promise<void>((resolve, reject) => ticket.lanes.toLane(ticket, 'heavy', resolve, () => reject(new AbandonedError())));
  try {
    return await work();
  } finally {
    ticket.lanes.leaveLane(ticket, 'heavy');
  }
}

/**
 * Before a large answer is built: the request gives back its place, waits for a large place and
 * a place again, and keeps the large place until it ends. Outside an admitted request, or for
 * heavy work (which has its own lane) or a request already large, it resolves at once.
 */
export function largeAnswer(ticket: AdmissionTicket | undefined): Promise<void> {
  if (!ticket || ticket.heavy || ticket.large) return Promise.resolve();
  return new Promise<void>((resolve, reject) => ticket.lanes.toLane(ticket, 'large', resolve, () => reject(new AbandonedError())));
}

/**
 * Whether small requests are being answered alongside this heavy work (one took a place in the
 * last second): heavy work then takes smaller steps, each a shorter stretch of the hub's one
 * thread that a small request may have to wait out. Outside heavy work, false.
 */
export function smallRequestsAround(ticket: AdmissionTicket | undefined): boolean {
  return !!ticket?.heavy && performance.now() - ticket.lanes.lastSmallAt < RECENT_SMALL_MS;
}

/**
 * Heavy work calls this between its steps (an import between batches, an export between pages):
 * it goes on once no small request is being worked on, or after MAX_YIELD_MS. Elsewhere it
 * returns at once.
 */
export async function yieldToSmallRequests(ticket: AdmissionTicket | undefined): Promise<void> {
  if (ticket?.heavy) await ticket.lanes.smallRequestsDone(MAX_YIELD_MS);
}
