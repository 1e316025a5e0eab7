// Triage under each landlord's pack: the same words get each landlord's own priority,
// grade and date. These are the promises a tenant is quoted, so each assertion is a date.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { triage } from '../../src/triage/triage.js';

const nph = loadPolicy('nph');
const papworth = loadPolicy('papworth');
const housingPlus = loadPolicy('housing-plus');
const monday10am = londonTime('2026-11-23', '10:00');

describe('repairs', () => {
  it('water through a light at 9pm on Friday is an NPH emergency, attended by 9pm Saturday, with electrics advice', () => {
    const r = triage('water drippin out the bathroom light fitting', nph, londonTime('2026-11-27', '21:00'));
    expect(r).toMatchObject({ kind: 'repair', tier: 'emergency', priority: 'emergency', dueBy: '2026-11-28T21:00:00.000Z' });
    expect(r.timescale).toBe('within 24 hours, by 9pm on Saturday 28 November');
    expect(r.safety?.map((s) => s.id)).toContain('water-electrics');
  });

  it('a gas smell is an emergency with the National Gas Emergency number, never down-graded to a slower special line', () => {
    const r = triage('i can smell gas in the kitchen', housingPlus, monday10am);
    expect(r.safety?.[0]?.advice).toContain('0800 111 999');
    expect(r).toMatchObject({ tier: 'emergency', priority: 'emergency' });
    expect(r.timescale).toBe('within 4 hours, by 2pm on Monday 23 November');
  });

  it("no heating gets Housing Plus's 6-hour gas heating line, and NPH's urgent 7 days", () => {
    expect(triage('boiler packed in no heat since fri', housingPlus, monday10am)).toMatchObject({
      priority: 'no-heating-or-leak',
      timescale: 'within 6 hours, by 4pm on Monday 23 November',
    });
    expect(triage('boiler packed in no heat since fri', nph, monday10am)).toMatchObject({
      priority: 'urgent',
      timescale: 'within 7 days, by Monday 30 November',
      needsClarification: true,
    });
  });

  it("damp and mould start the Awaab's Law clocks", () => {
    expect(triage('black mould all over the bedroom ceiling', nph, monday10am)).toMatchObject({ kind: 'repair', awaabs: true });
  });

  it('asks one question when the words do not settle the priority', () => {
    const r = triage('leak under the sink', nph, monday10am);
    expect(r.needsClarification).toBe(true);
    expect(r.question).toMatch(/Reply YES or NO$/);
  });
});

describe('anti-social behaviour', () => {
  it.each([
    [nph, 'grade-2', 'within 3 working days, by Thursday 26 November'],
    [papworth, 'medium', 'within 5 working days, by Monday 30 November'],
    [housingPlus, 'low-risk', 'within 3 working days, by Thursday 26 November'],
  ])('party music every weekend is graded by each landlord', (pack, grade, timescale) => {
    const r = triage('party music next door every weekend til 4am', pack, monday10am);
    expect(r).toMatchObject({ kind: 'asb', grade, timescale });
  });

  it('a satellite dish gets an explanation, not a grade or a repair', () => {
    const r = triage('neighbours satellite dish is ugly', nph, monday10am);
    expect(r.notAsb).toMatch(/not anti-social behaviour/i);
    expect(r).toMatchObject({ grade: null, issue: null, dueBy: null });
  });
});

describe('complaints and enquiries', () => {
  it("a complaint is acknowledged within the landlord's own days", () => {
    expect(triage('I want to make a complaint', nph, monday10am).timescale).toBe('within 5 working days, by Monday 30 November');
    expect(triage('I want to make a complaint', housingPlus, monday10am).timescale).toBe('within 2 working days, by Wednesday 25 November');
  });

  it('an enquiry about a promised timescale is answered from the pack', () => {
    const r = triage('how long does a housing application take', nph, monday10am);
    expect(r.kind).toBe('enquiry');
    expect(r.timescale).toMatch(/35 working days/);
  });
});
