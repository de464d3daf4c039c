import { describe, expect, it } from '@jest/globals';
import {
  findUnstorableText,
  isStorableText,
  mayEscapeUnstorableText,
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
    expect(findUnstorableText(JSON.parse('{"records":[{"id":"a"},{"id":"b\\u0000"}]}'))).toEqual({
      path: 'records.1.id',
    });
  });

  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    const deep = (n: number) => Buffer.from('['.repeat(n) + ']'.repeat(n));
    expect(nestsDeeperThan(deep(64), 64)).toBe(false);
    expect(nestsDeeperThan(deep(65), 64)).toBe(true);
    expect(nestsDeeperThan(deep(5000), 64)).toBe(true);
    expect(nestsDeeperThan(Buffer.from(JSON.stringify({ s: '[[[[[[[[\\"[[[[' })), 2)).toBe(false);
    expect(nestsDeeperThan(Buffer.from('{"a\\\\":[[[1]]]}'), 3)).toBe(true); // the quote after an escaped backslash closes
    expect(nestsDeeperThan(Buffer.from('{"a\\\\\\"[[[":1}'), 2)).toBe(false); // an escaped quote does not
    expect(nestsDeeperThan(Buffer.from('{"never closed [[[['), 2)).toBe(false);
  });

  it('tells JSON that cannot decode to unstorable text by the absence of \\u escapes', () => {
    expect(mayEscapeUnstorableText(Buffer.from('{"a":"héllo 😀 [\\n]"}'))).toBe(false);
    expect(mayEscapeUnstorableText(Buffer.from('{"a":"x\\u0000"}'))).toBe(true);
    expect(mayEscapeUnstorableText(Buffer.from('{"a":"\\ud800"}'))).toBe(true);
    // Undecodable bytes and lone surrogates written as UTF-8 decode to U+FFFD, which is storable.
    const text = Buffer.concat([
      Buffer.from('{"a":"'),
      Buffer.from([0xed, 0xa0, 0x80, 0xff]),
      Buffer.from('"}'),
    ]);
    expect(mayEscapeUnstorableText(text)).toBe(false);
    expect(findUnstorableText(JSON.parse(text.toString('utf8')))).toBeUndefined();
  });
});
