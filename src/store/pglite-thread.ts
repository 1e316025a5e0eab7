// PGlite on a worker thread of its own (pglite-worker.mjs), so that its work (parsing,
// planning and running SQL in WebAssembly) never holds up the server's event loop: HTTP,
// triage and the dialogs run beside it, on another core. A transaction holds PGlite's
// lock in the worker while the caller's statements come and go as messages; the main
// thread waits only for answers.
import { Worker } from 'node:worker_threads';
import type { Queryable } from './db.js';

interface Answer {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { message: string; name: string; code?: string; detail?: string };
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** An error from the worker, with the SQLSTATE code the store's error mapping reads. */
function revive(error: NonNullable<Answer['error']>): Error {
  return Object.assign(new Error(error.message), {
    name: error.name,
    ...(error.code ? { code: error.code } : {}),
    ...(error.detail ? { detail: error.detail } : {}),
  });
}

export class PgliteThread {
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private nextTx = 1;
  /** Rows inserted, updated or deleted so far (committed or not: both leave dead rows); upkeep runs only when this has moved. */
  written = 0;
  private gone: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (a: Answer) => {
      const waiting = this.pending.get(a.id);
      if (!waiting) return;
      this.pending.delete(a.id);
      this.idleUnref();
      if (a.ok) waiting.resolve(a.value);
      else waiting.reject(revive(a.error!));
    });
    const lost = (why: string) => {
      this.gone ??= new Error(`PGlite is closed: ${why}`);
      for (const waiting of this.pending.values()) waiting.reject(this.gone);
      this.pending.clear();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`its thread ended (exit code ${code})`));
  }

  /** Starts the thread and opens the database in `dataDir` (in memory when null). */
  static async open(dataDir: string | null): Promise<PgliteThread> {
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
    const thread = new PgliteThread(worker);
    // The worker answers id 0 once the database is open, or with why it could not be.
    await new Promise<void>((resolve, reject) => {
      thread.pending.set(0, { resolve: () => resolve(), reject });
    });
    thread.idleUnref();
    return thread;
  }

  /** The thread keeps the process alive only while something waits for it. */
  private idleUnref(): void {
    if (this.pending.size === 0) this.worker.unref();
  }

  private call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.ref();
      this.worker.postMessage({ id, ...message });
    });
  }

  private queryable(tx?: number): Queryable {
    return {
      query: async <T>(sql: string, params: readonly unknown[] = []) => {
        const result = await this.call<{ rows: T[]; rowCount: number }>({ op: 'query', sql, params, tx });
        // A read counts no rows (PGlite's affectedRows is 0 for a SELECT).
        this.written += result.rowCount;
        return result;
      },
      exec: async (sql: string) => {
        await this.call({ op: 'exec', sql, tx });
      },
    };
  }

  /** Statements outside a transaction. */
  private readonly outside = this.queryable();
  readonly query: Queryable['query'] = this.outside.query;
  readonly exec: Queryable['exec'] = this.outside.exec;

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const tx = this.nextTx++;
    await this.call({ op: 'begin', tx });
    let result: T;
    try {
      result = await work(this.queryable(tx));
    } catch (error) {
      await this.call({ op: 'rollback', tx }).catch(() => {});
      throw error;
    }
    await this.call({ op: 'commit', tx });
    return result;
  }

  async close(): Promise<void> {
    if (this.gone) return;
    try {
      await this.call({ op: 'close' });
    } finally {
      this.gone = new Error('PGlite is closed');
      await this.worker.terminate();
    }
  }
}
