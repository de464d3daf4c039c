#!/usr/bin/env node
// Builds the operator portal (portal/, React + Vite) into dist/portal, which the API serves at /portal.
//   node scripts/build-portal.mjs   (scripts/build.mjs runs it after compiling the server)
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildPortal() {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: path.join(root, 'portal'),
    base: '/portal/',
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: path.join(root, 'dist', 'portal'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      sourcemap: false,
      // React, uPlot and the typed client in one file: ~100 kB over the wire, loaded once.
      chunkSizeWarningLimit: 1024,
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildPortal();
}
