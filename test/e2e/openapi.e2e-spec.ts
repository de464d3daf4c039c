import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';

interface Operation {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

/** Endpoints whose errors are not problem documents by contract. */
const OTHER_ERROR_SHAPES = new Set([
  'post /api/v1/oauth/token 400', // RFC 6749 §5.2
  'post /api/v1/oauth/token 401',
  'post /api/v1/oauth/token 429',
  'post /api/v1/oauth/revoke 400',
  'post /api/v1/oauth/revoke 401',
  'post /api/v1/oauth/introspect 400',
  'post /api/v1/oauth/introspect 401',
  'post /api/v1/oauth/introspect 429',
  'get /health/ready 503', // terminus' health report
]);

/** Reads its own body and answers an over-limit one 202 quarantined: a 413 would loop the newest SDKs. */
const NEVER_413 = new Set(['post /api/v1/sdk/users/{user_id}/sync']);

// The committed document: it is built with the swagger CLI plugin (response types from return types), which the
// test transform does not run, and CI fails when it differs from what the code generates.
describe('OpenAPI document (openapi.json)', () => {
  let operations: [string, Operation][];
  beforeAll(async () => {
    const document = JSON.parse(await readFile(new URL('../../openapi.json', import.meta.url), 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(
        ([method, operation]) => [`${method} ${path}`, operation] as [string, Operation],
      ),
    );
  });

  it('names, tags and gives a success response to every operation', () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const [name, operation] of operations) {
      expect([name, Boolean(operation.operationId), (operation.tags?.length ?? 0) > 0]).toEqual([
        name,
        true,
        true,
      ]);
      expect([name, Object.keys(operation.responses).some((status) => status.startsWith('2'))]).toEqual([
        name,
        true,
      ]);
    }
  });

  it('documents 401 wherever credentials are required', () => {
    for (const [name, operation] of operations.filter(([, op]) => (op.security ?? []).length > 0))
      expect([name, '401' in operation.responses]).toEqual([name, true]);
  });

  it('documents the body parsers’ 400, 413 and 415 on every operation that takes a body', () => {
    const withBody = operations.filter(([, op]) => op.requestBody);
    expect(withBody.length).toBeGreaterThan(10);
    for (const [name, operation] of withBody)
      for (const status of ['400', '413', '415'])
        expect([name, status, status in operation.responses]).toEqual([
          name,
          status,
          !(status === '413' && NEVER_413.has(name)),
        ]);
  });

  it('describes every error as application/problem+json, except where a standard says otherwise', () => {
    for (const [name, operation] of operations)
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400 || OTHER_ERROR_SHAPES.has(`${name} ${status}`)) continue;
        expect([name, status, Object.keys(response.content ?? {})]).toEqual([
          name,
          status,
          ['application/problem+json'],
        ]);
      }
  });
});
