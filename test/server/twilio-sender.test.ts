// Replies through Twilio's REST API, with the official library doing the request, against
// a stand-in for api.twilio.com on loopback: what it sends, what a refusal does.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendError, type SmsToSend } from '../../src/sms/sms-sender.js';
import { TwilioSender } from '../../src/sms/twilio.sender.js';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { smsParams, startApp, type RunningApp } from '../support/http-app.js';

const SID = `AC${'b'.repeat(32)}`;
const TOKEN = 'test-auth-token-0123456789abcdef';

interface Call {
  method: string;
  path: string;
  auth: string;
  /** The form posted, or the query of a GET. */
  form: URLSearchParams;
}

interface Created {
  sid: string;
  from: string;
  to: string;
  body: string;
  created: Date;
}

/** Twilio's timestamps: RFC 2822 in GMT. */
const rfc2822 = (d: Date) => d.toUTCString().replace('GMT', '+0000');

/**
 * Answers like Twilio's Messages resource: a create is 201 with a sid, or the error a number
 * gets; a read is one page of the messages created to that number, newest first, in Twilio's
 * list format, or a 500 for a number in `listFails`.
 */
function standIn(calls: Call[], refuse: Map<string, { status: number; code: number }>, created: Created[], listFails: Set<string>): Server {
  return createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '', 'http://stand-in');
      const form = req.method === 'GET' ? url.searchParams : new URLSearchParams(body);
      calls.push({ method: req.method ?? '', path: url.pathname, auth: req.headers.authorization ?? '', form });
      const to = form.get('To') ?? '';
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET') {
        if (listFails.has(to)) {
          res.statusCode = 500;
          res.end(JSON.stringify({ code: 20500, message: 'Internal Server Error', status: 500 }));
          return;
        }
        const from = form.get('From');
        const page = created
          .filter((m) => m.to === to && (from === null || m.from === from))
          .reverse()
          .map((m) => ({
            sid: m.sid,
            from: m.from,
            to: m.to,
            body: m.body,
            status: 'delivered',
            date_created: rfc2822(m.created),
            date_sent: rfc2822(m.created),
          }));
        res.end(
          JSON.stringify({
            messages: page,
            uri: `${url.pathname}${url.search}`,
            first_page_uri: `${url.pathname}${url.search}`,
            next_page_uri: null,
            previous_page_uri: null,
            page: 0,
            page_size: Number(form.get('PageSize') ?? 50),
            start: 0,
            end: Math.max(page.length - 1, 0),
          }),
        );
        return;
      }
      const refusal = refuse.get(to);
      if (refusal) {
        res.statusCode = refusal.status;
        res.end(JSON.stringify({ code: refusal.code, message: `refused ${refusal.code}`, status: refusal.status }));
        return;
      }
      const sid = `SM${String(calls.length).padStart(32, '0')}`;
      const from = form.get('From') ?? `+4416040${String(created.length).padStart(5, '0')}`;
      // Twilio keeps the body without the whitespace around it.
      created.push({ sid, from, to, body: (form.get('Body') ?? '').trim(), created: new Date() });
      res.statusCode = 201;
      res.end(JSON.stringify({ sid, from, to, body: form.get('Body'), status: 'queued' }));
    });
  });
}

describe.each(sqlStoreKinds().slice(0, 1))('replies through Twilio on $name', (kind) => {
  const calls: Call[] = [];
  const refuse = new Map<string, { status: number; code: number }>();
  const created: Created[] = [];
  const listFails = new Set<string>();
  let base: string;
  let api: Server;
  let store: Store;
  let app: RunningApp;
  // Opening PGlite and the app can pass the 10 s hook default on a busy two-core machine.
  beforeAll(async () => {
    api = standIn(calls, refuse, created, listFails);
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
    store = await kind.open();
    app = await startApp(store, {
      authToken: TOKEN,
      sender: () =>
        new TwilioSender({ accountSid: SID, authToken: TOKEN, from: '+441604000000', statusCallback: 'https://d.example.org/sms/status', apiBaseUrl: base }),
    });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await store.close();
    await new Promise((r) => api.close(r));
  });

  it('creates each reply as a Message with our sender, the tenant, the body and the status callback', async () => {
    const from = '+447700900301';
    await app.post('/sms', smsParams(from, 'hi'));
    await app.dispatcher.kick();
    const call = calls.find((c) => c.form.get('To') === from)!;
    expect(call.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(call.auth).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
    expect(call.form.get('From')).toBe('+441604000000');
    expect(call.form.get('StatusCallback')).toBe('https://d.example.org/sms/status');
    expect(call.form.get('Body')).toMatch(/How can we help/);
    const [sent] = await store.outbound({ recipient: from });
    expect(sent).toMatchObject({ status: 'sent', providerId: expect.stringMatching(/^SM/) });
  });

  it('marks a number opted out when Twilio refuses it with 21610, and sends it nothing more', async () => {
    const from = '+447700900302';
    refuse.set(from, { status: 400, code: 21610 });
    await app.post('/sms', smsParams(from, 'hi'));
    await app.dispatcher.kick();
    expect(await store.isOptedOut({ channel: 'sms', address: from })).toBe(true);
    expect((await store.outbound({ recipient: from }))[0]).toMatchObject({ status: 'failed', errorCode: '21610' });
    const before = calls.filter((c) => c.form.get('To') === from).length;
    await app.post('/sms', smsParams(from, 'are you there'));
    await app.dispatcher.kick();
    expect(calls.filter((c) => c.form.get('To') === from)).toHaveLength(before);
  });

  it('tries again later when Twilio has a passing fault, and does not give up on the text', async () => {
    const from = '+447700900303';
    refuse.set(from, { status: 503, code: 20503 });
    await app.post('/sms', smsParams(from, 'hi'));
    await app.dispatcher.kick();
    const [waiting] = await store.outbound({ recipient: from });
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, errorCode: '20503' });
    expect(waiting!.sendAfter.getTime()).toBeGreaterThan(Date.now());
  });

  describe('asking whether a text from a crashed attempt already went', () => {
    const FROM = '+441604000000';
    const sender = (options: { messagingServiceSid?: string } = {}) =>
      new TwilioSender({ accountSid: SID, authToken: TOKEN, ...(options.messagingServiceSid ? options : { from: FROM }), apiBaseUrl: base });
    const sms = (to: string, body: string): SmsToSend => ({ id: 1, to, body, segments: 1, encoding: 'GSM-7' });
    const lists = (to: string) => calls.filter((c) => c.method === 'GET' && c.form.get('To') === to);

    it('reads the Messages sent to the tenant from our number since the claim, and finds the one with the body', async () => {
      const to = '+447700900311';
      const since = new Date(Date.now() - 1000);
      const sent = await sender().send(sms(to, 'Your repair is booked for Tuesday.'));
      const found = await sender().findSent(sms(to, 'Your repair is booked for Tuesday.'), since);
      expect(found).toEqual({ providerId: sent.providerId, sender: FROM });
      const [list] = lists(to);
      expect(list!.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
      expect(list!.auth).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
      expect(list!.form.get('From')).toBe(FROM);
      // DateSent>=<since>: the library's name for "sent on or after".
      expect(list!.form.get('DateSent>')).toBe(since.toISOString().replace(/\.\d{3}Z$/, 'Z'));
      expect(list!.form.get('PageSize')).toBe('50');
    });

    it('matches a body Twilio kept without its surrounding whitespace', async () => {
      const to = '+447700900312';
      const since = new Date(Date.now() - 1000);
      const sent = await sender().send(sms(to, '  Thanks, noted.\n'));
      expect(await sender().findSent(sms(to, '  Thanks, noted.\n'), since)).toMatchObject({ providerId: sent.providerId });
    });

    it('finds nothing when only other texts went to the tenant', async () => {
      const to = '+447700900313';
      const since = new Date(Date.now() - 1000);
      await sender().send(sms(to, 'A different text.'));
      expect(await sender().findSent(sms(to, 'The text that never went.'), since)).toBeNull();
      expect(await sender().findSent(sms('+447700900314', 'Nothing at all went here.'), since)).toBeNull();
    });

    it('does not take the same words sent well before the claim for this text', async () => {
      const to = '+447700900315';
      await sender().send(sms(to, 'Sorry, I did not catch that.'));
      created.at(-1)!.created = new Date(Date.now() - 3_600_000);
      expect(await sender().findSent(sms(to, 'Sorry, I did not catch that.'), new Date(Date.now() - 1000))).toBeNull();
    });

    it('leaves From out when texts go through a messaging service', async () => {
      const to = '+447700900316';
      await sender({ messagingServiceSid: `MG${'c'.repeat(32)}` }).findSent(sms(to, 'hi'), new Date());
      const [list] = lists(to);
      expect(list!.form.has('From')).toBe(false);
      expect(list!.form.get('To')).toBe(to);
    });

    it('throws a passing SendError when Twilio cannot be asked, rather than guess', async () => {
      const to = '+447700900317';
      listFails.add(to);
      const error = await sender()
        .findSent(sms(to, 'hi'), new Date())
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(SendError);
      expect(error).toMatchObject({ permanent: false, code: '20500' });
    });
  });
});
