import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { isObject, optionalString, type JsonObject } from './fields.js';
import type { DeviceType, Provider, SourceDescriptor } from './parsed-items.js';

const DEVICE_TYPES: ReadonlySet<string> = new Set<DeviceType>([
  'phone',
  'watch',
  'ring',
  'scale',
  'fitness_band',
  'chest_strap',
  'head_mounted',
  'smart_display',
  'unknown',
]);

/** Spellings older clients and the peer's own vocabulary use for the same device kinds. */
const DEVICE_TYPE_ALIASES: Readonly<Record<string, DeviceType>> = { band: 'fitness_band', tablet: 'phone' };

const RECORDING_METHODS: ReadonlySet<string> = new Set(['active', 'automatic', 'manual', 'unknown']);

/**
 * Parsed origins by provider and source JSON; a pure function of its key, so sharing results is safe. Bounded, least
 * recently used out, so a client sending a different source on every item cannot grow it.
 */
const SEEN_SOURCES = new LRUCache<string, SourceDescriptor>({ max: 1024 });
/** Real sources are a few hundred characters; an oversized one is parsed every time rather than kept. */
const SEEN_SOURCE_MAX_CHARS = 2048;

/**
 * Normalises the `source` object of one item. Accepts the current keys and the legacy ones the peer still
 * accepts (`bundleIdentifier`, `name`, `productType`, `version`); a missing or malformed source is an unknown origin.
 */
export function parseSource(provider: Provider, raw: unknown): SourceDescriptor {
  // Every item of a batch repeats its origin: parse (and hash) each distinct one once.
  const cacheKey = `${provider}\u0000${isObject(raw) ? JSON.stringify(raw) : ''}`;
  const cached = SEEN_SOURCES.get(cacheKey);
  if (cached) return cached;
  const descriptor = Object.freeze(describeSource(provider, isObject(raw) ? raw : {}));
  if (cacheKey.length <= SEEN_SOURCE_MAX_CHARS) {
    SEEN_SOURCES.set(cacheKey, descriptor);
  }
  return descriptor;
}

function describeSource(provider: Provider, source: JsonObject): SourceDescriptor {
  const deviceModel = optionalString(source.productType) ?? optionalString(source.deviceModel);
  const fields = {
    provider,
    appId: optionalString(source.appId) ?? optionalString(source.bundleIdentifier),
    appName: optionalString(source.name),
    deviceName: optionalString(source.deviceName),
    deviceModel,
    deviceManufacturer: optionalString(source.deviceManufacturer),
    deviceType: deviceType(source.deviceType, deviceModel),
    recordingMethod: recordingMethod(source.recordingMethod),
    softwareVersion:
      optionalString(source.deviceSoftwareVersion, 50) ??
      optionalString(source.version, 50) ??
      operatingSystemVersion(source.operatingSystemVersion),
  } satisfies Omit<SourceDescriptor, 'key'>;
  return { ...fields, key: sourceKey(fields) };
}

function deviceType(raw: unknown, model: string | null): DeviceType {
  const declared = optionalString(raw)?.toLowerCase();
  if (declared && DEVICE_TYPES.has(declared)) return declared as DeviceType;
  if (declared && Object.hasOwn(DEVICE_TYPE_ALIASES, declared)) return DEVICE_TYPE_ALIASES[declared];
  // iOS < 0.12 and legacy payloads send no type, only Apple product types such as `Watch7,5` or `iPhone15,2`.
  if (model && /^watch/i.test(model)) return 'watch';
  if (model && /^(iphone|ipad)/i.test(model)) return 'phone';
  return 'unknown';
}

function recordingMethod(raw: unknown): string | null {
  const method = optionalString(raw)?.toLowerCase();
  return method && RECORDING_METHODS.has(method) ? method : null;
}

function operatingSystemVersion(raw: unknown): string | null {
  if (!isObject(raw)) return null;
  const parts = [raw.majorVersion, raw.minorVersion, raw.patchVersion];
  if (!parts.every((part) => typeof part === 'number' && Number.isInteger(part) && part >= 0)) return null;
  return parts.join('.');
}

/** Equal origins get equal keys whatever the key order or legacy spelling they arrived with. */
function sourceKey(fields: Omit<SourceDescriptor, 'key'>): string {
  const canonical = JSON.stringify([
    fields.provider,
    fields.appId,
    fields.appName,
    fields.deviceName,
    fields.deviceModel,
    fields.deviceManufacturer,
    fields.deviceType,
    fields.recordingMethod,
    fields.softwareVersion,
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
