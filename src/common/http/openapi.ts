import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import {
  API_KEY_SCHEME,
  API_KEY_SHORT_SCHEME,
  APP_BASIC_SCHEME,
  BEARER_SCHEME,
} from '../auth/auth.decorator.js';
import { WEBHOOK_EVENT_MODELS, webhooksSection } from '../../modules/webhooks/webhook-openapi.js';
import { BODY_PROBLEMS, ProblemDto, problemResponse } from './api-problems.decorator.js';

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  ) as T;
}

/** Every operation that takes a body can meet the body parsers' refusals, whatever its own decorators list. */
function documentBodyProblems(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as {
      requestBody?: unknown;
      responses?: Record<string, unknown>;
    }[]) {
      if (!operation?.requestBody) continue;
      operation.responses ??= {};
      for (const status of BODY_PROBLEMS) operation.responses[String(status)] ??= problemResponse(status);
    }
  }
}

export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Wearbridge API')
    .setDescription(
      'Self-hostable backend for on-device health data (Apple HealthKit, Android Health Connect, Samsung Health), ' +
        'wire-compatible with the Open Wearables Sync SDKs. Every error is `application/problem+json` (RFC 9457) ' +
        'with a string `detail`.',
    )
    .setVersion(version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addBasicAuth({ type: 'http', scheme: 'basic', description: 'app_id:app_secret' }, APP_BASIC_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Open-Wearables-API-Key' }, API_KEY_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, API_KEY_SHORT_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, ...WEBHOOK_EVENT_MODELS],
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  documentBodyProblems(document);
  document.webhooks = webhooksSection() as OpenAPIObject['webhooks'];
  // Stable ordering keeps the committed openapi.json diff-able; tags keep their declared order.
  const { tags, ...rest } = document;
  return {
    ...sortKeys(rest),
    tags: [...(tags ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
  } as OpenAPIObject;
}
