// A Direct Line v3-compatible service inside our own server, so the official Web Chat client
// works on one machine with no Azure and no internet (see ../../README.md, Web chat). The
// surface is what Web Chat's DirectLineJS calls: start or reconnect a conversation, post
// and get activities with watermarks, refresh a token, and a WebSocket stream. Every call
// carries the visitor's access token, which names one conversation: another conversation's
// id gets 403. A visitor's message is stored once (a retry with the same clientActivityID
// finds the first), handed to the bot through botbuilder, and echoed on the stream with its
// id, as Web Chat needs to mark it sent. The bot's replies come back through botbuilder's
// connector to the bot-side address, which only this server knows (a key in its path).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type restify from 'restify';
import type { Activity } from 'botbuilder';
import type { WebStore } from '../channels/web.store.js';
import type { Logger } from '../log/logger.js';
import { HttpError, route } from '../http/http-errors.js';
import { readJson, type BodyLimits } from '../http/read-body.js';
import { safeText, safeToken } from '../channels/safe-text.js';
import { bearer, type VisitorClaims, type VisitorTokens } from './visitor-token.js';
import { DirectLineStream } from './directline.stream.js';

export const DIRECT_LINE_PATH = '/directline';
/** The bot's id and name in every local conversation. */
export const BOT_ACCOUNT_ID = 'doorstep';
export const DIRECT_LINE_CHANNEL_ID = 'directline';

export interface DirectLineDeps {
  web: WebStore;
  tokens: VisitorTokens;
  /** The key in the bot-side path: only botbuilder's connector, given our serviceUrl, knows it. */
  botKey: string;
  /** This server's own base URL as the bot reaches it (loopback). */
  selfUrl: () => string;
  /** Hands a visitor's activity to the bot (the same botbuilder turn as POST /api/messages). */
  deliver: (activity: Partial<Activity>) => Promise<void>;
  botName: string;
  log: Logger;
  now: () => Date;
  /** The public base URL (https:// behind a proxy): the stream URL is built on it. */
  publicUrl?: string | null;
  bodyLimits?: BodyLimits;
  /** How often a socket looks for activities nobody told it of (the net under NOTIFY). */
  streamPollMs?: number;
}

const CONVERSATION_ID = /^[A-Za-z0-9_-]{8,64}$/;

function watermarkOf(value: unknown): number {
  const n = Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function paddedId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** What we keep of a visitor's activity: its words, a pressed button's value, and Web Chat's own ids; nothing else it sent. */
function visitorActivity(body: Record<string, unknown>): Record<string, unknown> {
  const channelData = (body.channelData ?? {}) as Record<string, unknown>;
  const kept: Record<string, unknown> = { type: 'message', text: safeText(typeof body.text === 'string' ? body.text : '') };
  if (typeof body.locale === 'string') kept.locale = safeToken(body.locale, 16);
  const value = body.value as { choice?: unknown } | undefined;
  if (typeof value?.choice === 'string') kept.value = { choice: safeToken(value.choice, 16) };
  const data: Record<string, unknown> = {};
  if (typeof channelData.clientActivityID === 'string') data.clientActivityID = safeToken(channelData.clientActivityID, 100);
  if (typeof channelData.clientTimestamp === 'string') data.clientTimestamp = safeToken(channelData.clientTimestamp, 40);
  const back = channelData.messageBack as { displayText?: unknown } | undefined;
  if (typeof back?.displayText === 'string') data.messageBack = { displayText: safeText(back.displayText, 200) };
  kept.channelData = data;
  return kept;
}

/** What we keep of the bot's activity: a message's words, format and buttons. */
function botActivity(body: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = { type: typeof body.type === 'string' ? body.type : 'message' };
  for (const field of ['text', 'textFormat', 'suggestedActions', 'attachments', 'channelData', 'inputHint', 'locale'] as const) {
    if (body[field] !== undefined) kept[field] = body[field];
  }
  return kept;
}

export function registerDirectLine(server: restify.Server, deps: DirectLineDeps): DirectLineStream {
  const { web, tokens, log } = deps;
  const stream = new DirectLineStream(web, log, deps.streamPollMs ? { pollMs: deps.streamPollMs } : {});

  const claimsFor = (req: restify.Request): VisitorClaims => {
    const claims = tokens.verify('access', bearer(req.header('authorization')), deps.now());
    if (!claims) throw new HttpError(403, 'bad-token', 'Forbidden: the token is missing, expired or not valid.');
    return claims;
  };

  /** The token's own conversation, and no other. */
  const conversationFor = (req: restify.Request): VisitorClaims => {
    const claims = claimsFor(req);
    const id = String(req.params.id ?? '');
    if (id !== claims.conversationId) throw new HttpError(403, 'bad-token', 'Forbidden: the token is not for this conversation.');
    return claims;
  };

  const streamUrl = (req: restify.Request, claims: VisitorClaims, watermark: number): string => {
    const base = deps.publicUrl ? new URL(deps.publicUrl) : new URL(`http://${req.headers.host ?? 'localhost'}`);
    const scheme = base.protocol === 'https:' ? 'wss' : 'ws';
    const token = tokens.issue('access', claims.conversationId, claims.userId, deps.now()).token;
    return `${scheme}://${base.host}${DIRECT_LINE_PATH}/conversations/${claims.conversationId}/stream?watermark=${watermark}&t=${encodeURIComponent(token)}`;
  };

  /** A conversation just started: the bot hears that the visitor joined (and greets them), as Azure's Direct Line tells it. */
  const joined = async (claims: VisitorClaims): Promise<void> => {
    await deps.deliver({
      type: 'conversationUpdate',
      id: `${claims.conversationId}|join`,
      timestamp: deps.now().toISOString(),
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: `${deps.selfUrl()}${DIRECT_LINE_PATH}/bot/${deps.botKey}`,
      conversation: { id: claims.conversationId },
      from: { id: claims.userId, role: 'user' },
      recipient: { id: BOT_ACCOUNT_ID, name: deps.botName, role: 'bot' },
      membersAdded: [{ id: claims.userId, role: 'user' }],
    } as unknown as Partial<Activity>);
  };

  const conversationBody = (req: restify.Request, claims: VisitorClaims, watermark: number) => {
    const issued = tokens.issue('access', claims.conversationId, claims.userId, deps.now());
    return { conversationId: claims.conversationId, token: issued.token, expires_in: issued.expiresIn, streamUrl: streamUrl(req, claims, watermark) };
  };

  // Start a conversation: the token was issued for it (see the chat page), so starting is idempotent.
  server.post(
    `${DIRECT_LINE_PATH}/conversations`,
    route(log, async (req, res) => {
      const claims = claimsFor(req);
      const created = await web.startConversation(claims.conversationId, deps.now());
      if (created) await joined(claims);
      res.send(created ? 201 : 200, conversationBody(req, claims, 0));
    }),
  );

  // Reconnect: a fresh stream URL from the watermark the client has.
  server.get(
    `${DIRECT_LINE_PATH}/conversations/:id`,
    route(log, async (req, res) => {
      const claims = conversationFor(req);
      if (await web.startConversation(claims.conversationId, deps.now())) await joined(claims);
      res.send(200, conversationBody(req, claims, watermarkOf(req.query?.watermark)));
    }),
  );

  server.get(
    `${DIRECT_LINE_PATH}/conversations/:id/activities`,
    route(log, async (req, res) => {
      const claims = conversationFor(req);
      const after = watermarkOf(req.query?.watermark);
      const activities = await web.activitiesAfter(claims.conversationId, after);
      const watermark = activities.length > 0 ? activities[activities.length - 1]!.seq : after;
      res.send(200, { activities: activities.map((a) => a.activity), watermark: String(watermark) });
    }),
  );

  server.post(
    `${DIRECT_LINE_PATH}/conversations/:id/activities`,
    route(log, async (req, res) => {
      const claims = conversationFor(req);
      const body = await readJson(req, deps.bodyLimits);
      if (body.type !== 'message') {
        // Typing and events are not kept: nothing in them is for the assistant.
        res.send(200, { id: `${claims.conversationId}|typing` });
        return;
      }
      const kept = visitorActivity(body);
      const clientId = (kept.channelData as { clientActivityID?: string }).clientActivityID ?? null;
      const at = deps.now();
      const stored = await web.append(
        claims.conversationId,
        clientId,
        (seq) => ({
          ...kept,
          id: paddedId(claims.conversationId, seq),
          timestamp: at.toISOString(),
          channelId: DIRECT_LINE_CHANNEL_ID,
          conversation: { id: claims.conversationId },
          from: { id: claims.userId, role: 'user' },
          recipient: { id: BOT_ACCOUNT_ID, name: deps.botName, role: 'bot' },
        }),
        at,
      );
      if (!stored) throw new HttpError(404, 'not-found', 'There is no such conversation: start it first.');
      // A retry of a message already handed over is handed over again: the engine knows the id and does nothing twice.
      // The bot's address goes to the bot only: the visitor never sees the key in it.
      await deps.deliver({ ...stored.activity, serviceUrl: `${deps.selfUrl()}${DIRECT_LINE_PATH}/bot/${deps.botKey}` } as Partial<Activity>);
      stream.notify(claims.conversationId);
      res.send(200, { id: stored.activity.id });
    }),
  );

  server.post(
    `${DIRECT_LINE_PATH}/tokens/refresh`,
    route(log, async (req, res) => {
      const claims = claimsFor(req);
      const issued = tokens.issue('access', claims.conversationId, claims.userId, deps.now());
      res.send(200, { conversationId: claims.conversationId, token: issued.token, expires_in: issued.expiresIn });
    }),
  );

  // The bot side: botbuilder's connector posts replies here (sendToConversation and replyToActivity).
  const fromBot = route(log, async (req, res) => {
    const key = Buffer.from(String(req.params.key ?? ''));
    const expected = Buffer.from(deps.botKey);
    if (key.length !== expected.length || !timingSafeEqual(key, expected)) throw new HttpError(403, 'forbidden', 'Forbidden.');
    const conversationId = String(req.params.id ?? '');
    if (!CONVERSATION_ID.test(conversationId)) throw new HttpError(404, 'not-found', 'There is no such conversation.');
    const body = await readJson(req, deps.bodyLimits);
    const kept = botActivity(body);
    const outboxId = (body.channelData as { outboxId?: unknown } | undefined)?.outboxId;
    const at = deps.now();
    const stored = await web.append(
      conversationId,
      typeof outboxId === 'number' ? `outbox:${outboxId}` : null,
      (seq) => ({
        ...kept,
        id: paddedId(conversationId, seq),
        timestamp: at.toISOString(),
        channelId: DIRECT_LINE_CHANNEL_ID,
        conversation: { id: conversationId },
        from: { id: BOT_ACCOUNT_ID, name: deps.botName, role: 'bot' },
        // Only a reply to one of this conversation's activities says so (Web Chat waits for the activity a reply names).
        ...(typeof req.params.replyTo === 'string' && req.params.replyTo.startsWith(`${conversationId}|`) ? { replyToId: req.params.replyTo } : {}),
      }),
      at,
    );
    if (!stored) throw new HttpError(404, 'not-found', 'There is no such conversation.');
    stream.notify(conversationId);
    res.send(200, { id: stored.activity.id });
  });
  server.post(`${DIRECT_LINE_PATH}/bot/:key/v3/conversations/:id/activities`, fromBot);
  server.post(`${DIRECT_LINE_PATH}/bot/:key/v3/conversations/:id/activities/:replyTo`, fromBot);

  stream.attach(server.server, (req: IncomingMessage) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([A-Za-z0-9_-]{8,64})/stream$`).exec(url.pathname);
    if (!m) return null;
    const claims = tokens.verify('access', url.searchParams.get('t'), deps.now());
    if (!claims || claims.conversationId !== m[1]) return null;
    return { conversationId: claims.conversationId, watermark: watermarkOf(url.searchParams.get('watermark')) };
  });
  return stream;
}
