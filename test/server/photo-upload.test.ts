// Photos from SMS tenants, black box: a repair quoted by text carries a one-time link; the
// page it opens takes photos once, keeps them with that case (listed and served to staff),
// and refuses a reused, expired or forged link and a file that is not an image, storing
// nothing. On PGlite and (when DATABASE_URL is set) PostgreSQL, with a clock moved by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from '../support/images.js';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { smsParams, startApp, type RunningApp } from '../support/http-app.js';

/** Monday 23 November 2026, 10:00 in London. */
const START = new Date('2026-11-23T10:00:00Z');

let n = 0;
const number = () => `+4477009${String(70000 + (n += 1))}`;

describe.each(sqlStoreKinds())('photo upload links on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let clock = START;

  beforeAll(async () => {
    store = await kind.open();
    app = await startApp(store, { now: () => clock, uploads: true });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  /** Reports a repair by text, answering what is asked, until the quote comes; its reference and the link in it. */
  async function reportRepair(): Promise<{ from: string; reference: string; link: string; texts: string }> {
    const from = number();
    let sent = 0;
    const say = async (body: string) => {
      expect((await app.post('/sms', smsParams(from, body))).status).toBe(200);
      const all = await app.outbox(from);
      const fresh = all.slice(sent).map((l) => l.body);
      sent = all.length;
      return fresh.join('\n');
    };
    let texts = await say('the bathroom sink tap is dripping');
    for (let turn = 0; turn < 5 && !/logged as/.test(texts); turn += 1) texts = await say(/YES or NO/i.test(texts) ? 'no' : 'bathroom');
    const reference = /reference ([A-Z0-9]{8})\b/.exec(texts)?.[1];
    const link = /open (http:\/\/127\.0\.0\.1:\d+\/p\/\S+) \(/.exec(texts)?.[1];
    expect(reference, texts).toBeDefined();
    expect(link, texts).toBeDefined();
    return { from, reference: reference!, link: link!, texts };
  }

  function upload(link: string, files: { bytes: Buffer; name: string; type: string }[]): Promise<Response> {
    const form = new FormData();
    for (const f of files) form.append('photos', new Blob([f.bytes], { type: f.type }), f.name);
    return fetch(link, { method: 'POST', body: form });
  }

  const listed = async (reference: string) =>
    ((await (await app.api('GET', `/api/cases/${reference}/photos`)).json()) as { photos: { id: number; status: string; url?: string; contentType: string }[] })
      .photos;

  it('quotes a repair by text with a link whose page takes a photo once and keeps it with that case', async () => {
    const { reference, link, texts } = await reportRepair();
    // The link comes after the quote; the question the turn asks stays last.
    expect(texts.indexOf('A photo helps')).toBeGreaterThan(texts.indexOf('logged as'));
    expect(texts.trim().split('\n').at(-1)).not.toContain('A photo helps');

    const form = await fetch(link);
    expect(form.status).toBe(200);
    expect(form.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await form.text();
    expect(html).toContain(reference);
    expect(html).toContain('enctype="multipart/form-data"');

    const sent = await upload(link, [{ bytes: PNG, name: 'IMG_0001.png', type: 'image/png' }]);
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain('Thank you, we have your photo');

    const photos = await listed(reference);
    expect(photos).toMatchObject([{ status: 'stored', contentType: 'image/png' }]);
    const served = await app.api('GET', photos[0]!.url!);
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);

    // Spent: the page and a second upload are refused, and nothing more is kept.
    expect((await fetch(link)).status).toBe(410);
    const again = await upload(link, [{ bytes: PNG, name: 'again.png', type: 'image/png' }]);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('already been used');
    expect(await listed(reference)).toHaveLength(1);
  });

  it('refuses a file that is not an image, whatever it is called, and the link still works after', async () => {
    const { reference, link } = await reportRepair();
    const fake = await upload(link, [{ bytes: Buffer.from('<script>alert(1)</script>'), name: 'photo.jpg', type: 'image/jpeg' }]);
    expect(fake.status).toBe(415);
    expect(await fake.text()).toContain('That file is not a photo');
    expect(await listed(reference)).toEqual([]);
    // Four photos are more than one link takes.
    const many = await upload(
      link,
      [1, 2, 3, 4].map((i) => ({ bytes: PNG, name: `p${i}.png`, type: 'image/png' })),
    );
    expect(many.status).toBe(413);
    expect(await listed(reference)).toEqual([]);

    const two = await upload(link, [
      { bytes: PNG, name: 'a.png', type: 'image/png' },
      { bytes: PNG, name: 'b.png', type: 'image/png' },
    ]);
    expect(two.status).toBe(200);
    expect(await two.text()).toContain('your 2 photos');
    expect(await listed(reference)).toHaveLength(2);
  });

  it('refuses forged and altered links, storing nothing', async () => {
    const { reference, link } = await reportRepair();
    const [id, expires, sig] = link.split('/p/')[1]!.split('.') as [string, string, string];
    const base = link.split('/p/')[0]!;
    const flip = (s: string) => (s[0] === 'A' ? `B${s.slice(1)}` : `A${s.slice(1)}`);
    const forged = [
      `${base}/p/${flip(id)}.${expires}.${sig}`,
      // A later expiry, with the signature of the earlier one.
      `${base}/p/${id}.${(Number.parseInt(expires, 36) + 86_400 * 30).toString(36)}.${sig}`,
      `${base}/p/${id}.${expires}.${flip(sig)}`,
      `${base}/p/${id}`,
    ];
    for (const url of forged) {
      expect((await fetch(url)).status, url).toBe(404);
      expect((await upload(url, [{ bytes: PNG, name: 'x.png', type: 'image/png' }])).status, url).toBe(404);
    }
    expect(await listed(reference)).toEqual([]);
    // The real one was not spent by any of that.
    expect((await fetch(link)).status).toBe(200);
  });

  it('refuses a link after its week is up', async () => {
    const { reference, link } = await reportRepair();
    clock = new Date(clock.getTime() + 8 * 86_400_000);
    try {
      const page = await fetch(link);
      expect(page.status).toBe(410);
      expect(await page.text()).toContain('This link has expired');
      expect((await upload(link, [{ bytes: PNG, name: 'late.png', type: 'image/png' }])).status).toBe(410);
      expect(await listed(reference)).toEqual([]);
    } finally {
      clock = START;
    }
  });
});
