// The scheduler's and the appointments' SQL: visits booked against capacity, scheduled
// jobs claimed with FOR UPDATE SKIP LOCKED and turned into outbox texts or alerts, in the
// claim's own transaction. SqlStore delegates here; the queries are plain PostgreSQL and
// run on PGlite and a server alike.
import type { Db, Queryable } from './db.js';
import {
  ACTIVE_APPOINTMENT,
  APPOINTMENT_REPORTS,
  SlotFullError,
  appointmentGroup,
  visitTextsTo,
  type AlertDraft,
  type AlertRecord,
  type AppointmentRecord,
  type AppointmentStatus,
  type AppointmentWrite,
  type JobDraft,
  type JobEffect,
  type JobFacts,
  type JobRecord,
  type JobStatus,
  type SurveyAnswer,
} from './store.js';

type Row = Record<string, unknown>;

const json = (v: unknown): string => JSON.stringify(v);

const ymd = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

export function toAppointment(r: Row): AppointmentRecord {
  return {
    id: Number(r.id),
    reference: r.reference as string,
    conversationId: r.conversation_id as string,
    channel: r.channel as string,
    address: r.address as string,
    textsTo: visitTextsTo({ channel: r.channel as string, address: r.address as string, remindersTo: r.reminders_to as string | null }),
    date: ymd(r.day_text ?? r.day),
    slot: r.slot as string,
    label: r.label as string,
    startsAt: new Date(r.starts_at as Date),
    endsAt: new Date(r.ends_at as Date),
    status: r.status as AppointmentStatus,
    accessNotes: (r.access_notes as string | null) ?? null,
    outsideTimescale: r.outside_timescale as boolean,
    bookedAt: new Date(r.booked_at as Date),
  };
}

function toJob(r: Row): JobRecord {
  return {
    id: Number(r.id),
    key: r.key as string,
    runAt: new Date(r.run_at as Date),
    reference: (r.reference as string | null) ?? null,
    group: (r.group_key as string | null) ?? null,
    payload: r.payload as JobRecord['payload'],
    conversationId: (r.conversation_id as string | null) ?? null,
    status: r.status as JobStatus,
    outcome: (r.outcome as string | null) ?? null,
    doneAt: r.done_at ? new Date(r.done_at as Date) : null,
  };
}

export const APPOINTMENT_COLUMNS = `a.*, a.day::text as day_text, c.channel, c.address, c.reminders_to`;

/** The first key of the scheduler's per-recipient advisory locks (see runDueJobs). */
const RECIPIENT_JOBS_LOCK = 7_160_422;

export async function writeSurvey(tx: Queryable, survey: SurveyAnswer): Promise<void> {
  await tx.query(`update cases set survey = $2::jsonb, updated_at = $3 where reference = $1`, [survey.reference, json(survey), survey.at]);
  await tx.query(`insert into case_history (reference, at, change) values ($1, $2, $3::jsonb)`, [survey.reference, survey.at, json({ survey })]);
}

export async function flagCase(tx: Queryable, reference: string, flag: string, at: string): Promise<void> {
  await tx.query(`update cases set flags = array(select distinct unnest(flags || array[$2::text])), updated_at = $3 where reference = $1`, [
    reference,
    flag,
    at,
  ]);
}

/** Books, moves, cancels or annotates a visit. A full slot throws SlotFullError and the turn rolls back. */
/**
 * A visit booked, moved, cancelled or given notes. `plannedNow`: the keys of jobs the same
 * turn has already written (its new visit's reminders), which a move does not cancel.
 */
export async function writeAppointment(
  tx: Queryable,
  conversationId: string,
  { change, capacity }: AppointmentWrite,
  at: string,
  plannedNow: readonly string[] = [],
): Promise<void> {
  const ref = change.reference;
  if (change.action === 'unbooked') return flagCase(tx, ref, 'needs-appointment', at);
  if (change.action === 'access-notes') {
    await tx.query(
      `update appointments set access_notes = $2, updated_at = $3
       where id = (select id from appointments where reference = $1 and status = any($4) order by id desc limit 1)`,
      [ref, change.notes ?? null, at, ACTIVE_APPOINTMENT],
    );
    return;
  }
  if (change.action === 'move' || change.action === 'cancel') {
    await tx.query(`update appointments set status = $2, updated_at = $3 where reference = $1 and status = any($4)`, [
      ref,
      change.action === 'move' ? 'moved' : 'cancelled',
      at,
      ACTIVE_APPOINTMENT,
    ]);
    await tx.query(
      `update scheduled_jobs set status = 'cancelled', outcome = $2, done_at = $3 where group_key = $1 and status = 'pending' and key <> all($4)`,
      [appointmentGroup(ref), change.action === 'move' ? 'visit moved' : 'visit cancelled', at, plannedNow],
    );
    if (change.action === 'cancel') return flagCase(tx, ref, 'needs-appointment', at);
  }
  const o = change.option;
  if (!o) return;
  if (capacity !== null) {
    // One slot of one day at a time, across processes: the count and the insert cannot interleave.
    await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`slot:${o.date}:${o.slot}`]);
    const taken = await tx.query<{ n: number }>(
      `select count(*)::int as n from appointments where day = $1 and slot = $2 and status in ('booked', 'en-route')`,
      [o.date, o.slot],
    );
    if (taken.rows[0]!.n >= capacity) throw new SlotFullError(o.date, o.slot);
  }
  await tx.query(
    `insert into appointments (reference, conversation_id, day, slot, label, starts_at, ends_at, status, outside_timescale, booked_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, 'booked', $8, $9, $9)`,
    [ref, conversationId, o.date, o.slot, o.label, o.startsAt, o.endsAt, change.outsideTimescale === true, at],
  );
  await tx.query(`update cases set flags = array_remove(flags, 'needs-appointment') where reference = $1`, [ref]);
  if (change.outsideTimescale) {
    await flagCase(tx, ref, change.tenantChoseLater ? 'tenant-chose-after-timescale' : 'booked-after-timescale', at);
  }
}

/** Jobs as the rows `jsonb_to_recordset(...) as x(${JOB_COLUMNS})` reads. */
export const jobRows = (jobs: readonly JobDraft[]) =>
  jobs.map((j) => ({
    key: j.key,
    run_at: j.runAt.toISOString(),
    conversation_id: j.conversationId ?? null,
    reference: j.reference,
    group_key: j.group,
    payload: j.payload,
  }));

export const JOB_COLUMNS = 'key text, run_at timestamptz, conversation_id text, reference text, group_key text, payload jsonb';

export async function insertJobs(q: Queryable, jobs: readonly JobDraft[], at: string): Promise<number> {
  if (jobs.length === 0) return 0;
  const r = await q.query(
    `insert into scheduled_jobs (key, run_at, status, conversation_id, reference, group_key, payload, created_at)
     select x.key, x.run_at, 'pending', x.conversation_id, x.reference, x.group_key, x.payload, $2
     from jsonb_to_recordset($1::jsonb) as x(${JOB_COLUMNS})
     on conflict (key) do nothing`,
    [json(jobRows(jobs)), at],
  );
  return r.rowCount;
}

export async function bookedCounts(db: Db, fromDate: string, toDate: string): Promise<Map<string, number>> {
  const r = await db.query<{ day: string; slot: string; n: number }>(
    `select day::text as day, slot, count(*)::int as n from appointments
     where day between $1 and $2 and status in ('booked', 'en-route') group by day, slot`,
    [fromDate, toDate],
  );
  return new Map(r.rows.map((x) => [`${x.day} ${x.slot}`, x.n]));
}

export async function appointments(db: Db, filter: { reference?: string; conversationId?: string }): Promise<AppointmentRecord[]> {
  const r = await db.query<Row>(
    `select ${APPOINTMENT_COLUMNS} from appointments a join conversations c on c.id = a.conversation_id
     where ($1::text is null or a.reference = $1) and ($2::text is null or a.conversation_id = $2) order by a.id`,
    [filter.reference ?? null, filter.conversationId ?? null],
  );
  return r.rows.map(toAppointment);
}

export async function updateAppointment(
  db: Db,
  reference: string,
  to: 'en-route' | 'completed' | 'no-access',
  at: Date,
  plan: (appointment: AppointmentRecord) => { jobs: JobDraft[]; cancelPending: boolean },
): Promise<AppointmentRecord | 'conflict' | null> {
  return db.transaction(async (tx) => {
    const when = at.toISOString();
    const found = await tx.query<Row>(
      `select ${APPOINTMENT_COLUMNS} from appointments a join conversations c on c.id = a.conversation_id
       where a.reference = $1 and a.status = any($2) order by a.id desc limit 1 for update of a`,
      [reference, ACTIVE_APPOINTMENT],
    );
    if (!found.rows[0]) return null;
    const current = toAppointment(found.rows[0]);
    if (!APPOINTMENT_REPORTS[to].includes(current.status)) return 'conflict';
    await tx.query(`update appointments set status = $2, updated_at = $3 where id = $1`, [current.id, to, when]);
    if (to === 'completed') {
      await tx.query(`update cases set status = 'completed', updated_at = $2 where reference = $1`, [reference, when]);
    }
    await tx.query(`insert into case_history (reference, at, change) values ($1, $2, $3::jsonb)`, [reference, when, json({ appointment: to, at: when })]);
    const updated = { ...current, status: to };
    const { jobs, cancelPending } = plan(updated);
    if (cancelPending) {
      await tx.query(`update scheduled_jobs set status = 'cancelled', outcome = $2, done_at = $3 where group_key = $1 and status = 'pending'`, [
        appointmentGroup(reference),
        `visit ${to}`,
        when,
      ]);
    }
    await insertJobs(
      tx,
      jobs.map((j) => ({ ...j, conversationId: j.conversationId ?? current.conversationId })),
      when,
    );
    return updated;
  });
}

export async function runDueJobs(db: Db, now: Date, limit: number, decide: (job: JobRecord, facts: JobFacts) => JobEffect): Promise<number> {
  return db.transaction(async (tx) => {
    const at = now.toISOString();
    // One tenant's texts run in the order they were due, across processes too. A text is
    // claimed only with a lock on its recipient, taken before the row's and in due order, so
    // while one process holds a tenant's earlier text (however long it stalls) no other runs
    // their later ones; it goes on with other tenants' texts instead. The due rows are ordered
    // behind a fence (offset 0) and picked once (materialized), so the lock is tried row by
    // row only until the batch is full, whatever the plan. (A two-key lock: the outbox's
    // per-recipient locks are separate.)
    const claimed = await tx.query<Row>(
      `with picked as materialized (
         select id from (select id, payload from scheduled_jobs where status = 'pending' and run_at <= $1 order by run_at, id offset 0) due
         where payload->>'kind' <> 'text'
           or pg_try_advisory_xact_lock(${RECIPIENT_JOBS_LOCK}, hashtext((payload->>'channel') || ' ' || (payload->>'address')))
         limit $2
       )
       select * from scheduled_jobs where status = 'pending' and id in (select id from picked)
       order by run_at, id for update skip locked`,
      [at, limit],
    );
    if (claimed.rows.length === 0) return 0;
    const jobs = claimed.rows.map(toJob);
    const refs = [...new Set(jobs.map((j) => j.reference).filter((r): r is string => r !== null))];
    const facts = await tx.query<{ reference: string; status: string; attended: boolean }>(
      `select c.reference, c.status, exists (select 1 from appointments a where a.reference = c.reference
          and a.status in ('en-route', 'completed', 'no-access')) as attended
       from cases c where c.reference = any($1)`,
      [refs],
    );
    const byRef = new Map(facts.rows.map((f) => [f.reference, f]));
    const optedOut = await tx.query<{ channel: string; address: string }>(
      `select o.channel, o.address from opt_outs o join scheduled_jobs j
         on j.payload->>'channel' = o.channel and j.payload->>'address' = o.address where j.id = any($1)`,
      [jobs.map((j) => j.id)],
    );
    const out = new Set(optedOut.rows.map((o) => `${o.channel} ${o.address}`));
    const waiting = await tx.query<{ conversation_id: string }>(
      `select distinct conversation_id from handoffs where status = 'open' and conversation_id = any($1)`,
      [[...new Set(jobs.map((j) => j.conversationId).filter((c): c is string => c !== null))]],
    );
    const open = new Set(waiting.rows.map((w) => w.conversation_id));
    const done: { id: number; status: JobStatus; outcome: string }[] = [];
    for (const job of jobs) {
      const f = job.reference ? byRef.get(job.reference) : undefined;
      const p = job.payload;
      const effect = decide(job, {
        caseStatus: f?.status ?? null,
        attended: f?.attended ?? false,
        optedOut: 'channel' in p && out.has(`${p.channel} ${p.address}`),
        handoffOpen: job.conversationId !== null && open.has(job.conversationId),
      });
      await applyEffect(tx, job, effect, at);
      done.push({ id: job.id, status: effect.outcome === 'skipped' ? 'skipped' : 'done', outcome: effect.reason ?? effect.outcome });
    }
    await tx.query(
      `update scheduled_jobs j set status = x.status, outcome = x.outcome, done_at = $2
       from jsonb_to_recordset($1::jsonb) as x(id bigint, status text, outcome text) where j.id = x.id`,
      [json(done), at],
    );
    return jobs.length;
  });
}

/** A job's texts go into the outbox keyed by the job, so the same job can never queue them twice. */
async function applyEffect(tx: Queryable, job: JobRecord, effect: JobEffect, at: string): Promise<void> {
  for (const [i, t] of (effect.texts ?? []).entries()) {
    await tx.query(
      `insert into outbound_messages (conversation_id, channel, recipient, body, segments, encoding, status, send_after, origin,
         idempotency_key, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, 'pending', $7, 'automated', $8, $7, $7) on conflict (idempotency_key) do nothing`,
      [job.conversationId, t.channel, t.recipient, t.body, t.segments, t.encoding, at, `job:${job.key}:${i}`],
    );
    if (job.conversationId) {
      await tx.query(`insert into transcript (conversation_id, direction, at, body) values ($1, 'out', $2, $3)`, [job.conversationId, at, t.body]);
    }
  }
  if (effect.awaiting && job.conversationId) {
    // The one thing outside a turn that the dialog must remember: the survey it sent awaits an answer.
    await tx.query(`update conversations set dialog = coalesce(dialog, '{}'::jsonb) || jsonb_build_object('awaiting', $2::jsonb) where id = $1`, [
      job.conversationId,
      json(effect.awaiting),
    ]);
  }
  if (effect.alert) await raiseAlert(tx, effect.alert, at);
}

/** An alert for staff; the same alert (reference, clock, level and due time) is raised once. */
export async function raiseAlert(tx: Queryable, a: AlertDraft, at: string): Promise<void> {
  await tx.query(
    `insert into alerts (reference, clock, label, level, due_at, raised_at) values ($1, $2, $3, $4, $5, $6)
     on conflict do nothing`,
    [a.reference, a.clock, a.label, a.level, a.dueAt.toISOString(), at],
  );
}

export async function jobs(db: Db, filter: { status?: JobStatus; reference?: string } = {}): Promise<JobRecord[]> {
  const r = await db.query<Row>(
    `select * from scheduled_jobs where ($1::text is null or status = $1) and ($2::text is null or reference = $2) order by run_at, id`,
    [filter.status ?? null, filter.reference ?? null],
  );
  return r.rows.map(toJob);
}

export async function nextJobAt(db: Db): Promise<Date | null> {
  const r = await db.query<{ at: Date | null }>(`select min(run_at) as at from scheduled_jobs where status = 'pending'`);
  return r.rows[0]?.at ? new Date(r.rows[0].at) : null;
}

export async function alerts(db: Db, filter: { since?: Date } = {}): Promise<AlertRecord[]> {
  const r = await db.query<Row>(`select * from alerts where ($1::timestamptz is null or raised_at >= $1) order by raised_at, id`, [
    filter.since?.toISOString() ?? null,
  ]);
  return r.rows.map((a) => ({
    id: Number(a.id),
    reference: a.reference as string,
    clock: a.clock as string,
    label: a.label as string,
    level: a.level as 'warning' | 'breach',
    dueAt: new Date(a.due_at as Date),
    raisedAt: new Date(a.raised_at as Date),
  }));
}
