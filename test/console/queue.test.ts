// The queue's order as staff rely on it: who needs a person and how urgently, who staff
// already have, then the rest; and the filters.
import { describe, expect, it } from 'vitest';
import { needsOf, orderQueue, readFilter } from '../../src/console/queue.js';
import type { QueueCase, QueueConversation } from '../../src/store/console-reads.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

function kase(part: Partial<QueueCase> = {}): QueueCase {
  return {
    reference: 'REF00001',
    kind: 'repair',
    status: 'open',
    openedAt: minutesAgo(600),
    dueBy: null,
    priority: 'routine',
    tier: 'routine',
    grade: null,
    level: null,
    vulnerable: false,
    safety: [],
    alert: null,
    ...part,
  };
}

function conversation(id: string, part: Partial<QueueConversation> = {}): QueueConversation {
  return {
    id,
    channel: 'sms',
    address: `+4477009000${id.length}`,
    mode: 'assistant',
    updatedAt: minutesAgo(5),
    lastInboundAt: minutesAgo(5),
    lastStaffAt: null,
    tenantName: null,
    tenancyRef: null,
    vulnerabilities: [],
    handoff: null,
    openCases: [],
    ...part,
  };
}

const waiting = (reason: string, since: number) => ({
  id: 1,
  status: 'open' as const,
  reason,
  requestedAt: minutesAgo(since),
  takenBy: null,
  safeContact: false,
});

describe('what makes a conversation need a person', () => {
  it('a safety handoff, an ASB case of the most serious grade, or safety advice given is "safety"', () => {
    expect(needsOf(conversation('a', { handoff: waiting('domestic-abuse', 1) }))).toEqual(['safety', 'waiting']);
    expect(needsOf(conversation('b', { openCases: [kase({ kind: 'asb', level: 1 })] }))).toEqual(['safety']);
    expect(needsOf(conversation('c', { openCases: [kase({ safety: ['gas'] })] }))).toEqual(['safety']);
    expect(needsOf(conversation('d', { openCases: [kase({ kind: 'asb', level: 3 })] }))).toEqual([]);
  });

  it('an SLA breach or warning on an open case, a complaint, a vulnerable tenant with something open', () => {
    expect(needsOf(conversation('a', { openCases: [kase({ alert: 'breach' })] }))).toEqual(['breach']);
    expect(needsOf(conversation('b', { openCases: [kase({ alert: 'warning' }), kase({ kind: 'complaint' })] }))).toEqual(['warning', 'complaint']);
    expect(needsOf(conversation('c', { vulnerabilities: ['mobility'], openCases: [kase()] }))).toEqual(['vulnerable']);
  });

  it('a vulnerable tenant with nothing open and no handoff does not need a person on that alone', () => {
    expect(needsOf(conversation('a', { vulnerabilities: ['mobility'] }))).toEqual([]);
  });
});

describe('the order of the queue', () => {
  const quiet = conversation('quiet', { updatedAt: minutesAgo(1), openCases: [kase()] });
  const older = conversation('older', { updatedAt: minutesAgo(90) });
  const asked = conversation('asked', { handoff: waiting('asked', 40) });
  const askedLonger = conversation('asked-longer', { handoff: waiting('stuck', 55) });
  const atRisk = conversation('at-risk', { handoff: waiting('self-harm', 2) });
  const breached = conversation('breached', { openCases: [kase({ alert: 'breach' })] });
  const taken = conversation('taken', {
    mode: 'staff',
    handoff: { ...waiting('asked', 30), status: 'taken', takenBy: { id: 7, name: 'Sam' } },
  });
  const all = [quiet, older, asked, askedLonger, atRisk, breached, taken];

  it('needs a person first (most urgent need, then longest wait), then with staff, then the rest by latest activity', () => {
    const rows = orderQueue(all);
    expect(rows.map((r) => [r.conversation.id, r.section])).toEqual([
      ['at-risk', 'needs-person'],
      ['breached', 'needs-person'],
      ['asked-longer', 'needs-person'],
      ['asked', 'needs-person'],
      ['taken', 'with-staff'],
      ['quiet', 'assistant'],
      ['older', 'assistant'],
    ]);
  });

  it('filters by channel, case kind and section', () => {
    const web = conversation('web', { channel: 'web', handoff: waiting('asked', 5) });
    const complaint = conversation('complaint', { openCases: [kase({ kind: 'complaint' })] });
    expect(orderQueue([...all, web], { channel: 'web' }).map((r) => r.conversation.id)).toEqual(['web']);
    expect(orderQueue([...all, complaint], { kind: 'complaint' }).map((r) => r.conversation.id)).toEqual(['complaint']);
    expect(orderQueue(all, { state: 'with-staff' }).map((r) => r.conversation.id)).toEqual(['taken']);
  });

  it('leads each row with the open case whose clock runs out first', () => {
    const c = conversation('two', {
      openCases: [
        kase({ reference: 'LATER001', dueBy: minutesAgo(-600) }),
        kase({ reference: 'SOONER01', dueBy: minutesAgo(-60) }),
        kase({ reference: 'NODATE01' }),
      ],
    });
    expect(orderQueue([c])[0]!.lead?.reference).toBe('SOONER01');
  });

  it('brings back up a conversation staff have when the tenant has waited longer than the answer time for their reply', () => {
    const clock = { now: NOW, answerMinutes: 30 };
    const took = { ...waiting('asked', 90), status: 'taken' as const, takenBy: { id: 7, name: 'Sam' } };
    const forgottenOne = conversation('forgotten', { mode: 'staff', handoff: took, lastStaffAt: minutesAgo(80), lastInboundAt: minutesAgo(45) });
    const answered = conversation('answered', { mode: 'staff', handoff: took, lastStaffAt: minutesAgo(40), lastInboundAt: minutesAgo(45) });
    const recent = conversation('recent', { mode: 'staff', handoff: took, lastStaffAt: minutesAgo(80), lastInboundAt: minutesAgo(10) });
    const rows = orderQueue([answered, recent, forgottenOne], {}, clock);
    expect(rows.map((r) => [r.conversation.id, r.section, r.needs])).toEqual([
      ['forgotten', 'needs-person', ['unanswered']],
      ['answered', 'with-staff', []],
      ['recent', 'with-staff', []],
    ]);
    // Without the clock (no answer time known) nothing is judged forgotten.
    expect(orderQueue([forgottenOne])[0]!.section).toBe('with-staff');
  });

  it('reads only the filters it knows from a query string', () => {
    expect(readFilter({ channel: 'sms', kind: 'asb', state: 'needs-person' })).toEqual({ channel: 'sms', kind: 'asb', state: 'needs-person' });
    expect(readFilter({ channel: '<script>', state: 'everything', other: 'x' })).toEqual({});
    expect(readFilter(undefined)).toEqual({});
  });
});
