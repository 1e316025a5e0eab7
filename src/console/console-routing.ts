// What every console route shares: the dependencies, the error path that answers pages as
// pages, and the guard for routes that need a signed-in member of staff (a role, and on
// POST the CSRF token and a same-site request).
import type restify from 'restify';
import { HttpError, respondError } from '../http/http-errors.js';
import { escapeHtml } from '../http/html.js';
import { readForm, type BodyLimits } from '../http/read-body.js';
import type { Logger } from '../log/logger.js';
import type { StaffRole, StaffStore } from '../staff/staff.store.js';
import type { Store } from '../store/store.js';
import type { ConsoleReads } from '../store/console-reads.js';
import type { ReportReads } from '../store/report-reads.js';
import type { ConversationEngine } from '../engine/conversation-engine.js';
import { redirect, requireCsrf, requireRole, sendPage, sessionOf, type ConsoleRequest } from './console-auth.js';
import type { Frame } from './pages/layout.js';

export interface ConsoleDeps {
  staff: StaffStore;
  reads: ConsoleReads;
  reports: ReportReads;
  /** Homes managed (STOCK_HOMES), for measures per 1,000 homes. */
  homes: number | null;
  engine: ConversationEngine;
  store: Store;
  landlord: string;
  log: Logger;
  now: () => Date;
  /** PUBLIC_URL: cookies are Secure when it is https, and its origin is ours. */
  publicUrl: string | null;
  bodyLimits?: BodyLimits;
  /** Scheduled work or messages were added: send what is due. */
  onScheduled?: () => void;
}

export type StaffHandler = (req: restify.Request, res: restify.Response, who: ConsoleRequest, form: Record<string, string>) => Promise<void>;

export interface ConsoleRouting {
  secure: boolean;
  publicOrigin: string | null;
  handle(work: (req: restify.Request, res: restify.Response) => Promise<void>): (req: restify.Request, res: restify.Response) => Promise<void>;
  staffRoute(options: { role?: StaffRole; post?: boolean }, work: StaffHandler): (req: restify.Request, res: restify.Response) => Promise<void>;
  frame(who: ConsoleRequest, section: Frame['section']): Frame;
}

function errorPage(landlord: string, error: HttpError): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(landlord)} staff console</title><link rel="stylesheet" href="/console/assets/console.css"></head>
<body class="narrow"><main id="main"><h1>${error.status === 403 ? 'Not allowed' : 'Something went wrong'}</h1>
<div class="problem" role="alert"><p>${escapeHtml(error.message)}</p></div><p><a href="/console">Back to the console</a></p></main></body></html>`;
}

export function consoleRouting(deps: ConsoleDeps): ConsoleRouting {
  const { staff, log, landlord } = deps;
  const publicOrigin = deps.publicUrl ? new URL(deps.publicUrl).origin : null;

  /** A console route: the error path answers pages as pages (JSON and text are for machines). */
  const handle: ConsoleRouting['handle'] = (work) => async (req, res) => {
    try {
      await work(req, res);
    } catch (error) {
      if (error instanceof HttpError && error.status < 500 && !res.headersSent) {
        log.warn({ path: req.path().slice(0, 80), status: error.status, code: error.code }, 'console request refused');
        if (!req.complete) req.resume();
        sendPage(res, error.status, errorPage(landlord, error));
        return;
      }
      respondError(req, res, error, log);
    }
  };

  /** A page or action for signed-in staff (supervisors only when `role` says so); POSTs carry the CSRF token. */
  const staffRoute: ConsoleRouting['staffRoute'] = (options, work) =>
    handle(async (req, res) => {
      const form = options.post ? await readForm(req, deps.bodyLimits) : {};
      const who = await sessionOf(req, staff, deps.now());
      if (!who) {
        if (options.post) throw new HttpError(401, 'signed-out', 'You are signed out. Sign in again, then repeat what you were doing.');
        redirect(res, `/console/sign-in?next=${encodeURIComponent(req.url ?? '/console')}`);
        return;
      }
      requireRole(who.session, options.role);
      if (options.post) requireCsrf(req, form, who.session, publicOrigin);
      await work(req, res, who, form);
    });

  return {
    secure: deps.publicUrl?.startsWith('https:') ?? false,
    publicOrigin,
    handle,
    staffRoute,
    frame: (who, section) => ({ landlord, staff: who.session.staff, csrf: who.session.csrf, section }),
  };
}
