import { describe, expect, it } from '@jest/globals';
import { parseBasicAuthorization } from './basic-credentials.js';

const basic = (text: string) => `Basic ${Buffer.from(text, 'utf8').toString('base64')}`;

describe('parseBasicAuthorization', () => {
  it('reads id:secret, percent-decoding both (RFC 6749 §2.3.1)', () => {
    expect(parseBasicAuthorization(basic('app_1:s3cr%3At'))).toEqual({
      kind: 'credentials',
      credentials: { id: 'app_1', secret: 's3cr:t' },
    });
    expect(parseBasicAuthorization(`basic   ${Buffer.from('a:b:c').toString('base64')}`)).toEqual({
      kind: 'credentials',
      credentials: { id: 'a', secret: 'b:c' },
    });
    expect(parseBasicAuthorization(basic('a:'))).toEqual({
      kind: 'credentials',
      credentials: { id: 'a', secret: '' },
    });
  });

  it.each([undefined, '', 'Bearer abc.def.ghi', 'abc.def.ghi', 'Digest x'])('ignores %p', (header) => {
    expect(parseBasicAuthorization(header).kind).toBe('absent');
  });

  it.each([
    ['no credentials', 'Basic'],
    ['not base64', 'Basic %%%%'],
    ['bad padding', 'Basic YWJj='],
    ['two tokens', `${basic('a:b')} extra`],
    ['bad UTF-8', `Basic ${Buffer.from([0x61, 0x3a, 0xff, 0xfe]).toString('base64')}`],
    ['no colon', basic('justanid')],
    ['empty id', basic(':secret')],
    ['bad escape in the id', basic('a%:b')],
    ['bad escape in the secret', basic('id:%zz')],
    ['an escaped lone surrogate', basic('id:%ED%A0%80')],
    ['NUL', basic('id%00:b')],
  ])('calls %s malformed', (_name, header) => {
    const parsed = parseBasicAuthorization(header);
    expect(parsed.kind).toBe('malformed');
    expect(parsed.kind === 'malformed' && parsed.reason).toMatch(/Basic credentials/);
  });
});
