// What staff record on a case from a conversation's page, over real HTTP on PGlite and (when
// DATABASE_URL is set) PostgreSQL: a repair's priority changed with a reason (a new due
// date from the pack, the tenant texted it, the reason kept), an emergency made safe with
// no visit recorded as done, and a prepared reply from the pack filled in with the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.js';
import type { SqlStore } from '../../src/store/sql.store.js';
import { consoleClient, type ConsoleClient } from '../support/console-client.js';
import { startApp, type RunningApp } from '../support/http-app.js';
import { sqlStoreKinds } from '../support/stores.js';

const TENANT = '+447700900401';

describe.each(sqlStoreKinds())('case actions in the console on $name', (kind) => {
  let store: SqlStore;
  let app: RunningApp;
  // Monday 7 December 2026, 10:00 in London.
  const clock = new Date('2026-12-07T10:00:00Z');
  let amy: ConsoleClient;

  beforeAll(async () => {
    store = (await kind.open()) as SqlStore;
    const db = store.db;
    await db.query(
      `insert into tenants (tenancy_ref, name, address_line, postcode, updated_at) values ('T-100', 'Rita Patel', '1 High Street', 'NN1 1AA', $1)`,
      [clock.toISOString()],
    );
    await db.query(`insert into contact_points (channel, address, tenant_id) select 'sms', $1, id from tenants where tenancy_ref = 'T-100'`, [TENANT]);
    await db.query(`insert into conversations (id, channel, address, machine_version, created_at, updated_at) values ('conv-r', 'sms', $1, 1, $2, $2)`, [
      TENANT,
      clock.toISOString(),
    ]);
    const repair = async (reference: string, priority: string, tier: string, dueBy: string) =>
      db.query(
        `insert into cases (reference, conversation_id, kind, status, opened_at, due_by, verified, details, updated_at)
         values ($1, 'conv-r', 'repair', 'open', $2, $3, true, $4::jsonb, $2)`,
        [
          reference,
          '2026-12-07T09:00:00Z',
          dueBy,
          JSON.stringify({ kind: 'repair', reference, status: 'open', priority, tier, issue: 'a dripping tap', dueBy }),
        ],
      );
    await repair('TAP00001', 'routine', 'routine', '2027-01-05T17:00:00Z');
    await repair('LEAK0001', 'emergency', 'emergency', '2026-12-08T09:00:00Z');
    app = await startApp(store, { now: () => clock, console: true });
    await app.staff!.add({ email: 'amy@homes.example', name: 'Amy Agent', role: 'agent', passwordHash: await hashPassword('amy-long-password-44') }, clock);
    amy = consoleClient(app.url);
    expect((await amy.signIn('amy@homes.example', 'amy-long-password-44')).status).toBe(303);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const act = async (form: Record<string, string>) => {
    await amy.get('/console/conversations/conv-r');
    return amy.post('/console/conversations/conv-r/case', { _csrf: amy.csrf(), ...form });
  };

  it('changes a repair to urgent with a reason: a new due date from the pack, the tenant told, the reason kept', async () => {
    expect((await act({ reference: 'TAP00001', action: 'priority', priority: 'urgent', reason: '' })).status).toBe(400);
    const res = await act({ reference: 'TAP00001', action: 'priority', priority: 'urgent', reason: 'the tenant has a baby and the tap now pours' });
    expect(res.status).toBe(200);
    const kase = (await store.caseByReference('TAP00001'))!;
    expect(kase.details.priority).toBe('urgent');
    expect(kase.dueBy!.getTime()).toBeLessThan(new Date('2027-01-05T17:00:00Z').getTime());
    const event = (kase.history as unknown as Record<string, unknown>[]).find((h) => h.event === 'priority');
    expect(event).toMatchObject({ from: 'routine', to: 'urgent', reason: 'the tenant has a baby and the tap now pours', by: 'Amy Agent' });
    await app.scheduler.tick();
    expect((await app.outbox(TENANT)).map((l) => l.body)).toEqual([
      expect.stringMatching(/we have looked again at repair TAP00001\. It is now urgent, so we will .* by /),
    ]);
    expect((await app.staff!.auditLog({ limit: 5, subject: 'TAP00001' }))[0]).toMatchObject({ staffName: 'Amy Agent', action: 'case priority' });
  });

  it('records an emergency made safe with no visit booked as done, once', async () => {
    expect((await act({ reference: 'LEAK0001', action: 'completed' })).status).toBe(200);
    expect((await store.caseByReference('LEAK0001'))!.status).toBe('completed');
    expect((await act({ reference: 'LEAK0001', action: 'completed' })).status).toBe(409);
  });

  it('offers the pack’s prepared replies with the tenant and the case filled in, once the conversation is taken', async () => {
    await amy.get('/console/conversations/conv-r');
    expect((await amy.post('/console/conversations/conv-r/take', { _csrf: amy.csrf() })).status).toBe(303);
    const page = await (await amy.get('/console/conversations/conv-r?reply=introduce')).text();
    expect(page).toMatch(/<textarea id="reply"[^>]*>Hello, this is Amy from [^<]+\. I have read your messages/);
    const date = await (await amy.get('/console/conversations/conv-r?reply=repair-date')).text();
    expect(date).toMatch(/<textarea id="reply"[^>]*>Your repair TAP00001 is logged as urgent, so we will be with you by /);
    expect(date).not.toMatch(/\{[a-z]+\}/);
  });
});
