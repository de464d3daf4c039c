import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFile } from 'node:fs/promises';
import { AppModule } from '../app.module.js';
import { httpAdapter } from '../bootstrap.js';
import { buildOpenApiDocument } from '../common/http/openapi.js';
import { loadConfig } from '../config/app-config.js';
import { VERSION } from '../version.js';

/** Writes the committed openapi.json from the code; preview mode builds the route table without a database. */
async function main() {
  const target = process.argv[2] ?? 'openapi.json';
  const config = loadConfig({ ...process.env, DATABASE_URL: 'postgres://preview/none' });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, 'postgres://preview/none'),
    httpAdapter(config),
    { preview: true, logger: false, bodyParser: false },
  );
  const document = buildOpenApiDocument(app, VERSION);
  await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
