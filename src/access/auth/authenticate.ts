import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedByKey } from '../../kernel/db/grouped';
import { countShared, type StatementCount } from '../../kernel/db/statement-count';
import { invalidToken, unauthenticated, unavailable } from '../../kernel/graphql/errors';
import { InvalidTokenError, KeysUnavailableError, type TokenVerifier } from './tokens';
import { ANONYMOUS, type BuildViewer, UnknownSubjectError, type Viewer } from './viewer';

/**
 * The viewer of each request. No Authorization header: the anonymous public. A header that is
 * not a valid, current token for a registered person is an error, never a fall back to anonymous.
 *
 * A viewer is built afresh for every request, from the office holdings valid today. Requests of
 * one person that arrive while its lookup is in flight share the next one (see `grouped`): it
 * starts after they arrived, so each still sees every change to the person's offices made before.
 */
export function authenticator(verifier: TokenVerifier, em: EntityManager, buildViewer: BuildViewer) {
  const lookUp = groupedByKey((key: string) => {
    const [subject, today] = JSON.parse(key) as [string, string];
    // The statement is every waiting request's: each counts it (countShared), no request alone.
    return buildViewer(em.fork(), subject, today);
  });
  return async (authorization: string | undefined, today: string, statements?: StatementCount): Promise<Viewer> => {
    const subject = await verifiedSubject(verifier, authorization);
    if (subject === null) return ANONYMOUS;
    try {
      countShared(statements);
      return await lookUp(JSON.stringify([subject, today]));
    } catch (error) {
      if (error instanceof UnknownSubjectError) throw invalidToken(error.message);
      throw error;
    }
  };
}

/**
 * The subject a request's Authorization header proves, `null` for none (the anonymous public);
 * an UNAUTHENTICATED error for a header that is not a valid, current token. Every text of one
 * token (there are several: base64url's last character has spare bits) proves the same subject.
 */
export async function verifiedSubject(verifier: TokenVerifier, authorization: string | undefined): Promise<string | null> {
  if (authorization === undefined || authorization === '') return null;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(authorization);
  // Another scheme (e.g. Basic) is no Bearer credential at all: the challenge names the scheme only (RFC 6750 §3.1).
  if (!/^Bearer /.test(authorization)) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  if (!match?.[1]) throw invalidToken('The bearer token is malformed: expected a JWT, at most 4096 characters.');
  try {
    return (await verifier.verify(match[1])).subject;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw invalidToken(error.message);
    if (error instanceof KeysUnavailableError) {
      throw unavailable("The identity provider's keys cannot be fetched to verify the token; try again shortly.");
    }
    throw error;
  }
}
