// The server process against a PostgreSQL that misbehaves: connections killed in the middle
// of turns and of the dispatcher's and scheduler's rounds, the database unreachable, and the
// database gone silent (black-holed) for longer than the statement timeout. The database
// and the server are real; a loopback TCP proxy (test/support/tcp-proxy.ts) sits between
// them and makes the faults, and an admin connection that does not go through it kills
// the server's backends and reads the store afterwards.
//
// What is checked is what a tenant or an operator would notice: the process never exits;
// /readyz tells the truth within 2 s; a webhook is answered 200 (stored) or 503 (not stored,
// so Twilio tries again), never another 5xx and never slowly; and, with every message
// Twilio was not given a 200 for posted again after the fault (same MessageSid, as Twilio
// would), every message is stored once and answered once, and every text queued is sent
// once, whatever was cut off where.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import twilio from 'twilio';
import { afterAll, describe, expect, it } from 'vitest';
import { readOutbox, type OutboxLine } from '../../src/sms/local-outbox.sender.js';
import { openStore } from '../../src/store/open-store.js';
import type { JobDraft } from '../../src/store/store.js';
import { LANDLORD_NUMBER, messageSid, startServer, stopAllServers, type ServerProcess } from '../support/server-process.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const CONNECT_TIMEOUT_MS = 1_000;
const STATEMENT_TIMEOUT_MS = 2_000;
const SHUTDOWN_GRACE_SECONDS = 5;
/**
 * The longest a webhook may take whatever the database does: a connect, a statement, the
 * 2 s the client allows a silent server past the statement timeout, and 2 s for a busy
 * machine. Well inside Twilio's 15 s.
 */
const SMS_BUDGET_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 2_000 + 2_000;
/** What a load balancer's health check allows. */
const READYZ_BUDGET_MS = 2_000;
/** Twilio gives up on a webhook after 15 s; so does this test's Twilio. */
const TWILIO_TIMEOUT_MS = 15_000;
/** After a fault ends: time for /readyz to say 200 again, for retried messages to be taken, for texts to go. */
const RECOVERY_MS = 20_000;
const TEST_TIMEOUT = 180_000;

const TOKEN = 'doorstep-faults-auth-token-0123456789';
const PUBLIC_URL = 'https://doorstep.example.org';
const API_KEY = 'doorstep-faults-api-key-0123456789';
const TURN_FAILED = /something went wrong on our side/;

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  await stopAllServers();
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}, 60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const elapsed = (since: number) => Math.round(performance.now() - since);
const isAlive = (server: ServerProcess) => server.child.exitCode === null && server.child.signalCode === null;

interface Rig {
  server: ServerProcess;
  proxy: TcpProxy;
  /** A connection to the scenario's database that does not go through the proxy. */
  admin: pg.Client;
  /** The database's own URL (not through the proxy). */
  url: string;
}

/** A fresh database, a proxy in front of it, and the server process on the proxy. */
async function rig(prepare?: (url: string) => Promise<void>): Promise<Rig> {
  const db = await freshDatabase(DATABASE_URL, 'doorstep_faults');
  cleanups.push(() => db.drop());
  const target = new URL(DATABASE_URL!);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  cleanups.push(() => proxy.close());
  const admin = new pg.Client({ connectionString: db.url });
  admin.on('error', () => {});
  await admin.connect();
  cleanups.push(() => admin.end());
  await prepare?.(db.url);
  const dataDir = mkdtempSync(join(tmpdir(), 'doorstep-faults-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const server = await startServer({
    dataDir,
    databaseUrl: proxy.urlFor(db.url),
    authToken: TOKEN,
    publicUrl: PUBLIC_URL,
    env: {
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      SHUTDOWN_GRACE_SECONDS: String(SHUTDOWN_GRACE_SECONDS),
      // Texts left 'sending' by a round whose connection was cut are looked at again after this.
      OUTBOX_RECLAIM_SECONDS: '3',
      // Every tenant here books into the same few slots.
      APPOINTMENT_CAPACITY: '1000',
      API_KEY,
      LOG_LEVEL: 'warn',
    },
  });
  return { server, proxy, admin, url: db.url };
}

// ---------------------------------------------------------------- Twilio, as the server sees it

interface Sms {
  from: string;
  body: string;
  sid: string;
}

interface Delivery {
  sid: string;
  /** null: no answer (connection refused or cut, or no answer within Twilio's 15 s). */
  status: number | null;
  error: string | null;
  ms: number;
}

/** Twilio's side of the webhook: every attempt recorded, and what was not given a 200 posted again later. */
class Twilio {
  readonly attempts: Delivery[] = [];
  /** Messages not yet given a 200, in the order they were first sent. */
  readonly unacknowledged = new Map<string, Sms>();
  readonly messages: Sms[] = [];
  retries = 0;

  constructor(private readonly server: ServerProcess) {}

  async send(sms: Sms): Promise<Delivery> {
    if (!this.messages.some((m) => m.sid === sms.sid)) this.messages.push(sms);
    const form = { To: LANDLORD_NUMBER, From: sms.from, Body: sms.body, MessageSid: sms.sid, NumSegments: '1' };
    const signature = twilio.getExpectedTwilioSignature(TOKEN, `${PUBLIC_URL}/sms`, form);
    const began = performance.now();
    let delivery: Delivery;
    try {
      const res = await fetch(`${this.server.baseUrl}/sms`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(form).toString(),
        signal: AbortSignal.timeout(TWILIO_TIMEOUT_MS),
      });
      await res.arrayBuffer();
      delivery = { sid: sms.sid, status: res.status, error: null, ms: elapsed(began) };
    } catch (error) {
      const e = error as Error;
      delivery = { sid: sms.sid, status: null, error: e.name === 'TimeoutError' ? 'no answer in 15 s' : String(e.cause ?? e.message), ms: elapsed(began) };
    }
    this.attempts.push(delivery);
    if (delivery.status === 200) this.unacknowledged.delete(sms.sid);
    else this.unacknowledged.set(sms.sid, sms);
    return delivery;
  }

  /**
   * After the fault: posts every message not given a 200 again, each tenant's in the order
   * first sent, round after round until each has its 200 or time runs out.
   */
  async redeliver(deadlineMs = RECOVERY_MS): Promise<void> {
    const deadline = Date.now() + deadlineMs;
    while (this.unacknowledged.size > 0 && Date.now() < deadline && isAlive(this.server)) {
      const byTenant = new Map<string, Sms[]>();
      for (const sms of this.unacknowledged.values()) byTenant.set(sms.from, [...(byTenant.get(sms.from) ?? []), sms]);
      await Promise.all(
        [...byTenant.values()].map(async (queue) => {
          for (const sms of queue) {
            this.retries += 1;
            if ((await this.send(sms)).status !== 200) return;
          }
        }),
      );
      if (this.unacknowledged.size > 0) await sleep(250);
    }
  }

  count(test: (d: Delivery) => boolean): number {
    return this.attempts.filter(test).length;
  }

  describe(test: (d: Delivery) => boolean): string {
    return this.attempts
      .filter(test)
      .slice(0, 10)
      .map((d) => `${d.sid}: ${d.status ?? d.error} after ${d.ms} ms`)
      .join('\n');
  }
}

/** Runs `work` for each item, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

// ---------------------------------------------------------------- /readyz, as a load balancer sees it

interface Probe {
  status: number | null;
  ms: number;
}

async function readyz(server: ServerProcess): Promise<Probe> {
  const began = performance.now();
  try {
    const res = await fetch(`${server.baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return { status: res.status, ms: elapsed(began) };
  } catch {
    return { status: null, ms: elapsed(began) };
  }
}

/** Probes /readyz every 200 ms until stopped (a probe that hangs delays the next). */
function watchReadyz(server: ServerProcess): { stop(): Promise<Probe[]> } {
  const probes: Probe[] = [];
  let stopped = false;
  const running = (async () => {
    while (!stopped) {
      probes.push(await readyz(server));
      await sleep(200);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await running;
      return probes;
    },
  };
}

/** Polls /readyz until it answers 200; resolves with how long that took, or null if it never did. */
async function readyAgain(server: ServerProcess, deadlineMs = RECOVERY_MS): Promise<number | null> {
  const began = performance.now();
  while (elapsed(began) < deadlineMs && isAlive(server)) {
    if ((await readyz(server)).status === 200) return elapsed(began);
    await sleep(100);
  }
  return null;
}

const probeSummary = (probes: Probe[]) => {
  const by = new Map<string, number>();
  for (const p of probes) by.set(String(p.status ?? 'no answer'), (by.get(String(p.status ?? 'no answer')) ?? 0) + 1);
  const counts = [...by].map(([s, n]) => `${n}x${s}`).join(' ');
  return `${probes.length} probes (${counts}), slowest ${Math.max(0, ...probes.map((p) => p.ms))} ms`;
};

// ---------------------------------------------------------------- killing connections

interface Kills {
  rounds: number;
  /** Rounds that found the server's work mid-transaction when they struck. */
  midTransaction: number;
  backends: number;
  dropped: number;
}

/**
 * Every 100-300 ms, waits (up to 300 ms) for one of the server's backends to be inside a
 * transaction, then either terminates every backend the server has on its database (from
 * the admin connection) or resets every connection through the proxy, in turn: so the
 * kills land in turns and rounds, not only between them.
 */
function startKiller(r: Rig): { stop(): Promise<Kills> } {
  const kills: Kills = { rounds: 0, midTransaction: 0, backends: 0, dropped: 0 };
  const app = `datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`;
  let stopped = false;
  const running = (async () => {
    while (!stopped) {
      await sleep(100 + Math.random() * 200);
      for (const giveUp = Date.now() + 300; !stopped && Date.now() < giveUp; await sleep(5)) {
        const busy = await r.admin.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity where ${app} and xact_start is not null`);
        if (busy.rows[0]!.n > 0) {
          kills.midTransaction += 1;
          break;
        }
      }
      if (stopped) break;
      kills.rounds += 1;
      if (kills.rounds % 2 === 1) {
        const killed = await r.admin.query<{ n: number }>(
          `select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity where ${app}`,
        );
        kills.backends += killed.rows[0]!.n;
      } else {
        kills.dropped += r.proxy.dropConnections();
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      await running;
      return kills;
    },
  };
}

const killSummary = (k: Kills) =>
  `${k.rounds} kills, ${k.midTransaction} of them mid-transaction (${k.backends} backends terminated, ${k.dropped} proxy connections reset)`;

// ---------------------------------------------------------------- the store afterwards

/** Waits until every text queued is sent and no job due is left; returns false if time runs out. */
async function settled(r: Rig, deadlineMs = RECOVERY_MS): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const n = (
      await r.admin.query<{ unsent: number; due: number }>(
        `select (select count(*)::int from outbound_messages where status <> 'sent') as unsent,
                (select count(*)::int from scheduled_jobs where status = 'pending' and run_at <= now()) as due`,
      )
    ).rows[0]!;
    if (n.unsent === 0 && n.due === 0) return true;
    if (Date.now() > deadline || !isAlive(r.server)) return false;
    await sleep(200);
  }
}

/** Stops the server with SIGTERM; its exit code, or a description if it had to be killed. */
async function stopServer(server: ServerProcess): Promise<number | string | null> {
  try {
    return await server.stop('SIGTERM', (SHUTDOWN_GRACE_SECONDS + 10) * 1000);
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

interface Ledger {
  /** Messages not stored exactly once: sid and how many times. */
  storedWrong: string[];
  /** Messages stored with no reply queued after them. */
  unanswered: string[];
  /** Replies that went out saying the turn failed. */
  apologies: number;
  /** Outbound rows not sent. */
  unsent: string[];
  /** Outbox lines written more than once for one outbound row. */
  doubled: string[];
  /** Sent rows with no line in the outbox, or a line that does not match its row. */
  missing: string[];
  /** Lines in the outbox that no outbound row accounts for. */
  strays: string[];
  /** Conversations whose transcript does not say what their queued texts say. */
  transcriptMismatch: string[];
  replies: number;
  inDoubt: number;
}

/** Reads the store and the outbox after the server has stopped. */
async function ledger(r: Rig, messages: readonly Sms[], lines: readonly OutboxLine[]): Promise<Ledger> {
  const sids = messages.map((m) => m.sid);
  const inbound = await r.admin.query<{ message_id: string; n: number }>(
    `select message_id, count(*)::int as n from inbound_messages where channel = 'sms' and message_id = any($1) group by message_id`,
    [sids],
  );
  const logged = await r.admin.query<{ message_id: string; n: number }>(
    `select message_id, count(*)::int as n from transcript where direction = 'in' and message_id = any($1) group by message_id`,
    [sids],
  );
  const storedCount = new Map(inbound.rows.map((row) => [row.message_id, row.n]));
  const loggedCount = new Map(logged.rows.map((row) => [row.message_id, row.n]));
  const storedWrong = sids
    .filter((sid) => storedCount.get(sid) !== 1 || loggedCount.get(sid) !== 1)
    .map((sid) => `${sid}: inbound_messages ${storedCount.get(sid) ?? 0}, transcript ${loggedCount.get(sid) ?? 0}`);

  // Each tenant message in the transcript is followed by at least one reply before the next.
  const transcript = await r.admin.query<{ address: string; direction: string; body: string; message_id: string | null }>(
    `select c.address, t.direction, t.body, t.message_id from transcript t join conversations c on c.id = t.conversation_id order by t.id`,
  );
  const unanswered: string[] = [];
  const byAddress = new Map<string, typeof transcript.rows>();
  for (const row of transcript.rows) byAddress.set(row.address, [...(byAddress.get(row.address) ?? []), row]);
  for (const [address, rows] of byAddress) {
    rows.forEach((row, i) => {
      if (row.direction === 'in' && rows[i + 1]?.direction !== 'out') unanswered.push(`${address} ${row.message_id}: "${row.body}"`);
    });
  }

  const outbound = await r.admin.query<{ id: number; recipient: string; body: string; status: string; attempts: number; conversation_id: string | null }>(
    `select id, recipient, body, status, attempts, conversation_id from outbound_messages order by id`,
  );
  const unsent = outbound.rows.filter((row) => row.status !== 'sent').map((row) => `${row.id} to ${row.recipient}: ${row.status}`);
  const lineCount = new Map<string, number>();
  for (const line of lines) lineCount.set(line.id, (lineCount.get(line.id) ?? 0) + 1);
  const doubled = [...lineCount].filter(([, n]) => n > 1).map(([id, n]) => `${id} x${n}`);
  const rowsById = new Map(outbound.rows.map((row) => [`local-${row.id}`, row]));
  const missing = outbound.rows
    .filter((row) => row.status === 'sent')
    .filter((row) => !lines.some((l) => l.id === `local-${row.id}` && l.to === row.recipient && l.body === row.body))
    .map((row) => `${row.id} to ${row.recipient}: "${row.body.slice(0, 40)}"`);
  const strays = lines.filter((l) => !rowsById.has(l.id)).map((l) => `${l.id} to ${l.to}`);

  // What the transcript says each conversation was sent is what was queued for it, in order.
  const transcriptMismatch: string[] = [];
  for (const [address, rows] of byAddress) {
    const said = rows.filter((row) => row.direction === 'out').map((row) => row.body);
    const queued = outbound.rows.filter((row) => row.recipient === address && row.conversation_id !== null).map((row) => row.body);
    if (JSON.stringify(said) !== JSON.stringify(queued)) transcriptMismatch.push(`${address}: transcript ${said.length} out, outbox ${queued.length}`);
  }

  return {
    storedWrong,
    unanswered,
    apologies: outbound.rows.filter((row) => TURN_FAILED.test(row.body)).length,
    unsent,
    doubled,
    missing,
    strays,
    transcriptMismatch,
    replies: outbound.rows.length,
    inDoubt: outbound.rows.filter((row) => row.attempts > 1).length,
  };
}

/** The checks every scenario ends with; soft, so one run reports every one that fails. */
function expectNothingLostOrDoubled(l: Ledger, twilioSide: Twilio): void {
  expect.soft([...twilioSide.unacknowledged.keys()], 'messages never given a 200, even after the fault').toEqual([]);
  expect.soft(l.storedWrong, 'every message stored exactly once').toEqual([]);
  expect.soft(l.unanswered, 'every stored message answered').toEqual([]);
  expect.soft(l.unsent, 'every text queued was sent').toEqual([]);
  expect.soft(l.doubled, 'no text sent twice').toEqual([]);
  expect.soft(l.missing, 'every text recorded as sent is in the outbox').toEqual([]);
  expect.soft(l.strays, 'nothing in the outbox the store does not account for').toEqual([]);
  expect.soft(l.transcriptMismatch, 'each transcript says what was sent').toEqual([]);
}

/** The checks on the webhook's answers: 200 or 503 only, and never slow. */
function expectHonestWebhooks(twilioSide: Twilio): void {
  const other = (d: Delivery) => d.status !== 200 && d.status !== 503;
  expect.soft(twilioSide.count(other), `webhook answers other than 200 or 503:\n${twilioSide.describe(other)}`).toBe(0);
  const slow = (d: Delivery) => d.ms > SMS_BUDGET_MS;
  expect.soft(twilioSide.count(slow), `webhook answers slower than ${SMS_BUDGET_MS} ms:\n${twilioSide.describe(slow)}`).toBe(0);
}

function expectHonestReadyz(probes: Probe[], during: 'faulty' | 'down'): void {
  const slow = probes.filter((p) => p.status === null || p.ms >= READYZ_BUDGET_MS);
  expect.soft(slow, `/readyz answers taking ${READYZ_BUDGET_MS} ms or more (status null: no answer in 5 s)`).toEqual([]);
  if (during === 'down') {
    const wrong = probes.filter((p) => p.status !== 503);
    expect.soft(wrong, '/readyz says 503 while the database is not answering').toEqual([]);
  } else {
    expect
      .soft(
        probes.filter((p) => p.status !== 200 && p.status !== 503),
        '/readyz says 200 or 503',
      )
      .toEqual([]);
  }
}

const repliesTo = async (server: ServerProcess, to: string) => (await readOutbox(server.outboxPath)).filter((l) => l.to === to);
const ending = (alive: boolean, code: number | string | null) => (alive ? `exit on SIGTERM ${code}` : `PROCESS HAD EXITED (code ${code})`);
const slowest = (t: Twilio) => Math.max(0, ...t.attempts.map((a) => a.ms));
const logs = (server: ServerProcess, text: RegExp) =>
  (server.stdout().match(new RegExp(text, 'g'))?.length ?? 0) + (server.stderr().match(new RegExp(text, 'g'))?.length ?? 0);

const SCRIPT = ['hello', 'my kitchen tap is leaking', 'no', 'kitchen', 'thank you'];
const number = (block: number, i: number) => `+4477009${block}${String(i).padStart(4, '0')}`;

// ---------------------------------------------------------------- the scenarios

describe.skipIf(!DATABASE_URL)('database faults under the server process (PostgreSQL through a proxy)', () => {
  it(
    'a) connections killed during turns: no exit, 200 or 503 only, every message kept once and answered once',
    async () => {
      const r = await rig();
      const tenants = Array.from({ length: 20 }, (_, i) => number(1, i));
      const tw = new Twilio(r.server);
      const killer = startKiller(r);
      const watch = watchReadyz(r.server);
      await inParallel(tenants, 5, async (from) => {
        for (const body of SCRIPT) {
          if (!isAlive(r.server)) return;
          const before = (await repliesTo(r.server, from)).length;
          const delivery = await tw.send({ from, body, sid: messageSid() });
          // A tenant waits a moment for the answer before texting again, as people do.
          if (delivery.status !== 200) continue;
          for (const giveUp = Date.now() + 1_500; Date.now() < giveUp && (await repliesTo(r.server, from)).length === before; ) await sleep(100);
        }
      });
      const kills = await killer.stop();
      const probes = await watch.stop();
      const firstTry = { ok: tw.count((d) => d.status === 200), unavailable: tw.count((d) => d.status === 503), noAnswer: tw.count((d) => d.status === null) };

      const aliveAfter = isAlive(r.server);
      const recoveredIn = await readyAgain(r.server);
      // Waiting on a server that is not ready would only run out the clock.
      if (recoveredIn !== null) await tw.redeliver();
      const sent = recoveredIn !== null && (await settled(r));
      const aliveAtEnd = isAlive(r.server);
      const code = await stopServer(r.server);
      const lines = await readOutbox(r.server.outboxPath);
      const l = await ledger(r, tw.messages, lines);

      console.log(
        `faults a) kills during turns: ${tw.messages.length} messages from ${tenants.length} tenants, ${killSummary(kills)}; ` +
          `first tries ${firstTry.ok}x200 ` +
          `${firstTry.unavailable}x503 ${firstTry.noAnswer}x no answer; ${tw.retries} retries (${tw.count((d) => d.status === 503)} 503s in all); ${l.replies} texts queued ` +
          `(${l.apologies} apologies, ${l.inDoubt} claimed more than once), ${lines.length} outbox lines; slowest webhook ${slowest(tw)} ms; ` +
          `/readyz ${probeSummary(probes)}; ready again in ${recoveredIn ?? 'never'} ms; ${ending(aliveAtEnd, code)}`,
      );
      expect.soft(aliveAfter, 'alive after the kills').toBe(true);
      expect.soft(aliveAtEnd, `alive at the end\n${r.server.stderr().slice(-2000)}`).toBe(true);
      expect.soft(recoveredIn, '/readyz 200 again without a restart').not.toBeNull();
      expect.soft(sent, 'every text sent and every due job run after the kills').toBe(true);
      expect.soft(kills.midTransaction, 'kills landed while turns were in a transaction').toBeGreaterThan(0);
      expectHonestReadyz(probes, 'faulty');
      expectHonestWebhooks(tw);
      expectNothingLostOrDoubled(l, tw);
      expect.soft(code, 'SIGTERM stops it cleanly').toBe(0);
    },
    TEST_TIMEOUT,
  );

  it(
    'b) connections killed during dispatcher and scheduler rounds: every job run once, every text sent once',
    async () => {
      const JOBS = 300;
      const RECIPIENTS = 30;
      const SPREAD_MS = 4_000;
      const bookers = Array.from({ length: 4 }, (_, i) => number(2, i));
      const r = await rig(async (url) => {
        // On the tenancy list, so the assistant can book them a visit without asking who they are.
        const store = await openStore({ databaseUrl: url, dataDir: null });
        try {
          for (const [i, phone] of bookers.entries()) {
            await store.upsertTenant(
              {
                tenancyRef: `FAULT-${i}`,
                name: `Tenant ${i}`,
                addressLine: `${i + 1} Oak Road, Northampton`,
                postcode: 'NN2 2BB',
                vulnerabilities: [],
                phones: [phone],
              },
              new Date(),
            );
          }
        } finally {
          await store.close();
        }
      });

      // Before the faults: each tenant books a visit by text, as a tenant would.
      const tw = new Twilio(r.server);
      const references: string[] = [];
      for (const from of bookers) references.push(await bookVisit(r, tw, from));

      // The work: reminders due over the next few seconds (another process scheduling them),
      // and each visit reported en route by the job system (each queues an "on our way" text).
      const store = await openStore({ databaseUrl: r.url, dataDir: null });
      const start = Date.now() + 300;
      const drafts: JobDraft[] = Array.from({ length: JOBS }, (_, i) => ({
        key: `faults:${i}`,
        runAt: new Date(start + Math.floor((i * SPREAD_MS) / JOBS)),
        reference: null,
        group: null,
        payload: { kind: 'text', purpose: 'reminder', channel: 'sms', address: number(3, i % RECIPIENTS), body: `Reminder ${i}` },
      }));

      expect(await store.scheduleJobs(drafts, new Date())).toBe(JOBS);
      await store.close();
      // The day-before reminders the bookings scheduled fall due in the same few seconds (as if the
      // eve of each visit had come).
      const dayBefore = await r.admin.query<{ body: string }>(
        `update scheduled_jobs set run_at = $1 where key like 'appt:%:day-before:%' and status = 'pending' returning payload->>'body' as body`,
        [new Date(start + SPREAD_MS / 2)],
      );
      const killer = startKiller(r);
      const watch = watchReadyz(r.server);
      const api: { reference: string; status: number | null }[] = [];
      const reportEnRoute = async (reference: string) => {
        try {
          const res = await fetch(`${r.server.baseUrl}/api/jobs/${reference}/en-route`, {
            method: 'POST',
            headers: { authorization: `Bearer ${API_KEY}` },
            signal: AbortSignal.timeout(TWILIO_TIMEOUT_MS),
          });
          await res.arrayBuffer();
          api.push({ reference, status: res.status });
          return res.status;
        } catch {
          api.push({ reference, status: null });
          return null;
        }
      };
      const unreported = new Set<string>();
      for (const reference of references) {
        await sleep(SPREAD_MS / references.length);
        const status = await reportEnRoute(reference);
        if (status !== 200) unreported.add(reference);
      }
      // The kills go on until the last reminder has been due a while.
      while (Date.now() < start + SPREAD_MS + 1_000) await sleep(100);
      const kills = await killer.stop();
      const probes = await watch.stop();

      // The job system, like Twilio, tries again what was not accepted; 409 means it was, before.
      const retryDeadline = Date.now() + RECOVERY_MS;
      while (unreported.size > 0 && Date.now() < retryDeadline && isAlive(r.server)) {
        for (const reference of [...unreported]) {
          const status = await reportEnRoute(reference);
          if (status === 200 || status === 409) unreported.delete(reference);
        }
        if (unreported.size > 0) await sleep(250);
      }
      const aliveAfter = isAlive(r.server);
      const recoveredIn = await readyAgain(r.server);
      const sent = recoveredIn !== null && (await settled(r));
      const aliveAtEnd = isAlive(r.server);
      const code = await stopServer(r.server);
      const lines = await readOutbox(r.server.outboxPath);
      const l = await ledger(r, tw.messages, lines);

      const reminders = new Map<string, number>();
      for (const line of lines) if (/^Reminder \d+$/.test(line.body)) reminders.set(line.body, (reminders.get(line.body) ?? 0) + 1);
      const remindersWrong = drafts
        .map((d) => (d.payload.kind === 'text' ? d.payload.body : ''))
        .filter((body) => reminders.get(body) !== 1)
        .map((body) => `${body} x${reminders.get(body) ?? 0}`);
      const onTheWay = references.map((reference, i) => ({
        reference,
        n: lines.filter((line) => line.to === bookers[i] && line.body.includes(`on the way to you now for repair ${reference}`)).length,
      }));
      const dayBeforeWrong = dayBefore.rows
        .map((row) => ({ text: row.body, n: lines.filter((line) => line.body === row.body).length }))
        .filter((d) => d.n !== 1);
      const jobs = await r.admin.query<{ status: string; n: number }>(
        `select status, count(*)::int as n from scheduled_jobs where run_at <= now() group by status order by status`,
      );
      const roundsFailed = { scheduler: logs(r.server, /scheduler round (failed|stopped)/), outbox: logs(r.server, /outbox round (failed|stopped)/) };
      const foundSent = logs(r.server, /found already sent/);

      console.log(
        `faults b) kills during rounds: ${JOBS} reminders to ${RECIPIENTS} tenants, ${dayBefore.rows.length} day-before reminders ` +
          `from bookings, ${references.length} visits reported en route ` +
          `(API answers ${api.map((a) => a.status ?? 'none').join(',')}), ${killSummary(kills)}; ` +
          `rounds failed: scheduler ${roundsFailed.scheduler}, outbox ${roundsFailed.outbox}; ` +
          `${l.replies} texts queued, ${l.inDoubt} claimed more than once (${foundSent} found already sent), ${lines.length} outbox lines; ` +
          `jobs due ${jobs.rows.map((j) => `${j.n} ${j.status}`).join(', ')}; /readyz ${probeSummary(probes)}; ` +
          `ready again in ${recoveredIn ?? 'never'} ms; ${ending(aliveAtEnd, code)}`,
      );
      expect.soft(aliveAfter, 'alive after the kills').toBe(true);
      expect.soft(aliveAtEnd, `alive at the end\n${r.server.stderr().slice(-2000)}`).toBe(true);
      expect.soft(recoveredIn, '/readyz 200 again without a restart').not.toBeNull();
      expect.soft(sent, 'every text sent and every due job run after the kills').toBe(true);
      expect.soft(kills.midTransaction, 'kills landed while rounds were in a transaction').toBeGreaterThan(0);
      expect.soft([...unreported], 'every visit reported en route in the end').toEqual([]);
      expect
        .soft(
          api.filter((a) => a.status !== null && a.status >= 500 && a.status !== 503),
          'the API answers 503, not another 5xx, when the store fails',
        )
        .toEqual([]);
      expect.soft(remindersWrong.slice(0, 20), 'each reminder sent exactly once').toEqual([]);
      expect
        .soft(
          onTheWay.filter((o) => o.n !== 1),
          'each "on our way" text sent exactly once',
        )
        .toEqual([]);
      expect.soft(dayBeforeWrong, 'each day-before reminder sent exactly once').toEqual([]);
      expect.soft(jobs.rows, 'every job due has run').toEqual([{ status: 'done', n: JOBS + references.length + dayBefore.rows.length }]);
      expectHonestReadyz(probes, 'faulty');
      expectNothingLostOrDoubled(l, tw);
      expect.soft(code, 'SIGTERM stops it cleanly').toBe(0);
    },
    TEST_TIMEOUT,
  );

  it(
    'c) database unreachable for a few seconds: /readyz 503 at once, webhooks 503, then service resumes without a restart',
    async () => {
      await outage('refuse', 3_000);
    },
    TEST_TIMEOUT,
  );

  it(
    'd) database black-holed for longer than the statement timeout: no hang, /readyz 503 within 2 s, then service resumes',
    async () => {
      await outage('blackhole', STATEMENT_TIMEOUT_MS * 2 + 1_000);
    },
    TEST_TIMEOUT,
  );
});

/**
 * The database goes away (`mode`) for `outageMs` while tenants text, and comes back. Some
 * turns are under way when it goes; every tenant already has a conversation, so pooled
 * connections are open when it goes.
 */
async function outage(mode: 'refuse' | 'blackhole', outageMs: number): Promise<void> {
  const label = mode === 'refuse' ? 'c) unreachable' : 'd) black-holed';
  const r = await rig();
  const tw = new Twilio(r.server);
  const tenants = Array.from({ length: 10 }, (_, i) => number(mode === 'refuse' ? 4 : 5, i));

  // Before: each tenant has started a conversation.
  await Promise.all(tenants.map((from) => tw.send({ from, body: 'hello', sid: messageSid() })));
  expect(
    tw.count((d) => d.status !== 200),
    `before the fault:\n${tw.describe((d) => d.status !== 200)}`,
  ).toBe(0);

  // A burst of turns, and the database goes while they run.
  const burst = Promise.all(tenants.map((from) => tw.send({ from, body: 'my kitchen tap is leaking', sid: messageSid() })));
  await sleep(15);
  r.proxy.setMode(mode);
  const wentAt = performance.now();
  const watch = watchReadyz(r.server);
  // While it is gone each tenant texts twice more, a second apart (as people do).
  const during = Promise.all(
    tenants.map(async (from, i) => {
      await sleep(100 * i);
      await tw.send({ from, body: 'no', sid: messageSid() });
      await sleep(1_000);
      await tw.send({ from, body: 'kitchen', sid: messageSid() });
    }),
  );
  await Promise.all([burst, during]);
  while (elapsed(wentAt) < outageMs) await sleep(50);
  const probes = await watch.stop();
  const downFor = elapsed(wentAt);
  r.proxy.setMode('forward');
  const duringFault = {
    ok: tw.count((d) => d.status === 200) - tenants.length,
    unavailable: tw.count((d) => d.status === 503),
    noAnswer: tw.count((d) => d.status === null),
  };

  const aliveAfter = isAlive(r.server);
  const recoveredIn = await readyAgain(r.server);
  // Waiting on a server that is not ready would only run out the clock.
  if (recoveredIn !== null) await tw.redeliver();
  // Service resumes: a tenant who never texted before is answered at the first try.
  const newcomer = recoveredIn !== null ? await tw.send({ from: number(mode === 'refuse' ? 4 : 5, 99), body: 'my boiler is broken', sid: messageSid() }) : null;
  const sent = recoveredIn !== null && (await settled(r));
  const aliveAtEnd = isAlive(r.server);
  const code = await stopServer(r.server);
  const lines = await readOutbox(r.server.outboxPath);
  const l = await ledger(r, tw.messages, lines);

  console.log(
    `faults ${label} for ${downFor} ms: ${tw.messages.length} messages from ${tenants.length + 1} tenants; while down ` +
      `${duringFault.ok}x200 ${duringFault.unavailable}x503 ${duringFault.noAnswer}x no answer; slowest webhook ${slowest(tw)} ms; ` +
      `/readyz while down ${probeSummary(probes)}; ready again in ${recoveredIn ?? 'never'} ms; ${tw.retries} retries; ` +
      `newcomer ${newcomer ? (newcomer.status ?? newcomer.error) : 'not tried'}; ${l.replies} texts queued (${l.apologies} apologies, ${l.inDoubt} claimed more than once), ` +
      `${lines.length} outbox lines; ${ending(aliveAtEnd, code)}`,
  );
  expect.soft(aliveAfter, 'alive after the outage').toBe(true);
  expect.soft(aliveAtEnd, `alive at the end\n${r.server.stderr().slice(-2000)}`).toBe(true);
  expect.soft(recoveredIn, '/readyz 200 again without a restart').not.toBeNull();
  expect.soft(newcomer?.status, 'a new tenant is answered after the outage').toBe(200);
  expect.soft(sent, 'every text sent after the outage').toBe(true);
  expect.soft(duringFault.unavailable, 'some webhooks were answered 503 while the database was gone').toBeGreaterThan(0);
  expectHonestReadyz(probes, 'down');
  expectHonestWebhooks(tw);
  expectNothingLostOrDoubled(l, tw);
  expect.soft(code, 'SIGTERM stops it cleanly').toBe(0);
}

/** Texts as a tenant would until a visit is booked; returns the repair's reference. */
async function bookVisit(r: Rig, tw: Twilio, from: string): Promise<string> {
  const say = async (body: string): Promise<string> => {
    const before = (await repliesTo(r.server, from)).length;
    const delivery = await tw.send({ from, body, sid: messageSid() });
    expect(delivery.status, `${from} "${body}" before any fault`).toBe(200);
    // Every reply to this turn is sent once nothing is left unsent for this number.
    for (const deadline = Date.now() + RECOVERY_MS; ; ) {
      const left = await r.admin.query<{ n: number }>(`select count(*)::int as n from outbound_messages where recipient = $1 and status <> 'sent'`, [from]);
      if (left.rows[0]!.n === 0) break;
      if (Date.now() > deadline) throw new Error(`replies to ${from} not sent`);
      await sleep(50);
    }
    return (await repliesTo(r.server, from))
      .slice(before)
      .map((l) => l.body)
      .join('\n');
  };
  let replies = await say('my kitchen tap is dripping');
  for (let turn = 0; turn < 8 && !/Booked:/.test(replies); turn += 1) {
    replies = await say(/YES or NO/i.test(replies) ? 'no' : /Reply with a number/i.test(replies) ? '1' : 'kitchen');
  }
  const found = /for repair ([A-Z0-9]{8})\b/.exec(replies);
  if (!found) throw new Error(`${from} could not book a visit; last replies:\n${replies}`);
  // The question about access is answered; the visit stands.
  await say('no');
  return found[1]!;
}
