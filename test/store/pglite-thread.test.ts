// The embedded database works on a thread of its own: a long statement leaves the server's
// event loop free (timers, sockets, triage go on), and its errors arrive as the store's
// error mapping expects them, with their SQLSTATE codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyStoreError, type Db } from '../../src/store/db.js';
import { openPglite } from '../../src/store/pglite.db.js';

describe('PGlite on its own thread', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite(null);
  });
  afterAll(() => db.close());

  it('leaves the event loop free while a long statement runs', async () => {
    let last = performance.now();
    let longestGap = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const began = performance.now();
    const r = await db.query<{ n: number }>('select count(*)::int as n from generate_series(1, 3000) a, generate_series(1, 3000) b where (a + b) % 7 = 0');
    const took = performance.now() - began;
    clearInterval(tick);
    expect(r.rows[0]!.n).toBeGreaterThan(1_000_000);
    // On the event loop the statement would hold every timer for its whole length.
    expect(took).toBeGreaterThan(400);
    expect(longestGap).toBeLessThan(took / 3);
  });

  it('keeps a transaction whole: its statements see each other, and a failure rolls all of it back', async () => {
    await db.exec('create table if not exists thread_check (k text primary key, v int)');
    await db.transaction(async (tx) => {
      await tx.query('insert into thread_check values ($1, $2)', ['a', 1]);
      expect((await tx.query<{ v: number }>('select v from thread_check where k = $1', ['a'])).rows).toEqual([{ v: 1 }]);
    });
    const failed = await db
      .transaction(async (tx) => {
        await tx.query('insert into thread_check values ($1, $2)', ['b', 2]);
        await tx.query('insert into thread_check values ($1, $2)', ['a', 3]);
      })
      .catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: '23505' });
    expect((await db.query<{ k: string }>('select k from thread_check order by k')).rows).toEqual([{ k: 'a' }]);
  });

  it('reports a bad value with its SQLSTATE, mapped as refused input', async () => {
    const error = await db.query(`select '2026-13-45'::date`).catch((e: unknown) => e);
    expect(classifyStoreError(error)).toMatchObject({ code: 'STORE_REFUSED_INPUT' });
  });

  it('takes transactions one at a time when several ask at once, losing none', async () => {
    await db.exec('create table if not exists thread_counter (n int)');
    await db.exec('insert into thread_counter values (0)');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const { rows } = await tx.query<{ n: number }>('select n from thread_counter');
          await new Promise((r) => setTimeout(r, 1));
          await tx.query('update thread_counter set n = $1', [rows[0]!.n + 1]);
        }),
      ),
    );
    expect((await db.query<{ n: number }>('select n from thread_counter')).rows).toEqual([{ n: 20 }]);
  });
});
