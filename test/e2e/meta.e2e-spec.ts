import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('GET /api/v1/meta/metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the catalogue without credentials', async () => {
    const response = await t.http.get('/api/v1/meta/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(response.body).sort()).toEqual([
      'activity_types',
      'metrics',
      'sleep_stages',
      'workout_statistics',
    ]);
  });

  it('names the canonical unit, kind, daily aggregation and range of every metric in snake_case', async () => {
    const { body } = await t.http.get('/api/v1/meta/metrics').expect(200);
    expect(body.metrics.length).toBeGreaterThan(140);
    expect(body.metrics).toContainEqual({
      code: 'heart_rate',
      unit: 'bpm',
      kind: 'sample',
      aggregation: 'avg',
      min: 20,
      max: 300,
      group: 'heart',
      description: 'Heart rate',
    });
    expect(body.metrics).toContainEqual(
      expect.objectContaining({
        code: 'active_energy',
        unit: 'kcal',
        kind: 'interval',
        aggregation: 'sum',
        peer_code: 'energy',
      }),
    );
    expect(body.metrics).toContainEqual(
      expect.objectContaining({
        code: 'menstrual_flow',
        kind: 'category',
        categories: { 1: 'unspecified', 2: 'light', 3: 'medium', 4: 'heavy', 5: 'none' },
      }),
    );
    for (const metric of body.metrics) {
      expect(typeof metric.unit).toBe('string');
      expect(metric).not.toHaveProperty('peerId');
      expect(metric).not.toHaveProperty('molarMass');
    }
  });

  it('lists workout statistics with units, the activity vocabulary and the sleep stages', async () => {
    const { body } = await t.http.get('/api/v1/meta/metrics').expect(200);
    expect(body.workout_statistics).toContainEqual({
      code: 'duration',
      unit: 's',
      description: expect.any(String),
    });
    expect(body.activity_types).toEqual(expect.arrayContaining(['running', 'cycling', 'other']));
    expect(body.sleep_stages.map((stage: { code: string }) => stage.code)).toEqual([
      'in_bed',
      'asleep',
      'awake',
      'light',
      'deep',
      'rem',
      'unknown',
    ]);
  });

  it('documents the endpoint in OpenAPI under the meta tag', async () => {
    const response = await t.http.get('/openapi.json').expect(200);
    const operation = response.body.paths['/api/v1/meta/metrics']?.get;
    expect(operation.tags).toEqual(['meta']);
    expect(operation.security ?? []).toEqual([]);
  });
});
