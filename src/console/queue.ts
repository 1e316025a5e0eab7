// The queue's order, as rules: what makes a conversation need a person, how urgent that is,
// and the filters staff narrow it with. Pure: the page and the live stream both use it.
import type { QueueCase, QueueConversation } from '../store/console-reads.js';

/** Why a conversation needs a person, most urgent first. */
export type Need = 'safety' | 'breach' | 'waiting' | 'unanswered' | 'warning' | 'complaint' | 'vulnerable';

export const NEED_LABELS: Record<Need, string> = {
  safety: 'Safety or abuse',
  breach: 'SLA breached',
  waiting: 'Waiting for a person',
  unanswered: 'Staff have not replied',
  warning: 'SLA warning',
  complaint: 'Complaint',
  vulnerable: 'Vulnerable tenant',
};

const NEEDS: readonly Need[] = ['safety', 'breach', 'waiting', 'unanswered', 'warning', 'complaint', 'vulnerable'];

/** When the queue is read, and how long a tenant may wait for the member of staff who has them (the pack's handoff answer time). */
export interface QueueClock {
  now: Date;
  answerMinutes: number;
}

/**
 * Staff have the conversation, the tenant wrote after staff last did (taking it over says
 * who joined, so that counts), and longer ago than staff should take to answer.
 */
export function forgotten(c: QueueConversation, clock: QueueClock): boolean {
  if (c.handoff?.status !== 'taken' || !c.lastInboundAt) return false;
  if (c.lastStaffAt && c.lastStaffAt >= c.lastInboundAt) return false;
  return clock.now.getTime() - c.lastInboundAt.getTime() >= clock.answerMinutes * 60_000;
}
/** Handoffs asked for because someone may be in danger. */
const SAFETY_REASONS = new Set(['self-harm', 'domestic-abuse']);

export interface QueueFilter {
  channel?: string;
  /** A case kind (repair, asb, complaint...). */
  kind?: string;
  state?: 'needs-person' | 'with-staff' | 'assistant';
}

export interface QueueRow {
  conversation: QueueConversation;
  needs: Need[];
  /** The open case whose clock runs out first (or, with none due, the latest). */
  lead: QueueCase | null;
  section: 'needs-person' | 'with-staff' | 'assistant';
}

export function needsOf(c: QueueConversation, clock?: QueueClock): Need[] {
  const found = new Set<Need>();
  if ((c.handoff && SAFETY_REASONS.has(c.handoff.reason)) || c.openCases.some((k) => k.safety.length > 0 || (k.kind === 'asb' && k.level === 1))) {
    found.add('safety');
  }
  if (c.openCases.some((k) => k.alert === 'breach')) found.add('breach');
  if (c.handoff?.status === 'open') found.add('waiting');
  if (clock && forgotten(c, clock)) found.add('unanswered');
  if (c.openCases.some((k) => k.alert === 'warning')) found.add('warning');
  if (c.openCases.some((k) => k.kind === 'complaint')) found.add('complaint');
  if (c.vulnerabilities.length > 0 || c.openCases.some((k) => k.vulnerable)) found.add('vulnerable');
  // A vulnerable tenant with nothing open does not need a person on that alone.
  if (found.size === 1 && found.has('vulnerable') && c.openCases.length === 0 && !c.handoff) return [];
  return NEEDS.filter((n) => found.has(n));
}

export function leadCase(c: QueueConversation): QueueCase | null {
  const due = c.openCases.filter((k) => k.dueBy).sort((a, b) => a.dueBy!.getTime() - b.dueBy!.getTime());
  return due[0] ?? c.openCases[c.openCases.length - 1] ?? null;
}

const rank = (row: QueueRow): number => (row.needs.length ? NEEDS.indexOf(row.needs[0]!) : NEEDS.length);
/** How long they have waited: from the handoff, else the last thing they said. */
const since = (c: QueueConversation): number => (c.handoff?.requestedAt ?? c.lastInboundAt ?? c.updatedAt).getTime();

/**
 * Needs a person (nobody has it yet): most urgent need first, then who has waited longest.
 * With staff: the same order. The rest (the assistant has it): most recent first.
 */
export function orderQueue(conversations: readonly QueueConversation[], filter: QueueFilter = {}, clock?: QueueClock): QueueRow[] {
  const rows = conversations.map((conversation): QueueRow => {
    const needs = needsOf(conversation, clock);
    // A conversation staff have but left unanswered comes back up, where a supervisor sees it.
    const withStaff = (conversation.handoff?.status === 'taken' || conversation.mode === 'staff') && !needs.includes('unanswered');
    const section = withStaff ? 'with-staff' : needs.length ? 'needs-person' : 'assistant';
    return { conversation, needs, lead: leadCase(conversation), section };
  });
  const kept = rows.filter(
    (r) =>
      (!filter.channel || r.conversation.channel === filter.channel) &&
      (!filter.kind || r.conversation.openCases.some((k) => k.kind === filter.kind)) &&
      (!filter.state || r.section === filter.state),
  );
  const order = { 'needs-person': 0, 'with-staff': 1, assistant: 2 } as const;
  return kept.sort(
    (a, b) =>
      order[a.section] - order[b.section] ||
      (a.section === 'assistant'
        ? b.conversation.updatedAt.getTime() - a.conversation.updatedAt.getTime()
        : rank(a) - rank(b) || since(a.conversation) - since(b.conversation)),
  );
}

/** Reads the filter from a query string, ignoring anything it does not know. */
export function readFilter(query: Record<string, unknown> | undefined): QueueFilter {
  const word = (v: unknown): string | undefined => (typeof v === 'string' && /^[a-z-]{1,40}$/.test(v) ? v : undefined);
  const state = word(query?.state);
  return {
    ...(word(query?.channel) ? { channel: word(query?.channel)! } : {}),
    ...(word(query?.kind) ? { kind: word(query?.kind)! } : {}),
    ...(state === 'needs-person' || state === 'with-staff' || state === 'assistant' ? { state } : {}),
  };
}
