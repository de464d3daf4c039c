import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';

/**
 * Every response the e2e suite receives through `TestApp.http` is checked against the committed openapi.json: the
 * status must be documented for the operation, and a JSON body must match the schema documented for that status and
 * content type. A mismatch fails the test that made the request.
 */

interface OpenApiOperation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type OpenApiDocument = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: unknown;
};

const DOCUMENT_ID = 'wearbridge-openapi';
const document = JSON.parse(
  readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: DOCUMENT_ID });

interface Route {
  template: string;
  pattern: RegExp;
  /** Literal characters: the most specific template wins (`/users/me` over `/users/{id}`). */
  specificity: number;
}

const routes: Route[] = Object.keys(document.paths)
  .map((template) => ({
    template,
    pattern: new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}/?$`,
    ),
    specificity: template.replace(/\{[^}]+\}/g, '').length,
  }))
  .sort((a, b) => b.specificity - a.specificity);

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const validators = new Map<string, ValidateFunction>();

function validatorFor(
  template: string,
  method: string,
  status: string,
  contentType: string,
): ValidateFunction {
  const key = `${method} ${template} ${status} ${contentType}`;
  let validate = validators.get(key);
  if (!validate) {
    const ref = `${DOCUMENT_ID}#/${pointer('paths', template, method, 'responses', status, 'content', contentType, 'schema')}`;
    validate = ajv.compile({ $ref: ref });
    validators.set(key, validate);
  }
  return validate;
}

export interface CheckedResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
  text?: string;
  req: { method: string; path: string };
}

/** Throws when the response disagrees with openapi.json; requests to paths it does not describe are left alone. */
export function checkAgainstOpenApi(response: CheckedResponse): void {
  const method = response.req.method.toLowerCase();
  if (method === 'head' || method === 'options') return;
  const path = response.req.path.split('?', 1)[0];
  const route = routes.find((r) => r.pattern.test(path) && document.paths[r.template][method]);
  if (!route) return;
  const operation = document.paths[route.template][method];
  const status = String(response.status);
  const documented = operation.responses?.[status] ?? operation.responses?.default;
  const where = `${response.req.method} ${route.template} → ${status}`;
  if (!documented) throw new Error(`openapi.json does not document ${where}`);
  const contentType = (response.headers['content-type'] ?? '').split(';', 1)[0].trim();
  if (!documented.content || Object.keys(documented.content).length === 0) return;
  if (!contentType) {
    if ((response.text ?? '') === '') return;
    throw new Error(`${where}: a body without Content-Type`);
  }
  const media = documented.content[contentType];
  if (!media) throw new Error(`${where}: Content-Type ${contentType} is not documented`);
  if (!/^application\/([\w.-]+\+)?json$/.test(contentType) || media.schema === undefined) return;
  const body =
    response.text !== undefined && response.text !== '' ? JSON.parse(response.text) : response.body;
  const validate = validatorFor(route.template, method, status, contentType);
  if (!validate(body)) {
    const problems = (validate.errors ?? [])
      .slice(0, 8)
      .map((e) => `${e.instancePath || '(body)'} ${e.message}`)
      .join('; ');
    throw new Error(`${where}: the body does not match its documented schema: ${problems}`);
  }
}
