// The staff and job-system API: a visit en route, done or no access; a delay notice to a
// tenant; SLA alerts; the handoff queue. Every route needs the API key (Authorization: Bearer <key>), compared
// in constant time; a wrong or missing key gets 401 and nothing is changed. With no key
// configured behind a real Twilio webhook, the API is off (503).
import { timingSafeEqual, createHash } from 'node:crypto';
import type restify from 'restify';
import { safeText } from '../channels/safe-text.js';
import { reportJob, sendDelayNotice, type JobReport } from '../appointments/job-reports.js';
import type { ConversationEngine } from '../engine/conversation-engine.js';
import type { HandoffRecord, Store } from '../store/store.js';
import { HttpError, route } from '../http/http-errors.js';
import type { Logger } from '../log/logger.js';
import { readJson, type BodyLimits } from '../http/read-body.js';
import type { PhotoFiles } from '../photos/photo-files.js';

export interface ApiDeps {
  engine: ConversationEngine;
  store: Store;
  log: Logger;
  apiKey: string | null;
  now: () => Date;
  /** Scheduled work was added: run what is due now. */
  onScheduled: () => void;
  /** Where photos sent with reports are kept. */
  photoFiles?: PhotoFiles;
  bodyLimits?: BodyLimits;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

function keyMatches(expected: string | null, header: string | undefined): boolean {
  if (!expected || !header) return false;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m !== null && timingSafeEqual(digest(m[1]!.trim()), digest(expected));
}

const REFERENCE = /^[A-Z0-9-]{4,40}$/i;
/** A job report or delay notice the service turned down, as the API answers it. */
const refused = (outcome: { status: 400 | 404 | 409; message: string }): HttpError =>
  new HttpError(outcome.status, outcome.status === 404 ? 'not-found' : outcome.status === 409 ? 'conflict' : 'bad-request', outcome.message);

const REPORTS: Record<string, JobReport> = { 'en-route': 'en-route', complete: 'completed', 'no-access': 'no-access' };
const HANDOFF_ACTIONS: Record<string, 'taken' | 'returned' | 'closed'> = { take: 'taken', return: 'returned', close: 'closed' };

function handoffView(h: HandoffRecord) {
  return {
    id: h.id,
    conversationId: h.conversationId,
    channel: h.channel,
    address: h.address,
    reason: h.reason,
    caseReference: h.caseReference,
    safeContact: h.safeContact,
    status: h.status,
    requestedAt: h.requestedAt.toISOString(),
    takenAt: h.takenAt?.toISOString() ?? null,
    closedAt: h.closedAt?.toISOString() ?? null,
  };
}

export function registerApi(server: restify.Server, deps: ApiDeps): void {
  const { engine, store, log } = deps;

  // The body is read (and its size limit enforced) before the key is checked, so no
  // request, with a key or without, gets past the limit.
  const guarded = (handler: (req: restify.Request, res: restify.Response, body: Record<string, unknown>) => Promise<void>) =>
    route(log, async (req, res) => {
      const body = await readJson(req, deps.bodyLimits);
      if (deps.apiKey === null) throw new HttpError(503, 'api-off', 'The API is off: set API_KEY and restart.');
      if (!keyMatches(deps.apiKey, req.header('authorization') || undefined)) {
        log.warn({ path: req.path().slice(0, 80) }, 'refused an API call with a missing or wrong key');
        throw new HttpError(401, 'unauthorized', 'Send the API key as "Authorization: Bearer <key>".');
      }
      await handler(req, res, body);
    });

  const referenceOf = (req: restify.Request): string => {
    const reference = String(req.params.reference ?? '').toUpperCase();
    if (!REFERENCE.test(reference)) throw new HttpError(400, 'bad-reference', 'A reference is 4 to 40 letters, digits or dashes.');
    return reference;
  };

  for (const [path, report] of Object.entries(REPORTS)) {
    server.post(
      `/api/jobs/:reference/${path}`,
      guarded(async (req, res) => {
        const reference = referenceOf(req);
        const outcome = await reportJob(store, engine.pack, engine.settings, reference, report, deps.now());
        if (!outcome.ok) throw refused(outcome);
        log.info({ reference, report, texts: outcome.texts }, 'job reported');
        deps.onScheduled();
        res.send(200, { reference, status: outcome.appointment.status, textsScheduled: outcome.texts });
      }),
    );
  }

  server.post(
    '/api/cases/:reference/delay',
    guarded(async (req, res, body) => {
      const reference = referenceOf(req);
      const reason = typeof body.reason === 'string' ? safeText(body.reason, 1_000) : '';
      const outcome = await sendDelayNotice(store, engine.pack, engine.settings, reference, reason, deps.now());
      if (!outcome.ok) throw refused(outcome);
      if (outcome.duplicate) {
        // The same notice was asked for already today: nothing more is sent.
        res.send(200, { reference, sendAt: outcome.sendAt.toISOString(), duplicate: true });
        return;
      }
      deps.onScheduled();
      res.send(202, { reference, sendAt: outcome.sendAt.toISOString() });
    }),
  );

  // The handoff queue: conversations handed to a person, oldest first. Staff take one (the
  // assistant goes quiet and the tenant is told someone has joined), hand it back (the
  // assistant resumes and the tenant is told) or close it.
  server.get(
    '/api/handoffs',
    guarded(async (_req, res) => {
      const live = await store.handoffs();
      res.send(200, { handoffs: live.map(handoffView) });
    }),
  );

  for (const [path, to] of Object.entries(HANDOFF_ACTIONS)) {
    server.post(
      `/api/handoffs/:id/${path}`,
      guarded(async (req, res) => {
        const id = Number(req.params.id);
        if (!Number.isSafeInteger(id) || id < 1) throw new HttpError(400, 'bad-id', 'A handoff id is a whole number.');
        const moved = await engine.moveHandoff(id, to, deps.now());
        if (moved === null) throw new HttpError(404, 'not-found', `No handoff ${id}.`);
        if (moved === 'conflict') throw new HttpError(409, 'conflict', `Handoff ${id} cannot be ${to} now.`);
        log.info({ handoff: id, status: moved.status }, 'handoff moved');
        deps.onScheduled();
        res.send(200, handoffView(moved));
      }),
    );
  }

  // Staff write to the tenant of a handoff they have taken, on the tenant's own channel (on
  // Messenger, after 24 hours, with the human agent tag; see channels/messenger-window.ts).
  server.post(
    '/api/handoffs/:id/reply',
    guarded(async (req, res, body) => {
      const id = Number(req.params.id);
      if (!Number.isSafeInteger(id) || id < 1) throw new HttpError(400, 'bad-id', 'A handoff id is a whole number.');
      const text = typeof body.text === 'string' ? safeText(body.text, 1_500).trim() : '';
      if (!text) throw new HttpError(400, 'bad-text', 'Send the reply as {"text": "..."}.');
      const handoff = (await store.handoffs({ status: ['open', 'taken', 'returned', 'closed'] })).find((h) => h.id === id);
      if (!handoff) throw new HttpError(404, 'not-found', `No handoff ${id}.`);
      if (handoff.status !== 'taken') throw new HttpError(409, 'conflict', `Handoff ${id} is ${handoff.status}: take it before replying.`);
      const [outboundId] = await engine.notify({ channel: handoff.channel, address: handoff.address }, text, deps.now(), 'staff');
      log.info({ handoff: id, outboundId }, 'staff replied');
      deps.onScheduled();
      res.send(202, { handoff: id, outboundId: outboundId ?? null });
    }),
  );

  // Photos sent with a report, for staff only: the list, and each one's bytes.
  server.get(
    '/api/cases/:reference/photos',
    guarded(async (req, res) => {
      const reference = referenceOf(req);
      const list = await store.photos({ reference });
      res.send(200, {
        reference,
        photos: list.map((p) => ({
          id: p.id,
          status: p.status,
          contentType: p.contentType,
          bytes: p.bytes,
          receivedAt: p.createdAt.toISOString(),
          ...(p.status === 'stored' ? { url: `/api/photos/${p.id}` } : { link: p.sourceUrl, error: p.error }),
        })),
      });
    }),
  );

  server.get(
    '/api/photos/:id',
    guarded(async (req, res) => {
      const id = Number(req.params.id);
      if (!Number.isSafeInteger(id) || id < 1) throw new HttpError(400, 'bad-id', 'A photo id is a whole number.');
      const [photo] = await store.photos({ id });
      if (photo?.status !== 'stored' || !photo.file || !deps.photoFiles) throw new HttpError(404, 'not-found', `No photo ${id}.`);
      const bytes = await deps.photoFiles.read(photo.file);
      res.writeHead(200, {
        'content-type': photo.contentType ?? 'application/octet-stream',
        'content-length': bytes.length,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-disposition': `inline; filename="${photo.reference}-${photo.id}.${photo.file.split('.').pop()}"`,
      });
      res.end(bytes);
    }),
  );

  server.get(
    '/api/alerts',
    guarded(async (req, res) => {
      const sinceText = req.query?.since === undefined ? null : req.query.since;
      // An ISO 8601 date or time in a year the store can hold; "1" is not read as 2001.
      const since = typeof sinceText === 'string' && /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(sinceText) ? new Date(sinceText) : null;
      if (sinceText !== null && (since === null || Number.isNaN(since.getTime()) || since.getUTCFullYear() < 1970)) {
        res.send(400, { error: 'bad-since', message: 'since is an ISO 8601 time, such as 2026-11-23T09:00:00Z.' });
        return;
      }
      const alerts = await store.alerts(since ? { since } : {});
      res.send(200, {
        alerts: alerts.map((a) => ({
          id: a.id,
          reference: a.reference,
          clock: a.clock,
          label: a.label,
          level: a.level,
          dueAt: a.dueAt.toISOString(),
          raisedAt: a.raisedAt.toISOString(),
        })),
      });
    }),
  );
}
