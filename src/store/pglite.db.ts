// The embedded default: PostgreSQL compiled to WebAssembly, in a data directory, no server
// and no install scripts. PGlite is one process per directory (a second process opening it
// would corrupt it), so we hold a lock file on the directory and refuse clearly.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import lockfile from 'proper-lockfile';
import { StoreError, type Db, type Queryable } from './db.js';

/** A lock not refreshed for this long is from a process that died; it may be taken over. */
const STALE_LOCK_MS = 10_000;

/** Ids are bigint in the schema; they stay far below 2^53, so read them as numbers as pg does here. */
const INT8_AS_NUMBER = { 20: (v: string) => Number(v) };

export async function openPglite(dataDir: string | null): Promise<Db> {
  let release: (() => Promise<void>) | null = null;
  let pg: PGlite;
  if (dataDir === null) {
    pg = await PGlite.create({ parsers: INT8_AS_NUMBER });
  } else {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    try {
      release = await lockfile.lock(dir, { lockfilePath: `${dir}/doorstep.lock`, stale: STALE_LOCK_MS, retries: 0 });
    } catch (cause) {
      throw new StoreError(
        'STORE_LOCKED',
        `The data directory ${dir} is in use by another Doorstep process. The embedded store allows one process at a time: stop the other one, or give this one its own DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several. If no other process is running, its lock goes stale within ${STALE_LOCK_MS / 1000} seconds.`,
        { cause },
      );
    }
    try {
      pg = await PGlite.create(`${dir}/pgdata`, { parsers: INT8_AS_NUMBER });
    } catch (cause) {
      await release();
      throw new StoreError('STORE_UNAVAILABLE', `Cannot open the embedded database in ${dir}/pgdata`, { cause });
    }
  }
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await q.query<T>(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const self = wrap(pg);
  return {
    driver: 'pglite',
    query: self.query,
    exec: self.exec,
    // PGlite runs one transaction at a time, which serialises turns within this process.
    // Its queue hands over from one transaction to the next in promise callbacks alone, so
    // under load nothing else (sockets, files, timers) would get a turn until the queue
    // was empty: each transaction first lets the event loop go round once.
    transaction: (work) =>
      pg.transaction(async (tx) => {
        await new Promise((resolve) => setImmediate(resolve));
        return work(wrap(tx));
      }),
    async close() {
      await pg.close();
      await release?.();
    },
  };
}
