import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { SigningKeysService } from '../../src/modules/tokens/signing-keys.service.js';
import { seedApiKey, seedTenant } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

/**
 * Table-driven hostile input, generated from openapi.json: for every operation, every path and query parameter and
 * every body field (one level into arrays of objects), a set of hostile values, sent with each credential the
 * operation accepts. Nothing may answer 5xx; every 4xx is problem+json with a string `detail` (the OAuth token
 * endpoint: RFC 6749 JSON with a string `error_description`). Responses are also checked against their documented
 * schemas by the test app's HTTP wrapper.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: Array<Record<string, string[]>>;
}

const document = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const EXAMPLE_SYNC = JSON.parse(
  readFileSync(new URL('../../examples/ios-sync-payload.json', import.meta.url), 'utf8'),
) as { data: Record<string, Array<Record<string, Json>>> } & Record<string, Json>;

const LONG = 'x'.repeat(10_000);

/** Query values, already percent-encoded (so bad escapes and invalid UTF-8 reach the server as sent). */
const QUERY_VALUES: string[] = [
  '',
  LONG,
  '-1',
  '0',
  '1.5',
  '1e21',
  '12345678901234567890',
  'NaN',
  '%00',
  'a%00b',
  '%ED%A0%80', // a UTF-16 surrogate as UTF-8 bytes: not valid UTF-8
  '%zz',
  '2026-02-31',
  '2026-11-31T10:00:00Z',
  '0000-01-01',
  '-000001-01-01',
  '%2B275760-09-13',
  '10000-01-01',
  '%F0%9F%98%80',
  'constructor',
];

const PATH_VALUES: string[] = [
  'not-a-uuid',
  '%00',
  'a%00b',
  '%zz',
  '%ED%A0%80',
  'x'.repeat(200),
  '12345678901234567890',
  '%F0%9F%98%80',
  'constructor',
];

/** JSON values for body fields. */
const BODY_VALUES: Json[] = [
  null,
  -1,
  0,
  1.5,
  1e21,
  -1e21,
  'NaN',
  '',
  LONG,
  [],
  ['a'],
  {},
  true,
  '\u0000',
  'a\u0000b',
  '\ud800',
  'a\udc00',
  '😀',
  '2026-02-31T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '0000-01-01',
  'constructor',
  'valueOf',
];

/** Cursors are opaque but not signed: well-formed envelopes around keys no repository would produce. */
const CRAFTED_CURSORS = [
  'ts-raw',
  'ts-bucket',
  'batches',
  'workouts',
  'sleep',
  'summary-activity',
  'summary-sleep',
  'summary-body',
].flatMap((kind) =>
  [
    ['2026-02-31 00:00:00+00', 'x', 'not-a-uuid', 'x'],
    ['x\u0000', 'y', 'z'],
    ['+275760-09-13 00:00:00', '00000000-0000-0000-0000-000000000000'],
    ['9999-99-99'],
  ].map((key) => Buffer.from(JSON.stringify({ t: kind, d: 'next', k: key })).toString('base64url')),
);

/** The values most likely to break something, for the credentials other than the primary one. */
const FEW_QUERY_VALUES = ['a%00b', '1e21', '2026-02-31', '%zz'];
const FEW_BODY_VALUES: Json[] = [null, 'a\u0000b', '\ud800', 1e21, LONG];

function deep(levels: number, open: string, close: string, inner = '1'): string {
  return open.repeat(levels) + inner + close.repeat(levels);
}

/** Whole bodies, as raw JSON text. */
const WHOLE_BODIES: string[] = [
  deep(5000, '[', ']'),
  deep(5000, '{"a":', '}'),
  deep(65, '[', ']'),
  '[]',
  'null',
  '"text"',
  '1e21',
  '{"\\u0000":1}',
  '{"a\\ud800":1}',
  '{"__proto__":{"x":1}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{',
];

/** Hostile HTTP Basic headers (bad percent-escapes, no colon, bad base64, NUL). */
const BAD_BASIC = [
  'a%:b',
  'id:%zz',
  'no-colon',
  ':',
  'id:%ED%A0%80',
  'id%00:x',
  `${LONG}:${LONG}`.slice(0, 6000),
].map((text) => `Basic ${Buffer.from(text).toString('base64')}`);
BAD_BASIC.push('Basic %%%', 'Basic', 'Basic YQ');

function resolve(schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let i = 0; i < 10 && current.$ref; i++)
    current = document.components.schemas[String(current.$ref).split('/').pop()!];
  if (current.allOf?.length === 1) return resolve(current.allOf[0]);
  return current;
}

/** A plausible value for a schema: enough to get a body past validation so one field at a time can be spoiled. */
function sample(schema: Schema | undefined, depth = 0): Json {
  const s = resolve(schema);
  if (s.example !== undefined) return s.example as Json;
  if (s.default !== undefined) return s.default as Json;
  if (Array.isArray(s.enum)) return s.enum[0] as Json;
  if (s.oneOf || s.anyOf) return sample((s.oneOf ?? s.anyOf)[0], depth);
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date-time') return '2026-11-20T08:00:00Z';
      if (s.format === 'date') return '2026-11-20';
      if (s.format === 'email') return 'someone@example.com';
      return 'fuzz';
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 3 ? [] : [sample(s.items, depth + 1)];
    default:
      if (depth > 3 || !s.properties) return {};
      return Object.fromEntries(
        Object.entries(s.properties as Record<string, Schema>)
          .filter(([name]) => (s.required ?? []).includes(name))
          .map(([name, property]) => [name, sample(property, depth + 1)]),
      );
  }
}

/** Field paths of a body schema: top-level properties, and those of the first item of arrays of objects. */
function fieldPaths(schema: Schema | undefined): Array<Array<string | number>> {
  const s = resolve(schema);
  const paths: Array<Array<string | number>> = [];
  for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
    paths.push([name]);
    const resolved = resolve(property);
    if (resolved.type === 'array') {
      for (const [inner] of Object.entries(
        (resolve(resolved.items).properties ?? {}) as Record<string, Schema>,
      ))
        paths.push([name, 0, inner]);
    } else if (resolved.properties) {
      for (const inner of Object.keys(resolved.properties)) paths.push([name, inner]);
    }
  }
  return paths;
}

function withField(body: Json, path: Array<string | number>, value: Json): Json {
  const copy = structuredClone(body) as Record<string | number, Json>;
  let target = copy as Record<string | number, Json>;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      target[key] = value;
      break;
    }
    const next = target[key];
    if (next === null || typeof next !== 'object') {
      target[key] = typeof path[i + 1] === 'number' ? [{}] : {};
    } else if (Array.isArray(next) && next.length === 0) next.push({});
    target = target[key] as Record<string | number, Json>;
  }
  return copy as Json;
}

interface Probe {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Raw JSON text, or undefined for no body. */
  body?: string;
  label: string;
}

describe('Hostile input never answers 5xx (generated from openapi.json)', () => {
  let t: TestApp;
  const credentials: Record<string, Record<string, string>> = {};
  const realIds: Record<string, string> = {};
  const forgedTokens: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ENABLED: 'false' });
    const tenant = await seedTenant(t);
    const key = await seedApiKey(t, tenant.operator, tenant.app);
    const sdk = (await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200))
      .body.access_token as string;
    const appToken = (
      await t.http
        .post('/api/v1/oauth/token')
        .set(tenant.app.auth)
        .type('form')
        .send({ grant_type: 'client_credentials' })
        .expect(200)
    ).body.access_token as string;
    credentials.operator = tenant.operator.auth;
    credentials.basic = tenant.app.auth;
    credentials.apiKey = { 'X-Open-Wearables-API-Key': key };
    credentials.apiKeyShort = { 'X-API-Key': key };
    credentials.sdk = { Authorization: `Bearer ${sdk}` };
    credentials.appToken = { Authorization: `Bearer ${appToken}` };
    credentials.none = {};
    // Cause 9: tokens signed with our key whose ids are not UUIDs (only reachable with the key, but never a 500).
    const signing = t.app.get(SigningKeysService).active;
    const now = Math.floor(Date.now() / 1000);
    const forge = (claims: Record<string, unknown>) =>
      new SignJWT({
        jti: randomUUID(),
        iat: now,
        exp: now + 600,
        iss: 'wearbridge',
        aud: 'wearbridge-api',
        ...claims,
      })
        .setProtectedHeader({ alg: signing.alg, kid: signing.kid, typ: 'at+jwt' })
        .sign(signing.signingKey);
    forgedTokens.push(
      await forge({ scope: 'operator', sub: 'not-a-uuid' }),
      await forge({ scope: 'sdk', sub: tenant.userId, app_id: tenant.app.appId, fid: 'x\u0000' }),
      await forge({ scope: 'app', sub: '12345678901234567890', app_id: tenant.app.appId }),
    );
    realIds.user_id = tenant.userId;
    realIds.app_id = tenant.app.appId;
    realIds.userId = 'fuzz-external-user';
    // Something to read back: a real batch for the sync, events and summary routes.
    await t.http
      .post(`/api/v1/sdk/users/${tenant.userId}/sync`)
      .set(credentials.sdk)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(EXAMPLE_SYNC))
      .expect(202);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Credential kinds an operation accepts, the one that gets through most often first. */
  function kindsFor(path: string, operation: Operation): string[] {
    const schemes = new Set((operation.security ?? []).flatMap((s) => Object.keys(s)));
    const kinds: string[] = [];
    if (path.startsWith('/api/v1/sdk/') && schemes.has('bearer')) kinds.push('sdk');
    if (schemes.has('appCredentials')) kinds.push('basic');
    if (schemes.has('bearer')) kinds.push('operator', 'sdk', 'appToken');
    if (schemes.has('apiKey')) kinds.push('apiKey');
    if (schemes.has('apiKeyShort')) kinds.push('apiKeyShort');
    if (kinds.length === 0) kinds.push('none');
    return [...new Set(kinds)];
  }

  /** Real ids only where nothing is destroyed or rotated: reads, syncs, token mints, edits. */
  function pathFor(template: string, method: string, override?: [string, string]): string {
    const destructive = method === 'delete' || /rotate|revoke/.test(template);
    return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
      if (override && override[0] === name) return override[1];
      if (!destructive && realIds[name]) return encodeURIComponent(realIds[name]);
      return randomUUID();
    });
  }

  function probesFor(template: string, method: string, operation: Operation): Probe[] {
    const probes: Probe[] = [];
    const kinds = kindsFor(template, operation);
    const media = operation.requestBody?.content['application/json'];
    const baseline: Json | undefined = media
      ? template.endsWith('/sync') && template.startsWith('/api/v1/sdk/')
        ? (EXAMPLE_SYNC as unknown as Json)
        : sample(media.schema)
      : undefined;
    const jsonHeaders: Record<string, string> = media ? { 'Content-Type': 'application/json' } : {};
    const parameters = (operation.parameters ?? []).filter((p) => p.in !== 'header');
    const baseQuery = (skip?: string) =>
      parameters
        .filter((p) => p.in === 'query' && p.name !== skip && resolve(p.schema).default === undefined)
        .filter((p) => /date|time/.test(p.name))
        .map((p) => `${p.name}=${/end/.test(p.name) ? '2026-11-21' : '2026-11-14'}`);

    kinds.forEach((kind, rank) => {
      const primary = rank === 0;
      const headers = { ...credentials[kind], ...jsonHeaders };
      const queryValues = primary ? QUERY_VALUES : FEW_QUERY_VALUES;
      const bodyValues = primary ? BODY_VALUES : FEW_BODY_VALUES;
      const body = baseline === undefined ? undefined : JSON.stringify(baseline);
      const at = (label: string) => `${method.toUpperCase()} ${template} [${kind}] ${label}`;
      probes.push({ method, path: pathFor(template, method), headers, body, label: at('baseline') });

      for (const parameter of parameters) {
        if (parameter.in === 'path') {
          for (const value of primary ? PATH_VALUES : PATH_VALUES.slice(0, 3))
            probes.push({
              method,
              path: pathFor(template, method, [parameter.name, value]),
              headers,
              body,
              label: at(`path ${parameter.name}=${value.slice(0, 20)}`),
            });
          continue;
        }
        const rest = baseQuery(parameter.name);
        const values =
          parameter.name === 'cursor' && primary ? [...queryValues, ...CRAFTED_CURSORS] : queryValues;
        for (const value of values)
          probes.push({
            method,
            path: `${pathFor(template, method)}?${[...rest, `${parameter.name}=${value}`].join('&')}`,
            headers,
            body,
            label: at(`query ${parameter.name}=${value.slice(0, 20)}`),
          });
        // An array where a scalar is expected.
        probes.push({
          method,
          path: `${pathFor(template, method)}?${[...rest, `${parameter.name}=1`, `${parameter.name}=2`].join('&')}`,
          headers,
          body,
          label: at(`query ${parameter.name} twice`),
        });
      }

      if (baseline !== undefined) {
        const fields =
          template.startsWith('/api/v1/sdk/') && template.endsWith('/sync') ? [] : fieldPaths(media!.schema);
        for (const field of fields)
          for (const value of bodyValues)
            probes.push({
              method,
              path: pathFor(template, method),
              headers,
              body: JSON.stringify(withField(baseline, field, value)),
              label: at(`body ${field.join('.')}=${JSON.stringify(value)?.slice(0, 20)}`),
            });
        if (primary)
          for (const text of WHOLE_BODIES)
            probes.push({
              method,
              path: pathFor(template, method),
              headers,
              body: text,
              label: at(`whole body ${text.slice(0, 20)}`),
            });
      }
    });

    if (kinds.some((kind) => ['operator', 'sdk', 'appToken'].includes(kind)))
      for (const token of forgedTokens)
        probes.push({
          method,
          path: pathFor(template, method),
          headers: { ...jsonHeaders, Authorization: `Bearer ${token}` },
          body: baseline === undefined ? undefined : JSON.stringify(baseline),
          label: `${method.toUpperCase()} ${template} [forged token]`,
        });
    if (kinds.includes('basic'))
      for (const header of BAD_BASIC)
        probes.push({
          method,
          path: pathFor(template, method),
          headers: { ...jsonHeaders, Authorization: header },
          body: baseline === undefined ? undefined : JSON.stringify(baseline),
          label: `${method.toUpperCase()} ${template} [bad basic] ${header.slice(0, 30)}`,
        });
    return probes;
  }

  /** The SDK batch and the tutorial readings, spoiled one item field at a time (each must reject one item). */
  function syncProbes(): Probe[] {
    const probes: Probe[] = [];
    const headers = { ...credentials.sdk, 'Content-Type': 'application/json' };
    const path = `/api/v1/sdk/users/${realIds.user_id}/sync`;
    const itemFields: Array<[string, Array<string | number>]> = [
      ['records', ['type']],
      ['records', ['value']],
      ['records', ['unit']],
      ['records', ['startDate']],
      ['records', ['endDate']],
      ['records', ['zoneOffset']],
      ['records', ['id']],
      ['records', ['source', 'name']],
      ['records', ['source', 'deviceModel']],
      ['records', ['metadata']],
      ['workouts', ['title']],
      ['workouts', ['type']],
      ['sleep', ['stage']],
      ['sleep', ['id']],
    ];
    for (const [collection, field] of itemFields) {
      if (!EXAMPLE_SYNC.data[collection]?.length) continue;
      for (const value of BODY_VALUES) {
        const body = structuredClone(EXAMPLE_SYNC);
        body.data[collection][0] = withField(body.data[collection][0], field, value) as Record<string, Json>;
        probes.push({
          method: 'post',
          path,
          headers,
          body: JSON.stringify(body),
          label: `POST sync ${collection}[0].${field.join('.')}=${JSON.stringify(value)?.slice(0, 20)}`,
        });
      }
    }
    for (const field of ['sdkVersion', 'syncTimestamp', 'provider'])
      for (const value of BODY_VALUES)
        probes.push({
          method: 'post',
          path,
          headers,
          body: JSON.stringify({ ...EXAMPLE_SYNC, [field]: value }),
          label: `POST sync ${field}=${JSON.stringify(value)?.slice(0, 20)}`,
        });
    const reading = { dataType: 'heartRate', value: 70, unit: 'bpm', startDate: '2026-11-20T08:00:00Z' };
    for (const field of ['dataType', 'value', 'unit', 'startDate', 'endDate'])
      for (const value of BODY_VALUES)
        probes.push({
          method: 'post',
          path: '/health/sync',
          headers: { ...credentials.apiKeyShort, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            userId: 'fuzz-external-user',
            readings: [reading, { ...reading, [field]: value }],
          }),
          label: `POST /health/sync readings[1].${field}=${JSON.stringify(value)?.slice(0, 20)}`,
        });
    return probes;
  }

  async function send(probe: Probe): Promise<string | null> {
    let request = t.http[probe.method as 'get'](probe.path).set(probe.headers);
    if (probe.body !== undefined) request = request.send(probe.body);
    let response;
    try {
      response = await request;
    } catch (error) {
      return `${probe.label}: ${(error as Error).message.slice(0, 300)}`;
    }
    if (response.status >= 500) return `${probe.label}: ${response.status} ${response.text.slice(0, 200)}`;
    if (response.status < 400) return null;
    const contentType = String(response.headers['content-type'] ?? '');
    const body = JSON.parse(response.text || 'null');
    if (probe.path.startsWith('/api/v1/oauth/') && /application\/json/.test(contentType))
      return typeof body?.error_description === 'string' ? null : `${probe.label}: no error_description`;
    if (!/application\/problem\+json/.test(contentType))
      return `${probe.label}: ${response.status} as ${contentType || 'no content type'}`;
    return typeof body?.detail === 'string'
      ? null
      : `${probe.label}: ${response.status} without a string detail`;
  }

  it('covers every operation, with each of the nine causes seen in the field, and finds no 5xx', async () => {
    const probes: Probe[] = [];
    const covered = new Set<string>();
    // Destructive operations last, so the shared credentials stay valid for the rest.
    const entries = Object.entries(document.paths).flatMap(([template, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ template, method, operation })),
    );
    entries.sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));
    for (const { template, method, operation } of entries) {
      probes.push(...probesFor(template, method, operation));
      covered.add(`${method} ${template}`);
    }
    probes.push(...syncProbes());
    expect(covered.size).toBe(entries.length);

    const failures: string[] = [];
    // Routes with per-user or per-process slots (sync pushes, exports) are probed one at a time, so their
    // deliberate 503 "busy" answers never show; everything else six at a time.
    const slotted = (probe: Probe) => /\/sync(\?|$)|\/export(\?|$)/.test(probe.path);
    const queues = [probes.filter(slotted), probes.filter((p) => !slotted(p))];
    const drain = async (queue: Probe[]) => {
      while (queue.length > 0) {
        const failure = await send(queue.shift()!);
        if (failure) failures.push(failure);
      }
    };
    await Promise.all([drain(queues[0]), ...Array.from({ length: 5 }, () => drain(queues[1]))]);
    expect(failures.slice(0, 60)).toEqual([]);
    expect(probes.length).toBeGreaterThan(3000);
  }, 240_000);
});
