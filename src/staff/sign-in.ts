// Signing staff in: the password check, the lock after repeated wrong passwords, and the
// session it starts. A session is a random 256-bit value in the browser's cookie; the
// database keeps only its SHA-256, with a CSRF token of its own that every form and
// script sends back.
import { createHash, randomBytes } from 'node:crypto';
import { verifyPassword } from './passwords.js';
import type { StaffMember, StaffStore } from './staff.store.js';

/** Wrong passwords in a row that lock an account, and for how long. */
export const LOCK_AFTER = 5;
export const LOCK_FOR_MS = 15 * 60_000;
/** A session lasts 8 hours from its last use, and 12 hours at most (a long shift). */
export const SESSION_IDLE_MS = 8 * 3_600_000;
export const SESSION_MAX_MS = 12 * 3_600_000;

/**
 * How long the answer to a wrong password waits: nothing for the first, then doubling from
 * half a second, so guessing slows down well before the lock.
 */
export function slowDownMs(failedAttempts: number): number {
  return failedAttempts < 2 ? 0 : Math.min(500 * 2 ** (failedAttempts - 2), 4_000);
}

/**
 * Wrong passwords for emails with no account, counted as an account's are, so guessing at
 * an email is answered the same way (slower, then locked) whether or not it is on the
 * staff list. In memory, a bounded number of the latest, keyed by a hash of the email.
 */
const MAX_UNKNOWN = 10_000;
const unknownFailures = new Map<string, { failedAttempts: number; lockedUntil: Date | null }>();

function countUnknown(email: string, at: Date): { failedAttempts: number; lockedUntil: Date | null } {
  const key = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
  const before = unknownFailures.get(key);
  const expired = before?.lockedUntil && before.lockedUntil <= at;
  const failedAttempts = !before || expired ? 1 : before.failedAttempts + 1;
  const counted = { failedAttempts, lockedUntil: failedAttempts >= LOCK_AFTER ? new Date(at.getTime() + LOCK_FOR_MS) : null };
  unknownFailures.delete(key);
  unknownFailures.set(key, counted);
  if (unknownFailures.size > MAX_UNKNOWN) unknownFailures.delete(unknownFailures.keys().next().value!);
  return counted;
}

function lockOfUnknown(email: string): Date | null {
  return unknownFailures.get(createHash('sha256').update(email.trim().toLowerCase()).digest('base64url'))?.lockedUntil ?? null;
}

export const hashSessionId = (token: string): string => createHash('sha256').update(token).digest('base64url');

export type SignInOutcome =
  | { ok: true; staff: StaffMember; token: string; csrf: string; expiresAt: Date }
  | { ok: false; reason: 'wrong'; failedAttempts: number; slowDownMs: number }
  | { ok: false; reason: 'locked'; until: Date };

/**
 * Checks an email and password. A locked account is refused before the password is
 * checked (so guessing during the lock teaches nothing); an unknown email or a disabled
 * account answers exactly as a wrong password does.
 */
export async function signIn(staff: StaffStore, email: string, password: string, at: Date): Promise<SignInOutcome> {
  const login = await staff.login(email);
  const lockedUntil = login ? login.lockedUntil : lockOfUnknown(email);
  if (lockedUntil && lockedUntil > at) return { ok: false, reason: 'locked', until: lockedUntil };
  const right = await verifyPassword(password, login && !login.disabled ? login.passwordHash : null);
  if (!login || login.disabled || !right) {
    const counted = login ? await staff.recordFailure(login.id, at, LOCK_AFTER, LOCK_FOR_MS) : countUnknown(email, at);
    if (counted.lockedUntil && counted.lockedUntil > at) return { ok: false, reason: 'locked', until: counted.lockedUntil };
    return { ok: false, reason: 'wrong', failedAttempts: counted.failedAttempts, slowDownMs: slowDownMs(counted.failedAttempts) };
  }
  await staff.clearFailures(login.id);
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(at.getTime() + SESSION_IDLE_MS);
  await staff.startSession({ idHash: hashSessionId(token), staffId: login.id, csrf, at, expiresAt });
  const { passwordHash: _hash, failedAttempts: _n, lockedUntil: _l, ...member } = login;
  return { ok: true, staff: member, token, csrf, expiresAt };
}
