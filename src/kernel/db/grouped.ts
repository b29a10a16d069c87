/**
 * One round trip for many callers: while one is in flight, callers that arrive wait for the next,
 * which starts as soon as it ends and serves all of them at once. Each caller's round trip starts
 * after it arrived, so it sees everything committed before then. Alone, a caller goes at once;
 * under load, one statement serves a queue of callers instead of one each (profiled: the access
 * log's inserts and the viewers' lookups were most of PostgreSQL's work behind cached answers).
 *
 * Every caller of a group gets its outcome: its result, or its error.
 */
export function grouped<I, O>(run: (inputs: I[]) => Promise<O>, options: { max?: number; onIdle?: () => void } = {}) {
  const max = options.max ?? Number.POSITIVE_INFINITY;
  let inFlight = false;
  const queue: { input: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  const start = () => {
    inFlight = true;
    const group = queue.splice(0, max);
    let outcome: Promise<O>;
    try {
      outcome = run(group.map((caller) => caller.input));
    } catch (error) {
      outcome = Promise.reject(error);
    }
    outcome
      .then(
        (value) => group.forEach((caller) => caller.resolve(value)),
        (error: unknown) => group.forEach((caller) => caller.reject(error)),
      )
      .finally(() => {
        inFlight = false;
        if (queue.length) start();
        else options.onIdle?.();
      });
  };
  return (input: I): Promise<O> =>
    new Promise<O>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      if (!inFlight) start();
    });
}

/**
 * `grouped` per key: callers of one key share a round trip (each with its input, if the work takes
 * one), and a key nobody waits on is forgotten.
 */
export function groupedByKey<O, I = void>(
  run: (key: string, inputs: I[]) => Promise<O>,
  options: { max?: number } = {},
): (key: string, input: I) => Promise<O> {
  const groups = new Map<string, (input: I) => Promise<O>>();
  return (key, input) => {
    let group = groups.get(key);
    if (!group) {
      group = grouped((inputs: I[]) => run(key, inputs), { ...options, onIdle: () => groups.delete(key) });
      groups.set(key, group);
    }
    return group(input);
  };
}
