// The durable store, in plain PostgreSQL SQL that runs on PGlite and on a server alike.
// A turn holds a row lock on its conversation (SELECT ... FOR UPDATE), so two server
// processes on one PostgreSQL take one tenant's messages one at a time, in order; and it
// writes snapshot, transcript, cases, inbound id and outbox rows in one transaction.
import { randomUUID } from 'node:crypto';
import type { CaseChange, SlotChoice } from '../../machines/conversation.types.js';
import type { Db, Queryable } from './db.js';
import {
  ACTIVE_APPOINTMENT,
  STATUS_RANK,
  SlotFullError,
  appointmentGroup,
  caseAddress,
  type AlertRecord,
  type AppointmentRecord,
  type AppointmentStatus,
  type AppointmentWrite,
  type Awaiting,
  type JobDraft,
  type JobEffect,
  type JobFacts,
  type JobRecord,
  type JobStatus,
  type SurveyAnswer,
  type CaseRecord,
  type ConversationKey,
  type ConversationMode,
  type ConversationRecord,
  type OutboundMessage,
  type OutboundStatus,
  type SendOutcome,
  type Store,
  type TenantInput,
  type TenantRecord,
  type TranscriptEntry,
  type TurnOutcome,
  type TurnState,
  type TurnWrite,
} from './store.js';

type Row = Record<string, unknown>;

const json = (v: unknown): string => JSON.stringify(v);

function toConversation(r: Row): ConversationRecord {
  return {
    id: r.id as string,
    channel: r.channel as string,
    address: r.address as string,
    machineVersion: r.machine_version as number,
    snapshot: r.snapshot ?? null,
    openPrompt: (r.open_prompt as string | null) ?? null,
    mode: r.mode as ConversationMode,
    identity: (r.identity as ConversationRecord['identity']) ?? null,
    lastCase: (r.last_case as string | null) ?? null,
    pendingMedia: (r.pending_media as string[] | null) ?? [],
    promptSlots: (r.prompt_slots as SlotChoice[] | null) ?? null,
    awaiting: (r.awaiting as Awaiting | null) ?? null,
  };
}

const ymd = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

function toAppointment(r: Row): AppointmentRecord {
  return {
    id: Number(r.id),
    reference: r.reference as string,
    conversationId: r.conversation_id as string,
    channel: r.channel as string,
    address: r.address as string,
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

const APPOINTMENT_COLUMNS = `a.*, a.day::text as day_text, c.channel, c.address`;

function toTenant(r: Row): TenantRecord {
  return {
    id: r.id as number,
    tenancyRef: r.tenancy_ref as string,
    name: r.name as string,
    addressLine: r.address_line as string,
    postcode: r.postcode as string,
    vulnerabilities: (r.vulnerabilities as string[]) ?? [],
  };
}

function toOutbound(r: Row): OutboundMessage {
  return {
    id: r.id as number,
    conversationId: (r.conversation_id as string | null) ?? null,
    channel: r.channel as string,
    recipient: r.recipient as string,
    body: r.body as string,
    segments: r.segments as number,
    encoding: r.encoding as string,
    status: r.status as OutboundStatus,
    attempts: r.attempts as number,
    sendAfter: new Date(r.send_after as Date),
    providerId: (r.provider_id as string | null) ?? null,
    errorCode: (r.error_code as string | null) ?? null,
    inDoubt: (r.in_doubt as boolean | undefined) ?? false,
    claimedAt: r.claimed_at ? new Date(r.claimed_at as Date) : null,
  };
}

/** The first key of the scheduler's per-recipient advisory locks (see runDueJobs). */
const RECIPIENT_JOBS_LOCK = 7_160_422;

const TENANT_BY_CONTACT = `
  select t.* from contact_points cp join tenants t on t.id = cp.tenant_id
  where cp.channel = $1 and cp.address = $2`;

export class SqlStore implements Store {
  constructor(private readonly db: Db) {}

  get kind(): 'pglite' | 'postgres' {
    return this.db.driver;
  }

  async turn<T>(
    key: ConversationKey,
    inbound: { messageId: string | null; at: Date },
    work: (state: TurnState) => Promise<{ write: TurnWrite; result: T }> | { write: TurnWrite; result: T },
  ): Promise<TurnOutcome<T>> {
    return this.db.transaction(async (tx) => {
      const at = inbound.at.toISOString();
      // Create the row if this is the first message, then lock it. A concurrent first
      // message waits on the unique index, then finds the row and waits on the lock.
      const created = await tx.query(
        `insert into conversations (id, channel, address, machine_version, created_at, updated_at)
         values ($1, $2, $3, 0, $4, $4) on conflict (channel, address) do nothing returning id`,
        [randomUUID(), key.channel, key.address, at],
      );
      const locked = await tx.query<Row>(
        `select * from conversations where channel = $1 and address = $2 for update`,
        [key.channel, key.address],
      );
      const record = toConversation(locked.rows[0]!);
      if (inbound.messageId !== null) {
        const fresh = await tx.query(
          `insert into inbound_messages (channel, message_id, conversation_id, received_at)
           values ($1, $2, $3, $4) on conflict do nothing`,
          [key.channel, inbound.messageId, record.id, at],
        );
        if (fresh.rowCount === 0) return { duplicate: true as const };
      }
      const tenantRow = (await tx.query<Row>(TENANT_BY_CONTACT, [key.channel, key.address])).rows[0];
      const tenant = tenantRow ? toTenant(tenantRow) : null;
      const optedOut = await this.optedOutIn(tx, key);
      const active = await tx.query<Row>(
        `select ${APPOINTMENT_COLUMNS} from appointments a join conversations c on c.id = a.conversation_id
         where a.conversation_id = $1 and a.status = any($2) order by a.status = 'cancelled', a.id desc limit 1`,
        [record.id, [...ACTIVE_APPOINTMENT, 'cancelled']],
      );
      const appointment = active.rows[0] ? toAppointment(active.rows[0]) : null;
      const { write, result } = await work({ record, isNew: created.rowCount > 0, tenant, optedOut, appointment });
      const outboundIds = await this.persist(tx, write, tenant, record);
      return { duplicate: false as const, result, outboundIds };
    });
  }

  private async persist(tx: Queryable, write: TurnWrite, tenant: TenantRecord | null, before: ConversationRecord): Promise<number[]> {
    const r = write.record;
    const now = (write.transcript[0]?.at ?? write.cases[0]?.at ?? new Date()).toISOString();
    await tx.query(
      `update conversations set machine_version = $2, snapshot = $3::jsonb, open_prompt = $4, mode = $5,
         identity = $6::jsonb, last_case = $7, pending_media = $9::jsonb, prompt_slots = $10::jsonb, awaiting = $11::jsonb,
         updated_at = $8 where id = $1`,
      [
        r.id,
        r.machineVersion,
        json(r.snapshot),
        r.openPrompt,
        r.mode,
        r.identity ? json(r.identity) : null,
        r.lastCase,
        now,
        json(r.pendingMedia ?? []),
        r.promptSlots ? json(r.promptSlots) : null,
        r.awaiting ? json(r.awaiting) : null,
      ],
    );
    for (const t of write.transcript) {
      await tx.query(
        `insert into transcript (conversation_id, direction, at, body, media, message_id) values ($1, $2, $3, $4, $5::jsonb, $6)`,
        [r.id, t.direction, t.at.toISOString(), t.text, json(t.media ?? []), t.messageId ?? null],
      );
    }
    // What an unknown number tells us about itself goes onto the cases it already opened here.
    if (r.identity && !before.identity) {
      await tx.query(`update cases set address = $2::jsonb, updated_at = $3 where conversation_id = $1 and tenant_id is null`, [
        r.id,
        json(caseAddress(null, r.identity)),
        now,
      ]);
    }
    for (const c of write.cases) await this.writeCase(tx, r, tenant, c.change, c.at, c.media ?? []);
    if (write.media) {
      await tx.query(`update cases set media = media || $2::jsonb, updated_at = $3 where reference = $1`, [
        write.media.reference,
        json(write.media.urls),
        now,
      ]);
    }
    if (write.optOut) await this.writeOptOut(tx, { channel: r.channel, address: r.address }, write.optOut.out, write.optOut.source, now);
    for (const a of write.appointments ?? []) await this.writeAppointment(tx, r.id, a, now);
    if (write.jobs?.length) await this.insertJobs(tx, write.jobs.map((j) => ({ ...j, conversationId: j.conversationId ?? r.id })), now);
    if (write.survey) await this.writeSurvey(tx, write.survey);
    const ids: number[] = [];
    for (const o of write.outbound) {
      const res = await tx.query<{ id: number }>(
        `insert into outbound_messages (conversation_id, channel, recipient, body, segments, encoding, status, send_after, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $8) returning id`,
        [r.id, o.channel, o.recipient, o.body, o.segments, o.encoding, o.sendAfter.toISOString(), now],
      );
      ids.push(res.rows[0]!.id);
    }
    return ids;
  }

  private async writeCase(
    tx: Queryable,
    conversation: ConversationRecord,
    tenant: TenantRecord | null,
    change: CaseChange,
    at: Date,
    media: string[],
  ): Promise<void> {
    const when = at.toISOString();
    await tx.query(
      `insert into cases (reference, conversation_id, tenant_id, kind, status, opened_at, due_by, dates, verified, address,
         vulnerabilities, details, media, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10::jsonb,
         array(select jsonb_array_elements_text($11::jsonb)), $12::jsonb, $13::jsonb, $14)
       on conflict (reference) do update set
         status = excluded.status,
         due_by = coalesce(excluded.due_by, cases.due_by),
         dates = cases.dates || excluded.dates,
         details = cases.details || excluded.details,
         media = cases.media || excluded.media,
         updated_at = excluded.updated_at`,
      [
        change.reference,
        conversation.id,
        tenant?.id ?? null,
        change.kind,
        change.status,
        change.openedAt,
        change.dueBy ?? null,
        json(change.dates ?? {}),
        tenant !== null,
        json(caseAddress(tenant, conversation.identity)),
        json(tenant?.vulnerabilities ?? []),
        json(change),
        json(media),
        when,
      ],
    );
    await tx.query(`insert into case_history (reference, at, change) values ($1, $2, $3::jsonb)`, [change.reference, when, json(change)]);
  }

  async setMode(conversationId: string, mode: ConversationMode, at: Date): Promise<boolean> {
    const r = await this.db.query(`update conversations set mode = $2, updated_at = $3 where id = $1`, [conversationId, mode, at.toISOString()]);
    return r.rowCount > 0;
  }

  async findConversation(key: ConversationKey): Promise<ConversationRecord | null> {
    const r = await this.db.query<Row>(`select * from conversations where channel = $1 and address = $2`, [key.channel, key.address]);
    return r.rows[0] ? toConversation(r.rows[0]) : null;
  }

  async transcript(conversationId: string): Promise<TranscriptEntry[]> {
    const r = await this.db.query<Row>(`select * from transcript where conversation_id = $1 order by id`, [conversationId]);
    return r.rows.map((t) => ({
      direction: t.direction as 'in' | 'out',
      at: new Date(t.at as Date),
      text: t.body as string,
      media: t.media as string[],
      messageId: (t.message_id as string | null) ?? null,
    }));
  }

  async cases(conversationId: string): Promise<CaseRecord[]> {
    const r = await this.db.query<Row>(
      `select c.*, t.tenancy_ref, conv.channel as contact_channel, conv.address as contact_address,
         coalesce((select jsonb_agg(h.change order by h.id) from case_history h where h.reference = c.reference), '[]') as history
       from cases c left join tenants t on t.id = c.tenant_id join conversations conv on conv.id = c.conversation_id
       where c.conversation_id = $1 order by c.opened_at, c.reference`,
      [conversationId],
    );
    return r.rows.map((c) => ({
      reference: c.reference as string,
      conversationId: c.conversation_id as string,
      kind: c.kind as string,
      status: c.status as string,
      openedAt: new Date(c.opened_at as Date),
      dueBy: c.due_by ? new Date(c.due_by as Date) : null,
      verified: c.verified as boolean,
      tenancyRef: (c.tenancy_ref as string | null) ?? null,
      address: (c.address as CaseRecord['address']) ?? null,
      vulnerabilities: (c.vulnerabilities as string[]) ?? [],
      details: c.details as CaseChange,
      media: c.media as string[],
      history: c.history as CaseChange[],
      contact: { channel: c.contact_channel as string, address: c.contact_address as string },
      flags: (c.flags as string[]) ?? [],
      survey: (c.survey as SurveyAnswer | null) ?? null,
    }));
  }

  async caseByReference(reference: string): Promise<CaseRecord | null> {
    const r = await this.db.query<{ conversation_id: string }>(`select conversation_id from cases where reference = $1`, [reference]);
    if (!r.rows[0]) return null;
    return (await this.cases(r.rows[0].conversation_id)).find((c) => c.reference === reference) ?? null;
  }

  private async writeSurvey(tx: Queryable, survey: SurveyAnswer): Promise<void> {
    await tx.query(`update cases set survey = $2::jsonb, updated_at = $3 where reference = $1`, [survey.reference, json(survey), survey.at]);
    await tx.query(`insert into case_history (reference, at, change) values ($1, $2, $3::jsonb)`, [
      survey.reference,
      survey.at,
      json({ survey }),
    ]);
  }

  private async flagCase(tx: Queryable, reference: string, flag: string, at: string): Promise<void> {
    await tx.query(
      `update cases set flags = array(select distinct unnest(flags || array[$2::text])), updated_at = $3 where reference = $1`,
      [reference, flag, at],
    );
  }

  /** Books, moves, cancels or annotates a visit. A full slot throws SlotFullError and the turn rolls back. */
  private async writeAppointment(tx: Queryable, conversationId: string, { change, capacity }: AppointmentWrite, at: string): Promise<void> {
    const ref = change.reference;
    if (change.action === 'unbooked') return this.flagCase(tx, ref, 'needs-appointment', at);
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
      await tx.query(`update scheduled_jobs set status = 'cancelled', outcome = $2, done_at = $3 where group_key = $1 and status = 'pending'`, [
        appointmentGroup(ref),
        change.action === 'move' ? 'visit moved' : 'visit cancelled',
        at,
      ]);
      if (change.action === 'cancel') return this.flagCase(tx, ref, 'needs-appointment', at);
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
      await this.flagCase(tx, ref, change.tenantChoseLater ? 'tenant-chose-after-timescale' : 'booked-after-timescale', at);
    }
  }

  private async insertJobs(q: Queryable, jobs: readonly JobDraft[], at: string): Promise<number> {
    if (jobs.length === 0) return 0;
    const rows = jobs.map((j) => ({
      key: j.key,
      run_at: j.runAt.toISOString(),
      conversation_id: j.conversationId ?? null,
      reference: j.reference,
      group_key: j.group,
      payload: j.payload,
    }));
    const r = await q.query(
      `insert into scheduled_jobs (key, run_at, status, conversation_id, reference, group_key, payload, created_at)
       select x.key, x.run_at, 'pending', x.conversation_id, x.reference, x.group_key, x.payload, $2
       from jsonb_to_recordset($1::jsonb) as x(key text, run_at timestamptz, conversation_id text, reference text, group_key text, payload jsonb)
       on conflict (key) do nothing`,
      [json(rows), at],
    );
    return r.rowCount;
  }

  async scheduleJobs(jobs: readonly JobDraft[], at: Date): Promise<number> {
    return this.insertJobs(this.db, jobs, at.toISOString());
  }

  async bookedCounts(fromDate: string, toDate: string): Promise<Map<string, number>> {
    const r = await this.db.query<{ day: string; slot: string; n: number }>(
      `select day::text as day, slot, count(*)::int as n from appointments
       where day between $1 and $2 and status in ('booked', 'en-route') group by day, slot`,
      [fromDate, toDate],
    );
    return new Map(r.rows.map((x) => [`${x.day} ${x.slot}`, x.n]));
  }

  async appointments(filter: { reference?: string; conversationId?: string }): Promise<AppointmentRecord[]> {
    const r = await this.db.query<Row>(
      `select ${APPOINTMENT_COLUMNS} from appointments a join conversations c on c.id = a.conversation_id
       where ($1::text is null or a.reference = $1) and ($2::text is null or a.conversation_id = $2) order by a.id`,
      [filter.reference ?? null, filter.conversationId ?? null],
    );
    return r.rows.map(toAppointment);
  }

  async updateAppointment(
    reference: string,
    to: 'en-route' | 'completed' | 'no-access',
    at: Date,
    plan: (appointment: AppointmentRecord) => { jobs: JobDraft[]; cancelPending: boolean },
  ): Promise<AppointmentRecord | 'conflict' | null> {
    return this.db.transaction(async (tx) => {
      const when = at.toISOString();
      const found = await tx.query<Row>(
        `select ${APPOINTMENT_COLUMNS} from appointments a join conversations c on c.id = a.conversation_id
         where a.reference = $1 and a.status = any($2) order by a.id desc limit 1 for update of a`,
        [reference, ACTIVE_APPOINTMENT],
      );
      if (!found.rows[0]) return null;
      const current = toAppointment(found.rows[0]);
      const allowed: Record<typeof to, AppointmentStatus[]> = {
        'en-route': ['booked'],
        completed: ['booked', 'en-route'],
        'no-access': ['booked', 'en-route'],
      };
      if (!allowed[to].includes(current.status)) return 'conflict';
      await tx.query(`update appointments set status = $2, updated_at = $3 where id = $1`, [current.id, to, when]);
      if (to === 'completed') {
        await tx.query(`update cases set status = 'completed', updated_at = $2 where reference = $1`, [reference, when]);
      }
      await tx.query(`insert into case_history (reference, at, change) values ($1, $2, $3::jsonb)`, [
        reference,
        when,
        json({ appointment: to, at: when }),
      ]);
      const updated = { ...current, status: to };
      const { jobs, cancelPending } = plan(updated);
      if (cancelPending) {
        await tx.query(`update scheduled_jobs set status = 'cancelled', outcome = $2, done_at = $3 where group_key = $1 and status = 'pending'`, [
          appointmentGroup(reference),
          `visit ${to}`,
          when,
        ]);
      }
      await this.insertJobs(tx, jobs.map((j) => ({ ...j, conversationId: j.conversationId ?? current.conversationId })), when);
      return updated;
    });
  }

  async runDueJobs(now: Date, limit: number, decide: (job: JobRecord, facts: JobFacts) => JobEffect): Promise<number> {
    return this.db.transaction(async (tx) => {
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
      const done: { id: number; status: JobStatus; outcome: string }[] = [];
      for (const job of jobs) {
        const f = job.reference ? byRef.get(job.reference) : undefined;
        const p = job.payload;
        const effect = decide(job, {
          caseStatus: f?.status ?? null,
          attended: f?.attended ?? false,
          optedOut: p.kind === 'text' && out.has(`${p.channel} ${p.address}`),
        });
        await this.applyEffect(tx, job, effect, at);
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
  private async applyEffect(tx: Queryable, job: JobRecord, effect: JobEffect, at: string): Promise<void> {
    for (const [i, t] of (effect.texts ?? []).entries()) {
      await tx.query(
        `insert into outbound_messages (conversation_id, channel, recipient, body, segments, encoding, status, send_after,
           idempotency_key, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $7, $7) on conflict (idempotency_key) do nothing`,
        [job.conversationId, t.channel, t.recipient, t.body, t.segments, t.encoding, at, `job:${job.key}:${i}`],
      );
      if (job.conversationId) {
        await tx.query(`insert into transcript (conversation_id, direction, at, body) values ($1, 'out', $2, $3)`, [job.conversationId, at, t.body]);
      }
    }
    if (effect.awaiting && job.conversationId) {
      await tx.query(`update conversations set awaiting = $2::jsonb where id = $1`, [job.conversationId, json(effect.awaiting)]);
    }
    if (effect.alert) {
      const a = effect.alert;
      await tx.query(
        `insert into alerts (reference, clock, label, level, due_at, raised_at) values ($1, $2, $3, $4, $5, $6)
         on conflict do nothing`,
        [a.reference, a.clock, a.label, a.level, a.dueAt.toISOString(), at],
      );
    }
  }

  async jobs(filter: { status?: JobStatus; reference?: string } = {}): Promise<JobRecord[]> {
    const r = await this.db.query<Row>(
      `select * from scheduled_jobs where ($1::text is null or status = $1) and ($2::text is null or reference = $2) order by run_at, id`,
      [filter.status ?? null, filter.reference ?? null],
    );
    return r.rows.map(toJob);
  }

  async nextJobAt(): Promise<Date | null> {
    const r = await this.db.query<{ at: Date | null }>(`select min(run_at) as at from scheduled_jobs where status = 'pending'`);
    return r.rows[0]?.at ? new Date(r.rows[0].at) : null;
  }

  async alerts(filter: { since?: Date } = {}): Promise<AlertRecord[]> {
    const r = await this.db.query<Row>(`select * from alerts where ($1::timestamptz is null or raised_at >= $1) order by raised_at, id`, [
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

  async claimOutbound(now: Date, limit: number): Promise<OutboundMessage[]> {
    return this.db.transaction(async (tx) => {
      const at = now.toISOString();
      // Under READ COMMITTED each statement sees what was committed before it began, so the
      // claim below checks opt-outs again: a text queued between the two must not slip out.
      await tx.query(
        `update outbound_messages m set status = 'suppressed', updated_at = $1
         where m.status = 'pending' and m.send_after <= $1
           and exists (select 1 from opt_outs o where o.channel = m.channel and o.address = m.recipient)`,
        [at],
      );
      // A recipient's due texts are claimed together, in order, and none while an earlier
      // one is still being sent. The advisory lock on the recipient keeps another process
      // from claiming that tenant's later texts while this claim is not yet committed.
      const r = await tx.query<Row>(
        `with candidates as (
           select recipient, min(id) as first from outbound_messages
           where status = 'pending' and send_after <= $1
           group by recipient order by first limit $2
         ), mine as (
           select recipient from candidates where pg_try_advisory_xact_lock(hashtext(recipient))
         )
         update outbound_messages o
         set status = case when exists (select 1 from opt_outs x where x.channel = o.channel and x.address = o.recipient)
                        then 'suppressed' else 'sending' end,
             attempts = o.attempts + 1, updated_at = $1,
             -- An in-doubt text keeps the time of the attempt that died: the provider is asked from then.
             claimed_at = case when o.in_doubt then o.claimed_at else $1 end
         where o.status = 'pending' and o.send_after <= $1
           and o.recipient in (select recipient from mine)
           and not exists (select 1 from outbound_messages s where s.recipient = o.recipient and s.status = 'sending')
         returning o.*`,
        [at, limit],
      );
      return r.rows
        .map(toOutbound)
        .filter((m) => m.status === 'sending')
        .sort((a, b) => a.id - b.id);
    });
  }

  async finishOutbound(results: readonly { id: number; outcome: SendOutcome }[]): Promise<void> {
    if (results.length === 0) return;
    const rows = results.map(({ id, outcome: o }) => ({
      id,
      status: o.status,
      provider_id: o.status === 'sent' ? o.providerId : null,
      sender: o.status === 'sent' ? o.sender : null,
      error_code: o.status === 'sent' ? null : o.errorCode,
      send_after: o.status === 'pending' ? o.retryAt.toISOString() : null,
      at: o.at.toISOString(),
    }));
    await this.db.query(
      `update outbound_messages o set status = x.status,
         provider_id = coalesce(x.provider_id, o.provider_id), sender = coalesce(x.sender, o.sender),
         error_code = x.error_code, send_after = coalesce(x.send_after, o.send_after), updated_at = x.at, in_doubt = false
       from jsonb_to_recordset($1::jsonb) as x(id bigint, status text, provider_id text, sender text, error_code text, send_after timestamptz, at timestamptz)
       where o.id = x.id`,
      [json(rows)],
    );
  }

  async recordDeliveryStatus(providerId: string, status: OutboundStatus, errorCode: string | null, at: Date): Promise<OutboundMessage | null> {
    return this.db.transaction(async (tx) => {
      const found = await tx.query<Row>(`select * from outbound_messages where provider_id = $1 for update`, [providerId]);
      const row = found.rows[0];
      if (!row) return null;
      const current = toOutbound(row);
      if (STATUS_RANK[status] <= STATUS_RANK[current.status]) return current;
      const r = await tx.query<Row>(
        `update outbound_messages set status = $2, error_code = coalesce($3, error_code), updated_at = $4 where id = $1 returning *`,
        [current.id, status, errorCode, at.toISOString()],
      );
      return toOutbound(r.rows[0]!);
    });
  }

  async requeueStuck(olderThan: Date, at: Date): Promise<number> {
    const r = await this.db.query(`update outbound_messages set status = 'pending', in_doubt = true, updated_at = $2 where status = 'sending' and updated_at < $1`, [
      olderThan.toISOString(),
      at.toISOString(),
    ]);
    return r.rowCount;
  }

  async outbound(filter: { recipient?: string } = {}): Promise<OutboundMessage[]> {
    const r = filter.recipient
      ? await this.db.query<Row>(`select * from outbound_messages where recipient = $1 order by id`, [filter.recipient])
      : await this.db.query<Row>(`select * from outbound_messages order by id`);
    return r.rows.map(toOutbound);
  }

  async setOptOut(key: ConversationKey, out: boolean, source: string, at: Date): Promise<void> {
    await this.writeOptOut(this.db, key, out, source, at.toISOString());
  }

  private async writeOptOut(q: Queryable, key: ConversationKey, out: boolean, source: string, at: string): Promise<void> {
    if (out) {
      await q.query(
        `insert into opt_outs (channel, address, opted_out_at, source) values ($1, $2, $3, $4)
         on conflict (channel, address) do update set opted_out_at = excluded.opted_out_at, source = excluded.source`,
        [key.channel, key.address, at, source],
      );
    } else {
      await q.query(`delete from opt_outs where channel = $1 and address = $2`, [key.channel, key.address]);
    }
  }

  isOptedOut(key: ConversationKey): Promise<boolean> {
    return this.optedOutIn(this.db, key);
  }

  private async optedOutIn(q: Queryable, key: ConversationKey): Promise<boolean> {
    const r = await q.query(`select 1 from opt_outs where channel = $1 and address = $2`, [key.channel, key.address]);
    return r.rows.length > 0;
  }

  async upsertTenant(tenant: TenantInput, at: Date): Promise<'inserted' | 'updated'> {
    return this.db.transaction(async (tx) => {
      const r = await tx.query<{ id: number; inserted: boolean }>(
        `insert into tenants (tenancy_ref, name, address_line, postcode, vulnerabilities, updated_at)
         values ($1, $2, $3, $4, array(select jsonb_array_elements_text($5::jsonb)), $6)
         on conflict (tenancy_ref) do update set name = excluded.name, address_line = excluded.address_line,
           postcode = excluded.postcode, vulnerabilities = excluded.vulnerabilities, updated_at = excluded.updated_at
         returning id, (xmax = 0) as inserted`,
        [tenant.tenancyRef, tenant.name, tenant.addressLine, tenant.postcode, json(tenant.vulnerabilities), at.toISOString()],
      );
      const { id, inserted } = r.rows[0]!;
      await tx.query(`delete from contact_points where tenant_id = $1 and channel = 'sms'`, [id]);
      for (const phone of tenant.phones) {
        // A number moves to the tenancy that lists it last: numbers change hands.
        await tx.query(
          `insert into contact_points (channel, address, tenant_id) values ('sms', $1, $2)
           on conflict (channel, address) do update set tenant_id = excluded.tenant_id`,
          [phone, id],
        );
      }
      return inserted ? 'inserted' : 'updated';
    });
  }

  async countTenants(): Promise<number> {
    const r = await this.db.query<{ n: number }>(`select count(*)::int as n from tenants`);
    return r.rows[0]!.n;
  }

  async findTenant(key: ConversationKey): Promise<TenantRecord | null> {
    const r = await this.db.query<Row>(TENANT_BY_CONTACT, [key.channel, key.address]);
    return r.rows[0] ? toTenant(r.rows[0]) : null;
  }

  async ping(): Promise<void> {
    await this.db.query('select 1');
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
