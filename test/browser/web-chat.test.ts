// The web chat page as a visitor uses it, in a real Chromium against the real server
// (`npm start` in a child process): Microsoft's Web Chat, served by our own server and
// talking to our own Direct Line, carries a repair report from the first words to a booked
// visit and its reminders by text (to a mobile proved with a texted code), survives a reload,
// works on a phone-sized screen, and asks nothing of the internet.
//
// The steps share one visitor's conversation and run in order: each test starts where the
// one before it left off. Locators use what Web Chat tells assistive technology: the
// transcript is a feed of articles named "You said: ..." / "Bot ... said: ...", the send box is the
// textbox "Message input box", and suggested actions are buttons in the toolbar "Suggested
// actions" (Web Chat keeps a second, screen-reader copy of them in its live region, which
// these locators leave out).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offOrigin, openBrowser, type OpenBrowser } from '../support/browser.js';
import { activity, botSaid, literal, sendBox, suggested, transcript, visitorSaid } from '../support/web-chat-page.js';
import { linesTo, ROOT, spawnServer, stopAllServers, waitForOutbox, type ServerProcess } from '../support/server-process.js';

const STEP = { timeout: 120_000 };
/** One turn of the assistant: channels expect an answer well within 15 s. */
const TURN_MS = 30_000;
const LANDLORD = 'Northamptonshire Partnership Homes';
/** "reference 3R78HC8W": eight characters that cannot be misread (no 0, 1, I or O). */
const REFERENCE = /\breference:? ([23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8})\b/;
const DAY_MONTH =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const REAL_DATE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
/** Where the botframework-webchat package keeps its self-contained browser bundles (its exports map hides them from require.resolve). */
const WEBCHAT_DIST = dirname(fileURLToPath(import.meta.resolve('botframework-webchat')));
const WEBCHAT_BUNDLES = ['webchat.js', 'webchat-minimal.js', 'webchat-es5.js'];
const SLOT_TITLE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;
/** The visitor's mobile, from Ofcom's drama range: as they type it, and as the server texts it. */
const MOBILE = '07700 900321';
const MOBILE_E164 = '+447700900321';
/** The one-time code in the text the server sends to that mobile. */
const CODE_TEXT = /^NPH: your code is (\d{6})\. Type it in the chat where we asked for it/;

let server: ServerProcess;
let dataDir: string;
let base: string;
let visitor: OpenBrowser;
let phone: OpenBrowser | undefined;
let page: Page;
/** The repair's reference, as the assistant gave it in step c. */
let reference = '';

/** What the visitor sees now, and what the browser and server said: for failure messages. */
async function scene(p: Page, browser: OpenBrowser = visitor): Promise<string> {
  // The words as laid out on screen, one message to a block.
  const words = await p
    .evaluate<string>(`(document.querySelector('[role="feed"]') ?? document.body).innerText`)
    .catch((error: Error) => `(no page text: ${error.message})`);
  return [
    `--- page ${p.url()} shows ---`,
    words,
    '--- browser console ---',
    browser.log.slice(-30).join('\n'),
    '--- server stderr (tail) ---',
    server.stderr().slice(-3000),
  ].join('\n');
}

/** Waits until the locator is visible, or fails saying what the visitor was looking at. */
async function see(p: Page, locator: Locator, what: string, timeout = TURN_MS, browser?: OpenBrowser): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`the visitor never saw ${what} (${(error as Error).message.split('\n')[0]})\n${await scene(p, browser)}`);
  }
  return locator.first();
}

/** Types into Web Chat's send box and presses Enter, as a visitor does. */
async function type(p: Page, text: string): Promise<void> {
  const box = sendBox(p);
  await box.click();
  await box.fill(text);
  await box.press('Enter');
}

/**
 * The visitor's message shows once and ends up sent: Web Chat shows "Sending" until our
 * Direct Line echoes the activity back, and "Send failed" if it never does.
 */
async function expectSent(p: Page, text: string, browser?: OpenBrowser): Promise<void> {
  const message = activity(p, new RegExp(`^You said: ${literal(text)}$`, 'i'));
  await see(p, message, `their own message "${text}"`, TURN_MS, browser);
  await expect
    .poll(async () => (await message.allInnerTexts()).join('\n'), { timeout: TURN_MS, interval: 100, message: `"${text}" still "Sending"` })
    .not.toMatch(/Sending/i);
  const status = (await message.allInnerTexts()).join('\n');
  if (/Send failed/i.test(status)) throw new Error(`"${text}" was not sent; its activity reads: ${JSON.stringify(status)}\n${await scene(p, browser)}`);
  expect(await message.count(), `"${text}" shown once\n${await scene(p, browser)}`).toBe(1);
}

/** Presses a suggested-action button by its exact title. */
async function press(p: Page, title: string | RegExp, browser?: OpenBrowser): Promise<string> {
  const button = suggested(p).getByRole('button', { name: title, exact: typeof title === 'string' });
  await see(p, button, `a button ${String(title)}`, TURN_MS, browser);
  const name = ((await button.first().textContent()) ?? '').trim();
  await button.first().click();
  return name;
}

/** The text of the newest assistant message that matches, once it is there. */
async function lastBotText(p: Page, text: string | RegExp, browser?: OpenBrowser): Promise<string> {
  await see(p, botSaid(p, text), `the assistant say ${String(text)}`, TURN_MS, browser);
  return (await botSaid(p, text).last().textContent()) ?? '';
}

/** Answers the questions asked of a visitor the landlord does not know: where they live and their name. */
async function giveAddressAndName(p: Page, browser?: OpenBrowser): Promise<void> {
  await see(p, botSaid(p, /postcode/), 'the question about their postcode and door number', TURN_MS, browser);
  await type(p, 'NN1 1AA 12');
  await expectSent(p, 'NN1 1AA 12', browser);
  await see(p, botSaid(p, /your name/), 'the question about their name', TURN_MS, browser);
  await type(p, 'Jo Bloggs');
  await expectSent(p, 'Jo Bloggs', browser);
}

async function waitHealthy(s: ServerProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void s.exited.then(() => (exited = true));
  for (;;) {
    if (exited) throw new Error(`the server exited before /healthz answered\n${s.stderr()}\n${s.stdout().slice(-3000)}`);
    try {
      const res = await fetch(`${s.baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`no answer from /healthz within ${timeoutMs} ms\n${s.stderr()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Seen {
  left: number;
  right: number;
  /** The element a tap at a point near its end would reach is inside it: on screen, scrolled into view, not covered. */
  onTop: boolean;
}

interface Sighting {
  sendBox: Seen | null;
  lastMessage: Seen | null;
  width: number;
}

/** Run in the page: where the send box and the newest message's bubble are, and whether they are in sight. */
const SIGHTING = `(() => {
  const seen = (element, box) => {
    if (!element) return null;
    const r = (box ?? element).getBoundingClientRect();
    const x = r.left + Math.min(r.width / 2, 16);
    const y = r.bottom - Math.min(r.height / 2, 6);
    const hit = document.elementFromPoint(x, y);
    return { left: r.left, right: r.right, onTop: Boolean(hit && element.contains(hit)) };
  };
  const messages = document.querySelectorAll('[role="feed"] article');
  const last = messages[messages.length - 1] ?? null;
  return {
    sendBox: seen(document.querySelector('input[aria-label="Message input box"], textarea[aria-label="Message input box"]')),
    lastMessage: seen(last, last?.querySelector('.webchat__bubble')),
    width: document.documentElement.scrollWidth,
  };
})()`;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'doorstep-webchat-'));
  server = await spawnServer({ dataDir });
  await waitHealthy(server);
  await server.waitReady();
  base = server.baseUrl;
  visitor = await openBrowser({ viewport: { width: 1024, height: 800 } });
  page = visitor.page;
  page.setDefaultTimeout(TURN_MS);
}, 120_000);

afterAll(async () => {
  await phone?.close();
  await visitor?.close();
  await stopAllServers();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('the web chat page, as a visitor uses it in Chromium', () => {
  it("a. GET /chat shows Microsoft's Web Chat, served by our server, under the landlord's name", STEP, async () => {
    const response = await page.goto(`${base}/chat`);
    expect(response?.status(), `GET /chat\n${await scene(page)}`).toBe(200);
    await see(page, page.getByText(LANDLORD, { exact: false }).filter({ visible: true }), `the landlord's name "${LANDLORD}"`);
    await see(page, sendBox(page), "Web Chat's send box");
    await see(page, page.getByRole('group', { name: /^Chat history/ }), "Web Chat's transcript");
    // The official bundle, and it came from this server.
    expect(await page.evaluate<string>('typeof window.WebChat?.renderWebChat')).toBe('function');
    const scripts = await page.evaluate<string[]>('[...document.scripts].map((s) => s.src).filter(Boolean)');
    expect(scripts.length, 'the page loads Web Chat from a script file').toBeGreaterThan(0);
    expect(offOrigin(scripts, base), 'scripts from elsewhere').toEqual([]);
    // Byte for byte one of the bundles the botframework-webchat package ships.
    const bundles = await Promise.all(scripts.map(async (src) => Buffer.from(await (await fetch(src)).arrayBuffer())));
    const official = WEBCHAT_BUNDLES.map((name) => readFileSync(join(WEBCHAT_DIST, name)));
    expect(
      bundles.some((bundle) => official.some((file) => file.equals(bundle))),
      `none of ${scripts.join(', ')} is ${WEBCHAT_BUNDLES.join(' or ')} from ${WEBCHAT_DIST}`,
    ).toBe(true);
  });

  it('b. a repair typed into the send box and sent with Enter is shown as sent, and the assistant answers', STEP, async () => {
    await type(page, 'my kitchen tap is leaking');
    await expectSent(page, 'my kitchen tap is leaking');
    const answer = await lastBotText(page, 'leaking or broken tap');
    expect(answer).toMatch(/leaking or broken tap/i);
    expect(await sendBox(page).inputValue(), 'the send box is empty again').toBe('');
  });

  it('c. pressing the "No" button answers the yes/no question; the reference and a real date follow', STEP, async () => {
    await see(page, suggested(page).getByRole('button', { name: 'Yes', exact: true }), 'a "Yes" button');
    await press(page, 'No');
    await expectSent(page, 'no');
    const logged = await lastBotText(page, REFERENCE);
    reference = REFERENCE.exec(logged)?.[1] ?? '';
    expect(reference, logged).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/);
    expect(logged).toMatch(REAL_DATE);
    // The yes/no buttons went with the answer.
    expect(await suggested(page).getByRole('button', { name: 'Yes', exact: true }).count()).toBe(0);

    if (process.env.UPDATE_SCREENSHOTS === '1') {
      // Once Web Chat has scrolled the answer into view.
      await expect.poll(async () => (await page.evaluate<Sighting>(SIGHTING)).lastMessage?.onTop, { timeout: 10_000, interval: 100 }).toBe(true);
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'docs', 'web-chat.png') });
    }
  });

  it('d. a visitor books the visit by pressing a slot button and sees the booking confirmed', STEP, async () => {
    await giveAddressAndName(page);
    const slots = suggested(page).getByRole('button', { name: SLOT_TITLE });
    await see(page, slots, 'the appointment slots as buttons');
    // Suggested actions belong to the newest message: the offer.
    const offer = transcript(page).locator('article').last();
    const titles = (await slots.allInnerTexts()).map((t) => t.trim());
    expect(titles.length, `slot buttons: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(2);
    // The same options are in the message's words, numbered (a list), for a visitor who types.
    const listed = await offer.getByRole('listitem').allInnerTexts();
    const words = (await offer.textContent()) ?? '';
    expect(listed.length >= 2 || /\b1\b[\s\S]*\b2\b/.test(words), `numbered options in: ${words}`).toBe(true);
    const chosen = await press(page, titles[0]!);
    const day = /^\w{3} \d{1,2}/.exec(chosen)?.[0] ?? '';
    const booked = await lastBotText(page, /Booked/);
    expect(booked).toMatch(/Booked\b/);
    expect(booked).toMatch(DAY_MONTH);
    expect(booked).toContain(reference);
    // "Mon 7 Dec" in the button, "Monday 7 December" in the confirmation.
    const [weekday, date] = day.split(' ');
    expect(booked).toMatch(new RegExp(`${weekday}\\w* ${date} `));
  });

  it('h. after the booking, a visitor proves their mobile with the code texted to it, and the reminders go there', STEP, async () => {
    // Step d left the question about getting in open: a note for the operative answers it.
    await see(page, botSaid(page, /should know to get in/), 'the question about getting in');
    await type(page, 'please ring the bell twice');
    await expectSent(page, 'please ring the bell twice');
    await lastBotText(page, 'we have added that to your visit');
    // A chat page is read only while it is open: the assistant offers the reminder by text instead.
    await lastBotText(page, 'Would you like a reminder by text message the day before your visit?');
    await see(page, suggested(page).getByRole('button', { name: 'No', exact: true }), 'a "No" button');
    await press(page, 'Yes');
    await expectSent(page, 'yes');
    await lastBotText(page, 'Please type your mobile number');
    expect(await suggested(page).getByRole('button', { name: 'Yes', exact: true }).count(), 'the yes/no buttons went with the answer').toBe(0);

    await type(page, MOBILE);
    await expectSent(page, MOBILE);
    await lastBotText(page, `We have sent a 6-digit code by text message to ${MOBILE}. Please type it here.`);
    // The text goes out from the outbox a moment after the answer: the phone gets it, and it alone.
    const outbox = await waitForOutbox(server.outboxPath, (lines) => linesTo(lines, MOBILE_E164).some((l) => CODE_TEXT.test(l.body)), TURN_MS);
    const texted = linesTo(outbox, MOBILE_E164).map((l) => l.body);
    expect(texted, `texts to ${MOBILE_E164}`).toEqual([expect.stringMatching(CODE_TEXT)]);
    const code = CODE_TEXT.exec(texted[0]!)![1]!;
    // Only the phone knows it: nowhere in the chat (the screen-reader copy included) until the visitor types it.
    const chat = ((await page.getByRole('region', { name: `Chat with ${LANDLORD}` }).textContent()) ?? '').replaceAll(MOBILE, '');
    expect(chat, `the code ${code} in the chat before it was typed`).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));

    await type(page, code);
    await expectSent(page, code);
    const agreed = await lastBotText(page, 'that number is checked');
    expect(agreed).toContain(`Thank you, that number is checked. Reminders about your visit will go to ${MOBILE} by text message.`);
  });

  it('e. after a reload the same conversation comes back and carries on', STEP, async () => {
    await page.reload();
    await see(page, sendBox(page), "Web Chat's send box after the reload");
    await see(page, visitorSaid(page, 'my kitchen tap is leaking'), 'their first message again after the reload');
    await see(page, botSaid(page, 'leaking or broken tap'), "the assistant's first answer again after the reload");
    await see(page, botSaid(page, /Booked\b/), 'the booking confirmation again after the reload');
    expect(await visitorSaid(page, /my kitchen tap is leaking$/).count(), 'the history is shown once').toBe(1);
    // A new conversation would greet them; this one knows their visit.
    await type(page, 'change');
    await expectSent(page, 'change');
    const change = await lastBotText(page, new RegExp(`Your visit for repair ${reference}`));
    expect(change).toContain(reference);
    await see(page, suggested(page).getByRole('button', { name: /cancel/i }), 'a button to cancel the visit');
  });

  it('g. on a 360 px wide phone the send box and the last message fit, and typed numbers still work', STEP, async () => {
    phone = await openBrowser({ viewport: { width: 360, height: 740 } });
    const p = phone.page;
    p.setDefaultTimeout(TURN_MS);
    const response = await p.goto(`${base}/chat`);
    expect(response?.status()).toBe(200);
    await see(p, sendBox(p), "Web Chat's send box", TURN_MS, phone);
    await type(p, 'the bathroom tap is leaking');
    await expectSent(p, 'the bathroom tap is leaking', phone);
    await see(p, botSaid(p, 'leaking or broken tap'), 'the answer to the repair', TURN_MS, phone);
    await press(p, 'No', phone);
    await see(p, botSaid(p, REFERENCE), 'the reference', TURN_MS, phone);
    await giveAddressAndName(p, phone);
    await see(p, suggested(p).getByRole('button', { name: SLOT_TITLE }), 'the appointment slots', TURN_MS, phone);

    // The longest screen of the journey: a numbered list, buttons under it.
    const width = await p.evaluate<number>('document.documentElement.scrollWidth');
    expect(width, `page scroll width at 360 px\n${await scene(p, phone)}`).toBeLessThanOrEqual(360);
    // Web Chat scrolls the newest message into view by itself (with an animation): wait for it.
    let seen: Sighting = { sendBox: null, lastMessage: null, width: 0 };
    await expect
      .poll(
        async () => {
          seen = await p.evaluate<Sighting>(SIGHTING);
          return Boolean(seen.sendBox?.onTop && seen.lastMessage?.onTop);
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(true)
      .catch(async () => {
        throw new Error(`at 360 px the visitor cannot see ${JSON.stringify(seen)}\n${await scene(p, phone)}`);
      });
    for (const [what, box] of [
      ['the send box', seen.sendBox!],
      ['the last message', seen.lastMessage!],
    ] as const) {
      expect(box.left, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.right, `${what} ends within 360 px`).toBeLessThanOrEqual(360.5);
    }

    // Typing the number works as well as pressing its button.
    await type(p, '2');
    await expectSent(p, '2', phone);
    const booked = await lastBotText(p, /Booked/, phone);
    expect(booked).toMatch(/Booked\b/);
    expect(booked).toMatch(DAY_MONTH);
  });

  it('by keyboard alone: the send box has the focus on arrival, a new visitor is greeted and answers the menu by typing', STEP, async () => {
    const fresh = await openBrowser({ viewport: { width: 1024, height: 800 } });
    try {
      const p = fresh.page;
      await p.goto(`${base}/chat`);
      await expect.poll(() => botSaid(p, 'Hello, this is the NPH assistant').count(), { timeout: TURN_MS }).toBeGreaterThan(0);
      // The landmarks and names a screen reader announces.
      expect(await p.getByRole('heading', { level: 1 }).textContent()).toContain(LANDLORD);
      expect(await p.getByRole('region', { name: `Chat with ${LANDLORD}` }).count()).toBe(1);
      // The first link on the page skips the header for keyboard users.
      expect(await p.evaluate<string>('document.querySelector("a")?.textContent ?? ""')).toBe('Skip to the chat');
      // Typing starts at once: the send box has the focus, and Enter sends.
      await expect.poll(() => p.evaluate<string>('document.activeElement?.getAttribute("aria-label") ?? ""'), { timeout: TURN_MS }).toBe('Message input box');
      await p.keyboard.type('1');
      await p.keyboard.press('Enter');
      await expect.poll(() => botSaid(p, 'what needs repairing').count(), { timeout: TURN_MS }).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
  });

  it("f. every request the pages made went to the server's own origin", STEP, async () => {
    const requests = [...visitor.requests, ...(phone?.requests ?? [])];
    expect(requests).toContain(`${base}/chat`);
    expect(offOrigin(requests, base), `requests that left ${base}`).toEqual([]);
  });
});
