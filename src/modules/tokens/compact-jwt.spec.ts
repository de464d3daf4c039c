import { describe, expect, it } from '@jest/globals';
import { createPublicKey } from 'node:crypto';
import { jwtVerify } from 'jose';
import { signCompactJwt } from './compact-jwt.js';
import { loadSigningKey, newSigningKey, SigningAlgorithm } from './signing-keys.js';

describe('signCompactJwt', () => {
  it.each<SigningAlgorithm>(['EdDSA', 'ES256'])('makes %s tokens that jose verifies', async (alg) => {
    const key = await loadSigningKey(await newSigningKey(alg));
    const now = Math.floor(Date.now() / 1000);
    const token = signCompactJwt(
      { alg, kid: key.kid, typ: 'at+jwt' },
      {
        scope: 'sdk',
        iss: 'wearbridge',
        aud: 'wearbridge-api',
        sub: 'user-1',
        jti: 'j',
        iat: now,
        exp: now + 60,
      },
      key.signingKey,
    );
    const { payload, protectedHeader } = await jwtVerify(token, key.publicKey, {
      algorithms: [alg],
      issuer: 'wearbridge',
      audience: 'wearbridge-api',
      typ: 'at+jwt',
    });
    expect(protectedHeader).toEqual({ alg, kid: key.kid, typ: 'at+jwt' });
    expect(payload).toMatchObject({ scope: 'sdk', sub: 'user-1', jti: 'j', exp: now + 60 });
  });

  it('fails verification once a payload byte changes', async () => {
    const key = await loadSigningKey(await newSigningKey('EdDSA'));
    const token = signCompactJwt({ alg: 'EdDSA', kid: key.kid, typ: 'at+jwt' }, { sub: 'a' }, key.signingKey);
    const [header, , signature] = token.split('.');
    const forged = `${header}.${Buffer.from('{"sub":"b"}').toString('base64url')}.${signature}`;
    await expect(jwtVerify(forged, createPublicKey(key.signingKey))).rejects.toThrow(/signature/);
  });

  it('is byte-identical for the same EdDSA input (what a replayed refresh relies on)', async () => {
    const key = await loadSigningKey(await newSigningKey('EdDSA'));
    const sign = () =>
      signCompactJwt({ alg: 'EdDSA', kid: key.kid, typ: 'at+jwt' }, { sub: 'a', iat: 1 }, key.signingKey);
    expect(sign()).toBe(sign());
  });
});
