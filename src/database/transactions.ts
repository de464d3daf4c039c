import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * The explicit transaction boundary services use. Repositories read `manager`, which is the surrounding
 * transaction's when there is one, so a service decides atomicity without passing managers around.
 */
@Injectable()
export class Transactions {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  /** The surrounding transaction's manager, if there is one. */
  get transactionManager(): EntityManager | undefined {
    return this.current.getStore();
  }

  /** A transaction of its own that commits independently, even when called inside another one. */
  runSeparately<T>(work: () => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    return this.current.exit(() => this.run(work, isolation));
  }

  /** Runs `work` with a caller-supplied manager (another module's transaction) as the current one. */
  runWith<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    if (this.current.getStore() === manager) return work();
    return this.current.run(manager, work);
  }

  run<T>(work: () => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    if (this.current.getStore()) return work();
    return this.dataSource.transaction(isolation, (manager) => this.current.run(manager, work));
  }
}
