import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { JWK } from 'jose';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import {
  LoadedSigningKey,
  loadSigningKey,
  newSigningKey,
  parseConfiguredKeys,
  readKeyFile,
  rotateKeyFile,
  SigningKeyFile,
  writeKeyFile,
} from './signing-keys.js';

/**
 * The signing keys of this install: JWT_SIGNING_KEYS, or the key file under DATA_DIR, created (or moved to the
 * configured algorithm) when needed. The cluster primary calls it before forking so that API processes never race to
 * create different keys.
 */
export async function loadOrCreateSigningKeys(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
): Promise<SigningKeyFile> {
  if (config.jwt.signingKeys) return parseConfiguredKeys(config.jwt.signingKeys);
  const file = config.jwt.signingKeysFile;
  const existing = await readKeyFile(file);
  const active = existing?.keys.find((key) => !key.retiredAt);
  // A key file of an older install (EdDSA) or of another JWT_ALGORITHM: sign with a new key of the configured
  // algorithm from now on, while the old key verifies the tokens it signed until they expire.
  if (active && active.alg !== config.jwt.algorithm) {
    const fresh = await rotateKeyFile(file, config.jwt.algorithm);
    log(`Signing with a new ${fresh.alg} key; the ${active.alg} key ${active.kid} now only verifies`);
    return (await readKeyFile(file))!;
  }
  if (existing && existing.keys.length > 0) return existing;
  const created = { keys: [await newSigningKey(config.jwt.algorithm)] };
  await writeKeyFile(file, created);
  return created;
}

/**
 * The asymmetric keys that sign access tokens. From JWT_SIGNING_KEYS when configured (production), otherwise from a
 * key file under DATA_DIR that is created with a fresh key on first start.
 */
@Injectable()
export class SigningKeysService implements OnModuleInit {
  private readonly logger = new Logger(SigningKeysService.name);
  private keys: LoadedSigningKey[] = [];
  private byKid = new Map<string, LoadedSigningKey>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const content = await loadOrCreateSigningKeys(this.config, (line) => this.logger.log(line));
    this.keys = content.keys.map(loadSigningKey);
    this.byKid = new Map(this.keys.map((key) => [key.kid, key]));
    if (!this.keys.some((key) => !key.retiredAt)) throw new Error('No active JWT signing key');
  }

  get active(): LoadedSigningKey {
    return this.keys.find((key) => !key.retiredAt)!;
  }

  /** A retired key is still needed while tokens it signed may be unexpired. */
  private isStillNeeded(key: LoadedSigningKey, now = Date.now()): boolean {
    if (!key.retiredAt) return true;
    if (key.retiredAt.getTime() === 0) return true; // configured keys: kept until removed from configuration
    return key.retiredAt.getTime() + this.config.jwt.accessTokenTtlSeconds * 1000 > now;
  }

  /** The algorithm allow-list: the keys' algorithms that may still verify a token. */
  allowedAlgorithms(): string[] {
    return [...new Set(this.keys.filter((key) => this.isStillNeeded(key)).map((key) => key.alg))];
  }

  verificationKey(kid: string | undefined): LoadedSigningKey | undefined {
    const key = kid ? this.byKid.get(kid) : undefined;
    return key && this.isStillNeeded(key) ? key : undefined;
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.keys.filter((key) => this.isStillNeeded(key)).map((key) => key.publicJwk) };
  }
}
