import type { TypedDocumentString } from './gql/graphql';

/** The hub's GraphQL endpoint: the dashboard is served by the hub itself, on the same origin. */
const ENDPOINT = '/graphql';

export interface ApiError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

export interface Answer<T> {
  data: T | null;
  errors: ApiError[];
}

/** The token was refused (HTTP 401): the page signs out rather than guess. `reason`: the hub's words (English), if any. */
export class UnauthenticatedError extends Error {
  constructor(readonly reason: string | null) {
    super(reason ?? 'The token was refused.');
  }
}

/** The hub answered without data: its HTTP status and its first error's message (English, as the API words it), if any. */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string | null,
  ) {
    super(reason ?? `The hub answered ${status}.`);
  }
}

/** Sends one typed operation with the viewer's token (none: the anonymous public). */
export async function request<T, V>(document: TypedDocumentString<T, V>, variables: V, token: string | null): Promise<Answer<T>> {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T | null; errors?: ApiError[] };
  if (res.status === 401) throw new UnauthenticatedError(body.errors?.[0]?.message ?? null);
  if (!body.data) throw new HubError(res.status, body.errors?.[0]?.message ?? null);
  return { data: body.data, errors: body.errors ?? [] };
}

/** The codes of a field the policy denies: UNAUTHENTICATED for the anonymous public (sign in), FORBIDDEN for a signed-in viewer. */
const DENIALS = ['FORBIDDEN', 'UNAUTHENTICATED'];

/** Whether the API refused this viewer the field at exactly `path` (the field reads as null). */
export function denied(errors: readonly ApiError[], ...path: (string | number)[]): boolean {
  return errors.some((e) => DENIALS.includes(e.extensions?.code ?? '') && e.path?.length === path.length && path.every((p, i) => e.path?.[i] === p));
}

/** The import's HTTP door: the file as the body, streamed by the browser (the hub's API doc: docs/ or README, Imports). */
const IMPORT_ENDPOINT = '/imports/activities';

/** The file was refused as too large (HTTP 413). */
export class TooLargeError extends Error {}

/**
 * Sends a file to the import as it is (CSV or .xlsx), with the viewer's token; the answer is the
 * importActivities mutation's.
 */
export async function postImport<T>(file: Blob, type: string, dryRun: boolean, token: string | null): Promise<T> {
  const res = await fetch(`${IMPORT_ENDPOINT}${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as { data?: { importActivities: T } | null; errors?: ApiError[] };
  if (res.status === 401) throw new UnauthenticatedError(body.errors?.[0]?.message ?? 'The token was refused.');
  if (res.status === 413) throw new TooLargeError(body.errors?.[0]?.message ?? 'The file is too large.');
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? `The hub answered ${res.status}.`);
  return body.data.importActivities;
}
