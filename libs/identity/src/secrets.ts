import { createHash, createSecretKey, KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';

/** A high-entropy secret for links and refresh tokens (a fast hash is enough to store it). */
export const newSecret = () => randomBytes(32).toString('base64url');
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The access tokens' HMAC key, made once. Given the secret as a string, jsonwebtoken tries it as a
 * PEM public key (and throws) before making a secret key from it, on every token.
 */
export const accessTokenKey = (jwtSecret: string): KeyObject => createSecretKey(Buffer.from(jwtSecret));
