// The landlord's reports from seeded data with known answers, over real HTTP on PGlite and
// (when DATABASE_URL is set) PostgreSQL: repairs done on time and late (RP02), complaints
// received, escalated, extended under the Code and answered on time or late (CH01, CH02),
// ASB and hate incidents (NM01) per 1,000 of 4,000 homes; the page, its drill-down and its
// CSV agree. A complaint extended from the console is texted to the tenant and counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.js';
import type { SqlStore } from '../../src/store/sql.store.js';
import { consoleClient, type ConsoleClient } from '../support/console-client.js';
import { startApp, type RunningApp } from '../support/http-app.js';
import { sqlStoreKinds } from '../support/stores.js';

const HOMES = 4_000;
const NOVEMBER = 'from=2026-11-01&to=2026-11-30';
const t = (s: string) => new Date(s);

/** Rows as the engine would have written them, straight into the tables the reports read. */
async function seed(store: SqlStore) {
  const db = store.db;
  const conversation = async (id: string, address: string) =>
    db.query(`insert into conversations (id, channel, address, machine_version, created_at, updated_at) values ($1, 'sms', $2, 1, $3, $3)`, [
      id,
      address,
      '2026-10-01T09:00:00Z',
    ]);
  const kase = async (reference: string, conv: string, kind: string, openedAt: string, details: Record<string, unknown>, dueBy: string | null = null) =>
    db.query(
      `insert into cases (reference, conversation_id, kind, status, opened_at, due_by, verified, details, updated_at)
       values ($1, $2, $3, $4, $5, $6, true, $7::jsonb, $5)`,
      [reference, conv, kind, details.status ?? 'open', openedAt, dueBy, JSON.stringify({ kind, reference, openedAt, ...details })],
    );
  const history = async (reference: string, at: string, change: Record<string, unknown>) =>
    db.query(`insert into case_history (reference, at, change) values ($1, $2, $3::jsonb)`, [reference, at, JSON.stringify(change)]);

  await conversation('conv-a', '+447700900301');
  await conversation('conv-b', '+447700900302');
  // Repairs: two emergencies (one on time, one late) and two others (one on time, one late); one done before the period.
  await kase('REPE0001', 'conv-a', 'repair', '2026-11-01T22:00:00Z', { tier: 'emergency', priority: 'Emergency' }, '2026-11-02T22:00:00Z');
  await history('REPE0001', '2026-11-02T09:00:00Z', { appointment: 'completed' });
  await kase('REPE0002', 'conv-a', 'repair', '2026-11-03T10:00:00Z', { tier: 'emergency', priority: 'Emergency' }, '2026-11-04T10:00:00Z');
  await history('REPE0002', '2026-11-04T16:00:00Z', { event: 'completed' });
  await kase('REPN0001', 'conv-b', 'repair', '2026-11-05T10:00:00Z', { tier: 'routine', priority: 'Routine' }, '2026-11-20T17:00:00Z');
  await history('REPN0001', '2026-11-18T12:00:00Z', { appointment: 'completed' });
  await kase('REPN0002', 'conv-b', 'repair', '2026-11-02T10:00:00Z', { tier: 'urgent', priority: 'Urgent' }, '2026-11-10T17:00:00Z');
  await history('REPN0002', '2026-11-12T12:00:00Z', { appointment: 'completed' });
  await kase('REPN0003', 'conv-b', 'repair', '2026-10-20T10:00:00Z', { tier: 'urgent' }, '2026-10-28T17:00:00Z');
  await history('REPN0003', '2026-10-30T12:00:00Z', { appointment: 'completed' });
  // Complaints: one extended under the Code and answered inside the new date; one answered late;
  // one from October escalated to stage 2 in November.
  await kase('CMPL0001', 'conv-a', 'complaint', '2026-11-02T10:00:00Z', { status: 'stage-1', dates: { stage1ResponseBy: '2026-11-20T17:00:00Z' } });
  await history('CMPL0001', '2026-11-02T10:00:00Z', { status: 'stage-1', dates: { stage1ResponseBy: '2026-11-20T17:00:00Z' } });
  await history('CMPL0001', '2026-11-15T10:00:00Z', { event: 'extended', stage: 1, dates: { stage1ResponseBy: '2026-12-04T17:00:00Z' } });
  await history('CMPL0001', '2026-11-25T10:00:00Z', { event: 'responded', stage: 1 });
  await kase('CMPL0002', 'conv-b', 'complaint', '2026-11-03T10:00:00Z', { status: 'stage-1', dates: { stage1ResponseBy: '2026-11-17T17:00:00Z' } });
  await history('CMPL0002', '2026-11-03T10:00:00Z', { status: 'stage-1', dates: { stage1ResponseBy: '2026-11-17T17:00:00Z' } });
  await history('CMPL0002', '2026-11-19T10:00:00Z', { event: 'responded', stage: 1 });
  await kase('CMPL0003', 'conv-b', 'complaint', '2026-10-20T10:00:00Z', { status: 'stage-2', dates: { stage2ResponseBy: '2026-12-15T17:00:00Z' } });
  await history('CMPL0003', '2026-10-20T10:00:00Z', { status: 'stage-1' });
  await history('CMPL0003', '2026-11-10T10:00:00Z', { status: 'stage-2', dates: { stage2ResponseBy: '2026-12-15T17:00:00Z' } });
  // ASB: one noise report and one hate incident.
  await kase('ASBN0001', 'conv-a', 'asb', '2026-11-05T10:00:00Z', { level: 3, details: { category: 'noise' } });
  await kase('ASBH0001', 'conv-b', 'asb', '2026-11-06T10:00:00Z', { level: 1, details: { category: 'hate-incident' } });
}

describe.each(sqlStoreKinds())('the reports on $name', (kind) => {
  let store: SqlStore;
  let app: RunningApp;
  let clock = t('2026-12-01T09:00:00Z');
  let sue: ConsoleClient;

  beforeAll(async () => {
    store = (await kind.open()) as SqlStore;
    await seed(store);
    app = await startApp(store, { now: () => clock, console: true, homes: HOMES });
    await app.staff!.add({ email: 'sue@homes.example', name: 'Sue Visor', role: 'agent', passwordHash: await hashPassword('sue-long-password-333') }, clock);
    sue = consoleClient(app.url);
    expect((await sue.signIn('sue@homes.example', 'sue-long-password-333')).status).toBe(303);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('the CSV gives each measure its known answer', async () => {
    const res = await sue.get(`/console/reports.csv?${NOVEMBER}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('measure,bar,value,numerator,denominator,cases,from,to');
    for (const line of [
      'RP02,Emergency,50,1,2,2,2026-11-01,2026-11-30',
      'RP02,Non-emergency,50,1,2,2,2026-11-01,2026-11-30',
      'CH01,Stage 1,0.5,2,4000,2,2026-11-01,2026-11-30',
      'CH01,Stage 2,0.25,1,4000,1,2026-11-01,2026-11-30',
      'CH02,Stage 1,50,1,2,2,2026-11-01,2026-11-30',
      'CH02,Stage 2,0,0,0,0,2026-11-01,2026-11-30',
      'NM01,All ASB cases,0.5,2,4000,2,2026-11-01,2026-11-30',
      'NM01,Hate incidents,0.25,1,4000,1,2026-11-01,2026-11-30',
    ]) {
      expect(rows).toContain(line);
    }
  });

  it('the page shows the same figures, each bar leading to its cases', async () => {
    const html = await (await sue.get(`/console/reports?${NOVEMBER}`)).text();
    expect(html).toMatch(/RP02: repairs completed within target/);
    expect(html).toMatch(/Emergency<\/a><\/th><td class="num">50\.0%<\/td><td class="num">1<\/td><td class="num">2<\/td>/);
    expect(html).toMatch(/Stage 1<\/a><\/th><td class="num">0\.50<\/td>/);
    const drill = await (await sue.get(`/console/reports/cases?measure=RP02&bar=emergency&${NOVEMBER}`)).text();
    expect(drill).toContain('REPE0001');
    expect(drill).toMatch(/REPE0002<\/a><\/td><td>Emergency: done 4 Nov 2026 16:00, 6 h late/);
    expect(drill).not.toContain('REPN0001');
    const late = await (await sue.get(`/console/reports/cases.csv?measure=CH02&bar=stage-1&${NOVEMBER}`)).text();
    expect(late).toContain('CH02,Stage 1,CMPL0001,"stage 1 answered 25 Nov 2026 10:00, due 4 Dec 2026 17:00 (extended under the Code)"');
    expect(late).toContain('CH02,Stage 1,CMPL0002,"stage 1 answered 19 Nov 2026 10:00, due 17 Nov 2026 17:00"');
  });

  it('a period that is not one is refused with a clear answer; without a session the reports ask to sign in', async () => {
    const bad = await sue.get('/console/reports?from=2026-12-01&to=2026-11-01');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('The start date is after the end date');
    expect((await consoleClient(app.url).get(`/console/reports.csv?${NOVEMBER}`)).status).toBe(303);
  });

  it('a complaint extended from the console: within the Code, texted to the tenant, once, and then counted on time', async () => {
    // A new day: the session from yesterday has run out, so Sue signs in again.
    clock = t('2026-12-02T10:00:00Z');
    expect((await sue.signIn('sue@homes.example', 'sue-long-password-333')).status).toBe(303);
    await store.db.query(
      `insert into cases (reference, conversation_id, kind, status, opened_at, verified, details, updated_at)
       values ('CMPL0009', 'conv-a', 'complaint', 'stage-1', $1, true, $2::jsonb, $1)`,
      [
        '2026-12-01T10:00:00Z',
        JSON.stringify({ kind: 'complaint', reference: 'CMPL0009', status: 'stage-1', dates: { stage1ResponseBy: '2026-12-15T17:00:00Z' } }),
      ],
    );
    await store.db.query(`insert into case_history (reference, at, change) values ('CMPL0009', $1, $2::jsonb)`, [
      '2026-12-01T10:00:00Z',
      JSON.stringify({ status: 'stage-1', dates: { stage1ResponseBy: '2026-12-15T17:00:00Z' } }),
    ]);
    await sue.get('/console/conversations/conv-a');
    const post = (form: Record<string, string>) => sue.post('/console/conversations/conv-a/case', { _csrf: sue.csrf(), reference: 'CMPL0009', ...form });
    expect((await post({ action: 'extend', days: '11', reason: 'we are waiting for a surveyor' })).status).toBe(400);
    const extended = await post({ action: 'extend', days: '10', reason: 'we are waiting for a surveyor' });
    expect(extended.status).toBe(200);
    // 10 working days after Tuesday 15 December: Christmas Day and Monday 28 December (Boxing Day's substitute) are not working days.
    expect(await extended.text()).toContain('now due by Thursday 31 December, 17:00');
    expect((await post({ action: 'extend', days: '2', reason: 'again' })).status).toBe(409);
    await app.scheduler.tick();
    const texts = (await app.outbox('+447700900301')).map((l) => l.body);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(
      /more time to give our stage 1 answer to your complaint CMPL0009, because we are waiting for a surveyor\. We will answer by Thursday 31 December/,
    );
    expect(texts[0]).toMatch(/Housing Ombudsman/);

    clock = t('2026-12-22T10:00:00Z');
    expect((await sue.signIn('sue@homes.example', 'sue-long-password-333')).status).toBe(303);
    await sue.get('/console/conversations/conv-a');
    expect((await post({ action: 'responded' })).status).toBe(200);
    const csv = await (await sue.get('/console/reports.csv?from=2026-12-01&to=2026-12-31')).text();
    expect(csv).toContain('CH02,Stage 1,100,1,1,1,2026-12-01,2026-12-31');
  });
});
