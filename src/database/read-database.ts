import { Inject, Injectable, OnApplicationShutdown, Optional } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { Transactions } from './transactions.js';

/** The DataSource on DATABASE_READ_URL, when one is configured. */
export const READ_REPLICA = Symbol('READ_REPLICA');

/**
 * Where the read API's repositories query: the replica of DATABASE_READ_URL when configured, the primary otherwise.
 * Inside a transaction it is always that transaction, so a flow that writes reads its own writes.
 */
@Injectable()
export class ReadDatabase implements OnApplicationShutdown {
  constructor(
    private readonly primary: Transactions,
    @Optional() @Inject(READ_REPLICA) private readonly replica?: DataSource,
  ) {}

  get manager(): EntityManager {
    return this.primary.transactionManager ?? this.replica?.manager ?? this.primary.manager;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.replica?.isInitialized) await this.replica.destroy();
  }
}
