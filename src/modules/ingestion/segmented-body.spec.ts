import { describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { SegmentedBody, spansCovering } from './segmented-body.js';

describe('spansCovering', () => {
  it('fills the gaps between the marked ranges and around them', () => {
    expect(
      spansCovering(10, [
        [6, 8],
        [2, 4],
      ]),
    ).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ]);
    expect(spansCovering(4, [[0, 4]])).toEqual([[0, 4]]);
    expect(spansCovering(0, [])).toEqual([[0, 0]]);
  });
});

describe('SegmentedBody', () => {
  const text = 'héllo, wörld: 🙂 and the rest of it';
  const bytes = () => Buffer.from(text);
  const spans = spansCovering(Buffer.byteLength(text), [
    [3, 9],
    [15, 22],
  ]);

  it('reads any byte range before and after compression, across spans and multi-byte characters', async () => {
    const body = new SegmentedBody(bytes(), spans);
    const ranges: Array<[number, number]> = [
      [0, 3],
      [3, 9],
      [4, 16],
      [0, Buffer.byteLength(text)],
      [15, 22],
    ];
    const before = ranges.map(([from, to]) => body.text(from, to));
    const payload = await body.compress(1);
    expect(ranges.map(([from, to]) => body.text(from, to))).toEqual(before);
    expect(before[3]).toBe(text);
    expect(gunzipSync(payload).toString()).toBe(text);
  });

  it('no longer reads the decoded bytes once compressed', async () => {
    const decoded = bytes();
    const body = new SegmentedBody(decoded, spans);
    await body.compress(6);
    decoded.fill(0x78);
    expect(body.text(0, decoded.length)).toBe(text);
  });
});
