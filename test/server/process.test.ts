// The server as a process: `npm start`'s entry point (src/server/start.ts, under tsx) run in
// a child process, configured through its environment, spoken to as Twilio speaks to it,
// and stopped with signals. (Run as `node --import tsx`, not through the tsx CLI wrapper,
// whose signal relay SIGKILLs a busy server: see test/support/server-process.ts.)
// What a tenant notices is read from the local outbox file (every text they would get);
// what an operator notices, from exit codes, stderr and the store after the process stops.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twilio from 'twilio';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { readOutbox, type OutboxLine } from '../../src/sms/local-outbox.sender.js';
import { openStore } from '../../src/store/open-store.js';
import type { SqlStore } from '../../src/store/sql.store.js';
import type { TranscriptEntry } from '../../src/store/store.js';
import {
  linesTo,
  messageSid,
  spawnServer,
  startServer,
  stopAllServers,
  waitForOutbox,
  type ServerProcess,
  type SmsResponse,
} from '../support/server-process.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';

// Each test starts one or two server processes; a fresh PGlite directory alone can take
// 15 s on a busy machine. These are hang guards, not speed targets.
const TEST_TIMEOUT = 180_000;
const REPLY_DEADLINE = 30_000;

const TOKEN = 'doorstep-test-auth-token-0123456789';
const MENU = /How can we help\? Reply with a number/;
const TURN_FAILED = /something went wrong on our side/;

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorstep-process-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await stopAllServers();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** Opens a stopped server's store, runs `read`, and closes it. */
async function withStore<T>(options: { dataDir: string } | { databaseUrl: string }, read: (store: SqlStore) => Promise<T>): Promise<T> {
  const store = 'dataDir' in options ? await openStore({ dataDir: options.dataDir }) : await openStore({ databaseUrl: options.databaseUrl, dataDir: null });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

async function transcriptOf(store: SqlStore, address: string): Promise<TranscriptEntry[]> {
  const conversation = await store.findConversation({ channel: 'sms', address });
  expect(conversation, `a conversation for ${address}`).not.toBeNull();
  return store.transcript(conversation!.id);
}

/** The transcript as turns: each inbound text with the replies written after it. */
function turns(transcript: TranscriptEntry[]): { in: string; out: string[] }[] {
  const out: { in: string; out: string[] }[] = [];
  for (const entry of transcript) {
    if (entry.direction === 'in') out.push({ in: entry.text, out: [] });
    else if (out.length === 0) throw new Error(`a reply before any message: ${entry.text}`);
    else out.at(-1)!.out.push(entry.text);
  }
  return out;
}

/** What a tenant would answer to the question in `reply`. */
function answerTo(reply: string): string {
  if (/reply YES or NO/i.test(reply)) return 'no';
  if (/^\s*1[\s.)]/m.test(reply)) return '1';
  return 'kitchen';
}

describe('the server process', () => {
  it(
    'carries a conversation across a restart on the embedded store: the answer after the restart is read as the answer',
    async () => {
      const dir = dataDir();
      const tenant = '+447700900101';
      const first = 'my kitchen tap is leaking';

      const before = await startServer({ dataDir: dir, authToken: TOKEN });
      expect((await before.postSms({ From: tenant, Body: first, MessageSid: messageSid() })).status).toBe(200);
      await waitForOutbox(before.outboxPath, (lines) => linesTo(lines, tenant).length >= 1, REPLY_DEADLINE);
      expect(await before.stop('SIGTERM')).toBe(0);

      // The process has exited, so everything it was going to send is in the file.
      const asked = linesTo(await readOutbox(before.outboxPath), tenant).map((l) => l.body);
      expect(asked.join('\n')).not.toMatch(TURN_FAILED);
      const question = asked.at(-1)!;
      const answer = answerTo(question);

      const after = await startServer({ dataDir: dir, authToken: TOKEN });
      expect((await after.postSms({ From: tenant, Body: answer, MessageSid: messageSid() })).status).toBe(200);
      await waitForOutbox(after.outboxPath, (lines) => linesTo(lines, tenant).length > asked.length, REPLY_DEADLINE);
      expect(await after.stop('SIGTERM')).toBe(0);

      const all = linesTo(await readOutbox(after.outboxPath), tenant).map((l) => l.body);
      const continued = all.slice(asked.length);
      expect(continued.length).toBeGreaterThan(0);
      for (const reply of continued) {
        expect(reply, `reply to "${answer}" after the restart`).not.toMatch(MENU);
        expect(reply).not.toMatch(TURN_FAILED);
        expect(reply).not.toMatch(/start this chat again/);
      }
      // The question was answered, not asked again.
      expect(continued).not.toContain(question);

      const transcript = await withStore({ dataDir: dir }, (store) => transcriptOf(store, tenant));
      const t = turns(transcript);
      expect(t.map((turn) => turn.in)).toEqual([first, answer]);
      expect(t.map((turn) => turn.out)).toEqual([asked, continued]);
    },
    TEST_TIMEOUT,
  );

  it(
    'will not start with a bad setting, an unknown pack or a port in use: exit code 2 and a message naming it, no stack trace',
    async () => {
      const server = await spawnServer({ dataDir: dataDir(), env: { POLICY: 'no-such-landlord', TWILIO_FROM: '07700 900123' } });
      expect(await server.exited).toMatchObject({ code: 2 });
      expect(server.stderr()).toMatch(/TWILIO_FROM: expected a phone number in E\.164 form/);
      expect(server.stderr()).not.toMatch(/^\s+at /m);
      const badPack = await spawnServer({ dataDir: dataDir(), env: { POLICY: 'no-such-landlord' } });
      expect(await badPack.exited).toMatchObject({ code: 2 });
      expect(badPack.stderr()).toMatch(/No policy pack "no-such-landlord"/);
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const port = String((taken.address() as { port: number }).port);
      try {
        const clash = await spawnServer({ dataDir: dataDir(), env: { PORT: port } });
        expect(await clash.exited).toMatchObject({ code: 2 });
        expect(clash.stderr()).toMatch(new RegExp(`port ${port} is already in use`));
        expect(clash.stderr()).not.toMatch(/^\s+at /m);
      } finally {
        taken.close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses a second process on the same data directory with exit code 2, and the first keeps answering',
    async () => {
      const dir = dataDir();
      const running = await startServer({ dataDir: dir, authToken: TOKEN });

      const second = await spawnServer({ dataDir: dir, authToken: TOKEN });
      const exit = await Promise.race([second.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 90_000).unref())]);
      expect(exit, `second process still running\n${second.stdout()}`).not.toBe('timeout');
      expect(exit).toMatchObject({ code: 2 });
      expect(second.stderr()).toMatch(/in use/);
      expect(second.stderr()).toContain(dir);
      expect(second.stderr()).not.toMatch(/^\s+at /m); // a message, not a stack trace

      const tenant = '+447700900201';
      expect((await running.postSms({ From: tenant, Body: 'my boiler is broken', MessageSid: messageSid() })).status).toBe(200);
      const replies = linesTo(await waitForOutbox(running.outboxPath, (l) => linesTo(l, tenant).length >= 1, REPLY_DEADLINE), tenant);
      expect(replies[0]!.body).not.toMatch(TURN_FAILED);
      expect((await fetch(`${running.baseUrl}/readyz`)).status).toBe(200);
      expect(await running.stop('SIGTERM')).toBe(0);
    },
    TEST_TIMEOUT,
  );

  it(
    'on SIGTERM with requests in flight: no 5xx, exit 0, and every acknowledged message is kept and answered',
    async () => {
      const dir = dataDir();
      const server = await startServer({ dataDir: dir, authToken: TOKEN });
      const bodies = [
        'my kitchen tap is leaking',
        'no hot water since yesterday',
        'front door will not lock',
        'the boiler is broken',
        'toilet will not flush',
        'bedroom window is broken',
        'damp and mould in the bathroom',
        'the lights in the hall do not work',
      ];
      const sent = bodies.map((body, i) => ({ from: `+4477009003${String(i).padStart(2, '0')}`, body, sid: messageSid() }));

      let signalled = false;
      const results = await Promise.all(
        sent.map(async (m) => {
          let response: SmsResponse | null = null;
          let error: string | null = null;
          try {
            response = await server.postSms({ From: m.from, Body: m.body, MessageSid: m.sid });
          } catch (e) {
            // Refused or cut off once the server stopped listening: Twilio would retry it.
            error = String((e as Error).cause ?? e);
          }
          if (!signalled) {
            signalled = true;
            server.signal('SIGTERM');
          }
          return { ...m, status: response?.status ?? null, error };
        }),
      );
      const code = await server.stop('SIGTERM');
      const summary = results.map((r) => `${r.from}: ${r.status ?? r.error}`).join('\n');
      expect(code, `${summary}\n${server.stderr()}`).toBe(0);

      const answered = results.filter((r) => r.status !== null);
      expect(answered.length).toBeGreaterThan(0);
      for (const r of answered) expect(r.status, summary).toBe(200);

      const outbox = await readOutbox(server.outboxPath);
      await withStore({ dataDir: dir }, async (store) => {
        for (const r of answered) {
          const transcript = await transcriptOf(store, r.from);
          const t = turns(transcript);
          expect(t.map((turn) => turn.in)).toEqual([r.body]);
          expect(t[0]!.out.length).toBeGreaterThan(0);
          // What the tenant got is what the transcript says we sent, all of it.
          expect(linesTo(outbox, r.from).map((l) => l.body)).toEqual(t[0]!.out);
          const rows = await store.outbound({ recipient: r.from });
          expect(rows.map((row) => row.status)).toEqual(rows.map(() => 'sent'));
        }
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses a forged webhook with 403 and keeps nothing for that number',
    async () => {
      const dir = dataDir();
      const server = await startServer({ dataDir: dir, authToken: TOKEN });
      const forger = '+447700900501';
      const params = { To: '+447700900000', From: forger, Body: 'my kitchen tap is leaking', MessageSid: messageSid() };

      const wrongToken = twilio.getExpectedTwilioSignature('not-the-landlords-token-000000', 'https://doorstep.example.org/sms', params);
      expect((await server.postSms(params, { signature: wrongToken })).status).toBe(403);
      // Signed, then changed on the way: the signature no longer matches the body.
      const signedOther = twilio.getExpectedTwilioSignature(TOKEN, 'https://doorstep.example.org/sms', { ...params, Body: 'hello' });
      expect((await server.postSms(params, { signature: signedOther })).status).toBe(403);
      expect((await server.postSms(params, { signature: null })).status).toBe(403);

      // A genuine message from someone else is answered, so the server was listening all along.
      const tenant = '+447700900502';
      expect((await server.postSms({ From: tenant, Body: 'my boiler is broken', MessageSid: messageSid() })).status).toBe(200);
      await waitForOutbox(server.outboxPath, (l) => linesTo(l, tenant).length >= 1, REPLY_DEADLINE);
      expect(await server.stop('SIGTERM')).toBe(0);

      expect(linesTo(await readOutbox(server.outboxPath), forger)).toEqual([]);
      await withStore({ dataDir: dir }, async (store) => {
        expect(await store.findConversation({ channel: 'sms', address: forger })).toBeNull();
        expect(await store.outbound({ recipient: forger })).toEqual([]);
        expect(await store.findConversation({ channel: 'sms', address: tenant })).not.toBeNull();
      });
    },
    TEST_TIMEOUT,
  );
});

describe.skipIf(!DATABASE_URL)('two server processes on one PostgreSQL', () => {
  let drop: (() => Promise<void>) | null = null;
  afterAll(async () => {
    await stopAllServers();
    await drop?.();
  }, 60_000);

  it(
    'keeps each tenant’s turns in order across both processes, and sends every reply exactly once',
    async () => {
      const db = await freshDatabase();
      drop = db.drop;
      const [a, b] = await Promise.all([
        startServer({ dataDir: dataDir(), databaseUrl: db.url, authToken: TOKEN }),
        startServer({ dataDir: dataDir(), databaseUrl: db.url, authToken: TOKEN }),
      ]);
      const servers: ServerProcess[] = [a, b];
      const script = ['hello', 'my kitchen tap is leaking', 'no', 'kitchen', 'yes', 'thank you'];
      const tenants = ['+447700900401', '+447700900402', '+447700900403'];

      await Promise.all(
        tenants.map(async (tenant, k) => {
          for (const [i, body] of script.entries()) {
            const via = servers[(i + k) % 2]!;
            const res = await via.postSms({ From: tenant, Body: body, MessageSid: messageSid() });
            expect(res.status, `${tenant} "${body}" via port ${via.port}`).toBe(200);
          }
        }),
      );

      // Wait until every reply that is due has been sent by one process or the other.
      await withStore({ databaseUrl: db.url }, async (store) => {
        const deadline = Date.now() + REPLY_DEADLINE;
        for (;;) {
          const rows = await store.outbound();
          const due = rows.filter((r) => (r.status === 'pending' || r.status === 'sending') && r.sendAfter.getTime() <= Date.now());
          if (due.length === 0) break;
          if (Date.now() > deadline) throw new Error(`replies still unsent: ${JSON.stringify(due)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      });
      expect(await a.stop('SIGTERM')).toBe(0);
      expect(await b.stop('SIGTERM')).toBe(0);

      const lines: OutboxLine[] = [...(await readOutbox(a.outboxPath)), ...(await readOutbox(b.outboxPath))];
      await withStore({ databaseUrl: db.url }, async (store) => {
        for (const tenant of tenants) {
          const t = turns(await transcriptOf(store, tenant));
          expect(
            t.map((turn) => turn.in),
            tenant,
          ).toEqual(script);
          for (const turn of t) expect(turn.out.length, `replies to "${turn.in}" from ${tenant}`).toBeGreaterThan(0);
          // The tenant received what the transcript says, in the same order (ids are the outbox rows').
          const received = linesTo(lines, tenant)
            .sort((x, y) => Number(x.id.slice('local-'.length)) - Number(y.id.slice('local-'.length)))
            .map((l) => l.body);
          expect(received, tenant).toEqual(t.flatMap((turn) => turn.out));
        }

        const sentRows = (await store.outbound()).filter((r) => r.status === 'sent');
        expect(lines.length).toBe(sentRows.length);
        // Every sent row is in exactly one file, once: matched by recipient and body.
        const unmatched = [...lines];
        for (const row of sentRows) {
          const at = unmatched.findIndex((l) => l.to === row.recipient && l.body === row.body);
          expect(at, `outbound ${row.id} to ${row.recipient} not in either outbox file`).toBeGreaterThanOrEqual(0);
          unmatched.splice(at, 1);
        }
        expect(unmatched).toEqual([]);
        expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
      });
    },
    TEST_TIMEOUT,
  );
});
