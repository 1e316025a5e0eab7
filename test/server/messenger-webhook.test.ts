// Facebook Messenger over loopback, black box: Meta's webhook posted to /messenger, signed
// as Meta signs it, and replies read from a loopback stand-in of the Graph Send API. On
// PGlite and (when DATABASE_URL is set) PostgreSQL.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/channels/messenger.adapter.js';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { MESSENGER_PAGE_TOKEN, MESSENGER_SECRET, MESSENGER_VERIFY_TOKEN, startApp, type RunningApp } from '../support/http-app.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin.js';
import { consoleClient } from '../support/console-client.js';
import { hashPassword } from '../../src/staff/passwords.js';

/** Monday 23 November 2026, 10:00 in London: the office is open. */
const START = new Date('2026-11-23T10:00:00Z');
const HOUR = 3_600_000;

let n = 0;
const psid = () => `70000000${String(10_000 + (n += 1))}`;
let mid = 0;

/** One messaging event from a person to the page. */
const text = (from: string, words: string, id = `m_${(mid += 1)}`) => ({
  sender: { id: from },
  recipient: { id: 'page-1' },
  timestamp: 1,
  message: { mid: id, text: words },
});
const webhook = (...events: Record<string, unknown>[][]) => ({
  object: 'page',
  entry: events.map((messaging, i) => ({ id: 'page-1', time: i, messaging })),
});

describe.each(sqlStoreKinds())('Messenger on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let graph: GraphStandIn;
  let clock = START;

  beforeAll(async () => {
    store = await kind.open();
    graph = await startGraphStandIn();
    app = await startApp(store, { now: () => clock, messenger: { graphUrl: graph.url }, console: true });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await graph?.close();
    await store?.close();
  });

  /** Posts raw bytes to /messenger, signed over exactly those bytes unless told otherwise (null: unsigned). */
  async function deliver(body: unknown, signature?: string | null): Promise<Response> {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const sig = signature === undefined ? signBody(MESSENGER_SECRET, raw) : signature;
    if (sig !== null) headers['x-hub-signature-256'] = sig;
    return fetch(`${app.url}/messenger`, { method: 'POST', headers, body: raw });
  }

  /** What the page said to one person after `action`, as Graph received it. */
  async function replies(to: string, action: () => Promise<unknown>) {
    const before = graph.to(to).length;
    await action();
    await app.dispatcher.kick();
    return graph.to(to).slice(before);
  }

  const say = async (from: string, words: string) => {
    const sent = await replies(from, async () => expect((await deliver(webhook([text(from, words)]))).status).toBe(200));
    return sent.map((r) => r.body.message.text).join('\n');
  };

  it("answers Meta's subscribe handshake with the challenge, and refuses a wrong token", async () => {
    const ok = await fetch(`${app.url}/messenger?hub.mode=subscribe&hub.verify_token=${MESSENGER_VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(`${app.url}/messenger?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444`);
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('1158201444');
  });

  it('refuses forged and unsigned deliveries with 403 and keeps nothing of them', async () => {
    const who = psid();
    const body = JSON.stringify(webhook([text(who, 'my boiler is broken')]));
    const forged = await deliver(body, signBody('not-the-app-secret-at-all', body));
    expect(forged.status).toBe(403);
    // Signed, then changed by one character on the way.
    const tampered = await deliver(body.replace('boiler', 'Boiler'), signBody(MESSENGER_SECRET, body));
    expect(tampered.status).toBe(403);
    expect((await deliver(body, null)).status).toBe(403);
    await app.dispatcher.kick();
    expect(await store.findConversation({ channel: 'messenger', address: who })).toBeNull();
    expect(graph.to(who)).toEqual([]);
  });

  it('checks the signature over the bytes Meta sent, emoji and accents included', async () => {
    const who = psid();
    // Meta escapes non-ASCII characters in its JSON; re-serialising would change the bytes and break the signature.
    const raw = JSON.stringify(webhook([text(who, 'radiator in the café room leaking 😢')])).replace(
      /[\u0080-\uffff]/g,
      (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    const sent = await replies(who, async () => expect((await deliver(raw)).status).toBe(200));
    expect(sent.map((r) => r.body.message.text).join('\n')).toMatch(/radiator|heating/i);
    const transcript = await store.transcript((await store.findConversation({ channel: 'messenger', address: who }))!.id);
    expect(transcript[0]?.text).toBe('radiator in the café room leaking 😢');
  });

  it("takes a batch of entries, answers every person in order, and ignores the page's own echoes", async () => {
    const [a, b] = [psid(), psid()];
    const echo = {
      sender: { id: 'page-1' },
      recipient: { id: a },
      timestamp: 1,
      message: { mid: `m_${(mid += 1)}`, text: 'echo of our own reply', is_echo: true },
    };
    const receipt = { sender: { id: a }, recipient: { id: 'page-1' }, timestamp: 1, delivery: { mids: ['m_1'], watermark: 1 } };
    const res = await deliver(webhook([text(a, 'my kitchen tap is dripping'), echo, receipt], [text(b, 'the neighbours are playing loud music every night')]));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('EVENT_RECEIVED');
    await app.dispatcher.kick();
    expect(
      graph
        .to(a)
        .map((r) => r.body.message.text)
        .join('\n'),
    ).toMatch(/tap/i);
    expect(
      graph
        .to(b)
        .map((r) => r.body.message.text)
        .join('\n'),
    ).toMatch(/noise|music|anti-social/i);
    expect(graph.requests.filter((r) => r.body.recipient.id === 'page-1')).toEqual([]);
    const transcript = await store.transcript((await store.findConversation({ channel: 'messenger', address: a }))!.id);
    expect(transcript.filter((e) => e.direction === 'in').map((e) => e.text)).toEqual(['my kitchen tap is dripping']);
    // Every send carried the page token, to the configured Graph version.
    expect(graph.requests.every((r) => r.authorization === `Bearer ${MESSENGER_PAGE_TOKEN}` && r.path === '/v26.0/me/messages')).toBe(true);
  });

  it('answers a delivery Meta repeats once only', async () => {
    const who = psid();
    const event = text(who, 'there is mould in the bathroom', 'm_repeated_once');
    const first = await replies(who, () => deliver(webhook([event])));
    const again = await replies(who, async () => expect((await deliver(webhook([event]))).status).toBe(200));
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
  });

  it("greets on Get Started with the menu as quick replies within Meta's limits, numbered in the text too", async () => {
    const who = psid();
    const start = {
      sender: { id: who },
      recipient: { id: 'page-1' },
      timestamp: 5,
      postback: { mid: `m_${(mid += 1)}`, title: 'Get Started', payload: 'GET_STARTED' },
    };
    const [greeting] = await replies(who, () => deliver(webhook([start])));
    const quick = greeting!.body.message.quick_replies ?? [];
    expect(quick.length).toBeGreaterThanOrEqual(2);
    expect(quick.length).toBeLessThanOrEqual(13);
    for (const [i, q] of quick.entries()) {
      expect(q.title.length).toBeLessThanOrEqual(20);
      expect(greeting!.body.message.text).toMatch(new RegExp(`^${i + 1} `, 'm'));
      expect(q.payload).toBe(String(i + 1));
    }
    expect(greeting!.body.messaging_type).toBe('RESPONSE');
    // Pressing one sends its payload, read as the tenant typing the number.
    const pressed = { ...text(who, quick[0]!.title), message: { mid: `m_${(mid += 1)}`, text: quick[0]!.title, quick_reply: { payload: quick[0]!.payload } } };
    const [next] = await replies(who, () => deliver(webhook([pressed])));
    expect(next!.body.message.text).toMatch(/repair/i);
    expect(next!.body.message.text.length).toBeLessThan(2000);
  });

  it('lets staff reply on day 3 with the human agent tag, and not after 7 days', async () => {
    clock = START;
    const who = psid();
    await say(who, 'can i speak to a real person please');
    const handoff = (await store.handoffs()).find((h) => h.address === who)!;
    expect(handoff).toBeDefined();
    clock = new Date(START.getTime() + 3 * 24 * HOUR);
    const joined = await replies(who, async () => expect((await app.api('POST', `/api/handoffs/${handoff.id}/take`)).status).toBe(200));
    const answered = await replies(who, async () =>
      expect((await app.api('POST', `/api/handoffs/${handoff.id}/reply`, { text: 'Hello, this is Priya from the repairs team.' })).status).toBe(202),
    );
    for (const r of [...joined, ...answered]) expect(r.body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    expect(answered.map((r) => r.body.message.text)).toEqual(['Hello, this is Priya from the repairs team.']);

    clock = new Date(START.getTime() + 8 * 24 * HOUR);
    const late = await replies(who, () => app.api('POST', `/api/handoffs/${handoff.id}/reply`, { text: 'Are you still there?' }));
    expect(late).toEqual([]);
    const alerts = (await store.alerts({ since: clock })).filter((a) => a.clock === 'not-reached');
    expect(alerts).toEqual([expect.objectContaining({ clock: 'not-reached', label: expect.stringContaining('Are you still there?') })]);
    clock = START;
  });

  it('from the console too: a member of staff takes over on day 2 and replies, both with the human agent tag', async () => {
    clock = START;
    const who = psid();
    await say(who, 'i want to talk to a person');
    const conversationId = (await store.findConversation({ channel: 'messenger', address: who }))!.id;
    clock = new Date(START.getTime() + 2 * 24 * HOUR);
    await app.staff!.add(
      { email: `priya.${kind.name}@homes.example`, name: 'Priya Shah', role: 'agent', passwordHash: await hashPassword('priya-long-password-5') },
      clock,
    );
    const priya = consoleClient(app.url);
    expect((await priya.signIn(`priya.${kind.name}@homes.example`, 'priya-long-password-5')).status).toBe(303);
    await priya.get(`/console/conversations/${conversationId}`);
    const joined = await replies(who, async () =>
      expect((await priya.post(`/console/conversations/${conversationId}/take`, { _csrf: priya.csrf() })).status).toBe(303),
    );
    const answered = await replies(who, async () =>
      expect((await priya.post(`/console/conversations/${conversationId}/reply`, { _csrf: priya.csrf(), text: 'Hello, Priya here.' })).status).toBe(303),
    );
    expect(joined.map((r) => r.body.message.text)).toEqual(['Priya from our team has joined this conversation and will reply to you here.']);
    expect(answered.map((r) => r.body.message.text)).toEqual(['Hello, Priya here.']);
    for (const r of [...joined, ...answered]) expect(r.body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    clock = START;
  });

  /** A repair reported and a visit booked on Messenger, reminders by text agreed with the code texted to `mobile`; returns the case reference. */
  async function bookWithTexts(who: string, mobile: string): Promise<string> {
    await say(who, 'the bathroom extractor fan has stopped working');
    await say(who, 'no'); // no one vulnerable
    await say(who, 'skip'); // address
    await say(who, 'skip'); // name
    await say(who, '4'); // a visit
    const offer = await say(who, 'no');
    expect(offer).toMatch(/reminder by text message the day before your visit/);
    await say(who, 'yes');
    expect(await say(who, mobile.replace('+44', '0'))).toMatch(/6-digit code/);
    const code = /your code is (\d{6})/.exec((await app.outbox(mobile)).at(-1)?.body ?? '')?.[1];
    expect(await say(who, code!)).toMatch(/Reminders about your visit will go to/);
    return (await store.findConversation({ channel: 'messenger', address: who }))!.lastCase!;
  }

  it('sends a notice due after 24 hours by SMS to the number the person proved, not by Messenger', async () => {
    clock = START;
    const who = psid();
    const mobile = `+447700900${String(300 + n)}`;
    const reference = await bookWithTexts(who, mobile);
    clock = new Date(START.getTime() + 3 * 24 * HOUR);
    const res = await app.api('POST', `/api/cases/${reference}/delay`, { reason: 'the part is on order' });
    expect(res.status).toBe(202);
    const { sendAt } = (await res.json()) as { sendAt: string };
    clock = new Date(Math.max(clock.getTime(), new Date(sendAt).getTime()));
    const sent = await replies(who, () => app.scheduler.tick());
    expect(sent).toEqual([]);
    const texts = await app.outbox(mobile);
    expect(texts.at(-1)?.body).toMatch(/the part is on order/);
    const refused = (await store.outbound({ recipient: who })).at(-1)!;
    expect(refused).toMatchObject({ status: 'failed', errorCode: 'outside-window' });
    clock = START;
  });

  it('records a send Meta refuses as outside the window (code 10, subcode 2018278), tries it no more, and alerts staff', async () => {
    clock = START;
    const who = psid();
    await say(who, 'my front door lock is broken');
    graph.failNext(400, { code: 10, error_subcode: 2018278, message: 'This message is sent outside of allowed window.' });
    const sent = await replies(who, () => deliver(webhook([text(who, 'no')])));
    expect(sent).toHaveLength(1); // tried once, refused
    const refused = (await store.outbound({ recipient: who })).at(-1)!;
    expect(refused).toMatchObject({ status: 'failed', errorCode: 'graph-10/2018278', attempts: 1 });
    // Later rounds do not try it again.
    clock = new Date(START.getTime() + HOUR);
    expect(await replies(who, () => app.dispatcher.kick())).toEqual([]);
    const conversation = await store.findConversation({ channel: 'messenger', address: who });
    const reference = conversation!.lastCase!;
    expect((await store.alerts()).filter((a) => a.reference === reference)).toEqual([expect.objectContaining({ clock: 'not-reached', level: 'warning' })]);
    expect((await store.caseByReference(reference))?.flags).toContain('not-reached');
    clock = START;
  });

  it('tries again when Graph stops answering, and the message goes once it answers again', async () => {
    clock = START;
    const who = psid();
    graph.hangNext();
    const first = await replies(who, () => deliver(webhook([text(who, 'the bedroom window will not close')])));
    // Taken by Graph and never answered: given up after the sender's timeout, kept to try again.
    expect(first).toHaveLength(1);
    expect((await store.outbound({ recipient: who })).at(-1)).toMatchObject({ status: 'pending', errorCode: 'network', attempts: 1 });
    clock = new Date(START.getTime() + 60_000);
    const retried = await replies(who, () => app.dispatcher.kick());
    expect(retried.map((r) => r.body.message.text)).toEqual(first.map((r) => r.body.message.text));
    expect((await store.outbound({ recipient: who })).at(-1)).toMatchObject({ status: 'sent', attempts: 2 });
    clock = START;
  });

  it('refuses what is not a Messenger delivery: too large, compressed, another type, not JSON, not a page', async () => {
    const big = JSON.stringify({ object: 'page', entry: [], pad: 'x'.repeat(1_100_000) });
    expect((await deliver(big)).status).toBe(413);
    const gzip = await fetch(`${app.url}/messenger`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.from(JSON.stringify(webhook([])))),
    });
    expect(gzip.status).toBe(415);
    const form = await fetch(`${app.url}/messenger`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    expect(form.status).toBe(415);
    expect((await deliver('{"object": "page", "entry": [')).status).toBe(400);
    expect((await deliver({ object: 'instagram', entry: [] })).status).toBe(400);
    // Still serving.
    expect((await deliver(webhook([]))).status).toBe(200);
  });

  it('tries again after a passing Graph fault, and the message goes once', async () => {
    clock = START;
    const who = psid();
    graph.failNext(500, { code: 2, message: 'An unexpected error has occurred. Please retry your request later.', is_transient: true });
    const first = await replies(who, () => deliver(webhook([text(who, 'the hallway light is not working')])));
    expect(first).toHaveLength(1);
    expect((await store.outbound({ recipient: who })).at(-1)).toMatchObject({ status: 'pending', errorCode: 'graph-2', attempts: 1 });
    clock = new Date(START.getTime() + 60_000);
    const retried = await replies(who, () => app.dispatcher.kick());
    expect(retried.map((r) => r.body.message.text)).toEqual(first.map((r) => r.body.message.text));
    expect((await store.outbound({ recipient: who })).at(-1)).toMatchObject({ status: 'sent', attempts: 2 });
    clock = START;
  });
});
