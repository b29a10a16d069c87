import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { AbandonedError, admission, largeAnswer, ticketOf } from '../../src/kernel/http/admission';
import { answerSizes, LARGE_ANSWER_VALUES } from '../../src/performance/large-answers';
import { buildHubSchema } from '../../src/schema';

/** A request as admission sees it: its response's events and whether its connection is still there. */
function request() {
  const res = Object.assign(new EventEmitter(), { destroyed: false, locals: {} as Record<string, unknown> });
  const req = { socket: { destroyed: false } };
  let admitted = false;
  return {
    req: req as unknown as Request,
    res: res as unknown as Response,
    admitted: () => admitted,
    admit: () => void (admitted = true),
    finish: () => res.emit('finish'),
    leave: () => {
      req.socket.destroyed = true;
      res.destroyed = true;
    },
  };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('the large lane of admission', () => {
  it('lets one large answer be built at a time; the next waits holding no place, and small requests pass', async () => {
    // Two places, one heavy, one large.
    const lanes = admission(2, 1, 1);
    const [first, second, small] = [request(), request(), request()];
    lanes.step(first.req, first.res, first.admit);
    lanes.step(second.req, second.res, second.admit);
    expect(first.admitted() && second.admitted()).toBe(true);
    let firstLarge = false;
    let secondLarge = false;
    void largeAnswer(ticketOf(first.res)).then(() => (firstLarge = true));
    void largeAnswer(ticketOf(second.res)).then(() => (secondLarge = true));
    await settled();
    expect(firstLarge).toBe(true);
    expect(secondLarge).toBe(false);
    // The second gave its place back while it waits: a small request takes it.
    lanes.step(small.req, small.res, small.admit);
    expect(small.admitted()).toBe(true);
    small.finish();
    first.finish();
    await settled();
    expect(secondLarge).toBe(true);
    // Already large, or outside a request: at once.
    await largeAnswer(ticketOf(second.res));
    await largeAnswer(undefined);
  });

  it('drops a request whose client left while it waited, and its turn passes on', async () => {
    const lanes = admission(4, 1, 1);
    const [holder, gone, next] = [request(), request(), request()];
    for (const r of [holder, gone, next]) lanes.step(r.req, r.res, r.admit);
    await largeAnswer(ticketOf(holder.res));
    const abandoned = largeAnswer(ticketOf(gone.res));
    let nextLarge = false;
    void largeAnswer(ticketOf(next.res)).then(() => (nextLarge = true));
    gone.leave();
    holder.finish();
    await expect(abandoned).rejects.toBeInstanceOf(AbandonedError);
    await settled();
    expect(nextLarge).toBe(true);
  });
});

describe('which answers are large', () => {
  let sizes: ReturnType<typeof answerSizes>;
  beforeAll(async () => {
    sizes = answerSizes(await buildHubSchema());
  });

  it('is learnt from the last answer to the same operation with the same pricing variables, by the same reader', () => {
    const document = parse('query States($first: Int!) { states(first: $first) { edges { node { iso3 name } } } }');
    const key = (first: number, reader = 'demo:secretariat') => sizes.keyOf(reader, document, 'States', { first });
    expect(sizes.wasLarge(document, key(200))).toBe(false);
    sizes.note(document, key(200), 7_400);
    expect(sizes.wasLarge(document, key(200))).toBe(true);
    // Another reader's wait does not tell it how much the first one sees.
    expect(sizes.wasLarge(document, key(200, ''))).toBe(false);
    // Another page size is another operation as far as its size goes.
    expect(sizes.wasLarge(document, key(5))).toBe(false);
    sizes.note(document, key(5), 20);
    expect(sizes.wasLarge(document, key(5))).toBe(false);
    // The latest answer decides: the data shrank.
    sizes.note(document, key(200), LARGE_ANSWER_VALUES - 1);
    expect(sizes.wasLarge(document, key(200))).toBe(false);
  });
});
