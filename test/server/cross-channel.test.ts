// One tenant across channels, black box over loopback: a repair reported on Messenger (the
// Graph stand-in takes the replies), the chat linked to the tenancy by the code texted to
// its number (read from the local SMS outbox), then "any news?" by SMS and by web chat
// (POST /api/messages, replies at a loopback serviceUrl) names the same case.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/channels/messenger.adapter.js';
import type { Store } from '../../src/store/store.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin.js';
import { MESSENGER_SECRET, smsParams, startApp, type RunningApp } from '../support/http-app.js';
import { sqlStoreKinds } from '../support/stores.js';

const START = new Date('2026-11-23T10:00:00Z');
const MOBILE = '+447700900611';

/** The web chat channel's side: takes the bot's replies at a loopback serviceUrl. */
async function channelServer(): Promise<{ url: string; texts: string[]; close(): Promise<void> }> {
  const texts: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const activity = JSON.parse(body || '{}') as { text?: string };
      if (activity.text) texts.push(activity.text);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${texts.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, texts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe.each(sqlStoreKinds())('one tenant across channels on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let graph: GraphStandIn;
  let web: Awaited<ReturnType<typeof channelServer>>;
  let clock = START;
  let n = 0;

  beforeAll(async () => {
    store = await kind.open();
    await store.upsertTenant(
      { tenancyRef: 'X-1', name: 'Ruth Ellis', addressLine: '4 Mill Lane', postcode: 'NN1 2AB', vulnerabilities: [], phones: [MOBILE] },
      START,
    );
    graph = await startGraphStandIn();
    web = await channelServer();
    app = await startApp(store, { now: () => clock, messenger: { graphUrl: graph.url }, webChat: true });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await web?.close();
    await graph?.close();
    await store?.close();
  });

  const tick = () => (clock = new Date(clock.getTime() + 60_000));

  async function messenger(text: string): Promise<string> {
    tick();
    const before = graph.to('7100').length;
    const raw = JSON.stringify({
      object: 'page',
      entry: [
        {
          id: 'page-1',
          time: 1,
          messaging: [{ sender: { id: '7100' }, recipient: { id: 'page-1' }, timestamp: 1, message: { mid: `m-x-${(n += 1)}`, text } }],
        },
      ],
    });
    const res = await fetch(`${app.url}/messenger`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(MESSENGER_SECRET, raw) },
      body: raw,
    });
    expect(res.status).toBe(200);
    await app.dispatcher.kick();
    return graph
      .to('7100')
      .slice(before)
      .map((r) => r.body.message.text)
      .join('\n');
  }

  async function sms(text: string): Promise<string> {
    tick();
    const before = (await app.outbox(MOBILE)).length;
    expect((await app.post('/sms', smsParams(MOBILE, text))).status).toBe(200);
    return (await app.outbox(MOBILE))
      .slice(before)
      .map((l) => l.body)
      .join('\n');
  }

  async function webChat(text: string): Promise<string> {
    tick();
    const before = web.texts.length;
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `act-${(n += 1)}`,
        channelId: 'emulator',
        serviceUrl: web.url,
        conversation: { id: 'web-conversation-1' },
        from: { id: 'visitor', role: 'user' },
        recipient: { id: 'doorstep-bot', role: 'bot' },
        text,
      }),
    });
    expect(res.status).toBe(200);
    await app.dispatcher.kick();
    return web.texts.slice(before).join('\n');
  }

  const code = async () => /your code is (\d{6})/.exec((await app.outbox(MOBILE)).at(-1)?.body ?? '')?.[1] ?? '';

  it('reports on Messenger, links with the texted code, and hears of the same case by SMS and web chat', async () => {
    expect(await messenger('the bathroom extractor fan has stopped working')).toMatch(/extractor|fan/i);
    for (const answer of ['no', 'skip', 'skip', '1', 'no', 'no']) await messenger(answer);
    const reference = (await store.findConversation({ channel: 'messenger', address: '7100' }))!.lastCase!;
    expect(await messenger('any news on my repair?')).toMatch(/reply LINK/);
    expect(await messenger('link')).toMatch(/mobile number we have for you/);
    expect(await messenger('07700 900611')).toMatch(/sent a 6-digit code/);
    expect(await messenger(await code())).toMatch(/now linked to your tenancy/);

    expect(await sms('any news on my repair?')).toContain(`repair ${reference}`);

    expect(await webChat('hi, any update on my repair?')).toMatch(/link it to your tenancy/);
    expect(await webChat('07700900611')).toMatch(/sent a 6-digit code/);
    expect(await webChat(await code())).toMatch(/now linked/);
    expect(await webChat('when are you coming?')).toContain(`repair ${reference}`);
  });
});
