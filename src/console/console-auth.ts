// Who is asking, for every console route: the session its cookie names, the role the route
// needs, and, for anything that changes state, proof the request came from our own page (its
// CSRF token, and an Origin or Fetch Metadata that is ours when the browser sends them).
// The session cookie is HttpOnly and SameSite=Strict, scoped to /console, and Secure
// when the public address is https.
import { timingSafeEqual, createHash } from 'node:crypto';
import { parseCookie, stringifySetCookie } from 'cookie';
import type restify from 'restify';
import { HttpError } from '../http/http-errors.js';
import { SESSION_IDLE_MS, SESSION_MAX_MS, hashSessionId } from '../staff/sign-in.js';
import type { StaffRole, StaffSession, StaffStore } from '../staff/staff.store.js';

export const CONSOLE_PATH = '/console';
export const SESSION_COOKIE = 'doorstep_session';
/** A sign-in form's own token (double submit): a form posted from another site has not read it. */
export const SIGN_IN_COOKIE = 'doorstep_sign_in';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** What the console's pages may load: only our own files; no inline script, no framing. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

export function sendPage(res: restify.Response, status: number, html: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { ...PAGE_HEADERS, ...headers });
  res.end(html);
}

export function redirect(res: restify.Response, to: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { location: to, 'cache-control': 'no-store', ...headers });
  res.end();
}

export function cookieOf(req: restify.Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const value = parseCookie(header)[name];
  return value && value.length <= 200 ? value : null;
}

export function setCookie(name: string, value: string, options: { secure: boolean; maxAgeSeconds: number }): string {
  return stringifySetCookie({
    name,
    value,
    path: CONSOLE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    maxAge: options.maxAgeSeconds,
  });
}

export const clearCookie = (name: string, secure: boolean): string => setCookie(name, '', { secure, maxAgeSeconds: 0 });

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
/** Two tokens compared in constant time (over their digests, so lengths do not show). */
export const sameToken = (a: string | null | undefined, b: string | null | undefined): boolean =>
  typeof a === 'string' && typeof b === 'string' && a.length > 0 && timingSafeEqual(digest(a), digest(b));

/**
 * A state-changing request must come from one of our pages. Browsers say where a request
 * came from (Sec-Fetch-Site, Origin); when they do, it must be this site. A request from
 * a tool that sends neither still needs the CSRF token, which only our pages hold.
 */
export function fromOurSite(req: restify.Request, publicOrigin: string | null): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (publicOrigin !== null && origin === publicOrigin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export interface ConsoleRequest {
  session: StaffSession;
  token: string;
}

/** The session a cookie's token names, kept alive by the asking (see StaffStore.session). */
const lookUpSession = (staff: StaffStore, token: string, at: Date) => staff.session(hashSessionId(token), at, SESSION_IDLE_MS, SESSION_MAX_MS);

/** The signed-in staff member a request's cookie names, or null. */
export async function sessionOf(req: restify.Request, staff: StaffStore, at: Date): Promise<ConsoleRequest | null> {
  const token = cookieOf(req, SESSION_COOKIE);
  if (!token) return null;
  const session = await lookUpSession(staff, token, at);
  return session ? { session, token } : null;
}

/** Is the session the page was opened with still signed in? (A live stream asks once a minute.) */
export async function stillSignedIn(staff: StaffStore, who: ConsoleRequest, at: Date): Promise<boolean> {
  return (await lookUpSession(staff, who.token, at)) !== null;
}

export function requireRole(session: StaffSession, role: StaffRole | undefined): void {
  if (role === 'supervisor' && session.staff.role !== 'supervisor') {
    throw new HttpError(403, 'forbidden', 'Only a supervisor can do this.');
  }
}

/** The CSRF token a form field or a script's header carries must be the session's. */
export function requireCsrf(req: restify.Request, form: Record<string, string> | null, session: StaffSession, publicOrigin: string | null): void {
  const sent = form?.[CSRF_FIELD] ?? (req.headers[CSRF_HEADER] as string | undefined);
  if (!fromOurSite(req, publicOrigin) || !sameToken(sent, session.csrf)) {
    throw new HttpError(403, 'csrf', 'This form has expired or did not come from the console. Go back, reload the page and try again.');
  }
}
