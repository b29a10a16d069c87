/**
 * Whether a value a resolver, rule or executor returned is to be awaited: the hub's hot paths
 * answer synchronously where they can and take the promise path only for a value that is one.
 */
export const isPromiseLike = <T>(value: T | PromiseLike<T>): value is PromiseLike<T> =>
  typeof (value as PromiseLike<T> | null)?.then === 'function';
