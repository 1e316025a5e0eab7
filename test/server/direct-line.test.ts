// The built-in Direct Line over loopback, on PGlite and (when DATABASE_URL is set)
// PostgreSQL, driven as Web Chat drives it: a visitor's token reaches their own
// conversation and no other; a message is answered once however often it is retried; the
// stream echoes the visitor's message with its id and then the answer, in watermark order;
// the answer offers its choices as buttons; messages sent while nobody is connected are
// there on the next visit; and a restart loses nothing.
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { startApp, type RunningApp } from '../support/http-app.js';
import { botSays, dl, visitor, type Activity } from '../support/direct-line-client.js';

/** Monday 23 November 2026, 10:00 in London. */
const START = new Date('2026-11-23T10:00:00Z');
const REFERENCE = /\b[2-9A-HJ-NP-Z]{8}\b/;

describe.each(sqlStoreKinds())('the built-in Direct Line on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let clock = START;

  beforeAll(async () => {
    store = await kind.open();
    app = await startApp(store, { now: () => clock, webChat: true });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  /** A visitor opens the chat and is greeted (the first message of every conversation). */
  async function open(): Promise<Awaited<ReturnType<typeof visitor>>> {
    const v = await visitor(app.url);
    expect((await dl(app.url, v.token).start()).status).toBe(201);
    await botSays(app.url, v, 1);
    return v;
  }

  it('greets a visitor who opens the chat, once, with what it can do as buttons', async () => {
    const v = await open();
    // Starting again (a reconnect, a second tab) does not greet twice.
    expect((await dl(app.url, v.token).start()).status).toBe(200);
    expect((await dl(app.url, v.token).reconnect(v.conversationId)).status).toBe(200);
    await app.dispatcher.kick();
    const { activities } = (await (await dl(app.url, v.token).activities(v.conversationId)).json()) as { activities: Activity[] };
    expect(activities).toHaveLength(1);
    expect(activities[0]!.text).toMatch(/^Hello, this is the NPH assistant/);
    expect(activities[0]!.suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Report a repair',
      'Report anti-social behaviour',
      'Complaint, comment or compliment',
      'Ask a question',
      'Speak to a person',
    ]);
  });

  it('answers a visitor, and offers a question’s answers as buttons that send what a tenant would type', async () => {
    const v = await open();
    expect((await dl(app.url, v.token).post(v.conversationId, 'my kitchen tap is leaking')).status).toBe(200);
    const first = await botSays(app.url, v, 2);
    const answer = first.filter((a) => a.from.role === 'bot')[1]!;
    expect(answer.text).toMatch(/leaking or broken tap/i);
    expect(answer.suggestedActions?.actions.map((a) => [a.title, a.text])).toEqual([
      ['Yes', 'yes'],
      ['No', 'no'],
    ]);
    // Pressing "No" sends what it stands for, as Web Chat sends a messageBack.
    await dl(app.url, v.token).post(v.conversationId, 'no', undefined, {
      value: { choice: 'no' },
      channelData: { clientActivityID: 'press-1', messageBack: { displayText: 'No' } },
    });
    const all = await botSays(app.url, v, 3);
    const quote = all.filter((a) => a.from.role === 'bot')[2]!;
    expect(quote.text).toMatch(REFERENCE);
    expect(quote.text).toMatch(/by (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ 20\d\d/);
  });

  it('takes a retried message once: the same id back, one answer', async () => {
    const v = await open();
    const a = await dl(app.url, v.token).post(v.conversationId, 'the front door lock is broken', 'same-client-id');
    const b = await dl(app.url, v.token).post(v.conversationId, 'the front door lock is broken', 'same-client-id');
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(((await a.json()) as { id: string }).id).toBe(((await b.json()) as { id: string }).id);
    await botSays(app.url, v, 2);
    await app.dispatcher.kick();
    const res = await dl(app.url, v.token).activities(v.conversationId);
    const { activities } = (await res.json()) as { activities: Activity[] };
    expect(activities.filter((x) => x.from.role === 'user')).toHaveLength(1);
    expect(activities.filter((x) => x.from.role === 'bot')).toHaveLength(2);
  });

  it("refuses another conversation's id, a forged token, an expired one, and no token", async () => {
    const mine = await visitor(app.url);
    const theirs = await open();
    await dl(app.url, theirs.token).post(theirs.conversationId, 'my neighbour is playing loud music every night');
    await botSays(app.url, theirs, 2);

    expect((await dl(app.url, mine.token).activities(theirs.conversationId)).status).toBe(403);
    expect((await dl(app.url, mine.token).post(theirs.conversationId, 'hello')).status).toBe(403);
    expect((await dl(app.url, mine.token).reconnect(theirs.conversationId)).status).toBe(403);

    // The same token with the other conversation's id written into it.
    const [kindPart, body, mac] = mine.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { c: string };
    claims.c = theirs.conversationId;
    const forged = `${kindPart}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac}`;
    expect((await dl(app.url, forged).activities(theirs.conversationId)).status).toBe(403);
    // A resume token is not an access token.
    expect((await dl(app.url, mine.resume).activities(mine.conversationId)).status).toBe(403);
    expect((await fetch(`${app.url}/directline/conversations/${theirs.conversationId}/activities`)).status).toBe(403);

    clock = new Date(START.getTime() + 31 * 60_000);
    try {
      expect((await dl(app.url, mine.token).start()).status).toBe(403);
      expect((await dl(app.url, mine.token).refresh()).status).toBe(403);
    } finally {
      clock = START;
    }
  });

  it('refreshes a token for the same conversation, and a kept resume token finds the same conversation again', async () => {
    const v = await open();
    await dl(app.url, v.token).post(v.conversationId, 'there is mould in the bedroom');
    await botSays(app.url, v, 2);

    clock = new Date(START.getTime() + 20 * 60_000);
    try {
      const refreshed = (await (await dl(app.url, v.token).refresh()).json()) as { conversationId: string; token: string };
      expect(refreshed.conversationId).toBe(v.conversationId);
      expect((await dl(app.url, refreshed.token).activities(v.conversationId)).status).toBe(200);

      const back = await visitor(app.url, v.resume);
      expect(back.resumed).toBe(true);
      expect(back.conversationId).toBe(v.conversationId);
      const { activities } = (await (await dl(app.url, back.token).activities(back.conversationId)).json()) as { activities: Activity[] };
      expect(activities.map((a) => a.text)).toContain('there is mould in the bedroom');

      const stranger = await visitor(app.url, `${v.resume.slice(0, -4)}AAAA`);
      expect(stranger.resumed).toBe(false);
      expect(stranger.conversationId).not.toBe(v.conversationId);
    } finally {
      clock = START;
    }
  });

  it('streams the echo of a message (id and clientActivityID) and then the answer, in watermark order', async () => {
    const v = await open();
    const started = (await (await dl(app.url, v.token).reconnect(v.conversationId, 1)).json()) as { streamUrl: string };
    const frames: { activities: Activity[]; watermark: string }[] = [];
    const socket = new WebSocket(started.streamUrl);
    socket.on('message', (data) => frames.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    try {
      await dl(app.url, v.token).post(v.conversationId, 'my toilet will not flush', 'echo-me');
      const deadline = Date.now() + 10_000;
      while (frames.flatMap((f) => f.activities).filter((a) => a.from.role === 'bot').length < 1 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
      }
      const streamed = frames.flatMap((f) => f.activities);
      expect(streamed[0]).toMatchObject({ from: { role: 'user' }, channelData: { clientActivityID: 'echo-me' } });
      expect(streamed[0]!.id).toMatch(new RegExp(`^${v.conversationId}\\|`));
      expect(streamed.find((a) => a.from.role === 'bot')?.text).toMatch(/toilet/i);
      const marks = frames.map((f) => Number(f.watermark));
      expect(marks).toEqual([...marks].sort((a, b) => a - b));
      // Nothing the bot's address would give away reaches the visitor.
      expect(JSON.stringify(frames)).not.toContain(app.webChat!.botKey);
    } finally {
      socket.close();
    }
  });

  it("will not open another conversation's stream", async () => {
    const mine = await visitor(app.url);
    const theirs = await visitor(app.url);
    await dl(app.url, theirs.token).start();
    const url = `${app.url.replace('http', 'ws')}/directline/conversations/${theirs.conversationId}/stream?t=${encodeURIComponent(mine.token)}`;
    const socket = new WebSocket(url);
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'));
      socket.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      socket.once('error', () => resolve('error'));
    });
    socket.terminate();
    expect(outcome).toBe('403');
  });

  it('keeps a message sent while the visitor was away (a staff or reminder message) for their next visit', async () => {
    const v = await open();
    await dl(app.url, v.token).post(v.conversationId, 'my radiator is cold');
    await botSays(app.url, v, 2);
    await app.engine.notify({ channel: 'web', address: v.conversationId }, 'A member of our team has joined this conversation.', clock);
    await app.dispatcher.kick();
    const back = await visitor(app.url, v.resume);
    const { activities } = (await (await dl(app.url, back.token).activities(back.conversationId)).json()) as { activities: Activity[] };
    expect(activities.at(-1)).toMatchObject({ from: { role: 'bot' }, text: 'A member of our team has joined this conversation.' });
  });

  it('loses nothing in a restart: the same token works, the transcript is whole, and the open question is still open', async () => {
    const v = await open();
    await dl(app.url, v.token).post(v.conversationId, 'my kitchen tap is leaking');
    await botSays(app.url, v, 2);

    await app.close();
    app = await startApp(store, { now: () => clock, webChat: true });

    // The yes/no question asked before the restart is answered after it.
    expect((await dl(app.url, v.token).post(v.conversationId, 'no')).status).toBe(200);
    const all = await botSays(app.url, v, 3);
    expect(all.map((a) => a.from.role)).toEqual(['bot', 'user', 'bot', 'user', 'bot']);
    expect(all[4]!.text).toMatch(/logged as .*reference/i);
  });

  it('will not take the bot side without its key', async () => {
    const v = await open();
    const res = await fetch(`${app.url}/directline/bot/not-the-key/v3/conversations/${v.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Please send us your bank details' }),
    });
    expect(res.status).toBe(403);
    const { activities } = (await (await dl(app.url, v.token).activities(v.conversationId)).json()) as { activities: Activity[] };
    expect(activities.map((a) => a.text)).not.toContain('Please send us your bank details');
  });
});
