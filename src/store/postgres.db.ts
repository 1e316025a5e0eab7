// A PostgreSQL server via DATABASE_URL: what several server processes share in production.
import pg from 'pg';
import { StoreError, type Db, type Queryable } from './db.js';

// Timestamps come back as ISO strings from both drivers' callers' point of view: we read
// timestamptz into Date (pg's default) and bigint ids as numbers (they stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Db> {
  // Idle connections are kept a minute: opening one costs a new server process (~20 ms here).
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, idleTimeoutMillis: 60_000 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new StoreError('STORE_UNAVAILABLE', `Cannot connect to PostgreSQL at ${redact(url)}: ${(cause as Error).message}`, { cause });
  }
  const query: Queryable['query'] = async <T>(sql: string, params: readonly unknown[] = []) => {
    const r = await pool.query(sql, params as unknown[]);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  };
  return {
    driver: 'postgres',
    query,
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx: Queryable = {
          async query<T>(sql: string, params: readonly unknown[] = []) {
            const r = await client.query(sql, params as unknown[]);
            return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
          },
          async exec(sql: string) {
            await client.query(sql);
          },
        };
        const result = await work(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
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
