import { describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { servePortal } from './portal.js';

describe('servePortal', () => {
  it('answers a problem naming the fix while the portal is not built, and still redirects /', async () => {
    const sut = Fastify({ routerOptions: { ignoreTrailingSlash: true } }); // as bootstrap.ts sets it
    servePortal(sut, undefined);
    const root = await sut.inject({ url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/portal/');
    for (const url of ['/portal', '/portal/', '/portal/users/1']) {
      const response = await sut.inject({ url });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        status: 503,
        detail: expect.stringContaining('npm run build'),
      });
    }
    await sut.close();
  });

  it('serves built files, and index.html for the app’s own paths', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wearbridge-portal-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<div id="root"></div>');
    await writeFile(path.join(dir, 'assets', 'app-1.js'), 'export {};');
    const sut = Fastify({ routerOptions: { ignoreTrailingSlash: true } }); // as bootstrap.ts sets it
    servePortal(sut, `${dir}/`);
    const asset = await sut.inject({ url: '/portal/assets/app-1.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const url of ['/portal/', '/portal/users/1']) {
      const page = await sut.inject({ url });
      expect(page.statusCode).toBe(200);
      expect(page.body).toBe('<div id="root"></div>');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    }
    await sut.close();
    await rm(dir, { recursive: true, force: true });
  });
});
