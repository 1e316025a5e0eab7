// What each route of the real app agrees to read, on every SQL store kind: one body type,
// no compression, 64 KiB checked before the signature or key; Twilio's MessageSid shape;
// odd paths and request lines; a gzip bomb. (The fast-check campaign over all of these is
// in fuzz.test.ts.)
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, messageSid, smsParams } from '../support/http-app.js';
import { sqlStoreKinds } from '../support/stores.js';
import { INTERNALS, LIMIT, MB, formBody, gzipBomb, hex32, mb, multipart, peakRss, rawRequest, wire, useHostileApp } from '../support/hostile-http.js';

describe.each(sqlStoreKinds())('requests on $name', (kind) => {
  const h = useHostileApp(kind);
  const { number, tmpEntries, newEntries, post, sign, stored } = h;

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
        h.port,
        wire(h.port, { method: 'POST', target: '/sms', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body, chunked: 4_096 }),
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
      const res = await h.app.post('/sms', fields);
      expect(res.status).toBe(400);
      expect(await stored(from)).toBeNull();
    });

    it.each(BAD)('refuses a signed delivery report whose MessageSid is %s with 400', async (_label, bad) => {
      const fields: Record<string, string> = { MessageStatus: 'delivered', AccountSid: `AC${'1'.repeat(32)}`, ...(bad === null ? {} : { MessageSid: bad }) };
      const res = await h.app.post('/sms/status', fields);
      expect(res.status).toBe(400);
    });

    it('takes an MMS MessageSid (MM and 32 hex digits)', async () => {
      const from = number();
      const res = await h.app.post('/sms', { ...smsParams(from, 'photo of the leak'), MessageSid: `MM${hex32(from)}` });
      expect(res.status).toBe(200);
      expect(await stored(from)).not.toBeNull();
    });
  });

  describe('odd paths, request lines and fields', () => {
    it('answers a NUL as the reference of a delay notice (/api/cases/%00/delay) with 400 and JSON', async () => {
      const res = await h.app.api('POST', '/api/cases/%00/delay', { reason: 'the van broke down' });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'bad-reference' });
    });

    it('answers a NUL as the reference of a job report (/api/jobs/%00/en-route) with 400', async () => {
      const res = await h.app.api('POST', '/api/jobs/%00/en-route');
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
      const res = await h.app.api('POST', `/api/cases/${ref}/delay`, { reason: 'the van broke down' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).not.toMatch(INTERNALS);
    });

    it.each(['0000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z', '-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00Z'])(
      'answers /api/alerts?since=%s (a time JavaScript reads but PostgreSQL may not hold) with JSON and no 5xx',
      async (since) => {
        const res = await h.app.api('GET', `/api/alerts?since=${encodeURIComponent(since)}`);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
      },
    );

    it('answers a 10,000-character path with a 4xx', async () => {
      const res = await fetch(`${h.app.url}/sms/${'a'.repeat(10_000)}`, { method: 'POST' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });

    it('refuses an unsigned absolute-URL request line (POST http://host/sms) with a 4xx and stores nothing', async () => {
      const from = number();
      const body = Buffer.from(formBody(smsParams(from, 'my boiler is broken')));
      const answer = await rawRequest(
        h.port,
        wire(h.port, { method: 'POST', target: `${h.app.url}/sms`, headers: [['Content-Type', 'application/x-www-form-urlencoded']], body, chunked: 0 }),
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
      const answer = await rawRequest(
        h.port,
        wire(h.port, { method: 'POST', target: `${h.app.url}/sms`, headers, body: Buffer.from(formBody(fields)), chunked: 0 }),
      );
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(500);
    });

    it.each(['From', 'To', 'MediaUrl0', 'NumMedia', 'AccountSid'])('answers a signed inbound SMS with a NUL in %s without a 5xx', async (field) => {
      const fields = { ...smsParams(number(), 'my boiler is broken', { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/Media/ME1' }) };
      fields[field] = `${fields[field]}\u0000x`;
      const res = await h.app.post('/sms', fields);
      expect(res.status).toBeLessThan(500);
    });

    it.each(['MessageStatus', 'ErrorCode'])('answers a signed delivery report with a NUL in %s without a 5xx', async (field) => {
      const fields: Record<string, string> = { MessageSid: messageSid(), MessageStatus: 'undelivered', ErrorCode: '30003' };
      fields[field] = `${fields[field]}\u0000x`;
      const res = await h.app.post('/sms/status', fields);
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
});
