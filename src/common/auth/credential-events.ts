import { Injectable } from '@nestjs/common';

/**
 * In-process notice that credential state changed (application, user or session revoked), so caches of that state
 * drop their entries at once in this process; other processes follow within the cache TTL.
 */
@Injectable()
export class CredentialEvents {
  private readonly listeners: Array<() => void> = [];

  subscribe(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }
}
