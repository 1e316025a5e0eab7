// Twilio's SMS webhook driven over loopback with requests signed by the twilio library,
// on PGlite and (when DATABASE_URL is set) PostgreSQL.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { LocalOutboxSender } from '../../src/sms/local-outbox.sender.js';
import type { SmsSender } from '../../src/sms/sms-sender.js';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { TOKEN, smsParams, startApp, type RunningApp } from '../support/http-app.js';

let n = 0;
const number = () => `+4477009${String(20000 + (n += 1))}`;
const TENANT = { tenancyRef: 'T-1001', name: 'Jo Bloggs', addressLine: '4 Elm Close, Northampton', postcode: 'NN1 1AA', vulnerabilities: [] };

/** The local outbox, answering with message ids in Twilio's shape (SM and 32 hex digits), as Twilio does: delivery reports name them. */
class TwilioShapedSender extends LocalOutboxSender {
  override async send(...args: Parameters<SmsSender['send']>): ReturnType<SmsSender['send']> {
    const sent = await super.send(...args);
    return { ...sent, providerId: `SM${createHash('md5').update(String(sent.providerId)).digest('hex')}` };
  }
}

describe.each(sqlStoreKinds())('SMS webhook on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  beforeAll(async () => {
    store = await kind.open();
    app = await startApp(store, { sender: (path) => new TwilioShapedSender(path) });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  async function say(from: string, body: string, extra: Record<string, string> = {}): Promise<string[]> {
    const before = (await app.outbox(from)).length;
    const res = await app.post('/sms', smsParams(from, body, extra));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<Response>');
    return (await app.outbox(from)).slice(before).map((l) => l.body);
  }

  it('takes a known tenant from first text to a quoted date, and keeps the case with their tenancy', async () => {
    const from = number();
    await store.upsertTenant({ ...TENANT, phones: [from] }, new Date());
    const first = await say(from, 'kitchen tap leaking all over the floor');
    expect(first.join('\n')).toMatch(/Jo/);
    let replies = first;
    // Answer whatever is asked until a date is quoted: a tenant would do the same.
    for (let turn = 0; turn < 4 && !/by \d{1,2}(:\d{2})?(am|pm)|by (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/i.test(replies.join('\n')); turn += 1) {
      const last = replies.join('\n');
      replies = await say(from, /YES or NO/i.test(last) ? 'no' : /Reply with a number|^1 /m.test(last) ? '1' : 'kitchen');
    }
    expect(replies.join('\n')).toMatch(/reference (is )?[2-9A-Z]{8}/i);
    expect(replies.join('\n')).toMatch(/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+/);
    const convo = await store.findConversation({ channel: 'sms', address: from });
    const [found] = await store.cases(convo!.id);
    expect(found).toMatchObject({ kind: 'repair', verified: true, tenancyRef: 'T-1001', address: { line: TENANT.addressLine, postcode: 'NN1 1AA' } });
  });

  it('refuses a forged signature with 403 and stores nothing', async () => {
    const from = number();
    const params = smsParams(from, 'my boiler is broken');
    const forged = twilio.getExpectedTwilioSignature('not-the-token-at-all-0000', `${app.url}/sms`, params);
    const res = await app.post('/sms', params, forged);
    expect(res.status).toBe(403);
    expect(await store.findConversation({ channel: 'sms', address: from })).toBeNull();
  });

  it('refuses a missing signature, and one for other parameters than were sent', async () => {
    const from = number();
    expect((await app.post('/sms', smsParams(from, 'hello'), null)).status).toBe(403);
    const params = smsParams(from, 'hello');
    const signedOther = twilio.getExpectedTwilioSignature(TOKEN, `${app.url}/sms`, { ...params, Body: 'something else' });
    expect((await app.post('/sms', params, signedOther)).status).toBe(403);
    expect(await store.findConversation({ channel: 'sms', address: from })).toBeNull();
  });

  it('answers a retried webhook (same MessageSid) without a second turn or reply', async () => {
    const from = number();
    const params = smsParams(from, 'my toilet will not flush');
    expect((await app.post('/sms', params)).status).toBe(200);
    const once = await app.outbox(from);
    expect((await app.post('/sms', params)).status).toBe(200);
    expect(await app.outbox(from)).toHaveLength(once.length);
    const convo = await store.findConversation({ channel: 'sms', address: from });
    expect((await store.transcript(convo!.id)).filter((t) => t.direction === 'in')).toHaveLength(1);
  });

  it('sends nothing of any kind after STOP until START', async () => {
    const from = number();
    await say(from, 'hi');
    expect(await say(from, 'STOP')).toEqual([]);
    const convo = await store.findConversation({ channel: 'sms', address: from });
    // Something that would text the tenant: a message from staff (reminders will use the same outbox).
    await app.engine.notify({ channel: 'sms', address: from }, 'Your appointment is tomorrow.', new Date());
    expect((await app.outbox(from)).map((l) => l.body)).not.toContain('Your appointment is tomorrow.');
    expect((await store.outbound({ recipient: from })).at(-1)).toMatchObject({ status: 'suppressed' });
    const back = await say(from, 'START');
    expect(back.join('\n')).toMatch(/You will get texts from NPH again/);
    await app.engine.notify({ channel: 'sms', address: from }, 'Your appointment is on Friday.', new Date());
    expect((await app.outbox(from)).map((l) => l.body)).toContain('Your appointment is on Friday.');
    expect(convo).not.toBeNull();
  });

  it('replies to HELP with the landlord contact details', async () => {
    const replies = await say(number(), 'HELP');
    expect(replies.join('\n')).toMatch(/0300 330 7003/);
  });

  it('gives every kind of awkward message a polite reply and a 200', async () => {
    const from = number();
    for (const body of ['', 'a'.repeat(1600), '😡😡😡 no hot water 🔥', 'ok']) {
      const replies = await say(from, body, { SmsStatus: 'received', ApiVersion: '2010-04-01', SomethingNew: 'x' });
      expect(replies.length).toBeGreaterThan(0);
      for (const r of replies) expect(r).not.toMatch(/error|exception|undefined|null/i);
    }
  });

  it('keeps a photo sent by MMS with the case', async () => {
    const from = number();
    await say(from, 'there is water coming through my bathroom ceiling light');
    const media = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1';
    const replies = await say(from, '', { NumMedia: '1', MediaUrl0: media, MediaContentType0: 'image/jpeg' });
    expect(replies.join('\n')).toMatch(/photo/i);
    const convo = await store.findConversation({ channel: 'sms', address: from });
    const [found] = await store.cases(convo!.id);
    expect(found!.media).toEqual([media]);
  });

  it('records signed delivery reports and refuses forged ones', async () => {
    const from = number();
    await say(from, 'hi');
    const [sent] = await store.outbound({ recipient: from });
    expect(sent).toMatchObject({ status: 'sent' });
    const report = { MessageSid: sent!.providerId!, MessageStatus: 'delivered', AccountSid: `AC${'1'.repeat(32)}` };
    expect((await app.post('/sms/status', report, 'forged')).status).toBe(403);
    expect((await app.post('/sms/status', report)).status).toBe(204);
    expect((await store.outbound({ recipient: from }))[0]).toMatchObject({ status: 'delivered' });
    // A late "sent" never takes a message back from delivered.
    await app.post('/sms/status', { ...report, MessageStatus: 'sent' });
    expect((await store.outbound({ recipient: from }))[0]).toMatchObject({ status: 'delivered' });
  });

  it('opts a number out when a delivery report says 21610', async () => {
    const from = number();
    await say(from, 'hi');
    const [sent] = await store.outbound({ recipient: from });
    await app.post('/sms/status', { MessageSid: sent!.providerId!, MessageStatus: 'undelivered', ErrorCode: '21610' });
    expect(await store.isOptedOut({ channel: 'sms', address: from })).toBe(true);
  });

  it('serves health and readiness', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready', store: kind.name });
  });
});

describe('SMS webhook in local mode (no auth token)', () => {
  it('takes unsigned webhooks', async () => {
    const [pglite] = sqlStoreKinds();
    const store = await pglite!.open();
    const app = await startApp(store, { authToken: null });
    try {
      const res = await app.post('/sms', smsParams('+447700900999', 'hello'), null);
      expect(res.status).toBe(200);
      expect(await app.outbox('+447700900999')).not.toHaveLength(0);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
