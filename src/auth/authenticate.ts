import type { EntityManager } from '@mikro-orm/postgresql';
import { unauthenticated } from '../graphql/errors';
import { InvalidTokenError, type TokenVerifier } from './tokens';
import { ANONYMOUS, buildViewer, UnknownSubjectError, type Viewer } from './viewer';

/**
 * The viewer of one request. No Authorization header: the anonymous public. A header that is
 * not a valid, current token for a registered person is an error, never a fall back to anonymous.
 */
export async function authenticate(
  verifier: TokenVerifier,
  em: EntityManager,
  authorization: string | undefined,
  today: string,
): Promise<Viewer> {
  if (authorization === undefined || authorization === '') return ANONYMOUS;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(authorization);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  try {
    const { subject } = await verifier.verify(match[1]);
    return await buildViewer(em.fork(), subject, today);
  } catch (error) {
    if (error instanceof InvalidTokenError || error instanceof UnknownSubjectError) throw unauthenticated(error.message);
    throw error;
  }
}
