// The durable store, in plain PostgreSQL SQL that runs on PGlite and on a server alike.
// A turn holds a row lock on its conversation (SELECT ... FOR UPDATE), so two server
// processes on one PostgreSQL take one tenant's messages one at a time, in order; and it
// writes snapshot, transcript, cases, inbound id and outbox rows in one transaction.
import type { CaseChange } from '../../machines/conversation.types.js';
import type { Db, Queryable } from './db.js';
import { alerts, appointments, bookedCounts, insertJobs, jobs, nextJobAt, runDueJobs, updateAppointment } from './sql-schedule.js';
import { handoffs, moveHandoff, takeConversation } from './sql-handoffs.js';
import { countTenants, findTenant, upsertTenant } from './sql-tenants.js';
import { openTurn, toConversation } from './sql-turn-open.js';
import { claimPhotos, finishPhoto, photos, uploadLink, useUploadLink } from './sql-photos.js';
import { persistTurn, writeOptOut } from './sql-turn-write.js';
import { claimOutbound, divertOutbound, finishOutbound, outbound, recordDeliveryStatus, requeueStuck } from './sql-outbox.js';
import { SlotFullError } from './store.js';
import type {
  StaffRef,
  CaseEvent,
  HandoffRecord,
  HandoffStatus,
  AlertRecord,
  AppointmentRecord,
  JobDraft,
  JobEffect,
  JobFacts,
  JobRecord,
  JobStatus,
  SurveyAnswer,
  CaseRecord,
  ConversationKey,
  ConversationMode,
  ConversationRecord,
  OutboundMessage,
  OutboundStatus,
  DivertFacts,
  DivertPlan,
  PhotoOutcome,
  PhotoRecord,
  UploadedPhoto,
  UploadLinkRecord,
  SendOutcome,
  Store,
  TenantInput,
  TenantRecord,
  TranscriptEntry,
  TurnOutcome,
  TurnState,
  TurnWrite,
} from './store.js';
import { historyEntry } from './records.types.js';

type Row = Record<string, unknown>;

/** How long booked counts are kept (see bookedCounts). */
const COUNTS_KEPT_MS = 2_000;

export class SqlStore implements Store {
  private counts: { from: string; to: string; at: number; taken: Promise<Map<string, number>> } | null = null;

  constructor(readonly db: Db) {}

  get kind(): 'pglite' | 'postgres' {
    return this.db.driver;
  }

  async turn<T>(
    key: ConversationKey,
    inbound: { messageId: string | null; at: Date },
    work: (state: TurnState) => Promise<{ write: TurnWrite; result: T }> | { write: TurnWrite; result: T },
  ): Promise<TurnOutcome<T>> {
    let booked = false;
    try {
      return await this.db.transaction(async (tx) => {
        const state = await openTurn(tx, key, inbound);
        if (state === 'duplicate') return { duplicate: true as const };
        const { write, result } = await work(state);
        booked = (write.appointments?.length ?? 0) > 0;
        const outboundIds = await persistTurn(tx, write, state.tenant, state.record);
        return { duplicate: false as const, result, outboundIds };
      });
    } catch (error) {
      // A slot found full was booked by someone else: the counts kept here are behind.
      if (error instanceof SlotFullError) this.counts = null;
      throw error;
    } finally {
      if (booked) this.counts = null;
    }
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

  takeConversation(conversationId: string, by: StaffRef, at: Date): Promise<HandoffRecord | 'conflict' | null> {
    return takeConversation(this.db, conversationId, by, at);
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
      author: (t.author as string | null) ?? null,
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

  async recordCaseEvent(reference: string, e: CaseEvent): Promise<CaseRecord | null> {
    const changed = await this.db.transaction(async (tx) => {
      const when = e.at.toISOString();
      const dates = JSON.stringify(e.dates ?? {});
      const r = await tx.query(
        `update cases set status = coalesce($2, status), dates = dates || $3::jsonb,
           details = jsonb_set(details, '{dates}', coalesce(details->'dates', '{}'::jsonb) || $3::jsonb)
             || case when $2::text is null then '{}'::jsonb else jsonb_build_object('status', $2::text) end
             || $6::jsonb || case when $7::text is null then '{}'::jsonb else jsonb_build_object('dueBy', $7::text) end,
           due_by = coalesce($4, due_by), updated_at = $5
         where reference = $1 returning reference`,
        [reference, e.status ?? null, dates, e.dueBy?.toISOString() ?? null, when, JSON.stringify(e.set ?? {}), e.dueBy?.toISOString() ?? null],
      );
      if (r.rowCount === 0) return false;
      await tx.query(`insert into case_history (reference, at, change) values ($1, $2, $3::jsonb)`, [reference, when, JSON.stringify(historyEntry(e))]);
      return true;
    });
    return changed ? this.caseByReference(reference) : null;
  }

  async caseByReference(reference: string): Promise<CaseRecord | null> {
    const r = await this.db.query<{ conversation_id: string }>(`select conversation_id from cases where reference = $1`, [reference]);
    if (!r.rows[0]) return null;
    return (await this.cases(r.rows[0].conversation_id)).find((c) => c.reference === reference) ?? null;
  }

  scheduleJobs(jobs: readonly JobDraft[], at: Date): Promise<number> {
    return insertJobs(this.db, jobs, at.toISOString());
  }

  /**
   * Visits booked a slot, read on every turn that may offer one: kept for COUNTS_KEPT_MS
   * and shared by the turns that ask meanwhile, forgotten when a turn here books, moves or
   * cancels a visit or finds a slot full. A visit booked by another process shows within
   * that time; until then a slot it filled may be offered, and booking it finds it full
   * (the count is taken again under a lock) and offers the rest.
   */
  bookedCounts(fromDate: string, toDate: string): Promise<Map<string, number>> {
    const now = Date.now();
    const kept = this.counts;
    if (kept && kept.from === fromDate && kept.to === toDate && now - kept.at >= 0 && now - kept.at < COUNTS_KEPT_MS) return kept.taken;
    const taken = bookedCounts(this.db, fromDate, toDate);
    const entry = { from: fromDate, to: toDate, at: now, taken };
    this.counts = entry;
    taken.catch(() => {
      if (this.counts === entry) this.counts = null;
    });
    return taken;
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
    return updateAppointment(this.db, reference, to, at, plan).finally(() => {
      this.counts = null;
    });
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
    await writeOptOut(this.db, key, out, source, at.toISOString());
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
