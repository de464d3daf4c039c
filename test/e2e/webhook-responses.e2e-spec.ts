import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RESPONSE_READ_LIMIT_BYTES } from '../../src/modules/webhooks/http-sender.js';
import { seedTenant } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import {
  eventually,
  FAST_WEBHOOKS,
  Receiver,
  type ReceiverAnswer,
  registerEndpoint,
} from './webhook-helpers.js';

const hooks = (appId: string) => `/api/v1/applications/${appId}/webhooks`;

interface Attempt {
  status_code: number | null;
  error: string | null;
  response_excerpt: string | null;
  response_content_type: string | null;
}

describe('Webhook attempt responses', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await startTestApp(FAST_WEBHOOKS);
    tenant = await seedTenant(t);
    receiver = await new Receiver().start();
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });
  beforeEach(async () => {
    await t.db.query('DELETE FROM webhook_endpoints');
    receiver.received.length = 0;
    receiver.answers = [];
  });

  /** Sends a test event to a new endpoint whose receiver answers `first`, then 200 `ok`; returns both attempts. */
  async function attemptsAfter(first: ReceiverAnswer): Promise<Attempt[]> {
    const { id } = await registerEndpoint(t, tenant.app.appId, tenant.operator.auth, { url: receiver.url });
    receiver.answers = [first];
    await t.http
      .post(`${hooks(tenant.app.appId)}/${id}/test`)
      .set(tenant.operator.auth)
      .expect(202);
    return eventually(async () => {
      const page = await t.http
        .get(`${hooks(tenant.app.appId)}/${id}/deliveries`)
        .set(tenant.operator.auth)
        .expect(200);
      const delivery = page.body.items[0];
      return delivery?.state === 'succeeded' ? (delivery.attempts as Attempt[]) : undefined;
    }, 'the delivery to succeed on its second attempt');
  }

  it("shows a failed attempt's response body and content type in the attempts list, and never logs it", async () => {
    const body = '{"title":"receiver database unavailable","detail":"try again"}';
    const attempts = await attemptsAfter({ status: 500, body, contentType: 'application/problem+json' });
    expect(attempts).toEqual([
      {
        attempted_at: expect.any(String),
        latency_ms: expect.any(Number),
        status_code: 500,
        error: null,
        response_excerpt: body,
        response_content_type: 'application/problem+json',
      },
      expect.objectContaining({ status_code: 200, response_excerpt: 'ok', response_content_type: null }),
    ]);
    expect(t.logs.join('\n')).not.toContain('receiver database unavailable');
  });

  it('cuts a body longer than the limit at the limit, without a broken last character', async () => {
    // One byte, then 3-byte characters: the limit falls inside a character, which is left out whole.
    const body = `x${'€'.repeat(RESPONSE_READ_LIMIT_BYTES)}`;
    const [failed] = await attemptsAfter({ status: 503, body, contentType: 'text/plain; charset=utf-8' });
    const kept = Math.floor((RESPONSE_READ_LIMIT_BYTES - 1) / 3);
    expect(failed.status_code).toBe(503);
    expect(failed.response_excerpt).toBe(`x${'€'.repeat(kept)}`);
    expect(Buffer.byteLength(failed.response_excerpt!)).toBeLessThanOrEqual(RESPONSE_READ_LIMIT_BYTES);
    expect(failed.response_content_type).toBe('text/plain; charset=utf-8');
  });

  it('stores a body with invalid UTF-8 and a NUL cleaned', async () => {
    const body = Buffer.concat([
      Buffer.from('bad'),
      Buffer.from([0x00, 0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]),
      Buffer.from(' end'),
    ]);
    const [failed] = await attemptsAfter({ status: 500, body });
    expect(failed.status_code).toBe(500);
    expect(failed.response_excerpt).toBe('bad\ufffd(\ufffd\ufffd\ufffd\ufffd end');
    const { rows } = await t.db.query(
      'SELECT response_excerpt FROM webhook_attempts WHERE status_code = 500',
    );
    expect(rows).toEqual([{ response_excerpt: failed.response_excerpt }]);
  });
});
