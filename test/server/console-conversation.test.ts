// Staff working a conversation in the console, over real HTTP on PGlite and (when
// DATABASE_URL is set) PostgreSQL: a tenant texts through the signed webhook and asks for a
// person; the queue shows it; an agent takes it (the tenant is told who joined; the
// assistant goes quiet), replies (the text goes out on SMS), and hands it back (the
// assistant answers again). Two staff taking one conversation at once: one wins. Someone
// else's conversation cannot be answered or handed back by an agent. Every step is audited.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.js';
import type { Store } from '../../src/store/store.js';
import { consoleClient, type ConsoleClient } from '../support/console-client.js';
import { smsParams, startApp, type RunningApp } from '../support/http-app.js';
import { sqlStoreKinds } from '../support/stores.js';

/** Monday 23 November 2026, 10:00 in London: the office is open. */
const START = new Date('2026-11-23T10:00:00Z');
const PEOPLE = [
  { email: 'alex@homes.example', name: 'Alex Agent', role: 'agent' as const, password: 'alex-long-password-1' },
  { email: 'bo@homes.example', name: 'Bo Second', role: 'agent' as const, password: 'bo-long-password-22' },
  { email: 'sue@homes.example', name: 'Sue Visor', role: 'supervisor' as const, password: 'sue-long-password-333' },
];
let n = 0;
const number = () => `+4477009${String(70000 + (n += 1))}`;
const WORDS = ['can i speak to a real person please', 'Hello, this is Alex. How can I help?', 'my rent statement looks wrong'];

describe.each(sqlStoreKinds())('a conversation in the console on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  const clock = START;
  const staff: Record<string, ConsoleClient> = {};
  let logs = '';
  const numbers: string[] = [];

  beforeAll(async () => {
    store = await kind.open();
    const logTo = new PassThrough();
    logTo.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    app = await startApp(store, { now: () => clock, console: true, logTo });
    for (const p of PEOPLE) {
      await app.staff!.add({ email: p.email, name: p.name, role: p.role, passwordHash: await hashPassword(p.password) }, clock);
      staff[p.name.split(' ')[0]!] = consoleClient(app.url);
      expect((await staff[p.name.split(' ')[0]!]!.signIn(p.email, p.password)).status).toBe(303);
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  async function say(from: string, body: string): Promise<string[]> {
    numbers.push(from);
    const before = (await app.outbox(from)).length;
    expect((await app.post('/sms', smsParams(from, body))).status).toBe(200);
    return (await app.outbox(from)).slice(before).map((l) => l.body);
  }

  /** The id of the tenant's conversation, from the link in the queue's row. */
  async function openFromQueue(client: ConsoleClient, tenant: string): Promise<{ id: string; section: string }> {
    const html = await (await client.get('/console')).text();
    const at = html.indexOf(tenant);
    expect(at, 'the tenant is in the queue').toBeGreaterThan(-1);
    const id = [...html.slice(0, at).matchAll(/href="\/console\/conversations\/([^"]+)"/g)].at(-1)![1]!;
    const section = [...html.slice(0, at).matchAll(/<h2 id="h-([a-z-]+)"/g)].at(-1)![1]!;
    return { id: decodeURIComponent(id), section };
  }

  const act = (client: ConsoleClient, id: string, action: string, form: Record<string, string> = {}) =>
    client.post(`/console/conversations/${encodeURIComponent(id)}/${action}`, { _csrf: client.csrf(), ...form });

  it('takes over, replies by SMS, keeps the assistant quiet, and hands back', async () => {
    const tenant = number();
    await say(tenant, 'can i speak to a real person please');
    const { id, section } = await openFromQueue(staff.Alex!, tenant);
    expect(section).toBe('needs-person');

    const page = await (await staff.Alex!.get(`/console/conversations/${encodeURIComponent(id)}`)).text();
    expect(page).toContain('can i speak to a real person please');
    expect(page).toContain('Take over');

    expect((await act(staff.Alex!, id, 'take')).status).toBe(303);
    expect((await app.outbox(tenant)).at(-1)?.body).toBe('Alex from our team has joined this conversation and will reply to you here.');
    expect((await openFromQueue(staff.Alex!, tenant)).section).toBe('with-staff');

    await staff.Alex!.get(`/console/conversations/${encodeURIComponent(id)}`);
    expect((await act(staff.Alex!, id, 'reply', { text: 'Hello, this is Alex. How can I help?' })).status).toBe(303);
    expect((await app.outbox(tenant)).at(-1)?.body).toBe('Hello, this is Alex. How can I help?');

    // The assistant stays quiet while staff have it; the tenant's words reach the console.
    expect(await say(tenant, 'my rent statement looks wrong')).toEqual([]);
    const shown = await (await staff.Alex!.get(`/console/conversations/${encodeURIComponent(id)}`)).text();
    expect(shown).toMatch(/<strong>Alex Agent \(staff\)<\/strong>[\s\S]*Hello, this is Alex/);
    expect(shown).toContain('my rent statement looks wrong');

    expect((await act(staff.Alex!, id, 'return')).status).toBe(303);
    expect((await app.outbox(tenant)).at(-1)?.body).toMatch(/You are back with the .* assistant/);
    expect((await say(tenant, 'my boiler is broken')).length).toBeGreaterThan(0);
  });

  it('two staff taking one conversation at once: one has it, the other is told who', async () => {
    const tenant = number();
    await say(tenant, 'i need to talk to someone');
    const { id } = await openFromQueue(staff.Alex!, tenant);
    await staff.Bo!.get(`/console/conversations/${encodeURIComponent(id)}`);
    await staff.Alex!.get(`/console/conversations/${encodeURIComponent(id)}`);
    const [a, b] = await Promise.all([act(staff.Alex!, id, 'take'), act(staff.Bo!, id, 'take')]);
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 409 ? 'Bo Second' : 'Alex Agent';
    expect(await loser.text()).toContain(`${winner} took this conversation first`);
    // The tenant is told once that someone joined.
    expect((await app.outbox(tenant)).filter((l) => /has joined this conversation/.test(l.body))).toHaveLength(1);
  });

  it("an agent cannot reply to or hand back someone else's conversation; a supervisor can hand it back", async () => {
    const tenant = number();
    await say(tenant, 'speak to an advisor');
    const { id } = await openFromQueue(staff.Alex!, tenant);
    await staff.Alex!.get(`/console/conversations/${encodeURIComponent(id)}`);
    expect((await act(staff.Alex!, id, 'take')).status).toBe(303);
    const sent = (await app.outbox(tenant)).length;

    await staff.Bo!.get(`/console/conversations/${encodeURIComponent(id)}`);
    expect((await act(staff.Bo!, id, 'reply', { text: 'Bo here' })).status).toBe(409);
    expect((await act(staff.Bo!, id, 'return')).status).toBe(403);
    expect(await app.outbox(tenant)).toHaveLength(sent);

    await staff.Sue!.get(`/console/conversations/${encodeURIComponent(id)}`);
    expect((await act(staff.Sue!, id, 'return')).status).toBe(303);
    expect((await app.outbox(tenant)).at(-1)?.body).toMatch(/You are back with the/);
  });

  it('a staff reply is not taken from a forged form, and every action is in the audit log', async () => {
    const tenant = number();
    await say(tenant, 'can someone call me');
    const { id } = await openFromQueue(staff.Alex!, tenant);
    await staff.Alex!.get(`/console/conversations/${encodeURIComponent(id)}`);
    expect((await act(staff.Alex!, id, 'take')).status).toBe(303);
    const sent = (await app.outbox(tenant)).length;
    // Another site's page posting with Alex's cookie: no token, or its own Origin.
    const forged = await staff.Alex!.post(`/console/conversations/${encodeURIComponent(id)}/reply`, { text: 'Click this link' });
    const crossSite = await staff.Alex!.post(
      `/console/conversations/${encodeURIComponent(id)}/reply`,
      { _csrf: staff.Alex!.csrf(), text: 'Click this link' },
      { origin: 'https://evil.example' },
    );
    expect([forged.status, crossSite.status]).toEqual([403, 403]);
    expect(await app.outbox(tenant)).toHaveLength(sent);
    expect((await act(staff.Alex!, id, 'close')).status).toBe(303);

    const log = await app.staff!.auditLog({ limit: 50, subject: id });
    expect(log.map((e) => `${e.staffName}: ${e.action}`).reverse()).toEqual(['Alex Agent: took over', 'Alex Agent: closed handoff']);
  });

  it('logs each staff action by ids, never the words of a message or a full phone number', () => {
    expect(logs).toContain('staff replied');
    expect(logs).toContain('staff took over a conversation');
    for (const secret of [...WORDS, ...new Set(numbers)]) expect(logs).not.toContain(secret);
  });
});
