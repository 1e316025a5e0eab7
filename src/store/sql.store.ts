// The durable store, in plain PostgreSQL SQL that runs on PGlite and on a server alike.
// A turn holds a row lock on its conversation (SELECT ... FOR UPDATE), so two server
// processes on one PostgreSQL take one tenant's messages one at a time, in order; and it
// writes snapshot, transcript, cases, inbound id and outbox rows in one transaction.
import { randomUUID } from 'node:crypto';
import type { CaseChange } from '../../machines/conversation.types.js';
import type { Db, Queryable } from './db.js';
import {
  alerts,
  appointments,
  bookedCounts,
  currentAppointment,
  insertJobs,
  jobs,
  nextJobAt,
  runDueJobs,
  updateAppointment,
  writeAppointment,
  writeSurvey,
} from './sql-schedule.js';
import { handoffs, moveHandoff } from './sql-handoffs.js';
import { countTenants, findTenant, TENANT_BY_CONTACT, toTenant, upsertTenant } from './sql-tenants.js';
import { claimPhotos, finishPhoto, insertUploadLinks, photos, queuePhotos, uploadLink, useUploadLink } from './sql-photos.js';
import { claimOutbound, divertOutbound, finishOutbound, outbound, recordDeliveryStatus, requeueStuck } from './sql-outbox.js';
import {
  caseAddress,
  VISIT_TEXTS,
  type HandoffRecord,
  type HandoffStatus,
  type AlertRecord,
  type AppointmentRecord,
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
  type DivertFacts,
  type DivertPlan,
  type PhotoOutcome,
  type PhotoRecord,
  type UploadedPhoto,
  type UploadLinkRecord,
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
    dialog: r.dialog ?? null,
    mode: r.mode as ConversationMode,
    identity: (r.identity as ConversationRecord['identity']) ?? null,
    lastCase: (r.last_case as string | null) ?? null,
    pendingMedia: (r.pending_media as string[] | null) ?? [],
    remindersTo: (r.reminders_to as string | null) ?? null,
  };
}

export class SqlStore implements Store {
  constructor(readonly db: Db) {}

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
      const locked = await tx.query<Row>(`select * from conversations where channel = $1 and address = $2 for update`, [key.channel, key.address]);
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
      const appointment = await currentAppointment(tx, record.id);
      const { write, result } = await work({ record, isNew: created.rowCount > 0, tenant, optedOut, appointment });
      const outboundIds = await this.persist(tx, write, tenant, record);
      return { duplicate: false as const, result, outboundIds };
    });
  }

  private async persist(tx: Queryable, write: TurnWrite, tenant: TenantRecord | null, before: ConversationRecord): Promise<number[]> {
    const r = write.record;
    const now = (write.transcript[0]?.at ?? write.cases[0]?.at ?? new Date()).toISOString();
    await tx.query(
      `update conversations set machine_version = $2, snapshot = $3::jsonb, dialog = $4::jsonb, mode = $5,
         identity = $6::jsonb, last_case = $7, pending_media = $9::jsonb, reminders_to = $10, updated_at = $8 where id = $1`,
      [
        r.id,
        r.machineVersion,
        json(r.snapshot),
        r.dialog === null || r.dialog === undefined ? null : json(r.dialog),
        r.mode,
        r.identity ? json(r.identity) : null,
        r.lastCase,
        now,
        json(r.pendingMedia ?? []),
        r.remindersTo ?? null,
      ],
    );
    for (const t of write.transcript) {
      await tx.query(`insert into transcript (conversation_id, direction, at, body, media, message_id) values ($1, $2, $3, $4, $5::jsonb, $6)`, [
        r.id,
        t.direction,
        t.at.toISOString(),
        t.text,
        json(t.media ?? []),
        t.messageId ?? null,
      ]);
    }
    // What an unknown number tells us about itself goes onto the cases it already opened here.
    if (r.identity && !before.identity) {
      await tx.query(`update cases set address = $2::jsonb, updated_at = $3 where conversation_id = $1 and tenant_id is null`, [
        r.id,
        json(caseAddress(null, r.identity)),
        now,
      ]);
    }
    for (const c of write.cases) {
      await this.writeCase(tx, r, tenant, c.change, c.at, c.media ?? []);
      await queuePhotos(tx, c.change.reference, c.media ?? [], now);
    }
    if (write.media) {
      await tx.query(`update cases set media = media || $2::jsonb, updated_at = $3 where reference = $1`, [write.media.reference, json(write.media.urls), now]);
      await queuePhotos(tx, write.media.reference, write.media.urls, now);
    }
    if (write.uploadLinks) await insertUploadLinks(tx, write.uploadLinks, now);
    if (write.optOut) await this.writeOptOut(tx, { channel: r.channel, address: r.address }, write.optOut.out, write.optOut.source, now);
    for (const a of write.appointments ?? []) await writeAppointment(tx, r.id, a, now);
    if (write.link) {
      // A contact point like a phone number on the list; a re-import replaces only the list's own numbers.
      await tx.query(
        `insert into contact_points (channel, address, tenant_id)
         select $1, $2, tenant_id from contact_points where channel = 'sms' and address = $3
         on conflict (channel, address) do update set tenant_id = excluded.tenant_id`,
        [r.channel, r.address, write.link.number],
      );
      // What they reported here before the link is the tenancy's too, now that they have shown they hold its number.
      await tx.query(
        `update cases set tenant_id = cp.tenant_id, verified = true, updated_at = $3
         from contact_points cp where cp.channel = 'sms' and cp.address = $2 and cases.conversation_id = $1 and cases.tenant_id is null`,
        [r.id, write.link.number, now],
      );
    }
    if (write.visitTextsTo) {
      await tx.query(
        `update scheduled_jobs set payload = payload || jsonb_build_object('channel', $2::text, 'address', $3::text)
         where conversation_id = $1 and status = 'pending' and payload->>'kind' = 'text' and payload->>'purpose' = any($4)`,
        [r.id, write.visitTextsTo.channel, write.visitTextsTo.address, VISIT_TEXTS],
      );
    }
    if (write.jobs?.length)
      await insertJobs(
        tx,
        write.jobs.map((j) => ({ ...j, conversationId: j.conversationId ?? r.id })),
        now,
      );
    if (write.survey) await writeSurvey(tx, write.survey);
    if (write.handoff) {
      const h = write.handoff;
      // One live handoff a conversation: asking again while one is open or taken changes nothing.
      await tx.query(
        `insert into handoffs (conversation_id, reason, case_reference, safe_contact, status, requested_at)
         values ($1, $2, $3, $4, 'open', $5) on conflict (conversation_id) where status in ('open', 'taken') do nothing`,
        [r.id, h.reason, h.caseReference, h.safeContact, h.requestedAt.toISOString()],
      );
    }
    const ids: number[] = [];
    for (const o of write.outbound) {
      const res = await tx.query<{ id: number }>(
        `insert into outbound_messages (conversation_id, channel, recipient, body, segments, encoding, choices, status, send_after, origin, idempotency_key,
           created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $11, $11) returning id`,
        [
          r.id,
          o.channel,
          o.recipient,
          o.body,
          o.segments,
          o.encoding,
          o.choices?.length ? JSON.stringify(o.choices) : null,
          o.sendAfter.toISOString(),
          o.origin ?? 'reply',
          o.key ?? null,
          now,
        ],
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

  handoffs(filter: { status?: readonly HandoffStatus[]; conversationId?: string } = {}): Promise<HandoffRecord[]> {
    return handoffs(this.db, filter);
  }

  moveHandoff(id: number, to: 'taken' | 'returned' | 'closed', at: Date): Promise<HandoffRecord | 'conflict' | null> {
    return moveHandoff(this.db, id, to, at);
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

  async cases(conversationId: string, tenancyRef: string | null = null): Promise<CaseRecord[]> {
    const r = await this.db.query<Row>(
      `select c.*, t.tenancy_ref, conv.channel as contact_channel, conv.address as contact_address,
         coalesce((select jsonb_agg(h.change order by h.id) from case_history h where h.reference = c.reference), '[]') as history
       from cases c left join tenants t on t.id = c.tenant_id join conversations conv on conv.id = c.conversation_id
       where c.conversation_id = $1 or ($2::text is not null and c.tenant_id = (select id from tenants where tenancy_ref = $2))
       order by c.opened_at, c.reference`,
      [conversationId, tenancyRef],
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

  scheduleJobs(jobs: readonly JobDraft[], at: Date): Promise<number> {
    return insertJobs(this.db, jobs, at.toISOString());
  }

  bookedCounts(fromDate: string, toDate: string): Promise<Map<string, number>> {
    return bookedCounts(this.db, fromDate, toDate);
  }

  appointments(filter: { reference?: string; conversationId?: string }): Promise<AppointmentRecord[]> {
    return appointments(this.db, filter);
  }

  updateAppointment(
    reference: string,
    to: 'en-route' | 'completed' | 'no-access',
    at: Date,
    plan: (appointment: AppointmentRecord) => { jobs: JobDraft[]; cancelPending: boolean },
  ): Promise<AppointmentRecord | 'conflict' | null> {
    return updateAppointment(this.db, reference, to, at, plan);
  }

  runDueJobs(now: Date, limit: number, decide: (job: JobRecord, facts: JobFacts) => JobEffect): Promise<number> {
    return runDueJobs(this.db, now, limit, decide);
  }

  jobs(filter: { status?: JobStatus; reference?: string } = {}): Promise<JobRecord[]> {
    return jobs(this.db, filter);
  }

  nextJobAt(): Promise<Date | null> {
    return nextJobAt(this.db);
  }

  alerts(filter: { since?: Date } = {}): Promise<AlertRecord[]> {
    return alerts(this.db, filter);
  }

  claimOutbound(now: Date, limit: number): Promise<OutboundMessage[]> {
    return claimOutbound(this.db, now, limit);
  }

  finishOutbound(results: readonly { id: number; outcome: SendOutcome }[]): Promise<void> {
    return finishOutbound(this.db, results);
  }

  recordDeliveryStatus(providerId: string, status: OutboundStatus, errorCode: string | null, at: Date): Promise<OutboundMessage | null> {
    return recordDeliveryStatus(this.db, providerId, status, errorCode, at);
  }

  requeueStuck(olderThan: Date, at: Date): Promise<number> {
    return requeueStuck(this.db, olderThan, at);
  }

  divertOutbound(id: number, errorCode: string, at: Date, plan: (message: OutboundMessage, facts: DivertFacts) => DivertPlan): Promise<DivertPlan | null> {
    return divertOutbound(this.db, id, errorCode, at, plan);
  }

  outbound(filter: { recipient?: string } = {}): Promise<OutboundMessage[]> {
    return outbound(this.db, filter);
  }

  claimPhotos(now: Date, limit: number): Promise<PhotoRecord[]> {
    return claimPhotos(this.db, now, limit);
  }

  finishPhoto(id: number, outcome: PhotoOutcome, at: Date): Promise<void> {
    return finishPhoto(this.db, id, outcome, at);
  }

  photos(filter: { reference?: string; id?: number }): Promise<PhotoRecord[]> {
    return photos(this.db, filter);
  }

  uploadLink(id: string): Promise<UploadLinkRecord | null> {
    return uploadLink(this.db, id);
  }

  useUploadLink(id: string, at: Date, uploaded: readonly UploadedPhoto[]): Promise<{ reference: string; photoIds: number[] } | 'spent'> {
    return useUploadLink(this.db, id, at, uploaded);
  }

  async codesSent(number: string, since: Date): Promise<number> {
    const r = await this.db.query<{ n: number }>(
      `select count(*)::int as n from outbound_messages where recipient = $1 and idempotency_key like 'code:%' and created_at >= $2`,
      [number, since.toISOString()],
    );
    return r.rows[0]?.n ?? 0;
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

  upsertTenant(tenant: TenantInput, at: Date): Promise<'inserted' | 'updated'> {
    return upsertTenant(this.db, tenant, at);
  }

  countTenants(): Promise<number> {
    return countTenants(this.db);
  }

  findTenant(key: ConversationKey): Promise<TenantRecord | null> {
    return findTenant(this.db, key);
  }

  async ping(): Promise<void> {
    await this.db.query('select 1');
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
