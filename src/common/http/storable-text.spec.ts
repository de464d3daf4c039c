import { describe, expect, it } from '@jest/globals';
import { findUnstorableText, isStorableText, nestsDeeperThan } from './storable-text.js';

describe('storable text', () => {
  it('refuses NUL and unpaired surrogates, keeps pairs and ordinary text', () => {
    expect(isStorableText('héllo 😀')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('\ud800')).toBe(false);
    expect(isStorableText('x\udc00')).toBe(false);
    expect(isStorableText('\ud83d\ude00')).toBe(true);
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
