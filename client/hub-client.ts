import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An error as the hub reports it: `extensions.code` is one of the codes the README lists. */
export interface HubError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

/**
 * An answer: the data, and the errors of the fields the viewer may not read (each such field
 * is null, with a FORBIDDEN error at its path, UNAUTHENTICATED without a token), or of the operation.
 */
export interface HubResult<T> {
  data: T | null;
  errors: HubError[];
}

/** The request failed as a whole: a refused token (401), a refused operation, the hub unavailable. */
export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: HubError[],
  ) {
    super(errors[0]?.message ?? `The hub answered HTTP ${status}.`);
    this.name = 'HubRequestError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** The variables argument: optional when none is required, required otherwise. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export interface HubClient {
  readonly url: string;
  /** Runs one typed operation; resolves with data and field errors, rejects when there is no data at all. */
  request<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, ...variables: VariablesArg<V>): Promise<HubResult<T>>;
}

/** The codes of a field the policy denies: UNAUTHENTICATED for the anonymous public (sign in), FORBIDDEN for a signed-in viewer. */
const DENIALS = ['FORBIDDEN', 'UNAUTHENTICATED'];

/** Whether the hub refused the viewer the field at exactly `path` (it reads as null). */
export function isDenied(errors: readonly HubError[], ...path: (string | number)[]): boolean {
  return errors.some((e) => DENIALS.includes(e.extensions?.code ?? '') && e.path?.length === path.length && path.every((p, i) => e.path?.[i] === p));
}

/**
 * A client of one hub's GraphQL endpoint, e.g. `createHubClient('http://127.0.0.1:4000/graphql', token)`.
 * Without a token it is the anonymous public. Uses the global fetch (Node 18+, browsers).
 */
export function createHubClient(url: string, token?: string): HubClient {
  const printed = new WeakMap<object, string>();
  async function request<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, ...[variables]: VariablesArg<V>): Promise<HubResult<T>> {
    let query = printed.get(document);
    if (!query) printed.set(document, (query = print(document)));
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    const text = await res.text();
    let body: { data?: unknown; errors?: HubError[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new HubRequestError(res.status, [{ message: `The hub answered HTTP ${res.status} with no JSON: ${text.slice(0, 200)}` }]);
    }
    if (!res.ok || body.data == null) throw new HubRequestError(res.status, body.errors ?? []);
    return { data: body.data as T, errors: body.errors ?? [] };
  }
  return { url, request };
}
