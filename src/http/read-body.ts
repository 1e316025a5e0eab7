// Request bodies, read by us rather than by restify's bodyParser: that parser handed
// multipart bodies to formidable, which wrote them to disk before any check, and counted
// gzip bodies before inflating them. Here each route names the one type it accepts; the
// size limit is counted on the bytes as they arrive, before any signature or key check;
// compressed bodies are refused; nothing is written anywhere; and a body that trickles
// in is cut off at a deadline, so a slow client cannot hold a worker or a shutdown.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-errors.js';

export type BodyType = 'form' | 'json' | 'multipart';

const MEDIA_TYPES: Record<BodyType, string> = {
  form: 'application/x-www-form-urlencoded',
  json: 'application/json',
  multipart: 'multipart/form-data',
};

export interface BodyLimits {
  /** Bytes; a larger body is refused with 413 as soon as the count passes it. */
  maxBytes: number;
  /** The whole body must have arrived within this long of the request. */
  timeoutMs: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBytes: 64 * 1024, timeoutMs: 10_000 };

function mediaType(req: IncomingMessage): string | null {
  const header = req.headers['content-type'];
  return header ? (header.split(';')[0] ?? '').trim().toLowerCase() : null;
}

/** The raw body of a request that must be `type`, or an HttpError saying why not. */
export async function readRawBody(req: IncomingMessage, type: BodyType, limits: BodyLimits = DEFAULT_BODY_LIMITS): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limits.maxBytes) {
    throw new HttpError(413, 'body-too-large', `The request body is larger than ${limits.maxBytes} bytes.`);
  }
  const hasBody = declared !== undefined ? Number(declared) > 0 : req.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return Buffer.alloc(0);
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') {
    throw new HttpError(415, 'unsupported-encoding', 'Compressed request bodies are not accepted: send the body uncompressed.');
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (mediaType(req) !== MEDIA_TYPES[type] || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii')) {
    throw new HttpError(415, 'unsupported-media-type', `This address accepts ${MEDIA_TYPES[type]} bodies only, in UTF-8.`);
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => fail(new HttpError(408, 'body-timeout', 'The request body did not arrive in time.')), limits.timeoutMs);
    const done = () => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const fail = (error: Error) => {
      done();
      // Stop reading; the response still goes out, then the connection is closed (see respondError).
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) fail(new HttpError(413, 'body-too-large', `The request body is larger than ${limits.maxBytes} bytes.`));
      else chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => fail(new HttpError(400, 'body-unreadable', 'The request body could not be read.', { cause: error }));
    const onAborted = () => fail(new HttpError(400, 'body-unreadable', 'The request was cut off before its body arrived.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/** A form body as name -> value (a repeated name keeps its last value), as Twilio sends it. */
export async function readForm(req: IncomingMessage, limits?: BodyLimits): Promise<Record<string, string>> {
  const raw = await readRawBody(req, 'form', limits);
  const out: Record<string, string> = {};
  // URLSearchParams decodes bytes that are not UTF-8 as U+FFFD rather than failing.
  for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) out[k] = v;
  return out;
}

/** A JSON object body; an empty body is an empty object. */
export async function readJson(req: IncomingMessage, limits?: BodyLimits): Promise<Record<string, unknown>> {
  const raw = await readRawBody(req, 'json', limits);
  if (raw.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch {
    // Not a word of the body goes into the answer or the log.
    throw new HttpError(400, 'bad-json', 'The request body is not valid JSON.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'bad-json', 'The request body must be a JSON object.');
  return value as Record<string, unknown>;
}
