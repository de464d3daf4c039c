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
    expect(result).toMatchObject({ statusCode: 200, error: null });
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

  it('stops reading a large response body', async () => {
    const result = await send('/big');
    expect(result.statusCode).toBe(200);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const result = await send('/slow', true, 300);
    expect(result).toMatchObject({ statusCode: null, error: 'no response within 0.3 s' });
  });
});
