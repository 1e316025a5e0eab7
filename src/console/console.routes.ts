// The staff console under /console: sign-in and sign-out, the queue, and the supervisors'
// staff list and audit log. Pages are rendered here on the server; the browser loads only
// our stylesheet and htmx, served from node_modules as it ships. Every route but sign-in
// needs a session; every POST needs the session's CSRF token; supervisors' routes need
// the role. Each staff action goes in the audit log.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import { HttpError, respondError } from '../http/http-errors.js';
import { escapeHtml } from '../http/html.js';
import { readForm, type BodyLimits } from '../http/read-body.js';
import type { Logger } from '../log/logger.js';
import { passwordProblem, hashPassword, MAX_PASSWORD_LENGTH } from '../staff/passwords.js';
import { SESSION_MAX_MS, hashSessionId, signIn } from '../staff/sign-in.js';
import { STAFF_ROLES, type StaffRole, type StaffStore } from '../staff/staff.store.js';
import type { Store } from '../store/store.js';
import { formatLondon } from '../../dialogs/london.js';
import {
  CSRF_FIELD,
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
  clearCookie,
  cookieOf,
  fromOurSite,
  redirect,
  requireCsrf,
  requireRole,
  sameToken,
  sendPage,
  sessionOf,
  setCookie,
  type ConsoleRequest,
} from './console-auth.js';
import { page, type Frame } from './pages/layout.js';
import { queueTable } from './pages/queue.page.js';
import { signInPage } from './pages/sign-in.page.js';
import { auditTable, staffList } from './pages/staff.page.js';

export interface ConsoleDeps {
  staff: StaffStore;
  store: Store;
  landlord: string;
  log: Logger;
  now: () => Date;
  /** PUBLIC_URL: cookies are Secure when it is https, and its origin is ours. */
  publicUrl: string | null;
  bodyLimits?: BodyLimits;
}

/** Sign-ins being checked at once: each costs a scrypt hash (32 MB, about 0.2 s). */
const MAX_SIGN_INS_IN_FLIGHT = 4;
const AUDIT_PAGE = 100;

const require = createRequire(import.meta.url);
const ASSETS: Record<string, { type: string; body: Buffer }> = {
  'htmx.min.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js')) },
  'console.css': { type: 'text/css; charset=utf-8', body: readFileSync(new URL('./console.css', import.meta.url)) },
};

/** "a password needs..." as a sentence on a page. */
const sentence = (s: string): string => `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where to go after signing in: a console page of ours, never another site. */
function safeNext(next: string | undefined): string {
  return next && /^\/console(?:[/?#]|$)/.test(next) && !/[\\\s]|\/\//.test(next) ? next : '/console';
}

function errorPage(landlord: string, error: HttpError): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(landlord)} staff console</title><link rel="stylesheet" href="/console/assets/console.css"></head>
<body class="narrow"><main id="main"><h1>${error.status === 403 ? 'Not allowed' : 'Something went wrong'}</h1>
<div class="problem" role="alert"><p>${escapeHtml(error.message)}</p></div><p><a href="/console">Back to the console</a></p></main></body></html>`;
}

export function registerConsole(server: restify.Server, deps: ConsoleDeps): void {
  const { staff, store, log, landlord } = deps;
  const secure = deps.publicUrl?.startsWith('https:') ?? false;
  const publicOrigin = deps.publicUrl ? new URL(deps.publicUrl).origin : null;
  let signInsInFlight = 0;

  /** A console route: the error path answers pages as pages (JSON and text are for machines). */
  const handle = (work: (req: restify.Request, res: restify.Response) => Promise<void>) => async (req: restify.Request, res: restify.Response) => {
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
  const staffRoute = (
    options: { role?: StaffRole; post?: boolean },
    work: (req: restify.Request, res: restify.Response, who: ConsoleRequest, form: Record<string, string>) => Promise<void>,
  ) =>
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

  const frame = (who: ConsoleRequest, section: Frame['section']): Frame => ({ landlord, staff: who.session.staff, csrf: who.session.csrf, section });

  server.get('/console/assets/:file', async (req, res) => {
    const asset = ASSETS[String(req.params.file)];
    if (!asset) {
      res.send(404, { error: 'not-found', message: 'There is nothing at this address.' });
      return;
    }
    res.writeHead(200, {
      'content-type': asset.type,
      'content-length': asset.body.length,
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    res.end(asset.body);
  });

  const showSignIn = (res: restify.Response, status: number, view: { email?: string; next?: string; problem?: string; notice?: string }) => {
    const token = randomBytes(24).toString('base64url');
    sendPage(res, status, signInPage({ landlord, token, ...view }), { 'set-cookie': setCookie(SIGN_IN_COOKIE, token, { secure, maxAgeSeconds: 3_600 }) });
  };

  server.get(
    '/console/sign-in',
    handle(async (req, res) => {
      const next = typeof req.query?.next === 'string' ? safeNext(req.query.next) : '/console';
      if (await sessionOf(req, staff, deps.now())) {
        redirect(res, next);
        return;
      }
      showSignIn(res, 200, { next, ...(req.query?.['signed-out'] !== undefined ? { notice: 'You have signed out.' } : {}) });
    }),
  );

  server.post(
    '/console/sign-in',
    handle(async (req, res) => {
      const form = await readForm(req, deps.bodyLimits);
      const next = safeNext(form.next);
      // The form's token must be the one its page set: a form posted from another site has not read it.
      if (!fromOurSite(req, publicOrigin) || !sameToken(form[CSRF_FIELD], cookieOf(req, SIGN_IN_COOKIE))) {
        showSignIn(res, 403, { next, problem: 'This sign-in form had expired. Please sign in again.' });
        return;
      }
      const email = (form.email ?? '').trim().slice(0, 200);
      const password = (form.password ?? '').slice(0, MAX_PASSWORD_LENGTH + 1);
      if (!email || !password) {
        showSignIn(res, 400, { email, next, problem: 'Enter your email and your password.' });
        return;
      }
      if (signInsInFlight >= MAX_SIGN_INS_IN_FLIGHT) throw new HttpError(503, 'busy', 'Too many sign-ins at once: try again in a moment.');
      signInsInFlight += 1;
      let outcome: Awaited<ReturnType<typeof signIn>>;
      try {
        outcome = await signIn(staff, email, password, deps.now());
      } finally {
        signInsInFlight -= 1;
      }
      if (!outcome.ok && outcome.reason === 'locked') {
        log.warn({ path: '/console/sign-in' }, 'sign-in refused: account locked');
        showSignIn(res, 429, {
          email,
          next,
          problem: `Too many wrong passwords: signing in with this email is locked until ${formatLondon(outcome.until, 'HH:mm')}. Try again then, or ask a supervisor to set a new password.`,
        });
        return;
      }
      if (!outcome.ok) {
        log.warn({ path: '/console/sign-in', failedAttempts: outcome.failedAttempts }, 'sign-in refused: wrong email or password');
        await sleep(outcome.slowDownMs);
        showSignIn(res, 401, { email, next, problem: 'The email or password is not right. Check them and try again.' });
        return;
      }
      await staff.audit({ at: deps.now(), staff: outcome.staff, action: 'signed in' });
      log.info({ staff: outcome.staff.id }, 'staff signed in');
      redirect(res, next, {
        'set-cookie': [setCookie(SESSION_COOKIE, outcome.token, { secure, maxAgeSeconds: SESSION_MAX_MS / 1000 }), clearCookie(SIGN_IN_COOKIE, secure)],
      });
    }),
  );

  server.post(
    '/console/sign-out',
    staffRoute({ post: true }, async (_req, res, who) => {
      await staff.endSession(hashSessionId(who.token));
      await staff.audit({ at: deps.now(), staff: who.session.staff, action: 'signed out' });
      redirect(res, '/console/sign-in?signed-out', { 'set-cookie': clearCookie(SESSION_COOKIE, secure) });
    }),
  );

  server.get(
    '/console',
    staffRoute({}, async (_req, res, who) => {
      const now = deps.now();
      const live = await store.handoffs();
      sendPage(res, 200, page(frame(who, 'queue'), 'Queue', queueTable(live, now)));
    }),
  );

  server.get(
    '/console/staff',
    staffRoute({ role: 'supervisor' }, async (_req, res, who) => {
      sendPage(res, 200, page(frame(who, 'staff'), 'Staff', staffList(await staff.list(), who.session.csrf)));
    }),
  );

  server.post(
    '/console/staff',
    staffRoute({ role: 'supervisor', post: true }, async (_req, res, who, form) => {
      const name = (form.name ?? '').trim().slice(0, 100);
      const email = (form.email ?? '').trim().slice(0, 200);
      const role = STAFF_ROLES.find((r) => r === form.role);
      const password = form.password ?? '';
      const problem = !name
        ? 'Enter their name.'
        : !/^[^@\s]+@[^@\s]+$/.test(email)
          ? 'Enter their email address, like name@example.org.'
          : !role
            ? 'Choose agent or supervisor.'
            : passwordProblem(password);
      const show = async (status: number, message: { kind: 'problem' | 'notice'; text: string }) =>
        sendPage(res, status, page(frame(who, 'staff'), 'Staff', staffList(await staff.list(), who.session.csrf, message)));
      if (problem || !role) {
        await show(400, { kind: 'problem', text: sentence(problem ?? 'check the form') });
        return;
      }
      const added = await staff.add({ email, name, role, passwordHash: await hashPassword(password) }, deps.now());
      if (added === 'exists') {
        await show(409, { kind: 'problem', text: `${email} already has an account.` });
        return;
      }
      await staff.audit({ at: deps.now(), staff: who.session.staff, action: 'added staff', subject: added.email, detail: { role: added.role } });
      await show(201, { kind: 'notice', text: `${added.name} can now sign in as ${added.role === 'agent' ? 'an agent' : 'a supervisor'}.` });
    }),
  );

  server.get(
    '/console/audit',
    staffRoute({ role: 'supervisor' }, async (req, res, who) => {
      const before = Number(req.query?.before);
      const entries = await staff.auditLog({ limit: AUDIT_PAGE, ...(Number.isSafeInteger(before) && before > 0 ? { before } : {}) });
      const older = entries.length === AUDIT_PAGE ? entries[entries.length - 1]!.id : null;
      sendPage(res, 200, page(frame(who, 'audit'), 'Audit log', auditTable(entries, older)));
    }),
  );
}
