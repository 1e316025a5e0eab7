// The simulator's store: the same contract as SqlStore, held in memory. Turns on one
// conversation queue behind each other as the row lock makes them do in SQL.
import { randomUUID } from 'node:crypto';
import type { CaseChange } from '../../machines/conversation.types.js';
import {
  ACTIVE_APPOINTMENT,
  APPOINTMENT_REPORTS,
  STATUS_RANK,
  SlotFullError,
  appointmentGroup,
  caseAddress,
  type AlertRecord,
  type AppointmentRecord,
  type AppointmentWrite,
  type JobDraft,
  type JobEffect,
  type JobFacts,
  type JobRecord,
  type JobStatus,
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
  HANDOFF_MOVES,
  type HandoffRecord,
  type HandoffStatus,
  LIVE_HANDOFF,
} from './store.js';

const keyOf = (k: ConversationKey): string => `${k.channel}\u0000${k.address}`;

interface OutboundRow extends OutboundMessage {
  updatedAt: Date;
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  private readonly conversations = new Map<string, ConversationRecord>();
  private readonly transcripts = new Map<string, TranscriptEntry[]>();
  private readonly caseRows = new Map<string, CaseRecord>();
  private readonly inbound = new Set<string>();
  private readonly optOuts = new Set<string>();
  private readonly tenants = new Map<string, TenantRecord>();
  private readonly contacts = new Map<string, string>();
  private readonly outboxRows: OutboundRow[] = [];
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly appointmentRows: AppointmentRecord[] = [];
  private readonly jobRows: JobRecord[] = [];
  private readonly alertRows: AlertRecord[] = [];
  private readonly outboxKeys = new Set<string>();
  private readonly handoffRows: HandoffRecord[] = [];

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
    const existing = this.conversations.get(k);
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
    if (!existing) this.conversations.set(k, structuredClone(record));
    const inboundId = inbound.messageId === null ? null : `${key.channel}\u0000${inbound.messageId}`;
    if (inboundId !== null && this.inbound.has(inboundId)) return { duplicate: true };
    const tenant = this.tenantFor(key);
    const mine = [...this.appointmentRows].reverse().filter((a) => a.conversationId === record.id);
    const appointment = mine.find((a) => ACTIVE_APPOINTMENT.includes(a.status)) ?? mine.find((a) => a.status === 'cancelled') ?? null;
    const { write, result } = await work({
      record,
      isNew: !existing,
      tenant,
      optedOut: this.optOuts.has(k),
      appointment: appointment ? structuredClone(appointment) : null,
    });
    // A full slot fails the turn before anything is kept, as the SQL transaction rolls back.
    for (const a of write.appointments ?? []) this.checkCapacity(a);
    // The id is taken only once the turn's work succeeds, as the SQL insert is rolled back with a failed turn.
    if (inboundId !== null) this.inbound.add(inboundId);
    return { duplicate: false, result, outboundIds: this.persist(k, write, tenant, record) };
  }

  private tenantFor(key: ConversationKey): TenantRecord | null {
    const ref = this.contacts.get(keyOf(key));
    const t = ref ? this.tenants.get(ref) : undefined;
    return t ? structuredClone(t) : null;
  }

  private persist(k: string, write: TurnWrite, tenant: TenantRecord | null, before: ConversationRecord): number[] {
    const r = structuredClone(write.record);
    this.conversations.set(k, r);
    const log = this.transcripts.get(r.id) ?? [];
    log.push(...write.transcript.map((t) => ({ ...t, media: t.media ?? [], messageId: t.messageId ?? null })));
    this.transcripts.set(r.id, log);
    if (r.identity && !before.identity) {
      for (const c of this.caseRows.values()) {
        if (c.conversationId === r.id && c.tenancyRef === null) c.address = caseAddress(null, r.identity);
      }
    }
    for (const { change, at, media } of write.cases) {
      const found = this.caseRows.get(change.reference);
      if (found) {
        found.status = change.status;
        if (change.dueBy) found.dueBy = new Date(change.dueBy);
        found.details = { ...found.details, ...change } as CaseChange;
        found.media.push(...(media ?? []));
        found.history.push(structuredClone(change));
      } else {
        this.caseRows.set(change.reference, {
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
    if (write.media) this.caseRows.get(write.media.reference)?.media.push(...write.media.urls);
    if (write.optOut) {
      if (write.optOut.out) this.optOuts.add(k);
      else this.optOuts.delete(k);
    }
    const when = write.transcript[0]?.at ?? new Date();
    for (const a of write.appointments ?? []) this.writeAppointment(r, a, when);
    this.insertJobs((write.jobs ?? []).map((j) => ({ ...j, conversationId: j.conversationId ?? r.id })));
    const live = this.handoffRows.some((h) => h.conversationId === r.id && LIVE_HANDOFF.includes(h.status));
    if (write.handoff && !live) {
      this.handoffRows.push({
        ...structuredClone(write.handoff),
        id: this.handoffRows.length + 1,
        conversationId: r.id,
        channel: r.channel,
        address: r.address,
        status: 'open',
        takenAt: null,
        closedAt: null,
      });
    }
    if (write.survey) {
      const c = this.caseRows.get(write.survey.reference);
      if (c) {
        c.survey = structuredClone(write.survey);
        c.history.push({ survey: write.survey } as never);
      }
    }
    const at = write.transcript[0]?.at ?? new Date();
    return write.outbound.map((o) => {
      const id = this.outboxRows.length + 1;
      this.outboxRows.push({
        ...o,
        choices: o.choices ?? [],
        id,
        conversationId: r.id,
        status: 'pending',
        attempts: 0,
        providerId: null,
        errorCode: null,
        updatedAt: at,
        inDoubt: false,
        claimedAt: null,
      });
      return id;
    });
  }

  async setMode(conversationId: string, mode: ConversationMode): Promise<boolean> {
    for (const c of this.conversations.values()) {
      if (c.id === conversationId) {
        c.mode = mode;
        return true;
      }
    }
    return false;
  }

  async handoffs(filter: { status?: readonly HandoffStatus[]; conversationId?: string } = {}): Promise<HandoffRecord[]> {
    const statuses = filter.status ?? LIVE_HANDOFF;
    return structuredClone(
      this.handoffRows.filter((h) => statuses.includes(h.status) && (!filter.conversationId || h.conversationId === filter.conversationId)),
    );
  }

  async moveHandoff(id: number, to: 'taken' | 'returned' | 'closed', at: Date): Promise<HandoffRecord | 'conflict' | null> {
    const h = this.handoffRows.find((x) => x.id === id);
    if (!h) return null;
    if (!HANDOFF_MOVES[to].includes(h.status)) return 'conflict';
    h.status = to;
    if (to === 'taken') h.takenAt = at;
    else h.closedAt = at;
    await this.setMode(h.conversationId, to === 'taken' ? 'staff' : 'assistant');
    return structuredClone(h);
  }

  async findConversation(key: ConversationKey): Promise<ConversationRecord | null> {
    const c = this.conversations.get(keyOf(key));
    return c ? structuredClone(c) : null;
  }

  async transcript(conversationId: string): Promise<TranscriptEntry[]> {
    return structuredClone(this.transcripts.get(conversationId) ?? []);
  }

  async cases(conversationId: string): Promise<CaseRecord[]> {
    return structuredClone([...this.caseRows.values()].filter((c) => c.conversationId === conversationId));
  }

  async claimOutbound(now: Date, limit: number): Promise<OutboundMessage[]> {
    // As in SQL: a recipient's due texts together, in order, and none while one is being sent.
    const busy = new Set(this.outboxRows.filter((m) => m.status === 'sending').map((m) => m.recipient));
    const taken = new Set<string>();
    const claimed: OutboundMessage[] = [];
    for (const m of this.outboxRows) {
      if (m.status !== 'pending' || m.sendAfter > now) continue;
      if (this.optOuts.has(keyOf({ channel: m.channel, address: m.recipient }))) {
        m.status = 'suppressed';
        continue;
      }
      if (busy.has(m.recipient)) continue;
      if (!taken.has(m.recipient) && taken.size >= limit) continue;
      taken.add(m.recipient);
      m.status = 'sending';
      m.attempts += 1;
      m.updatedAt = now;
      if (!m.inDoubt) m.claimedAt = now;
      claimed.push(structuredClone(m));
    }
    return claimed;
  }

  async finishOutbound(results: readonly { id: number; outcome: SendOutcome }[]): Promise<void> {
    for (const { id, outcome } of results) {
      const m = this.outboxRows[id - 1];
      if (!m) continue;
      m.status = outcome.status;
      m.updatedAt = outcome.at;
      m.inDoubt = false;
      if (outcome.status === 'sent') {
        m.providerId = outcome.providerId;
        m.errorCode = null;
      } else {
        m.errorCode = outcome.errorCode;
        if (outcome.status === 'pending') m.sendAfter = outcome.retryAt;
      }
    }
  }

  async recordDeliveryStatus(providerId: string, status: OutboundStatus, errorCode: string | null, at: Date): Promise<OutboundMessage | null> {
    const m = this.outboxRows.find((o) => o.providerId === providerId);
    if (!m) return null;
    if (STATUS_RANK[status] > STATUS_RANK[m.status]) {
      m.status = status;
      m.errorCode = errorCode ?? m.errorCode;
      m.updatedAt = at;
    }
    return structuredClone(m);
  }

  async requeueStuck(olderThan: Date, at: Date): Promise<number> {
    let n = 0;
    for (const m of this.outboxRows) {
      if (m.status === 'sending' && m.updatedAt < olderThan) {
        m.status = 'pending';
        m.inDoubt = true;
        m.updatedAt = at;
        n += 1;
      }
    }
    return n;
  }

  async outbound(filter: { recipient?: string } = {}): Promise<OutboundMessage[]> {
    return structuredClone(this.outboxRows.filter((m) => !filter.recipient || m.recipient === filter.recipient));
  }

  async setOptOut(key: ConversationKey, out: boolean): Promise<void> {
    if (out) this.optOuts.add(keyOf(key));
    else this.optOuts.delete(keyOf(key));
  }

  async isOptedOut(key: ConversationKey): Promise<boolean> {
    return this.optOuts.has(keyOf(key));
  }

  private checkCapacity({ change, capacity }: AppointmentWrite): void {
    const o = change.option;
    if (!o || capacity === null || (change.action !== 'book' && change.action !== 'move')) return;
    const taken = this.appointmentRows.filter((a) => a.date === o.date && a.slot === o.slot && (a.status === 'booked' || a.status === 'en-route')).length;
    if (taken >= capacity) throw new SlotFullError(o.date, o.slot);
  }

  private flag(reference: string, flag: string): void {
    const c = this.caseRows.get(reference);
    if (c && !c.flags.includes(flag)) c.flags.push(flag);
  }

  private cancelGroup(group: string, outcome: string, at: Date): void {
    for (const j of this.jobRows) {
      if (j.group === group && j.status === 'pending') Object.assign(j, { status: 'cancelled', outcome, doneAt: at });
    }
  }

  private writeAppointment(conversation: ConversationRecord, { change }: AppointmentWrite, at: Date): void {
    const ref = change.reference;
    const active = this.appointmentRows.filter((a) => a.reference === ref && ACTIVE_APPOINTMENT.includes(a.status));
    if (change.action === 'unbooked') {
      this.flag(ref, 'needs-appointment');
      return;
    }
    if (change.action === 'access-notes') {
      const last = active[active.length - 1];
      if (last) last.accessNotes = change.notes ?? null;
      return;
    }
    if (change.action === 'move' || change.action === 'cancel') {
      for (const a of active) a.status = change.action === 'move' ? 'moved' : 'cancelled';
      this.cancelGroup(appointmentGroup(ref), change.action === 'move' ? 'visit moved' : 'visit cancelled', at);
      if (change.action === 'cancel') {
        this.flag(ref, 'needs-appointment');
        return;
      }
    }
    const o = change.option;
    if (!o) return;
    this.appointmentRows.push({
      id: this.appointmentRows.length + 1,
      reference: ref,
      conversationId: conversation.id,
      channel: conversation.channel,
      address: conversation.address,
      date: o.date,
      slot: o.slot,
      label: o.label,
      startsAt: new Date(o.startsAt),
      endsAt: new Date(o.endsAt),
      status: 'booked',
      accessNotes: null,
      outsideTimescale: change.outsideTimescale === true,
      bookedAt: at,
    });
    const c = this.caseRows.get(ref);
    if (c) c.flags = c.flags.filter((f) => f !== 'needs-appointment');
    if (change.outsideTimescale) this.flag(ref, change.tenantChoseLater ? 'tenant-chose-after-timescale' : 'booked-after-timescale');
  }

  private insertJobs(jobs: readonly JobDraft[]): number {
    let n = 0;
    for (const j of jobs) {
      if (this.jobRows.some((x) => x.key === j.key)) continue;
      this.jobRows.push({
        ...structuredClone(j),
        id: this.jobRows.length + 1,
        conversationId: j.conversationId ?? null,
        status: 'pending',
        outcome: null,
        doneAt: null,
      });
      n += 1;
    }
    return n;
  }

  async scheduleJobs(jobs: readonly JobDraft[]): Promise<number> {
    return this.insertJobs(jobs);
  }

  async bookedCounts(fromDate: string, toDate: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const a of this.appointmentRows) {
      if (a.date < fromDate || a.date > toDate || (a.status !== 'booked' && a.status !== 'en-route')) continue;
      counts.set(`${a.date} ${a.slot}`, (counts.get(`${a.date} ${a.slot}`) ?? 0) + 1);
    }
    return counts;
  }

  async appointments(filter: { reference?: string; conversationId?: string }): Promise<AppointmentRecord[]> {
    return structuredClone(
      this.appointmentRows.filter(
        (a) => (!filter.reference || a.reference === filter.reference) && (!filter.conversationId || a.conversationId === filter.conversationId),
      ),
    );
  }

  async updateAppointment(
    reference: string,
    to: 'en-route' | 'completed' | 'no-access',
    at: Date,
    plan: (appointment: AppointmentRecord) => { jobs: JobDraft[]; cancelPending: boolean },
  ): Promise<AppointmentRecord | 'conflict' | null> {
    const current = [...this.appointmentRows].reverse().find((a) => a.reference === reference && ACTIVE_APPOINTMENT.includes(a.status));
    if (!current) return null;
    if (!APPOINTMENT_REPORTS[to].includes(current.status)) return 'conflict';
    current.status = to;
    const c = this.caseRows.get(reference);
    if (c) {
      if (to === 'completed') c.status = 'completed';
      c.history.push({ appointment: to, at: at.toISOString() } as never);
    }
    const { jobs, cancelPending } = plan(structuredClone(current));
    if (cancelPending) this.cancelGroup(appointmentGroup(reference), `visit ${to}`, at);
    this.insertJobs(jobs.map((j) => ({ ...j, conversationId: j.conversationId ?? current.conversationId })));
    return structuredClone(current);
  }

  async runDueJobs(now: Date, limit: number, decide: (job: JobRecord, facts: JobFacts) => JobEffect): Promise<number> {
    const due = this.jobRows
      .filter((j) => j.status === 'pending' && j.runAt <= now)
      .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id)
      .slice(0, limit);
    for (const job of due) {
      const c = job.reference ? this.caseRows.get(job.reference) : undefined;
      const p = job.payload;
      const effect = decide(structuredClone(job), {
        caseStatus: c?.status ?? null,
        attended: this.appointmentRows.some((a) => a.reference === job.reference && ['en-route', 'completed', 'no-access'].includes(a.status)),
        optedOut: 'channel' in p && this.optOuts.has(keyOf({ channel: p.channel, address: p.address })),
        handoffOpen: this.handoffRows.some((h) => h.conversationId === job.conversationId && h.status === 'open'),
      });
      for (const [i, t] of (effect.texts ?? []).entries()) {
        const key = `job:${job.key}:${i}`;
        if (this.outboxKeys.has(key)) continue;
        this.outboxKeys.add(key);
        this.outboxRows.push({
          choices: [],
          ...t,
          id: this.outboxRows.length + 1,
          conversationId: job.conversationId,
          sendAfter: now,
          status: 'pending',
          attempts: 0,
          providerId: null,
          errorCode: null,
          updatedAt: now,
          inDoubt: false,
          claimedAt: null,
        });
        if (job.conversationId) {
          const log = this.transcripts.get(job.conversationId) ?? [];
          log.push({ direction: 'out', at: now, text: t.body, media: [], messageId: null });
          this.transcripts.set(job.conversationId, log);
        }
      }
      if (effect.awaiting && job.conversationId) {
        for (const conv of this.conversations.values()) {
          if (conv.id === job.conversationId) conv.dialog = { ...((conv.dialog as object | null) ?? {}), awaiting: structuredClone(effect.awaiting) };
        }
      }
      const a = effect.alert;
      if (a && !this.alertRows.some((x) => x.reference === a.reference && x.clock === a.clock && x.level === a.level && +x.dueAt === +a.dueAt)) {
        this.alertRows.push({ ...structuredClone(a), id: this.alertRows.length + 1, raisedAt: now });
      }
      Object.assign(job, { status: effect.outcome === 'skipped' ? 'skipped' : 'done', outcome: effect.reason ?? effect.outcome, doneAt: now });
    }
    return due.length;
  }

  async jobs(filter: { status?: JobStatus; reference?: string } = {}): Promise<JobRecord[]> {
    return structuredClone(
      this.jobRows
        .filter((j) => (!filter.status || j.status === filter.status) && (!filter.reference || j.reference === filter.reference))
        .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id),
    );
  }

  async nextJobAt(): Promise<Date | null> {
    const pending = this.jobRows.filter((j) => j.status === 'pending').map((j) => j.runAt.getTime());
    return pending.length ? new Date(Math.min(...pending)) : null;
  }

  async alerts(filter: { since?: Date } = {}): Promise<AlertRecord[]> {
    return structuredClone(this.alertRows.filter((a) => !filter.since || a.raisedAt >= filter.since));
  }

  async caseByReference(reference: string): Promise<CaseRecord | null> {
    const c = this.caseRows.get(reference);
    return c ? structuredClone(c) : null;
  }

  async upsertTenant(tenant: TenantInput): Promise<'inserted' | 'updated'> {
    const found = this.tenants.get(tenant.tenancyRef);
    const record: TenantRecord = {
      id: found?.id ?? this.tenants.size + 1,
      tenancyRef: tenant.tenancyRef,
      name: tenant.name,
      addressLine: tenant.addressLine,
      postcode: tenant.postcode,
      vulnerabilities: [...tenant.vulnerabilities],
    };
    this.tenants.set(tenant.tenancyRef, record);
    for (const [k, ref] of this.contacts) if (ref === tenant.tenancyRef && k.startsWith('sms\u0000')) this.contacts.delete(k);
    for (const phone of tenant.phones) this.contacts.set(keyOf({ channel: 'sms', address: phone }), tenant.tenancyRef);
    return found ? 'updated' : 'inserted';
  }

  async countTenants(): Promise<number> {
    return this.tenants.size;
  }

  async findTenant(key: ConversationKey): Promise<TenantRecord | null> {
    return this.tenantFor(key);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
