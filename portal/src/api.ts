import { createWearbridgeClient, type components, type Problem } from '../../client/src/index.js';

export type Schemas = components['schemas'];

const CSRF_COOKIE = '__Host-wb_csrf';
const CSRF_HEADER = 'X-CSRF-Token';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session's CSRF token: readable by the page (the other session cookies are httpOnly). */
export function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

let refreshing: Promise<boolean> | undefined;

/** Rotates the session cookies once, however many requests saw the access token expire at the same time. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const token = csrfToken();
    if (!token) return false;
    const response = await fetch('/api/v1/auth/session/refresh', {
      method: 'POST',
      headers: { [CSRF_HEADER]: token },
      credentials: 'same-origin',
    });
    return response.ok;
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

export let onSessionLost: () => void = () => undefined;
export function setOnSessionLost(handler: () => void): void {
  onSessionLost = handler;
}

/** fetch with the CSRF header on writes, and one refresh-and-retry when the access cookie has expired. */
async function sessionFetch(input: Request): Promise<Response> {
  const attempt = (request: Request) => {
    if (!SAFE.has(request.method)) {
      const token = csrfToken();
      if (token) request.headers.set(CSRF_HEADER, token);
    }
    return fetch(request, { credentials: 'same-origin' });
  };
  const retry = input.clone();
  const response = await attempt(input);
  if (response.status !== 401 || input.url.includes('/auth/session')) return response;
  if (!(await refreshSession())) {
    onSessionLost();
    return response;
  }
  return attempt(retry);
}

export const api = createWearbridgeClient({ baseUrl: window.location.origin, fetch: sessionFetch });

/** The message to show for a failed call: the API's problem detail when it sent one. */
export function problemText(error: unknown, status?: number): string {
  const problem = error as Partial<Problem> | null | undefined;
  if (problem && typeof problem.detail === 'string') return problem.detail;
  return status ? `The request failed (HTTP ${status}).` : 'The request failed.';
}

/** Unwraps an openapi-fetch result: the data, or an Error carrying the problem's detail. */
export async function call<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await pending;
  if (error !== undefined || !response.ok) throw new Error(problemText(error, response.status));
  return data as T;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Uploads a file with XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadFile(
  url: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<Schemas['ImportDto']> {
  const send = () =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.withCredentials = true;
      xhr.responseType = 'json';
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      xhr.setRequestHeader(
        'Content-Disposition',
        `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
      );
      const token = csrfToken();
      if (token) xhr.setRequestHeader(CSRF_HEADER, token);
      xhr.upload.onprogress = (event) =>
        onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
      xhr.onload = () => resolve({ status: xhr.status, body: xhr.response });
      xhr.onerror = () => reject(new Error('The upload failed: the connection was lost.'));
      xhr.send(file);
    });
  return (async () => {
    let answer = await send();
    if (answer.status === 401 && (await refreshSession())) answer = await send();
    if (answer.status < 200 || answer.status >= 300) throw new Error(problemText(answer.body, answer.status));
    return answer.body as Schemas['ImportDto'];
  })();
}
