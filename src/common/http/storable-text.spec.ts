import { describe, expect, it } from '@jest/globals';
import {
  findUnstorableText,
  isStorableText,
  nestsDeeperThan,
  storableUtf8,
  toStorableText,
} from './storable-text.js';

describe('storable text', () => {
  it('refuses NUL and unpaired surrogates, keeps pairs and ordinary text', () => {
    expect(isStorableText('héllo 😀')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('\ud800')).toBe(false);
    expect(isStorableText('x\udc00')).toBe(false);
    expect(isStorableText('\ud83d\ude00')).toBe(true);
  });

  it('removes NUL and unpaired surrogates, keeping pairs', () => {
    expect(toStorableText('a\u0000b\ud800c\udc00d\ud83d\ude00')).toBe('abcd\ud83d\ude00');
    expect(isStorableText(toStorableText('\udc00\ud800\u0000'))).toBe(true);
  });

  it('decodes UTF-8 bytes as storable text: invalid bytes replaced, a cut-off last character dropped', () => {
    expect(storableUtf8(Buffer.from('héllo\u0000 😀'))).toBe('héllo 😀');
    expect(storableUtf8(Buffer.from([0x61, 0xff, 0x62, 0xed, 0xa0, 0x80, 0x63]))).toBe(
      'a\ufffdb\ufffd\ufffd\ufffdc',
    );
    expect(storableUtf8(Buffer.from('ab😀').subarray(0, 4))).toBe('ab');
  });

  it('finds the first unstorable string or key in a JSON value, by path', () => {
    expect(findUnstorableText({ a: [1, 'ok', { b: 'x\u0000' }] })).toEqual({ path: 'a.2.b' });
    expect(findUnstorableText({ ['k\ud800']: 1 })).toEqual({ path: '(a key)' });
    expect(findUnstorableText('\ud800')).toEqual({ path: '(body)' });
    expect(findUnstorableText({ fine: ['😀', null, 3] })).toBeUndefined();
  });

  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    const deep = (n: number) => Buffer.from('['.repeat(n) + ']'.repeat(n));
    expect(nestsDeeperThan(deep(64), 64)).toBe(false);
    expect(nestsDeeperThan(deep(65), 64)).toBe(true);
    expect(nestsDeeperThan(deep(5000), 64)).toBe(true);
    expect(nestsDeeperThan(Buffer.from(JSON.stringify({ s: '[[[[[[[[\\"[[[[' })), 2)).toBe(false);
  });
});
