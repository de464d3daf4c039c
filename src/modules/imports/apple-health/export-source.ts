import { LRUCache } from 'lru-cache';

/** The iOS SDK's `source` object (0.12+ keys), as far as an export can fill it. */
export interface SdkSource {
  /** The export carries the writer app's name only, never its bundle id. */
  appId: null;
  name: string | null;
  deviceId: null;
  deviceName: string | null;
  deviceManufacturer: string | null;
  /** The SDK sends `sourceRevision.productType` (`Watch6,2`); the export has it as the device's `hardware`. */
  deviceModel: string | null;
  deviceType: 'watch' | 'phone' | null;
  recordingMethod: null;
  deviceHardwareVersion?: string;
  deviceSoftwareVersion?: string;
}

export interface ParsedDevice {
  name: string | null;
  manufacturer: string | null;
  model: string | null;
  hardware: string | null;
  software: string | null;
}

/**
 * `<<HKDevice: 0x283a8c1e0>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:9.1>`.
 * The 0x… part is a memory address that changes from export to export; it is never part of an identity.
 */
const DEVICE_ADDRESS = /^<<HKDevice: [^>]*>,?\s*/;
/** Fields are separated by ", " before the next `key:`; values themselves may hold commas (`Watch6,2`). */
const FIELD_SEPARATOR = /,\s+(?=[A-Za-z]+:)/;

/** The device string without its memory address: the same device reads the same in every export. */
export function deviceIdentity(device: string | undefined): string {
  if (device === undefined) return '';
  let identity = DEVICE_IDENTITIES.get(device);
  if (identity === undefined) {
    identity = device.trim().replace(DEVICE_ADDRESS, '').replace(/>$/, '');
    DEVICE_IDENTITIES.set(device, identity);
  }
  return identity;
}

// Every record repeats its device string: strip each distinct one once.
const DEVICE_IDENTITIES = new LRUCache<string, string>({ max: 512 });

export function parseDevice(device: string | undefined): ParsedDevice | null {
  const body = deviceIdentity(device);
  if (body === '') return null;
  const fields: Record<string, string> = {};
  for (const part of body.split(FIELD_SEPARATOR)) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const value = part.slice(colon + 1).trim();
    if (value !== '') fields[part.slice(0, colon).trim()] = value;
  }
  return {
    name: fields.name ?? null,
    manufacturer: fields.manufacturer ?? null,
    model: fields.model ?? null,
    hardware: fields.hardware ?? null,
    software: fields.software ?? null,
  };
}

/** Like the SDK's `_inferDeviceType`: watch or phone from the product type, else unknown (null). */
function deviceType(device: ParsedDevice | null): SdkSource['deviceType'] {
  const product = `${device?.hardware ?? ''} ${device?.model ?? ''}`;
  if (/watch/i.test(product)) return 'watch';
  if (/iphone|ipad/i.test(product)) return 'phone';
  return null;
}

// Millions of records share a handful of origins: build each source object once and share it (read-only).
const SOURCES = new LRUCache<string, SdkSource>({ max: 512 });

/** The SDK `source` for an element's `sourceName` and `device` attributes. */
export function exportSource(sourceName: string | undefined, device: string | undefined): SdkSource {
  const key = `${sourceName ?? ''}\u0000${deviceIdentity(device)}`;
  const cached = SOURCES.get(key);
  if (cached) return cached;
  const parsed = parseDevice(device);
  const source: SdkSource = {
    appId: null,
    name: sourceName?.trim() || null,
    deviceId: null,
    deviceName: parsed?.name ?? null,
    deviceManufacturer: parsed?.manufacturer ?? null,
    deviceModel: parsed?.hardware ?? parsed?.model ?? null,
    deviceType: deviceType(parsed),
    recordingMethod: null,
  };
  if (parsed?.hardware) source.deviceHardwareVersion = parsed.hardware;
  if (parsed?.software) source.deviceSoftwareVersion = parsed.software;
  SOURCES.set(key, Object.freeze(source));
  return source;
}
