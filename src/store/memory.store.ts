// The simulator's store: the same contract as SqlStore, held in memory. Turns on one
// conversation queue behind each other as the row lock makes them do in SQL. The outbox,
// handoffs, schedule and tenants are in memory-outbox, memory-handoffs, memory-schedule and
// memory-tenants, on the tables in memory-state.
import { randomUUID } from 'node:crypto';
import type { CaseChange } from '../../machines/conversation.types.js';
import { handoffs, moveHandoff, openHandoff, takeConversation } from './memory-handoffs.js';
import { claimPhotos, finishPhoto, insertUploadLinks, photos, queuePhotos, uploadLink, useUploadLink } from './memory-photos.js';
import { claimOutbound, divertOutbound, finishOutbound, outbound, queueOutbound, recordDeliveryStatus, requeueStuck } from './memory-outbox.js';
import {
  alerts,
  appointments,
  bookedCounts,
  checkCapacity,
  currentAppointment,
  readdressVisitTexts,
  insertJobs,
  jobs,
  nextJobAt,
  runDueJobs,
  updateAppointment,
  writeAppointment,
  writeSurvey,
} from './memory-schedule.js';
import { keyOf, MemoryState } from './memory-state.js';
import { countTenants, findTenant, upsertTenant } from './memory-tenants.js';
import {
  caseAddress,
  type AlertRecord,
  type StaffRef,
  type CaseEvent,
  type AppointmentRecord,
  type JobDraft,
  type JobEffect,
  type JobFacts,
  type JobRecord,
  type JobStatus,
  type CaseRecord,
  type ConversationKey,
  type ConversationMode,
  type ConversationRecord,
  type HandoffRecord,
  type HandoffStatus,
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
import { historyEntry } from './records.types.js';

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  private readonly state = new MemoryState();
  private readonly queues = new Map<string, Promise<unknown>>();

  async turn<T>(
    key: ConversationKey,
    inbound: { messageId: string | null; at: Date },
    work: (state: TurnState) => Promise<{ write: TurnWrite; result: T }> | { write: TurnWrite; result: T },
  ): Promise<TurnOutcome<T>> {
    const k = keyOf(key);
    const previous = this.queues.get(k) ?? Promise.resolve();
    const run = previous.catch(() => {}).then(() => this.turnNow(key, inbound, work));
    this.queues.set(k, run);
    return run;
  }

  private async turnNow<T>(
    key: ConversationKey,
    inbound: { messageId: string | null; at: Date },
    work: (state: TurnState) => Promise<{ write: TurnWrite; result: T }> | { write: TurnWrite; result: T },
  ): Promise<TurnOutcome<T>> {
    const k = keyOf(key);
    const existing = this.state.conversations.get(k);
    const record: ConversationRecord = existing
      ? structuredClone(existing)
      : {
          id: randomUUID(),
          ...key,
          machineVersion: 0,
          snapshot: null,
          dialog: null,
          mode: 'assistant',
          identity: null,
          lastCase: null,
          pendingMedia: [],
        };
    if (!existing) this.state.conversations.set(k, structuredClone(record));
    const inboundId = inbound.messageId === null ? null : `${key.channel}\u0000${inbound.messageId}`;
    if (inboundId !== null && this.state.inbound.has(inboundId)) return { duplicate: true };
    const tenant = findTenant(this.state, key);
    const appointment = currentAppointment(this.state, record);
    const { write, result } = await work({
      record,
      isNew: !existing,
      tenant,
      optedOut: this.state.optOuts.has(k),
      appointment,
    });
    // A full slot fails the turn before anything is kept, as the SQL transaction rolls back.
    for (const a of write.appointments ?? []) checkCapacity(this.state, a);
    // The id is taken only once the turn's work succeeds, as the SQL insert is rolled back with a failed turn.
    if (inboundId !== null) this.state.inbound.add(inboundId);
    return { duplicate: false, result, outboundIds: this.persist(k, write, tenant, record) };
  }

  private persist(k: string, write: TurnWrite, tenant: TenantRecord | null, before: ConversationRecord): number[] {
    const { state } = this;
    const r = structuredClone(write.record);
    state.conversations.set(k, r);
    const log = state.transcripts.get(r.id) ?? [];
    log.push(...write.transcript.map((t) => ({ ...t, media: t.media ?? [], messageId: t.messageId ?? null })));
    state.transcripts.set(r.id, log);
    // What an unknown number tells us about itself goes onto the cases it already opened here.
    if (r.identity && !before.identity) {
      for (const c of state.caseRows.values()) {
        if (c.conversationId === r.id && c.tenancyRef === null) c.address = caseAddress(null, r.identity);
      }
    }
    for (const { change, at, media } of write.cases) {
      const found = state.caseRows.get(change.reference);
      if (found) {
        found.status = change.status;
        if (change.dueBy) found.dueBy = new Date(change.dueBy);
        found.details = { ...found.details, ...change } as CaseChange;
        found.media.push(...(media ?? []));
        found.history.push(structuredClone(change));
      } else {
        state.caseRows.set(change.reference, {
          reference: change.reference,
          conversationId: r.id,
          kind: change.kind,
          status: change.status,
          openedAt: new Date(change.openedAt ?? at),
          dueBy: change.dueBy ? new Date(change.dueBy) : null,
          verified: tenant !== null,
          tenancyRef: tenant?.tenancyRef ?? null,
          address: caseAddress(tenant, r.identity),
          vulnerabilities: tenant?.vulnerabilities ?? [],
          details: structuredClone(change),
          media: [...(media ?? [])],
          history: [structuredClone(change)],
          contact: { channel: r.channel, address: r.address },
          flags: [],
          survey: null,
        });
      }
    }
    if (write.media) {
      state.caseRows.get(write.media.reference)?.media.push(...write.media.urls);
      queuePhotos(state, write.media.reference, write.media.urls, write.transcript[0]?.at ?? new Date());
    }
    for (const c of write.cases) queuePhotos(state, c.change.reference, c.media ?? [], c.at);
    if (write.uploadLinks) insertUploadLinks(state, write.uploadLinks);
    if (write.optOut) {
      if (write.optOut.out) state.optOuts.add(k);
      else state.optOuts.delete(k);
    }
    const when = write.transcript[0]?.at ?? new Date();
    if (write.visitTextsTo) readdressVisitTexts(state, r.id, write.visitTextsTo);
    if (write.link) {
      const tenancy = state.contacts.get(keyOf({ channel: 'sms', address: write.link.number }));
      if (tenancy) state.contacts.set(k, tenancy);
      for (const c of state.caseRows.values())
        if (tenancy && c.conversationId === r.id && c.tenancyRef === null) Object.assign(c, { tenancyRef: tenancy, verified: true });
    }
    for (const a of write.appointments ?? []) writeAppointment(state, r, a, when);
    insertJobs(
      state,
      (write.jobs ?? []).map((j) => ({ ...j, conversationId: j.conversationId ?? r.id })),
    );
    if (write.handoff) openHandoff(state, r, write.handoff);
    if (write.survey) writeSurvey(state, write.survey);
    const at = write.transcript[0]?.at ?? new Date();
    return queueOutbound(state, r.id, write.outbound, at);
  }

  async setMode(conversationId: string, mode: ConversationMode): Promise<boolean> {
    for (const c of this.state.conversations.values()) {
      if (c.id === conversationId) {
        c.mode = mode;
        return true;
      }
    }
    return false;
  }

  async handoffs(filter: { status?: readonly HandoffStatus[]; conversationId?: string } = {}): Promise<HandoffRecord[]> {
    return handoffs(this.state, filter);
  }

  moveHandoff(id: number, to: 'taken' | 'returned' | 'closed', at: Date): Promise<HandoffRecord | 'conflict' | null> {
    return moveHandoff(this.state, id, to, at, (conversationId, mode) => this.setMode(conversationId, mode));
  }

  async takeConversation(conversationId: string, by: StaffRef, at: Date): Promise<HandoffRecord | 'conflict' | null> {
    const conversation = [...this.state.conversations.values()].find((c) => c.id === conversationId);
    if (!conversation) return null;
    return takeConversation(this.state, conversation, by, at, (id, mode) => this.setMode(id, mode));
  }

  async findConversation(key: ConversationKey): Promise<ConversationRecord | null> {
    const c = this.state.conversations.get(keyOf(key));
    return c ? structuredClone(c) : null;
  }

  async transcript(conversationId: string): Promise<TranscriptEntry[]> {
    return structuredClone(this.state.transcripts.get(conversationId) ?? []);
  }

  async cases(conversationId: string, tenancyRef: string | null = null): Promise<CaseRecord[]> {
    const mine = (c: CaseRecord) => c.conversationId === conversationId || (tenancyRef !== null && c.tenancyRef === tenancyRef);
    return structuredClone([...this.state.caseRows.values()].filter(mine).sort((a, b) => +a.openedAt - +b.openedAt || a.reference.localeCompare(b.reference)));
  }

  async recordCaseEvent(reference: string, e: CaseEvent): Promise<CaseRecord | null> {
    const c = this.state.caseRows.get(reference);
    if (!c) return null;
    if (e.status) c.status = e.status;
    if (e.dueBy) c.dueBy = e.dueBy;
    c.details = {
      ...c.details,
      ...(e.status ? { status: e.status } : {}),
      ...(e.set ?? {}),
      ...(e.dueBy ? { dueBy: e.dueBy.toISOString() } : {}),
      dates: { ...(c.details.dates ?? {}), ...(e.dates ?? {}) },
    };
    c.history.push(historyEntry(e) as unknown as CaseRecord['history'][number]);
    return structuredClone(c);
  }

  async caseByReference(reference: string): Promise<CaseRecord | null> {
    const c = this.state.caseRows.get(reference);
    return c ? structuredClone(c) : null;
  }

  async claimOutbound(now: Date, limit: number): Promise<OutboundMessage[]> {
    return claimOutbound(this.state, now, limit);
  }

  async finishOutbound(results: readonly { id: number; outcome: SendOutcome }[]): Promise<void> {
    finishOutbound(this.state, results);
  }

  async recordDeliveryStatus(providerId: string, status: OutboundStatus, errorCode: string | null, at: Date): Promise<OutboundMessage | null> {
    return recordDeliveryStatus(this.state, providerId, status, errorCode, at);
  }

  async requeueStuck(olderThan: Date, at: Date): Promise<number> {
    return requeueStuck(this.state, olderThan, at);
  }

  async divertOutbound(
    id: number,
    errorCode: string,
    at: Date,
    plan: (message: OutboundMessage, facts: DivertFacts) => DivertPlan,
  ): Promise<DivertPlan | null> {
    return divertOutbound(this.state, id, errorCode, at, plan);
  }

  async outbound(filter: { recipient?: string } = {}): Promise<OutboundMessage[]> {
    return outbound(this.state, filter);
  }

  async claimPhotos(now: Date, limit: number): Promise<PhotoRecord[]> {
    return claimPhotos(this.state, now, limit);
  }

  async finishPhoto(id: number, outcome: PhotoOutcome): Promise<void> {
    finishPhoto(this.state, id, outcome);
  }

  async photos(filter: { reference?: string; id?: number }): Promise<PhotoRecord[]> {
    return photos(this.state, filter);
  }

  async uploadLink(id: string): Promise<UploadLinkRecord | null> {
    return uploadLink(this.state, id);
  }

  async useUploadLink(id: string, at: Date, uploaded: readonly UploadedPhoto[]): Promise<{ reference: string; photoIds: number[] } | 'spent'> {
    return useUploadLink(this.state, id, at, uploaded);
  }

  async codesSent(number: string, since: Date): Promise<number> {
    return this.state.outboxRows.filter((m) => m.recipient === number && m.key?.startsWith('code:') && m.sendAfter >= since).length;
  }

  async setOptOut(key: ConversationKey, out: boolean): Promise<void> {
    if (out) this.state.optOuts.add(keyOf(key));
    else this.state.optOuts.delete(keyOf(key));
  }

  async isOptedOut(key: ConversationKey): Promise<boolean> {
    return this.state.optOuts.has(keyOf(key));
  }

  async scheduleJobs(jobs: readonly JobDraft[]): Promise<number> {
    return insertJobs(this.state, jobs);
  }

  async bookedCounts(fromDate: string, toDate: string): Promise<Map<string, number>> {
    return bookedCounts(this.state, fromDate, toDate);
  }

  async appointments(filter: { reference?: string; conversationId?: string }): Promise<AppointmentRecord[]> {
    return appointments(this.state, filter);
  }

  async updateAppointment(
    reference: string,
    to: 'en-route' | 'completed' | 'no-access',
    at: Date,
    plan: (appointment: AppointmentRecord) => { jobs: JobDraft[]; cancelPending: boolean },
  ): Promise<AppointmentRecord | 'conflict' | null> {
    return updateAppointment(this.state, reference, to, at, plan);
  }

  async runDueJobs(now: Date, limit: number, decide: (job: JobRecord, facts: JobFacts) => JobEffect): Promise<number> {
    return runDueJobs(this.state, now, limit, decide);
  }

  async jobs(filter: { status?: JobStatus; reference?: string } = {}): Promise<JobRecord[]> {
    return jobs(this.state, filter);
  }

  async nextJobAt(): Promise<Date | null> {
    return nextJobAt(this.state);
  }

  async alerts(filter: { since?: Date } = {}): Promise<AlertRecord[]> {
    return alerts(this.state, filter);
  }

  async upsertTenant(tenant: TenantInput): Promise<'inserted' | 'updated'> {
    return upsertTenant(this.state, tenant);
  }

  async countTenants(): Promise<number> {
    return countTenants(this.state);
  }

  async findTenant(key: ConversationKey): Promise<TenantRecord | null> {
    return findTenant(this.state, key);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
