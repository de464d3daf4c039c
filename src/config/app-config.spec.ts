import { describe, expect, it } from '@jest/globals';
import { InvalidEnvironmentError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.http.syncBodyLimitBytes).toBe(64 * 1024 * 1024);
    expect(config.jwt.accessTokenTtlSeconds).toBe(3600);
    expect(config.refreshTokens).toEqual({
      absoluteTtlSeconds: 90 * 86400,
      idleTtlSeconds: 30 * 86400,
      graceSeconds: 60,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('converts numeric and boolean strings', () => {
    const config = loadConfig({ PORT: '8080', DB_MIGRATIONS_RUN: 'false', REFRESH_TOKEN_GRACE_SECONDS: '5' });
    expect(config.http.port).toBe(8080);
    expect(config.database.runMigrations).toBe(false);
    expect(config.refreshTokens.graceSeconds).toBe(5);
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', ADMIN_EMAIL: 'a@b.co' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'ADMIN_EMAIL, ADMIN_PASSWORD']) {
      expect(message).toContain(name);
    }
  });
});
