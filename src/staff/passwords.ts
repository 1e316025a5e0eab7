// Staff passwords, hashed with scrypt from node:crypto. A hash carries its own cost and
// salt ("scrypt$N$r$p$salt$hash"), so the cost can be raised later without breaking the
// hashes already stored. Checking a password against no account costs the same as against
// one, so the time of an answer does not say whether an email is on the staff list.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * One of OWASP's equivalent floors for scrypt (N = 2^15, r = 8, p = 3): the work of N = 2^17
 * in a quarter of its memory (32 MB), so a burst of sign-ins cannot exhaust the machine.
 */
const COST = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash of nothing anyone knows, checked when there is no account, so both answers take as long. */
let decoy: Promise<string> | null = null;

/** True when `password` is the one `stored` was made from; `stored` null still costs a hash. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (stored === null && decoy === null) decoy = hashPassword(randomBytes(18).toString('base64url'));
  const hash = stored ?? (await decoy!);
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0)) return false;
  const expected = Buffer.from(parts[5]!, 'base64url');
  try {
    const key = await derive(password.slice(0, MAX_PASSWORD_LENGTH), Buffer.from(parts[4]!, 'base64url'), { N, r, p });
    return stored !== null && key.length === expected.length && timingSafeEqual(key, expected);
  } catch {
    // A damaged hash (a cost scrypt refuses) matches no password; it is not a server error.
    return false;
  }
}

/** Why a new password will not do, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `a password has at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim() !== password) return 'a password cannot start or end with a space';
  return null;
}
