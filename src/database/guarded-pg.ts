import pg from 'pg';
import { sqlRecorderFromEnv } from './sql-capture.js';

export type ClientErrorHandler = (error: Error) => void;

/**
 * pg with an error listener on every pooled client for its whole life.
 *
 * pg-pool removes its own idle listener when it hands a client over, and TypeORM's PostgresQueryRunner attaches its
 * listener only in a `.then()` after that. A new client is handed over from inside the socket read that carried its
 * ReadyForQuery, so an ErrorResponse in the same read (57P01 from `pg_terminate_backend`, a failover, a reaper) is
 * emitted as 'error' with no listener, which ends the process. A listener attached on the pool's `connect` event is
 * there before the hand-over and stays until the client is gone; pg-pool still drops the broken client on release.
 * (Reproduced in test/e2e/database-faults.e2e-spec.ts.)
 */
export function guardedPg(onClientError: ClientErrorHandler): typeof pg {
  const recordSql = sqlRecorderFromEnv();
  class GuardedPool extends pg.Pool {
    constructor(config?: pg.PoolConfig) {
      super(config);
      this.on('connect', (client) => {
        client.on('error', onClientError);
        recordSql?.(client);
      });
      // An idle client's error reaches the listener above too; the pool's event only needs to be handled.
      this.on('error', () => undefined);
    }
  }
  return { ...pg, Pool: GuardedPool } as typeof pg;
}

/** A standalone client (admin work, LISTEN) that cannot end the process with an unhandled 'error'. */
export function guardedClient(config: pg.ClientConfig, onClientError: ClientErrorHandler): pg.Client {
  const client = new pg.Client(config);
  client.on('error', onClientError);
  return client;
}
