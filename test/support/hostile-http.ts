// Hostile HTTP for the request tests (test/server/request-checks.test.ts and the fast-check
// campaign in test/server/fuzz.test.ts): requests written as raw bytes on a socket, so
// request lines, headers and bodies arrive exactly as built; bodies of every kind; memory
// watched while a request runs; and the app they are sent to, with os.tmpdir() pointed at
// a folder of its own so "no file is written" is not confused by other suites.
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import twilio from 'twilio';
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { TOKEN, startApp, type RunningApp } from './http-app.js';
import type { StoreKind } from './stores.js';

export const LIMIT = 64 * 1024;
export const MB = 1024 * 1024;

/** Text that only a stack trace, an internal error or a leaked path would put in a body. */
export const INTERNALS =
  /\n\s+at \S|\bat [\w$.<>]+ \(|node:internal|node_modules|\/work\/|\.(?:ts|js):\d+|\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b|Internal error|InternalServer/;

export const hex32 = (seed: string): string => {
  let h = '';
  for (let i = 0; h.length < 32; i += 1) h += ((seed.charCodeAt(i % seed.length) * 31 + i * 7) % 16).toString(16);
  return h;
};

export interface Answer {
  status: number;
  head: string;
  body: string;
  error: string | null;
}

/**
 * Sends `bytes` on a fresh socket and reads until the server closes it (requests say
 * Connection: close). `hangUp` half-closes the socket after the bytes, as a client that
 * gives up mid-body would.
 */
export function rawRequest(port: number, bytes: Buffer, hangUp = false, timeoutMs = 15_000): Promise<Answer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const split = text.indexOf('\r\n\r\n');
      resolve({
        status: status ? Number(status[1]) : 0,
        head: split >= 0 ? text.slice(0, split) : text,
        body: split >= 0 ? text.slice(split + 4) : '',
        error: status ? null : error,
      });
    };
    const timer = setTimeout(() => finish('no answer in time'), timeoutMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => finish('closed without an answer'));
    socket.on('close', () => finish('closed without an answer'));
    socket.on('error', (e) => finish(e.message));
    if (hangUp) socket.end(bytes);
    else socket.write(bytes, () => undefined);
  });
}

export interface Wire {
  method: string;
  target: string;
  headers: [string, string][];
  body: Buffer;
  /** Send the body chunked (no Content-Length), in pieces of about this many bytes; 0 sends Content-Length. */
  chunked: number;
  /** Send only the first half of the body (Content-Length promises all of it), then hang up. */
  cut?: boolean;
}

/** The request as bytes on the wire: request line, Host, Connection: close, the headers, framing, body. */
export function wire(port: number, w: Wire): Buffer {
  const lines = [`${w.method} ${w.target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...w.headers.map(([k, v]) => `${k}: ${v}`)];
  let body = w.body;
  if (w.chunked > 0) {
    lines.push('Transfer-Encoding: chunked');
    const parts: Buffer[] = [];
    for (let i = 0; i < w.body.length; i += w.chunked) {
      const piece = w.body.subarray(i, i + w.chunked);
      parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
    }
    parts.push(Buffer.from('0\r\n\r\n'));
    body = Buffer.concat(parts);
  } else if (w.body.length > 0 || w.method === 'POST' || w.method === 'PUT') {
    lines.push(`Content-Length: ${w.body.length}`);
    if (w.cut) body = w.body.subarray(0, Math.floor(w.body.length / 2));
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

/** A form body, URL-encoded as a browser or Twilio would. */
export const formBody = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

/** The fields as a multipart body, with a file part when `file` is given. */
export function multipart(fields: [string, string][], file: Buffer | null, boundary = 'doorstepfuzzboundary'): { type: string; body: Buffer } {
  const parts: Buffer[] = [];
  for (const [k, v] of fields) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      file,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}

/** A gzip body of `prefix`, `size` bytes of `fill`, then `suffix`, compressed as it goes (the test never holds the inflated body). */
export async function gzipBomb(prefix: string, fill: string, size: number, suffix: string): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const ended = once(gz, 'end');
  const chunk = Buffer.alloc(MB, fill);
  gz.write(prefix);
  for (let written = 0; written < size; written += chunk.length) if (!gz.write(chunk)) await once(gz, 'drain');
  gz.end(suffix);
  await ended;
  return Buffer.concat(out);
}

/** The highest RSS seen while `work` runs, sampled every few milliseconds. */
export async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; before: number; peak: number; ms: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, before, peak, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/** Runs `fn` over `items`, `n` at a time, until `deadline` (ms since the epoch); results in order, undefined for those not run. */
export async function pool<T, R>(items: readonly T[], n: number, fn: (item: T) => Promise<R>, deadline = Infinity): Promise<(R | undefined)[]> {
  const out: (R | undefined)[] = new Array(items.length).fill(undefined);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length && Date.now() < deadline) {
        const i = next;
        next += 1;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

export const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/** The real app on `kind`'s store, opened before the tests of the describe it is called in and closed after. */
export function useHostileApp(kind: StoreKind) {
  let store: Store;
  let app: RunningApp;
  let port = 0;
  const savedTmp = process.env.TMPDIR;
  let privateTmp = '';
  let n = 0;

  beforeAll(async () => {
    privateTmp = mkdtempSync(join(tmpdir(), 'doorstep-fuzz-'));
    process.env.TMPDIR = privateTmp;
    store = await kind.open();
    app = await startApp(store);
    port = Number(new URL(app.url).port);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(privateTmp, { recursive: true, force: true });
  });

  const tmpEntries = (): Set<string> => new Set(readdirSync(tmpdir()));
  return {
    get app(): RunningApp {
      return app;
    },
    get port(): number {
      return port;
    },
    number: () => `+4477009${String(50000 + (n += 1))}`,
    tmpEntries,
    newEntries: (before: Set<string>): string[] => [...tmpEntries()].filter((e) => !before.has(e)),
    /** Posts `body` to `path` with `headers`, as bytes (so fetch adds no content type of its own). */
    async post(path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
      const res = await fetch(`${app.url}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? Buffer.from(body) : body });
      return { status: res.status, text: await res.text() };
    },
    sign: (path: string, fields: Record<string, string>): string => twilio.getExpectedTwilioSignature(TOKEN, `${app.url}${path}`, fields),
    stored: async (from: string) => store.findConversation({ channel: 'sms', address: from }),
  };
}
