// Picks the driver from configuration and brings the schema up to date: PostgreSQL when
// DATABASE_URL is set, otherwise the embedded PGlite in the data directory.
import { migrate } from './migrations.js';
import { openPglite } from './pglite.db.js';
import { openPostgres } from './postgres.db.js';
import { SqlStore } from './sql.store.js';

export interface StoreOptions {
  databaseUrl?: string | undefined;
  /** The embedded store's directory; null keeps it in memory (tests). */
  dataDir: string | null;
}

export async function openStore(options: StoreOptions): Promise<SqlStore> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new SqlStore(db);
}
