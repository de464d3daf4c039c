import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { TestApp } from '../setup/test-app.js';

export interface Received {
  headers: Record<string, string>;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> };
}

/** How the receiver answers one request: a status (with the body `ok`), or a status with its own body. */
export type ReceiverAnswer = number | { status: number; body: string | Buffer; contentType?: string };

/**
 * A real HTTP receiver on 127.0.0.1. `answers` is consumed one answer per request (then 200 `ok` for ever);
 * `secrets` verifies every request with the standardwebhooks package, a verifier that is not ours.
 */
export class Receiver {
  readonly received: Received[] = [];
  readonly rejected: string[] = [];
  answers: ReceiverAnswer[] = [];
  secrets: string[] = [];
  private server: http.Server | null = null;
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]),
        );
        for (const secret of this.secrets) {
          try {
            new Webhook(secret).verify(body, headers);
          } catch (error) {
            this.rejected.push(`${secret.slice(0, 10)}: ${(error as Error).message}`);
          }
        }
        this.received.push({ headers, body, json: JSON.parse(body) });
        const answer = this.answers.shift() ?? 200;
        if (typeof answer === 'number') {
          res.statusCode = answer;
          res.end('ok');
          return;
        }
        res.statusCode = answer.status;
        if (answer.contentType) res.setHeader('content-type', answer.contentType);
        res.end(answer.body);
      });
    });
    this.server.listen(port, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  ofType(type: string): Received[] {
    return this.received.filter((r) => r.json.type === type);
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}

/** Polls until `check` returns a value that is not undefined/false, or fails after the deadline. */
export async function eventually<T>(
  check: () => T | Promise<T>,
  what: string,
  deadlineMs = 15_000,
): Promise<NonNullable<T>> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Environment of a test app that delivers quickly to a local receiver. */
export const FAST_WEBHOOKS = {
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
  WEBHOOKS_POLL_SECONDS: '0.5',
  WEBHOOKS_RETRY_SCHEDULE_SECONDS: '0,0,0,0',
  WEBHOOKS_RETRY_JITTER: '0',
  WEBHOOKS_SUMMARY_WINDOW_SECONDS: '1',
};

export async function registerEndpoint(
  t: TestApp,
  appId: string,
  auth: Record<string, string>,
  body: Record<string, unknown>,
): Promise<{ id: string; secret: string }> {
  const response = await t.http
    .post(`/api/v1/applications/${appId}/webhooks`)
    .set(auth)
    .send(body)
    .expect(201);
  return { id: response.body.id, secret: response.body.secret };
}

export function heartRateRecords(count: number, day = '2026-03-01', offset = 0) {
  const base = Date.parse(`${day}T08:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(base + (offset + i) * 60_000).toISOString().replace('.000Z', 'Z');
    return {
      id: `hr-${day}-${offset + i}`,
      type: 'HKQuantityTypeIdentifierHeartRate',
      startDate: at,
      endDate: at,
      zoneOffset: '+02:00',
      source: { appId: 'com.apple.health', name: 'Watch', deviceModel: 'Watch6,18', deviceType: 'watch' },
      value: 60 + (i % 40),
      unit: 'bpm',
      parentId: null,
      metadata: null,
    };
  });
}

export function envelope(records: unknown[], provider = 'apple') {
  return {
    provider,
    sdkVersion: '0.13.0',
    syncTimestamp: new Date().toISOString(),
    data: { records, sleep: [], workouts: [] },
  };
}
