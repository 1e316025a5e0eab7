// POST /api/messages as the Bot Framework Emulator uses it: an activity with a loopback
// serviceUrl is answered at that serviceUrl, through botbuilder, with the answers offered
// as suggested actions; a retried activity is answered once. With no app id, traffic from
// elsewhere and replies aimed at other hosts are refused; with an app id set, an activity
// without a valid Bot Framework token gets 401 and nothing is stored.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { startApp, type RunningApp } from '../support/http-app.js';

interface Received {
  path: string;
  activity: { type: string; text?: string; suggestedActions?: { actions: { title: string }[] }; conversation?: { id: string } };
}

/** The channel's side: a loopback server that takes the bot's replies, as the Emulator does. */
async function channelServer(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', activity: JSON.parse(body || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let ids = 0;
function activity(serviceUrl: string, conversationId: string, text: string, id = `act-${(ids += 1)}`) {
  return {
    type: 'message',
    id,
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversationId },
    from: { id: 'tenant-1', name: 'Tenant', role: 'user' },
    recipient: { id: 'doorstep-bot', name: 'Doorstep', role: 'bot' },
    text,
    timestamp: new Date().toISOString(),
  };
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe.each(sqlStoreKinds())('POST /api/messages on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let channel: Awaited<ReturnType<typeof channelServer>>;

  beforeAll(async () => {
    store = await kind.open();
    app = await startApp(store, { webChat: true });
    channel = await channelServer();
  }, 120_000);
  afterAll(async () => {
    await channel?.close();
    await app?.close();
    await store?.close();
  });

  it('answers an Emulator activity at its serviceUrl, with buttons, and answers a retry once', async () => {
    const first = activity(channel.url, 'emu-conv-1', 'water is coming through my ceiling from the flat above');
    expect((await post(app.url, first)).status).toBe(200);
    await until(() => channel.received.length >= 1);
    const reply = channel.received[0]!;
    expect(reply.path).toMatch(/^\/v3\/conversations\/emu-conv-1\/activities/);
    expect(reply.activity.type).toBe('message');
    expect(reply.activity.text).toMatch(/water coming through the ceiling/i);
    // The menu is a list in the text (typed numbers work) and a button for each option.
    expect(reply.activity.text).toContain('1. Kitchen');
    expect(reply.activity.suggestedActions?.actions.map((a) => a.title)).toContain('Kitchen');

    expect((await post(app.url, first)).status).toBe(200);
    await app.dispatcher.kick();
    await new Promise((r) => setTimeout(r, 200));
    expect(channel.received).toHaveLength(1);
  });

  it('greets a visitor who joins (a conversationUpdate), once', async () => {
    const join = {
      ...activity(channel.url, 'emu-conv-join', ''),
      type: 'conversationUpdate',
      membersAdded: [{ id: 'tenant-1', name: 'Tenant' }],
    };
    const before = channel.received.length;
    expect((await post(app.url, join)).status).toBe(200);
    expect((await post(app.url, { ...join, id: 'another-join' })).status).toBe(200);
    await until(() => channel.received.length >= before + 1);
    await app.dispatcher.kick();
    await new Promise((r) => setTimeout(r, 200));
    const greetings = channel.received.slice(before);
    expect(greetings).toHaveLength(1);
    expect(greetings[0]!.activity.text).toMatch(/^Hello, this is the NPH assistant/);
  });

  it('refuses a reply address on another host, and stores nothing', async () => {
    const res = await post(app.url, activity('https://attacker.example', 'emu-conv-2', 'hello'));
    expect(res.status).toBe(400);
    expect(await store.findConversation({ channel: 'web', address: 'emu-conv-2' })).toBeNull();
  });

  it('refuses traffic passed on by a proxy when no app id is set (it could be anyone)', async () => {
    const res = await post(app.url, activity(channel.url, 'emu-conv-3', 'hello'), { 'x-forwarded-for': '203.0.113.9' });
    expect(res.status).toBe(403);
    expect(await store.findConversation({ channel: 'web', address: 'emu-conv-3' })).toBeNull();
  });

  it('answers a body that is not an activity with 400, not a crash', async () => {
    expect((await post(app.url, { hello: 'world' })).status).toBe(400);
    expect((await post(app.url, [1, 2, 3])).status).toBe(400);
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(res.status).toBe(400);
  });
});

describe.each(sqlStoreKinds())('POST /api/messages with an app id set, on $name', (kind) => {
  let store: Store;
  let app: RunningApp;

  beforeAll(async () => {
    store = await kind.open();
    app = await startApp(store, {
      webChat: { appId: '11111111-2222-3333-4444-555555555555', password: 'not-a-real-secret', tenantId: null, appType: 'MultiTenant' },
    });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('gives an activity with no token, or a made-up one, 401 and stores nothing', async () => {
    const body = activity('https://smba.trafficmanager.net/uk/', 'azure-conv-1', 'my boiler is broken');
    expect((await post(app.url, body)).status).toBe(401);
    expect((await post(app.url, body, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' })).status).toBe(401);
    expect(await store.findConversation({ channel: 'web', address: 'azure-conv-1' })).toBeNull();
  });

  it('has no built-in Direct Line or chat page: Azure provides them', async () => {
    expect((await fetch(`${app.url}/chat`)).status).toBe(404);
    expect((await fetch(`${app.url}/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
