import {
  ConnectionCreatedDataDto,
  ConnectionRevokedDataDto,
  ImportCompletedDataDto,
  ImportFailedDataDto,
  SummaryUpdatedDataDto,
  SyncCompletedDataDto,
  SyncQuarantinedDataDto,
  UserCreatedDataDto,
  UserDeletedDataDto,
  WebhookDisabledDataDto,
  WebhookTestDataDto,
} from './dto/webhook-events.dto.js';

type DataClass = abstract new () => object;

interface EventDefinition {
  summary: string;
  data: DataClass;
  /** False for events an endpoint cannot subscribe to (sent to one endpoint only, or only logged). */
  subscribable: boolean;
}

/** Every event Wearbridge sends; the OpenAPI document's `webhooks` section is built from this list. */
export const EVENT_CATALOGUE = {
  'sync.completed': {
    summary: 'A sync batch was stored and normalized',
    data: SyncCompletedDataDto,
    subscribable: true,
  },
  'sync.quarantined': {
    summary: 'A sync batch could not be used as sent and was kept aside for an operator',
    data: SyncQuarantinedDataDto,
    subscribable: true,
  },
  'summary.updated': {
    summary: "Daily summaries of a user's local days may have changed (coalesced over a short window)",
    data: SummaryUpdatedDataDto,
    subscribable: true,
  },
  'user.created': { summary: 'A user was created', data: UserCreatedDataDto, subscribable: true },
  'user.deleted': {
    summary: 'A user and all their data were deleted',
    data: UserDeletedDataDto,
    subscribable: true,
  },
  'connection.created': {
    summary: 'The first batch from a provider (apple, google, samsung) was stored for a user',
    data: ConnectionCreatedDataDto,
    subscribable: true,
  },
  'connection.revoked': {
    summary: "A user's connection ended (SDK sign-out, an operator, the application's deletion)",
    data: ConnectionRevokedDataDto,
    subscribable: true,
  },
  'import.completed': {
    summary: 'A data import finished',
    data: ImportCompletedDataDto,
    subscribable: true,
  },
  'import.failed': { summary: 'A data import failed', data: ImportFailedDataDto, subscribable: true },
  'webhook.test': {
    summary: 'Sent to one endpoint on request (POST …/webhooks/{id}/test)',
    data: WebhookTestDataDto,
    subscribable: false,
  },
  'webhook.disabled': {
    summary: 'Logged (not sent) when an endpoint is disabled after failing for too long',
    data: WebhookDisabledDataDto,
    subscribable: false,
  },
} as const satisfies Record<string, EventDefinition>;

export type WebhookEventType = keyof typeof EVENT_CATALOGUE;

export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as WebhookEventType[];

export const SUBSCRIBABLE_EVENT_TYPES = EVENT_TYPES.filter((type) => EVENT_CATALOGUE[type].subscribable);

/** What each event's `data` holds, for callers of the outbox. */
export interface WebhookEventData {
  'sync.completed': SyncCompletedDataDto;
  'sync.quarantined': SyncQuarantinedDataDto;
  'summary.updated': SummaryUpdatedDataDto;
  'user.created': UserCreatedDataDto;
  'user.deleted': UserDeletedDataDto;
  'connection.created': ConnectionCreatedDataDto;
  'connection.revoked': ConnectionRevokedDataDto;
  'import.completed': ImportCompletedDataDto;
  'import.failed': ImportFailedDataDto;
  'webhook.test': WebhookTestDataDto;
  'webhook.disabled': WebhookDisabledDataDto;
}
