import { Injectable } from '@nestjs/common';

/**
 * Notice that credential state changed (application, user or session revoked), so caches of that state drop their
 * entries at once: in this process directly, in the others through PostgreSQL NOTIFY (CredentialNotifications).
 * Should a notice be lost, the other processes still follow within CREDENTIAL_STATE_CACHE_SECONDS.
 */
@Injectable()
export class CredentialEvents {
  private readonly listeners: Array<() => void> = [];
  private publisher?: () => Promise<void>;

  subscribe(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** How a change reaches the other processes. */
  publishWith(publisher: () => Promise<void>): void {
    this.publisher = publisher;
  }

  /** Call after the change committed; resolves once the other processes have been told (or telling them failed). */
  async changed(): Promise<void> {
    this.changedElsewhere();
    await this.publisher?.().catch(() => undefined);
  }

  /** Another process (or a lost connection to their notices) says cached state may be stale. */
  changedElsewhere(): void {
    for (const listener of this.listeners) listener();
  }
}
