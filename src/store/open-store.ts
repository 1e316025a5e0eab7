// Picks the driver from configuration and brings the schema up to date: PostgreSQL when
// DATABASE_URL is set, otherwise the embedded PGlite in the data directory.
import { withClassifiedErrors } from './db.js';
import { migrate } from './migrations.js';
import { openPglite, type OnLockLost, type Upkeep } from './pglite.db.js';
import { openPostgres } from './postgres.db.js';
import { SqlStore } from './sql.store.js';

export interface StoreOptions {
  databaseUrl?: string | undefined;
  /** The embedded store's directory; null keeps it in memory (tests). */
  dataDir: string | null;
  /** PostgreSQL only: the limits on waiting for it (see openPostgres). */
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  onConnectionError?: (error: Error) => void;
  /** PGlite only: the data directory's lock was lost (see openPglite); the process must stop. */
  onLockLost?: OnLockLost;
  /** PGlite only: vacuum and analyse it now and then (see Upkeep); for a long-running server. */
  upkeep?: Upkeep;
}

export async function openStore(options: StoreOptions): Promise<SqlStore> {
  const { databaseUrl, connectTimeoutMs, statementTimeoutMs, onConnectionError } = options;
  const opened = databaseUrl
    ? await openPostgres(databaseUrl, {
        ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
        ...(statementTimeoutMs !== undefined ? { statementTimeoutMs } : {}),
        ...(onConnectionError ? { onConnectionError } : {}),
      })
    : await openPglite(options.dataDir, {
        ...(options.onLockLost ? { onLockLost: options.onLockLost } : {}),
        ...(options.upkeep ? { upkeep: options.upkeep } : {}),
      });
  const db = withClassifiedErrors(opened);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new SqlStore(db);
}
