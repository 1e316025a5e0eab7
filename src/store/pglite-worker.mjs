// The embedded database on a thread of its own (see pglite-thread.ts, which speaks to it).
// Plain JavaScript so that it loads as it is wherever the server runs (under tsx, in
// tests), with nothing to compile. Messages: { id, op, tx?, sql?, params? }; answers:
// { id, ok: true, value } or { id, ok: false, error: { message, code, detail, name } }.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

/** Ids are bigint in the schema; they stay far below 2^53, so read them as numbers as pg does. */
const INT8_AS_NUMBER = { 20: (v) => Number(v) };

const port = parentPort;
const failure = (error) => ({
  message: String(error?.message ?? error),
  name: error?.name ?? 'Error',
  code: typeof error?.code === 'string' ? error.code : undefined,
  detail: typeof error?.detail === 'string' ? error.detail : undefined,
});
const answer = (id, work) =>
  Promise.resolve()
    .then(work)
    .then(
      (value) => port.postMessage({ id, ok: true, value }),
      (error) => port.postMessage({ id, ok: false, error: failure(error) }),
    );

let pg;
try {
  pg = workerData.dataDir ? await PGlite.create(workerData.dataDir, { parsers: INT8_AS_NUMBER }) : await PGlite.create({ parsers: INT8_AS_NUMBER });
  port.postMessage({ id: 0, ok: true, value: 'open' });
} catch (error) {
  port.postMessage({ id: 0, ok: false, error: failure(error) });
  process.exit(1);
}

const shape = (r) => ({ rows: r.rows, rowCount: r.affectedRows ?? r.rows.length });

/** Open transactions: the messages for each are handed to it as they come. */
const transactions = new Map();

port.on('message', (m) => {
  if (m.op === 'query') return answer(m.id, async () => shape(await (m.tx ? transactions.get(m.tx).tx : pg).query(m.sql, m.params)));
  if (m.op === 'exec') return answer(m.id, async () => void (await (m.tx ? transactions.get(m.tx).tx : pg).exec(m.sql)));
  if (m.op === 'begin') {
    // Answered once PGlite has the transaction (it runs one at a time): the caller's
    // statements then run in it, and commit or rollback ends it.
    let end;
    const ended = new Promise((resolve) => (end = resolve));
    pg.transaction(async (tx) => {
      transactions.set(m.tx, { tx, end });
      port.postMessage({ id: m.id, ok: true, value: 'begun' });
      const how = await ended;
      if (how.op === 'rollback') await tx.rollback();
    }).then(
      () => {
        const how = transactions.get(m.tx)?.how;
        transactions.delete(m.tx);
        if (how) port.postMessage({ id: how.id, ok: true, value: how.op });
      },
      (error) => {
        const how = transactions.get(m.tx)?.how;
        transactions.delete(m.tx);
        port.postMessage({ id: how?.id ?? m.id, ok: false, error: failure(error) });
      },
    );
    return;
  }
  if (m.op === 'commit' || m.op === 'rollback') {
    const open = transactions.get(m.tx);
    if (!open) return port.postMessage({ id: m.id, ok: false, error: { message: `no open transaction ${m.tx}`, name: 'Error' } });
    open.how = m;
    open.end(m);
    return;
  }
  if (m.op === 'close') return answer(m.id, async () => void (await pg.close()));
  port.postMessage({ id: m.id, ok: false, error: { message: `unknown operation ${m.op}`, name: 'Error' } });
});
