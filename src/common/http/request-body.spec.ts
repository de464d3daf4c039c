import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { AppError } from '../errors/app-error.js';
import { BudgetHold, ByteBudget, readBody, readsItsOwnBody, READS_OWN_BODY } from './request-body.js';

const text = Buffer.from(JSON.stringify({ provider: 'apple', data: { records: Array(200).fill({ a: 1 }) } }));
const sha = (b: Buffer) => createHash('sha256').update(b).digest();

function body(chunks: Buffer[], headers: Record<string, string> = {}) {
  return { stream: Readable.from(chunks), headers };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a failure');
}

describe('readBody', () => {
  const options = () => ({ limit: 64 * 1024, budget: new ByteBudget(1024 * 1024) });

  it.each([
    ['identity', (b: Buffer) => b],
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync],
    ['br', brotliCompressSync],
  ] as const)('decodes %s and hashes the decoded bytes', async (encoding, encode) => {
    const wire = encode(text);
    const chunks = [wire.subarray(0, 7), wire.subarray(7, 100), wire.subarray(100)];
    const raw = await readBody(body(chunks, { 'content-encoding': encoding }), options());
    expect(raw.bytes.equals(text)).toBe(true);
    expect(raw.sha256.equals(sha(text))).toBe(true);
    expect(raw.wireBytes).toBe(wire.length);
    expect(raw.gzipWire?.equals(wire) ?? null).toBe(encoding === 'gzip' ? true : null);
  });

  it('refuses past the decoded limit with 413, also for a small gzip bomb, and frees its budget', async () => {
    const budget = new ByteBudget(1024 * 1024);
    const bomb = gzipSync(Buffer.alloc(1024 * 1024));
    const error = await failure(
      readBody(body([bomb], { 'content-encoding': 'gzip' }), { limit: 64 * 1024, budget }),
    );
    expect(error.status).toBe(413);
    expect(error.detail).toContain('65536');
    expect(budget.inUse).toBe(0);
  });

  it('refuses a declared Content-Length above the limit before reading', async () => {
    const error = await failure(readBody(body([text], { 'content-length': String(10 ** 9) }), options()));
    expect(error.status).toBe(413);
  });

  it('answers 400 for a corrupt stream and 415 for an unknown encoding', async () => {
    const gz = gzipSync(text);
    gz.fill(0, 12, 40);
    expect((await failure(readBody(body([gz], { 'content-encoding': 'gzip' }), options()))).status).toBe(400);
    expect((await failure(readBody(body([text], { 'content-encoding': 'zstd-x' }), options()))).status).toBe(
      415,
    );
  });

  it('answers 503 when the process byte budget is held by other requests, and holds nothing afterwards', async () => {
    const budget = new ByteBudget(100);
    const other = new BudgetHold();
    expect(budget.tryReserve(60, other)).toBe(true);
    const error = await failure(readBody(body([text]), { limit: 64 * 1024, budget }));
    expect(error.status).toBe(503);
    expect(error.options.headers?.['Retry-After']).toBeDefined();
    expect(budget.inUse).toBe(60);
  });

  it('reserves a declared length before reading, so that uploads arriving later see it at once', async () => {
    const budget = new ByteBudget(text.length + 10);
    const stream = new PassThrough();
    const reading = readBody(
      { stream, headers: { 'content-length': String(text.length) } },
      { limit: 64 * 1024, budget },
    );
    stream.write(text.subarray(0, 5));
    await new Promise((resolve) => setImmediate(resolve));
    expect(budget.inUse).toBe(text.length);
    const later = new BudgetHold();
    expect(budget.tryReserve(20, later)).toBe(false);
    stream.end(text.subarray(5));
    const raw = await reading;
    expect(raw.bytes.equals(text)).toBe(true);
    expect(budget.inUse).toBe(text.length);
    budget.release(raw.hold);
    expect(budget.inUse).toBe(0);
  });

  it('answers 503 before reading when a declared length does not fit beside other uploads', async () => {
    const budget = new ByteBudget(text.length + 10);
    const other = new BudgetHold();
    expect(budget.tryReserve(20, other)).toBe(true);
    const error = await failure(
      readBody(body([text], { 'content-length': String(text.length) }), { limit: 64 * 1024, budget }),
    );
    expect(error.status).toBe(503);
    expect(budget.inUse).toBe(20);
  });

  it('reads a body larger than the whole budget when no other request holds any, and releases it', async () => {
    const budget = new ByteBudget(100);
    const raw = await readBody(body([text.subarray(0, 50), text.subarray(50)]), { limit: 64 * 1024, budget });
    expect(raw.bytes.equals(text)).toBe(true);
    expect(budget.inUse).toBe(text.length);
    budget.release(raw.hold);
    expect(budget.inUse).toBe(0);
  });

  it('reads an empty body as empty', async () => {
    const raw = await readBody(body([]), options());
    expect(raw.bytes.length).toBe(0);
  });
});

describe('readsItsOwnBody', () => {
  const route = (config: Record<string, unknown> | undefined) =>
    ({ routeOptions: { config } }) as unknown as Parameters<typeof readsItsOwnBody>[0];

  it('claims only routes marked with @ReadsOwnBody()', () => {
    expect(readsItsOwnBody(route({ [READS_OWN_BODY]: true }))).toBe(true);
    expect(readsItsOwnBody(route({}))).toBe(false);
    expect(readsItsOwnBody(route({ [READS_OWN_BODY]: 'yes' }))).toBe(false);
    expect(readsItsOwnBody(route(undefined))).toBe(false);
  });
});

describe('ByteBudget', () => {
  it('lets the oldest holder grow past the capacity and refuses the others until it releases', () => {
    const budget = new ByteBudget(100);
    const [first, second, third] = [new BudgetHold(), new BudgetHold(), new BudgetHold()];
    expect(budget.tryReserve(40, first)).toBe(true);
    expect(budget.tryReserve(40, second)).toBe(true);
    expect(budget.tryReserve(40, third)).toBe(false);
    expect(budget.tryReserve(40, second)).toBe(false);
    // The oldest always finishes, so bodies that arrive together cannot all be cut off half-way on every retry.
    expect(budget.tryReserve(500, first)).toBe(true);
    expect(budget.inUse).toBe(580);
    budget.release(first);
    expect(budget.inUse).toBe(40);
    expect(budget.tryReserve(500, second)).toBe(true);
    expect(budget.tryReserve(1, third)).toBe(false);
    budget.release(second);
    expect(budget.tryReserve(40, third)).toBe(true);
    expect(budget.inUse).toBe(40);
  });
});
