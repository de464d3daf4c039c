import { isStorableText } from '../http/storable-text.js';

/** `id:secret` from an HTTP Basic `Authorization` header (RFC 7617), percent-decoded as OAuth clients send it. */
export interface BasicCredentials {
  id: string;
  secret: string;
}

export type BasicParse =
  /** The header is not Basic at all: another scheme may apply. */
  | { kind: 'absent' }
  /** Basic, but unreadable: answer 401 without looking further. */
  | { kind: 'malformed'; reason: string }
  | { kind: 'credentials'; credentials: BasicCredentials };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Parses `Basic <base64(id:secret)>`. RFC 6749 §2.3.1 has clients form-urlencode id and secret before encoding,
 * so both are percent-decoded; anything that does not decode (base64, UTF-8, percent-escapes) or lacks the colon
 * is `malformed`, never an exception.
 */
export function parseBasicAuthorization(header: string | undefined): BasicParse {
  const [scheme, encoded, ...extra] = (header ?? '').trim().split(/\s+/);
  if (!/^basic$/i.test(scheme ?? '')) return { kind: 'absent' };
  if (!encoded || extra.length > 0 || encoded.length % 4 !== 0 || !BASE64.test(encoded))
    return { kind: 'malformed', reason: 'The Basic credentials are not valid base64.' };
  const bytes = Buffer.from(encoded, 'base64');
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'malformed', reason: 'The Basic credentials are not valid UTF-8.' };
  }
  const colon = decoded.indexOf(':');
  if (colon <= 0) return { kind: 'malformed', reason: 'The Basic credentials must be id:secret.' };
  const id = percentDecode(decoded.slice(0, colon));
  const secret = percentDecode(decoded.slice(colon + 1));
  if (id === undefined || secret === undefined)
    return { kind: 'malformed', reason: 'The Basic credentials contain a bad percent-escape.' };
  // Neither NUL nor a lone surrogate can name an application; refusing them here keeps them away from SQL.
  if (!isStorableText(id) || !isStorableText(secret))
    return { kind: 'malformed', reason: 'The Basic credentials contain characters no credential has.' };
  return { kind: 'credentials', credentials: { id, secret } };
}
