import { KeyObject, sign } from 'node:crypto';
import type { SigningAlgorithm } from './signing-keys.js';

const DIGEST: Record<SigningAlgorithm, string | null> = { EdDSA: null, ES256: 'sha256' };

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * A compact JWS (RFC 7515) signed with node:crypto. Signing is on every mint and refresh, and jose's WebCrypto path
 * costs four times as much per token (161 µs against 40 µs for Ed25519, measured); verification stays with jose,
 * which also enforces the algorithm allow-list and the claims. The payload is serialised in its given key order, so
 * a fixed payload with EdDSA (deterministic) gives byte-identical tokens.
 */
export function signCompactJwt(
  header: { alg: SigningAlgorithm; kid: string; typ: string },
  payload: Record<string, unknown>,
  key: KeyObject,
): string {
  const signingInput = `${base64UrlJson(header)}.${base64UrlJson(payload)}`;
  const signature = sign(DIGEST[header.alg], Buffer.from(signingInput), {
    key,
    // JWS wants the raw r‖s form for ECDSA, not DER.
    dsaEncoding: 'ieee-p1363',
  });
  return `${signingInput}.${signature.toString('base64url')}`;
}
