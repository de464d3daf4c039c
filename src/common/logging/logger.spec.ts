import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { createLogger, logDestination } from './logger.js';
import { requestContext } from './request-context.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('createLogger', () => {
  it('redacts secret-like keys at any depth', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        app_secret: 'secret_abc',
        nested: { refresh_token: 'rt-1', password: 'p', Authorization: 'Bearer x' },
        ok: 1,
      },
      'event',
    );
    const line = lines.join('');
    expect(line).not.toMatch(/secret_abc|rt-1|Bearer x|"p"/);
    expect(JSON.parse(line)).toMatchObject({
      ok: 1,
      app_secret: '[redacted]',
      nested: { password: '[redacted]' },
    });
  });
});

describe('request context in log lines', () => {
  it('names the request on every line written while serving it, after awaits too', async () => {
    const { lines, logger } = capture();
    await requestContext.run({ requestId: 'req-42' }, async () => {
      logger.info('before');
      await new Promise((resolve) => setImmediate(resolve));
      logger.warn('after');
    });
    logger.info('outside');
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed.map((line) => [line.msg, line.requestId])).toEqual([
      ['before', 'req-42'],
      ['after', 'req-42'],
      ['outside', undefined],
    ]);
  });
});

describe('logDestination', () => {
  it('writes JSON lines when not on a terminal and readable lines when asked to', () => {
    expect(logDestination('auto', false)).not.toHaveProperty('_transform');
    expect(logDestination('pretty', false)).toHaveProperty('_transform');
    expect(logDestination('json', true)).not.toHaveProperty('_transform');
  });
});
