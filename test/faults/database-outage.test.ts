// The server process when its PostgreSQL goes away for a while and comes back: unreachable
// (connections refused, c) and black-holed (silent for longer than the statement timeout, d),
// while tenants text. /readyz says 503 at once and the webhooks 503, nothing hangs, and service
// resumes without a restart. The rig, Twilio's side and the checks each scenario ends with are
// in test/support/db-faults.ts and db-faults-checks.ts; connections killed mid-work is
// database-connections-killed.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../src/sms/local-outbox.sender.js';
import { expectHonestReadyz, expectHonestWebhooks, expectNothingLostOrDoubled, ledger, settled } from '../support/db-faults-checks.js';
import {
  STATEMENT_TIMEOUT_MS,
  TEST_TIMEOUT,
  Twilio,
  elapsed,
  ending,
  isAlive,
  number,
  probeSummary,
  readyAgain,
  rig,
  sleep,
  slowest,
  stopRigs,
  stopServer,
  watchReadyz,
} from '../support/db-faults.js';
import { messageSid } from '../support/server-process.js';
import { DATABASE_URL } from '../support/stores.js';

afterAll(stopRigs, 60_000);

// ---------------------------------------------------------------- the scenarios

describe.skipIf(!DATABASE_URL)('database faults under the server process (PostgreSQL through a proxy)', () => {
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
