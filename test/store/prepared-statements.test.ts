// The statements every turn and outbox round runs are prepared once per connection on
// PostgreSQL (parsed and planned once, then only bound and run), and answer as before;
// other statements are not prepared, so their number on the server stays fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared, type Db } from '../../src/store/db.js';
import { openPostgres } from '../../src/store/postgres.db.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';

const SQUARE = prepared('doorstep_test_square', 'select ($1::int * $1::int) as n');
const NAMED_COLUMNS = prepared('doorstep_test_named', 'select id, note from prepared_probe where id = $1');

describe.runIf(DATABASE_URL)('prepared statements on PostgreSQL', () => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    // One connection, so the session that prepared is the one asked.
    db = await openPostgres(fresh.url, { max: 1 });
  });
  afterAll(async () => {
    await db.close();
    await drop();
  });

  const names = async () => (await db.query<{ name: string }>('select name from pg_prepared_statements order by name')).rows.map((r) => r.name);

  it('prepares a marked statement once and answers each time with the values given', async () => {
    expect((await db.query<{ n: number }>(SQUARE, [3])).rows[0]!.n).toBe(9);
    expect((await db.query<{ n: number }>(SQUARE, [4])).rows[0]!.n).toBe(16);
    await db.transaction(async (tx) => expect((await tx.query<{ n: number }>(SQUARE, [5])).rows[0]!.n).toBe(25));
    expect(await names()).toEqual(['doorstep_test_square']);
  });

  it('leaves other statements unprepared', async () => {
    await db.query('select $1::int + 1 as n', [1]);
    expect(await names()).toEqual(['doorstep_test_square']);
  });

  // Why every prepared statement of the store names its columns: a migration that adds one
  // must not break the processes already running (`*` would change a prepared result).
  it('keeps answering after a migration adds a column to the table it reads', async () => {
    await db.exec(`create table prepared_probe (id int primary key, note text); insert into prepared_probe values (1, 'one')`);
    expect((await db.query(NAMED_COLUMNS, [1])).rows).toEqual([{ id: 1, note: 'one' }]);
    await db.exec('alter table prepared_probe add column added text');
    expect((await db.query(NAMED_COLUMNS, [1])).rows).toEqual([{ id: 1, note: 'one' }]);
  });
});
