// How fast the durable scheduler turns due reminders into texts, in one process: for each
// store, N text jobs due now are scheduled into a fresh store, then a Scheduler and an
// OutboxDispatcher are started as `npm start` wires them (the dispatcher kicked after each
// round of jobs, a LocalOutboxSender writing DATA_DIR/sms-outbox.jsonl), and the clock runs
// from their start until the last job has run (jobs/s into the outbox) and until the last
// text has been written and recorded as sent (texts/s out). A check after each store confirms
// every job done, every row sent and every text in the file once.
//
// Run by `npm run bench` (or `npm run bench -- --only scheduler`), which passes:
// BENCH_SCHEDULER_STORES (pglite,postgres), BENCH_SCHEDULER_JOBS (5000), DATABASE_URL.
// Prints one line per store (run.ts keeps them in the results file); exits 1 if a check fails.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { OutboxDispatcher } from '../src/scheduler/outbox-dispatcher.js';
import { createLogger } from '../src/log/logger.js';
import { LocalOutboxSender, readOutbox } from '../src/sms/local-outbox.sender.js';
import type { JobDraft, Store } from '../src/store/store.js';
import { prepareStore } from './stores.js';

const JOBS = Number(process.env.BENCH_SCHEDULER_JOBS ?? 5000);
const STORES = (process.env.BENCH_SCHEDULER_STORES ?? 'pglite,postgres')
  .split(',')
  .filter((s): s is 'pglite' | 'postgres' => s === 'pglite' || s === 'postgres');
const DATABASE_URL = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test';
const RECIPIENTS = 500;
const TIMEOUT_MS = 300_000;
const LABEL = { pglite: 'PGlite', postgres: 'PostgreSQL' } as const;

interface SchedulerResult {
  store: 'pglite' | 'postgres';
  jobs: number;
  skipped?: string;
  scheduleMs?: number;
  jobsMs?: number;
  sentMs?: number;
  jobsPerSecond?: number;
  textsPerSecond?: number;
  ok?: boolean;
  check?: string;
}

function drafts(now: Date): JobDraft[] {
  return Array.from({ length: JOBS }, (_, i) => ({
    key: `bench:${i}`,
    runAt: now,
    reference: null,
    group: null,
    payload: { kind: 'text', purpose: 'reminder', channel: 'sms', address: `+4477009${String(i % RECIPIENTS).padStart(5, '0')}`, body: `Reminder ${i}` },
  }));
}

/** The store as the scheduler and dispatcher see it, counting jobs run and texts recorded sent as they happen. */
function watched(store: Store, onJobs: (n: number) => void, onSent: (n: number) => void): Store {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'runDueJobs') {
        return async (...args: Parameters<Store['runDueJobs']>) => {
          const n = await target.runDueJobs(...args);
          onJobs(n);
          return n;
        };
      }
      if (prop === 'finishOutbound') {
        return async (...args: Parameters<Store['finishOutbound']>) => {
          await target.finishOutbound(...args);
          onSent(args[0].filter((r) => r.outcome.status === 'sent').length);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function benchStore(kind: 'pglite' | 'postgres'): Promise<SchedulerResult> {
  const spec = await prepareStore(kind, DATABASE_URL);
  if ('skipped' in spec) return { store: kind, jobs: JOBS, skipped: spec.skipped };
  const store = await spec.open();
  try {
    const now = new Date();
    let t = performance.now();
    for (let i = 0, all = drafts(now); i < all.length; i += 2_000) await store.scheduleJobs(all.slice(i, i + 2_000), now);
    const scheduleMs = performance.now() - t;

    const log = createLogger('warn');
    const outboxPath = join(spec.dataDir, 'sms-outbox.jsonl');
    let jobsRun = 0;
    let textsSent = 0;
    let jobsAt = 0;
    let sentAt = 0;
    let finished: () => void = () => {};
    const done = new Promise<void>((resolve) => (finished = resolve));
    const counted = watched(
      store,
      (n) => {
        jobsRun += n;
        if (jobsRun >= JOBS && !jobsAt) jobsAt = performance.now();
      },
      (n) => {
        textsSent += n;
        if (textsSent >= JOBS && !sentAt) {
          sentAt = performance.now();
          finished();
        }
      },
    );
    const dispatcher = new OutboxDispatcher({ store: counted, sender: new LocalOutboxSender(outboxPath), log });
    const scheduler = new Scheduler({ store: counted, log, onQueued: () => void dispatcher.kick() });
    t = performance.now();
    dispatcher.start();
    scheduler.start();
    const timeout = setTimeout(finished, TIMEOUT_MS);
    await done;
    clearTimeout(timeout);
    await scheduler.stop();
    await dispatcher.stop();

    const lines = await readOutbox(outboxPath);
    const pending = (await store.jobs({ status: 'pending' })).length;
    const rows = await store.outbound();
    const sent = rows.filter((r) => r.status === 'sent').length;
    const distinctBodies = new Set(lines.map((l) => l.body)).size;
    const ok = !!sentAt && pending === 0 && rows.length === JOBS && sent === JOBS && lines.length === JOBS && distinctBodies === JOBS;
    const check = `${JOBS - pending} jobs run, ${rows.length} outbound rows (${sent} sent), outbox ${lines.length} lines (${distinctBodies} distinct texts)`;
    if (!sentAt) return { store: kind, jobs: JOBS, scheduleMs, ok: false, check: `timed out after ${TIMEOUT_MS / 1000} s: ${check}` };
    const jobsMs = jobsAt - t;
    const sentMs = sentAt - t;
    return { store: kind, jobs: JOBS, scheduleMs, jobsMs, sentMs, jobsPerSecond: JOBS / (jobsMs / 1000), textsPerSecond: JOBS / (sentMs / 1000), ok, check };
  } finally {
    await store.close();
    await spec.cleanup();
  }
}

const results: SchedulerResult[] = [];
for (const kind of STORES) {
  const r = await benchStore(kind);
  results.push(r);
  const label = `scheduler on ${LABEL[kind]}:`.padEnd(26);
  if (r.skipped) console.log(`${label}${r.skipped}`);
  else if (!r.jobsMs || !r.sentMs) console.log(`${label}FAILED: ${r.check}`);
  else {
    console.log(
      `${label}${JOBS} reminders due at once to ${RECIPIENTS} tenants: jobs run ${Math.round(r.jobsPerSecond!)}/s ` +
        `(all ${(r.jobsMs / 1000).toFixed(1)} s), texts sent ${Math.round(r.textsPerSecond!)}/s (all ${(r.sentMs / 1000).toFixed(1)} s); ` +
        `check: ${r.check}: ${r.ok ? 'OK' : 'FAILED'}`,
    );
  }
}
if (!results.every((r) => r.skipped || r.ok)) process.exitCode = 1;
