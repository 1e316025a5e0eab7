// The durable scheduler's half of the store, on every implementation: a job key is
// scheduled once; due jobs run in order, once, queueing their texts with the transcript;
// opted-out numbers and stopped clocks get nothing; alerts are not repeated; a full slot
// fails the whole turn; a moved visit's reminders are cancelled; a text in doubt keeps
// the time of the attempt that died. Two processes sharing the work on PostgreSQL is
// scheduler-two-processes.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlotChoice } from '../../machines/conversation.types.js';
import { runJob } from '../../src/scheduler/run-job.js';
import { SlotFullError, appointmentGroup, type ConversationKey, type JobDraft, type Store, type TurnWrite } from '../../src/store/store.js';
import { drain, plus, textJob, type Decide } from '../support/scheduler-jobs.js';
import { openStore } from '../../src/store/open-store.js';
import { DATABASE_URL, allStoreKinds, freshDatabase } from '../support/stores.js';

const DAY = 86_400_000;
/** Not due in any test: a job here stays pending. */
const FAR = new Date('2099-01-01T09:00:00Z');

// Every test starts a day after the one before, so jobs one test leaves due never fall
// inside a later test's window unnoticed, and counts returned by runDueJobs are exact.
let clock = new Date('2026-11-23T10:00:00Z').getTime();
const nextDay = (): Date => new Date((clock += DAY));

let n = 0;
const fresh = (): ConversationKey => ({ channel: 'sms', address: `+4477009${String(60000 + (n += 1))}` });
let r = 0;
const newReference = (): string => `SCH${String((r += 1)).padStart(5, '0')}`;

/** The scheduler's own decision, recording which jobs it was asked about, in order. */
const decider =
  (seen: string[] = []): Decide =>
  (job, facts) => {
    seen.push(job.key);
    return runJob(job, facts, { delayNotice: false });
  };

function slaJob(reference: string, id: string, clockId: string, level: 'warning' | 'breach', dueAt: Date, runAt: Date): JobDraft {
  return {
    key: `test:sla:${reference}:${id}`,
    runAt,
    reference,
    group: `sla:${reference}`,
    payload: { kind: 'sla', clock: clockId, label: `Test ${clockId}`, level, dueAt: dueAt.toISOString() },
  };
}

function slot(date: string, id: 'am' | 'pm'): SlotChoice {
  const [start, end] = id === 'am' ? ['08:00', '12:00'] : ['12:00', '17:00'];
  return { date, slot: id, label: id, start, end, startsAt: `${date}T${start}:00.000Z`, endsAt: `${date}T${end}:00.000Z` };
}

/** One turn: a repair case opened (and a visit booked, jobs scheduled) as the engine would write it. Returns the conversation id. */
async function openCase(
  store: Store,
  key: ConversationKey,
  reference: string,
  at: Date,
  extra: Pick<TurnWrite, 'appointments' | 'jobs'> = {},
): Promise<string> {
  const outcome = await store.turn(key, { messageId: null, at }, ({ record }) => ({
    write: {
      record: { ...record, lastCase: reference },
      transcript: [],
      cases: [
        { change: { kind: 'repair', reference, openedAt: at.toISOString(), status: 'open', dueBy: new Date(at.getTime() + 20 * DAY).toISOString() }, at },
      ],
      outbound: [],
      ...extra,
    },
    result: record.id,
  }));
  if (outcome.duplicate) throw new Error('unexpected duplicate');
  return outcome.result;
}

describe.each(allStoreKinds())('scheduler store on $name', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await kind.open();
  }, 120_000);
  afterAll(() => store?.close());

  it('keeps one job when the same key is scheduled twice, the first as it was', async () => {
    const now = nextDay();
    const key = fresh();
    const reference = newReference();
    expect(await store.scheduleJobs([textJob(key, `twice-${reference}`, FAR, 'first', { reference })], now)).toBe(1);
    expect(await store.scheduleJobs([textJob(key, `twice-${reference}`, plus(FAR, 5), 'second', { reference })], now)).toBe(0);
    // A turn that schedules the same key is a no-op for that job too.
    await openCase(store, key, reference, now, { jobs: [textJob(key, `twice-${reference}`, FAR, 'third', { reference })] });
    const jobs = await store.jobs({ reference });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'pending', runAt: FAR, payload: { body: 'first' } });
  });

  it('runs only due jobs, in run_at order, marks them done, and queues each text once with its transcript entry', async () => {
    const now = nextDay();
    const key = fresh();
    const reference = newReference();
    const conversationId = await openCase(store, key, reference, plus(now, -60));
    const id = (s: string) => `${reference}-${s}`;
    await store.scheduleJobs(
      [
        textJob(key, id('third'), plus(now, -1), 'third', { reference, conversationId }),
        textJob(key, id('later'), plus(now, 1), 'not yet', { reference, conversationId }),
        textJob(key, id('first'), plus(now, -30), 'first', { reference, conversationId }),
        textJob(key, id('second'), plus(now, -10), 'second', { reference, conversationId }),
      ],
      plus(now, -60),
    );
    const seen: string[] = [];
    // A batch smaller than what is due takes the earliest first.
    expect(await store.runDueJobs(now, 2, decider(seen))).toBe(2);
    expect(await store.runDueJobs(now, 2, decider(seen))).toBe(1);
    expect(await store.runDueJobs(now, 2, decider(seen))).toBe(0);
    expect(seen).toEqual([`test:${id('first')}`, `test:${id('second')}`, `test:${id('third')}`]);

    const jobs = await store.jobs({ reference });
    expect(jobs.map((j) => [j.key, j.status, j.outcome])).toEqual([
      [`test:${id('first')}`, 'done', 'sent'],
      [`test:${id('second')}`, 'done', 'sent'],
      [`test:${id('third')}`, 'done', 'sent'],
      [`test:${id('later')}`, 'pending', null],
    ]);
    for (const j of jobs.slice(0, 3)) expect(j.doneAt).toEqual(now);

    const queued = await store.outbound({ recipient: key.address });
    expect(queued.map((m) => m.body)).toEqual(['first', 'second', 'third']);
    for (const m of queued) expect(m).toMatchObject({ status: 'pending', conversationId, sendAfter: now, attempts: 0, inDoubt: false });
    const said = (await store.transcript(conversationId)).filter((t) => t.direction === 'out');
    expect(said.map((t) => [t.text, t.at])).toEqual([
      ['first', now],
      ['second', now],
      ['third', now],
    ]);

    // Running again (another tick, another process) queues nothing more.
    expect(await store.runDueJobs(now, 100, decider())).toBe(0);
    expect(await store.outbound({ recipient: key.address })).toHaveLength(3);
    // The later job runs in its time, and adds its one text.
    expect(await store.runDueJobs(plus(now, 1), 100, decider())).toBe(1);
    expect((await store.outbound({ recipient: key.address })).map((m) => m.body)).toEqual(['first', 'second', 'third', 'not yet']);
  });

  it('skips a text to an opted-out number and queues nothing for it', async () => {
    const now = nextDay();
    const key = fresh();
    const reference = newReference();
    const conversationId = await openCase(store, key, reference, plus(now, -60));
    await store.setOptOut(key, true, 'keyword', plus(now, -5));
    await store.scheduleJobs([textJob(key, `optout-${reference}`, plus(now, -1), 'Your visit is tomorrow.', { reference, conversationId })], now);
    expect(await store.runDueJobs(now, 100, decider())).toBe(1);
    expect(await store.jobs({ reference })).toMatchObject([{ status: 'skipped', outcome: 'opted out', doneAt: now }]);
    expect(await store.outbound({ recipient: key.address })).toEqual([]);
    expect((await store.transcript(conversationId)).filter((t) => t.direction === 'out')).toEqual([]);
  });

  it('raises one alert for an SLA job, and a repeat of the same alert is not raised again', async () => {
    const now = nextDay();
    const reference = newReference();
    await openCase(store, fresh(), reference, plus(now, -60));
    const dueAt = plus(now, 2 * 24 * 60);
    await store.scheduleJobs([slaJob(reference, 'w1', 'repair-completion', 'warning', dueAt, plus(now, -1))], now);
    expect(await store.runDueJobs(now, 100, decider())).toBe(1);
    const raised = (await store.alerts()).filter((a) => a.reference === reference);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ reference, clock: 'repair-completion', level: 'warning', dueAt, raisedAt: now, label: 'Test repair-completion' });

    // Another job (say, scheduled again by a later case change under a new key) for the very same alert.
    await store.scheduleJobs([slaJob(reference, 'w2', 'repair-completion', 'warning', dueAt, plus(now, 5))], now);
    expect(await store.runDueJobs(plus(now, 10), 100, decider())).toBe(1);
    expect((await store.alerts()).filter((a) => a.reference === reference)).toHaveLength(1);
    expect((await store.jobs({ reference })).map((j) => j.status)).toEqual(['done', 'done']);

    // The breach of the same clock is a different alert.
    await store.scheduleJobs([slaJob(reference, 'b1', 'repair-completion', 'breach', dueAt, plus(now, 20))], now);
    expect(await store.runDueJobs(plus(now, 30), 100, decider())).toBe(1);
    expect((await store.alerts()).filter((a) => a.reference === reference).map((a) => a.level)).toEqual(['warning', 'breach']);
  });

  it('skips an attendance SLA job once the visit has gone en route, but not the completion clock', async () => {
    const now = nextDay();
    const reference = newReference();
    await openCase(store, fresh(), reference, plus(now, -60), {
      appointments: [{ change: { action: 'book', reference, option: slot('2027-05-03', 'am') }, capacity: null }],
    });
    const moved = await store.updateAppointment(reference, 'en-route', plus(now, -2), () => ({ jobs: [], cancelPending: false }));
    expect(moved).toMatchObject({ reference, status: 'en-route' });
    const dueAt = plus(now, 60);
    await store.scheduleJobs(
      [
        slaJob(reference, 'attend', 'repair-attendance', 'warning', dueAt, plus(now, -1)),
        slaJob(reference, 'complete', 'repair-completion', 'warning', dueAt, plus(now, -1)),
      ],
      now,
    );
    expect(await store.runDueJobs(now, 100, decider())).toBe(2);
    const jobs = await store.jobs({ reference });
    expect(jobs.map((j) => [j.payload.kind === 'sla' ? j.payload.clock : '', j.status, j.outcome])).toEqual([
      ['repair-attendance', 'skipped', 'attended'],
      ['repair-completion', 'done', 'alerted'],
    ]);
    expect((await store.alerts()).filter((a) => a.reference === reference).map((a) => a.clock)).toEqual(['repair-completion']);
  });

  it('runs each job once when several claimers call runDueJobs at the same time on one store', async () => {
    const now = nextDay();
    const key = fresh();
    const jobs = Array.from({ length: 200 }, (_, i) => textJob(key, `crowd-${now.getTime()}-${i}`, plus(now, -1 - (i % 7)), `crowd ${i}`));
    expect(await store.scheduleJobs(jobs, plus(now, -60))).toBe(200);
    const seen: string[] = [];
    const ran = await Promise.all([drain(store, now, 15, decider(seen)), drain(store, now, 15, decider(seen)), drain(store, now, 15, decider(seen))]);
    expect(ran.reduce((a, b) => a + b, 0)).toBe(200);
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
    const queued = await store.outbound({ recipient: key.address });
    expect(queued).toHaveLength(200);
    expect(new Set(queued.map((m) => m.body)).size).toBe(200);
  });

  it('fails a turn that books beyond capacity with SlotFullError and keeps nothing of it', async () => {
    const now = nextDay();
    const date = '2027-06-07';
    const first = newReference();
    await openCase(store, fresh(), first, now, { appointments: [{ change: { action: 'book', reference: first, option: slot(date, 'am') }, capacity: 1 }] });
    expect((await store.bookedCounts(date, date)).get(`${date} am`)).toBe(1);

    const key = fresh();
    const second = newReference();
    const messageId = `SMfull${second}`;
    const bookInto = (choice: SlotChoice) =>
      store.turn(key, { messageId, at: now }, ({ record }) => ({
        write: {
          record: { ...record, lastCase: second },
          transcript: [
            { direction: 'in' as const, at: now, text: '1', messageId },
            { direction: 'out' as const, at: now, text: 'Booked.' },
          ],
          cases: [{ change: { kind: 'repair' as const, reference: second, openedAt: now.toISOString(), status: 'open' }, at: now }],
          outbound: [{ channel: key.channel, recipient: key.address, body: 'Booked.', segments: 1, encoding: 'GSM-7', sendAfter: now }],
          appointments: [{ change: { action: 'book' as const, reference: second, option: choice }, capacity: 1 }],
          jobs: [textJob(key, `full-${second}`, FAR, 'reminder', { reference: second, group: appointmentGroup(second) })],
        },
        result: 'booked',
      }));

    const failure = await bookInto(slot(date, 'am')).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(SlotFullError);
    expect(failure).toMatchObject({ code: 'SLOT_FULL', date, slot: 'am' });

    expect(await store.caseByReference(second)).toBeNull();
    expect(await store.appointments({ reference: second })).toEqual([]);
    expect(await store.jobs({ reference: second })).toEqual([]);
    expect(await store.outbound({ recipient: key.address })).toEqual([]);
    const conversation = await store.findConversation(key);
    if (conversation) {
      expect(await store.transcript(conversation.id)).toEqual([]);
      expect(conversation.lastCase).toBeNull();
    }
    expect((await store.bookedCounts(date, date)).get(`${date} am`)).toBe(1);

    // The message id was not kept: the engine's retry of the same message (with fresh availability) runs.
    expect(await bookInto(slot(date, 'pm'))).toMatchObject({ duplicate: false, result: 'booked' });
    expect(await bookInto(slot(date, 'pm'))).toEqual({ duplicate: true });
    expect(await store.appointments({ reference: second })).toMatchObject([{ date, slot: 'pm', status: 'booked' }]);
  });

  it("cancels the pending jobs of a visit's group when the visit is moved, and keeps the new visit's and other groups'", async () => {
    const now = nextDay();
    const key = fresh();
    const reference = newReference();
    const other = newReference();
    const group = appointmentGroup(reference);
    await openCase(store, fresh(), other, now, {
      jobs: [textJob(key, `other-${other}`, FAR, 'other visit', { reference: other, group: appointmentGroup(other) })],
    });
    await openCase(store, key, reference, now, {
      appointments: [{ change: { action: 'book', reference, option: slot('2027-07-05', 'am') }, capacity: 1 }],
      jobs: [
        textJob(key, `day-before-1-${reference}`, FAR, 'see you tomorrow', { reference, group }),
        textJob(key, `extra-1-${reference}`, plus(FAR, 1), 'another reminder', { reference, group }),
        slaJob(reference, 'breach', 'repair-attendance', 'breach', FAR, FAR),
      ],
    });
    const at = plus(now, 30);
    const outcome = await store.turn(key, { messageId: null, at }, ({ record, appointment }) => {
      expect(appointment).toMatchObject({ reference, status: 'booked', date: '2027-07-05' });
      return {
        write: {
          record,
          transcript: [{ direction: 'in', at, text: 'CHANGE' }],
          cases: [],
          outbound: [],
          appointments: [{ change: { action: 'move', reference, option: slot('2027-07-06', 'pm') }, capacity: 1 }],
          jobs: [textJob(key, `day-before-2-${reference}`, plus(FAR, 2), 'see you tomorrow (moved)', { reference, group })],
        },
        result: null,
      };
    });
    expect(outcome.duplicate).toBe(false);

    const jobs = await store.jobs({ reference });
    const byKey = Object.fromEntries(jobs.map((j) => [j.key, j]));
    expect(byKey[`test:day-before-1-${reference}`]).toMatchObject({ status: 'cancelled', outcome: 'visit moved', doneAt: at });
    expect(byKey[`test:extra-1-${reference}`]).toMatchObject({ status: 'cancelled', outcome: 'visit moved' });
    expect(byKey[`test:day-before-2-${reference}`]).toMatchObject({ status: 'pending' });
    expect(byKey[`test:sla:${reference}:breach`]).toMatchObject({ status: 'pending' });
    expect(await store.jobs({ reference: other })).toMatchObject([{ status: 'pending' }]);
    expect((await store.appointments({ reference })).map((a) => [a.date, a.slot, a.status])).toEqual([
      ['2027-07-05', 'am', 'moved'],
      ['2027-07-06', 'pm', 'booked'],
    ]);
    // The old slot is free again.
    expect((await store.bookedCounts('2027-07-05', '2027-07-06')).get('2027-07-05 am') ?? 0).toBe(0);
  });

  it('marks a text left sending as in doubt, and a later claim keeps the earlier claimedAt', async () => {
    const now = nextDay();
    const key = fresh();
    const queued = await store.turn(key, { messageId: null, at: now }, ({ record }) => ({
      write: {
        record,
        transcript: [],
        cases: [],
        outbound: [{ channel: key.channel, recipient: key.address, body: 'in doubt', segments: 1, encoding: 'GSM-7', sendAfter: now }],
      },
      result: null,
    }));
    const [id] = queued.duplicate ? [] : queued.outboundIds;
    const mine = (claimed: { id: number }[]) => claimed.find((m) => m.id === id);

    const first = mine(await store.claimOutbound(now, 1000));
    expect(first).toMatchObject({ status: 'sending', attempts: 1, inDoubt: false, claimedAt: now });

    // The process dies; three minutes later another finds the text still sending.
    const found = plus(now, 3);
    expect(await store.requeueStuck(plus(now, 2), found)).toBeGreaterThanOrEqual(1);
    expect(mine(await store.outbound({ recipient: key.address }))).toMatchObject({ status: 'pending', inDoubt: true, claimedAt: now });

    const again = mine(await store.claimOutbound(plus(now, 4), 1000));
    // The sender is asked whether it went, from the time of the attempt that died.
    expect(again).toMatchObject({ status: 'sending', attempts: 2, inDoubt: true, claimedAt: now });

    await store.finishOutbound([{ id: id!, outcome: { status: 'sent', at: plus(now, 4), providerId: `p-${id}`, sender: 'test' } }]);
    expect(mine(await store.outbound({ recipient: key.address }))).toMatchObject({ status: 'sent', inDoubt: false });
  });
});

describe.runIf(DATABASE_URL)('booked counts with two processes on one PostgreSQL', () => {
  it('shows a visit booked here at once, and one booked by the other process within the two seconds counts are kept', async () => {
    const db = await freshDatabase();
    const here = await openStore({ databaseUrl: db.url, dataDir: null });
    const there = await openStore({ databaseUrl: db.url, dataDir: null });
    try {
      const date = '2027-09-06';
      const count = async (store: Store) => (await store.bookedCounts(date, date)).get(`${date} am`) ?? 0;
      const book = (store: Store) => {
        const reference = newReference();
        return openCase(store, fresh(), reference, nextDay(), {
          appointments: [{ change: { action: 'book', reference, option: slot(date, 'am') }, capacity: 4 }],
        });
      };
      expect(await count(here)).toBe(0);
      await book(here);
      expect(await count(here)).toBe(1);
      await book(there);
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      expect(await count(here)).toBe(2);
    } finally {
      await here.close();
      await there.close();
      await db.drop();
    }
  });
});
