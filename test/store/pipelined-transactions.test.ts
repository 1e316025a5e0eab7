// A transaction on PostgreSQL sends its begin with its first statement, and its commit with
// a statement marked last, each pair in one write (pg's pipeline mode, the socket corked
// while they are queued). What must hold: the same all-or-nothing as before, a turn-shaped
// transaction in two round trips, and nothing run outside a transaction after its commit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCounter, type PgCounter } from '../../bench/pg-counter.js';
import type { Db } from '../../src/store/db.js';
import { openPostgres } from '../../src/store/postgres.db.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';

describe.runIf(DATABASE_URL)('pipelined transactions on PostgreSQL', () => {
  let db: Db;
  let counter: PgCounter;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    const url = new URL(fresh.url);
    counter = await startPgCounter({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = '127.0.0.1';
    url.port = String(counter.port);
    db = await openPostgres(url.toString(), { max: 2 });
    await db.exec('create table probe (id int primary key, note text)');
  });
  afterAll(async () => {
    await db.close();
    await counter.close();
    await drop();
  });

  const notes = async () => (await db.query<{ note: string }>('select note from probe order by id')).rows.map((r) => r.note);

  it('reads and writes a turn in two round trips: begin with the read, the write with the commit', async () => {
    await db.query('select 1'); // the connection is open and idle
    const before = counter.counts();
    const seen = await db.transaction(async (tx) => {
      const read = await tx.query<{ n: number }>('select count(*)::int as n from probe');
      await tx.query('insert into probe values (1, $1)', ['one'], { last: true });
      return read.rows[0]!.n;
    });
    const after = counter.counts();
    expect(seen).toBe(0);
    expect(await notes()).toEqual(['one']);
    expect(after.statements - before.statements).toBe(4); // begin, select, insert, commit
    expect(after.roundTrips - before.roundTrips).toBe(2);
  });

  it('keeps nothing when the statement marked last fails: the commit behind it rolls back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into probe values (2, $1)', ['two']);
        await tx.query('insert into probe values (1, $1)', ['clash'], { last: true });
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await notes()).toEqual(['one']);
    // The connection is clean for the next transaction.
    await db.transaction(async (tx) => tx.query('insert into probe values (3, $1)', ['three'], { last: true }));
    expect(await notes()).toEqual(['one', 'three']);
  });

  it('keeps nothing when the work fails after a statement', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into probe values (4, $1)', ['four']);
        throw new Error('the turn failed');
      }),
    ).rejects.toThrow('the turn failed');
    expect(await notes()).toEqual(['one', 'three']);
  });

  it('refuses a statement after the last one rather than run it outside the transaction', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into probe values (5, $1)', ['five'], { last: true });
        await tx.query('insert into probe values (6, $1)', ['six']);
      }),
    ).rejects.toThrow(/nothing may follow/);
    // What was committed with the last statement stays; the statement after it never ran.
    expect(await notes()).toEqual(['one', 'three', 'five']);
  });

  it('sends statements issued together in one write, and answers each in order', async () => {
    const before = counter.counts();
    const answers = await db.transaction(async (tx) =>
      Promise.all([1, 2, 3].map(async (n) => (await tx.query<{ n: number }>('select $1::int * 10 as n', [n])).rows[0]!.n)),
    );
    expect(answers).toEqual([10, 20, 30]);
    // begin and the three selects in one write, the commit in another.
    expect(counter.counts().roundTrips - before.roundTrips).toBe(2);
  });
});
