#!/usr/bin/env node
// Compiles src/, migrations/ and bench/ into dist/ with TypeScript and the @nestjs/swagger plugin (the OpenAPI
// document reads DTO types and comments through it), then the operator portal into dist/portal (build-portal.mjs).
// It replaces `nest build`, whose CLI dependencies need Node 22. --watch rebuilds the server only.
//   node scripts/build.mjs            build
//   node scripts/build.mjs --if-stale build only when a source is newer than the last build (npm start, npm run cli)
//   node scripts/build.mjs --watch    rebuild on change
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildPortal } from './build-portal.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(root, 'dist', '.build-stamp');
const INPUTS = [
  'src',
  'migrations',
  'bench',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'scripts/build.mjs',
  'scripts/build-portal.mjs',
  'portal',
  'client/src',
];
const SWAGGER_PLUGIN_OPTIONS = {
  classValidatorShim: true,
  introspectComments: true,
  esmCompatible: true,
  dtoFileNameSuffix: ['.dto.ts'],
  controllerFileNameSuffix: ['.controller.ts'],
};

function newestInput(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce(
    (newest, name) => Math.max(newest, newestInput(path.join(entry, name))),
    stat.mtimeMs,
  );
}

function upToDate() {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.every((entry) => newestInput(entry) <= built);
}

const args = new Set(process.argv.slice(2));
if (args.has('--if-stale') && upToDate()) process.exit(0);

const require = createRequire(import.meta.url);
const ts = require('typescript');
const swaggerPlugin = require('@nestjs/swagger/plugin');

const configPath = path.join(root, 'tsconfig.build.json');
const parsed = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: report },
);
const transformers = (program) => ({ before: [swaggerPlugin.before(SWAGGER_PLUGIN_OPTIONS, program)] });

function report(diagnostic) {
  process.stderr.write(
    ts.formatDiagnosticsWithColorAndContext([diagnostic], {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    }),
  );
}

if (args.has('--watch')) {
  const host = ts.createWatchCompilerHost(
    configPath,
    {},
    ts.sys,
    ts.createEmitAndSemanticDiagnosticsBuilderProgram,
    report,
  );
  const afterCreate = host.afterProgramCreate;
  host.afterProgramCreate = (builder) => {
    const emit = builder.emit;
    builder.emit = (file, write, token, onlyDts, custom) =>
      emit(file, write, token, onlyDts, custom ?? transformers(builder.getProgram()));
    afterCreate?.(builder);
  };
  ts.createWatchProgram(host);
} else {
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const result = program.emit(undefined, undefined, undefined, false, transformers(program));
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  diagnostics.forEach(report);
  if (diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error)) process.exit(1);
  await buildPortal();
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
