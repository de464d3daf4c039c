import { createPrivateKey, createPublicKey, JsonWebKey, KeyObject, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, JWK } from 'jose';
import { JWT_ALGORITHMS } from '../../config/env.schema.js';

/** Algorithms new tokens are signed with (jsonwebtoken through @nestjs/jwt). */
export type SigningAlgorithm = (typeof JWT_ALGORITHMS)[number];
/** Keys of installs from before @nestjs/jwt: jsonwebtoken cannot use them, so they only verify, until retired out. */
export const LEGACY_ALGORITHM = 'EdDSA';
export type KeyAlgorithm = SigningAlgorithm | typeof LEGACY_ALGORITHM;

const CURVES: Record<KeyAlgorithm, string | undefined> = {
  ES256: 'P-256',
  ES384: 'P-384',
  ES512: 'P-521',
  EdDSA: 'Ed25519',
};

export function isSigningAlgorithm(alg: unknown): alg is SigningAlgorithm {
  return (JWT_ALGORITHMS as readonly unknown[]).includes(alg);
}

export interface StoredSigningKey {
  kid: string;
  alg: KeyAlgorithm;
  createdAt: string;
  /** When a newer key took over signing; the key keeps verifying until its last token expires. */
  retiredAt?: string;
  privateJwk: JWK;
}

export interface SigningKeyFile {
  keys: StoredSigningKey[];
}

export interface LoadedSigningKey {
  kid: string;
  alg: KeyAlgorithm;
  retiredAt?: Date;
  signingKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: JWK;
}

export async function newSigningKey(alg: SigningAlgorithm): Promise<StoredSigningKey> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return {
    kid: randomUUID(),
    alg,
    createdAt: new Date().toISOString(),
    privateJwk: await exportJWK(privateKey),
  };
}

export function loadSigningKey(stored: StoredSigningKey): LoadedSigningKey {
  const { d: _private, ...publicJwk } = stored.privateJwk;
  if (stored.privateJwk.crv !== CURVES[stored.alg])
    throw new Error(`signing key ${stored.kid}: alg ${stored.alg} needs curve ${CURVES[stored.alg]}`);
  return {
    kid: stored.kid,
    alg: stored.alg,
    retiredAt: stored.retiredAt ? new Date(stored.retiredAt) : undefined,
    signingKey: createPrivateKey({ key: stored.privateJwk as JsonWebKey, format: 'jwk' }),
    publicKey: createPublicKey({ key: publicJwk as JsonWebKey, format: 'jwk' }),
    publicJwk: { ...publicJwk, kid: stored.kid, alg: stored.alg, use: 'sig' },
  };
}

/**
 * Parses JWT_SIGNING_KEYS: a JWK set of private keys, each with `kid` and `alg`. The first one signs and must be
 * ES256/ES384/ES512; the others (EdDSA allowed, for tokens of an older install) only verify.
 */
export function parseConfiguredKeys(json: string): SigningKeyFile {
  let parsed: { keys?: JWK[] };
  try {
    parsed = JSON.parse(json) as { keys?: JWK[] };
  } catch {
    throw new Error('JWT_SIGNING_KEYS is not valid JSON');
  }
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0)
    throw new Error('JWT_SIGNING_KEYS has no "keys"');
  const epoch = new Date(0).toISOString();
  return {
    keys: parsed.keys.map((jwk, index) => {
      const known = isSigningAlgorithm(jwk.alg) || jwk.alg === LEGACY_ALGORITHM;
      if (!jwk.kid || !jwk.d || !known) {
        throw new Error(
          `JWT_SIGNING_KEYS key #${index} needs kid, alg (${JWT_ALGORITHMS.join(', ')} or EdDSA) and the private part d`,
        );
      }
      if (index === 0 && !isSigningAlgorithm(jwk.alg)) {
        throw new Error(
          `JWT_SIGNING_KEYS key #0 signs new tokens and must be ${JWT_ALGORITHMS.join(', ')}; EdDSA keys may follow it to verify older tokens`,
        );
      }
      return {
        kid: jwk.kid,
        alg: jwk.alg as KeyAlgorithm,
        createdAt: epoch,
        retiredAt: index === 0 ? undefined : epoch,
        privateJwk: jwk,
      };
    }),
  };
}

export async function readKeyFile(file: string): Promise<SigningKeyFile | null> {
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, 'utf8')) as SigningKeyFile;
}

/** Written to a temporary file then renamed, so a crash never leaves a half-written key file. */
export async function writeKeyFile(file: string, content: SigningKeyFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(content, null, 2), { mode: 0o600 });
  await rename(temporary, file);
}

/** Adds a new active key and retires the current one (it still verifies until its tokens expire). */
export async function rotateKeyFile(file: string, alg: SigningAlgorithm): Promise<StoredSigningKey> {
  const content = (await readKeyFile(file)) ?? { keys: [] };
  const now = new Date().toISOString();
  for (const key of content.keys) key.retiredAt ??= now;
  const fresh = await newSigningKey(alg);
  content.keys.unshift(fresh);
  await writeKeyFile(file, content);
  return fresh;
}
