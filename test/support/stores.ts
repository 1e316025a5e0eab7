// The stores every store-backed test runs on: the in-memory one, PGlite always, and a
// PostgreSQL server whenever DATABASE_URL is set (CI sets it). Each PostgreSQL suite gets
// a database of its own, created here and dropped after, so suites never see each other.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { MemoryStore } from '../../src/store/memory.store.js';
import type { Store } from '../../src/store/store.js';

export interface StoreKind {
  name: 'memory' | 'pglite' | 'postgres';
  open(): Promise<Store>;
}

export const DATABASE_URL = process.env.DATABASE_URL?.trim() || null;

/** A fresh, empty PostgreSQL database on the server `serverUrl` names (DATABASE_URL by default), and a way to drop it. */
export async function freshDatabase(serverUrl: string | null = DATABASE_URL, prefix = 'doorstep_test'): Promise<{ url: string; drop(): Promise<void> }> {
  if (!serverUrl) throw new Error('DATABASE_URL is not set');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The SQL stores: PGlite in memory, and PostgreSQL when configured. */
export function sqlStoreKinds(): StoreKind[] {
  const kinds: StoreKind[] = [{ name: 'pglite', open: () => openStore({ dataDir: null }) }];
  if (DATABASE_URL) {
    kinds.push({
      name: 'postgres',
      async open() {
        const db = await freshDatabase();
        const store = await openStore({ databaseUrl: db.url, dataDir: null });
        const close = store.close.bind(store);
        store.close = async () => {
          await close();
          await db.drop();
        };
        return store;
      },
    });
  }
  return kinds;
}

export function allStoreKinds(): StoreKind[] {
  return [{ name: 'memory', open: async () => new MemoryStore() }, ...sqlStoreKinds()];
}
