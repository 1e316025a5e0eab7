// Hostile requests against the real restify app on loopback, on every SQL store kind:
// what each route agrees to read (one body type, no compression, 64 KiB, checked before
// the signature or key), Twilio's MessageSid shape, odd paths and request lines, a gzip
// bomb, and a seeded fast-check campaign over every route, method, body type, encoding
// and size. The campaign's requests are sent as raw bytes over a socket, so request
// lines, headers and bodies arrive exactly as generated.
//
// os.tmpdir() is pointed at a directory of this file's own for the run, so "no file is
// written" is not confused by other suites making temp files beside it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { API_KEY, TOKEN, messageSid, smsParams, startApp, type RunningApp } from '../support/http-app.js';

const LIMIT = 64 * 1024;
const SEED = 20_261_123;
/** Requests per store kind, and the most time the campaign may take (it stops early, not fails). */
const RUNS = 600;
const CAMPAIGN_MS = 20_000;
const MB = 1024 * 1024;

/** Text that only a stack trace, an internal error or a leaked path would put in a body. */
const INTERNALS =
  /\n\s+at \S|\bat [\w$.<>]+ \(|node:internal|node_modules|\/work\/|\.(?:ts|js):\d+|\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b|Internal error|InternalServer/;

const hex32 = (seed: string): string => {
  let h = '';
  for (let i = 0; h.length < 32; i += 1) h += ((seed.charCodeAt(i % seed.length) * 31 + i * 7) % 16).toString(16);
  return h;
};

interface Answer {
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
function rawRequest(port: number, bytes: Buffer, hangUp = false, timeoutMs = 15_000): Promise<Answer> {
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

interface Wire {
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
function wire(port: number, w: Wire): Buffer {
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
const formBody = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

/** The fields as a multipart body, with a file part when `file` is given. */
function multipart(fields: [string, string][], file: Buffer | null, boundary = 'doorstepfuzzboundary'): { type: string; body: Buffer } {
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
async function gzipBomb(prefix: string, fill: string, size: number, suffix: string): Promise<Buffer> {
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
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; before: number; peak: number; ms: number }> {
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
async function pool<T, R>(items: readonly T[], n: number, fn: (item: T) => Promise<R>, deadline = Infinity): Promise<(R | undefined)[]> {
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

const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

// ---------------------------------------------------------------------------------------
// The campaign's requests.

type RouteKind = 'webhook' | 'api' | 'other';

interface Spec extends Wire {
  route: RouteKind;
  /** A webhook that carries the right signature for what it sends; an API call with the right key. */
  authentic: boolean;
  /** The sender of an unsigned or forged webhook, to check nothing was stored for it. */
  forgedFrom: string | null;
  /** Only the headers we mean (no fuzzed extras that the HTTP parser itself may refuse). */
  plainHead: boolean;
  /** POST to one of the routes that read a body, with an origin-form path. */
  readsBody: boolean;
  label: string;
}

const pct = (bytes: Uint8Array): string => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 120 });

// Any UTF-16 code unit, lone surrogates and NUL included.
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const text = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('my boiler is broken', 'STOP', 'START', 'HELP', 'person', 'menu', '1', 'yes', 'no', '👍', 'i can smell gas', '', ' '),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 160 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: anyUnits },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 210_000 }).map((n) => 'a'.repeat(n)) },
);
/** A form value: text URL-encoded, or raw bytes percent-encoded (NUL and bytes that are not UTF-8 included). */
const formValue = fc.oneof(
  { weight: 3, arbitrary: text.map((t) => new URLSearchParams({ v: t }).toString().slice(2)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 48 }).map(pct) },
);
const hexSid = (prefix: string) => fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => `${prefix}${Buffer.from(b).toString('hex')}`);
const sid = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(hexSid('SM'), hexSid('MM')) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom('', 'SM123', 'local-1', `SM${'g'.repeat(32)}`),
        hexSid('XX'),
        hexSid('SM').map((s) => s.slice(0, -1)),
        hexSid('SM').map((s) => `${s}0`),
        hexSid('SM').map((s) => `${s.slice(0, 9)}\u0000${s.slice(10)}`),
        fc.string({ maxLength: 40 }),
      )
      .map((s) => new URLSearchParams({ v: s }).toString().slice(2)),
  },
);
const signedFrom = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((n) => `%2B4477009${String(n).padStart(5, '0')}`) },
  { weight: 1, arbitrary: formValue },
);
const fieldName = fc.oneof(
  fc.constantFrom(
    'MediaUrl0',
    'NumMedia',
    'SmsSid',
    'MessageStatus',
    'ErrorCode',
    'SmsStatus',
    'ApiVersion',
    'Body',
    'From',
    'MessageSid',
    '__proto__',
    'constructor',
    'Body[]',
    'a[b][c]',
    'toString',
  ),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).map((s) => encodeURIComponent(s)),
);

/** Twilio-shaped form pairs (already encoded), any of them missing, with extra fields. */
const twilioPairs = (from: fc.Arbitrary<string>) =>
  fc
    .record(
      {
        MessageSid: sid,
        AccountSid: fc.constant(`AC${'1'.repeat(32)}`),
        From: from,
        To: fc.oneof(fc.constant('%2B441604000000'), formValue),
        Body: formValue,
        NumMedia: fc.constantFrom('0', '1', '3', '-1', '1e9', 'NaN', ''),
        MediaUrl0: fc.oneof(fc.constant('https%3A%2F%2Fapi.twilio.com%2FMedia%2FME1'), formValue),
        MessageStatus: fc.oneof(fc.constantFrom('delivered', 'sent', 'failed', 'undelivered', 'queued'), formValue),
        ErrorCode: fc.oneof(fc.constantFrom('21610', '30003'), formValue),
      },
      { requiredKeys: ['MessageSid', 'From'] },
    )
    .chain((base) => fc.array(fc.tuple(fieldName, formValue), { maxLength: 4 }).map((extra) => [...Object.entries(base), ...extra] as [string, string][]));

const encodedForm = (pairs: [string, string][]): string => pairs.map(([k, v]) => `${k}=${v}`).join('&');
/** The fields as the server reads them (the WHATWG form reading: bytes that are not UTF-8 become U+FFFD). */
const readForm = (body: string): Record<string, string> => Object.fromEntries(new URLSearchParams(body));

const reference = fc.oneof(
  fc.constantFrom(
    'ABCD1234',
    'NOSUCH99',
    '%00',
    '%00%00%00%00',
    '%ZZ',
    '%',
    '%E0%A4%A',
    '%C0%AF',
    '%2e%2e',
    '..',
    '%2F',
    'A%2FB',
    '%20',
    'x'.repeat(41),
    'A'.repeat(5_000),
    '%F0%9F%98%80',
    '%ED%A0%80',
  ),
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map(pct),
);
const oddPath = fc.constantFrom(
  '/',
  '/sms/',
  '/SMS',
  '//sms',
  '/sms/../healthz',
  '/./sms',
  '/sms%00',
  '/sms;x=1',
  '/api',
  '/api/jobs',
  '/api/jobs//en-route',
  '/api/cases/ABCD1234/delay/more',
  '/%',
  '/healthz?%00=%00',
  '/api/alerts?since=%00',
  '/api/alerts?since[]=1&since[]=2',
  '/api/alerts?__proto__[polluted]=1&constructor[prototype][x]=1',
  `/api/alerts?since=${'9'.repeat(5_000)}`,
  `/${'a'.repeat(9_000)}`,
  `/${'a'.repeat(70_000)}`,
);

const contentEncoding = fc.oneof(
  { weight: 10, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom('gzip', 'deflate', 'br') },
  { weight: 1, arbitrary: fc.constantFrom('identity', 'GZIP', 'gzip, identity', 'x-unknown', '') },
);
function encode(body: Buffer, encoding: string | null, real: boolean): Buffer {
  if (!real || encoding === null) return body;
  if (encoding === 'gzip') return gzipSync(body);
  if (encoding === 'deflate') return deflateSync(body);
  if (encoding === 'br') return brotliCompressSync(body);
  return body;
}

const garbageBody = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 2_048 }).map((b) => Buffer.from(b)) },
  { weight: 1, arbitrary: fc.record({ n: fc.integer({ min: 0, max: 210_000 }), b: fc.integer({ min: 0, max: 255 }) }).map(({ n, b }) => Buffer.alloc(n, b)) },
);
const extraHeaders = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(
        'X-Twilio-Signature',
        'Authorization',
        'Content-Type',
        'Content-Encoding',
        'X-Forwarded-Proto',
        'X-Forwarded-For',
        'Expect',
        'Accept',
        'Cookie',
        'Range',
      ),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/),
    ),
    fc.oneof(
      latin1,
      fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'v'.repeat(n)),
      fc.constantFrom('\u0000', 'a\u0000b', '\u007f'),
    ),
  ),
  { minLength: 1, maxLength: 3 },
);
const otherMethod = fc.constantFrom('GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD');
/** Now and then, headers the HTTP parser itself may refuse (NUL, DEL, 20 KB values). */
const sometimesExtra = fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: extraHeaders });

function campaign(port: number): fc.Arbitrary<Spec> {
  const base = `http://127.0.0.1:${port}`;
  const target = (path: string) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.constant(path) },
      { weight: 1, arbitrary: fc.constantFrom(`${base}${path}`, `http://evil.example${path}`, `HTTPS://127.0.0.1${path}`, path.slice(1), '*') },
    );
  const frame = fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 70_000 }) });
  const cut = fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

  // Half the webhooks are what Twilio would send but with fuzzed values, signed, so they
  // reach the form reader, the adapter and the engine; the other half are hostile in every part.
  const engineBound = fc.record({
    path: fc.constantFrom('/sms', '/sms', '/sms', '/sms/status'),
    signature: fc.constant('valid'),
    unsignedN: fc.constant(0),
    bodyType: fc.constantFrom('form', 'form', 'form;charset', 'FORM'),
    encoding: fc.constant(null),
    realEncoding: fc.constant(false),
    method: fc.constant('POST'),
    file: fc.constant(Buffer.alloc(0)),
    chunked: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 4_096 }) }),
    cut: fc.constant(false),
    extra: fc.constant(null),
  });
  const hostile = fc.record({
    path: fc.constantFrom('/sms', '/sms/status', '/sms?x=%00', '/sms/status?y=1'),
    signature: fc.constantFrom('valid', 'valid', 'forged', 'none', 'garbage', 'other-path'),
    unsignedN: fc.integer({ min: 0, max: 99_999 }),
    bodyType: fc.constantFrom('form', 'form;charset', 'multipart', 'multipart+file', 'json', 'text', 'octet', 'none', 'garbage-type'),
    encoding: contentEncoding,
    realEncoding: fc.boolean(),
    method: fc.oneof({ weight: 4, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: otherMethod }),
    file: garbageBody,
    chunked: frame,
    cut,
    extra: sometimesExtra,
  });
  const webhook = fc.oneof(engineBound, hostile).chain((r) =>
    fc
      .record({
        pairs: twilioPairs(r.signature === 'valid' ? signedFrom : fc.constant(`%2B4477008${String(r.unsignedN).padStart(5, '0')}`)),
        target: r.signature === 'valid' && r.extra === null && r.bodyType.startsWith('form') && r.encoding === null ? fc.constant(r.path) : target(r.path),
      })
      .map(({ pairs, target: t }): Spec => {
        const form = encodedForm(pairs);
        const fields = readForm(form);
        const headers: [string, string][] = [];
        let body: Buffer = Buffer.from(form, 'latin1');
        const types: Record<string, string | null> = {
          form: 'application/x-www-form-urlencoded',
          'form;charset': 'application/x-www-form-urlencoded; charset=utf-8',
          FORM: 'Application/X-WWW-Form-URLEncoded',
          json: 'application/json',
          text: 'text/plain',
          octet: 'application/octet-stream',
          none: null,
          'garbage-type': 'application/x-www-form-urlencoded-but-not',
        };
        let type = types[r.bodyType] ?? null;
        if (r.bodyType.startsWith('multipart')) {
          const m = multipart(Object.entries(fields), r.bodyType === 'multipart+file' ? r.file : null);
          type = m.type;
          body = m.body;
        } else if (r.bodyType === 'json') body = Buffer.from(JSON.stringify(fields));
        if (type !== null) headers.push(['Content-Type', type]);
        if (r.encoding !== null) headers.push(['Content-Encoding', r.encoding]);
        body = encode(body, r.encoding, r.realEncoding);
        const url = `${base}${t.startsWith('/') ? t : ''}`;
        if (r.signature === 'valid') headers.push(['X-Twilio-Signature', twilio.getExpectedTwilioSignature(TOKEN, url, fields)]);
        if (r.signature === 'forged') headers.push(['X-Twilio-Signature', twilio.getExpectedTwilioSignature('not-the-token-0000000000', url, fields)]);
        if (r.signature === 'garbage') headers.push(['X-Twilio-Signature', 'AAAA====\u00ff']);
        if (r.signature === 'other-path') headers.push(['X-Twilio-Signature', twilio.getExpectedTwilioSignature(TOKEN, `${base}/elsewhere`, fields)]);
        if (r.extra) headers.push(...r.extra);
        return {
          method: r.method,
          target: t,
          headers,
          body,
          chunked: r.chunked,
          cut: r.cut && r.chunked === 0,
          route: 'webhook',
          authentic: r.signature === 'valid' && t.startsWith('/'),
          forgedFrom: r.signature === 'valid' ? null : `+4477008${String(r.unsignedN).padStart(5, '0')}`,
          plainHead: !r.extra,
          readsBody: r.method === 'POST' && t.startsWith('/'),
          label: `${r.method} ${t.slice(0, 60)} ${r.bodyType} sig=${r.signature} enc=${r.encoding ?? '-'} ${body.length}B${r.chunked ? ' chunked' : r.cut ? ' cut' : ''}`,
        };
      }),
  );

  const api = fc
    .record({
      route: fc.constantFrom('en-route', 'complete', 'no-access', 'delay', 'alerts'),
      reference,
      key: fc.constantFrom('valid', 'valid', 'none', 'wrong', 'basic', 'long', 'latin1'),
      bodyType: fc.constantFrom('json', 'json', 'json-value', 'bad-json', 'form', 'multipart+file', 'text', 'octet', 'none', 'empty'),
      reason: text,
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
        fc.integer({ min: 1_000, max: 30_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
        fc.integer({ min: 1_000, max: 30_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      ),
      garbage: garbageBody,
      encoding: contentEncoding,
      realEncoding: fc.boolean(),
      method: fc.oneof({ weight: 6, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: otherMethod }),
      chunked: frame,
      cut,
      extra: sometimesExtra,
      since: fc.oneof(
        fc.constantFrom(
          '',
          '?since=2026-11-24T10:20:00Z',
          '?since=yesterday',
          '?since=%00',
          '?since=%ZZ',
          '?since=0000-01-01T00:00:00Z',
          '?since=-271821-04-20T00:00:00Z',
          '?since=%2B275760-09-13T00:00:00Z',
        ),
        formValue.map((v) => `?since=${v}`),
      ),
    })
    .chain((r) => {
      const path =
        r.route === 'alerts' ? `/api/alerts${r.since}` : r.route === 'delay' ? `/api/cases/${r.reference}/delay` : `/api/jobs/${r.reference}/${r.route}`;
      const method = r.route === 'alerts' && r.method === 'POST' ? 'GET' : r.method;
      return target(path).map((t): Spec => {
        const headers: [string, string][] = [];
        let body: Buffer = Buffer.alloc(0);
        let type: string | null = 'application/json';
        if (r.bodyType === 'json') body = Buffer.from(JSON.stringify({ reason: r.reason }));
        else if (r.bodyType === 'json-value') body = Buffer.from(r.value);
        else if (r.bodyType === 'bad-json') body = r.garbage;
        else if (r.bodyType === 'form') {
          type = 'application/x-www-form-urlencoded';
          body = Buffer.from(new URLSearchParams({ reason: r.reason }).toString());
        } else if (r.bodyType === 'multipart+file') {
          const m = multipart([['reason', 'x']], r.garbage);
          type = m.type;
          body = m.body;
        } else if (r.bodyType === 'text') {
          type = 'text/plain';
          body = Buffer.from(r.reason);
        } else if (r.bodyType === 'octet') {
          type = 'application/octet-stream';
          body = r.garbage;
        } else if (r.bodyType === 'none') {
          type = null;
          body = r.garbage;
        } else type = null;
        if (type !== null) headers.push(['Content-Type', type]);
        if (r.encoding !== null) headers.push(['Content-Encoding', r.encoding]);
        body = encode(body, r.encoding, r.realEncoding);
        const keys: Record<string, string | null> = {
          valid: `Bearer ${API_KEY}`,
          none: null,
          wrong: 'Bearer not-the-key',
          basic: `Basic ${API_KEY}`,
          long: `Bearer ${'k'.repeat(8_000)}`,
          latin1: `Bearer ${API_KEY}\u00e9\u00ff`,
        };
        const key = keys[r.key] ?? null;
        if (key !== null) headers.push(['Authorization', key]);
        if (r.extra) headers.push(...r.extra);
        return {
          method,
          target: t,
          headers,
          body,
          chunked: r.chunked,
          cut: r.cut && r.chunked === 0,
          route: 'api',
          authentic: r.key === 'valid',
          forgedFrom: null,
          plainHead: !r.extra,
          readsBody: method === 'POST' && r.route !== 'alerts' && t.startsWith('/'),
          label: `${method} ${t.slice(0, 60)} ${r.bodyType} key=${r.key} enc=${r.encoding ?? '-'} ${body.length}B${r.chunked ? ' chunked' : r.cut ? ' cut' : ''}`,
        };
      });
    });

  const other = fc
    .record({
      path: fc.oneof(fc.constantFrom('/healthz', '/readyz'), oddPath),
      method: fc.oneof(fc.constant('GET'), fc.constant('POST'), otherMethod),
      body: fc.oneof(fc.constant(Buffer.alloc(0)), garbageBody),
      type: fc.option(fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain'), { nil: null }),
      extra: sometimesExtra,
    })
    .chain((r) =>
      target(r.path).map(
        (t): Spec => ({
          method: r.method,
          target: t,
          headers: [...(r.type ? ([['Content-Type', r.type]] as [string, string][]) : []), ...(r.extra ?? [])],
          body: r.body,
          chunked: 0,
          route: 'other',
          authentic: false,
          forgedFrom: null,
          plainHead: !r.extra,
          readsBody: false,
          label: `${r.method} ${t.slice(0, 60)} type=${r.type ?? '-'} ${r.body.length}B`,
        }),
      ),
    );

  return fc.oneof({ weight: 5, arbitrary: webhook }, { weight: 4, arbitrary: api }, { weight: 1, arbitrary: other });
}

// ---------------------------------------------------------------------------------------

describe.each(sqlStoreKinds())('hostile requests on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let port = 0;
  const savedTmp = process.env.TMPDIR;
  let privateTmp = '';
  let n = 0;
  const number = () => `+4477009${String(50000 + (n += 1))}`;

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
  const newEntries = (before: Set<string>): string[] => [...tmpEntries()].filter((e) => !before.has(e));

  /** Posts `body` to `path` with `headers`, as bytes (so fetch adds no content type of its own). */
  async function post(path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
    const res = await fetch(`${app.url}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? Buffer.from(body) : body });
    return { status: res.status, text: await res.text() };
  }

  const sign = (path: string, fields: Record<string, string>): string => twilio.getExpectedTwilioSignature(TOKEN, `${app.url}${path}`, fields);
  const stored = async (from: string) => store.findConversation({ channel: 'sms', address: from });

  describe('what each route reads', () => {
    // Each body carries the same Twilio fields; only the way they are sent differs.
    const WEBHOOK_TYPES: [label: string, type: string | null][] = [
      ['multipart/form-data', 'multipart'],
      ['text/plain', 'text/plain'],
      ['application/octet-stream', 'application/octet-stream'],
      ['application/json', 'application/json'],
      ['no content type', null],
    ];

    function webhookBody(fields: Record<string, string>, type: string | null): { body: Buffer; headers: Record<string, string> } {
      if (type === 'multipart') {
        const m = multipart(Object.entries(fields), null);
        return { body: m.body, headers: { 'content-type': m.type } };
      }
      const body = Buffer.from(type === 'application/json' ? JSON.stringify(fields) : formBody(fields));
      return { body, headers: type ? { 'content-type': type } : {} };
    }

    it.each(WEBHOOK_TYPES)('refuses a signed inbound SMS sent as %s with 415, naming the form type, and stores nothing', async (_label, type) => {
      const from = number();
      const fields = smsParams(from, 'my boiler is broken');
      const { body, headers } = webhookBody(fields, type);
      const res = await post('/sms', body, { ...headers, 'x-twilio-signature': sign('/sms', fields) });
      expect(res.status).toBe(415);
      expect(res.text).toContain('application/x-www-form-urlencoded');
      expect(await stored(from)).toBeNull();
    });

    it.each(WEBHOOK_TYPES)('refuses a signed delivery report sent as %s with 415', async (_label, type) => {
      const fields = { MessageSid: messageSid(), MessageStatus: 'delivered', AccountSid: `AC${'1'.repeat(32)}` };
      const { body, headers } = webhookBody(fields, type);
      const res = await post('/sms/status', body, { ...headers, 'x-twilio-signature': sign('/sms/status', fields) });
      expect(res.status).toBe(415);
      expect(res.text).toContain('application/x-www-form-urlencoded');
    });

    const API_TYPES: [label: string, type: string | null, body: Buffer][] = [
      ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded', Buffer.from('reason=the+van+broke+down')],
      ['multipart/form-data', multipart([], null).type, multipart([['reason', 'the van broke down']], null).body],
      ['text/plain', 'text/plain', Buffer.from('the van broke down')],
      ['application/octet-stream', 'application/octet-stream', Buffer.from([0, 1, 2, 0xff])],
      ['no content type', null, Buffer.from(JSON.stringify({ reason: 'the van broke down' }))],
    ];

    it.each(API_TYPES)('refuses a delay notice sent as %s with 415, naming JSON', async (_label, type, body) => {
      const res = await post('/api/cases/NOSUCH99/delay', body, { authorization: `Bearer ${API_KEY}`, ...(type ? { 'content-type': type } : {}) });
      expect(res.status).toBe(415);
      expect(res.text).toContain('application/json');
    });

    it('refuses a job report with a text/plain body with 415', async () => {
      const res = await post('/api/jobs/NOSUCH99/en-route', 'done', { authorization: `Bearer ${API_KEY}`, 'content-type': 'text/plain' });
      expect(res.status).toBe(415);
    });

    const COMPRESSED: [encoding: string, squeeze: (b: Buffer) => Buffer][] = [
      ['gzip', gzipSync],
      ['deflate', deflateSync],
      ['br', brotliCompressSync],
    ];

    it.each(COMPRESSED)('refuses a signed inbound SMS compressed with %s (415), and stores nothing', async (encoding, squeeze) => {
      const from = number();
      const fields = smsParams(from, 'my boiler is broken');
      const res = await post('/sms', squeeze(Buffer.from(formBody(fields))), {
        'content-type': 'application/x-www-form-urlencoded',
        'content-encoding': encoding,
        'x-twilio-signature': sign('/sms', fields),
      });
      expect(res.status).toBe(415);
      expect(await stored(from)).toBeNull();
    });

    it.each(COMPRESSED)('refuses an API body compressed with %s (415)', async (encoding, squeeze) => {
      const res = await post('/api/cases/NOSUCH99/delay', squeeze(Buffer.from(JSON.stringify({ reason: 'the van broke down' }))), {
        authorization: `Bearer ${API_KEY}`,
        'content-type': 'application/json',
        'content-encoding': encoding,
      });
      expect(res.status).toBe(415);
    });

    it('reads a signed inbound SMS sent with Content-Encoding: identity', async () => {
      const from = number();
      const fields = smsParams(from, 'hello');
      const res = await post('/sms', formBody(fields), {
        'content-type': 'application/x-www-form-urlencoded',
        'content-encoding': 'identity',
        'x-twilio-signature': sign('/sms', fields),
      });
      expect(res.status).toBe(200);
      expect(await stored(from)).not.toBeNull();
    });

    const oversized = (fields: Record<string, string>) => formBody({ ...fields, Body: 'a'.repeat(LIMIT + 1) });

    it('refuses an unsigned inbound SMS over 64 KiB with 413, not 403, and stores nothing', async () => {
      const from = number();
      const res = await post('/sms', oversized(smsParams(from, '')), { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(413);
      expect(await stored(from)).toBeNull();
    });

    it('refuses an inbound SMS over 64 KiB with a forged signature with 413', async () => {
      const fields = smsParams(number(), '');
      const res = await post('/sms', oversized(fields), { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'forged' });
      expect(res.status).toBe(413);
    });

    it('refuses an unsigned delivery report over 64 KiB with 413', async () => {
      const res = await post('/sms/status', oversized({ MessageSid: messageSid(), MessageStatus: 'delivered' }), {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(res.status).toBe(413);
    });

    it('refuses an API body over 64 KiB without a key with 413, not 401', async () => {
      const res = await post('/api/cases/NOSUCH99/delay', JSON.stringify({ reason: 'r'.repeat(LIMIT) }), { 'content-type': 'application/json' });
      expect(res.status).toBe(413);
    });

    it('refuses a job report over 64 KiB with a wrong key with 413', async () => {
      const res = await post('/api/jobs/NOSUCH99/complete', JSON.stringify({ note: 'n'.repeat(LIMIT) }), {
        'content-type': 'application/json',
        authorization: 'Bearer wrong',
      });
      expect(res.status).toBe(413);
    });

    it('refuses a chunked inbound SMS (no Content-Length) over 64 KiB with 413', async () => {
      const from = number();
      const body = Buffer.from(oversized(smsParams(from, '')));
      const answer = await rawRequest(
        port,
        wire(port, { method: 'POST', target: '/sms', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body, chunked: 4_096 }),
      );
      expect(answer.status).toBe(413);
      expect(await stored(from)).toBeNull();
    });

    it('reads a signed inbound SMS of exactly 64 KiB', async () => {
      const from = number();
      const fields = smsParams(from, '');
      const padding = LIMIT - formBody(fields).length;
      const full = { ...fields, Body: `my sink is leaking ${'a'.repeat(padding - 'my sink is leaking '.length)}` };
      expect(formBody(full)).toHaveLength(LIMIT);
      const res = await post('/sms', formBody(full), { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sign('/sms', full) });
      expect(res.status).toBe(200);
    });

    it('answers malformed JSON with 400 and a JSON error that does not echo the body', async () => {
      const res = await post('/api/cases/NOSUCH99/delay', '{"reason": "the van\u0000 broke down" ,,}', {
        'content-type': 'application/json',
        authorization: `Bearer ${API_KEY}`,
      });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ error: expect.any(String) });
      expect(res.text).not.toContain('van');
    });

    it.each([
      ['an array 20,000 deep', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
      ['an object 10,000 deep', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ])('answers JSON nested as %s with 400', async (_label, json) => {
      const res = await post('/api/cases/NOSUCH99/delay', json, { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` });
      expect(res.status).toBe(400);
    });

    it('writes no file for multipart bodies with a file part, on the webhook or the API', async () => {
      const before = tmpEntries();
      const fields = smsParams(number(), 'photo attached');
      const webhook = multipart(Object.entries(fields), Buffer.alloc(32 * 1024, 0xff));
      await post('/sms', webhook.body, { 'content-type': webhook.type, 'x-twilio-signature': sign('/sms', fields) });
      const apiBody = multipart([['reason', 'the van broke down']], Buffer.alloc(32 * 1024, 0xfe));
      await post('/api/cases/NOSUCH99/delay', apiBody.body, { 'content-type': apiBody.type, authorization: `Bearer ${API_KEY}` });
      expect(newEntries(before)).toEqual([]);
    });
  });

  describe("Twilio's MessageSid", () => {
    const HEX = hex32('doorstep');
    const BAD: [label: string, sid: string | null][] = [
      ['missing', null],
      ['empty', ''],
      ['too short', 'SM123'],
      ['31 hex digits', `SM${HEX.slice(1)}`],
      ['33 hex digits', `SM${HEX}0`],
      ['another prefix', `XX${HEX}`],
      ['not hex', `SM${'g'.repeat(32)}`],
      ['a NUL inside', `SM${HEX.slice(0, 10)}\u0000${HEX.slice(11)}`],
      ['a path after it', `SM${HEX}/../x`],
      ["the local outbox's id", 'local-1'],
    ];

    it.each(BAD)('refuses a signed inbound SMS whose MessageSid is %s with 400, and stores nothing', async (_label, bad) => {
      const from = number();
      const { MessageSid: _, ...rest } = smsParams(from, 'my boiler is broken');
      const fields = bad === null ? rest : { ...rest, MessageSid: bad };
      const res = await app.post('/sms', fields);
      expect(res.status).toBe(400);
      expect(await stored(from)).toBeNull();
    });

    it.each(BAD)('refuses a signed delivery report whose MessageSid is %s with 400', async (_label, bad) => {
      const fields: Record<string, string> = { MessageStatus: 'delivered', AccountSid: `AC${'1'.repeat(32)}`, ...(bad === null ? {} : { MessageSid: bad }) };
      const res = await app.post('/sms/status', fields);
      expect(res.status).toBe(400);
    });

    it('takes an MMS MessageSid (MM and 32 hex digits)', async () => {
      const from = number();
      const res = await app.post('/sms', { ...smsParams(from, 'photo of the leak'), MessageSid: `MM${hex32(from)}` });
      expect(res.status).toBe(200);
      expect(await stored(from)).not.toBeNull();
    });
  });

  describe('odd paths, request lines and fields', () => {
    it('answers a NUL as the reference of a delay notice (/api/cases/%00/delay) with 400 and JSON', async () => {
      const res = await app.api('POST', '/api/cases/%00/delay', { reason: 'the van broke down' });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'bad-reference' });
    });

    it('answers a NUL as the reference of a job report (/api/jobs/%00/en-route) with 400', async () => {
      const res = await app.api('POST', '/api/jobs/%00/en-route');
      expect(res.status).toBe(400);
    });

    const ODD_REFERENCES: [label: string, reference: string][] = [
      ['a cut-off UTF-8 escape (%E0%A4%A)', '%E0%A4%A'],
      ['a bad escape (%ZZ)', '%ZZ'],
      ['a lone %', '%'],
      ['an encoded lone surrogate (%ED%A0%80)', '%ED%A0%80'],
      ['5,000 characters', 'A'.repeat(5_000)],
    ];

    it.each(ODD_REFERENCES)('answers a delay notice for a reference of %s with a 4xx and no internals', async (_label, ref) => {
      const res = await app.api('POST', `/api/cases/${ref}/delay`, { reason: 'the van broke down' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).not.toMatch(INTERNALS);
    });

    it.each(['0000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z', '-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00Z'])(
      'answers /api/alerts?since=%s (a time JavaScript reads but PostgreSQL may not hold) with JSON and no 5xx',
      async (since) => {
        const res = await app.api('GET', `/api/alerts?since=${encodeURIComponent(since)}`);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
      },
    );

    it('answers a 10,000-character path with a 4xx', async () => {
      const res = await fetch(`${app.url}/sms/${'a'.repeat(10_000)}`, { method: 'POST' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });

    it('refuses an unsigned absolute-URL request line (POST http://host/sms) with a 4xx and stores nothing', async () => {
      const from = number();
      const body = Buffer.from(formBody(smsParams(from, 'my boiler is broken')));
      const answer = await rawRequest(
        port,
        wire(port, { method: 'POST', target: `${app.url}/sms`, headers: [['Content-Type', 'application/x-www-form-urlencoded']], body, chunked: 0 }),
      );
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(await stored(from)).toBeNull();
    });

    it('answers a signed absolute-URL request line without a 5xx', async () => {
      const fields = smsParams(number(), 'my boiler is broken');
      const headers: [string, string][] = [
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['X-Twilio-Signature', sign('/sms', fields)],
      ];
      const answer = await rawRequest(port, wire(port, { method: 'POST', target: `${app.url}/sms`, headers, body: Buffer.from(formBody(fields)), chunked: 0 }));
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(500);
    });

    it.each(['From', 'To', 'MediaUrl0', 'NumMedia', 'AccountSid'])('answers a signed inbound SMS with a NUL in %s without a 5xx', async (field) => {
      const fields = { ...smsParams(number(), 'my boiler is broken', { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/Media/ME1' }) };
      fields[field] = `${fields[field]}\u0000x`;
      const res = await app.post('/sms', fields);
      expect(res.status).toBeLessThan(500);
    });

    it.each(['MessageStatus', 'ErrorCode'])('answers a signed delivery report with a NUL in %s without a 5xx', async (field) => {
      const fields: Record<string, string> = { MessageSid: messageSid(), MessageStatus: 'undelivered', ErrorCode: '30003' };
      fields[field] = `${fields[field]}\u0000x`;
      const res = await app.post('/sms/status', fields);
      expect(res.status).toBeLessThan(500);
    });
  });

  describe('a gzip bomb (about 64 KB that inflates to 64 MB)', () => {
    let formBomb: Buffer;
    let jsonBomb: Buffer;
    beforeAll(async () => {
      formBomb = await gzipBomb(`MessageSid=${messageSid()}&From=%2B447700900001&Body=`, 'a', 64 * MB, '&NumMedia=0');
      jsonBomb = await gzipBomb('{"reason":"', 'a', 64 * MB, '"}');
    });

    it('is refused on /sms with 415 (or 413), without inflating it', async () => {
      const { result, before, peak, ms } = await peakRss(() =>
        post('/sms', formBomb, { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip', 'x-twilio-signature': 'unsigned' }),
      );
      console.log(
        `[${kind.name}] gzip bomb to /sms: ${formBomb.length} bytes -> ${result.status} in ${ms.toFixed(0)} ms; RSS ${mb(before)} -> peak ${mb(peak)}`,
      );
      expect([413, 415]).toContain(result.status);
      expect(peak - before).toBeLessThan(24 * MB);
      expect(ms).toBeLessThan(5_000);
    });

    it('is refused on /api/cases/X/delay with 415 (or 413), without inflating it', async () => {
      const { result, before, peak, ms } = await peakRss(() =>
        post('/api/cases/NOSUCH99/delay', jsonBomb, { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${API_KEY}` }),
      );
      console.log(
        `[${kind.name}] gzip bomb to /api/cases/NOSUCH99/delay: ${jsonBomb.length} bytes -> ${result.status} in ${ms.toFixed(0)} ms; RSS ${mb(before)} -> peak ${mb(peak)}`,
      );
      expect([413, 415]).toContain(result.status);
      expect(peak - before).toBeLessThan(24 * MB);
      expect(ms).toBeLessThan(5_000);
    });
  });

  describe(`fuzzed requests (fast-check, seed ${SEED})`, () => {
    interface Outcome {
      spec: Spec;
      answer: Answer;
    }
    let outcomes: Outcome[] = [];
    let tmpBefore = new Set<string>();
    let tmpAfter: string[] = [];
    let rssBefore = 0;
    let rssAfter = 0;
    let inFlightAfter = -1;

    beforeAll(async () => {
      const specs = fc.sample(campaign(port), { seed: SEED, numRuns: RUNS });
      tmpBefore = tmpEntries();
      rssBefore = process.memoryUsage.rss();
      const started = Date.now();
      const answers = await pool(specs, 4, (spec) => rawRequest(port, wire(port, spec), spec.cut === true), started + CAMPAIGN_MS);
      outcomes = specs.flatMap((spec, i) => (answers[i] ? [{ spec, answer: answers[i]! }] : []));
      // A hang guard, not a wait: every request should already be finished.
      let guard: NodeJS.Timeout | undefined;
      await Promise.race([app.app.idle(), new Promise<void>((resolve) => (guard = setTimeout(resolve, 5_000)))]);
      clearTimeout(guard);
      inFlightAfter = app.app.inFlight();
      rssAfter = process.memoryUsage.rss();
      tmpAfter = newEntries(tmpBefore);
      const statuses = new Map<number, number>();
      for (const o of outcomes) statuses.set(o.answer.status, (statuses.get(o.answer.status) ?? 0) + 1);
      const counts = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([s, c]) => `${s}x${c}`)
        .join(' ');
      const bytes = outcomes.reduce((sum, o) => sum + o.spec.body.length, 0);
      console.log(
        `[${kind.name}] fuzz: ${outcomes.length} of ${specs.length} requests sent in ${((Date.now() - started) / 1000).toFixed(1)} s (${mb(bytes)} of bodies); statuses ${counts}; RSS ${mb(rssBefore)} -> ${mb(rssAfter)}`,
      );
    }, 120_000);

    const show = (o: Outcome) => `${o.spec.label} -> ${o.answer.status}${o.answer.error ? ` (${o.answer.error})` : ''}`;

    it('sent a few hundred requests', () => {
      expect(outcomes.length).toBeGreaterThanOrEqual(200);
    });

    it('answers every request, with a status below 500 or a 503', () => {
      // A client that hung up mid-body may get no answer at all.
      const bad = outcomes.filter((o) => (o.answer.status === 0 && !o.spec.cut) || (o.answer.status >= 500 && o.answer.status !== 503));
      expect(bad.map(show)).toEqual([]);
    });

    it('puts no stack, internal error or source path in any answer', () => {
      const bad = outcomes.filter((o) => INTERNALS.test(o.answer.body) || INTERNALS.test(o.answer.head));
      expect(bad.map((o) => `${show(o)}: ${o.answer.body.slice(0, 200)}`)).toEqual([]);
    });

    it('never accepts a webhook that is unsigned, forged or signed for another address', () => {
      const bad = outcomes.filter(
        (o) => o.spec.route === 'webhook' && o.spec.method === 'POST' && !o.spec.authentic && o.answer.status >= 200 && o.answer.status < 300,
      );
      expect(bad.map(show)).toEqual([]);
    });

    it('stores nothing for the senders of unsigned or forged webhooks', async () => {
      const senders = [...new Set(outcomes.flatMap((o) => (o.spec.forgedFrom ? [o.spec.forgedFrom] : [])))];
      expect(senders.length).toBeGreaterThan(0);
      const found = [];
      for (const from of senders) if (await stored(from)) found.push(from);
      expect(found).toEqual([]);
    });

    it('never accepts an API call without the right key', () => {
      const bad = outcomes.filter(
        (o) => o.spec.route === 'api' && o.spec.method !== 'OPTIONS' && !o.spec.authentic && o.answer.status >= 200 && o.answer.status < 300,
      );
      expect(bad.map(show)).toEqual([]);
    });

    // The size is checked before the signature or key: a body over the limit is never
    // accepted and never gets as far as a 401 or 403 (413, or 415 for a type or encoding
    // that is never read, or 404/405 for no route of ours).
    it('never lets a body over 64 KiB past the size check: no 2xx, 401 or 403 for one', () => {
      const big = outcomes.filter((o) => o.spec.readsBody && o.spec.plainHead && o.spec.body.length > LIMIT);
      expect(big.length).toBeGreaterThan(0);
      const bad = big.filter((o) => (o.answer.status >= 200 && o.answer.status < 300) || o.answer.status === 401 || o.answer.status === 403);
      expect(bad.map(show)).toEqual([]);
    });

    it('finishes every request it started: none is left in flight', () => {
      expect(inFlightAfter).toBe(0);
    });

    it('writes no file to the temp directory', () => {
      expect(tmpAfter).toEqual([]);
    });

    it('still answers /healthz afterwards', async () => {
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });

    it('grows RSS by less than 150 MB over the run', () => {
      expect(rssAfter - rssBefore).toBeLessThan(150 * MB);
    });
  });
});
