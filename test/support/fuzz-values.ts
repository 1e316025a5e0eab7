// The values the fast-check campaign (fuzz-campaign.ts, run by test/server/fuzz.test.ts)
// builds its requests from: texts of every kind (lone surrogates, NUL, bytes that are not
// UTF-8, 200 KB), Twilio-shaped form fields with any of them missing or extra, references and
// paths that are not what a route expects, content encodings, garbage bodies and hostile headers.
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';

const pct = (bytes: Uint8Array): string => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 120 });

// Any UTF-16 code unit, lone surrogates and NUL included.
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
export const text = fc.oneof(
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
export const formValue = fc.oneof(
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
export const signedFrom = fc.oneof(
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
export const twilioPairs = (from: fc.Arbitrary<string>) =>
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

export const encodedForm = (pairs: [string, string][]): string => pairs.map(([k, v]) => `${k}=${v}`).join('&');
/** The fields as the server reads them (the WHATWG form reading: bytes that are not UTF-8 become U+FFFD). */
export const readForm = (body: string): Record<string, string> => Object.fromEntries(new URLSearchParams(body));

export const reference = fc.oneof(
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
export const oddPath = fc.constantFrom(
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

export const contentEncoding = fc.oneof(
  { weight: 10, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom('gzip', 'deflate', 'br') },
  { weight: 1, arbitrary: fc.constantFrom('identity', 'GZIP', 'gzip, identity', 'x-unknown', '') },
);
export function encode(body: Buffer, encoding: string | null, real: boolean): Buffer {
  if (!real || encoding === null) return body;
  if (encoding === 'gzip') return gzipSync(body);
  if (encoding === 'deflate') return deflateSync(body);
  if (encoding === 'br') return brotliCompressSync(body);
  return body;
}

export const garbageBody = fc.oneof(
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
export const otherMethod = fc.constantFrom('GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD');
/** Now and then, headers the HTTP parser itself may refuse (NUL, DEL, 20 KB values). */
export const sometimesExtra = fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: extraHeaders });
