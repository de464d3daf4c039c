import { describe, expect, it } from '@jest/globals';
import { generateSecret, hashSecret, secretMatchesHash } from './secrets.js';

describe('secrets', () => {
  it('generates 256-bit prefixed secrets that differ every time', () => {
    const a = generateSecret('secret_');
    const b = generateSecret('secret_');
    expect(a).toMatch(/^secret_[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
  });

  it('matches a secret only against its own hash', () => {
    const secret = generateSecret('sk-');
    expect(secretMatchesHash(secret, hashSecret(secret))).toBe(true);
    expect(secretMatchesHash(`${secret}x`, hashSecret(secret))).toBe(false);
    expect(secretMatchesHash(secret, null)).toBe(false);
    expect(secretMatchesHash(secret, Buffer.alloc(3))).toBe(false);
  });
});
