import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

/** The codes a client can rely on in `errors[].extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  UNAVAILABLE = 'UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  });
}

/** A denied field reads as null with this error; its text never names a hidden value. */
export function forbidden(message = 'You may not read this field.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * What the policy answers a viewer it denies `what` ("read this field", "make this change"):
 * the anonymous public is asked to sign in (UNAUTHENTICATED: a token may be all it lacks), a
 * signed-in viewer is told it may not (FORBIDDEN). Either way the field reads as null and the
 * request as a whole stands: unlike a refused token, no 401.
 */
export function denied(signedIn: boolean, what: string): GraphQLError {
  if (signedIn) return forbidden(`You may not ${what}.`);
  return new GraphQLError(`Sign in to ${what}.`, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

/** Whether a field's error is the policy's denial (it reads as null), not a failure. */
export function isDenial(error: { extensions?: { code?: unknown }; path?: readonly unknown[] }): boolean {
  const code = error.extensions?.code;
  return !!error.path?.length && (code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED);
}

/** The protection space a bearer token is for (RFC 6750 §3): one for the whole hub. */
export const AUTH_REALM = 'ATT Coordination Hub';

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 6750 §3). Without an error, it only names the
 * scheme (a request with no Bearer credential at all); `invalid_token` carries a description,
 * reduced to the characters the RFC allows there (printable ASCII without `"` and `\`).
 */
export function bearerChallenge(problem?: { error: 'invalid_token'; description: string }): string {
  const params = [`realm="${AUTH_REALM}"`];
  if (problem) {
    const description = problem.description.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, '?');
    params.push(`error="${problem.error}"`, `error_description="${description}"`);
  }
  return `Bearer ${params.join(', ')}`;
}

/** A refused credential: HTTP 401 with its challenge (Apollo sends extensions.http's headers, never the extension itself). */
export function unauthenticated(message: string, challenge = bearerChallenge()): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new HeaderMap([['www-authenticate', challenge]]) } },
  });
}

/** A token that is malformed, expired, not the hub's or for no registered person (RFC 6750 `invalid_token`). */
export const invalidToken = (message: string) => unauthenticated(message, bearerChallenge({ error: 'invalid_token', description: message }));

/** The challenge an error carries for its 401, if it is one. */
export function challengeOf(error: GraphQLError): string | undefined {
  const headers = (error.extensions.http as { headers?: Map<string, string> } | undefined)?.headers;
  return headers?.get('www-authenticate');
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} was not found.`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

const DB_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** Whether an error means the database cannot be reached (as opposed to a fault of the hub). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; name?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.code && DB_DOWN.has(e.code)) return true;
  if (e.name === 'ConnectionException' || e.name === 'KnexTimeoutError') return true;
  // knex reports a transaction whose connection died under it as "already complete".
  return /Connection terminated|connect ECONNREFUSED|Timeout acquiring a connection|the database system is (starting|shutting) down|Transaction query already complete|terminating connection/i.test(
    e.message ?? '',
  );
}

export function unavailable(message = 'The database is unavailable; try again shortly.'): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAVAILABLE, http: { status: 503 } },
  });
}

/** graphql-js's hint at names the schema has, as Apollo's plugin strips it. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * A request whose client went away before its answer (`RequestTransaction.cancel`, src/context.ts):
 * its transaction was rolled back, and what it would do next is refused with this.
 */
export class RequestCancelled extends Error {
  constructor() {
    super('The request was cancelled: its client went away before the answer, and nothing more of it is written.');
    this.name = 'RequestCancelled';
  }
}

/**
 * Apollo's error masking: GraphQL errors the hub raised on purpose (and Apollo's own
 * validation errors) go out as they are; anything else is logged with the request id and
 * replaced by a generic message, so no stack, SQL or hidden value reaches a client.
 */
export function formatError(log: Logger, { hideSuggestions = false } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && code && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      // Apollo's hideSchemaDetailsFromClientErrors strips the suggestions of validation errors;
      // a variable's value is checked later (e.g. "Did you mean the enum value …?"): stripped here.
      const message = hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    // Apollo refuses some requests with a 4xx status and no code (a persisted query whose hash is
    // not its text's, an unsupported persisted query version): the client's mistake, said as such.
    const status = original instanceof GraphQLError ? (original.extensions.http as { status?: number } | undefined)?.status : undefined;
    if (status !== undefined && status >= 400 && status < 500) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original }, 'database unavailable');
      return {
        message: 'The database is unavailable; try again shortly.',
        path: formatted.path,
        extensions: { code: ErrorCode.UNAVAILABLE },
      };
    }
    if (original instanceof RequestCancelled) {
      // No client reads this answer: said in the log for what it is, not as a fault.
      log.info({ path: formatted.path }, original.message);
      return { message: original.message, path: formatted.path, extensions: { code: 'CANCELLED' } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
