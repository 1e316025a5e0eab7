import { describe, expect, it } from 'vitest';
import type { CaseChange } from '../../machines/conversation.types.js';
import { dueDate, londonTime } from '../../src/clock/sla-clock.js';
import { alertPlan, slaClocks } from '../../src/sla/sla-plan.js';
import { AWAABS_LAW } from '../../src/policy/statutory.js';

function when(plan: ReturnType<typeof alertPlan>): [string, string, string][] {
  return plan.map((a) => [a.clock.id, a.level, a.at.toISOString()]);
}

describe('a repair', () => {
  const routine: CaseChange = {
    kind: 'repair',
    reference: 'R-1',
    openedAt: '2026-11-02T17:00:00.000Z',
    status: 'open',
    tier: 'routine',
    dueBy: '2026-11-06T17:00:00.000Z',
    awaabs: false,
    dates: {},
  };

  it('carries one attendance clock from the moment it was opened', () => {
    expect(slaClocks(routine)).toEqual([
      {
        id: 'repair-attendance',
        label: 'Repair attendance',
        startsAt: new Date('2026-11-02T17:00:00Z'),
        dueAt: new Date('2026-11-06T17:00:00Z'),
      },
    ]);
  });

  it('warns when three quarters of the time has gone (72 of 96 hours), and breaches at the due time', () => {
    expect(when(alertPlan(slaClocks(routine)))).toEqual([
      ['repair-attendance', 'warning', '2026-11-05T17:00:00.000Z'],
      ['repair-attendance', 'breach', '2026-11-06T17:00:00.000Z'],
    ]);
  });

  it('warns at half time with a share of 0.5', () => {
    expect(when(alertPlan(slaClocks(routine), 0.5))).toEqual([
      ['repair-attendance', 'warning', '2026-11-04T17:00:00.000Z'],
      ['repair-attendance', 'breach', '2026-11-06T17:00:00.000Z'],
    ]);
  });

  it('refuses a share that is not between 0 and 1', () => {
    expect(() => alertPlan(slaClocks(routine), 1.5)).toThrow(RangeError);
  });

  it('an emergency repair across the October 2026 clock change warns on real elapsed time', () => {
    // 8pm BST on Saturday, due 24 real hours later: 7pm GMT on Sunday (23 hours on the wall clock).
    const emergency: CaseChange = {
      ...routine,
      openedAt: londonTime('2026-10-24', '20:00').toISOString(),
      tier: 'emergency',
      dueBy: '2026-10-25T19:00:00.000Z',
    };
    // 75% of 24 real hours is 18 hours: 1pm GMT, though only 17 hours have passed on the wall clock.
    expect(when(alertPlan(slaClocks(emergency)))).toEqual([
      ['repair-attendance', 'warning', '2026-10-25T13:00:00.000Z'],
      ['repair-attendance', 'breach', '2026-10-25T19:00:00.000Z'],
    ]);
  });

  it('is left without a clock when it has no due date', () => {
    expect(slaClocks({ ...routine, dueBy: null })).toEqual([]);
  });
});

describe("Awaab's Law", () => {
  // Reported on Thu 10 Dec 2026: the investigation is due by 5pm on Thu 24 Dec, just before
  // Christmas Day (Fri 25), the weekend and the substitute holiday (Mon 28 Dec).
  const openedAt = londonTime('2026-12-10', '10:00');
  const mould: CaseChange = {
    kind: 'repair',
    reference: 'R-2',
    openedAt: openedAt.toISOString(),
    status: 'open',
    tier: 'urgent',
    dueBy: '2026-12-17T17:00:00.000Z',
    awaabs: true,
    dates: { awaabsInvestigateBy: dueDate(openedAt, AWAABS_LAW.investigate).toISOString() },
  };

  it('chains the steps from the investigation due date, over the Christmas bank holidays', () => {
    const clocks = slaClocks(mould);
    expect(clocks.map((c) => [c.id, c.label, c.startsAt.toISOString(), c.dueAt.toISOString()])).toEqual([
      ['repair-attendance', 'Repair attendance', '2026-12-10T10:00:00.000Z', '2026-12-17T17:00:00.000Z'],
      ['awaabs-investigate', "Awaab's Law: investigate", '2026-12-10T10:00:00.000Z', '2026-12-24T17:00:00.000Z'],
      // 3 working days: Tue 29, Wed 30, Thu 31 December.
      ['awaabs-summary', "Awaab's Law: written summary", '2026-12-24T17:00:00.000Z', '2026-12-31T17:00:00.000Z'],
      // 5 working days, also skipping New Year's Day: Tue 29 to Thu 31 Dec, Mon 4 and Tue 5 Jan.
      ['awaabs-safety-works', "Awaab's Law: safety work", '2026-12-24T17:00:00.000Z', '2027-01-05T17:00:00.000Z'],
      ['awaabs-further-works', "Awaab's Law: start further work", '2026-12-24T17:00:00.000Z', '2027-01-05T17:00:00.000Z'],
    ]);
  });

  it("warns three quarters of the way through each step's own span", () => {
    const summary = alertPlan(slaClocks(mould)).filter((a) => a.clock.id === 'awaabs-summary');
    // 24 Dec 17:00 to 31 Dec 17:00 is 168 hours; 75% is 126 hours: 29 Dec 23:00.
    expect(when(summary)).toEqual([
      ['awaabs-summary', 'warning', '2026-12-29T23:00:00.000Z'],
      ['awaabs-summary', 'breach', '2026-12-31T17:00:00.000Z'],
    ]);
  });

  it('an emergency damp and mould hazard also carries the 24-hour clock', () => {
    const clocks = slaClocks({ ...mould, tier: 'emergency' });
    expect(clocks.find((c) => c.id === 'awaabs-emergency')?.dueAt).toEqual(new Date('2026-12-11T10:00:00Z'));
  });
});

describe('other cases', () => {
  it("a stage 1 complaint's two clocks: acknowledge and respond", () => {
    const complaint: CaseChange = {
      kind: 'complaint',
      reference: 'C-1',
      openedAt: '2026-11-02T10:00:00.000Z',
      status: 'stage-1',
      dueBy: '2026-11-09T17:00:00.000Z',
      dates: { stage1ResponseBy: '2026-11-23T17:00:00.000Z' },
    };
    expect(slaClocks(complaint).map((c) => [c.id, c.label, c.dueAt.toISOString()])).toEqual([
      ['complaint-acknowledge', 'Complaint: acknowledge', '2026-11-09T17:00:00.000Z'],
      ['complaint-response', 'Complaint: stage 1 response', '2026-11-23T17:00:00.000Z'],
    ]);
    // Both warnings come before either breach: the plan is in time order.
    expect(alertPlan(slaClocks(complaint)).map((a) => `${a.clock.id} ${a.level}`)).toEqual([
      'complaint-acknowledge warning',
      'complaint-acknowledge breach',
      'complaint-response warning',
      'complaint-response breach',
    ]);
  });

  it.each(['stage-2', 'stage-2-requested-late'])('a %s complaint carries the stage 2 clocks', (status) => {
    const change: CaseChange = {
      kind: 'complaint',
      reference: 'C-1',
      openedAt: '2026-11-02T10:00:00.000Z',
      status,
      dueBy: '2026-11-09T17:00:00.000Z',
      dates: { stage2ResponseBy: '2026-12-07T17:00:00.000Z' },
    };
    expect(slaClocks(change).map((c) => c.id)).toEqual(['stage2-acknowledge', 'stage2-response']);
  });

  it('an ASB case: first contact and action plan', () => {
    const change: CaseChange = {
      kind: 'asb',
      reference: 'A-1',
      openedAt: '2026-11-02T10:00:00.000Z',
      status: 'open',
      dueBy: '2026-11-03T10:00:00.000Z',
      dates: { actionPlanBy: '2026-11-16T17:00:00.000Z' },
    };
    expect(slaClocks(change).map((c) => c.id)).toEqual(['asb-first-contact', 'asb-action-plan']);
  });

  it("a representative's enquiry is due when the landlord promised", () => {
    const change: CaseChange = {
      kind: 'representative-enquiry',
      reference: 'E-1',
      openedAt: '2026-11-02T10:00:00.000Z',
      status: 'open',
      dueBy: '2026-11-16T17:00:00.000Z',
    };
    expect(slaClocks(change).map((c) => c.id)).toEqual(['representative-response']);
  });

  it.each(['compliment', 'comment'] as const)('a %s has no clocks', (kind) => {
    const change: CaseChange = { kind, reference: 'F-1', openedAt: '2026-11-02T10:00:00.000Z', status: 'passed-on' };
    expect(slaClocks(change)).toEqual([]);
    expect(alertPlan(slaClocks(change))).toEqual([]);
  });
});
