// Facebook Messenger's webhook in and out of our own terms (see ../shared/FACTS.md). In:
// the verify handshake, the X-Hub-Signature-256 check over the raw bytes, and a batch of
// entries read into InboundMessages on the 'messenger' channel, addressed by the person's
// page-scoped id (PSID). A pressed quick reply or postback arrives as what it stands for;
// the page's own sends (echoes), delivery and read receipts are not messages to us.
import { createHmac, timingSafeEqual, createHash } from 'node:crypto';
import type { ChannelCapabilities } from '../../dialogs/render.js';
import type { InboundMessage } from './channel.js';
import { safeText, safeToken } from './safe-text.js';

export const MESSENGER_CHANNEL = 'messenger';

/**
 * Quick replies: at most 13, titles cut after 20 characters, shown on phones only, so the
 * numbers stay in the text. A text under 2,000 characters. Plain text, no markdown. A
 * message days later may not reach them (the 24-hour window): visit reminders are offered
 * by text.
 */
export const MESSENGER_CAPABILITIES: ChannelCapabilities = {
  smsSegments: null,
  buttons: 13,
  buttonTitleMax: 20,
  markdown: false,
  maxLength: 2000,
  reachesLater: false,
  takesPhotos: true,
};

/** The payload of the Get Started button (set on the page's Messenger profile): the person opened the chat. */
export const GET_STARTED = 'GET_STARTED';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Meta's subscribe handshake: the challenge to echo back, or null (answered 403). Tokens are compared in constant time. */
export function verifyHandshake(query: Record<string, unknown>, verifyToken: string | null): string | null {
  const mode = query['hub.mode'];
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (!verifyToken || mode !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string') return null;
  if (!timingSafeEqual(digest(token), digest(verifyToken))) return null;
  // The challenge is echoed as plain text; anything but a short token is not Meta's.
  return /^[A-Za-z0-9_-]{1,128}$/.test(challenge) ? challenge : null;
}

/** X-Hub-Signature-256 ("sha256=" and the hex HMAC of the raw body with the app secret), compared in constant time. */
export function signatureValid(appSecret: string, header: string | undefined, raw: Buffer): boolean {
  const m = /^sha256=([0-9a-f]{64})$/i.exec((header ?? '').trim());
  if (!m) return false;
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return timingSafeEqual(Buffer.from(m[1]!, 'hex'), expected);
}

/** The header Meta would send with this body (the messenger CLI and tests sign with it). */
export function signBody(appSecret: string, raw: Buffer | string): string {
  return `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
}

/** One thing a person did: a message to read, or opening the chat (Get Started). */
export type MessengerEvent = { type: 'message'; message: InboundMessage } | { type: 'start'; address: string; at: Date; messageId: string };

export interface ParsedWebhook {
  events: MessengerEvent[];
  /** Events that are not ours to answer: echoes, receipts, reactions, and the unreadable. */
  ignored: number;
}

/** Ids from Meta are short opaque tokens; anything else is not one. */
const ID = /^[A-Za-z0-9_.:=+/-]{1,256}$/;
const MAX_ATTACHMENTS = 10;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const id = (v: unknown): string | null => {
  const s = typeof v === 'number' ? String(v) : str(v);
  return s && ID.test(s) ? s : null;
};

/**
 * Reads a webhook body. Null: it is not a page webhook at all (answered 400). Every event
 * in every entry is read in order; one that cannot be read is counted as ignored rather
 * than refusing its neighbours, since Meta would retry the whole batch.
 */
export function parseWebhook(body: Obj, at: Date): ParsedWebhook | null {
  if (body.object !== 'page' || !Array.isArray(body.entry)) return null;
  const events: MessengerEvent[] = [];
  let ignored = 0;
  for (const entry of body.entry) {
    const messaging = obj(entry)?.messaging;
    for (const raw of Array.isArray(messaging) ? messaging : []) {
      const event = readEvent(obj(raw), at);
      if (event) events.push(event);
      else ignored += 1;
    }
  }
  return { events, ignored };
}

function readEvent(e: Obj | null, at: Date): MessengerEvent | null {
  const psid = id(obj(e?.sender)?.id);
  if (!e || !psid) return null;
  const stamp = typeof e.timestamp === 'number' && Number.isFinite(e.timestamp) ? e.timestamp : null;
  const message = obj(e.message);
  if (message) {
    if (message.is_echo === true) return null;
    const mid = id(message.mid);
    if (!mid) return null;
    const quick = str(obj(message.quick_reply)?.payload);
    const text = safeText(quick ?? str(message.text) ?? '');
    const media: string[] = [];
    let unreadable = 0;
    for (const a of (Array.isArray(message.attachments) ? message.attachments : []).slice(0, MAX_ATTACHMENTS)) {
      const attachment = obj(a);
      const url = safeToken(str(obj(attachment?.payload)?.url) ?? '', 2048);
      // Kept as a link; the photo fetcher decides whether it is fetched (trusted hosts, https).
      // A sticker (the thumbs-up button sends one) comes as an image too: it is not a photo of anything.
      const sticker = obj(attachment?.payload)?.sticker_id !== undefined;
      if (attachment?.type === 'image' && !sticker && /^https?:\/\//i.test(url)) media.push(url);
      else if (attachment) unreadable += 1;
    }
    if (!text.trim() && media.length === 0 && unreadable === 0) return null;
    return {
      type: 'message',
      message: { channel: MESSENGER_CHANNEL, address: psid, text, at, messageId: mid, media, ...(unreadable > 0 ? { unreadable } : {}) },
    };
  }
  const postback = obj(e.postback);
  if (postback) {
    const payload = safeText(str(postback.payload) ?? str(postback.title) ?? '', 1000);
    // A postback has its own mid on current Graph versions; older ones are keyed by the moment it came.
    const messageId = id(postback.mid) ?? (stamp !== null ? `postback:${psid}:${stamp}` : null);
    if (!payload.trim() || !messageId) return null;
    if (payload === GET_STARTED) return { type: 'start', address: psid, at, messageId };
    return { type: 'message', message: { channel: MESSENGER_CHANNEL, address: psid, text: payload, at, messageId } };
  }
  return null;
}
