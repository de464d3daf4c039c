import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

/**
 * A large body's bytes as consecutive spans that can be traded for their gzip members once the body is journaled: the
 * members, concatenated, are the stored payload (RFC 1952 allows a gzip file of several members, and gunzip reads
 * them all), and each span is then read back on its own. A 64 MiB body is then held as a few MiB of compressed
 * spans while normalization reads its items a pass at a time, not as 64 MiB of decoded bytes.
 */
export class SegmentedBody {
  private bytes: Buffer | null;
  private members: Buffer[] | null = null;
  private readonly starts: number[];

  /** `spans` cover the body in order, each [from, to), with no gap (see spansCovering). */
  constructor(
    bytes: Buffer,
    private readonly spans: Array<[number, number]>,
  ) {
    this.bytes = bytes;
    this.starts = spans.map(([from]) => from);
  }

  /** The body's text from `from` to `to` (byte offsets). */
  text(from: number, to: number): string {
    if (this.bytes) return this.bytes.toString('utf8', from, to);
    let i = this.spanAt(from);
    const base = this.spans[i]![0];
    const parts: Buffer[] = [];
    for (; i < this.spans.length && this.spans[i]![0] < to; i++)
      parts.push(zlib.gunzipSync(this.members![i]!));
    const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    return joined.toString('utf8', from - base, to - base);
  }

  /**
   * Compresses every span (on the libuv pool), keeps the members instead of the bytes, and answers the
   * whole body's gzip: their concatenation. The members are views of it, so it is held once.
   */
  async compress(level: number): Promise<Buffer> {
    const bytes = this.bytes!;
    const members = new Array<Buffer>(this.spans.length);
    let next = 0;
    // Two at a time: each compressor holds its own state and output (a few hundred KiB); two keep both cores busy.
    const worker = async () => {
      for (let i = next++; i < this.spans.length; i = next++) {
        const [from, to] = this.spans[i]!;
        members[i] = await gzip(bytes.subarray(from, to), { level });
      }
    };
    await Promise.all([worker(), worker()]);
    const payload = Buffer.concat(members);
    let at = 0;
    this.members = members.map((member) => payload.subarray(at, (at += member.length)));
    this.bytes = null;
    return payload;
  }

  /** The index of the span holding byte `offset`. */
  private spanAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** Sorted, non-overlapping `marked` ranges within [0, length), with the gaps between them: spans covering it all. */
export function spansCovering(length: number, marked: Array<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const [from, to] of [...marked].sort((a, b) => a[0] - b[0])) {
    if (from > at) spans.push([at, from]);
    spans.push([from, to]);
    at = to;
  }
  if (at < length || spans.length === 0) spans.push([at, length]);
  return spans;
}
