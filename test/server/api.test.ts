// The staff and job-system API over loopback, on PGlite and (when DATABASE_URL is set)
// PostgreSQL: the key guards every route; a tenant books through the real webhook, then
// the visit goes en route, is completed, and the texts the standards promise reach the
// outbox; a delay notice waits for the end of quiet hours; SLA alerts can be read since
// a time. One app per store with a clock the tests move forward, as a day would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDraft, Store } from '../../src/store/store.js';
import { sqlStoreKinds } from '../support/stores.js';
import { API_KEY, smsParams, startApp, type RunningApp } from '../support/http-app.js';

let n = 0;
const number = () => `+4477009${String(80000 + (n += 1))}`;
const TENANT = { tenancyRef: 'T-2001', name: 'Sam Carter', addressLine: '9 Oak Road, Northampton', postcode: 'NN2 2BB', vulnerabilities: [] };

/** Monday 23 November 2026, 10:00 in London (GMT, so the same in UTC). */
const START = new Date('2026-11-23T10:00:00Z');

describe.each(sqlStoreKinds())('/api on $name', (kind) => {
  let store: Store;
  let app: RunningApp;
  let clock = START;
  const setClock = (iso: string) => {
    clock = new Date(iso);
  };
  const tenant = number();
  let reference = '';

  beforeAll(async () => {
    clock = START;
    store = await kind.open();
    app = await startApp(store, { now: () => clock });
    await store.upsertTenant({ ...TENANT, phones: [tenant] }, START);
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

  /** Runs what is due at the app's clock (a tick already under way may have started before the change), then sends it. */
  async function settle(to = tenant): Promise<string[]> {
    await app.scheduler.tick();
    await app.scheduler.tick();
    return (await app.outbox(to)).map((l) => l.body);
  }

  async function json(res: Response): Promise<Record<string, unknown>> {
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    return (await res.json()) as Record<string, unknown>;
  }

  it('lets a tenant book a visit through the webhook', async () => {
    let replies = await say(tenant, 'my kitchen tap is dripping');
    // Answer what is asked until a visit is booked, as a tenant would.
    for (let turn = 0; turn < 6 && !/Booked:/.test(replies.join('\n')); turn += 1) {
      const last = replies.join('\n');
      replies = await say(tenant, /YES or NO/i.test(last) ? 'no' : /Reply with a number/i.test(last) ? '1' : 'kitchen');
    }
    const booked = replies.join('\n');
    expect(booked).toMatch(/Booked: we will come on Tuesday 24 November/);
    const found = /for repair ([A-Z0-9]{8})\b/.exec(booked);
    expect(found).not.toBeNull();
    reference = found![1]!;
    // The question about access is answered; the visit stands.
    await say(tenant, 'no');
    expect(await store.appointments({ reference })).toMatchObject([{ reference, status: 'booked', date: '2026-11-24', address: tenant }]);
  });

  it('refuses calls with no key or a wrong key with 401, and changes nothing', async () => {
    const jobsBefore = await store.jobs({ reference });
    const outboxBefore = await settle();
    const alertsBefore = await store.alerts();
    const refused = [
      await app.api('POST', `/api/jobs/${reference}/en-route`, undefined, null),
      await app.api('POST', `/api/jobs/${reference}/en-route`, undefined, 'not-the-key'),
      await app.api('POST', `/api/jobs/${reference}/complete`, undefined, `${API_KEY}x`),
      await app.api('POST', `/api/jobs/${reference}/no-access`, undefined, ''),
      await app.api('POST', `/api/cases/${reference}/delay`, { reason: 'the van broke down' }, null),
      await app.api('POST', `/api/cases/${reference}/delay`, { reason: 'the van broke down' }, 'wrong'),
      await app.api('GET', '/api/alerts', undefined, null),
      await app.api('GET', '/api/alerts', undefined, 'wrong'),
      // The right key under another scheme is not the key.
      await fetch(`${app.url}/api/jobs/${reference}/en-route`, { method: 'POST', headers: { authorization: `Basic ${API_KEY}` } }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(401);
      expect(await json(res)).toMatchObject({ error: 'unauthorized' });
    }
    expect(await store.appointments({ reference })).toMatchObject([{ status: 'booked' }]);
    expect(await store.jobs({ reference })).toEqual(jobsBefore);
    expect(await settle()).toEqual(outboxBefore);
    expect(await store.alerts()).toEqual(alertsBefore);
  });

  it('answers an unknown reference with 404 and a JSON message', async () => {
    for (const path of ['/api/jobs/NOSUCH99/en-route', '/api/jobs/NOSUCH99/complete', '/api/jobs/NOSUCH99/no-access']) {
      const res = await app.api('POST', path);
      expect(res.status).toBe(404);
      expect(await json(res)).toEqual({ error: 'not-found', message: 'No booked visit for reference NOSUCH99.' });
    }
    const delay = await app.api('POST', '/api/cases/NOSUCH99/delay', { reason: 'the van broke down' });
    expect(delay.status).toBe(404);
    expect(await json(delay)).toEqual({ error: 'not-found', message: 'No case with reference NOSUCH99.' });
    // Not a reference at all.
    const bad = await app.api('POST', '/api/jobs/x_1/en-route');
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ error: 'bad-reference' });
  });

  it('texts the reason for a delay at once in the day (202), and refuses a reason too short to tell (400)', async () => {
    setClock('2026-11-23T10:05:00Z');
    const short = await app.api('POST', `/api/cases/${reference}/delay`, { reason: ' ' });
    expect(short.status).toBe(400);
    expect(await json(short)).toMatchObject({ error: 'bad-request' });

    const res = await app.api('POST', `/api/cases/${reference.toLowerCase()}/delay`, { reason: 'the part we need is out of stock' });
    expect(res.status).toBe(202);
    expect(await json(res)).toEqual({ reference, sendAt: '2026-11-23T10:05:00.000Z' });
    const texts = await settle();
    const notice = texts.filter((t) => /not be able to finish/.test(t));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain(`repair ${reference}`);
    expect(notice[0]).toContain('because the part we need is out of stock.');
  });

  it('holds a delay notice sent in quiet hours until 08:00', async () => {
    setClock('2026-11-23T21:30:00Z');
    const res = await app.api('POST', `/api/cases/${reference}/delay`, { reason: 'our plumber is off sick' });
    expect(res.status).toBe(202);
    expect(await json(res)).toEqual({ reference, sendAt: '2026-11-24T08:00:00.000Z' });
    expect((await settle()).join('\n')).not.toContain('off sick');
    const job = (await store.jobs({ reference, status: 'pending' })).find((j) => j.payload.kind === 'text' && j.payload.purpose === 'delay');
    expect(job?.runAt).toEqual(new Date('2026-11-24T08:00:00Z'));

    setClock('2026-11-24T07:59:00Z');
    expect((await settle()).join('\n')).not.toContain('off sick');
    setClock('2026-11-24T08:00:00Z');
    expect((await settle()).filter((t) => t.includes('because our plumber is off sick.'))).toHaveLength(1);
  });

  it('sends one delay notice however often the same reason is sent that day (a retrying job system), and says so (200, duplicate)', async () => {
    setClock('2026-11-24T09:00:00Z');
    const reason = 'the boiler part has not arrived';
    const answers = await Promise.all([1, 2, 3, 4].map(() => app.api('POST', `/api/cases/${reference}/delay`, { reason })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 202]);
    const bodies = await Promise.all(answers.map((r) => json(r)));
    expect(bodies.filter((b) => b.duplicate === true)).toHaveLength(3);
    // The same words with other spacing and capitals are the same reason.
    expect((await app.api('POST', `/api/cases/${reference}/delay`, { reason: '  The boiler part  has not arrived. ' })).status).toBe(200);
    expect((await settle()).filter((t) => t.includes(`because ${reason}.`))).toHaveLength(1);
  });

  it('words a delay notice for the kind of case: an ASB report is not called a repair', async () => {
    setClock('2026-11-24T09:30:00Z');
    const neighbour = number();
    const graded = (await say(neighbour, 'party music next door every weekend til 4am')).join('\n');
    const asbReference = /reference (?:is )?([A-Z0-9]{8})\b/.exec(graded)?.[1];
    expect(asbReference, graded).toBeDefined();
    const res = await app.api('POST', `/api/cases/${asbReference}/delay`, { reason: 'our officer is off sick' });
    expect(res.status).toBe(202);
    const [notice] = (await settle(neighbour)).filter((t) => t.includes('off sick'));
    expect(notice).toContain(`your report ${asbReference}`);
    expect(notice).not.toMatch(/repair/i);
  });

  it('puts the visit en route (200) and the "on the way" text reaches the tenant; a second en route is 409', async () => {
    setClock('2026-11-24T08:30:00Z');
    const res = await app.api('POST', `/api/jobs/${reference}/en-route`);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ reference, status: 'en-route', textsScheduled: 1 });
    const onTheWay = (await settle()).filter((t) => /on the way to you now/.test(t));
    expect(onTheWay).toHaveLength(1);
    expect(onTheWay[0]).toContain(`repair ${reference}`);

    const again = await app.api('POST', `/api/jobs/${reference}/en-route`);
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ error: 'conflict', message: expect.stringContaining(reference) });
    expect((await settle()).filter((t) => /on the way to you now/.test(t))).toHaveLength(1);
  });

  it('completes the visit (200) and schedules the survey 60 minutes later, which then goes', async () => {
    setClock('2026-11-24T09:15:00Z');
    const res = await app.api('POST', `/api/jobs/${reference}/complete`);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ reference, status: 'completed', textsScheduled: 1 });
    const surveys = (await store.jobs({ reference })).filter((j) => j.payload.kind === 'text' && j.payload.purpose === 'survey');
    expect(surveys).toHaveLength(1);
    expect(surveys[0]).toMatchObject({ status: 'pending', runAt: new Date('2026-11-24T10:15:00Z'), group: `survey:${reference}` });
    expect((await store.caseByReference(reference))?.status).toBe('completed');
    expect((await settle()).join('\n')).not.toMatch(/how did we do/);

    setClock('2026-11-24T10:15:00Z');
    expect((await settle()).filter((t) => t.includes(`how did we do with repair ${reference}`))).toHaveLength(1);
    expect(await store.findConversation({ channel: 'sms', address: tenant })).toMatchObject({ dialog: { awaiting: { kind: 'survey', reference } } });
  });

  // 404, not 409: the store looks only at visits that still stand (booked, en route, no
  // access), and a completed visit no longer stands, so there is no visit to report on.
  it('answers no-access after completion with 404, and changes nothing', async () => {
    const before = await store.jobs({ reference });
    const res = await app.api('POST', `/api/jobs/${reference}/no-access`);
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ error: 'not-found', message: `No booked visit for reference ${reference}.` });
    expect(await store.jobs({ reference })).toEqual(before);
    expect(await store.appointments({ reference })).toMatchObject([{ status: 'completed' }]);
  });

  it('refuses a delay notice for a repair already completed (409): there is no promise left to miss', async () => {
    const before = await store.jobs({ reference });
    const res = await app.api('POST', `/api/cases/${reference}/delay`, { reason: 'the van broke down' });
    expect(res.status).toBe(409);
    expect(await json(res)).toMatchObject({ error: 'conflict', message: expect.stringContaining(reference) });
    expect(await store.jobs({ reference })).toEqual(before);
  });

  it('lists SLA alerts, since a time when asked, and refuses a since it cannot read (400)', async () => {
    const sla = (ref: string, dueAt: string): JobDraft => ({
      key: `test:alert:${ref}`,
      runAt: clock,
      reference: ref,
      group: `sla:${ref}`,
      payload: { kind: 'sla', clock: 'repair-attendance', label: 'Repair attendance', level: 'breach', dueAt },
    });
    setClock('2026-11-24T10:20:00Z');
    await store.scheduleJobs([sla('ALERTONE', '2026-11-24T10:00:00Z')], clock);
    await settle();
    setClock('2026-11-24T10:30:00Z');
    await store.scheduleJobs([sla('ALERTTWO', '2026-11-24T10:25:00Z')], clock);
    await settle();

    const all = await app.api('GET', '/api/alerts');
    expect(all.status).toBe(200);
    const body = (await json(all)) as { alerts: Record<string, unknown>[] };
    expect(body.alerts.map((a) => a.reference)).toEqual(['ALERTONE', 'ALERTTWO']);
    expect(body.alerts[0]).toEqual({
      id: expect.any(Number),
      reference: 'ALERTONE',
      clock: 'repair-attendance',
      label: 'Repair attendance',
      level: 'breach',
      dueAt: '2026-11-24T10:00:00.000Z',
      raisedAt: '2026-11-24T10:20:00.000Z',
    });

    const since = async (q: string) => {
      const res = await app.api('GET', `/api/alerts?since=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      return ((await json(res)) as { alerts: { reference: string }[] }).alerts.map((a) => a.reference);
    };
    expect(await since('2026-11-24T10:25:00Z')).toEqual(['ALERTTWO']);
    // Inclusive: an alert raised at the very time is listed.
    expect(await since('2026-11-24T10:20:00.000Z')).toEqual(['ALERTONE', 'ALERTTWO']);
    expect(await since('2026-11-24T10:20:00+00:00')).toEqual(['ALERTONE', 'ALERTTWO']);
    expect(await since('2026-11-24T10:31:00Z')).toEqual([]);

    // Not read as something else: "1" is not 2001, and a year the store cannot hold is refused here, not by the database.
    for (const bad of ['yesterday', '2026-13-45T99:00:00Z', '1', '', '0000-01-01', '-271821-04-20']) {
      const res = await app.api('GET', `/api/alerts?since=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(await json(res)).toMatchObject({ error: 'bad-since' });
    }
  });
});
