// Hostile text in a tenant's message: every byte value, and emoji cut where the assistant
// shortens what it keeps. Each byte goes through the real webhook (signed by the twilio
// library) on every SQL store kind; the cut is tried at every offset in the pure machines,
// and at the offsets that split a surrogate pair through HTTP and the store (PostgreSQL
// refuses a lone surrogate, so a naive cut there fails the turn).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import twilio from 'twilio';
import { conversationMachine, type ConversationInput } from '../../machines/conversation.machine.js';
import type { CaseChange, Identity, Say, UserCommandEvent, UserTextEvent } from '../../machines/conversation.types.js';
import { readCommand, readReply } from '../../dialogs/read-reply.js';
import { openPrompt } from '../../dialogs/render.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { policyNow } from '../../src/policy/policy-now.js';
import { classify } from '../../src/triage/classify.js';
import { toTriageView } from '../../src/triage/triage.js';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { TOKEN, smsParams, startApp, type RunningApp } from '../support/http-app.js';

const APOLOGY = /something went wrong on our side/;
const ASKS_ADDRESS = /postcode and door number/;
const ASKS_NAME = /And your name\?/;
const ASKS_AFFECTED = /Who is affected\?/;
/** An emergency repair is quoted in one message, so the next question is the address. */
const LEAK = 'water drippin out the bathroom light fitting';
const ASB = 'party music next door every weekend til 4am';
const NAME_MAX = 60;
const AFFECTED_MAX = 80;

/** True when `s` holds no lone surrogate. */
const wellFormed = (s: string): boolean => s === s.toWellFormed();
const graphemes = (s: string): number => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].length;
const hex = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');

/** Runs `fn` over `items`, `n` at a time, in order of results. */
async function pool<T, R>(items: readonly T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next;
        next += 1;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

// Each kind of emoji that a cut by UTF-16 code units can break.
const EMOJI: [kind: string, emoji: string][] = [
  ['a surrogate pair', '😀'],
  ['a ZWJ family', '👨‍👩‍👧‍👦'],
  ['a flag', '🇬🇧'],
  ['a skin-tone modifier', '👍🏽'],
  ['a keycap', '1️⃣'],
  ['a combining mark', 'e\u0301'],
];

/** Text whose `cut`th code unit falls `into` units inside `emoji`: letters before, letters after. */
const straddling = (cut: number, emoji: string, into: number): string => `${'x'.repeat(cut - into)}${emoji}${'y'.repeat(12)}`;

/** Where a naive cut leaves a lone high surrogate (or the first inner offset, for an emoji without surrogates). */
function splitOffsets(emoji: string): number[] {
  const offsets: number[] = [];
  for (let j = 1; j < emoji.length; j += 1) {
    const unit = emoji.charCodeAt(j - 1);
    if (unit >= 0xd800 && unit <= 0xdbff) offsets.push(j);
  }
  return offsets.length ? offsets : [1];
}

/** What a kept value, cut from `text` at `cut` units `into` the emoji, must be: whole, a prefix, no longer than allowed. */
function cutProblems(kept: string | null | undefined, text: string, cut: number, into: number): string[] {
  if (typeof kept !== 'string') return [`nothing kept (${String(kept)})`];
  const problems: string[] = [];
  if (!wellFormed(kept)) problems.push(`lone surrogate in ${JSON.stringify(kept.slice(-4))}`);
  if (!text.startsWith(kept)) problems.push('not a prefix of what was sent');
  if (!kept.startsWith('x'.repeat(cut - into))) problems.push('lost text before the emoji');
  if (graphemes(kept) > cut) problems.push(`${graphemes(kept)} characters, over ${cut}`);
  return problems;
}

describe('emoji cut at every offset, in the machines', () => {
  const pack = loadPolicy('nph');
  const at = londonTime('2026-11-23', '10:00');

  interface Turn {
    says: Say[];
    cases: CaseChange[];
    identities: Identity[];
  }
  interface Saved {
    snapshot: unknown;
    prompt: string | null;
  }

  /** One message to the conversation machine restored from `saved`, the way the engine feeds it; returns the turn and the state after. */
  function send(input: ConversationInput, saved: Saved, text: string, ref: number): { turn: Turn; saved: Saved } {
    const turn: Turn = { says: [], cases: [], identities: [] };
    const actor = createActor(conversationMachine, { input, ...(saved.snapshot ? { snapshot: saved.snapshot as never } : {}) });
    actor.on('say', (e) => turn.says.push(e.say));
    actor.on('case', (e) => turn.cases.push(e.change));
    actor.on('identity', (e) => turn.identities.push(e.identity));
    actor.start();
    const command = readCommand(text);
    const policy = policyNow(pack, at);
    const event: UserTextEvent | UserCommandEvent = command
      ? { type: 'user.command', command, text, at: at.toISOString(), policy }
      : {
          type: 'user.text',
          text,
          at: at.toISOString(),
          triage: toTriageView(classify(text), pack),
          reply: readReply(text, saved.prompt),
          policy,
          reference: `REF${String(ref).padStart(5, '0')}`,
        };
    actor.send(event);
    const snapshot = actor.getPersistedSnapshot();
    actor.stop();
    return { turn, saved: { snapshot, prompt: openPrompt(turn.says) } };
  }

  /** The state after `texts`, from a fresh conversation of a number not on the tenancy list, and what the last turn said. */
  function stateAfter(texts: string[]): Saved & { said: string[] } {
    let saved: Saved = { snapshot: null, prompt: null };
    let said: string[] = [];
    texts.forEach((t, i) => {
      const next = send({ verified: false }, saved, t, i + 1);
      saved = next.saved;
      said = next.turn.says.map((s) => s.key);
    });
    return { ...saved, said };
  }

  const atName = stateAfter([LEAK, '12 ne14xy']);
  const atAffected = stateAfter([ASB, 'not sure']);

  it('reaches the name question before the name cuts are tried', () => {
    expect(atName.said).toEqual(['identity.askName']);
  });

  it('reaches the second "who is affected" answer (the first was not a choice) before those cuts are tried', () => {
    expect(atAffected.said).toEqual(['common.chooseNumber']);
  });

  it.each(EMOJI)('keeps a name cut through %s at every offset whole', (_kind, emoji) => {
    const bad: string[] = [];
    for (let into = 0; into <= emoji.length; into += 1) {
      const text = straddling(NAME_MAX, emoji, into);
      const { turn } = send({ verified: false }, atName, text, 99);
      const name = turn.identities[0]?.name;
      const problems = cutProblems(name, text, NAME_MAX, into);
      if (problems.length) bad.push(`offset ${into}: ${problems.join('; ')}`);
    }
    expect(bad).toEqual([]);
  });

  it.each(EMOJI)('keeps a "who is affected" answer cut through %s at every offset whole', (_kind, emoji) => {
    const bad: string[] = [];
    for (let into = 0; into <= emoji.length; into += 1) {
      const text = straddling(AFFECTED_MAX, emoji, into);
      const { turn } = send({ verified: false }, atAffected, text, 99);
      const affected = turn.cases.find((c) => c.kind === 'asb')?.details?.affected;
      const problems = cutProblems(affected === undefined ? undefined : (affected as string | null), text, AFFECTED_MAX, into);
      if (problems.length) bad.push(`offset ${into}: ${problems.join('; ')}`);
    }
    expect(bad).toEqual([]);
  });
});

describe.each(sqlStoreKinds())('hostile text through the webhook on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let n = 0;
  const number = () => `+4477009${String(30000 + (n += 1))}`;

  beforeAll(async () => {
    store = await kind.open();
    app = await startApp(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  /** Posts a hand-built form body (so raw bytes arrive as sent), signed for `params`: the form as the server should read it. */
  async function postRaw(body: string, params: Record<string, string>): Promise<number> {
    const signature = twilio.getExpectedTwilioSignature(TOKEN, `${app.url}/sms`, params);
    const res = await fetch(`${app.url}/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body,
    });
    await res.arrayBuffer();
    return res.status;
  }

  /** The same inbound form the support helper builds, with Body percent-encoded by hand as `encodedBody`. */
  function rawForm(from: string, encodedBody: string): { body: string; fields: Record<string, string> } {
    const fields = smsParams(from, '');
    const rest = Object.entries(fields)
      .filter(([k]) => k !== 'Body')
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    return { body: `${rest}&Body=${encodedBody}`, fields };
  }

  /**
   * The ways a form decoder may read a percent-encoded value: as qs does (restify's parser:
   * decoded, or left as sent when it is not UTF-8) and as URLSearchParams does (WHATWG:
   * U+FFFD for what is not UTF-8).
   */
  function readings(encoded: string): string[] {
    const plus = encoded.replace(/\+/g, ' ');
    let qs: string;
    try {
      qs = decodeURIComponent(plus);
    } catch {
      qs = plus;
    }
    const whatwg = new URLSearchParams(`v=${encoded}`).get('v') ?? '';
    return qs === whatwg ? [qs] : [qs, whatwg];
  }

  /** A repair report with `b` (already percent-encoded) between two words and inside one. */
  const withByte = (b: string): string => `my${b}sink+is+leak${b}ing+under+the+kitchen+window`;

  interface Sent {
    label: string;
    from: string;
    status: number;
  }

  /** Sends one message per reading of `encodedBody`, each from a number of its own. */
  async function sendEveryReading(label: string, encodedBody: string): Promise<Sent[]> {
    const out: Sent[] = [];
    for (const reading of readings(encodedBody)) {
      const from = number();
      const { body, fields } = rawForm(from, encodedBody);
      out.push({ label, from, status: await postRaw(body, { ...fields, Body: reading }) });
    }
    return out;
  }

  /** Per message: what is wrong with its answer (a status other than 200, no reply, or the apology). */
  async function problems(sent: Sent[]): Promise<string[]> {
    const lines = await app.outbox();
    const bad: string[] = [];
    for (const s of sent) {
      const replies = lines.filter((l) => l.to === s.from).map((l) => l.body);
      if (s.status !== 200) bad.push(`${s.label}: status ${s.status}`);
      else if (replies.length === 0) bad.push(`${s.label}: no reply`);
      else if (replies.some((r) => APOLOGY.test(r))) bad.push(`${s.label}: the apology`);
    }
    return bad;
  }

  it('answers a text with a NUL in it with 200 and a reply, not the apology or a 503', async () => {
    const from = number();
    const { body, fields } = rawForm(from, 'my%00sink+is+leaking');
    const status = await postRaw(body, { ...fields, Body: 'my\u0000sink is leaking' });
    expect(status).toBe(200);
    const replies = (await app.outbox(from)).map((l) => l.body);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.join('\n')).not.toMatch(APOLOGY);
  });

  it('answers texts carrying each byte 0x00 to 0x7F with 200 and a reply, never the apology', { timeout: 120_000 }, async () => {
    const bytes = Array.from({ length: 0x80 }, (_, b) => b);
    const sent = (await pool(bytes, 4, (b) => sendEveryReading(`0x${hex(b)}`, withByte(`%${hex(b)}`)))).flat();
    expect(sent).toHaveLength(0x80);
    expect(await problems(sent)).toEqual([]);
  });

  it('answers texts carrying each character U+0080 to U+00FF, sent as UTF-8, with 200 and a reply', { timeout: 120_000 }, async () => {
    const chars = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(0x80 + i));
    const sent = (await pool(chars, 4, (c) => sendEveryReading(`U+00${hex(c.charCodeAt(0))}`, withByte(encodeURIComponent(c))))).flat();
    expect(sent).toHaveLength(0x80);
    expect(await problems(sent)).toEqual([]);
  });

  // A lone byte 0x80-0xFF is not UTF-8. Twilio never sends one, but anyone can. The server
  // may read it as sent or as U+FFFD; each reading is signed in a request of its own, so
  // the one the server makes reaches the engine, and any other is refused (403).
  it('answers texts carrying each raw byte 0x80 to 0xFF (not UTF-8) with 200 and a reply under the reading it was signed for', {
    timeout: 120_000,
  }, async () => {
    const bytes = Array.from({ length: 0x80 }, (_, i) => 0x80 + i);
    const perByte = await pool(bytes, 4, (b) => sendEveryReading(`raw 0x${hex(b)}`, withByte(`%${hex(b)}`)));
    const bad: string[] = [];
    for (const sent of perByte) {
      const label = sent[0]!.label;
      const others = sent.filter((s) => s.status !== 200 && s.status !== 403);
      for (const s of others) bad.push(`${label}: status ${s.status}`);
      const accepted = sent.filter((s) => s.status === 200);
      if (accepted.length === 0) bad.push(`${label}: no reading accepted (${sent.map((s) => s.status).join(', ')})`);
      bad.push(...(await problems(accepted)));
    }
    expect(bad).toEqual([]);
  });

  /** Says `body` from `from` (signed) and returns the texts it got back. */
  async function say(from: string, body: string): Promise<string[]> {
    const before = (await app.outbox(from)).length;
    const res = await app.post('/sms', smsParams(from, body));
    expect(res.status).toBe(200);
    return (await app.outbox(from)).slice(before).map((l) => l.body);
  }

  /** Every string the store kept for this conversation, so a lone surrogate anywhere shows. */
  async function kept(from: string) {
    const convo = await store.findConversation({ channel: 'sms', address: from });
    expect(convo).not.toBeNull();
    const cases = await store.cases(convo!.id);
    const transcript = await store.transcript(convo!.id);
    return { convo: convo!, cases, transcript };
  }

  /** The strings anywhere in `value` (keys too) that hold a lone surrogate. */
  function illFormed(value: unknown): string[] {
    if (typeof value === 'string') return wellFormed(value) ? [] : [value];
    if (Array.isArray(value)) return value.flatMap(illFormed);
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...illFormed(k), ...illFormed(v)]);
    return [];
  }

  it.each(EMOJI)('keeps a name cut through %s whole in the store, and thanks the tenant', { timeout: 60_000 }, async (_kind, emoji) => {
    for (const into of splitOffsets(emoji)) {
      const from = number();
      expect((await say(from, LEAK)).join('\n')).toMatch(ASKS_ADDRESS);
      expect((await say(from, '12 ne14xy')).join('\n')).toMatch(ASKS_NAME);
      const text = straddling(NAME_MAX, emoji, into);
      const replies = (await say(from, text)).join('\n');
      expect(replies, `offset ${into}`).not.toMatch(APOLOGY);
      expect(replies, `offset ${into}`).toMatch(/We have added these details to your report/);
      const { convo, cases, transcript } = await kept(from);
      expect(cutProblems(convo.identity?.name, text, NAME_MAX, into), `offset ${into}`).toEqual([]);
      for (const c of cases) expect(cutProblems(c.address?.name, text, NAME_MAX, into), `offset ${into}, case ${c.reference}`).toEqual([]);
      expect(illFormed(transcript.map((t) => t.text)), `offset ${into}`).toEqual([]);
      expect(illFormed(convo.snapshot), `offset ${into}`).toEqual([]);
    }
  });

  it.each(EMOJI)('keeps a "who is affected" answer cut through %s whole in the store, and grades the report', { timeout: 60_000 }, async (_kind, emoji) => {
    for (const into of splitOffsets(emoji)) {
      const from = number();
      const graded = (await say(from, ASB)).join('\n');
      expect(graded).toMatch(/Your reference is [2-9A-Z]{8}/);
      expect(graded).toMatch(ASKS_AFFECTED);
      await say(from, 'not sure');
      const text = straddling(AFFECTED_MAX, emoji, into);
      const replies = (await say(from, text)).join('\n');
      expect(replies, `offset ${into}`).not.toMatch(APOLOGY);
      expect(replies, `offset ${into}`).toMatch(/added that to your report/);
      const { cases } = await kept(from);
      const asb = cases.find((c) => c.kind === 'asb');
      expect(asb, `offset ${into}`).toBeDefined();
      const affected = asb!.details.details?.affected;
      expect(cutProblems(typeof affected === 'string' ? affected : null, text, AFFECTED_MAX, into), `offset ${into}`).toEqual([]);
    }
  });
});
