// The photo upload page as a tenant uses it, in a real Chromium on a phone-sized screen
// against the real server (`npm start` in a child process): a repair reported by text is
// quoted with a link; the page it opens names the repair, takes a photo chosen with the
// file picker, says thank you, and the photo is with the case for staff. Opened again, the
// link says it has been used. Nothing is fetched from anywhere but our own server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from '../support/images.js';
import { offOrigin, openBrowser, type OpenBrowser } from '../support/browser.js';
import { linesTo, messageSid, spawnServer, stopAllServers, waitForOutbox, type ServerProcess } from '../support/server-process.js';

const STEP = { timeout: 120_000 };
const API_KEY = 'browser-test-api-key-0123456789';
const TENANT = '+447700900456';

let server: ServerProcess;
let dataDir: string;
let phone: OpenBrowser;
let reference = '';
let link = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'doorstep-upload-'));
  server = await spawnServer({ dataDir, env: { API_KEY } });
  await server.waitReady(90_000);
  phone = await openBrowser({ viewport: { width: 360, height: 740 } });
}, 120_000);

afterAll(async () => {
  await phone?.close();
  await stopAllServers();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

/** Texts the server as the tenant and returns the texts it sent back. */
async function text(body: string): Promise<string> {
  const before = linesTo(await waitForOutbox(server.outboxPath, () => true, 1_000).catch(() => []), TENANT).length;
  const res = await server.postSms({ From: TENANT, Body: body, MessageSid: messageSid() });
  expect(res.status).toBe(200);
  await waitForOutbox(server.outboxPath, (all) => linesTo(all, TENANT).length > before);
  // A turn's answer may be two texts: the rest follows within moments.
  await new Promise((r) => setTimeout(r, 700));
  const lines = await waitForOutbox(server.outboxPath, () => true);
  return linesTo(lines, TENANT)
    .slice(before)
    .map((l) => l.body)
    .join('\n');
}

describe('the photo upload page, as a tenant uses it on a phone', () => {
  it('a. a repair reported by text is quoted with a link to send a photo', STEP, async () => {
    let texts = await text('the bathroom sink tap is dripping');
    for (let turn = 0; turn < 5 && !/logged as/.test(texts); turn += 1) texts = await text(/YES or NO/i.test(texts) ? 'no' : 'bathroom');
    reference = /reference ([A-Z0-9]{8})\b/.exec(texts)?.[1] ?? '';
    link = /open (http:\/\/\S+\/p\/\S+) \(/.exec(texts)?.[1] ?? '';
    expect(reference, texts).not.toBe('');
    expect(link, texts).toContain(`localhost:${server.port}/p/`);
  });

  it('b. the page names the repair; a photo chosen with the picker is sent and kept with the case', STEP, async () => {
    const { page } = phone;
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Send a photo of your repair');
    expect(await page.getByText(reference).count()).toBeGreaterThan(0);
    // The form fits a small phone: nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.getByLabel(/Choose up to 3 photos/).setInputFiles({ name: 'IMG_2041.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Send photos' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you, we have your photo');
    expect(await page.getByText(reference).count()).toBeGreaterThan(0);

    const listed = await fetch(`${server.baseUrl}/api/cases/${reference}/photos`, { headers: { authorization: `Bearer ${API_KEY}` } });
    const { photos } = (await listed.json()) as { photos: { status: string; contentType: string; url: string }[] };
    expect(photos).toMatchObject([{ status: 'stored', contentType: 'image/png' }]);
    const served = await fetch(`${server.baseUrl}${photos[0]!.url}`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('c. opened again, the link says it has been used and offers no form', STEP, async () => {
    const { page } = phone;
    const response = await page.goto(link);
    expect(response?.status()).toBe(410);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This link has already been used');
    expect(await page.locator('form').count()).toBe(0);
    expect(offOrigin(phone.requests, new URL(link).origin)).toEqual([]);
  });
});
