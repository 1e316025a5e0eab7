// Each request that once stopped the server, filled its disk, held its shutdown or got
// past its checks, sent to the server as an operator runs it (a child process), as an
// attacker or an unlucky network would send it. What must hold: a clear 4xx, the process
// still serving, no file written, and the logs neither carrying the attacker's bytes nor
// calling a client's mistake an error.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import twilio from 'twilio';
import { afterAll, describe, expect, it } from 'vitest';
import { LANDLORD_NUMBER, messageSid, startServer, stopAllServers, waitForOutbox, linesTo, type ServerProcess } from '../support/server-process.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';

const TEST_TIMEOUT = 120_000;
const TOKEN = 'doorstep-hostile-token-0123456789';
const API_KEY = 'hostile-test-api-key-0123456789';
const PUBLIC_URL = 'https://doorstep.example.org';

const dirs: string[] = [];
const drops: (() => Promise<void>)[] = [];
function freshDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await stopAllServers();
  for (const drop of drops) await drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** A signed server on PostgreSQL when it is configured (as CI runs it), else on PGlite, with its own temp folder. */
async function signedServer(env: Record<string, string> = {}): Promise<{ server: ServerProcess; tmp: string }> {
  const tmp = freshDir('doorstep-hostile-tmp-');
  let databaseUrl: string | undefined;
  if (DATABASE_URL) {
    const db = await freshDatabase();
    drops.push(db.drop);
    databaseUrl = db.url;
  }
  const server = await startServer({
    dataDir: freshDir('doorstep-hostile-'),
    authToken: TOKEN,
    publicUrl: PUBLIC_URL,
    ...(databaseUrl ? { databaseUrl } : {}),
    env: { API_KEY, TMPDIR: tmp, ...env },
  });
  return { server, tmp };
}

function sign(path: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(TOKEN, `${PUBLIC_URL}${path}`, params);
}

async function postForm(server: ServerProcess, path: string, params: Record<string, string>, signature: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (signature) headers['x-twilio-signature'] = signature;
  return fetch(`${server.baseUrl}${path}`, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
}

async function stillServing(server: ServerProcess): Promise<void> {
  expect(server.child.exitCode, server.stderr()).toBeNull();
  expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
}

/** Writes raw bytes to the server and resolves with everything it answers until it closes the connection (or `ms` pass). */
function rawExchange(server: ServerProcess, write: (socket: import('node:net').Socket) => void, ms = 15_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => socket.destroy(), ms);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.on('connect', () => write(socket));
  });
}

/** The server's JSON log lines. */
function logLines(server: ServerProcess): Record<string, unknown>[] {
  return server
    .stdout()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('requests that used to stop or fool the server', () => {
  it(
    'answers each request whose database error once ended the process with a 4xx, and keeps serving',
    async () => {
      const { server } = await signedServer();
      // A NUL in a reference, with the key.
      const api = await fetch(`${server.baseUrl}/api/cases/%00/delay`, {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'the van broke down' }),
      });
      expect(api.status).toBe(400);
      expect(await api.json()).toMatchObject({ error: 'bad-reference' });
      // A signed delivery report whose MessageSid holds a NUL.
      const report = { MessageSid: `SM${'a'.repeat(16)}\u0000${'b'.repeat(15)}`, MessageStatus: 'delivered' };
      expect((await postForm(server, '/sms/status', report, sign('/sms/status', report))).status).toBe(400);
      await stillServing(server);
      // The tenant who texts next is answered as usual.
      const from = '+447700900611';
      expect((await server.postSms({ From: from, Body: 'my kitchen tap is leaking', MessageSid: messageSid() })).status).toBe(200);
      await waitForOutbox(server.outboxPath, (lines) => linesTo(lines, from).length > 0);
    },
    TEST_TIMEOUT,
  );

  it(
    'in local mode on the embedded store, an unsigned delivery report with a bad id is a 400, not an exit',
    async () => {
      const server = await startServer({ dataDir: freshDir('doorstep-hostile-local-') });
      const res = await postForm(server, '/sms/status', { MessageSid: 'SM\u0000', MessageStatus: 'failed' }, null);
      expect(res.status).toBe(400);
      await stillServing(server);
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses a captured webhook replayed with a field moved into MessageSid (the signature still matches): 400, no second turn',
    async () => {
      const { server } = await signedServer();
      const from = '+447700900612';
      const original = { From: from, To: LANDLORD_NUMBER, Body: 'my toilet will not flush', MessageSid: messageSid(), NumMedia: '0' };
      const signature = sign('/sms', original);
      expect((await postForm(server, '/sms', original, signature)).status).toBe(200);
      await waitForOutbox(server.outboxPath, (lines) => linesTo(lines, from).length > 0);
      const repliesBefore = linesTo(await waitForOutbox(server.outboxPath, () => true), from).length;
      // "MessageSid" + value + "NumMedia" + "0" concatenates the same with NumMedia folded into the id.
      const { NumMedia: _dropped, ...rest } = original;
      const replayed = { ...rest, MessageSid: `${original.MessageSid}NumMedia0` };
      expect(twilio.validateRequest(TOKEN, signature, `${PUBLIC_URL}/sms`, replayed)).toBe(true);
      const res = await postForm(server, '/sms', replayed, signature);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/MessageSid/);
      // Twice the dispatcher's poll: a reply would be there by now.
      await new Promise((r) => setTimeout(r, 2_500));
      expect(linesTo(await waitForOutbox(server.outboxPath, () => true), from)).toHaveLength(repliesBefore);
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses multipart and compressed bodies before the signature check and writes no file',
    async () => {
      const { server, tmp } = await signedServer();
      // 8 MB of multipart, unsigned: once written to the temp folder part by part.
      const boundary = 'x-doorstep-boundary';
      const part = Buffer.alloc(8 * 1024 * 1024, 0x61);
      const multipart = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        part,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const started = Date.now();
      const big = await fetch(`${server.baseUrl}/sms`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: multipart,
      }).catch((e: Error) => e);
      // Refused as too large (its length is declared) the moment the headers arrive.
      expect(big instanceof Response ? big.status : String(big)).toBe(413);
      expect(Date.now() - started).toBeLessThan(5_000);
      // A small multipart body is refused for its type.
      const small = await fetch(`${server.baseUrl}/sms`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: `--${boundary}\r\nContent-Disposition: form-data; name="Body"\r\n\r\nhello\r\n--${boundary}--\r\n`,
      });
      expect(small.status).toBe(415);
      // 62 KB of gzip that would inflate to 64 MB.
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x41), { level: 9 });
      expect(bomb.length).toBeLessThan(64 * 1024);
      for (const [path, type] of [
        ['/sms', 'application/x-www-form-urlencoded'],
        ['/api/cases/ABCD1234/delay', 'application/json'],
      ] as const) {
        const res = await fetch(`${server.baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': type, 'content-encoding': 'gzip', authorization: `Bearer ${API_KEY}` },
          body: bomb,
        });
        expect(res.status, path).toBe(415);
      }
      // An oversized JSON body is refused before the key is looked at.
      const huge = await fetch(`${server.baseUrl}/api/cases/ABCD1234/delay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'x'.repeat(100_000) }),
      });
      expect(huge.status).toBe(413);
      // tsx keeps its compile cache there (tsx-<uid>); nothing else may appear.
      expect(readdirSync(tmp).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
      await stillServing(server);
    },
    TEST_TIMEOUT,
  );

  it(
    'answers a request line with an absolute URL with 400 and no internals, and logs a client mistake at warn with ids cut short',
    async () => {
      const { server } = await signedServer();
      const answer = await rawExchange(server, (s) =>
        s.end(`POST http://127.0.0.1:${server.port}/sms HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
      );
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).not.toMatch(/Error|stack|\bat /);

      // Invalid JSON with the key: 400, and not a byte of it in the logs.
      const secretish = 'PLEASE-DO-NOT-LOG-THIS-BODY';
      const bad = await fetch(`${server.baseUrl}/api/cases/ABCD1234/delay`, {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: `{"reason": "${secretish}`,
      });
      expect(bad.status).toBe(400);
      // A forged webhook with a 10 KB MessageSid.
      const longSid = `SM${'f'.repeat(10_000)}`;
      expect((await postForm(server, '/sms', { From: '+447700900613', Body: 'hi', MessageSid: longSid }, 'forged')).status).toBe(403);
      // A signed one with the same id.
      const params = { From: '+447700900613', Body: 'hi', MessageSid: longSid };
      expect((await postForm(server, '/sms', params, sign('/sms', params))).status).toBe(400);

      await new Promise((r) => setTimeout(r, 300));
      const out = server.stdout();
      expect(out).not.toContain(secretish);
      expect(out).not.toContain('f'.repeat(100));
      const refusals = logLines(server).filter((l) => typeof l.status === 'number' && (l.status as number) >= 400 && (l.status as number) < 500);
      expect(refusals.length).toBeGreaterThanOrEqual(3);
      // pino levels: 40 warn, 50 error.
      for (const line of refusals) expect(line.level, JSON.stringify(line)).toBe(40);
      await stillServing(server);
    },
    TEST_TIMEOUT,
  );

  it(
    'stops within its grace period on SIGTERM while a client sends its body a byte a second, and the message acknowledged before is answered',
    async () => {
      const { server } = await signedServer({ SHUTDOWN_GRACE_SECONDS: '2' });
      const from = '+447700900614';
      expect((await server.postSms({ From: from, Body: 'the boiler is broken', MessageSid: messageSid() })).status).toBe(200);
      // A client that declares 200 bytes and sends one a second.
      let trickle: NodeJS.Timeout | undefined;
      const slow = rawExchange(
        server,
        (s) => {
          s.write(`POST /sms HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\n`);
          trickle = setInterval(() => s.write('a'), 1_000);
        },
        60_000,
      );
      await new Promise((r) => setTimeout(r, 1_500));
      const signalledAt = Date.now();
      const code = await server.stop('SIGTERM', 30_000);
      const took = Date.now() - signalledAt;
      clearInterval(trickle);
      await slow;
      expect(code).toBe(0);
      console.log(`shutdown with a byte-a-second client: exit ${code} after ${took} ms (grace 2000 ms)`);
      // The grace period, and a margin for closing the store on a busy machine.
      expect(took).toBeLessThan(8_000);
      expect(linesTo(await waitForOutbox(server.outboxPath, () => true), from).length).toBeGreaterThan(0);
    },
    TEST_TIMEOUT,
  );
});
