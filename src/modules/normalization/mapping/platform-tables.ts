import { FALLBACK_ACTIVITY_TYPE, type ActivityType } from '../catalogue/index.js';
import { ANDROID_RECORD_TYPES } from './android-records.js';
import { APPLE_ACTIVITY_TYPES, APPLE_RECORD_TYPES, APPLE_WORKOUT_STATISTICS } from './apple.js';
import { HEALTH_CONNECT_ACTIVITY_TYPES, HEALTH_CONNECT_WORKOUT_STATISTICS } from './health-connect.js';
import type {
  ActivityTable,
  RecordMapping,
  RecordTypeTable,
  StatisticTable,
} from './platform-table-types.js';
import { SAMSUNG_ACTIVITY_TYPES, SAMSUNG_WORKOUT_STATISTICS } from './samsung.js';
import type { Provider } from './parsed-items.js';

const RECORD_TABLES: Readonly<Record<Provider, RecordTypeTable>> = {
  apple: APPLE_RECORD_TYPES,
  google: ANDROID_RECORD_TYPES,
  samsung: ANDROID_RECORD_TYPES,
};

const ACTIVITY_TABLES: Readonly<Record<Provider, ActivityTable>> = {
  apple: APPLE_ACTIVITY_TYPES,
  google: HEALTH_CONNECT_ACTIVITY_TYPES,
  samsung: SAMSUNG_ACTIVITY_TYPES,
};

const STATISTIC_TABLES: Readonly<Record<Provider, StatisticTable>> = {
  apple: APPLE_WORKOUT_STATISTICS,
  google: HEALTH_CONNECT_WORKOUT_STATISTICS,
  samsung: SAMSUNG_WORKOUT_STATISTICS,
};

const PROVIDERS: readonly Provider[] = ['apple', 'google', 'samsung'];

/** The provider's own table first; the vocabularies never overlap, so a type string also names its platform. */
const orderFor = (provider: Provider): readonly Provider[] => [
  provider,
  ...PROVIDERS.filter((other) => other !== provider),
];
const IN_ORDER: Readonly<Record<Provider, readonly Provider[]>> = {
  apple: orderFor('apple'),
  google: orderFor('google'),
  samsung: orderFor('samsung'),
};

function inOrder(provider: Provider): readonly Provider[] {
  return IN_ORDER[provider];
}

function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function findRecordMapping(provider: Provider, type: string): RecordMapping | undefined {
  for (const candidate of inOrder(provider)) {
    const mapping = lookup(RECORD_TABLES[candidate], type);
    if (mapping) return mapping;
  }
  return undefined;
}

/** Apple sends snake_case and Android upper case, but the peer lower-cases everything, so case is ignored. */
export function findActivityType(provider: Provider, vendorType: string | null): ActivityType {
  if (!vendorType) return FALLBACK_ACTIVITY_TYPE;
  for (const candidate of inOrder(provider)) {
    const table = ACTIVITY_TABLES[candidate];
    const found =
      lookup(table, vendorType) ??
      lookup(table, vendorType.toLowerCase()) ??
      lookup(table, vendorType.toUpperCase());
    if (found) return found;
  }
  return FALLBACK_ACTIVITY_TYPE;
}

export function statisticTable(provider: Provider): StatisticTable {
  return STATISTIC_TABLES[provider];
}
