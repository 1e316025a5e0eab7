import type { ListenHandlers, Listening } from './pg-listen.js';

// The one thing both drivers must do: run SQL, and run a function inside a transaction.
// Everything above this (migrations, the store) is written once, in plain PostgreSQL
// SQL, and runs on PGlite and on a PostgreSQL server alike.

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<{ rows: T[]; rowCount: number }>;
  /** Runs several statements with no parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface QueryOptions {
  /**
   * In a transaction, this is its last statement: on PostgreSQL the commit is sent behind it
   * in the same round trip, and a statement after it is refused rather than run outside the
   * transaction. Elsewhere it changes nothing (the transaction commits when its work ends).
   */
  last?: boolean;
}

export interface Db extends Queryable {
  /** Which driver this is, for the banner and for tests. */
  readonly driver: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * PostgreSQL only: hear pg_notify on `channel` from every process sharing the database
   * (see pg-listen.ts). Absent on the embedded store, which one process holds.
   */
  listen?(channel: string, handlers: ListenHandlers): Listening;
}

/** SQL text the hot paths run on every turn, by the name PostgreSQL prepares it under. */
const PREPARED = new Map<string, string>();

/**
 * Marks a statement run on every turn (or every outbox round) to be prepared once per
 * connection on PostgreSQL and then only bound and executed: the server parses and plans
 * it once instead of each time. The text is returned as it is; PGlite runs it as before.
 */
export function prepared(name: string, text: string): string {
  PREPARED.set(text, name);
  return text;
}

/** The name a statement is prepared under, if it is one of those. */
export const preparedName = (text: string): string | undefined => PREPARED.get(text);

/** A stable code and a cause for the errors a deployer can act on. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: 'STORE_LOCKED' | 'STORE_UNAVAILABLE' | 'STORE_MIGRATION_FAILED' | 'STORE_REFUSED_INPUT',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// SQLSTATE classes and codes that say the database could not do the work now, though the
// request was fine: a lost or refused connection, a server shutting down or restarting, a
// statement or an idle transaction timed out, out of resources, or a conflict to retry.
const UNAVAILABLE_CLASSES = new Set(['08', '53', '57', '58', '40']);
const UNAVAILABLE_CODES = new Set(['25P03', '55P03']);
// Network errors from the driver (Node's codes) and pg's own wording for a connection it lost.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const LOST_CONNECTION =
  /connection terminated|connection (?:error|ended)|not queryable|timeout exceeded when trying to connect|query read timeout|cannot use a pool after calling end|client was closed|pglite is closed/i;

/**
 * A driver error in the store's own terms, so the HTTP layer maps it in one place: the
 * database could not be reached or gave up (STORE_UNAVAILABLE, 503: try again), or it
 * refused a value (STORE_REFUSED_INPUT, SQLSTATE class 22: a bad value that got past the
 * checks before it, 400). Anything else is returned as it was: a bug, not a fault to retry.
 */
export function classifyStoreError(error: unknown): unknown {
  if (error instanceof StoreError || !(error instanceof Error)) return error;
  const raw = (error as Error & { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : '';
  const sqlState = /^[0-9A-Z]{5}$/.test(code) ? code : '';
  if (
    (sqlState && (UNAVAILABLE_CLASSES.has(sqlState.slice(0, 2)) || UNAVAILABLE_CODES.has(sqlState))) ||
    NETWORK_CODES.has(code) ||
    LOST_CONNECTION.test(error.message)
  ) {
    return new StoreError('STORE_UNAVAILABLE', `The database is not available: ${error.message}`, { cause: error });
  }
  if (sqlState.startsWith('22')) return new StoreError('STORE_REFUSED_INPUT', `The database refused a value: ${error.message}`, { cause: error });
  return error;
}

/** Runs `work`, turning driver errors into StoreErrors where they are faults (see classifyStoreError). */
export async function classified<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw classifyStoreError(error);
  }
}

/** The same database, with its errors in the store's terms (see classifyStoreError) for every caller. */
export function withClassifiedErrors(db: Db): Db {
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params, options) => classified(() => q.query(sql, params, options)),
    exec: (sql) => classified(() => q.exec(sql)),
  });
  return {
    ...wrap(db),
    driver: db.driver,
    transaction: (work) => classified(() => db.transaction((tx) => work(wrap(tx)))),
    close: () => db.close(),
    ...(db.listen ? { listen: db.listen.bind(db) } : {}),
  };
}
