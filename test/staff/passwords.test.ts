// Staff passwords: a scrypt hash with its own salt and cost, checked in constant time, and
// the rules a new password must meet.
import { describe, expect, it } from 'vitest';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem, verifyPassword } from '../../src/staff/passwords.js';

const PASSWORD = 'correct horse battery staple';

/** The hash with one character of its derived key (the last field) changed. */
function alterKey(hash: string): string {
  const parts = hash.split('$');
  const key = parts[5]!;
  // The first character carries six whole bits of the key (the last one may carry padding bits only).
  parts[5] = (key[0] === 'A' ? 'B' : 'A') + key.slice(1);
  return parts.join('$');
}

describe('hashPassword and verifyPassword', () => {
  it('verifies a hash with the password it was made from', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
  });

  it('refuses another password, even one differing only in case or a trailing character', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('Correct horse battery staple', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts each hash, so the same password hashed twice gives two different hashes that both verify', async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(PASSWORD, b)).toBe(true);
  });

  it('refuses the right password against a hash altered in one character of its key', async () => {
    const hash = await hashPassword(PASSWORD);
    const altered = alterKey(hash);
    expect(altered).not.toBe(hash);
    expect(altered).toHaveLength(hash.length);
    expect(await verifyPassword(PASSWORD, altered)).toBe(false);
  });

  it('refuses the right password against a hash altered in one character of its salt', async () => {
    const hash = await hashPassword(PASSWORD);
    const parts = hash.split('$');
    const salt = parts[4]!;
    parts[4] = (salt[0] === 'A' ? 'B' : 'A') + salt.slice(1);
    expect(await verifyPassword(PASSWORD, parts.join('$'))).toBe(false);
  });

  it('answers false, not true, when there is no stored hash (no account)', async () => {
    expect(await verifyPassword(PASSWORD, null)).toBe(false);
    expect(await verifyPassword('', null)).toBe(false);
  });

  it('answers false, not an error, for a scrypt hash whose cost scrypt refuses (a damaged row)', async () => {
    const [, , r, p, salt, key] = (await hashPassword('kettle on the landing 42')).split('$');
    expect(await verifyPassword('kettle on the landing 42', `scrypt$32769$${r}$${p}$${salt}$${key}`)).toBe(false);
  });

  it('answers false for hashes in a format it does not know', async () => {
    const hash = await hashPassword(PASSWORD);
    const [, N, r, p, salt, key] = hash.split('$');
    const unknown = [
      '',
      PASSWORD,
      `bcrypt$${N}$${r}$${p}$${salt}$${key}`,
      `scrypt$${N}$${r}$${p}$${salt}`,
      `scrypt$${N}$${r}$${p}$${salt}$${key}$extra`,
      `scrypt$many$${r}$${p}$${salt}$${key}`,
      `scrypt$${N}$0$${p}$${salt}$${key}`,
      `scrypt$${N}$${r}$-3$${salt}$${key}`,
      `scrypt$${N}$${r}$1.5$${salt}$${key}`,
    ];
    for (const stored of unknown) expect(await verifyPassword(PASSWORD, stored), stored).toBe(false);
  });

  it('keeps the password out of the hash string', async () => {
    const password = 'plainly-visible-passphrase';
    const hash = await hashPassword(password);
    expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
    expect(hash).not.toContain(password);
    expect(hash).not.toContain(Buffer.from(password).toString('base64url'));
  });
});

describe('passwordProblem', () => {
  it(`refuses a password shorter than ${MIN_PASSWORD_LENGTH} characters`, () => {
    expect(passwordProblem('')).toMatch(/at least 12 characters/);
    expect(passwordProblem('a'.repeat(MIN_PASSWORD_LENGTH - 1))).toMatch(/at least 12 characters/);
    expect(passwordProblem('a'.repeat(MIN_PASSWORD_LENGTH))).toBeNull();
  });

  it(`refuses a password longer than ${MAX_PASSWORD_LENGTH} characters`, () => {
    expect(passwordProblem('a'.repeat(MAX_PASSWORD_LENGTH + 1))).toMatch(/at most 256 characters/);
    expect(passwordProblem('a'.repeat(MAX_PASSWORD_LENGTH))).toBeNull();
  });

  it('refuses a password that starts or ends with a space', () => {
    expect(passwordProblem(` ${PASSWORD}`)).toMatch(/cannot start or end with a space/);
    expect(passwordProblem(`${PASSWORD} `)).toMatch(/cannot start or end with a space/);
    expect(passwordProblem(`${PASSWORD}\t`)).toMatch(/cannot start or end with a space/);
  });

  it('accepts a normal long passphrase, spaces inside and all', () => {
    expect(passwordProblem(PASSWORD)).toBeNull();
    expect(passwordProblem('Tr0ub4dor&3 is not as good as this one')).toBeNull();
  });
});
