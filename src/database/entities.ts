import { SsoLoginAttempt } from '../modules/sso/sso-login-attempt.entity.js';
import { RateLimitCounter } from '../common/rate-limit/rate-limit-counter.entity.js';
import { UserConnection } from '../modules/connections/connection.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Operator } from '../modules/auth/operator.entity.js';
import { OrganizationInvitation } from '../modules/organizations/organization-invitation.entity.js';
import { OrganizationMember } from '../modules/organizations/organization-member.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { ApiKey } from '../modules/apps/api-key.entity.js';
import { SourcePriority } from '../modules/data/source-priority/source-priority.entity.js';
import { Application } from '../modules/apps/application.entity.js';
import { SyncBatchPayload } from '../modules/ingestion/sync-batch-payload.entity.js';
import { SyncBatch } from '../modules/ingestion/sync-batch.entity.js';
import { SyncLogEvent } from '../modules/ingestion/sync-log-event.entity.js';
import { DataSourceEntity } from '../modules/normalization/data-source.entity.js';
import { RawRecord } from '../modules/normalization/raw-record.entity.js';
import { Sample } from '../modules/normalization/sample.entity.js';
import { SleepSession } from '../modules/normalization/sleep-session.entity.js';
import { SleepStage } from '../modules/normalization/sleep-stage.entity.js';
import { Workout } from '../modules/normalization/workout.entity.js';
import { RefreshTokenFamily } from '../modules/tokens/refresh-token-family.entity.js';
import { InvitationCode } from '../modules/tokens/invitation-code.entity.js';
import { RefreshToken } from '../modules/tokens/refresh-token.entity.js';
import { User } from '../modules/users/user.entity.js';
import { WebhookAttempt } from '../modules/webhooks/webhook-attempt.entity.js';
import { WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity.js';
import { WebhookEvent } from '../modules/webhooks/webhook-event.entity.js';
import { Import } from '../modules/imports/import.entity.js';

/** Every mapped table; the data-source options, the migration generator and the tests share this list. */
export const ENTITIES = [
  Operator,
  Organization,
  OrganizationMember,
  OrganizationInvitation,
  SsoLoginAttempt,
  Application,
  ApiKey,
  User,
  RefreshTokenFamily,
  RefreshToken,
  InvitationCode,
  AuditEvent,
  RateLimitCounter,
  DataSourceEntity,
  Sample,
  RawRecord,
  SleepStage,
  SleepSession,
  Workout,
  SyncBatch,
  SyncBatchPayload,
  SyncLogEvent,
  SourcePriority,
  WebhookEndpoint,
  WebhookEvent,
  Import,
  WebhookDelivery,
  WebhookAttempt,
  UserConnection,
];
