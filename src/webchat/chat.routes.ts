// GET /chat: the web chat page. The official Web Chat bundle is served from the installed
// botframework-webchat package (no CDN: the page needs nothing outside this server),
// compressed once and cached by the browser; the page is styled with the landlord's name
// and colour. POST /chat/token gives a visitor the token for their conversation: a new one,
// or, with the resume token the page kept, the same one as before.
import { escapeHtml } from '../http/html.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type restify from 'restify';
import { HttpError, route } from '../http/http-errors.js';
import { readJson, type BodyLimits } from '../http/read-body.js';
import type { Logger } from '../log/logger.js';
import { newConversationId, newUserId, type VisitorTokens } from '../directline/visitor-token.js';

export interface ChatPageDeps {
  tokens: VisitorTokens;
  landlord: { name: string; shortName: string; phone: string };
  /** The page's accent colour (#rrggbb). */
  accent: string;
  log: Logger;
  now: () => Date;
  bodyLimits?: BodyLimits;
}

interface Asset {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  type: string;
}

function asset(body: Buffer, type: string): Asset {
  return { body, gzip: gzipSync(body, { level: 9 }), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`, type };
}

/**
 * The minimal bundle (text, suggested actions and attachments, half the size of the full
 * one, for tenants on phone data) with markdown-it as its markdown renderer, both as the
 * packages ship them.
 */
function webChatBundle(): Buffer {
  const entry = fileURLToPath(import.meta.resolve('botframework-webchat'));
  return readFileSync(join(dirname(entry), 'webchat-minimal.js'));
}

function markdownBundle(): Buffer {
  const entry = fileURLToPath(import.meta.resolve('markdown-it'));
  return readFileSync(join(dirname(entry), 'dist', 'markdown-it.min.js'));
}

/** JSON inside a <script> element: nothing in it can close the element. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

function initials(shortName: string): string {
  return (
    shortName
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 3)
      .toUpperCase() || 'Bot'
  );
}

function page(deps: ChatPageDeps, bundleTag: string): string {
  const { landlord, accent } = deps;
  const name = escapeHtml(landlord.name);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chat with ${name}</title>
<link rel="icon" href="data:,">
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; background: #f4f4f4; }
  header { background: ${accent}; color: #fff; padding: 12px 16px; }
  header h1 { font-size: 1.125rem; margin: 0; line-height: 1.3; }
  header p { margin: 4px 0 0; font-size: 0.875rem; }
  header a { color: #fff; }
  main { flex: 1; min-height: 0; display: flex; flex-direction: column; max-width: 720px; width: 100%; margin: 0 auto; background: #fff; }
  #webchat { flex: 1; min-height: 0; }
  #chat-status:empty { display: none; }
  #chat-status { padding: 12px 16px; }
  /* Web Chat's markdown paragraphs: one line's gap between them, not three. */
  #webchat .webchat__render-markdown p { margin: 0; }
  #webchat .webchat__render-markdown p + p, #webchat .webchat__render-markdown ol { margin-top: 0.6em; margin-bottom: 0; }
  .skip { position: absolute; left: -9999px; }
  .skip:focus { left: 8px; top: 8px; background: #fff; color: #000; padding: 8px; z-index: 10; }
</style>
</head>
<body>
<a class="skip" href="#webchat">Skip to the chat</a>
<header>
  <h1>Chat with ${name}</h1>
  <p>Tell us what you need in your own words: a repair, a problem with neighbours, a complaint or a question. In an emergency call <a href="tel:${escapeHtml(landlord.phone.replace(/\s/g, ''))}">${escapeHtml(landlord.phone)}</a>; if anyone is in danger, call 999.</p>
</header>
<main>
  <p id="chat-status" role="status" aria-live="polite">Starting the chat...</p>
  <div id="webchat" role="region" aria-label="Chat with ${name}"></div>
</main>
<script id="chat-config" type="application/json">${scriptJson({ accent, initials: initials(landlord.shortName), phone: landlord.phone })}</script>
<script src="/chat/webchat.js?v=${bundleTag}"></script>
<script src="/chat/markdown-it.js?v=${bundleTag}"></script>
<script src="/chat/chat.js?v=${bundleTag}"></script>
</body>
</html>
`;
}

function sendAsset(req: restify.Request, res: restify.Response, a: Asset, cache: string): void {
  const headers: Record<string, string> = { 'content-type': a.type, etag: a.etag, 'cache-control': cache, vary: 'accept-encoding' };
  if (req.headers['if-none-match'] === a.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? a.gzip : a.body;
  res.writeHead(200, { ...headers, 'content-length': String(body.length), ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  res.end(body);
}

/** Everything the page loads comes from here; Web Chat's styles are injected at run time. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  'frame-ancestors *',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function registerChatPage(server: restify.Server, deps: ChatPageDeps): void {
  const { tokens, log } = deps;
  // Read and compressed once, on the first request: start-up does not wait for 2 MB of gzip.
  let bundle: Asset | null = null;
  const client = asset(readFileSync(new URL('./chat.client.js', import.meta.url)), 'text/javascript; charset=utf-8');
  const getBundle = (): Asset => {
    bundle ??= asset(webChatBundle(), 'text/javascript; charset=utf-8');
    return bundle;
  };
  // The bundles change only with the packages; the page's own script with each release.
  const tag = client.etag.slice(1, 9);
  let html: Asset | null = null;

  server.get('/chat', (req, res, next) => {
    html ??= asset(Buffer.from(page(deps, tag)), 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    sendAsset(req, res, html, 'no-cache');
    next();
  });
  server.get('/chat/webchat.js', (req, res, next) => {
    sendAsset(req, res, getBundle(), 'public, max-age=604800, immutable');
    next();
  });
  const markdown = asset(markdownBundle(), 'text/javascript; charset=utf-8');
  server.get('/chat/markdown-it.js', (req, res, next) => {
    sendAsset(req, res, markdown, 'public, max-age=604800, immutable');
    next();
  });
  server.get('/chat/chat.js', (req, res, next) => {
    sendAsset(req, res, client, 'public, max-age=604800, immutable');
    next();
  });

  server.post(
    '/chat/token',
    route(log, async (req, res) => {
      const body = await readJson(req, deps.bodyLimits);
      const now = deps.now();
      let conversationId: string;
      let userId: string;
      const resume = typeof body.resume === 'string' ? tokens.verify('resume', body.resume, now) : null;
      if (body.resume !== undefined && typeof body.resume !== 'string') throw new HttpError(400, 'bad-request', 'Bad request: resume must be a string.');
      if (resume) {
        conversationId = resume.conversationId;
        userId = resume.userId;
      } else {
        // No resume token, or one that has expired or was not ours: a new conversation.
        conversationId = newConversationId();
        userId = newUserId();
      }
      res.setHeader('cache-control', 'no-store');
      res.send(200, {
        conversationId,
        userId,
        token: tokens.issue('access', conversationId, userId, now).token,
        expires_in: tokens.issue('access', conversationId, userId, now).expiresIn,
        resume: tokens.issue('resume', conversationId, userId, now).token,
        resumed: resume !== null,
      });
    }),
  );
}
