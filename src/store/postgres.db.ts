// A PostgreSQL server via DATABASE_URL: what several server processes share in production.
// A database that restarts, fails over, drops connections or stops answering must cost
// a 503 for the requests caught in it, never the process: every client has an 'error'
// listener while it is idle and while a transaction holds it, every wait has a limit
// (connect, statement, idle in transaction, and a client-side limit for a server that
// has gone silent), and a client whose connection is in doubt is destroyed, not reused.
import pg from 'pg';
import type { Writable } from 'node:stream';
import { classifyStoreError, preparedName, StoreError, type Db, type Queryable, type QueryOptions } from './db.js';
import { listenFor } from './pg-listen.js';

// Timestamps come back as ISO strings from both drivers' callers' point of view: we read
// timestamptz into Date (pg's default) and bigint ids as numbers (they stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface PostgresOptions {
  max?: number;
  /** How long to wait for a connection (a new one, or a free one from the pool). */
  connectTimeoutMs?: number;
  /** The server ends a statement running longer, or a transaction idle longer, than this. */
  statementTimeoutMs?: number;
  /** Reports a connection that failed while idle (the pool replaces it). */
  onConnectionError?: (error: Error) => void;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  const statementTimeout = options.statementTimeoutMs ?? 10_000;
  const onConnectionError = options.onConnectionError ?? (() => {});
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // Idle connections are kept a minute: opening one costs a new server process (~20 ms here).
    idleTimeoutMillis: 60_000,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    statement_timeout: statementTimeout,
    idle_in_transaction_session_timeout: statementTimeout,
    // The server's own limits cannot fire when the network has gone silent: the client
    // gives up a little after them.
    query_timeout: statementTimeout + 2_000,
    keepAlive: true,
    application_name: 'doorstep',
    // Statements are written without waiting for the answer to the one before (pg's
    // pipeline mode): a transaction's begin and commit ride with its statements.
    pipeline: true,
  });
  // An idle client that loses its connection must not crash the process; the pool drops it.
  pool.on('error', onConnectionError);
  // Nor may one between being handed out and being watched by its holder: pg-pool takes
  // its idle listener off as it hands a client over, and a FATAL that arrives in the same
  // read (a backend terminated, a failover) would be emitted with no one listening. Every
  // client gets a listener of its own for its whole life.
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new StoreError('STORE_UNAVAILABLE', `Cannot connect to PostgreSQL at ${redact(url)}: ${(cause as Error).message}`, { cause });
  }
  const query: Queryable['query'] = async <T>(sql: string, params: readonly unknown[] = []) => {
    const r = await pool.query(statement(sql, params));
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  };
  return {
    driver: 'postgres',
    query,
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(work) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw classifyStoreError(error);
      }
      // Held for the transaction, the client is not the pool's to watch: without a
      // listener of our own, a connection dropped mid-transaction is an uncaught error.
      let lost: Error | null = null;
      const onError = (error: Error) => {
        lost = error;
        onConnectionError(error);
      };
      client.on('error', onError);
      let broken: Error | null = null;
      // The client runs in pipeline mode: a statement is written without waiting for the
      // answer to the one before. The statements a transaction issues in one go (its begin
      // and first statement; its last statement and the commit) leave in one write: the
      // socket is corked until the code that issued them yields. A turn is two round trips.
      const socket = streamOf(client);
      let corked = false;
      const batch = () => {
        if (corked) return;
        corked = true;
        socket.cork();
        process.nextTick(() => {
          corked = false;
          socket.uncork();
        });
      };
      batch();
      const begun = client.query('begin');
      // Watched from now: it may fail while the work is still running.
      begun.catch(() => {});
      let committed = false;
      const open = () => {
        if (committed) throw new Error('the transaction was committed with its last statement; nothing may follow it');
        batch();
      };
      try {
        const tx: Queryable = {
          async query<T>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) {
            open();
            const result = client.query(statement(sql, params));
            let commit: Promise<unknown> | null = null;
            if (options.last) {
              committed = true;
              commit = client.query('commit');
            }
            // The statement's own failure is the one to report; a commit behind a failed
            // statement only rolls back (PostgreSQL answers it ROLLBACK, not an error).
            const [r] = await Promise.all([result, commit]);
            return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
          },
          async exec(sql: string) {
            open();
            await client.query(sql);
          },
        };
        const result = await work(tx);
        await begun;
        if (!committed) await client.query('commit');
        return result;
      } catch (error) {
        await begun.catch(() => {});
        const failure = classifyStoreError(lost ?? error);
        if (failure instanceof StoreError && failure.code === 'STORE_UNAVAILABLE') {
          // The connection is lost or in doubt (a silent server may still be running the
          // last statement): destroy it; the server rolls back what it held.
          broken = failure;
        } else if (!committed) {
          await client.query('rollback').catch((e: Error) => (broken = e));
        }
        throw failure;
      } finally {
        client.off('error', onError);
        // Releasing with an error destroys the client instead of pooling it.
        client.release(lost ?? broken ?? undefined);
      }
    },
    close: () => pool.end(),
    listen: (channel, handlers) => listenFor(url, channel, handlers),
  };
}

/** The query as pg takes it: named (prepared once per connection) when the store marked it so. */
function statement(text: string, params: readonly unknown[]): pg.QueryConfig {
  const name = preparedName(text);
  return name ? { name, text, values: params as unknown[] } : { text, values: params as unknown[] };
}

/** The socket under a client, to cork it while a transaction's first statements are queued. */
function streamOf(client: pg.PoolClient): Writable {
  return (client as unknown as { connection: { stream: Writable } }).connection.stream;
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unreadable DATABASE_URL)';
  }
}
