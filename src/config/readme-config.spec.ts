import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

describe('README configuration table', () => {
  it('documents every environment variable the config reads', () => {
    const schema = read('./env.schema.ts');
    const variables = [...schema.matchAll(/^\s+([A-Z][A-Z0-9_]+)[?!]?:/gm)].map((m) => m[1]);
    const readme = read('../../README.md');
    expect(variables.length).toBeGreaterThan(20);
    const missing = variables.filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
