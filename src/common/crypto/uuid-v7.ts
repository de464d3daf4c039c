import { randomBytes } from 'node:crypto';

/**
 * RFC 9562 UUIDv7: a 48-bit Unix-millisecond timestamp, then random bits. Token ids are v7 so that a token's
 * issue time is known to the millisecond (JWT `iat` has whole seconds), which "revoke all sessions" needs.
 */
export function uuidV7(unixMs: number = Date.now()): string {
  const bytes = randomBytes(16);
  const ms = BigInt(Math.floor(unixMs));
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6] & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The Unix-millisecond timestamp of a UUIDv7, or null for any other string. */
export function uuidV7Millis(id: string): number | null {
  if (!V7.test(id)) return null;
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
