// The embedded store keeps itself lean. PGlite has no autovacuum, so a server that rewrites
// the same rows all day (every turn rewrites its conversation) would grow its files without
// end; with upkeep, space freed by old row versions is used again, and an idle store is left
// alone.
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { openPglite, type Upkeep } from '../../src/store/pglite.db.js';

const ROWS = 500;
const ROUNDS = 20;

let db: Db | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

/** Rewrites every row ROUNDS times, as turns rewrite conversations, and returns the table's size in pages. */
async function churn(store: Db, between: () => Promise<void>): Promise<number> {
  await store.exec(`create table churn (id int primary key, body jsonb not null)`);
  await store.query(`insert into churn select g, jsonb_build_object('turns', 0, 'pad', repeat('x', 200)) from generate_series(1, ${ROWS}) g`);
  for (let round = 1; round <= ROUNDS; round += 1) {
    await store.transaction((tx) => tx.query(`update churn set body = jsonb_set(body, '{turns}', to_jsonb($1::int))`, [round]));
    await between();
  }
  const r = await store.query<{ pages: number }>(`select (pg_relation_size('churn') / current_setting('block_size')::int)::int as pages`);
  return r.rows[0]!.pages;
}

function recorder(everyMs: number): { upkeep: Upkeep; runs: { ms: number }[]; errors: Error[]; next: () => Promise<void> } {
  const runs: { ms: number }[] = [];
  const errors: Error[] = [];
  let wake: (() => void) | null = null;
  const upkeep: Upkeep = {
    everyMs,
    onDone: (outcome) => {
      if ('error' in outcome) errors.push(outcome.error);
      else runs.push(outcome);
      wake?.();
    },
  };
  // Waits for the next run to finish.
  const next = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });
  return { upkeep, runs, errors, next };
}

describe('the embedded store vacuums itself', () => {
  it('reuses the space of old row versions, where a store without upkeep keeps growing', async () => {
    db = await openPglite(null);
    const without = await churn(db, async () => {});
    await db.close();

    const { upkeep, runs, errors, next } = recorder(20);
    db = await openPglite(null, { upkeep });
    const withUpkeep = await churn(db, next);

    expect(errors).toEqual([]);
    expect(runs.length).toBeGreaterThanOrEqual(ROUNDS);
    // Each round writes a full copy of the table: without upkeep the file holds all of them.
    expect(without).toBeGreaterThan(withUpkeep * 5);
  });

  it('leaves an idle store alone, and runs again once something is written', async () => {
    const { upkeep, runs, next } = recorder(20);
    db = await openPglite(null, { upkeep });
    await db.exec('create table idle_check (id int primary key)');
    await db.query('insert into idle_check values (1)');
    await next();
    const after = runs.length;
    // Reads only, for many intervals.
    for (let i = 0; i < 10; i += 1) {
      await db.query('select * from idle_check');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(runs.length).toBe(after);
    await db.query('update idle_check set id = 2');
    await next();
    expect(runs.length).toBe(after + 1);
  });
});
