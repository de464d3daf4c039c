import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/app-config.js';
import { openDatabaseServer } from './database/database-server.js';
import { OperatorsService } from './modules/auth/operators.service.js';
import { importCommand, IMPORT_USAGE } from './modules/imports/import.command.js';
import { renormalizeCommand, RENORMALIZE_USAGE } from './modules/ingestion/renormalize.command.js';
import { rotateKeyFile } from './modules/tokens/signing-keys.js';
import { simulateCommand, SIMULATE_USAGE } from './simulator/simulate.command.js';

const USAGE = `usage: npm run cli -- <command> [options]
  operator:create --email <email> (--password <password> | --password-stdin)
  keys:rotate      add a new JWT signing key to the key file; restart the API to use it
  ${RENORMALIZE_USAGE}
  ${IMPORT_USAGE}
  ${SIMULATE_USAGE}`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function createOperator(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const password = values['password-stdin'] ? await readStdin() : values.password;
  if (!values.email || !password) throw new Error(USAGE);
  const config = loadConfig();
  const server = await openDatabaseServer(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, server.url), {
    logger: false,
  });
  try {
    const operator = await app.get(OperatorsService).create(values.email, password);
    console.log(`created operator ${operator.email} (${operator.id})`);
  } finally {
    await app.close();
    await server.stop();
  }
}

async function rotateKeys() {
  const config = loadConfig();
  if (config.jwt.signingKeys)
    throw new Error('Keys come from JWT_SIGNING_KEYS; rotate them in your configuration.');
  const key = await rotateKeyFile(config.jwt.signingKeysFile, config.jwt.algorithm);
  console.log(
    `new signing key ${key.kid} in ${config.jwt.signingKeysFile}; restart the API processes to sign with it`,
  );
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'operator:create':
      return createOperator(args);
    case 'keys:rotate':
      return rotateKeys();
    case 'renormalize':
      return renormalizeCommand(args);
    case 'import':
      return importCommand(args);
    case 'simulate':
      return simulateCommand(args);
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
