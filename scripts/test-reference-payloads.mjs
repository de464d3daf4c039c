// Replays the reference wire payloads (../shared/payloads, or WEARBRIDGE_REFERENCE_PAYLOADS) through the real API.
// In CI the folder must exist; elsewhere a missing folder skips the step with one line saying why.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const dir = path.resolve(process.env.WEARBRIDGE_REFERENCE_PAYLOADS ?? '../shared/payloads');
if (!existsSync(dir)) {
  const message = `reference payloads not found at ${dir}; set WEARBRIDGE_REFERENCE_PAYLOADS to their folder.`;
  if (process.env.CI) {
    console.error(`test:reference failed: ${message}`);
    process.exit(1);
  }
  console.log(`test:reference skipped: ${message}`);
  process.exit(0);
}

const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--testMatch',
    '<rootDir>/test/reference/**/*.reference-spec.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, WEARBRIDGE_REFERENCE_PAYLOADS: dir } },
);
process.exit(jest.status ?? 1);
