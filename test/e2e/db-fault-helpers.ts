import net from 'node:net';
import pg from 'pg';
import type { TestApp } from '../setup/test-app.js';
import { SERVER_ENV } from '../setup/test-database-server.js';

/** The backend message PostgreSQL sends when `pg_terminate_backend` ends a session. */
function terminationMessage(): Buffer {
  const fields = Buffer.concat(
    [
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', '57P01'],
      ['M', 'terminating connection due to administrator command'],
    ].map(([tag, text]) => Buffer.from(`${tag}${text}\0`, 'utf8')),
  );
  const body = Buffer.concat([fields, Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write('E', 0, 'ascii');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

export interface TerminatingProxy {
  port: number;
  /** Connections that were given a termination. */
  readonly terminated: number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL that lets the first `passThrough` connections be, and ends every later one the
 * way a termination racing the hand-over does: the 57P01 ErrorResponse in the very same socket write as the
 * ReadyForQuery that completes the connection, so the client parses both in one read.
 */
export async function startTerminatingProxy(target: URL, passThrough: number): Promise<TerminatingProxy> {
  let connections = 0;
  let terminated = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const index = connections++;
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const cleanup = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', cleanup).on('close', cleanup);
    upstream.on('error', cleanup).on('close', cleanup);
    client.pipe(upstream);
    if (index < passThrough) {
      upstream.pipe(client);
      return;
    }
    // Server messages are forwarded whole; the one that completes the connection gets the termination appended.
    let pending = Buffer.alloc(0);
    upstream.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      let offset = 0;
      while (pending.length - offset >= 5) {
        const length = pending.readInt32BE(offset + 1);
        if (pending.length - offset < 1 + length) break;
        const type = String.fromCharCode(pending[offset]);
        offset += 1 + length;
        if (type === 'Z') {
          terminated++;
          client.end(Buffer.concat([pending.subarray(0, offset), terminationMessage()]));
          upstream.destroy();
          return;
        }
      }
      client.write(pending.subarray(0, offset));
      pending = pending.subarray(offset);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    get terminated() {
      return terminated;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function databaseNameOf(t: TestApp): string {
  return new URL(t.config.database.url!).pathname.slice(1);
}

/** A connection to the server's maintenance database, for what must run from outside the app's database. */
export async function adminClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env[SERVER_ENV]! });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Ends every session the API holds on its database (application_name 'wearbridge'); the test's own pool is spared. */
export async function terminateApiBackends(admin: pg.Client, database: string): Promise<number> {
  const { rows } = await admin.query(
    `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
      WHERE datname = $1 AND application_name = 'wearbridge' AND pid <> pg_backend_pid()`,
    [database],
  );
  return rows[0].n;
}

export async function setAllowConnections(admin: pg.Client, database: string, allow: boolean) {
  await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(database)} ALLOW_CONNECTIONS ${allow}`);
}

/** Polls `check` until it returns true or the deadline passes; returns the milliseconds it took. */
export async function within(deadlineMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > deadlineMs) throw new Error(`condition not met within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
