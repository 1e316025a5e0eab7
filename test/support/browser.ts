// A real Chromium for the browser tests: Debian's build, driven by playwright-core, with a
// fresh profile every time and nothing that talks to Google. Every request the pages make
// (WebSockets included) is recorded, so a test can prove the page needs nothing but our
// own server.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium binary (/usr/bin/chromium is a wrapper script playwright cannot drive). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserOptions {
  /** The window's size; 1280 x 800 unless given. */
  viewport?: { width: number; height: number };
}

export interface OpenBrowser {
  readonly context: BrowserContext;
  /** The profile's first tab. */
  readonly page: Page;
  /** Every URL any page of this browser asked for, in order (WebSockets as ws:// URLs). */
  readonly requests: string[];
  /** What the pages wrote to the console and the errors they threw, for a failure message. */
  readonly log: string[];
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Starts Chromium with a profile of its own. Call close() when done (afterAll). */
export async function openBrowser(options: BrowserOptions = {}): Promise<OpenBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'doorstep-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      serviceWorkers: 'block',
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
  const requests: string[] = [];
  const log: string[] = [];
  const watch = (page: Page) => {
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('console', (m) => log.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => log.push(`[pageerror] ${e.message}`));
  };
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  return {
    context,
    page,
    requests,
    log,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}

/**
 * The URLs in `urls` that went anywhere but `origin` (http://host:port): the same host and
 * port over ws:// (or https/wss) are the server's own, and data:, blob: and about: never
 * leave the browser.
 */
export function offOrigin(urls: readonly string[], origin: string): string[] {
  const own = new URL(origin);
  return urls.filter((raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return true;
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return false;
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return true;
    return url.host !== own.host;
  });
}
