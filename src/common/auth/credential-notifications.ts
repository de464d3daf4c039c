import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { guardedClient } from '../../database/guarded-pg.js';
import { CredentialEvents } from './credential-events.js';

const CHANNEL = 'wearbridge_credentials';
const RECONNECT_DELAY_MS = 1000;
const END_GRACE_MS = 2000;

function closeSoon(client: pg.Client): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      resolve();
    }, END_GRACE_MS);
    timer.unref();
  });
}

/**
 * Carries credential changes between API processes (WEB_CONCURRENCY, several machines, `npm run worker`) with
 * LISTEN/NOTIFY on a connection of its own. While that connection is down every change is assumed, so caches
 * are dropped on each reconnect.
 */
@Injectable()
export class CredentialNotifications implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CredentialNotifications.name);
  private readonly instance = randomUUID();
  private client?: pg.Client;
  private reconnect?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: CredentialEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.events.publishWith(async () => {
      await this.dataSource.query(`SELECT pg_notify('${CHANNEL}', $1)`, [this.instance]);
    });
    await this.listen();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const url = (this.dataSource.options as { url?: string }).url;
    const client = guardedClient({ connectionString: url, application_name: 'wearbridge-notices' }, () =>
      this.lost(client),
    );
    this.client = client;
    client.on('notification', (message) => {
      if (message.payload !== this.instance) this.events.changedElsewhere();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.stopped) await client.end();
    } catch (error) {
      this.logger.warn(
        `credential notices unavailable (${(error as Error).message}); caches follow their TTL`,
      );
      this.lost(client);
    }
  }

  private lost(client: pg.Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.events.changedElsewhere();
    this.reconnect = setTimeout(() => void this.listen(), RECONNECT_DELAY_MS);
    this.reconnect.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    // A connection still being opened is cut rather than waited for.
    if (client) await Promise.race([client.end().catch(() => undefined), closeSoon(client)]);
  }
}
