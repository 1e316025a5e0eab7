// Signing staff in, on every SQL store: the password check, the lock after repeated wrong
// passwords, the sessions it starts and how long they last, and the audit log. Times are
// passed in, never waited for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.js';
import { hashSessionId, LOCK_AFTER, LOCK_FOR_MS, SESSION_IDLE_MS, SESSION_MAX_MS, signIn, slowDownMs } from '../../src/staff/sign-in.js';
import { StaffStore, type StaffMember } from '../../src/staff/staff.store.js';
import type { SqlStore } from '../../src/store/sql.store.js';
import { sqlStoreKinds } from '../support/stores.js';

const PASSWORD = 'kettle on the landing 42';
const OTHER = 'a different passphrase 17';
const T = new Date('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const HOUR = 3_600_000;
const plus = (ms: number, from = T): Date => new Date(from.getTime() + ms);

describe.each(sqlStoreKinds())('staff sign-in on $name', (kind) => {
  let store: SqlStore;
  let staff: StaffStore;
  let hash: string;
  let otherHash: string;
  let n = 0;

  beforeAll(async () => {
    store = (await kind.open()) as SqlStore;
    staff = new StaffStore(store.db);
    [hash, otherHash] = await Promise.all([hashPassword(PASSWORD), hashPassword(OTHER)]);
  });
  afterAll(async () => {
    await store?.close();
  });

  /** A fresh agent with PASSWORD, under an email no other test uses. */
  async function member(name = 'Sam Agent', email = `agent${(n += 1)}@landlord.example`): Promise<StaffMember> {
    const added = await staff.add({ email, name, role: 'agent', passwordHash: hash }, T);
    if (added === 'exists') throw new Error(`${email} exists`);
    return added;
  }

  /** Signs in with PASSWORD and returns the session's token. */
  async function session(email: string, at: Date): Promise<string> {
    const outcome = await signIn(staff, email, PASSWORD, at);
    if (!outcome.ok) throw new Error(`sign-in refused: ${outcome.reason}`);
    return outcome.token;
  }

  const lookUp = (token: string, at: Date) => staff.session(hashSessionId(token), at, SESSION_IDLE_MS, SESSION_MAX_MS);

  /** LOCK_AFTER wrong passwords, the last at `at`; returns the last answer. */
  async function lock(email: string, at: Date) {
    let last: Awaited<ReturnType<typeof signIn>> | null = null;
    for (let i = 0; i < LOCK_AFTER; i += 1) last = await signIn(staff, email, OTHER, at);
    return last!;
  }

  it('starts a session with the right password, found by the hash of its token and naming the member', async () => {
    const sam = await member('Sam Right');
    const outcome = await signIn(staff, sam.email, PASSWORD, T);
    expect(outcome).toMatchObject({ ok: true, staff: { id: sam.id, email: sam.email, name: 'Sam Right', role: 'agent', disabled: false } });
    if (!outcome.ok) return;
    expect(outcome.staff).not.toHaveProperty('passwordHash');
    expect(outcome.expiresAt).toEqual(plus(SESSION_IDLE_MS));
    const found = await lookUp(outcome.token, plus(MINUTE));
    expect(found).toMatchObject({ csrf: outcome.csrf, staff: { id: sam.id, email: sam.email, name: 'Sam Right' } });
    // Only the hash is kept: the raw token does not name a session.
    expect(await staff.session(outcome.token, plus(MINUTE), SESSION_IDLE_MS, SESSION_MAX_MS)).toBeNull();
  });

  it('matches emails without case or surrounding spaces', async () => {
    const sam = await member('Sam Case', 'Sam.Case@Landlord.Example');
    expect(sam.email).toBe('sam.case@landlord.example');
    expect(await signIn(staff, '  SAM.case@LANDLORD.example \t', PASSWORD, T)).toMatchObject({ ok: true, staff: { id: sam.id } });
  });

  it('answers a wrong password, and an unknown email, with reason "wrong" in the same shape', async () => {
    const sam = await member();
    const wrong = await signIn(staff, sam.email, OTHER, T);
    expect(wrong).toEqual({ ok: false, reason: 'wrong', failedAttempts: 1, slowDownMs: 0 });
    const unknown = await signIn(staff, `nobody.${kind.name}@landlord.example`, PASSWORD, T);
    expect(unknown).toEqual(wrong);
  });

  it('answers repeated guesses at an unknown email as it answers them at a known one (no telling which emails have accounts)', async () => {
    const known = `known.${kind.name}@landlord.example`;
    await staff.add({ email: known, name: 'K', role: 'agent', passwordHash: await hashPassword('kettle on the landing 42') }, T);
    const answers: { known: unknown[]; unknown: unknown[] } = { known: [], unknown: [] };
    for (let i = 0; i < LOCK_AFTER + 1; i += 1) {
      answers.known.push(await signIn(staff, known, 'a wrong passphrase 1', T));
      answers.unknown.push(await signIn(staff, `unknown.${kind.name}@landlord.example`, 'a wrong passphrase 1', T));
    }
    expect(answers.unknown).toEqual(answers.known);
    expect(answers.known.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
  });

  it(`locks the account after ${LOCK_AFTER} wrong passwords in a row, refusing even the right one until the lock runs out`, async () => {
    const sam = await member();
    const answers = [];
    for (let i = 0; i < LOCK_AFTER - 1; i += 1) answers.push(await signIn(staff, sam.email, OTHER, plus(i * MINUTE)));
    expect(answers.map((a) => (a.ok ? 'ok' : a.reason))).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
    const fifth = plus(10 * MINUTE);
    const until = plus(LOCK_FOR_MS, fifth);
    expect(await signIn(staff, sam.email, OTHER, fifth)).toEqual({ ok: false, reason: 'locked', until });
    expect(await signIn(staff, sam.email, PASSWORD, plus(MINUTE, fifth))).toEqual({ ok: false, reason: 'locked', until });
    expect(await signIn(staff, sam.email, PASSWORD, plus(-1, until))).toEqual({ ok: false, reason: 'locked', until });
  });

  it('lets the right password in once the lock runs out, and counts wrong passwords from one again', async () => {
    const sam = await member();
    const locked = await lock(sam.email, T);
    expect(locked).toMatchObject({ reason: 'locked' });
    const until = plus(LOCK_FOR_MS);
    expect(await signIn(staff, sam.email, PASSWORD, until)).toMatchObject({ ok: true });
    expect(await signIn(staff, sam.email, OTHER, plus(MINUTE, until))).toMatchObject({ reason: 'wrong', failedAttempts: 1 });
  });

  it('counts a wrong password after the lock runs out as the first of a new count, not a new lock', async () => {
    const sam = await member();
    await lock(sam.email, T);
    expect(await signIn(staff, sam.email, OTHER, plus(LOCK_FOR_MS + MINUTE))).toEqual({ ok: false, reason: 'wrong', failedAttempts: 1, slowDownMs: 0 });
  });

  it('clears the count on the right password: 4 wrong, 1 right, 4 wrong is not locked', async () => {
    const sam = await member();
    for (let i = 0; i < LOCK_AFTER - 1; i += 1) await signIn(staff, sam.email, OTHER, T);
    expect(await signIn(staff, sam.email, PASSWORD, T)).toMatchObject({ ok: true });
    let last = null;
    for (let i = 0; i < LOCK_AFTER - 1; i += 1) last = await signIn(staff, sam.email, OTHER, T);
    expect(last).toEqual({ ok: false, reason: 'wrong', failedAttempts: LOCK_AFTER - 1, slowDownMs: slowDownMs(LOCK_AFTER - 1) });
    expect(await signIn(staff, sam.email, PASSWORD, T)).toMatchObject({ ok: true });
  });

  it('slows the answer to each wrong password more than the last: none for the first, then 500 ms doubling to at most 4 s', async () => {
    const sam = await member();
    const waits = [];
    for (let i = 0; i < LOCK_AFTER - 1; i += 1) {
      const outcome = await signIn(staff, sam.email, OTHER, T);
      waits.push(outcome.ok || outcome.reason !== 'wrong' ? null : outcome.slowDownMs);
    }
    expect(waits).toEqual([0, 500, 1000, 2000]);
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(slowDownMs)).toEqual([0, 500, 1000, 2000, 4000, 4000, 4000, 4000]);
  });

  it('refuses a disabled account the right password, and ends its sessions', async () => {
    const sam = await member();
    const token = await session(sam.email, T);
    expect(await staff.disable(sam.email, plus(MINUTE))).toMatchObject({ id: sam.id, disabled: true });
    expect(await lookUp(token, plus(2 * MINUTE))).toBeNull();
    expect(await signIn(staff, sam.email, PASSWORD, plus(3 * MINUTE))).toMatchObject({ ok: false, reason: 'wrong' });
    expect((await staff.list()).find((s) => s.id === sam.id)).toMatchObject({ disabled: true });
  });

  it('ends the sessions and lifts the lock when a new password is set; only the new one works', async () => {
    const sam = await member();
    const token = await session(sam.email, T);
    await lock(sam.email, plus(MINUTE));
    expect(await staff.setPassword(sam.email.toUpperCase(), otherHash)).toMatchObject({ id: sam.id });
    expect(await lookUp(token, plus(2 * MINUTE))).toBeNull();
    expect(await signIn(staff, sam.email, PASSWORD, plus(3 * MINUTE))).toMatchObject({ ok: false, reason: 'wrong', failedAttempts: 1 });
    expect(await signIn(staff, sam.email, OTHER, plus(4 * MINUTE))).toMatchObject({ ok: true });
    expect(await staff.setPassword('nobody@landlord.example', otherHash)).toBeNull();
  });

  it(`ends a session not used for ${SESSION_IDLE_MS / HOUR} hours`, async () => {
    const sam = await member();
    const [used, idle] = [await session(sam.email, T), await session(sam.email, T)];
    expect(await lookUp(used, plus(SESSION_IDLE_MS - 1000))).not.toBeNull();
    expect(await lookUp(idle, plus(SESSION_IDLE_MS))).toBeNull();
  });

  it('clears away sessions that ran out, and only those', async () => {
    const sam = await member();
    const [old, fresh] = [await session(sam.email, T), await session(sam.email, plus(SESSION_IDLE_MS - MINUTE))];
    // Dozens of other tests' sessions may run out at the same time: count only these two.
    const swept = await staff.sweepSessions(plus(SESSION_IDLE_MS + 1000));
    expect(swept).toBeGreaterThanOrEqual(1);
    expect(await lookUp(fresh, plus(SESSION_IDLE_MS + 2000))).not.toBeNull();
    expect(await store.db.query('select 1 from staff_sessions where id_hash = $1', [hashSessionId(old)])).toMatchObject({ rowCount: 0 });
  });

  it(`keeps a session alive while it is used, but never past ${SESSION_MAX_MS / HOUR} hours from its start`, async () => {
    const sam = await member();
    const token = await session(sam.email, T);
    expect(await lookUp(token, plus(3 * HOUR))).toMatchObject({ expiresAt: plus(3 * HOUR + SESSION_IDLE_MS) });
    // Past the first expiry (T + 8 h): the use at 3 h kept it alive.
    expect(await lookUp(token, plus(10 * HOUR))).toMatchObject({ expiresAt: plus(SESSION_MAX_MS) });
    expect(await lookUp(token, plus(SESSION_MAX_MS - 1000))).toMatchObject({ expiresAt: plus(SESSION_MAX_MS) });
    expect(await lookUp(token, plus(SESSION_MAX_MS))).toBeNull();
  });

  it('ends a session on sign-out, leaving the same member’s other session alone', async () => {
    const sam = await member();
    const first = await signIn(staff, sam.email, PASSWORD, T);
    const second = await signIn(staff, sam.email, PASSWORD, T);
    if (!first.ok || !second.ok) throw new Error('sign-in refused');
    expect(second.token).not.toBe(first.token);
    expect(second.csrf).not.toBe(first.csrf);
    await staff.endSession(hashSessionId(first.token));
    expect(await lookUp(first.token, plus(MINUTE))).toBeNull();
    expect(await lookUp(second.token, plus(MINUTE))).toMatchObject({ csrf: second.csrf, staff: { id: sam.id } });
  });

  it('keeps the audit log newest first, with who, action, subject and detail, and pages back with `before`', async () => {
    const sam = await member('Sam Audit');
    await staff.audit({
      at: T,
      staff: { id: null, name: 'command line (npm run staff)' },
      action: 'added staff',
      subject: sam.email,
      detail: { role: 'agent' },
    });
    await staff.audit({ at: plus(MINUTE), staff: sam, action: 'signed in' });
    await staff.audit({ at: plus(2 * MINUTE), staff: null, action: 'sign-in refused', subject: 'x@landlord.example', detail: { count: 3 } });
    const log = await staff.auditLog({ limit: 10 });
    expect(log.map(({ at, staffId, staffName, action, subject, detail }) => ({ at, staffId, staffName, action, subject, detail }))).toEqual([
      { at: plus(2 * MINUTE), staffId: null, staffName: '(nobody signed in)', action: 'sign-in refused', subject: 'x@landlord.example', detail: { count: 3 } },
      { at: plus(MINUTE), staffId: sam.id, staffName: 'Sam Audit', action: 'signed in', subject: null, detail: {} },
      { at: T, staffId: null, staffName: 'command line (npm run staff)', action: 'added staff', subject: sam.email, detail: { role: 'agent' } },
    ]);
    const page1 = await staff.auditLog({ limit: 2 });
    expect(page1.map((e) => e.action)).toEqual(['sign-in refused', 'signed in']);
    const page2 = await staff.auditLog({ limit: 2, before: page1[1]!.id });
    expect(page2.map((e) => e.action)).toEqual(['added staff']);
    expect(await staff.auditLog({ limit: 2, before: page2[0]!.id })).toEqual([]);
    expect((await staff.auditLog({ limit: 10, subject: sam.email })).map((e) => e.action)).toEqual(['added staff']);
  });
});
