import { createPrivateKey, JsonWebKey, KeyObject, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';

/** The key object jose signs and verifies with (a WebCrypto CryptoKey). */
type CryptoKey = Parameters<SignJWT['sign']>[0];

export type SigningAlgorithm = 'EdDSA' | 'ES256';

export interface StoredSigningKey {
  kid: string;
  alg: SigningAlgorithm;
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
  alg: SigningAlgorithm;
  retiredAt?: Date;
  /** Signs through node:crypto (a quarter of WebCrypto's cost per token, measured); see `signCompactJwt`. */
  signingKey: KeyObject;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

export async function newSigningKey(alg: SigningAlgorithm): Promise<StoredSigningKey> {
  const { privateKey } = await generateKeyPair(alg, {
    crv: alg === 'EdDSA' ? 'Ed25519' : undefined,
    extractable: true,
  });
  return {
    kid: randomUUID(),
    alg,
    createdAt: new Date().toISOString(),
    privateJwk: await exportJWK(privateKey),
  };
}

export async function loadSigningKey(stored: StoredSigningKey): Promise<LoadedSigningKey> {
  const { d: _private, ...publicJwk } = stored.privateJwk;
  return {
    kid: stored.kid,
    alg: stored.alg,
    retiredAt: stored.retiredAt ? new Date(stored.retiredAt) : undefined,
    signingKey: createPrivateKey({ key: stored.privateJwk as JsonWebKey, format: 'jwk' }),
    publicKey: (await importJWK(publicJwk, stored.alg)) as CryptoKey,
    publicJwk: { ...publicJwk, kid: stored.kid, alg: stored.alg, use: 'sig' },
  };
}

/** Parses JWT_SIGNING_KEYS: a JWK set of private keys, each with `kid` and `alg`; the first one signs. */
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
      if (!jwk.kid || !jwk.d || (jwk.alg !== 'EdDSA' && jwk.alg !== 'ES256')) {
        throw new Error(
          `JWT_SIGNING_KEYS key #${index} needs kid, alg (EdDSA or ES256) and the private part d`,
        );
      }
      return {
        kid: jwk.kid,
        alg: jwk.alg as SigningAlgorithm,
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
