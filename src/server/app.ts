// The HTTP surface, on restify 12: Twilio's SMS webhook and delivery reports, and health
// checks. Handlers answer fast (Twilio waits 15 s in all): the turn is committed, the
// reply is queued in the outbox, and the dispatcher sends it after the response.
import restify from 'restify';
import type { ConversationEngine } from '../engine/conversation-engine.js';
import type { Store } from '../store/store.js';
import {
  EMPTY_TWIML,
  formParams,
  parseInboundSms,
  parseStatusCallback,
  signatureValid,
  type SignatureCheck,
} from '../channels/twilio-sms.adapter.js';
import { TWILIO_OPTED_OUT } from '../sms/sms-sender.js';
import type { OutboxDispatcher } from './outbox-dispatcher.js';
import { registerApi } from './api.routes.js';
import { maskPhone, type Logger } from './logger.js';

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
}

export interface App {
  server: restify.Server;
  /** Turns being handled right now; SIGTERM waits for them. */
  inFlight(): number;
  idle(): Promise<void>;
}

function twiml(res: restify.Response): void {
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
  res.end(EMPTY_TWIML);
}

function plain(res: restify.Response, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
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

  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 64 * 1024 }));
  registerApi(server, { engine, store, log, apiKey: deps.apiKey ?? null, now, onScheduled: deps.onScheduled ?? (() => {}) });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.send(200, { status: 'ready', store: store.kind });
    } catch (error) {
      log.warn({ err: error }, 'store not answering');
      res.send(503, { status: 'unavailable', store: store.kind });
    }
  });

  server.post('/sms', (req, res, next) => {
    void (async () => {
      const params = formParams(req.body);
      if (!signatureValid(signatures, req.header('x-twilio-signature') || undefined, req.url ?? '/sms', params)) {
        log.warn({ from: maskPhone(params.From), path: '/sms' }, 'refused a webhook with a missing or wrong signature');
        plain(res, 403, 'Forbidden: the X-Twilio-Signature does not match this request.');
        return;
      }
      const parsed = parseInboundSms(params, now());
      if (!parsed.ok) {
        plain(res, 400, `Bad request: ${parsed.reason}.`);
        return;
      }
      const message = parsed.message;
      const rlog = log.child({ from: maskPhone(message.address), messageId: message.messageId });
      try {
        const result = await engine.receive(message);
        rlog.info(
          { conversationId: result.conversationId, duplicate: result.duplicate, replies: result.texts.length, cases: result.cases.map((c) => c.reference) },
          result.duplicate ? 'sms retry ignored' : 'sms turn',
        );
      } catch (error) {
        rlog.error({ err: error }, 'turn failed; keeping the message and apologising');
        try {
          await engine.keepUnprocessed(message);
        } catch (again) {
          // The store itself is down: a 503 makes Twilio try the fallback URL, so the message is not lost.
          rlog.error({ err: again }, 'could not keep the message');
          plain(res, 503, 'Service unavailable.');
          return;
        }
      }
      twiml(res);
      void dispatcher.kick();
    })().then(() => next(), next);
  });

  server.post('/sms/status', (req, res, next) => {
    void (async () => {
      const params = formParams(req.body);
      if (!signatureValid(signatures, req.header('x-twilio-signature') || undefined, req.url ?? '/sms/status', params)) {
        log.warn({ path: '/sms/status' }, 'refused a status callback with a missing or wrong signature');
        plain(res, 403, 'Forbidden: the X-Twilio-Signature does not match this request.');
        return;
      }
      const report = parseStatusCallback(params);
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
    })().then(() => next(), next);
  });

  // Anything that escapes a handler: a plain 500 with no internals, and a log line.
  server.on('restifyError', (req, _res, err, callback) => {
    log.error({ err, path: req.url }, 'request failed');
    return callback();
  });

  return {
    server,
    inFlight: () => active,
    idle: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
