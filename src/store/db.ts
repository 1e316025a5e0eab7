// The one thing both drivers must do: run SQL, and run a function inside a transaction.
// Everything above this (migrations, the store) is written once, in plain PostgreSQL
// SQL, and runs on PGlite and on a PostgreSQL server alike.

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[]; rowCount: number }>;
  /** Runs several statements with no parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Which driver this is, for the banner and for tests. */
  readonly driver: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A stable code and a cause for the errors a deployer can act on. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: 'STORE_LOCKED' | 'STORE_UNAVAILABLE' | 'STORE_MIGRATION_FAILED',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
