// GET and POST /messenger, Facebook Messenger's webhook. GET answers Meta's subscribe
// handshake. POST is checked before anything is read into the engine: with an app secret,
// X-Hub-Signature-256 over the raw bytes (forged or missing: 403, nothing stored); with
// none (local mode), only traffic from this machine. Then every event of the batch is one
// turn, in order, deduplicated on the message id (Meta delivers again what it thinks
// failed), and the answer is 200 as soon as they are committed; replies go through the
// outbox after it.
import type restify from 'restify';
import type { ConversationEngine } from '../engine/conversation-engine.js';
import type { OutboxDispatcher } from '../scheduler/outbox-dispatcher.js';
import { MESSENGER_CHANNEL, parseWebhook, signatureValid, verifyHandshake } from '../channels/messenger.adapter.js';
import { HttpError, route } from '../http/http-errors.js';
import { DEFAULT_BODY_LIMITS, readRawBody, type BodyLimits } from '../http/read-body.js';
import { shortId, type Logger } from '../log/logger.js';
import { localRequest } from './bot.routes.js';
import { runTurn } from './run-turn.js';

export interface MessengerDeps {
  engine: ConversationEngine;
  dispatcher: OutboxDispatcher;
  log: Logger;
  now: () => Date;
  /** MESSENGER_APP_SECRET; null: local mode, loopback traffic only. */
  appSecret: string | null;
  /** MESSENGER_VERIFY_TOKEN; null: the handshake is always refused. */
  verifyToken: string | null;
  bodyLimits?: BodyLimits;
}

/** Meta batches many entries in one delivery: more room than a text message needs. */
const MESSENGER_MAX_BYTES = 1024 * 1024;

export function registerMessenger(server: restify.Server, deps: MessengerDeps): void {
  const { engine, log } = deps;
  const limits = deps.bodyLimits ?? DEFAULT_BODY_LIMITS;

  server.get(
    '/messenger',
    route(log, async (req, res) => {
      const challenge = verifyHandshake((req.query ?? {}) as Record<string, unknown>, deps.verifyToken);
      if (challenge === null) {
        log.warn({ path: '/messenger' }, 'refused a Messenger subscribe handshake');
        throw new HttpError(403, 'bad-verify-token', 'Forbidden: the verify token does not match.');
      }
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(challenge);
    }),
  );

  server.post(
    '/messenger',
    route(log, async (req, res) => {
      if (deps.appSecret === null && !localRequest(req)) {
        throw new HttpError(403, 'local-only', 'Forbidden: with no MESSENGER_APP_SECRET set, this endpoint takes traffic from this machine only.');
      }
      const raw = await readRawBody(req, 'json', { ...limits, maxBytes: Math.max(limits.maxBytes, MESSENGER_MAX_BYTES) });
      if (deps.appSecret !== null && !signatureValid(deps.appSecret, req.header('x-hub-signature-256') || undefined, raw)) {
        log.warn({ path: '/messenger' }, 'refused a webhook with a missing or wrong signature');
        throw new HttpError(403, 'bad-signature', 'Forbidden: the X-Hub-Signature-256 does not match this request.');
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new HttpError(400, 'bad-json', 'The request body is not valid JSON.');
      }
      const parsed = body !== null && typeof body === 'object' && !Array.isArray(body) ? parseWebhook(body as Record<string, unknown>, deps.now()) : null;
      if (!parsed) throw new HttpError(400, 'bad-webhook', 'Bad request: not a Messenger page webhook (object "page" with an entry list).');
      for (const event of parsed.events) {
        if (event.type === 'message') await runTurn(engine, event.message, log, { conversation: shortId(event.message.address) });
        else await engine.welcome({ channel: MESSENGER_CHANNEL, address: event.address }, event.at, { messageId: event.messageId, text: 'Get Started' });
      }
      if (parsed.ignored > 0) log.debug({ ignored: parsed.ignored }, 'Messenger events that are not messages to us (echoes, receipts)');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('EVENT_RECEIVED');
      void deps.dispatcher.kick();
    }),
  );
}
