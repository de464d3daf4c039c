import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageDto } from '../../../common/http/pagination.js';
import { SUBSCRIBABLE_EVENT_TYPES } from '../event-catalogue.js';
import { RESPONSE_READ_LIMIT_BYTES } from '../http-sender.js';
import type { DeliveryState } from '../webhook-delivery.entity.js';

const DELIVERY_STATES: DeliveryState[] = ['pending', 'succeeded', 'failed', 'cancelled', 'notice'];

export class CreateWebhookDto {
  /** Where events are POSTed: https in production, never an internal address unless configured. */
  @ApiProperty({ example: 'https://example.com/hooks/wearbridge' })
  @IsString()
  @MaxLength(2048)
  url: string;

  /** Event types to receive; omitted or null: all of them. */
  @ApiPropertyOptional({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true, nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUBSCRIBABLE_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(SUBSCRIBABLE_EVENT_TYPES, {
    each: true,
    message: `each event type must be one of: ${SUBSCRIBABLE_EVENT_TYPES.join(', ')}`,
  })
  event_types?: string[] | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  description?: string | null;

  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional({ example: 'https://example.com/hooks/wearbridge' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true, nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUBSCRIBABLE_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(SUBSCRIBABLE_EVENT_TYPES, {
    each: true,
    message: `each event type must be one of: ${SUBSCRIBABLE_EVENT_TYPES.join(', ')}`,
  })
  event_types?: string[] | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  description?: string | null;

  /** true re-enables an endpoint disabled for failing (its failing streak starts over). */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class RotateWebhookSecretDto {
  /** How long the old secret keeps signing beside the new one (0–604800 s, default 86400). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600)
  grace_seconds?: number;
}

export class ReplayWebhookDto {
  /** Re-send every event (of the types this endpoint takes) that occurred at or after this time. */
  @ApiProperty({ format: 'date-time' })
  @Type(() => Date)
  @IsDate({ message: 'since must be an ISO 8601 date-time' })
  since: Date;
}

export class WebhookResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  app_id: string;
  url: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  /** null: every event type. */
  @ApiProperty({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true, nullable: true })
  event_types: string[] | null;
  enabled: boolean;
  /** `failing` when Wearbridge disabled it; null otherwise. */
  @ApiProperty({ type: String, nullable: true }) disabled_reason: string | null;
  /** Until then deliveries also carry a signature made with the previous secret. */
  @ApiProperty({ type: Date, nullable: true }) previous_secret_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export class WebhookWithSecretResponseDto extends WebhookResponseDto {
  /** The Standard Webhooks signing secret, shown only in this response. */
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
  secret: string;
}

export class WebhookAttemptDto {
  attempted_at: Date;
  /** null: no HTTP response (refused, timed out, blocked address). */
  @ApiProperty({ type: Number, nullable: true }) status_code: number | null;
  latency_ms: number;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      `The start of the response body: at most its first ${RESPONSE_READ_LIMIT_BYTES} bytes, decoded as UTF-8 (invalid ` +
      'bytes replaced by U+FFFD, NUL removed); the rest is never read. Empty for an empty body; null when no response came.',
  })
  response_excerpt: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The response's Content-Type header; null when it had none or no response came.",
    example: 'application/json; charset=utf-8',
  })
  response_content_type: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  /** Also the `webhook-id` header (as `msg_<id without dashes>`). */
  @ApiProperty({ format: 'uuid' }) event_id: string;
  event_type: string;
  occurred_at: Date;
  /** pending, succeeded, failed (retries exhausted), cancelled (endpoint disabled), notice (logged, not sent). */
  @ApiProperty({ enum: DELIVERY_STATES }) state: DeliveryState;
  attempt_count: number;
  @ApiProperty({ type: Date, nullable: true }) next_attempt_at: Date | null;
  created_at: Date;
  @ApiProperty({ type: Date, nullable: true }) completed_at: Date | null;
  @ApiProperty({ type: [WebhookAttemptDto] }) attempts: WebhookAttemptDto[];
}

export class WebhookDeliveryPageDto extends PageDto<WebhookDeliveryDto> {
  @ApiProperty({ type: [WebhookDeliveryDto] })
  declare items: WebhookDeliveryDto[];
}

export class WebhookTestResponseDto {
  @ApiProperty({ format: 'uuid' }) event_id: string;
  @ApiProperty({ format: 'uuid' }) delivery_id: string;
}

export class WebhookRetryResponseDto {
  @ApiProperty({ format: 'uuid' }) delivery_id: string;
  /** The number of the attempt now queued. */
  attempt: number;
}

export class WebhookReplayResponseDto {
  /** Deliveries queued (at most 10,000 per call; call again from the last event's time for more). */
  deliveries: number;
}
