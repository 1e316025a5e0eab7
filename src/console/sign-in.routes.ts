// Signing in and out of the console. The sign-in form carries its own token, matched to a
// cookie its page set (a form posted from another site has neither); wrong passwords are
// answered after a growing wait, and lock the email for a while (see staff/sign-in.ts).
import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import { HttpError } from '../http/http-errors.js';
import { readForm } from '../http/read-body.js';
import { MAX_PASSWORD_LENGTH } from '../staff/passwords.js';
import { SESSION_MAX_MS, hashSessionId, signIn } from '../staff/sign-in.js';
import { formatLondon } from '../../dialogs/london.js';
import {
  CSRF_FIELD,
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
  clearCookie,
  cookieOf,
  fromOurSite,
  redirect,
  sameToken,
  sendPage,
  sessionOf,
  setCookie,
} from './console-auth.js';
import type { ConsoleDeps, ConsoleRouting } from './console-routing.js';
import { signInPage } from './pages/sign-in.page.js';

/** Sign-ins being checked at once: each costs a scrypt hash (32 MB, about 0.2 s). */
const MAX_SIGN_INS_IN_FLIGHT = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where to go after signing in: a console page of ours, never another site. */
export function safeNext(next: string | undefined): string {
  return next && /^\/console(?:[/?#]|$)/.test(next) && !/[\\\s]|\/\//.test(next) ? next : '/console';
}

export function registerSignIn(server: restify.Server, deps: ConsoleDeps, routing: ConsoleRouting): void {
  const { staff, log, landlord } = deps;
  const { secure, publicOrigin, handle, staffRoute } = routing;
  let signInsInFlight = 0;

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
      // Sessions that ran out are refused anyway; a sign-in clears them away.
      await staff.sweepSessions(deps.now());
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
}
