// The durable scheduler under a crash: 10,000 reminders due at once (to 500 tenants), two
// server processes on one PostgreSQL database sharing one local outbox file, one of them
// SIGKILLed (its whole process group) in the middle of the work, and a replacement started.
// Every reminder must reach the outbox exactly once, and each tenant's in the order
// scheduled. The texts the dead process left half-sent come back "in doubt" after
// OUTBOX_RECLAIM_SECONDS and are looked up in the outbox before being sent again; the test
// aims its kill at a moment when the victim has texts in flight, so that path is taken.
// Then, on its own: a process that stalls holding a tenant's earlier reminder must not let
// another run that tenant's later one first (what the crash test found, see runDueJobs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../src/sms/local-outbox.sender.js';
import { runJob } from '../../src/scheduler/run-job.js';
import type { Db } from '../../src/store/db.js';
import { openStore } from '../../src/store/open-store.js';
import { openPostgres } from '../../src/store/postgres.db.js';
import { SqlStore } from '../../src/store/sql.store.js';
import type { JobDraft } from '../../src/store/store.js';
import { killServer, signalGroup, startServer, stopAllServers, type ServerProcess } from '../support/server-process.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';

const JOBS = 10_000;
const RECIPIENTS = 500;
const KILL_AT_LINES = 1_500;
const DEADLINE_MS = 240_000;

const address = (i: number): string => `+4477009${String(i % RECIPIENTS).padStart(5, '0')}`;

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await stopAllServers();
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}, 60_000);

/** Newlines in the outbox file so far: a cheap count of lines written while the servers run. */
async function lineCount(path: string): Promise<number> {
  try {
    const text = await readFile(path, 'utf8');
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
    return n;
  } catch {
    return 0;
  }
}

async function until<T>(what: string, deadline: number, probe: () => Promise<T | null>, servers: ServerProcess[]): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) {
      const logs = servers.map((s, n) => `--- server ${n} stderr ---\n${s.stderr().slice(-3000)}\n--- stdout ---\n${s.stdout().slice(-3000)}`);
      throw new Error(`timed out waiting for ${what}\n${logs.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!DATABASE_URL)('durable scheduler: a process killed mid-work (PostgreSQL)', () => {
  it(`sends each of ${JOBS} reminders exactly once, in order per tenant, across a SIGKILL and a restart`, async () => {
    const began = Date.now();
    const deadline = began + DEADLINE_MS;
    const db = await freshDatabase(DATABASE_URL, 'doorstep_crash');
    cleanups.push(() => db.drop());
    const dataDir = mkdtempSync(join(tmpdir(), 'doorstep-crash-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));

    // Migrate and schedule, as the app would: one store, then closed before the servers start.
    const store = await openStore({ databaseUrl: db.url, dataDir: null });
    const now = new Date();
    const drafts: JobDraft[] = Array.from({ length: JOBS }, (_, i) => ({
      key: `crash:${i}`,
      runAt: now,
      reference: null,
      group: null,
      payload: { kind: 'text', purpose: 'reminder', channel: 'sms', address: address(i), body: `Reminder ${i}` },
    }));
    let scheduled = 0;
    for (let i = 0; i < JOBS; i += 2_000) scheduled += await store.scheduleJobs(drafts.slice(i, i + 2_000), now);
    await store.close();
    expect(scheduled).toBe(JOBS);

    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    cleanups.push(() => sql.end());
    const counts = async () =>
      (
        await sql.query<{ pending: number; done: number; outbound: number; sent: number; sending: number; retried: number }>(
          `select (select count(*)::int from scheduled_jobs where status = 'pending') as pending,
                    (select count(*)::int from scheduled_jobs where status = 'done') as done,
                    (select count(*)::int from outbound_messages) as outbound,
                    (select count(*)::int from outbound_messages where status = 'sent') as sent,
                    (select count(*)::int from outbound_messages where status = 'sending') as sending,
                    (select count(*)::int from outbound_messages where attempts > 1) as retried`,
        )
      ).rows[0]!;

    // Each process signs its outbox lines with a number of its own, so the file says who wrote what.
    const FROM = ['+447700900001', '+447700900002', '+447700900003'] as const;
    const options = (from: string) => ({
      dataDir,
      databaseUrl: db.url,
      env: { OUTBOX_RECLAIM_SECONDS: '3', LOG_LEVEL: 'warn', DEMO_TENANTS: 'off', TWILIO_FROM: from },
    });
    const [a, b] = await Promise.all([startServer(options(FROM[0])), startServer(options(FROM[1]))]);
    const servers = [a!, b!];
    const outboxPath = a!.outboxPath;

    await until(`${KILL_AT_LINES} outbox lines`, deadline, async () => ((await lineCount(outboxPath)) >= KILL_AT_LINES ? true : null), servers);
    // Kill it mid-send if we can catch it there. It is frozen (SIGSTOP) for at most 0.6 s
    // while the survivor's rounds finish: texts claimed before the freeze and still 'sending'
    // 0.4 s later, with nothing else being sent, are the frozen process's. If it holds none,
    // it is thawed for two seconds or more (so no round of its own spans two freezes and outlives
    // the 3 s reclaim: this is a test of a crash, not of a stall) and tried again; after a
    // few tries, or once 2,000 more texts are out, it is killed wherever it is.
    let caughtMidSend = 0;
    const TRIES = 6;
    for (let attempt = 1; ; attempt += 1) {
      const frozenAt = new Date();
      signalGroup(a!, 'SIGSTOP');
      for (const settled = Date.now() + 400, giveUp = Date.now() + 600; Date.now() < giveUp; ) {
        const n = (
          await sql.query<{ before: number; all: number }>(
            `select (count(*) filter (where claimed_at < $1))::int as before, count(*)::int as all
               from outbound_messages where status = 'sending'`,
            [frozenAt],
          )
        ).rows[0]!;
        if (n.before === 0) break;
        if (n.before === n.all && Date.now() >= settled) {
          caughtMidSend = n.before;
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      // Caught, out of tries, or the work well under way: it dies now (frozen), with most of it left.
      if (caughtMidSend > 0 || attempt === TRIES || (await lineCount(outboxPath)) >= KILL_AT_LINES + 2_000) break;
      signalGroup(a!, 'SIGCONT');
      // Thawed, it is watched: on a fast machine 2 s can send thousands, and a kill after
      // the work is done would prove nothing. Once 2,000 more are out it is frozen and killed.
      const thawEnds = Date.now() + 2_000 + Math.random() * 500;
      let enough = false;
      while (!enough && Date.now() < thawEnds) {
        enough = (await lineCount(outboxPath)) >= KILL_AT_LINES + 2_000;
        if (!enough) await new Promise((r) => setTimeout(r, 50));
      }
      if (enough) {
        signalGroup(a!, 'SIGSTOP');
        break;
      }
    }
    const exit = await killServer(a!);
    expect(exit.signal).toBe('SIGKILL');
    const atKill = { lines: await lineCount(outboxPath), ...(await counts()) };
    // A crash after the work was done would prove nothing.
    expect(atKill.sent).toBeLessThan(JOBS);

    const c = await startServer(options(FROM[2]));
    servers.push(c);
    const final = await until(
      'every job done and every text sent',
      deadline,
      async () => {
        const n = await counts();
        return n.pending === 0 && n.done === JOBS && n.outbound === JOBS && n.sent === JOBS ? n : null;
      },
      servers,
    );
    // Stopped before the outbox is read, so a late duplicate from either would be seen.
    await Promise.all([b!.stop(), c.stop()]);

    const lines = await readOutbox(outboxPath);
    const byBody = new Map<string, number>();
    for (const l of lines) byBody.set(l.body, (byBody.get(l.body) ?? 0) + 1);
    const duplicated = [...byBody].filter(([, n]) => n > 1).map(([body, n]) => `${body} x${n}`);
    const missing = drafts.map((d) => (d.payload.kind === 'text' ? d.payload.body : '')).filter((body) => !byBody.has(body));
    const outOfOrder: string[] = [];
    const sequence = new Map<string, number[]>();
    for (const l of lines) sequence.set(l.to, [...(sequence.get(l.to) ?? []), Number(/^Reminder (\d+)$/.exec(l.body)![1])]);
    for (const [to, seq] of sequence) if (seq.some((n, k) => k > 0 && n < seq[k - 1]!)) outOfOrder.push(`${to}: ${seq.join(',')}`);
    if (outOfOrder.length || duplicated.length || missing.length || lines.length !== JOBS) {
      const rows = await sql.query(`select id, recipient, body, attempts, sender, claimed_at, updated_at, idempotency_key from outbound_messages order by id`);
      const jobsRows = await sql.query(`select id, key, status, done_at, outcome from scheduled_jobs order by id`);
      // What went wrong is worked out from these: the outbox, the rows and jobs, and the survivors' logs.
      const diagnosis = join(tmpdir(), `doorstep-crash-${Date.now()}.json`);
      writeFileSync(diagnosis, JSON.stringify({ atKill, lines, rows: rows.rows, jobs: jobsRows.rows, b: b!.stdout(), c: c.stdout() }));
      console.log(`crash test failed: details in ${diagnosis}`);
    }
    expect(duplicated.slice(0, 20)).toEqual([]);
    expect(missing.slice(0, 20)).toEqual([]);
    expect(lines).toHaveLength(JOBS);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);

    expect(sequence.size).toBe(RECIPIENTS);
    expect(outOfOrder.slice(0, 5)).toEqual([]);

    const jobs = await sql.query<{ status: string; n: number }>(`select status, count(*)::int as n from scheduled_jobs group by status`);
    expect(jobs.rows).toEqual([{ status: 'done', n: JOBS }]);
    const outbound = await sql.query<{ status: string; n: number }>(`select status, count(*)::int as n from outbound_messages group by status`);
    expect(outbound.rows).toEqual([{ status: 'sent', n: JOBS }]);

    const by = FROM.map((f) => lines.filter((l) => l.from === f).length);
    // The survivors log each in-doubt text they found already in the outbox (and did not send again).
    const foundSent = [b!, c].reduce((n, s) => n + s.stdout().split('found already sent by an attempt that crashed').length - 1, 0);
    console.log(
      `crash test: killed one process at ${atKill.lines} outbox lines, ${caughtMidSend} of its texts mid-send (jobs done ${atKill.done}/${JOBS}, ` +
        `${atKill.outbound} texts queued, ${atKill.sending} being sent); all ${JOBS} sent once, in order, ` +
        `${Math.round((Date.now() - began) / 1000)} s in all; ${final.retried} texts in doubt (claimed more than once), ` +
        `${foundSent} of them found already in the outbox, ${final.retried - foundSent} sent by a survivor; ` +
        `lines written by the killed process ${by[0]}, the survivor ${by[1]}, the replacement ${by[2]}`,
    );
  }, 300_000);

  it("keeps a tenant's later text waiting while another process stalls holding an earlier one", async () => {
    const db = await freshDatabase(DATABASE_URL, 'doorstep_crash');
    cleanups.push(() => db.drop());
    const store = await openStore({ databaseUrl: db.url, dataDir: null });
    cleanups.push(() => store.close());
    const now = new Date();
    const text = (i: number, to: string): JobDraft => ({
      key: `hold:${i}`,
      runAt: now,
      reference: null,
      group: null,
      payload: { kind: 'text', purpose: 'reminder', channel: 'sms', address: to, body: `Held ${i}` },
    });
    await store.scheduleJobs([text(0, '+447700900101'), text(1, '+447700900101'), text(2, '+447700900102')], now);
    const run = () => store.runDueJobs(new Date(), 10, (job, facts) => runJob(job, facts, { delayNotice: false }));

    // Another process claims the first tenant's first text and stalls there (a long pause, a
    // host gone quiet) before writing it to the outbox.
    const otherDb = await openPostgres(db.url);
    cleanups.push(() => otherDb.close());
    let claimedIt!: () => void;
    const claimed = new Promise<void>((r) => (claimedIt = r));
    let crash!: (error: Error) => void;
    const stalled = new Promise<never>((_, reject) => (crash = reject));
    stalled.catch(() => {});
    cleanups.push(async () => crash(new Error('test over')));
    const stalling: Db = {
      driver: otherDb.driver,
      query: (sql, params) => otherDb.query(sql, params),
      exec: (sql) => otherDb.exec(sql),
      close: () => otherDb.close(),
      transaction: (work) =>
        otherDb.transaction((tx) =>
          work({
            exec: (sql) => tx.exec(sql),
            async query(sql, params) {
              if (sql.includes('insert into outbound_messages')) {
                claimedIt();
                await stalled;
              }
              return tx.query(sql, params);
            },
          }),
        ),
    };
    const other = new SqlStore(stalling).runDueJobs(new Date(), 1, (job, facts) => runJob(job, facts, { delayNotice: false }));
    const otherOutcome = other.catch((error: Error) => error.message);
    await claimed;

    // Meanwhile this process runs what it may: the other tenant's text, not the first tenant's later one.
    expect(await run()).toBe(1);
    expect((await store.outbound()).map((m) => m.body)).toEqual(['Held 2']);

    // The other process dies: its claim rolls back, and the first tenant's texts go in order.
    crash(new Error('killed'));
    expect(await otherOutcome).toBe('killed');
    expect(await run()).toBe(2);
    expect((await store.outbound({ recipient: '+447700900101' })).map((m) => m.body)).toEqual(['Held 0', 'Held 1']);
  });
});
