// The rig for the database-fault tests (test/faults/): the server process against a real
// PostgreSQL through a loopback TCP proxy (tcp-proxy.ts) that makes the faults, with an admin
// connection that does not go through it to kill the server's backends and read the store
// afterwards; Twilio's side of the webhook, which posts again what was not given a 200; and
// /readyz as a load balancer sees it. What the store holds afterwards, and the checks every
// scenario ends with, are in db-faults-checks.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import twilio from 'twilio';
import { readOutbox } from '../../src/sms/local-outbox.sender.js';
import { LANDLORD_NUMBER, startServer, stopAllServers, type ServerProcess } from './server-process.js';
import { DATABASE_URL, freshDatabase } from './stores.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const CONNECT_TIMEOUT_MS = 1_000;
export const STATEMENT_TIMEOUT_MS = 2_000;
const SHUTDOWN_GRACE_SECONDS = 5;
/**
 * The longest a webhook may take whatever the database does: a connect, a statement, the
 * 2 s the client allows a silent server past the statement timeout, and 2 s for a busy
 * machine. Well inside Twilio's 15 s.
 */
export const SMS_BUDGET_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 2_000 + 2_000;
/** What a load balancer's health check allows. */
export const READYZ_BUDGET_MS = 2_000;
/** Twilio gives up on a webhook after 15 s; so does this test's Twilio. */
export const TWILIO_TIMEOUT_MS = 15_000;
/** After a fault ends: time for /readyz to say 200 again, for retried messages to be taken, for texts to go. */
export const RECOVERY_MS = 20_000;
export const TEST_TIMEOUT = 180_000;

const TOKEN = 'doorstep-faults-auth-token-0123456789';
const PUBLIC_URL = 'https://doorstep.example.org';
export const API_KEY = 'doorstep-faults-api-key-0123456789';

const cleanups: (() => Promise<unknown>)[] = [];
/** Stops every server and undoes every rig; each test file's afterAll. */
export async function stopRigs(): Promise<void> {
  await stopAllServers();
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const elapsed = (since: number) => Math.round(performance.now() - since);
export const isAlive = (server: ServerProcess) => server.child.exitCode === null && server.child.signalCode === null;

export interface Rig {
  server: ServerProcess;
  proxy: TcpProxy;
  /** A connection to the scenario's database that does not go through the proxy. */
  admin: pg.Client;
  /** The database's own URL (not through the proxy). */
  url: string;
}

/** A fresh database, a proxy in front of it, and the server process on the proxy. */
export async function rig(prepare?: (url: string) => Promise<void>): Promise<Rig> {
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

export interface Sms {
  from: string;
  body: string;
  sid: string;
}

export interface Delivery {
  sid: string;
  /** null: no answer (connection refused or cut, or no answer within Twilio's 15 s). */
  status: number | null;
  error: string | null;
  ms: number;
}

/** Twilio's side of the webhook: every attempt recorded, and what was not given a 200 posted again later. */
export class Twilio {
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

// ---------------------------------------------------------------- /readyz, as a load balancer sees it

export interface Probe {
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
export function watchReadyz(server: ServerProcess): { stop(): Promise<Probe[]> } {
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
export async function readyAgain(server: ServerProcess, deadlineMs = RECOVERY_MS): Promise<number | null> {
  const began = performance.now();
  while (elapsed(began) < deadlineMs && isAlive(server)) {
    if ((await readyz(server)).status === 200) return elapsed(began);
    await sleep(100);
  }
  return null;
}

export const probeSummary = (probes: Probe[]) => {
  const by = new Map<string, number>();
  for (const p of probes) by.set(String(p.status ?? 'no answer'), (by.get(String(p.status ?? 'no answer')) ?? 0) + 1);
  const counts = [...by].map(([s, n]) => `${n}x${s}`).join(' ');
  return `${probes.length} probes (${counts}), slowest ${Math.max(0, ...probes.map((p) => p.ms))} ms`;
};

/** Stops the server with SIGTERM; its exit code, or a description if it had to be killed. */
export async function stopServer(server: ServerProcess): Promise<number | string | null> {
  try {
    return await server.stop('SIGTERM', (SHUTDOWN_GRACE_SECONDS + 10) * 1000);
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

export const repliesTo = async (server: ServerProcess, to: string) => (await readOutbox(server.outboxPath)).filter((l) => l.to === to);
export const ending = (alive: boolean, code: number | string | null) => (alive ? `exit on SIGTERM ${code}` : `PROCESS HAD EXITED (code ${code})`);
export const slowest = (t: Twilio) => Math.max(0, ...t.attempts.map((a) => a.ms));
export const number = (block: number, i: number) => `+4477009${block}${String(i).padStart(4, '0')}`;
