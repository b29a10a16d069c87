import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config';

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

const KEEP_VERIFIED_MS = 60_000;
const MAX_KEPT_VERIFIED = 10_000;

export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey =
    auth.kind === 'oidc' ? createRemoteJWKSet(new URL(auth.jwksUrl)) : localSecret(auth.secretFile);
  // Tokens verified lately, by their text: a client sends the same token with every request, and
  // verifying it again costs more than the rest of a cached answer. Each is kept at most a minute
  // (so a key withdrawn from the JWKS stops being accepted soon) and never past its expiry.
  const verified = new Map<string, { subject: string; until: number }>();
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known && Date.now() < known.until) return { subject: known.subject };
      verified.delete(token);
      try {
        const { payload } = await jwtVerify(token, key as Uint8Array, {
          issuer: auth.issuer,
          audience: auth.audience,
          ...(auth.kind === 'local' ? { algorithms: [LOCAL_ALGORITHM] } : {}),
        });
        if (!payload.sub) throw new InvalidTokenError('The token names no subject.');
        const until = Math.min(Date.now() + KEEP_VERIFIED_MS, payload.exp === undefined ? Infinity : payload.exp * 1000);
        if (verified.size >= MAX_KEPT_VERIFIED) verified.delete(verified.keys().next().value!);
        verified.set(token, { subject: payload.sub, until });
        return { subject: payload.sub };
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        if (error instanceof errors.JWTExpired) throw new InvalidTokenError('The token has expired.');
        if (error instanceof errors.JWTClaimValidationFailed) {
          throw new InvalidTokenError(`The token's ${error.claim} claim is not accepted here.`);
        }
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
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(options.secret ?? localSecret(auth.secretFile));
}
