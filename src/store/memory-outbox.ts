// The outbox in memory: texts a turn queues, claimed as in SQL (a recipient's due texts
// together, in order, and none while one is being sent), how each send went, delivery
// reports, and texts a dead process left sending queued again.
import { keyOf, type MemoryState } from './memory-state.js';
import { STATUS_RANK, type DivertFacts, type DivertPlan, type OutboundDraft, type OutboundMessage, type OutboundStatus, type SendOutcome } from './store.js';
import { flagCase, raiseAlert } from './memory-schedule.js';

/** When the tenant last wrote in a conversation. */
function lastInbound(state: MemoryState, conversationId: string | null): Date | null {
  let last: Date | null = null;
  for (const e of (conversationId && state.transcripts.get(conversationId)) || []) if (e.direction === 'in' && (!last || e.at > last)) last = e.at;
  return last;
}

/** Queues a turn's texts for the conversation; returns their ids. */
export function queueOutbound(state: MemoryState, conversationId: string, outbound: readonly OutboundDraft[], at: Date): number[] {
  return outbound.map((o) => {
    const id = state.outboxRows.length + 1;
    state.outboxRows.push({
      ...o,
      choices: o.choices ?? [],
      origin: o.origin ?? 'reply',
      lastInboundAt: null,
      id,
      conversationId,
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

export function claimOutbound(state: MemoryState, now: Date, limit: number): OutboundMessage[] {
  const busy = new Set(state.outboxRows.filter((m) => m.status === 'sending').map((m) => m.recipient));
  const taken = new Set<string>();
  const claimed: OutboundMessage[] = [];
  for (const m of state.outboxRows) {
    if (m.status !== 'pending' || m.sendAfter > now) continue;
    if (state.optOuts.has(keyOf({ channel: m.channel, address: m.recipient }))) {
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
    claimed.push({ ...structuredClone(m), lastInboundAt: lastInbound(state, m.conversationId) });
  }
  return claimed;
}

export function finishOutbound(state: MemoryState, results: readonly { id: number; outcome: SendOutcome }[]): void {
  for (const { id, outcome } of results) {
    const m = state.outboxRows[id - 1];
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

export function recordDeliveryStatus(
  state: MemoryState,
  providerId: string,
  status: OutboundStatus,
  errorCode: string | null,
  at: Date,
): OutboundMessage | null {
  const m = state.outboxRows.find((o) => o.providerId === providerId);
  if (!m) return null;
  if (STATUS_RANK[status] > STATUS_RANK[m.status]) {
    m.status = status;
    m.errorCode = errorCode ?? m.errorCode;
    m.updatedAt = at;
  }
  return structuredClone(m);
}

export function requeueStuck(state: MemoryState, olderThan: Date, at: Date): number {
  let n = 0;
  for (const m of state.outboxRows) {
    if (m.status === 'sending' && m.updatedAt < olderThan) {
      m.status = 'pending';
      m.inDoubt = true;
      m.updatedAt = at;
      n += 1;
    }
  }
  return n;
}

export function outbound(state: MemoryState, filter: { recipient?: string } = {}): OutboundMessage[] {
  return structuredClone(state.outboxRows.filter((m) => !filter.recipient || m.recipient === filter.recipient));
}

/** See Store.divertOutbound. */
export function divertOutbound(
  state: MemoryState,
  id: number,
  errorCode: string,
  at: Date,
  plan: (message: OutboundMessage, facts: DivertFacts) => DivertPlan,
): DivertPlan | null {
  const m = state.outboxRows[id - 1];
  if (!m) return null;
  Object.assign(m, { status: 'failed', errorCode, updatedAt: at });
  const conversation = [...state.conversations.values()].find((c) => c.id === m.conversationId);
  const decided = plan(structuredClone(m), { provenNumber: conversation?.remindersTo ?? null, lastCase: conversation?.lastCase ?? null });
  const key = `divert:${id}`;
  if (decided.copy && !state.outboxKeys.has(key)) {
    state.outboxKeys.add(key);
    queueOutbound(state, m.conversationId ?? '', [{ ...decided.copy, sendAfter: at }], at);
    if (!m.conversationId) state.outboxRows[state.outboxRows.length - 1]!.conversationId = null;
  }
  if (decided.alert) raiseAlert(state, decided.alert, at);
  if (decided.flag) flagCase(state, decided.flag.reference, decided.flag.name);
  return decided;
}
