// The HTTP surface, on restify 12: Twilio's SMS webhook and delivery reports, and health
// checks. Handlers answer fast (Twilio waits 15 s in all): the turn is committed, the
// reply is queued in the outbox, and the dispatcher sends it after the response.
import restify from 'restify';
import type { ConversationEngine } from '../engine/conversation-engine.js';
import type { Store } from '../store/store.js';
import { StoreError } from '../store/db.js';
import { EMPTY_TWIML, parseInboundSms, parseStatusCallback, signatureValid, type SignatureCheck } from '../channels/twilio-sms.adapter.js';
import { TWILIO_OPTED_OUT } from '../sms/sms-sender.js';
import type { OutboxDispatcher } from '../scheduler/outbox-dispatcher.js';
import { registerApi } from './api.routes.js';
import { HttpError, respondError, route } from '../http/http-errors.js';
import { maskPhone, type Logger } from '../log/logger.js';
import { readForm, type BodyLimits } from '../http/read-body.js';
import type { WebChatSetup } from '../webchat/web-chat.setup.js';
import { BotEndpoint, registerBot } from './bot.routes.js';
import { runTurn } from './run-turn.js';
import { registerMessenger, type MessengerDeps } from './messenger.routes.js';
import { registerDirectLine } from '../directline/directline.routes.js';
import { registerChatPage } from '../webchat/chat.routes.js';
import type { DirectLineStream } from '../directline/directline.stream.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import type { PhotoFiles } from '../photos/photo-files.js';
import type { UploadLinks } from '../photos/upload-links.js';
import { registerUploads } from './upload.routes.js';
import { registerConsole } from '../console/console.routes.js';
import type { StaffStore } from '../staff/staff.store.js';
import type { ConsoleReads } from '../store/console-reads.js';
import type { ReportReads } from '../store/report-reads.js';

export interface AppDeps {
  engine: ConversationEngine;
  store: Store;
  dispatcher: OutboxDispatcher;
  log: Logger;
  signatures: SignatureCheck;
  now?: () => Date;
  /** The key /api routes need; null refuses them all. */
  apiKey?: string | null;
  /** Scheduled work was added (a job report): run what is due. */
  onScheduled?: () => void;
  /** The largest request body and the longest it may take to arrive. */
  bodyLimits?: BodyLimits;
  /** GET /readyz answers 503 if the store has not answered within this long. */
  readyTimeoutMs?: number;
  /** Web chat: POST /api/messages, and with no app id the local Direct Line and the /chat page. */
  webChat?: WebChatSetup;
  /** How often an open web chat socket looks for activities it was not told of (default 5 s). */
  directLinePollMs?: number;
  /** The public base URL (PUBLIC_URL), for addresses handed to browsers. */
  publicUrl?: string | null;
  /** Where photos sent with reports are kept (served to staff by /api/photos). */
  photoFiles?: PhotoFiles;
  /** One-time photo upload links (GET and POST /p/:token), with photoFiles. */
  uploadLinks?: UploadLinks;
  /** The staff console under /console: these accounts and sessions, reading conversations through `reads`. */
  console?: { staff: StaffStore; reads: ConsoleReads; reports: ReportReads; homes: number | null };
  /** Messenger: GET and POST /messenger, with these secrets (null: local mode). */
  messenger?: Pick<MessengerDeps, 'appSecret' | 'verifyToken'>;
}

export interface App {
  server: restify.Server;
  /** Turns being handled right now; SIGTERM waits for them. */
  inFlight(): number;
  idle(): Promise<void>;
  /** Closes open web chat streams (on shutdown). */
  closeStreams(): void;
}

function twiml(res: restify.Response): void {
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
  res.end(EMPTY_TWIML);
}

/** Resolves when `work` does, or rejects with a StoreError once `ms` have passed. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreError('STORE_UNAVAILABLE', `no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function createApp(deps: AppDeps): App {
  const { engine, store, dispatcher, log, signatures } = deps;
  const now = deps.now ?? (() => new Date());
  const server = restify.createServer({ name: 'doorstep', handleUncaughtExceptions: false });
  // A request counts as in flight from the moment it arrives until its response is
  // finished, so SIGTERM waits for requests whose bodies are still arriving too.
  let active = 0;
  let waiters: (() => void)[] = [];
  server.pre((_req, res, next) => {
    active += 1;
    res.once('close', () => {
      active -= 1;
      if (active === 0) {
        for (const w of waiters) w();
        waiters = [];
      }
    });
    next();
  });

  // restify re-emits its HTTP server's 'error' events on itself, the emitter where it also
  // emits route errors by their name (pg names its errors "error"): keep the two apart.
  // The HTTP server's own errors are logged here; a failure to listen is the caller's.
  server.server.removeAllListeners('error');
  server.server.on('error', (error) => log.error({ err: error }, 'http server error'));

  // A request line must be a path: "POST http://host/sms" is not one of our addresses.
  server.pre((req, res, next) => {
    if ((req.url ?? '').startsWith('/')) return next();
    respondError(req, res, new HttpError(400, 'bad-request-line', 'Bad request: the request line must give a path.'), log);
    return next(false);
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  const limits = deps.bodyLimits;
  registerApi(server, {
    engine,
    store,
    log,
    apiKey: deps.apiKey ?? null,
    now,
    onScheduled: deps.onScheduled ?? (() => {}),
    ...(limits ? { bodyLimits: limits } : {}),
    ...(deps.photoFiles ? { photoFiles: deps.photoFiles } : {}),
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  // Honest within 2 s whatever the store does: a store that does not answer is not ready.
  const readyTimeoutMs = deps.readyTimeoutMs ?? 1_000;
  server.get(
    '/readyz',
    route(log, async (_req, res) => {
      try {
        await within(store.ping(), readyTimeoutMs);
        res.send(200, { status: 'ready', store: store.kind });
      } catch (error) {
        log.warn({ err: error }, 'store not answering');
        res.send(503, { status: 'unavailable', store: store.kind });
      }
    }),
  );

  server.post(
    '/sms',
    route(log, async (req, res) => {
      const params = await readForm(req, limits);
      if (!signatureValid(signatures, req.header('x-twilio-signature') || undefined, req.url ?? '/sms', params)) {
        log.warn({ from: maskPhone(params.From), path: '/sms' }, 'refused a webhook with a missing or wrong signature');
        throw new HttpError(403, 'bad-signature', 'Forbidden: the X-Twilio-Signature does not match this request.');
      }
      const parsed = parseInboundSms(params, now());
      if (!parsed.ok) throw new HttpError(400, 'bad-webhook', `Bad request: ${parsed.reason}.`);
      // A store that cannot be reached is answered 503: Twilio retries or uses the fallback URL.
      await runTurn(engine, parsed.message, log, { from: maskPhone(parsed.message.address) });
      twiml(res);
      void dispatcher.kick();
    }),
  );

  server.post(
    '/sms/status',
    route(log, async (req, res) => {
      const params = await readForm(req, limits);
      if (!signatureValid(signatures, req.header('x-twilio-signature') || undefined, req.url ?? '/sms/status', params)) {
        log.warn({ path: '/sms/status' }, 'refused a status callback with a missing or wrong signature');
        throw new HttpError(403, 'bad-signature', 'Forbidden: the X-Twilio-Signature does not match this request.');
      }
      const parsed = parseStatusCallback(params);
      if (!parsed.ok) throw new HttpError(400, 'bad-webhook', `Bad request: ${parsed.reason}.`);
      const report = parsed.report;
      if (report) {
        const message = await store.recordDeliveryStatus(report.providerId, report.status, report.errorCode, now());
        if (message && report.errorCode === TWILIO_OPTED_OUT) {
          await store.setOptOut({ channel: message.channel, address: message.recipient }, true, 'twilio-21610', now());
          log.warn({ to: maskPhone(message.recipient) }, 'number has opted out at Twilio (21610)');
        }
        log.info({ outboundId: message?.id ?? null, status: report.status, errorCode: report.errorCode }, 'delivery report');
      }
      res.writeHead(204);
      res.end();
    }),
  );

  if (deps.messenger) {
    registerMessenger(server, { ...deps.messenger, engine, dispatcher, log, now, ...(limits ? { bodyLimits: limits } : {}) });
  }

  if (deps.photoFiles && deps.uploadLinks) {
    registerUploads(server, {
      links: deps.uploadLinks,
      files: deps.photoFiles,
      store,
      landlord: { name: engine.pack.landlord.name, phone: engine.pack.contact.phone },
      log,
      now,
    });
  }

  let consoleStreams: { close(): void } | null = null;
  if (deps.console) {
    consoleStreams = registerConsole(server, {
      ...deps.console,
      engine,
      store,
      // A staff reply or a visit's news: queue what is due and send it now.
      onScheduled: () => {
        deps.onScheduled?.();
        void dispatcher.kick();
      },
      landlord: engine.pack.landlord.name,
      log,
      now,
      publicUrl: deps.publicUrl ?? null,
      ...(limits ? { bodyLimits: limits } : {}),
    });
  }

  let stream: DirectLineStream | null = null;
  if (deps.webChat) stream = registerWebChat(server, deps, engine.pack, now);

  // What restify answers itself (no such route, wrong method): a client error, logged as
  // one, and answered in our shape, without echoing the path back.
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) log.error({ err, path: (req.url ?? '').slice(0, 80) }, 'request failed');
    else log.warn({ status, path: (req.url ?? '').slice(0, 80) }, 'request refused');
    if (status === 404) res.send(404, { error: 'not-found', message: 'There is nothing at this address.' });
    else if (status === 405) res.send(405, { error: 'method-not-allowed', message: 'This address does not take that method.' });
    return callback();
  });

  return {
    server,
    inFlight: () => active,
    idle: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    closeStreams: () => {
      stream?.close();
      consoleStreams?.close();
    },
  };
}

/** This server as it reaches itself: its own port on loopback when it listens on every address. */
function selfUrl(server: restify.Server): string {
  const address = server.server.address();
  if (!address || typeof address === 'string') return 'http://127.0.0.1';
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

function registerWebChat(server: restify.Server, deps: AppDeps, pack: PolicyPack, now: () => Date): DirectLineStream | null {
  const web = deps.webChat!;
  const bot = {
    engine: deps.engine,
    web: web.store,
    adapter: web.adapter,
    auth: web.auth,
    authenticated: web.authenticated,
    dispatcher: deps.dispatcher,
    log: deps.log,
    now,
    ...(deps.bodyLimits ? { bodyLimits: deps.bodyLimits } : {}),
  };
  const endpoint = new BotEndpoint(bot);
  registerBot(server, bot, endpoint);
  // With an app id, web chat comes through Azure's Direct Line: the local one would not pass the token check.
  if (web.authenticated) return null;
  const stream = registerDirectLine(server, {
    web: web.store,
    tokens: web.tokens,
    botKey: web.botKey,
    selfUrl: () => selfUrl(server),
    deliver: async (activity) => {
      await endpoint.handle('', activity, { trustedRoute: true });
    },
    botName: pack.landlord.shortName,
    log: deps.log,
    ...(deps.directLinePollMs ? { streamPollMs: deps.directLinePollMs } : {}),
    now,
    publicUrl: deps.publicUrl ?? null,
    ...(deps.bodyLimits ? { bodyLimits: deps.bodyLimits } : {}),
  });
  registerChatPage(server, {
    tokens: web.tokens,
    landlord: { name: pack.landlord.name, shortName: pack.landlord.shortName, phone: pack.contact.phone },
    accent: web.accent,
    log: deps.log,
    now,
    ...(deps.bodyLimits ? { bodyLimits: deps.bodyLimits } : {}),
  });
  return stream;
}
