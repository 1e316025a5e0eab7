// Replies through Twilio's REST API, with the official library doing the request, against
// a stand-in for api.twilio.com on loopback: what it sends, what a refusal does.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TwilioSender } from '../../src/sms/twilio.sender.js';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { smsParams, startApp, type RunningApp } from '../support/http-app.js';

const SID = `AC${'b'.repeat(32)}`;
const TOKEN = 'test-auth-token-0123456789abcdef';

interface Call {
  path: string;
  auth: string;
  form: URLSearchParams;
}

/** Answers like Twilio's Messages resource: 201 with a sid, or the error a number gets. */
function standIn(calls: Call[], refuse: Map<string, { status: number; code: number }>): Server {
  return createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      calls.push({ path: req.url ?? '', auth: req.headers.authorization ?? '', form });
      const to = form.get('To') ?? '';
      const refusal = refuse.get(to);
      res.setHeader('content-type', 'application/json');
      if (refusal) {
        res.statusCode = refusal.status;
        res.end(JSON.stringify({ code: refusal.code, message: `refused ${refusal.code}`, status: refusal.status }));
        return;
      }
      res.statusCode = 201;
      res.end(JSON.stringify({ sid: `SM${String(calls.length).padStart(32, '0')}`, from: form.get('From'), to, body: form.get('Body'), status: 'queued' }));
    });
  });
}

describe.each(sqlStoreKinds().slice(0, 1))('replies through Twilio on $name', (kind) => {
  const calls: Call[] = [];
  const refuse = new Map<string, { status: number; code: number }>();
  let api: Server;
  let store: Store;
  let app: RunningApp;
  beforeAll(async () => {
    api = standIn(calls, refuse);
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
    store = await kind.open();
    app = await startApp(store, {
      authToken: TOKEN,
      sender: () =>
        new TwilioSender({ accountSid: SID, authToken: TOKEN, from: '+441604000000', statusCallback: 'https://d.example.org/sms/status', apiBaseUrl: base }),
    });
  });
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
});
