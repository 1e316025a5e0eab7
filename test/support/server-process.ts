// The server as an operator runs it: `npm start` is `node --import tsx src/server/start.ts`,
// here in a child process of its own, on a free port, configured only through its environment. Tests talk to it over HTTP as
// Twilio would, and read what tenants would receive from the local outbox file.
//
// Every child is started in a process group of its own, so `stopAllServers()` can kill the
// whole group: call it in afterAll, and no server outlives a failing test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import twilio from 'twilio';
import { CONFIG_VARIABLES } from '../../src/config/config.js';
import { readOutbox, type OutboxLine } from '../../src/sms/local-outbox.sender.js';

export const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join('src', 'server', 'start.ts');

/** The number tenants text, as Twilio puts it in To. */
export const LANDLORD_NUMBER = '+447700900000';

/** A port nothing listens on right now: listen on port 0, read it, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no port from the probe'))));
    });
  });
}

export interface ServerOptions {
  /** The embedded store's directory; the local outbox file is written here too. */
  dataDir: string;
  databaseUrl?: string;
  /** With a token, PUBLIC_URL is set too and postSms signs every request. */
  authToken?: string;
  publicUrl?: string;
  /** Anything else for the server's environment. */
  env?: Record<string, string>;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SmsResponse {
  status: number;
  body: string;
}

export interface SmsParams {
  From: string;
  Body: string;
  MessageSid: string;
  To?: string;
  [field: string]: string | undefined;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly baseUrl: string;
  readonly outboxPath: string;
  /** Resolves when the process has exited, however it ended. */
  readonly exited: Promise<Exit>;
  stdout(): string;
  stderr(): string;
  /** Resolves once GET /readyz answers 200; rejects if the process exits first or time runs out. */
  waitReady(timeoutMs?: number): Promise<void>;
  /**
   * POSTs Twilio's SMS webhook form. Signed with the server's token when it has one, unless
   * `signature` is given (null sends none).
   */
  postSms(params: SmsParams, options?: { signature?: string | null }): Promise<SmsResponse>;
  /** Sends a signal to the process (as a process manager would: to tsx, which relays it), once. */
  signal(signal?: NodeJS.Signals): void;
  /**
   * Sends the signal (unless signal() already sent it) and returns the exit code; SIGKILLs
   * the group if it has not exited in time.
   */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

const live = new Set<ServerProcess>();

function isAlive(server: ServerProcess): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has gone already.
  }
}

/** Kills every server child this module started and is still running (for afterAll). */
export async function stopAllServers(): Promise<void> {
  const running = [...live];
  for (const server of running) killGroup(server.child, 'SIGKILL');
  await Promise.all(running.map((s) => s.exited));
  live.clear();
}

// A last resort if the runner exits without afterAll (a crash): no orphaned servers.
process.once('exit', () => {
  for (const server of live) killGroup(server.child, 'SIGKILL');
});

let sids = 0;
/** A Twilio-shaped message id, unique in this test run. */
export function messageSid(): string {
  sids += 1;
  const hex = `${Date.now().toString(16)}${process.pid.toString(16)}${sids.toString(16).padStart(6, '0')}`;
  return `SM${hex.padStart(32, '0').slice(-32)}`;
}

/** Starts the server process without waiting for it to be ready (see waitReady). */
export async function spawnServer(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const publicUrl = options.authToken ? (options.publicUrl ?? 'https://doorstep.example.org') : undefined;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    DEMO_TENANTS: 'off',
    LOG_LEVEL: 'info',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.authToken ? { TWILIO_AUTH_TOKEN: options.authToken, PUBLIC_URL: publicUrl } : {}),
    ...options.env,
  });

  // The tsx CLI wrapper is not used: it SIGKILLs a child that is slow to acknowledge SIGTERM.
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  const signalled = new Set<NodeJS.Signals>();
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      // tsx's own child may still be finishing its output; the group goes with it.
      killGroup(child, 'SIGKILL');
      resolve({ code, signal });
    });
    child.once('error', (error) => {
      err += `\n[spawn error] ${error.message}\n`;
      resolve({ code: null, signal: null });
    });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const describeExit = (e: Exit) => `server exited (code ${e.code}, signal ${e.signal})\n--- stderr ---\n${err}\n--- stdout (tail) ---\n${out.slice(-4000)}`;

  const server: ServerProcess = {
    child,
    port,
    baseUrl,
    outboxPath: join(options.dataDir, 'sms-outbox.jsonl'),
    exited,
    stdout: () => out,
    stderr: () => err,

    async waitReady(timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      let gone: Exit | null = null;
      void exited.then((e) => (gone = e));
      for (;;) {
        if (gone) throw new Error(`not ready: ${describeExit(gone)}`);
        try {
          const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) });
          await res.arrayBuffer();
          if (res.status === 200) return;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms\n--- stderr ---\n${err}\n--- stdout ---\n${out.slice(-4000)}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    },

    async postSms(params, opts = {}) {
      const form: Record<string, string> = {};
      for (const [k, v] of Object.entries({ To: LANDLORD_NUMBER, ...params })) if (v !== undefined) form[k] = v;
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
      const signature =
        opts.signature !== undefined
          ? opts.signature
          : options.authToken
            ? twilio.getExpectedTwilioSignature(options.authToken, `${publicUrl}/sms`, form)
            : null;
      if (signature !== null) headers['x-twilio-signature'] = signature;
      // As Twilio: 15 s for an answer, then it gives up on this attempt.
      const res = await fetch(`${baseUrl}/sms`, { method: 'POST', headers, body: new URLSearchParams(form).toString(), signal: AbortSignal.timeout(15_000) });
      return { status: res.status, body: await res.text() };
    },

    signal(signal = 'SIGTERM') {
      // Each signal once: the server ignores a second SIGTERM.
      if (signalled.has(signal) || !isAlive(server)) return;
      signalled.add(signal);
      child.kill(signal);
    },

    async stop(signal = 'SIGTERM', timeoutMs = 60_000) {
      server.signal(signal);
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs).unref());
      const result = await Promise.race([exited, timer]);
      if (result === 'timeout') {
        killGroup(child, 'SIGKILL');
        await exited;
        live.delete(server);
        throw new Error(`server did not exit within ${timeoutMs} ms of ${signal}; killed\n--- stderr ---\n${err}\n--- stdout ---\n${out.slice(-4000)}`);
      }
      live.delete(server);
      return result.code;
    },
  };
  live.add(server);
  void exited.then(() => live.delete(server));
  return server;
}

/** Starts the server and waits for GET /readyz. */
export async function startServer(options: ServerOptions, readyTimeoutMs?: number): Promise<ServerProcess> {
  const server = await spawnServer(options);
  await server.waitReady(readyTimeoutMs);
  return server;
}

/**
 * Polls the outbox file until `predicate` holds for its lines, and returns them. Throws at
 * `deadlineMs` from now, with what the file held.
 */
export async function waitForOutbox(path: string, predicate: (lines: OutboxLine[]) => boolean, deadlineMs = 30_000): Promise<OutboxLine[]> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const lines = await readOutbox(path);
    if (predicate(lines)) return lines;
    if (Date.now() > deadline) {
      throw new Error(`outbox ${path} did not reach the expected state within ${deadlineMs} ms; it holds:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The lines texted to one number, in the order they were written. */
export const linesTo = (lines: OutboxLine[], to: string): OutboxLine[] => lines.filter((l) => l.to === to);

/** Sends a signal to the server's whole process group (SIGSTOP and SIGCONT freeze and thaw it). */
export function signalGroup(server: ServerProcess, signal: NodeJS.Signals): void {
  killGroup(server.child, signal);
}

/**
 * Kills the server's whole process group at once (SIGKILL by default: a crash, with no
 * chance to finish anything) and resolves when it has exited.
 */
export async function killServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<Exit> {
  killGroup(server.child, signal);
  const exit = await server.exited;
  live.delete(server);
  return exit;
}
