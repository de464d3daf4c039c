import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths, webhooks } from './schema.js';

export type { components, paths, webhooks };

/** How the client authenticates: app credentials (integrator backends), a bearer token, or an API key. */
export type Credentials = { appId: string; appSecret: string } | { bearerToken: string } | { apiKey: string };

export interface WearbridgeClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** The API's origin, e.g. `https://health.example.com`; `/api/v1` is part of every path. */
  baseUrl: string;
  /** Sent with every request; leave it out for public routes or to set headers per call. */
  auth?: Credentials;
}

export type WearbridgeClient = Client<paths>;

/** An RFC 9457 problem, as every error of the API is answered. */
export type Problem = components['schemas']['ProblemDto'];

function authorize(credentials: Credentials): Middleware {
  return {
    onRequest({ request }) {
      if ('apiKey' in credentials) request.headers.set('X-API-Key', credentials.apiKey);
      else if ('bearerToken' in credentials)
        request.headers.set('Authorization', `Bearer ${credentials.bearerToken}`);
      else
        request.headers.set(
          'Authorization',
          `Basic ${btoa(`${encodeURIComponent(credentials.appId)}:${encodeURIComponent(credentials.appSecret)}`)}`,
        );
      return request;
    },
  };
}

/**
 * A client whose paths, parameters, bodies and responses are typed from Wearbridge's `openapi.json`:
 *
 *     const api = createWearbridgeClient({ baseUrl, auth: { appId, appSecret } });
 *     const { data, error } = await api.GET('/api/v1/users/{user_id}', { params: { path: { user_id } } });
 */
export function createWearbridgeClient(options: WearbridgeClientOptions): WearbridgeClient {
  const { auth, baseUrl, ...rest } = options;
  const client = createClient<paths>({ ...rest, baseUrl: baseUrl.replace(/\/+$/, '') });
  if (auth) client.use(authorize(auth));
  return client;
}

/** The `data` of each webhook event type, as the API documents it under `webhooks`. */
export type WebhookEventType = keyof webhooks;
