// The one error path for every route. A handler returns normally or throws; whatever it
// throws is answered here with a stable code: an HttpError as it says, a store that
// cannot be reached 503 (Twilio then retries or uses its fallback URL), a value the
// database refused 400, and anything else 500 with no internals. Errors never reach
// restify's own handling, which emits an event named after the error (pg's errors are
// named "error", and an 'error' event could end the process).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type restify from 'restify';
import { StoreError } from '../store/db.js';
import type { Logger } from '../log/logger.js';

/** An answer to a request that could not be served, with a stable code for callers. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof StoreError && (error.code === 'STORE_UNAVAILABLE' || error.code === 'STORE_LOCKED')) {
    return new HttpError(503, 'store-unavailable', 'Service unavailable: the store cannot be reached. Try again shortly.', { cause: error });
  }
  if (error instanceof StoreError && error.code === 'STORE_REFUSED_INPUT') {
    return new HttpError(400, 'bad-input', 'Bad request: a value in it cannot be stored.', { cause: error });
  }
  return new HttpError(500, 'internal', 'Internal error.', { cause: error });
}

/** Answers `error` on `res` (JSON under /api, plain text elsewhere) and logs it at the level it deserves. */
export function respondError(req: IncomingMessage, res: ServerResponse, error: unknown, log: Logger): void {
  const http = toHttpError(error);
  const path = (req.url ?? '').split('?')[0]!.slice(0, 80);
  const fields = { path, status: http.status, code: http.code };
  if (http.status >= 500) log.error({ ...fields, err: http.cause ?? http }, http.status === 503 ? 'store unavailable; answered 503' : 'request failed');
  else log.warn(fields, 'request refused');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const json = path.startsWith('/api/') || path === '/readyz';
  const headers: Record<string, string> = { 'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' };
  if (http.status === 503) headers['retry-after'] = '5';
  // A body we stopped reading (too large, too slow, wrong type): what the client still
  // sends is read and dropped, so a client still uploading sees our answer rather than a
  // reset connection, and a connection still sending a moment after the answer is cut.
  const unread = !req.complete;
  if (unread) req.resume();
  res.writeHead(http.status, headers);
  res.end(json ? JSON.stringify({ error: http.code, message: http.message }) : `${http.message}\n`);
  if (unread) {
    res.once('finish', () =>
      setTimeout(() => {
        if (!req.complete) req.socket.destroy();
      }, LINGER_MS).unref(),
    );
  }
}

/** How long a connection whose body we refused may go on sending (into nothing) before it is cut. */
const LINGER_MS = 2_000;

export type Handler = (req: restify.Request, res: restify.Response) => Promise<void>;

/**
 * A restify handler from an async one. Errors go to respondError, never to `next`, and
 * the chain ends here (these are the last handlers of their routes).
 */
export function route(log: Logger, handler: Handler): restify.RequestHandler {
  return (req, res, next) => {
    handler(req, res).then(
      () => next(),
      (error: unknown) => {
        respondError(req, res, error, log);
        next();
      },
    );
  };
}
