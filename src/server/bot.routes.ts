// POST /api/messages, the Bot Framework's messaging endpoint (not part of the staff API: no
// bearer key). Each activity is authenticated by botbuilder (a Bot Framework token when an
// app id is set; with none, anonymous, and then only local traffic is taken, as the Bot
// Framework Emulator sends it), then becomes one turn of the same engine SMS uses. The reply
// is queued in the outbox and sent after the response, to the activity's serviceUrl.
// The built-in Direct Line service hands its visitors' activities to the same place.
import { isIP } from 'node:net';
import type restify from 'restify';
import type { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { ConversationEngine } from '../engine/conversation-engine.js';
import type { OutboxDispatcher } from '../scheduler/outbox-dispatcher.js';
import { parseActivity, parseJoin, WEB_CHANNEL } from '../channels/bot-framework.adapter.js';
import type { InboundMessage } from '../channels/channel.js';
import type { WebStore } from '../channels/web.store.js';
import { StoreError } from '../store/db.js';
import { HttpError, route } from '../http/http-errors.js';
import { readJson, type BodyLimits } from '../http/read-body.js';
import { shortId, type Logger } from '../log/logger.js';
import { runTurn } from './run-turn.js';

export interface BotDeps {
  engine: ConversationEngine;
  web: WebStore;
  adapter: CloudAdapter;
  auth: ConfigurationBotFrameworkAuthentication;
  /** True when an app id is set and tokens are checked. */
  authenticated: boolean;
  dispatcher: OutboxDispatcher;
  log: Logger;
  now: () => Date;
  bodyLimits?: BodyLimits;
}

export type BotOutcome = 'turn' | 'duplicate' | 'ignored';

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1' || h === '::ffff:127.0.0.1';
}

/** A serviceUrl on this machine: with no app id, replies go nowhere else (no request of ours can be aimed at another host). */
export function loopbackUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && isLoopback(u.hostname);
  } catch {
    return false;
  }
}

/** One turn for an activity already authenticated: the message into the engine, its route kept, the reply queued. */
export class BotEndpoint {
  constructor(private readonly deps: BotDeps) {}

  /**
   * Runs the turn. Returns what happened; a store that cannot be reached throws a
   * StoreError (answered 503, so the channel or the visitor tries again), and any other
   * failure keeps the message and queues an apology, as for SMS.
   */
  async handle(authorization: string, activity: Partial<Activity>, options: { trustedRoute?: boolean } = {}): Promise<BotOutcome> {
    const authenticated = await this.deps.auth.authenticateRequest(activity as Activity, authorization).catch((cause: unknown) => {
      throw new HttpError(401, 'unauthorized', 'Unauthorized: the Bot Framework token is missing or not valid.', { cause });
    });
    const at = this.deps.now();
    // A visitor joining (greeted) or a message (one turn): either way, where the replies go.
    const joined = parseJoin(activity);
    const parsed = joined ? null : parseActivity(activity, at);
    if (parsed && !parsed.ok) throw new HttpError(400, 'bad-activity', `Bad request: ${parsed.reason}.`);
    const target = joined
      ? { address: joined.address, route: joined.route, message: null }
      : parsed?.ok
        ? { address: parsed.message.address, route: parsed.route, message: parsed.message }
        : null;
    if (!target) return 'ignored';
    const { address, route, message } = target;
    // The local Direct Line's own address is trusted (it made it); anything else must be on this machine.
    if (!this.deps.authenticated && !options.trustedRoute && !loopbackUrl(route.serviceUrl ?? '')) {
      throw new HttpError(400, 'bad-service-url', 'Bad request: with no Microsoft app id set, replies go to this machine only (a loopback serviceUrl).');
    }
    let outcome: BotOutcome = 'ignored';
    // botbuilder makes the turn context; the turn itself is ours, and it sends nothing inside
    // the request: the reply goes through the outbox like every other message.
    await this.deps.adapter
      .processActivityDirect(authenticated, activity as Activity, async () => {
        await this.deps.web.saveRoute(WEB_CHANNEL, address, route, at);
        outcome = message ? await this.turn(message) : await this.welcome(address, at);
        void this.deps.dispatcher.kick();
      })
      .catch((error: unknown) => {
        // processActivityDirect wraps what the turn threw; the store's own error decides the answer.
        throw findStoreError(error) ?? error;
      });
    return outcome;
  }

  /** A visitor's message: one turn of the engine (see run-turn.ts). */
  private async turn(message: InboundMessage): Promise<BotOutcome> {
    const result = await runTurn(this.deps.engine, message, this.deps.log, { conversation: shortId(message.address) });
    return result.duplicate ? 'duplicate' : 'turn';
  }

  /** A visitor opened the chat: greet them once, with what the assistant can do. */
  private async welcome(address: string, at: Date): Promise<BotOutcome> {
    const sent = await this.deps.engine.welcome({ channel: WEB_CHANNEL, address }, at);
    return sent.length > 0 ? 'turn' : 'duplicate';
  }
}

function findStoreError(error: unknown): StoreError | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (e instanceof StoreError) return e;
  }
  return null;
}

/** Local traffic: from this machine, and not passed on by a proxy (which would make anyone's request look local). */
export function localRequest(req: restify.Request): boolean {
  const forwarded = req.headers.forwarded !== undefined || req.headers['x-forwarded-for'] !== undefined || req.headers['x-real-ip'] !== undefined;
  return !forwarded && isLoopback(req.socket.remoteAddress ?? '');
}

export function registerBot(server: restify.Server, deps: BotDeps, endpoint: BotEndpoint): void {
  server.post(
    '/api/messages',
    route(deps.log, async (req, res) => {
      if (!deps.authenticated && !localRequest(req)) {
        throw new HttpError(403, 'local-only', 'Forbidden: with no Microsoft app id set, this endpoint takes traffic from this machine only.');
      }
      const body = await readJson(req, deps.bodyLimits);
      if (typeof body.type !== 'string') throw new HttpError(400, 'bad-activity', 'Bad request: the body is not a Bot Framework activity (no type).');
      const authorization = req.header('authorization') ?? '';
      await endpoint.handle(authorization, body as Partial<Activity>);
      res.writeHead(200);
      res.end();
    }),
  );
}
