// The fast-check campaign test/server/fuzz.test.ts sends to the real app: every route, method,
// body type, encoding and size, signed and not, each request described as a Spec (what it
// is, and what may be expected of its answer) to be written as raw bytes on a socket
// (hostile-http.ts). The values it is built from are in fuzz-values.ts.
import fc from 'fast-check';
import twilio from 'twilio';
import { API_KEY, TOKEN } from './http-app.js';
import { multipart, type Wire } from './hostile-http.js';
import {
  contentEncoding,
  encode,
  encodedForm,
  formValue,
  garbageBody,
  oddPath,
  otherMethod,
  readForm,
  reference,
  signedFrom,
  sometimesExtra,
  text,
  twilioPairs,
} from './fuzz-values.js';

// ---------------------------------------------------------------------------------------
// The campaign's requests.

type RouteKind = 'webhook' | 'api' | 'other';

export interface Spec extends Wire {
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

export function campaign(port: number): fc.Arbitrary<Spec> {
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
