// The server process against a PostgreSQL whose connections are killed in the middle of
// tenants' turns (a) and of the dispatcher's and scheduler's rounds (b): every few hundred
// milliseconds, once the server's work is inside a transaction, its backends are terminated
// from an admin connection or its connections through the proxy are reset. The rig, Twilio's
// side and the checks each scenario ends with are in test/support/db-faults.ts and
// db-faults-checks.ts; the database going away altogether is database-outage.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../src/sms/local-outbox.sender.js';
import { openStore } from '../../src/store/open-store.js';
import type { JobDraft } from '../../src/store/store.js';
import { expectHonestReadyz, expectHonestWebhooks, expectNothingLostOrDoubled, ledger, settled } from '../support/db-faults-checks.js';
import {
  API_KEY,
  RECOVERY_MS,
  TEST_TIMEOUT,
  TWILIO_TIMEOUT_MS,
  Twilio,
  ending,
  isAlive,
  number,
  probeSummary,
  readyAgain,
  repliesTo,
  rig,
  sleep,
  slowest,
  stopRigs,
  stopServer,
  watchReadyz,
  type Rig,
} from '../support/db-faults.js';
import { messageSid, type ServerProcess } from '../support/server-process.js';
import { DATABASE_URL } from '../support/stores.js';

afterAll(stopRigs, 60_000);

/** Runs `work` for each item, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

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

const logs = (server: ServerProcess, text: RegExp) =>
  (server.stdout().match(new RegExp(text, 'g'))?.length ?? 0) + (server.stderr().match(new RegExp(text, 'g'))?.length ?? 0);

const SCRIPT = ['hello', 'my kitchen tap is leaking', 'no', 'kitchen', 'thank you'];

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
});

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
