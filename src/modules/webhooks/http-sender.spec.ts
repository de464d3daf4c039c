import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { RESPONSE_READ_LIMIT_BYTES, sendWebhook } from './http-sender.js';

describe('sendWebhook', () => {
  let server: http.Server;
  let base: string;
  const hits: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url!);
      req.resume();
      if (req.url === '/redirect') {
        res.writeHead(302, { location: '/ok' });
        res.end();
      } else if (req.url === '/big') {
        res.writeHead(200);
        res.end(Buffer.alloc(RESPONSE_READ_LIMIT_BYTES * 64, 'x'));
      } else if (req.url === '/endless') {
        // More than the limit, then the body never ends: the sender must stop at the limit, not wait.
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write(Buffer.alloc(RESPONSE_READ_LIMIT_BYTES + 1, 'y'));
      } else if (req.url === '/error') {
        res.writeHead(500, { 'content-type': 'application/problem+json' });
        res.end('{"title":"database down"}');
      } else if (req.url === '/garbled') {
        res.writeHead(502);
        res.end(Buffer.from([0x6f, 0x6b, 0x00, 0xff, 0xfe, 0x21]));
      } else if (req.url === '/slow') {
        // Never answers; the sender's timeout ends it.
      } else res.end('ok');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const send = (path: string, allowPrivateNetworks = true, timeoutMs = 5000) =>
    sendWebhook({
      url: `${base}${path}`,
      headers: { 'webhook-id': 'msg_1' },
      body: '{}',
      timeoutMs,
      policy: { requireHttps: false, allowPrivateNetworks },
    });

  it('posts and reports the status and latency', async () => {
    const result = await send('/ok');
    expect(result).toMatchObject({
      statusCode: 200,
      error: null,
      responseExcerpt: 'ok',
      responseContentType: null,
    });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('checks where the host resolves at delivery time and never connects to a refused address', async () => {
    const before = hits.length;
    const result = await send('/ok', false);
    expect(result.statusCode).toBeNull();
    expect(result.error).toContain('loopback');
    expect(hits.length).toBe(before);
  });

  it('does not follow redirects', async () => {
    const result = await send('/redirect');
    expect(result).toMatchObject({ statusCode: 302, error: 'redirect not followed' });
    expect(hits.filter((h) => h === '/ok').length).toBe(1);
  });

  it('stops reading a large response body and keeps its first bytes', async () => {
    const result = await send('/big');
    expect(result.statusCode).toBe(200);
    expect(result.responseExcerpt).toBe('x'.repeat(RESPONSE_READ_LIMIT_BYTES));
  });

  it('does not wait for the end of a body longer than the limit', async () => {
    const result = await send('/endless', true, 60_000);
    expect(result).toMatchObject({ statusCode: 200, error: null, responseContentType: 'text/plain' });
    expect(result.responseExcerpt).toBe('y'.repeat(RESPONSE_READ_LIMIT_BYTES));
  });

  it("keeps an error response's body and content type", async () => {
    const result = await send('/error');
    expect(result).toMatchObject({
      statusCode: 500,
      responseExcerpt: '{"title":"database down"}',
      responseContentType: 'application/problem+json',
    });
  });

  it('replaces invalid UTF-8 and removes NUL from the excerpt', async () => {
    const result = await send('/garbled');
    expect(result).toMatchObject({ statusCode: 502, responseExcerpt: 'ok\ufffd\ufffd!' });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const result = await send('/slow', true, 300);
    expect(result).toMatchObject({
      statusCode: null,
      error: 'no response within 0.3 s',
      responseExcerpt: null,
      responseContentType: null,
    });
  });
});
