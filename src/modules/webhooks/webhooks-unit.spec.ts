import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { nextAttemptAt } from './retry-schedule.js';
import { SecretBox } from './secret-box.js';
import { generateSigningSecret, signedHeaders } from './signing.js';
import { isPublicAddress, parseWebhookUrl } from './url-policy.js';

describe('signedHeaders', () => {
  it('produces signatures the standardwebhooks package verifies, one per secret', () => {
    const [a, b] = [generateSigningSecret(), generateSigningSecret()];
    const body = JSON.stringify({ type: 'webhook.test', timestamp: new Date().toISOString(), data: {} });
    const headers = signedHeaders([a, b], 'msg_abc', Math.floor(Date.now() / 1000), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(a).verify(body, headers)).toBeTruthy();
    expect(new Webhook(b).verify(body, headers)).toBeTruthy();
    expect(() => new Webhook(generateSigningSecret()).verify(body, headers)).toThrow();
  });
});

describe('SecretBox', () => {
  it('round-trips a secret and refuses another key', () => {
    const box = new SecretBox(randomBytes(32));
    const sealed = box.seal('whsec_abc');
    expect(sealed.toString('latin1')).not.toContain('whsec_abc');
    expect(box.open(sealed)).toBe('whsec_abc');
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow('another key');
  });
});

describe('nextAttemptAt', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('follows the schedule with jitter and ends after its last entry', () => {
    expect(nextAttemptAt(1, [5, 30], 0.2, now, () => 0.5)).toEqual(new Date('2026-01-01T00:00:05Z'));
    expect(nextAttemptAt(2, [5, 30], 0.2, now, () => 1)).toEqual(new Date('2026-01-01T00:00:36Z'));
    expect(nextAttemptAt(2, [5, 30], 0.2, now, () => 0)).toEqual(new Date('2026-01-01T00:00:24Z'));
    expect(nextAttemptAt(3, [5, 30], 0.2, now)).toBeNull();
  });
});

describe('URL policy', () => {
  it.each([
    ['8.8.8.8', true],
    ['2606:4700::1111', true],
    ['127.0.0.1', false],
    ['10.0.0.1', false],
    ['172.16.0.1', false],
    ['192.168.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00:ec2::254', false],
    ['::ffff:10.0.0.1', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('requires https in production', () => {
    expect(() =>
      parseWebhookUrl('http://example.com/x', { requireHttps: true, allowPrivateNetworks: false }),
    ).toThrow('url must use https');
    expect(
      parseWebhookUrl('https://example.com/x', { requireHttps: true, allowPrivateNetworks: false }).host,
    ).toBe('example.com');
  });
});
