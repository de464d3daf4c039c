import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('Health and platform behaviour', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells how to create the first operator while none exists', () => {
    const hint = t.logs
      .map((line) => JSON.parse(line))
      .find((line) => /No operator exists yet/.test(line.msg));
    expect(hint).toMatchObject({ level: 40 });
    expect(hint.msg).toContain('npm run cli -- operator:create');
  });

  it('answers the liveness check with {"status":"ok"}', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('reports the database as up on the readiness check', async () => {
    const response = await t.http.get('/health/ready').expect(200);
    expect(response.body.info.database.status).toBe('up');
  });

  it('answers unknown routes with a problem+json 404', async () => {
    const response = await t.http.get('/api/v1/nope').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: 'urn:wearbridge:problem:not-found',
      status: 404,
      title: 'Not Found',
    });
    expect(typeof response.body.detail).toBe('string');
  });
});
