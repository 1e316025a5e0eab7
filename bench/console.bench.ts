// How fast the staff console reads a big landlord's data: a store seeded with N
// conversations (default 20,000: three messages each, one case each, a mix of repairs,
// complaints and ASB, some handoffs and SLA alerts, half the repairs done), then, on each
// store, the time to read the queue (the four queries behind one page), to order and render
// it, the fingerprint the live streams poll every 2 s, and a 90-day report with its
// measures. Each figure is the median of 5 runs after one warm-up.
//
// Run by `npm run bench -- --only console` or on its own: `npx tsx bench/console.bench.ts`
// (BENCH_CONSOLE_CONVERSATIONS, BENCH_CONSOLE_STORES=pglite,postgres, DATABASE_URL).
import { performance } from 'node:perf_hooks';
import { orderQueue } from '../src/console/queue.js';
import { queueTables } from '../src/console/pages/queue.page.js';
import { measures } from '../src/reports/measures.js';
import { ConsoleReads } from '../src/store/console-reads.js';
import { ReportReads } from '../src/store/report-reads.js';
import { openStore } from '../src/store/open-store.js';
import type { SqlStore } from '../src/store/sql.store.js';
import { freshDatabase } from '../test/support/stores.js';

const N = Number(process.env.BENCH_CONSOLE_CONVERSATIONS ?? 20_000);
const STORES = (process.env.BENCH_CONSOLE_STORES ?? 'pglite,postgres').split(',').filter((s) => s === 'pglite' || s === 'postgres');
const DATABASE_URL = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test';
const NOW = new Date('2026-12-07T12:00:00Z');

/** Seeds in a few set-based statements, spread over the 60 days before NOW. */
async function seed(store: SqlStore): Promise<void> {
  const db = store.db;
  const at = (col: string) => `(timestamptz '${NOW.toISOString()}' - make_interval(mins => (${col} * 4327) % 86400))`;
  await db.exec(`
    insert into conversations (id, channel, address, machine_version, created_at, updated_at)
      select 'c' || g, case when g % 5 = 0 then 'web' else 'sms' end, '+4477' || lpad(g::text, 8, '0'), 1, ${at('g')}, ${at('g')}
      from generate_series(1, ${N}) g;
    insert into transcript (conversation_id, direction, at, body)
      select 'c' || g, case when k = 2 then 'out' else 'in' end, ${at('g')} + make_interval(mins => k), 'message ' || k
      from generate_series(1, ${N}) g, generate_series(1, 3) k;
    insert into cases (reference, conversation_id, kind, status, opened_at, due_by, verified, details, updated_at)
      select 'R' || lpad(g::text, 8, '0'), 'c' || g,
        case when g % 10 = 0 then 'complaint' when g % 10 = 1 then 'asb' else 'repair' end,
        case when g % 10 = 0 then 'stage-1' else 'open' end,
        ${at('g')}, ${at('g')} + interval '7 days', true,
        jsonb_build_object('priority', case when g % 7 = 0 then 'emergency' else 'routine' end, 'tier', case when g % 7 = 0 then 'emergency' else 'routine' end,
          'level', (g % 3) + 1, 'details', jsonb_build_object('category', case when g % 50 = 1 then 'hate-incident' else 'noise' end)),
        ${at('g')}
      from generate_series(1, ${N}) g;
    insert into case_history (reference, at, change)
      select 'R' || lpad(g::text, 8, '0'), ${at('g')} + interval '5 days', '{"appointment": "completed"}'::jsonb
      from generate_series(1, ${N}) g where g % 10 > 1 and g % 2 = 0;
    update cases set status = 'completed' where kind = 'repair' and substring(reference, 2)::int % 2 = 0;
    insert into handoffs (conversation_id, reason, safe_contact, status, requested_at)
      select 'c' || g, case when g % 3 = 0 then 'stuck' else 'asked' end, false, case when g % 2 = 0 then 'open' else 'closed' end, ${at('g')}
      from generate_series(1, ${N}) g where g % 50 = 3;
    insert into alerts (reference, clock, label, level, due_at, raised_at)
      select 'R' || lpad(g::text, 8, '0'), 'attend', 'attend', case when g % 2 = 0 then 'breach' else 'warning' end, ${at('g')}, ${at('g')}
      from generate_series(1, ${N}) g where g % 20 = 5;
  `);
}

async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2]!;
}

async function benchStore(kind: 'pglite' | 'postgres'): Promise<void> {
  let drop: (() => Promise<void>) | null = null;
  let store: SqlStore;
  try {
    if (kind === 'postgres') {
      const db = await freshDatabase(DATABASE_URL, 'doorstep_bench');
      drop = db.drop;
      store = await openStore({ databaseUrl: db.url, dataDir: null });
    } else {
      store = await openStore({ dataDir: null });
    }
  } catch (error) {
    process.stdout.write(`  ${kind}: skipped (${(error as Error).message})\n`);
    return;
  }
  try {
    const seeded = performance.now();
    await seed(store);
    const seedMs = performance.now() - seeded;
    const reads = new ConsoleReads(store.db);
    const reports = new ReportReads(store.db);
    const since = new Date(NOW.getTime() - 14 * 86_400_000);
    let rows = 0;
    const queueMs = await median(async () => {
      rows = (await reads.queue(since, 300)).length;
    });
    const list = await reads.queue(since, 300);
    const renderMs = await median(async () => queueTables(orderQueue(list, {}, { now: NOW, answerMinutes: 30 }), NOW));
    const printMs = await median(() => reads.fingerprint());
    const from = new Date(NOW.getTime() - 90 * 86_400_000);
    const reportMs = await median(async () => measures(await reports.facts(from, NOW), from, NOW, { homes: 40_000 }));
    const rssMb = process.memoryUsage().rss / 1_048_576;
    process.stdout.write(
      `  ${kind}: ${N} conversations seeded in ${(seedMs / 1000).toFixed(1)} s; queue read ${queueMs.toFixed(0)} ms (${rows} rows), ordered and rendered ${renderMs.toFixed(1)} ms; ` +
        `live fingerprint ${printMs.toFixed(1)} ms; 90-day report ${reportMs.toFixed(0)} ms; RSS ${rssMb.toFixed(0)} MB\n`,
    );
  } finally {
    await store.close();
    await drop?.();
  }
}

for (const kind of STORES as ('pglite' | 'postgres')[]) await benchStore(kind);
