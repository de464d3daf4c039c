import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import {
  API_KEY_SCHEME,
  API_KEY_SHORT_SCHEME,
  APP_BASIC_SCHEME,
  BEARER_SCHEME,
} from '../auth/auth.decorator.js';
import { WEBHOOK_EVENT_MODELS, webhooksSection } from '../../modules/webhooks/webhook-openapi.js';
import {
  BODY_PROBLEMS,
  QUARANTINES_OVERSIZED_BODIES,
  INFRASTRUCTURE_PROBLEMS,
  ProblemDto,
  problemResponse,
} from './api-problems.decorator.js';

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  ) as T;
}

/**
 * Every operation that takes a body can meet the body parsers' refusals, and every operation a database outage,
 * whatever its own decorators list.
 */
function documentBodyProblems(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as {
      requestBody?: unknown;
      responses?: Record<string, unknown>;
    }[]) {
      if (!operation?.responses) continue;
      for (const status of INFRASTRUCTURE_PROBLEMS)
        operation.responses[String(status)] ??= problemResponse(status);
      if (!operation.requestBody) continue;
      for (const status of BODY_PROBLEMS) {
        if (status === 413 && (operation as Record<string, unknown>)[QUARANTINES_OVERSIZED_BODIES]) continue;
        const documented = operation.responses[String(status)] as
          { content?: Record<string, unknown> } | undefined;
        if (!documented) operation.responses[String(status)] = problemResponse(status);
        // The parsers answer before the route's own error format (OAuth's) applies: problem+json is possible too.
        else documented.content = { ...problemResponse(status).content, ...documented.content };
      }
    }
  }
}

/**
 * What Fastify and Node answer on any route before it runs (see framework-errors.ts), and the generic failure: every
 * operation documents them.
 */
export const FRAMEWORK_PROBLEMS = [400, 414, 417, 431, 500];

function documentFrameworkProblems(document: OpenAPIObject): void {
  for (const operation of operations(document)) {
    operation.responses ??= {};
    for (const status of FRAMEWORK_PROBLEMS) operation.responses[String(status)] ??= problemResponse(status);
  }
}

/** A query parameter with a default is optional whatever its DTO property looks like (the plugin marks it required). */
function optionalWhenDefaulted(document: OpenAPIObject): void {
  for (const operation of operations(document))
    for (const parameter of operation.parameters ?? [])
      if (parameter.in === 'query' && parameter.schema && 'default' in parameter.schema)
        parameter.required = false;
}

interface DocumentedOperation {
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  parameters?: Array<{ in?: string; required?: boolean; schema?: Record<string, unknown> }>;
}

function operations(document: OpenAPIObject): DocumentedOperation[] {
  return Object.values(document.paths).flatMap((path) =>
    (Object.values(path) as DocumentedOperation[]).filter((operation) => operation?.responses !== undefined),
  );
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
  documentFrameworkProblems(document);
  optionalWhenDefaulted(document);
  document.webhooks = webhooksSection() as OpenAPIObject['webhooks'];
  // Stable ordering keeps the committed openapi.json diff-able; tags keep their declared order.
  const { tags, ...rest } = document;
  return {
    ...sortKeys(rest),
    tags: [...(tags ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
  } as OpenAPIObject;
}
