// The staff console's locks, tried over real HTTP against the real app on PGlite: no
// session, the wrong role, a forged or missing CSRF token, a request from another site,
// wrong passwords until the account locks, sign-out, and what reaches the logs.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.js';
import { LOCK_FOR_MS } from '../../src/staff/sign-in.js';
import type { StaffStore } from '../../src/staff/staff.store.js';
import { openStore } from '../../src/store/open-store.js';
import { consoleClient } from '../support/console-client.js';
import { startApp, type RunningApp } from '../support/http-app.js';

const SUPERVISOR = { email: 'sue.visor@homes.example', name: 'Sue Visor', password: 'tall-lighthouse-47-orange' };
const AGENT = { email: 'alex.agent@homes.example', name: 'Alex Agent', password: 'quiet-meadow-93-violet' };
const SLOW = { timeout: 30_000 };

let running: RunningApp;
let staff: StaffStore;
let clock = new Date('2026-12-07T09:00:00Z');
let logs = '';

beforeAll(async () => {
  const logTo = new PassThrough();
  logTo.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
  running = await startApp(await openStore({ dataDir: null }), { console: true, now: () => clock, logTo });
  staff = running.staff!;
  for (const s of [
    { ...SUPERVISOR, role: 'supervisor' as const },
    { ...AGENT, role: 'agent' as const },
  ]) {
    await staff.add({ email: s.email, name: s.name, role: s.role, passwordHash: await hashPassword(s.password) }, clock);
  }
}, 60_000);

afterAll(async () => {
  await running?.close();
  await running?.store.close();
});

describe('without a session', () => {
  it('a console page sends the browser to sign in, and back to the page after', async () => {
    const visitor = consoleClient(running.url);
    const res = await visitor.get('/console/staff');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/console/sign-in?next=%2Fconsole%2Fstaff');
    const signedIn = await visitor.signIn(SUPERVISOR.email, SUPERVISOR.password, '/console/staff');
    expect(signedIn.headers.get('location')).toBe('/console/staff');
  });

  it('an action is refused and changes nothing', async () => {
    const visitor = consoleClient(running.url);
    const before = (await staff.list()).length;
    const res = await visitor.post('/console/staff', { name: 'Mallory', email: 'mallory@evil.example', role: 'supervisor', password: 'x'.repeat(20) });
    expect(res.status).toBe(401);
    expect(await staff.list()).toHaveLength(before);
  });

  it('after signing in, a "next" address off the console is not followed', async () => {
    for (const next of ['https://evil.example/console', '//evil.example/console', '/console\\@evil.example']) {
      const res = await consoleClient(running.url).signIn(AGENT.email, AGENT.password, next);
      expect(res.headers.get('location'), next).toBe('/console');
    }
  });
});

describe('signing in', () => {
  it('the session cookie is HttpOnly, SameSite=Strict and scoped to the console', async () => {
    const visitor = consoleClient(running.url);
    await visitor.get('/console/sign-in');
    const res = await fetch(`${running.url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `doorstep_sign_in=${visitor.cookies.get('doorstep_sign_in')}`,
        origin: running.url,
      },
      body: new URLSearchParams({ _csrf: visitor.csrf(), email: AGENT.email, password: AGENT.password }).toString(),
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('doorstep_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/console/);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it('the cookie is Secure when the public address is https', async () => {
    const store = await openStore({ dataDir: null });
    const https = await startApp(store, { console: true, publicUrl: 'https://homes.example.org' });
    await https.staff!.add({ email: AGENT.email, name: AGENT.name, role: 'agent', passwordHash: await hashPassword(AGENT.password) }, new Date());
    const res = await consoleClient(https.url).signIn(AGENT.email, AGENT.password);
    await https.close();
    await store.close();
    expect(res.headers.getSetCookie().find((c) => c.startsWith('doorstep_session='))).toMatch(/; Secure/);
  });

  it('a wrong password and an unknown email get the same answer, and no session', SLOW, async () => {
    const wrong = await consoleClient(running.url).signIn(SUPERVISOR.email, 'not-the-password-at-all');
    const unknown = await consoleClient(running.url).signIn('nobody@homes.example', 'not-the-password-at-all');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('The email or password is not right.');
      expect(res.headers.getSetCookie().some((c) => c.startsWith('doorstep_session='))).toBe(false);
    }
    await staff.clearFailures((await staff.login(SUPERVISOR.email))!.id);
  });

  it('a sign-in form posted from another site is refused', async () => {
    const attacker = consoleClient(running.url);
    // The attacker's page cannot read our form's token or set our cookie: it posts without them.
    const res = await attacker.post('/console/sign-in', { email: AGENT.email, password: AGENT.password }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(attacker.cookies.has('doorstep_session')).toBe(false);
  });

  it('five wrong passwords lock the account, even against the right one, until the lock runs out', SLOW, async () => {
    const email = 'locked.out@homes.example';
    const password = 'seven-blue-harbours-21';
    await staff.add({ email, name: 'Lou Locked', role: 'agent', passwordHash: await hashPassword(password) }, clock);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await consoleClient(running.url).signIn(email, `guess-number-${i}-wrong`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await consoleClient(running.url).signIn(email, password);
    expect(locked.status).toBe(429);
    expect(await locked.text()).toMatch(/locked until 09:15/);
    clock = new Date(clock.getTime() + LOCK_FOR_MS + 1_000);
    const after = await consoleClient(running.url).signIn(email, password);
    expect(after.status).toBe(303);
  });
});

describe('signed in', () => {
  it('a form without the CSRF token, with a wrong one, or from another site changes nothing', async () => {
    const sue = consoleClient(running.url);
    await sue.signIn(SUPERVISOR.email, SUPERVISOR.password);
    await sue.get('/console/staff');
    const form = { name: 'Forged Person', email: 'forged@evil.example', role: 'supervisor', password: 'forged-password-123456' };
    const attempts = [
      await sue.post('/console/staff', form),
      await sue.post('/console/staff', { ...form, _csrf: 'a-guess' }),
      await sue.post('/console/staff', { ...form, _csrf: sue.csrf() }, { origin: 'https://evil.example' }),
      await sue.post('/console/staff', { ...form, _csrf: sue.csrf() }, { 'sec-fetch-site': 'cross-site' }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect((await staff.list()).some((s) => s.email === form.email)).toBe(false);
    // The same form from our own page, with its token, works.
    const real = await sue.post('/console/staff', { ...form, email: 'real.person@homes.example', _csrf: sue.csrf() });
    expect(real.status).toBe(201);
    expect(await real.text()).toContain('Forged Person can now sign in as a supervisor.');
  });

  it('an agent cannot open or use the staff list or the audit log', async () => {
    const alex = consoleClient(running.url);
    await alex.signIn(AGENT.email, AGENT.password);
    const queue = await alex.get('/console');
    expect(queue.status).toBe(200);
    const html = await queue.text();
    expect(html).toContain('Alex Agent');
    expect(html).not.toContain('href="/console/staff"');
    expect((await alex.get('/console/staff')).status).toBe(403);
    expect((await alex.get('/console/audit')).status).toBe(403);
    const add = await alex.post('/console/staff', {
      _csrf: alex.csrf(),
      name: 'Sneaky',
      email: 'sneaky@homes.example',
      role: 'supervisor',
      password: 'sneaky-password-1234',
    });
    expect(add.status).toBe(403);
    expect((await staff.list()).some((s) => s.email === 'sneaky@homes.example')).toBe(false);
  });

  it('signing out needs the token, ends the session, and its cookie no longer works', async () => {
    const alex = consoleClient(running.url);
    await alex.signIn(AGENT.email, AGENT.password);
    const stolen = alex.cookies.get('doorstep_session')!;
    expect((await alex.post('/console/sign-out', {})).status).toBe(403);
    expect((await alex.get('/console')).status).toBe(200);
    const out = await alex.post('/console/sign-out', { _csrf: alex.csrf() });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/console/sign-in?signed-out');
    expect(alex.cookies.has('doorstep_session')).toBe(false);
    const replay = await fetch(`${running.url}/console`, { redirect: 'manual', headers: { cookie: `doorstep_session=${stolen}` } });
    expect(replay.status).toBe(303);
  });

  it('a disabled account is signed out at once', async () => {
    const email = 'leaver@homes.example';
    const password = 'last-day-at-work-2026';
    await staff.add({ email, name: 'Lee Leaver', role: 'agent', passwordHash: await hashPassword(password) }, clock);
    const lee = consoleClient(running.url);
    await lee.signIn(email, password);
    expect((await lee.get('/console')).status).toBe(200);
    await staff.disable(email, clock);
    expect((await lee.get('/console')).status).toBe(303);
    expect((await consoleClient(running.url).signIn(email, password)).status).toBe(401);
  });

  it('the audit log shows who signed in and who added whom', async () => {
    const sue = consoleClient(running.url);
    await sue.signIn(SUPERVISOR.email, SUPERVISOR.password);
    const html = await (await sue.get('/console/audit')).text();
    expect(html).toMatch(/Sue Visor<\/td><td>added staff<\/td><td>real\.person@homes\.example/);
    expect(html).toMatch(/Alex Agent<\/td><td>signed in/);
  });

  it('no password or email reaches the logs', () => {
    expect(logs).toContain('sign-in refused');
    for (const secret of [SUPERVISOR.password, AGENT.password, 'not-the-password-at-all', SUPERVISOR.email, AGENT.email, 'nobody@homes.example']) {
      expect(logs).not.toContain(secret);
    }
  });
});
