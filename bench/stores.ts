// The stores the real server runs on during the bench: a PGlite data directory, or a fresh
// database on the PostgreSQL server at DATABASE_URL. Each gets the tenancy list before the
// server opens it, and goes away when its target is done (or the bench exits, however it ends).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open-store.js';
import { redact } from '../src/store/postgres.db.js';
import type { Store } from '../src/store/store.js';
import { freshDatabase } from '../test/support/stores.js';
import { tenantNumber } from './load.js';

export interface StoreTarget {
  /** The server's DATA_DIR (its outbox file is written there). */
  dataDir: string;
  /** Opens the store the server will use, in this process (for seeding and checking). */
  open(): Promise<Store>;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

// Data directories go with the bench, however it ends (an interrupted run leaves no PGlite behind).
const tempDirs = new Set<string>();
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Makes the store for a server target, or says why the target is skipped (PostgreSQL unreachable). */
export async function prepareStore(target: 'pglite' | 'postgres', databaseUrl: string): Promise<StoreTarget | { skipped: string }> {
  const dataDir = mkdtempSync(join(os.tmpdir(), `doorstep-bench-${target}-`));
  tempDirs.add(dataDir);
  if (target === 'pglite') {
    return {
      dataDir,
      open: () => openStore({ dataDir }),
      env: {},
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  try {
    db = await freshDatabase(databaseUrl, 'doorstep_bench');
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    return { skipped: `PostgreSQL unreachable at ${redact(databaseUrl)} (${(error as Error).message || String(error)}); skipped` };
  }
  return {
    dataDir,
    open: () => openStore({ databaseUrl: db.url, dataDir: null }),
    env: { DATABASE_URL: db.url },
    cleanup: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await db.drop();
    },
  };
}

/** Opens the target's store in this process, hands it to `use`, and closes it again. */
export async function withStore<T>(spec: StoreTarget, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await spec.open();
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** Puts one tenancy on the list for every simulated number, before the server opens the store. */
export async function seedTenants(store: Store, tenants: number): Promise<void> {
  const at = new Date();
  for (let i = 0; i < tenants; i += 1) {
    await store.upsertTenant(
      {
        tenancyRef: `BENCH-${String(i + 1).padStart(5, '0')}`,
        name: `Alex Bench${i + 1}`,
        addressLine: `${i + 1} Benchmark Road`,
        postcode: 'NN1 1AA',
        vulnerabilities: [],
        phones: [tenantNumber(i)],
      },
      at,
    );
  }
}
