// A seeded fast-check campaign against the real app on loopback, on every SQL store kind:
// every route, method, body type, encoding and size, signed and not, sent as raw bytes over
// a socket so request lines, headers and bodies arrive exactly as generated. Each rule is
// checked on the whole campaign's answers in a test of its own, listing every offender.
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import twilio from 'twilio';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, TOKEN } from '../support/http-app.js';
import { sqlStoreKinds } from '../support/stores.js';
import { INTERNALS, LIMIT, MB, mb, multipart, pool, rawRequest, wire, type Answer, type Wire, useHostileApp } from '../support/hostile-http.js';

const SEED = 20_261_123;
/** Requests per store kind, and the most time the campaign may take (it stops early, not fails). */
const RUNS = 600;
const CAMPAIGN_MS = 20_000;

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
  const h = useHostileApp(kind);
  const { tmpEntries, newEntries, stored } = h;

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
      const specs = fc.sample(campaign(h.port), { seed: SEED, numRuns: RUNS });
      tmpBefore = tmpEntries();
      rssBefore = process.memoryUsage.rss();
      const started = Date.now();
      const answers = await pool(specs, 4, (spec) => rawRequest(h.port, wire(h.port, spec), spec.cut === true), started + CAMPAIGN_MS);
      outcomes = specs.flatMap((spec, i) => (answers[i] ? [{ spec, answer: answers[i]! }] : []));
      // A hang guard, not a wait: every request should already be finished.
      let guard: NodeJS.Timeout | undefined;
      await Promise.race([h.app.app.idle(), new Promise<void>((resolve) => (guard = setTimeout(resolve, 5_000)))]);
      clearTimeout(guard);
      inFlightAfter = h.app.app.inFlight();
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
      const res = await fetch(`${h.app.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });

    it('grows RSS by less than 150 MB over the run', () => {
      expect(rssAfter - rssBefore).toBeLessThan(150 * MB);
    });
  });
});
