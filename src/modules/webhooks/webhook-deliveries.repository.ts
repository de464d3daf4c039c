import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Transactions } from '../../database/transactions.js';
import type { DeliveryState } from './webhook-delivery.entity.js';

export interface DeliveryTarget {
  deliveryId: string;
  state: DeliveryState;
  attemptCount: number;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  occurredAt: Date;
  endpointId: string;
  applicationId: string;
  url: string;
  enabled: boolean;
}

export interface AttemptRow {
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseExcerpt: string | null;
  responseContentType: string | null;
}

export interface DeliveryLogRow {
  id: string;
  eventId: string;
  eventType: string;
  occurredAt: Date;
  state: DeliveryState;
  attemptCount: number;
  nextAttemptAt: Date | null;
  createdAt: Date;
  completedAt: Date | null;
}

export interface PendingEvent {
  id: string;
  applicationId: string;
  type: string;
  data: Record<string, unknown>;
}

/** Subscribed: the endpoint takes every type (null) or lists this one. */
const SUBSCRIBED = '(e.event_types IS NULL OR $3::text = ANY(e.event_types))';

/** The outbox events, their deliveries to endpoints and each delivery's attempts. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(private readonly db: Transactions) {}

  /** Stores an event only when some endpoint of the application would take it; returns its id, or null. */
  async insertEvent(
    applicationId: string,
    type: string,
    data: object,
    coalesceKey: string | null = null,
  ): Promise<string | null> {
    const rows = await this.db.manager.query(
      `INSERT INTO webhook_events (id, application_id, type, data, occurred_at, coalesce_key)
       SELECT $1::uuid, $2::uuid, $3::text, $4::jsonb, now(), $5::text
        WHERE EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.application_id = $2 AND ${SUBSCRIBED})
       RETURNING id`,
      [randomUUID(), applicationId, type, JSON.stringify(data), coalesceKey],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Adds changed days to the user's collecting summary.updated event (or starts one). `days` maps a local date to its
   * changed kinds (`{"2026-11-20": {"activity": true}}`), so merging is a per-day object union. `started` is true
   * when this call created the event (its fan-out must then be scheduled).
   */
  async mergeSummaryChange(
    applicationId: string,
    userId: string,
    days: object,
  ): Promise<{ id: string; started: boolean } | null> {
    const rows = await this.db.manager.query(
      `INSERT INTO webhook_events (id, application_id, type, data, occurred_at, coalesce_key)
       SELECT $1::uuid, $2::uuid, $3::text, jsonb_build_object('user_id', $4::text, 'days', $5::jsonb), now(), $4::text
        WHERE EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.application_id = $2 AND ${SUBSCRIBED})
       ON CONFLICT (application_id, coalesce_key) WHERE coalesce_key IS NOT NULL AND fanned_out_at IS NULL
       DO UPDATE SET data = jsonb_build_object(
         'user_id', webhook_events.data->'user_id',
         'days', (SELECT jsonb_object_agg(d, coalesce(webhook_events.data->'days'->d, '{}'::jsonb)
                                             || coalesce(excluded.data->'days'->d, '{}'::jsonb))
                    FROM jsonb_object_keys((webhook_events.data->'days') || (excluded.data->'days')) AS d))
       RETURNING id, (xmax = 0) AS started`,
      [randomUUID(), applicationId, 'summary.updated', userId, JSON.stringify(days)],
    );
    return rows[0] ? { id: rows[0].id, started: rows[0].started } : null;
  }

  /** The event types some endpoint of the application takes (all of them when one takes every type). */
  async subscribedTypes(applicationId: string, allTypes: readonly string[]): Promise<Set<string>> {
    const rows: { eventTypes: string[] | null }[] = await this.db.manager.query(
      'SELECT event_types AS "eventTypes" FROM webhook_endpoints WHERE application_id = $1',
      [applicationId],
    );
    if (rows.some((r) => r.eventTypes === null)) return new Set(allTypes);
    return new Set(rows.flatMap((r) => r.eventTypes ?? []));
  }

  /** Locks an event that has not been fanned out yet. */
  async lockPendingEvent(id: string): Promise<PendingEvent | null> {
    const rows = await this.db.manager.query(
      `SELECT id, application_id AS "applicationId", type, data FROM webhook_events
        WHERE id = $1 AND fanned_out_at IS NULL FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Seals the event with its final data and creates one pending delivery per enabled subscribed endpoint. */
  async fanOut(event: PendingEvent, data: object): Promise<string[]> {
    await this.db.manager.query(
      'UPDATE webhook_events SET fanned_out_at = now(), data = $2::jsonb WHERE id = $1',
      [event.id, JSON.stringify(data)],
    );
    const rows = await this.db.manager.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, state, attempt_count, next_attempt_at)
       SELECT e.id, $1::uuid, 'pending', 0, now() FROM webhook_endpoints e
        WHERE e.application_id = $2::uuid AND e.enabled AND ${SUBSCRIBED}
       RETURNING id`,
      [event.id, event.applicationId, event.type],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  /** An event for one endpoint only (webhook.test), already fanned out. */
  async insertDirectEvent(
    applicationId: string,
    endpointId: string,
    type: string,
    data: object,
    state: DeliveryState,
  ): Promise<{ eventId: string; deliveryId: string }> {
    const eventId = randomUUID();
    await this.db.manager.query(
      `INSERT INTO webhook_events (id, application_id, type, data, occurred_at, fanned_out_at)
       VALUES ($1, $2, $3, $4::jsonb, now(), now())`,
      [eventId, applicationId, type, JSON.stringify(data)],
    );
    const rows = await this.db.manager.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, state, attempt_count, next_attempt_at, completed_at)
       VALUES ($1, $2, $3::text, 0, CASE WHEN $3::text = 'pending' THEN now() END,
               CASE WHEN $3::text = 'pending' THEN NULL ELSE now() END)
       RETURNING id`,
      [endpointId, eventId, state],
    );
    return { eventId, deliveryId: rows[0].id };
  }

  async target(deliveryId: string): Promise<DeliveryTarget | null> {
    const rows = await this.db.manager.query(
      `SELECT d.id AS "deliveryId", d.state, d.attempt_count AS "attemptCount", ev.id AS "eventId", ev.type, ev.data,
              ev.occurred_at AS "occurredAt", ep.id AS "endpointId", ep.application_id AS "applicationId", ep.url,
              ep.enabled
         FROM webhook_deliveries d
         JOIN webhook_events ev ON ev.id = d.event_id
         JOIN webhook_endpoints ep ON ep.id = d.endpoint_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    return rows[0] ?? null;
  }

  /**
   * Records attempt number `attempt` if the delivery still waits for exactly that attempt (a stale or duplicate job
   * records nothing and gets false).
   */
  async recordAttempt(
    deliveryId: string,
    attempt: number,
    result: AttemptRow,
    next: { state: DeliveryState; nextAttemptAt: Date | null },
  ): Promise<boolean> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [rows] = await this.db.manager.query(
      `UPDATE webhook_deliveries
          SET attempt_count = $2::int, state = $3::text, next_attempt_at = $4,
              completed_at = CASE WHEN $3::text = 'pending' THEN NULL ELSE now() END
        WHERE id = $1 AND attempt_count = $2::int - 1 AND state = 'pending'
       RETURNING id`,
      [deliveryId, attempt, next.state, next.nextAttemptAt],
    );
    if (rows.length === 0) return false;
    await this.db.manager.query(
      `INSERT INTO webhook_attempts
              (delivery_id, attempted_at, status_code, latency_ms, error, response_excerpt, response_content_type)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        deliveryId,
        result.attemptedAt,
        result.statusCode,
        result.latencyMs,
        result.error,
        result.responseExcerpt,
        result.responseContentType,
      ],
    );
    return true;
  }

  async cancelPending(endpointId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE webhook_deliveries SET state = 'cancelled', next_attempt_at = NULL, completed_at = now()
        WHERE endpoint_id = $1 AND state = 'pending'`,
      [endpointId],
    );
  }

  async cancel(deliveryId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE webhook_deliveries SET state = 'cancelled', next_attempt_at = NULL, completed_at = now()
        WHERE id = $1 AND state = 'pending'`,
      [deliveryId],
    );
  }

  /** Puts a delivery back in line for one more attempt; returns that attempt's number. */
  async requeue(endpointId: string, deliveryId: string): Promise<number | null> {
    const [rows] = await this.db.manager.query(
      `UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = now(), completed_at = NULL
        WHERE id = $1 AND endpoint_id = $2 AND state <> 'notice'
       RETURNING attempt_count + 1 AS attempt`,
      [deliveryId, endpointId],
    );
    return rows[0]?.attempt ?? null;
  }

  async deliveryState(endpointId: string, deliveryId: string): Promise<DeliveryState | null> {
    const rows = await this.db.manager.query(
      'SELECT state FROM webhook_deliveries WHERE id = $1 AND endpoint_id = $2',
      [deliveryId, endpointId],
    );
    return rows[0]?.state ?? null;
  }

  /** New deliveries to one endpoint of the events it takes since a time (oldest first, at most `limit`). */
  async replay(
    applicationId: string,
    endpointId: string,
    eventTypes: string[] | null,
    replayable: string[],
    since: Date,
    limit: number,
  ): Promise<string[]> {
    const rows = await this.db.manager.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, state, attempt_count, next_attempt_at)
       SELECT $2, ev.id, 'pending', 0, now() FROM webhook_events ev
        WHERE ev.application_id = $1 AND ev.fanned_out_at IS NOT NULL AND ev.occurred_at >= $3
          AND ev.type = ANY($4::text[]) AND ($5::text[] IS NULL OR ev.type = ANY($5::text[]))
        ORDER BY ev.occurred_at, ev.id
        LIMIT $6
       RETURNING id`,
      [applicationId, endpointId, since, replayable, eventTypes, limit],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  async page(
    endpointId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: DeliveryLogRow[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db.manager.query(
        `SELECT d.id, d.event_id AS "eventId", ev.type AS "eventType", ev.occurred_at AS "occurredAt", d.state,
                d.attempt_count AS "attemptCount", d.next_attempt_at AS "nextAttemptAt", d.created_at AS "createdAt",
                d.completed_at AS "completedAt"
           FROM webhook_deliveries d JOIN webhook_events ev ON ev.id = d.event_id
          WHERE d.endpoint_id = $1
          ORDER BY d.created_at DESC, d.id DESC
          OFFSET $2 LIMIT $3`,
        [endpointId, offset, limit],
      ),
      this.db.manager.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1', [
        endpointId,
      ]),
    ]);
    return { rows, total: count[0].n };
  }

  async attemptsOf(deliveryIds: string[]): Promise<Map<string, AttemptRow[]>> {
    const byDelivery = new Map<string, AttemptRow[]>(deliveryIds.map((id) => [id, []]));
    if (deliveryIds.length === 0) return byDelivery;
    const rows = await this.db.manager.query(
      `SELECT delivery_id AS "deliveryId", attempted_at AS "attemptedAt", status_code AS "statusCode",
              latency_ms AS "latencyMs", error, response_excerpt AS "responseExcerpt",
              response_content_type AS "responseContentType"
         FROM webhook_attempts WHERE delivery_id = ANY($1) ORDER BY attempted_at, id`,
      [deliveryIds],
    );
    for (const { deliveryId, ...attempt } of rows) byDelivery.get(deliveryId)!.push(attempt);
    return byDelivery;
  }

  async pruneEvents(retentionDays: number): Promise<number> {
    const [, count] = await this.db.manager.query(
      `DELETE FROM webhook_events
        WHERE occurred_at < now() - make_interval(days => $1) AND fanned_out_at IS NOT NULL`,
      [retentionDays],
    );
    return count;
  }
}
