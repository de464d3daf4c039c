import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PORTAL_PREFIX = '/portal';
// Everything the portal loads is its own; uPlot and React set styles through the CSSOM, which style-src allows.
const PORTAL_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The built portal (`npm run build` writes dist/portal), from src/common/http (tests) or dist/src/common/http;
 * the built one has assets/, which tells it from the sources in portal/.
 */
export function portalDirectory(): string | undefined {
  for (const relative of ['../../../dist/portal/', '../../../portal/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(`${dir}index.html`) && existsSync(`${dir}assets`)) return dir;
  }
  return undefined;
}

/**
 * The operator portal at /portal: its built files, and index.html for any other path below it (the single-page
 * app routes in the browser). `/` redirects there. Without a build, /portal answers a problem naming the fix.
 */
export function servePortal(fastify: FastifyInstance, root: string | undefined): void {
  fastify.get('/', (_request, reply) => reply.redirect(`${PORTAL_PREFIX}/`, 302));
  if (!root) {
    const unbuilt = (_request: FastifyRequest, reply: FastifyReply) =>
      reply.code(503).type('application/problem+json').send({
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'The operator portal is not built: run npm run build.',
      });
    fastify.get(PORTAL_PREFIX, unbuilt);
    fastify.get(`${PORTAL_PREFIX}/*`, unbuilt);
    return;
  }
  // wildcard: false registers one route per built file, so the catch-all below only sees the app's own paths.
  void fastify.register(fastifyStatic, {
    root,
    prefix: `${PORTAL_PREFIX}/`,
    wildcard: false,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (res, file) => {
      res.header('Content-Security-Policy', PORTAL_CSP);
      // Hashed assets never change; index.html must be re-read so a new build is picked up.
      res.header(
        'Cache-Control',
        file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  fastify.get(`${PORTAL_PREFIX}/*`, (_request, reply) =>
    reply
      .header('Cache-Control', 'no-cache')
      .header('Content-Security-Policy', PORTAL_CSP)
      .sendFile('index.html', root),
  );
}
