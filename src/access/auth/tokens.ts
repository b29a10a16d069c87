import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, errors, type ExportedJWKSCache, jwksCache, type JWTPayload, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../../kernel/config';

/** Verifies bearer tokens: an OpenID Connect provider's keys, or the local demo secret. */
export interface TokenVerifier {
  verify(token: string): Promise<{ subject: string }>;
}

export class InvalidTokenError extends Error {}

const LOCAL_ALGORITHM = 'HS256';

/** The local signing secret, created on first use with owner-only permissions. */
export function localSecret(secretFile: string): Uint8Array {
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true });
    try {
      fs.writeFileSync(secretFile, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(fs.readFileSync(secretFile, 'utf8').trim(), 'base64');
}

const MAX_KEPT_VERIFIED = 10_000;

/** Clocks differ: a token issued (`iat`) or valid from (`nbf`) up to this far ahead of the hub's clock is accepted. Expiry (`exp`) is exact. */
export const CLOCK_SKEW_SECONDS = 60;
/** A token the hub signs itself is valid this long at most from its issue (`npm run token` gives 8 hours). */
export const LOCAL_TOKEN_MAX_SECONDS = 12 * 3600;
const LOCAL_TOKEN_LIFETIME = '8h';
/** An identity provider signs with a key pair: an HS256 token "signed" with a published public key is refused. */
const PROVIDER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** The identity provider's keys cannot be fetched: no token of it can be verified now. */
export class KeysUnavailableError extends Error {}

/** Words for a claim the token lacks or that is not accepted. */
function claimProblem(error: errors.JWTClaimValidationFailed): string {
  if (error.reason === 'missing') {
    if (error.claim === 'exp') return 'The token has no expiry (exp claim); tokens without one are not accepted.';
    if (error.claim === 'sub') return 'The token names no subject.';
    return `The token has no ${error.claim} claim.`;
  }
  if (error.claim === 'nbf') return 'The token is not valid yet (its nbf is in the future); check the clock of its issuer.';
  return `The token's ${error.claim} claim is not accepted here.`;
}

/** The checks of time jose leaves to the hub: exact expiry, no issue in the future, a local token's lifetime. */
function checkTimes(payload: JWTPayload, local: boolean): void {
  const now = Date.now() / 1000;
  if (payload.exp! <= now) throw new InvalidTokenError('The token has expired.');
  if (payload.iat !== undefined && payload.iat > now + CLOCK_SKEW_SECONDS) {
    throw new InvalidTokenError('The token was issued in the future (its iat); check the clock of its issuer.');
  }
  if (local && payload.exp! - payload.iat! > LOCAL_TOKEN_MAX_SECONDS) {
    throw new InvalidTokenError(`The token is valid for more than ${LOCAL_TOKEN_MAX_SECONDS / 3600} hours; ask for a new one.`);
  }
}

/** The provider's key set, fetched again once it is `maxAgeMs` old; `fetched.uat` is when it was. */
function providerKeys(jwksUrl: string, maxAgeMs: number, fetched: Partial<ExportedJWKSCache>): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(jwksUrl), {
    cacheMaxAge: maxAgeMs,
    // An unknown kid fetches the keys again (a key the provider just added), at most this often.
    cooldownDuration: Math.min(30_000, maxAgeMs),
    [jwksCache]: fetched as ExportedJWKSCache,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      // No key for this token: the token's fault. Anything else: the keys could not be had.
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new KeysUnavailableError('The identity provider\'s keys cannot be fetched.', { cause: error });
    }
  };
}

export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const local = auth.kind === 'local';
  const keepMs = auth.keyCacheSeconds * 1000;
  const fetched: Partial<ExportedJWKSCache> = {};
  const key: Uint8Array | JWTVerifyGetKey = local ? localSecret(auth.secretFile) : providerKeys(auth.jwksUrl, keepMs, fetched);
  // Tokens verified lately, by their text: a client sends the same token with every request, and
  // verifying it again costs more than the rest of a cached answer. Each is kept no longer than
  // keepMs after the provider's keys it was checked with were fetched (so a key withdrawn from the
  // JWKS stops being accepted within keepMs), and never past its expiry.
  const verified = new Map<string, { subject: string; until: number }>();
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known && Date.now() < known.until) return { subject: known.subject };
      verified.delete(token);
      // The keys used below are at least this fresh (jose may fetch newer ones, never older).
      const keysBefore = fetched.uat;
      try {
        const { payload } = await jwtVerify(token, key as Uint8Array, {
          issuer: auth.issuer,
          audience: auth.audience,
          algorithms: local ? [LOCAL_ALGORITHM] : PROVIDER_ALGORITHMS,
          requiredClaims: local ? ['exp', 'iat', 'sub'] : ['exp', 'sub'],
          clockTolerance: CLOCK_SKEW_SECONDS,
        });
        checkTimes(payload, local);
        const subject = payload.sub!;
        const keysAt = local ? Date.now() : (keysBefore ?? fetched.uat ?? Date.now());
        const until = Math.min(Date.now() + keepMs, keysAt + keepMs, payload.exp! * 1000);
        if (verified.size >= MAX_KEPT_VERIFIED) verified.delete(verified.keys().next().value!);
        verified.set(token, { subject, until });
        return { subject };
      } catch (error) {
        if (error instanceof InvalidTokenError || error instanceof KeysUnavailableError) throw error;
        if (error instanceof errors.JWTExpired) throw new InvalidTokenError('The token has expired.');
        if (error instanceof errors.JWTClaimValidationFailed) throw new InvalidTokenError(claimProblem(error));
        if (error instanceof errors.JWKSNoMatchingKey) {
          throw new InvalidTokenError('The token is signed with a key the identity provider does not publish.');
        }
        if (error instanceof errors.JOSEAlgNotAllowed) throw new InvalidTokenError('The token is signed with an algorithm not accepted here.');
        if (error instanceof errors.JOSEError) throw new InvalidTokenError('The token could not be verified.');
        throw error;
      }
    },
  };
}

/** A token for a demo principal, signed with the local secret (never in production). */
export async function signLocalToken(
  auth: AuthConfig,
  subject: string,
  options: { expiresIn?: string | number; audience?: string; secret?: Uint8Array } = {},
): Promise<string> {
  if (auth.kind !== 'local') throw new Error('Tokens are issued by the identity provider here, not by the hub.');
  return new SignJWT({})
    .setProtectedHeader({ alg: LOCAL_ALGORITHM })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(options.audience ?? auth.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? LOCAL_TOKEN_LIFETIME)
    .sign(options.secret ?? localSecret(auth.secretFile));
}
