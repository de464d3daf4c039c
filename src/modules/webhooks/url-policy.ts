import ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface UrlPolicy {
  requireHttps: boolean;
  allowPrivateNetworks: boolean;
}

export class UnsafeUrlError extends Error {}

/** Metadata services that live on public-looking or special addresses. */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

/** Only ordinary public unicast addresses may receive webhooks unless private networks are allowed. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (METADATA_ADDRESSES.has(parsed.toNormalizedString()) || METADATA_ADDRESSES.has(parsed.toString()))
    return false;
  return parsed.range() === 'unicast';
}

/** Refuses an address the policy forbids; the message names the address's kind, never internal details. */
export function assertAddressAllowed(address: string, policy: UrlPolicy): void {
  if (policy.allowPrivateNetworks) return;
  if (!isPublicAddress(address))
    throw new UnsafeUrlError(
      'url must not point at a loopback, private, link-local or metadata address (set WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true to allow)',
    );
}

/** Syntax and scheme of a webhook URL (no network). */
export function parseWebhookUrl(raw: string, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError('url must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UnsafeUrlError('url must use https (or http outside production)');
  if (policy.requireHttps && url.protocol !== 'https:') throw new UnsafeUrlError('url must use https');
  if (url.username || url.password) throw new UnsafeUrlError('url must not carry credentials');
  if (url.hash) throw new UnsafeUrlError('url must not have a fragment');
  return url;
}

export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Every address the URL's host resolves to, each checked against the policy (a DNS name to 127.0.0.1 is refused). */
export async function resolveAllowed(url: URL, policy: UrlPolicy): Promise<string[]> {
  const host = hostOf(url);
  if (isIP(host)) {
    assertAddressAllowed(host, policy);
    return [host];
  }
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new UnsafeUrlError(`url host ${host} does not resolve`);
  }
  if (addresses.length === 0) throw new UnsafeUrlError(`url host ${host} does not resolve`);
  for (const { address } of addresses) assertAddressAllowed(address, policy);
  return addresses.map((a) => a.address);
}

/** The check at registration: syntax, scheme and where the host resolves now. */
export async function checkWebhookUrl(raw: string, policy: UrlPolicy): Promise<URL> {
  const url = parseWebhookUrl(raw, policy);
  await resolveAllowed(url, policy);
  return url;
}
