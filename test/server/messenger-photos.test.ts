// Photos sent on Messenger, black box: the attachment link comes in the webhook, the photo
// is fetched after the turn from the stand-in of Meta's CDN, checked to be an image by its
// bytes, kept as a file with a name of our own, and listed and served to staff with the
// API key only. A non-image is refused; a link to any other host is never fetched.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from '../support/images.js';
import { signBody } from '../../src/channels/messenger.adapter.js';
import type { Store } from '../../src/store/store.js';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin.js';
import { MESSENGER_SECRET, startApp, type RunningApp } from '../support/http-app.js';
import { sqlStoreKinds } from '../support/stores.js';

describe.each(sqlStoreKinds())('photos on Messenger on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let graph: GraphStandIn;
  let n = 0;

  beforeAll(async () => {
    store = await kind.open();
    graph = await startGraphStandIn();
    app = await startApp(store, { messenger: { graphUrl: graph.url } });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await graph?.close();
    await store?.close();
  });

  async function send(psid: string, text: string | null, images: string[] = [], type = 'image'): Promise<void> {
    const message: Record<string, unknown> = { mid: `m-photo-${(n += 1)}`, ...(text ? { text } : {}) };
    if (images.length > 0) message.attachments = images.map((url) => ({ type, payload: { url } }));
    const raw = JSON.stringify({
      object: 'page',
      entry: [{ id: 'p', time: 1, messaging: [{ sender: { id: psid }, recipient: { id: 'p' }, timestamp: 1, message }] }],
    });
    const res = await fetch(`${app.url}/messenger`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(MESSENGER_SECRET, raw) },
      body: raw,
    });
    expect(res.status).toBe(200);
  }

  const listed = async (reference: string) =>
    (
      (await (await app.api('GET', `/api/cases/${reference}/photos`)).json()) as {
        photos: { id: number; status: string; url?: string; contentType: string; error?: string }[];
      }
    ).photos;

  it('keeps a photo sent with a report, and serves it to staff with the key only', async () => {
    const psid = `81000${n}`;
    const path = `/cdn/leak-${n}.jpg?token=abc`;
    const link = graph.serve(path, PNG, 'image/jpeg');
    await send(psid, 'water coming through the kitchen ceiling', [link]);
    const reference = (await store.findConversation({ channel: 'messenger', address: psid }))!.lastCase!;
    await app.photoFetcher.kick();
    const [photo] = await listed(reference);
    // What the bytes are decides, not what the link or the server said.
    expect(photo).toMatchObject({ status: 'stored', contentType: 'image/png', url: `/api/photos/${photo!.id}` });
    const served = await app.api('GET', photo!.url!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await app.api('GET', photo!.url!, undefined, null)).status).toBe(401);
    expect((await app.api('GET', `/api/cases/${reference}/photos`, undefined, 'wrong-key-0123456789')).status).toBe(401);
    // Named by us, not by the link.
    expect(readdirSync(app.photoFiles.dir).filter((f) => f.includes('leak'))).toEqual([]);
    // Fetching again does not fetch the photo twice.
    await app.photoFetcher.kick();
    expect(graph.fetched.get(path)).toBe(1);
  });

  it('keeps a photo sent on its own with the report it follows', async () => {
    const psid = `82000${n}`;
    await send(psid, 'my bedroom window is cracked');
    const reference = (await store.findConversation({ channel: 'messenger', address: psid }))!.lastCase!;
    await send(psid, null, [graph.serve(`/cdn/window-${n}.png`, PNG, 'image/png')]);
    await app.photoFetcher.kick();
    expect((await listed(reference)).map((p) => p.status)).toEqual(['stored']);
  });

  it('refuses what is not an image, and never fetches from another host', async () => {
    const psid = `83000${n}`;
    const page = graph.serve(`/cdn/not-a-photo-${n}.jpg`, Buffer.from('<html><script>alert(1)</script></html>'), 'image/jpeg');
    await send(psid, 'the front door lock is broken', [page, 'https://photos.example.org/x.jpg']);
    const reference = (await store.findConversation({ channel: 'messenger', address: psid }))!.lastCase!;
    await app.photoFetcher.kick();
    const photos = await listed(reference);
    expect(photos.map((p) => [p.status, p.error])).toEqual([
      ['refused', 'not an image'],
      ['refused', 'host not trusted'],
    ]);
    expect((await app.api('GET', `/api/photos/${photos[0]!.id}`)).status).toBe(404);
  });

  it('answers a video or voice message with no words by asking for words, and keeps nothing', async () => {
    const psid = `84000${n}`;
    await send(psid, 'the extractor fan in the bathroom has stopped');
    const reference = (await store.findConversation({ channel: 'messenger', address: psid }))!.lastCase!;
    await app.dispatcher.kick();
    await expect.poll(() => graph.to(psid).length).toBeGreaterThan(0);
    const before = graph.to(psid).length;
    await send(psid, null, [graph.serve(`/cdn/clip-${n}.mp4`, Buffer.from('not really a video'), 'video/mp4')], 'video');
    await app.dispatcher.kick();
    await expect.poll(() => graph.to(psid).length).toBeGreaterThan(before);
    const answer = graph
      .to(psid)
      .slice(before)
      .map((r) => r.body.message.text)
      .join('\n');
    expect(answer).toMatch(
      /^Sorry, I can only read words and photos, not videos, voice messages or files\. Please (?:tell us|answer our last question) in words/,
    );
    await app.photoFetcher.kick();
    expect(await listed(reference)).toEqual([]);
  });
});
