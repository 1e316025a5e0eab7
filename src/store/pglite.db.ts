// The embedded default: PostgreSQL compiled to WebAssembly, in a data directory, no server
// and no install scripts, run on a thread of its own (pglite-thread.ts). PGlite is one
// process per directory (a second process opening it would corrupt it), so we hold a lock
// file in the directory and refuse clearly; a lock left by a process that died on this
// machine is taken over at once (see data-dir-lock.ts).
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LockHeldError, lockDirectory, type DirLock, type LockHolder } from './data-dir-lock.js';
import { StoreError, type Db } from './db.js';
import { PgliteThread } from './pglite-thread.js';

/** A lock whose holder this machine cannot see (another host on a shared disk) is taken over after this long without a refresh. */
const STALE_LOCK_MS = 10_000;

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/**
 * mkdir -p, one level at a time. Node's own recursive mkdir spins for ever on a path whose
 * parent exists but cannot hold it (under /proc, or a stale mount), because it reads every
 * ENOENT as "make the parent first": here an ENOENT once the parent exists is final.
 */
function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir);
    return;
  } catch (error) {
    if (errno(error) === 'EEXIST' && statSync(dir).isDirectory()) return;
    if (errno(error) !== 'ENOENT' || dirname(dir) === dir) throw error;
  }
  makeDirectory(dirname(dir));
  mkdirSync(dir);
}

/** The nearest existing ancestor of `path` that is not a directory, if one is in the way. */
function fileInTheWay(path: string): string | null {
  for (let at = path; ; at = dirname(at)) {
    try {
      return statSync(at).isDirectory() ? null : at;
    } catch {
      if (dirname(at) === at) return null;
    }
  }
}

/** Why `dir` cannot hold the store, and what to do, in one line for an operator. */
function unusable(dir: string, cause: unknown): StoreError {
  const code = errno(cause);
  const blocker = code === 'EEXIST' || code === 'ENOTDIR' ? fileInTheWay(dir) : null;
  const why =
    blocker === dir
      ? 'it is a file, not a directory. Set DATA_DIR to a directory (it is created if missing), or move the file away'
      : blocker
        ? `${blocker} is a file, not a directory. Set DATA_DIR to a path under a directory (it is created if missing)`
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied. Give the user running Doorstep write access to it, or set DATA_DIR to a directory it can write'
          : code === 'EROFS'
            ? 'the file system is read-only. Set DATA_DIR to a directory on a writable disk'
            : code === 'ENOSPC' || code === 'EDQUOT'
              ? 'the disk is full. Free some space, or set DATA_DIR to a directory on another disk'
              : code === 'ENOENT'
                ? 'it cannot be made there (a broken symbolic link, or a place that holds no directories). Set DATA_DIR to a directory on a disk'
                : `${(cause as Error).message}. Set DATA_DIR to a directory Doorstep can create and write`;
  return new StoreError('STORE_UNAVAILABLE', `Cannot use the data directory ${dir}: ${why}`, { cause });
}

function describeHolder(holder: LockHolder | null): string {
  return holder ? `another Doorstep process (pid ${holder.pid} on ${holder.host})` : 'another Doorstep process';
}

/** Told that the lock was lost: another process may be writing the directory now, so this one must stop before two do. */
export type OnLockLost = (error: StoreError) => void;

/**
 * PGlite has no background workers, so nothing vacuums or analyses its tables: every turn
 * rewrites its conversation's row, and without upkeep the tables fill with dead rows, the
 * files and the memory that caches them grow, and the planner works from the statistics of
 * empty tables. A server on the embedded store runs VACUUM (ANALYZE) on each table every `everyMs` when
 * any row has been written since the last run, and is told how each run went.
 */
export interface Upkeep {
  everyMs: number;
  onDone: (outcome: { ms: number } | { error: Error }) => void;
}

const throwLockLost: OnLockLost = (error) => {
  throw error;
};

async function takeLock(dir: string, onLost: OnLockLost): Promise<DirLock> {
  try {
    return await lockDirectory(`${dir}/doorstep.lock`, {
      staleMs: STALE_LOCK_MS,
      onCompromised: (cause) =>
        onLost(
          new StoreError(
            'STORE_LOCKED',
            `Lost the lock on the data directory ${dir} (${cause.message}); stopping so that two processes never write one store`,
            { cause },
          ),
        ),
    });
  } catch (cause) {
    if (!(cause instanceof LockHeldError)) throw unusable(dir, cause);
    const after = cause.running ? '' : ` If it is no longer running, its lock is taken over ${STALE_LOCK_MS / 1000} seconds after it last renewed it.`;
    throw new StoreError(
      'STORE_LOCKED',
      `The data directory ${dir} is in use by ${describeHolder(cause.holder)}. The embedded store allows one process at a time: stop the other one, or give this one its own DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several.${after}`,
      { cause },
    );
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .slice(0, 200);
}

export async function openPglite(dataDir: string | null, options: { onLockLost?: OnLockLost; upkeep?: Upkeep } = {}): Promise<Db> {
  let lock: DirLock | null = null;
  let pg: PgliteThread;
  if (dataDir === null) {
    pg = await PgliteThread.open(null);
  } else {
    const dir = resolve(dataDir);
    try {
      makeDirectory(dir);
    } catch (cause) {
      throw unusable(dir, cause);
    }
    lock = await takeLock(dir, options.onLockLost ?? throwLockLost);
    try {
      pg = await PgliteThread.open(`${dir}/pgdata`);
    } catch (cause) {
      await lock.release();
      throw new StoreError('STORE_UNAVAILABLE', `Cannot open the embedded database in ${dir}/pgdata: ${firstLine(cause)}`, { cause });
    }
  }
  const stopUpkeep = options.upkeep ? startUpkeep(pg, options.upkeep) : () => {};
  return {
    driver: 'pglite',
    query: pg.query,
    exec: pg.exec,
    // PGlite runs one transaction at a time, which serialises turns within this process;
    // it waits on its own thread, not on this one's event loop.
    transaction: (work) => pg.transaction(work),
    async close() {
      stopUpkeep();
      await pg.close();
      await lock?.release();
    },
  };
}

/** Runs the upkeep on a timer that never keeps the process alive; returns how to stop it. */
function startUpkeep(pg: PgliteThread, upkeep: Upkeep): () => void {
  let seen = pg.written;
  let running = false;
  const timer = setInterval(() => {
    if (running || pg.written === seen) return;
    running = true;
    seen = pg.written;
    const started = performance.now();
    vacuumEachTable(pg)
      .then(
        () => upkeep.onDone({ ms: Math.round(performance.now() - started) }),
        (error: unknown) => upkeep.onDone({ error: error instanceof Error ? error : new Error(String(error)) }),
      )
      .finally(() => {
        running = false;
      });
  }, upkeep.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * One table at a time: PGlite runs one statement at a time, so turns that arrive meanwhile
 * wait behind one table's vacuum, not behind all of them.
 */
async function vacuumEachTable(pg: PgliteThread): Promise<void> {
  const tables = await pg.query<{ name: string }>(`select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = 'public'`);
  for (const { name } of tables.rows) await pg.exec(`VACUUM (ANALYZE) ${name}`);
}
