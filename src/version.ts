import { existsSync, readFileSync } from 'node:fs';

/** The package version; src/version.ts and dist/src/version.js sit at different depths below the root. */
export const VERSION: string = (() => {
  for (const relative of ['../package.json', '../../package.json']) {
    const file = new URL(relative, import.meta.url);
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (pkg.name === 'wearbridge') return pkg.version;
  }
  return '0.0.0';
})();
