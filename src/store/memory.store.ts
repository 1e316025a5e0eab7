// The simulator's store: the same contract as SqlStore, held in memory. Turns on one
// conversation queue behind each other as the row lock makes them do in SQL.
import { randomUUID } from 'node:crypto';
import type { CaseChange } from '../../machines/conversation.types.js';
import {
  STATUS_RANK,
  caseAddress,
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
          openPrompt: null,
          mode: 'assistant',
          identity: null,
          lastCase: null,
          pendingMedia: [],
        };
    if (!existing) this.conversations.set(k, structuredClone(record));
    const inboundId = inbound.messageId === null ? null : `${key.channel}\u0000${inbound.messageId}`;
    if (inboundId !== null && this.inbound.has(inboundId)) return { duplicate: true };
    const tenant = this.tenantFor(key);
    const { write, result } = await work({ record, isNew: !existing, tenant, optedOut: this.optOuts.has(k) });
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
        });
      }
    }
    if (write.media) this.caseRows.get(write.media.reference)?.media.push(...write.media.urls);
    if (write.optOut) {
      if (write.optOut.out) this.optOuts.add(k);
      else this.optOuts.delete(k);
    }
    const at = write.transcript[0]?.at ?? new Date();
    return write.outbound.map((o) => {
      const id = this.outboxRows.length + 1;
      this.outboxRows.push({ ...o, id, conversationId: r.id, status: 'pending', attempts: 0, providerId: null, errorCode: null, updatedAt: at });
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
