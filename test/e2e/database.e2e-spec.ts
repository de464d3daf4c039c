import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair, decodeProtectedHeader } from 'jose';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { loadConfig } from '../../src/config/app-config.js';
import { buildDataSourceOptions } from '../../src/database/data-source-options.js';
import { migrateUnderLock } from '../../src/database/migrate.js';
import { SigningKeysService } from '../../src/modules/tokens/signing-keys.service.js';
import { seedOperator } from '../factories.js';
import { databaseUrl, SERVER_ENV } from '../setup/test-database-server.js';
import { startTestApp } from '../setup/test-app.js';

describe('Database setup', () => {
  it('lists every migration file in migrations/index.ts, oldest first', () => {
    const files = readdirSync(new URL('../../migrations/', import.meta.url))
      .filter((f) => /^\d+-\w+\.ts$/.test(f))
      .sort();
    expect(MIGRATIONS.map((m) => m.name)).toEqual(
      files.map((f) => {
        const [epoch, name] = f.replace('.ts', '').split('-');
        return `${name}${epoch}`;
      }),
    );
  });

  it('applies migrations once when two processes start on an empty database at the same moment', async () => {
    const server = process.env[SERVER_ENV]!;
    const name = `wb_race_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = databaseUrl(server, name);
    const config = loadConfig({});
    const sources = await Promise.all(
      [0, 1].map(() => new DataSource(buildDataSourceOptions(url, config)).initialize()),
    );
    try {
      const applied = await Promise.all(sources.map((source) => migrateUnderLock(source)));
      expect(applied.map((list) => list.length).sort()).toEqual([0, MIGRATIONS.length]);
      const [{ count }] = await sources[0].query('SELECT count(*)::int AS count FROM schema_migrations');
      expect(count).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(sources.map((source) => source.destroy()));
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

describe('Signing keys given by configuration (production)', () => {
  it('signs with the first configured key and publishes every configured key', async () => {
    // The first signs (ES256); an EdDSA key of an older install may follow and only verifies.
    const keys = await Promise.all(
      [
        ['first', 'ES256'],
        ['older', 'EdDSA'],
      ].map(async ([kid, alg]) => {
        const { privateKey } = await generateKeyPair(alg, { extractable: true });
        return { ...(await exportJWK(privateKey)), kid, alg };
      }),
    );
    const t = await startTestApp({ JWT_SIGNING_KEYS: JSON.stringify({ keys }) });
    try {
      const jwks = await t.http.get('/.well-known/jwks.json').expect(200);
      expect(jwks.body.keys.map((k: { kid: string }) => k.kid)).toEqual(['first', 'older']);
      expect(JSON.stringify(jwks.body)).not.toContain(keys[0].d);
      const operator = await seedOperator(t);
      expect(decodeProtectedHeader(operator.token).kid).toBe('first');
    } finally {
      await t.close();
    }
  });

  it('refuses to start with a malformed key set', async () => {
    // The service alone: a whole app failing at start would leave its database pool open in this worker.
    const keys = new SigningKeysService(loadConfig({ JWT_SIGNING_KEYS: '{"keys":[{"kty":"OKP"}]}' }));
    await expect(keys.onModuleInit()).rejects.toThrow(/JWT_SIGNING_KEYS/);
    const notJson = new SigningKeysService(loadConfig({ JWT_SIGNING_KEYS: 'not json' }));
    await expect(notJson.onModuleInit()).rejects.toThrow(/JWT_SIGNING_KEYS is not valid JSON/);
    const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
    const eddsaFirst = new SigningKeysService(
      loadConfig({
        JWT_SIGNING_KEYS: JSON.stringify({
          keys: [{ ...(await exportJWK(privateKey)), kid: 'a', alg: 'EdDSA' }],
        }),
      }),
    );
    await expect(eddsaFirst.onModuleInit()).rejects.toThrow(/key #0 signs new tokens and must be ES256/);
  });
});
