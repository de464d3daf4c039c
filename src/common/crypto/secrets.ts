import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits as hex behind a scanner-friendly prefix (`secret_`, `sk-`, `rt-`). */
export function generateSecret(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('hex')}`;
}

/** Machine-generated secrets carry ≥ 256 bits of entropy, so a fast hash is enough (SPEC §5); passwords use Argon2id. */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function secretMatchesHash(secret: string, hash: Buffer | null | undefined): boolean {
  if (!hash || hash.length !== 32) return false;
  return timingSafeEqual(hashSecret(secret), hash);
}
