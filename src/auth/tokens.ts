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

export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey =
    auth.kind === 'oidc' ? createRemoteJWKSet(new URL(auth.jwksUrl)) : localSecret(auth.secretFile);
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key as Uint8Array, {
          issuer: auth.issuer,
          audience: auth.audience,
          ...(auth.kind === 'local' ? { algorithms: [LOCAL_ALGORITHM] } : {}),
        });
        if (!payload.sub) throw new InvalidTokenError('The token names no subject.');
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
