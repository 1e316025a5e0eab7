// PROCESSES=2 on one PostgreSQL, as `npm start` runs it: both processes take texts, each
// text is answered once and each reply sent once whichever process runs it, a process
// that is SIGKILLed is started again without losing a message, and SIGTERM stops them all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { messageSid, spawnServer, stopAllServers, waitForOutbox, type ServerProcess } from '../support/server-process.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';

const TENANTS = 12;
const number = (i: number) => `+4477009${String(70100 + i)}`;
const TEXTS = ['my kitchen tap is dripping', 'kitchen', 'yes'];

/** The server processes the supervisor runs now (not other helpers it may have, such as tsx's esbuild). */
function children(server: ServerProcess): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(server.child.pid), '-f', 'src/server/main\\.ts'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

async function until<T>(what: string, read: () => T | Promise<T>, holds: (value: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Texts that waited 15 s for an answer: a connection left with a process that died. */
const unanswered: string[] = [];

/** One text, sent again as Twilio would when the connection fails or the answer is not 200. */
async function text(server: ServerProcess, from: string, body: string): Promise<void> {
  const sid = messageSid();
  for (let attempt = 1; ; attempt += 1) {
    const answer = await server.postSms({ From: from, Body: body, MessageSid: sid }).catch((error: Error) => {
      if (error.name === 'TimeoutError') unanswered.push(`${from}: ${body}`);
      return null;
    });
    if (answer?.status === 200) return;
    if (attempt >= 10) throw new Error(`text from ${from} not taken: ${answer?.status ?? 'no answer'}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

afterAll(() => stopAllServers());

describe.runIf(DATABASE_URL)('several server processes (PROCESSES=2) on one PostgreSQL', () => {
  it('share the texts, answer each once, start again one SIGKILLed without losing any, and all stop on SIGTERM', { timeout: 240_000 }, async () => {
    const db = await freshDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-processes-'));
    const sql = new pg.Client({ connectionString: db.url });
    try {
      // Texts the killed process was sending are in doubt: checked against the outbox file after 2 s, not 120.
      const server = await spawnServer({ dataDir: dir, databaseUrl: db.url, env: { PROCESSES: '2', OUTBOX_RECLAIM_SECONDS: '2' } });
      await server.waitReady();
      const first = await until(
        'two server processes',
        () => children(server),
        (pids) => pids.length === 2,
      );
      // Both listening (connections go only to a process that listens), and one banner for the run, naming both.
      const listening = (out: string) => new Set([...out.matchAll(/"process":(\d+)[^\n]*"msg":"listening"/g)].map((m) => m[1]));
      await until(
        'both processes listening',
        () => listening(server.stdout()),
        (seen) => seen.size === 2,
      );
      await until(
        'the banner',
        () => server.stdout(),
        (out) => out.includes('Processes:  2'),
      );
      expect(server.stdout().match(/Doorstep is running/g)).toHaveLength(1);

      const converse = (turns: string[]) =>
        Promise.all(
          Array.from({ length: TENANTS }, async (_, i) => {
            for (const body of turns) await text(server, number(i), body);
          }),
        );
      await converse(TEXTS.slice(0, 2));
      // Both processes took turns (each logs as its own process).
      const turnsBy = (out: string) => new Set([...out.matchAll(/"process":(\d+)[^\n]*"msg":"sms turn"/g)].map((m) => m[1]));
      expect(turnsBy(server.stdout())).toEqual(new Set(['1', '2']));

      // One process dies mid-run: the supervisor starts another; tenants' texts keep being taken.
      const killed = first[0]!;
      process.kill(killed, 'SIGKILL');
      const during = converse(TEXTS.slice(2));
      const after = await until(
        'a process started again',
        () => children(server),
        (pids) => pids.length === 2 && !pids.includes(killed),
      );
      expect(after).toContain(first[1]);
      await during;
      // A connection the killed process had not yet taken went to the other, not into limbo.
      expect(unanswered).toEqual([]);

      // Every text taken once, and every reply sent once, whichever process queued or sent it.
      await sql.connect();
      const inbound = await sql.query<{ n: number }>(`select count(*)::int as n from transcript where direction = 'in'`);
      expect(inbound.rows[0]!.n).toBe(TENANTS * TEXTS.length);
      // Texts the killed process claimed stay 'sending' until they are reclaimed as in doubt;
      // each is then found in the outbox file (sent before the kill) or sent now, once.
      const statuses = async () =>
        (await sql.query<{ status: string; n: number }>(`select status, count(*)::int as n from outbound_messages group by status order by status`)).rows;
      const settled = await until('every reply recorded as sent', statuses, (rows) => rows.length === 1 && rows[0]!.status === 'sent');
      const lines = await waitForOutbox(server.outboxPath, (l) => l.length >= settled[0]!.n, 30_000);
      expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
      expect(lines).toHaveLength(settled[0]!.n);
      for (let i = 0; i < TENANTS; i += 1) expect(lines.filter((l) => l.to === number(i)).length).toBeGreaterThanOrEqual(TEXTS.length);

      expect(await server.stop('SIGTERM')).toBe(0);
      expect(children(server)).toEqual([]);
      expect(server.stderr()).toMatch(/server process \d \(pid \d+\) ended \(SIGKILL\); starting it again/);
    } finally {
      await sql.end().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
      await db.drop();
    }
  });

  it('stops, with the exit code and message of a process that cannot start, rather than start it again and again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-processes-'));
    try {
      // Nothing listens on port 1: every process fails to open the store.
      const server = await spawnServer({ dataDir: dir, databaseUrl: 'postgres://postgres@127.0.0.1:1/none', env: { PROCESSES: '2' } });
      const exit = await server.exited;
      expect(exit.code).toBe(2);
      expect(server.stderr()).toMatch(/Cannot connect to PostgreSQL/);
      expect(server.stderr()).toMatch(/server process \d could not start \(exit code 2\); stopping/);
      expect(server.stderr()).not.toMatch(/starting it again/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses PROCESSES above 1 on the embedded store, saying why, before anything starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-processes-'));
    try {
      const server = await spawnServer({ dataDir: dir, env: { PROCESSES: '2' } });
      const exit = await server.exited;
      expect(exit.code).toBe(2);
      expect(server.stderr()).toMatch(/PROCESSES: several server processes need PostgreSQL: set DATABASE_URL/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
