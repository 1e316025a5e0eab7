// The handoff queue over loopback, on PGlite and (when DATABASE_URL is set) PostgreSQL: a
// tenant asks for a person through the real webhook, the queue lists it, staff take it (the
// tenant is told; the assistant goes quiet), hand it back (the tenant is told; the
// assistant answers again); one nobody picks up raises an alert and tells the tenant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { smsParams, startApp, type RunningApp } from '../support/http-app.js';

let n = 0;
const number = () => `+4477009${String(60000 + (n += 1))}`;

/** Monday 23 November 2026, 10:00 in London: the office is open. */
const START = new Date('2026-11-23T10:00:00Z');

describe.each(sqlStoreKinds())('the handoff queue on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let clock = START;

  beforeAll(async () => {
    store = await kind.open();
    app = await startApp(store, { now: () => clock });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  async function say(from: string, body: string): Promise<string[]> {
    const before = (await app.outbox(from)).length;
    const res = await app.post('/sms', smsParams(from, body));
    expect(res.status).toBe(200);
    return (await app.outbox(from)).slice(before).map((l) => l.body);
  }

  async function queue(): Promise<Record<string, unknown>[]> {
    const res = await app.api('GET', '/api/handoffs');
    expect(res.status).toBe(200);
    return ((await res.json()) as { handoffs: Record<string, unknown>[] }).handoffs;
  }

  it('lists a request for a person, takes it, hands it back, and the tenant hears each step', async () => {
    clock = START;
    const tenant = number();
    expect((await say(tenant, 'ring me back please')).join('\n')).toMatch(/Someone usually replies within 30 minutes/);
    const waiting = (await queue()).filter((h) => h.address === tenant);
    expect(waiting).toEqual([
      expect.objectContaining({ channel: 'sms', reason: 'asked', status: 'open', requestedAt: START.toISOString(), caseReference: null, safeContact: false }),
    ]);
    const id = waiting[0]!.id as number;

    const taken = await app.api('POST', `/api/handoffs/${id}/take`);
    expect(taken.status).toBe(200);
    expect(await taken.json()).toMatchObject({ id, status: 'taken' });
    await app.scheduler.tick();
    expect((await app.outbox(tenant)).at(-1)?.body).toMatch(/has joined this conversation/);
    expect(await say(tenant, 'thanks, its about my rent')).toEqual([]);
    // Taking it twice is refused; the queue still shows it, with staff.
    expect((await app.api('POST', `/api/handoffs/${id}/take`)).status).toBe(409);
    expect((await queue()).filter((h) => h.address === tenant)).toEqual([expect.objectContaining({ status: 'taken' })]);

    const back = await app.api('POST', `/api/handoffs/${id}/return`);
    expect(back.status).toBe(200);
    await app.scheduler.tick();
    expect((await app.outbox(tenant)).at(-1)?.body).toMatch(/You are back with the NPH assistant/);
    expect((await say(tenant, 'my bath tap keeps dripping')).join('\n')).toMatch(/noted/i);
    expect((await queue()).filter((h) => h.address === tenant)).toEqual([]);
  });

  it('alerts staff and tells the tenant when nobody picks it up within 30 minutes', async () => {
    clock = new Date('2026-11-23T11:00:00Z');
    const tenant = number();
    await say(tenant, 'i need to speak to a real person not a robot');
    clock = new Date('2026-11-23T11:31:00Z');
    await app.scheduler.tick();
    await app.scheduler.tick();
    expect((await app.outbox(tenant)).at(-1)?.body).toMatch(/nobody from our team has been able to reply yet/);
    const alerts = ((await (await app.api('GET', '/api/alerts?since=2026-11-23T11:30:00Z')).json()) as { alerts: Record<string, unknown>[] }).alerts;
    expect(alerts.filter((a) => a.clock === 'handoff')).toEqual([expect.objectContaining({ level: 'warning', dueAt: '2026-11-23T11:30:00.000Z' })]);
  });

  it('answers an unknown handoff with 404 and a bad id with 400, and needs the key', async () => {
    expect((await app.api('POST', '/api/handoffs/999999/take')).status).toBe(404);
    expect((await app.api('POST', '/api/handoffs/abc/take')).status).toBe(400);
    expect((await app.api('GET', '/api/handoffs', undefined, 'wrong-key')).status).toBe(401);
  });
});
