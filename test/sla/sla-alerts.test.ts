// The alerts staff get as a case's promised times run down, raised by the scheduler on a
// simulated clock: a warning when three quarters of the time has gone, and the breach at
// the due time. Cases are opened by texting the real engine, as a tenant would.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences, type SimEvent } from '../../src/sim/simulator.js';

type Alert = Extract<SimEvent, { type: 'alert' }>;

const MONDAY = londonTime('2026-11-23', '10:00');
const URGENT = 'my boiler is not working, no heating';
const COMPLAINT = 'I want to make a complaint, the operative left my kitchen in a mess and was rude to my mum when she asked him to tidy up';

function sim(packId = 'nph', now = MONDAY): Simulator {
  return new Simulator(loadPolicy(packId), { now, reference: seededReferences(5) });
}
function alerts(events: readonly SimEvent[], clock?: string): Alert[] {
  return events.filter((e): e is Alert => e.type === 'alert' && (!clock || e.clock === clock));
}
/** [level, raised at, due at] for each alert: what a staff dashboard would list. */
function timeline(events: readonly SimEvent[], clock: string): [string, string, string][] {
  return alerts(events, clock).map((a) => [a.level, a.at, a.dueAt]);
}
function said(events: readonly SimEvent[]): string {
  return events.flatMap((e) => (e.type === 'message' && e.direction === 'out' ? [e.text] : [])).join('\n---\n');
}
async function texts(s: Simulator, lines: readonly string[]): Promise<{ said: string; reference: string }> {
  const all: SimEvent[] = [];
  for (const line of lines) all.push(...(await s.send(line)));
  const reference = all.flatMap((e) => (e.type === 'case' ? [e.reference] : [])).at(-1) ?? '';
  return { said: said(all), reference };
}

describe('a repair', () => {
  it('warns staff when three quarters of the time has gone, and raises the breach at the due time', async () => {
    // A smell of gas at 10am Monday: attend within 24 hours. 75% is 18 hours: 4am Tuesday.
    const s = sim();
    const { said: quote, reference } = await texts(s, ['i can smell gas', 'no']);
    expect(quote).toMatch(/by 10am on Tuesday 24 November/);
    expect(alerts(await s.jumpTo(londonTime('2026-11-24', '03:59')))).toEqual([]);
    const events = await s.jumpTo(londonTime('2026-11-25', '10:00'));
    expect(alerts(events).map((a) => [a.reference, a.clock, a.label])).toEqual([
      [reference, 'repair-attendance', 'Repair attendance'],
      [reference, 'repair-attendance', 'Repair attendance'],
    ]);
    expect(timeline(events, 'repair-attendance')).toEqual([
      ['warning', '2026-11-24T04:00:00.000Z', '2026-11-24T10:00:00.000Z'],
      ['breach', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ]);
  });

  it('raises no attendance alerts once the operative is on the way, before the warning', async () => {
    const s = sim();
    // Urgent: attend by the end of Monday 30 November; the warning would come early on Sunday 29.
    const { reference } = await texts(s, [URGENT, 'no', '1', 'no', 'no']);
    await s.jumpTo(londonTime('2026-11-24', '09:00'));
    await s.line('/staff en-route');
    const events = await s.jumpTo(londonTime('2026-12-02', '10:00'));
    expect(alerts(events, 'repair-attendance')).toEqual([]);
    expect(await s.store.alerts()).toEqual([]);
    // The checks still ran at their times, and stood down because the repair was attended.
    const checks = await s.store.jobs({ reference });
    expect(checks.filter((j) => j.payload.kind === 'sla').map((j) => [j.status, j.outcome])).toEqual([
      ['skipped', 'attended'],
      ['skipped', 'attended'],
    ]);
  });

  it("an Awaab's Law damp and mould report raises the investigation alerts, by 10 working days", async () => {
    const s = sim();
    const { said: quote, reference } = await texts(s, ['black mould in the bedroom, kids have asthma', 'no', 'no', 'no']);
    expect(quote).toMatch(/Under Awaab's Law we will investigate within 10 working days, by Monday 7 December/);
    const events = await s.jumpTo(londonTime('2026-12-08', '10:00'));
    expect(alerts(events, 'awaabs-investigate').map((a) => [a.reference, a.label])).toEqual([
      [reference, "Awaab's Law: investigate"],
      [reference, "Awaab's Law: investigate"],
    ]);
    expect(timeline(events, 'awaabs-investigate')).toEqual([
      // 23 Nov 10:00 to 7 Dec 17:00 is 343 hours; three quarters is 257.25 hours.
      ['warning', '2026-12-04T03:15:00.000Z', '2026-12-07T17:00:00.000Z'],
      ['breach', '2026-12-07T17:00:00.000Z', '2026-12-07T17:00:00.000Z'],
    ]);
  });
});

describe('anti-social behaviour', () => {
  it('a Grade 2 report warns and breaches on its first-contact promise (3 working days)', async () => {
    const s = sim();
    const { said: graded, reference } = await texts(s, ['party music next door every weekend til 4am', 'no', '2']);
    expect(graded).toMatch(/contact you within 3 working days, by Thursday 26 November/);
    const events = await s.jumpTo(londonTime('2026-11-27', '10:00'));
    expect(alerts(events, 'asb-first-contact').every((a) => a.reference === reference && a.label === 'ASB first contact')).toBe(true);
    expect(timeline(events, 'asb-first-contact')).toEqual([
      ['warning', '2026-11-25T21:15:00.000Z', '2026-11-26T17:00:00.000Z'],
      ['breach', '2026-11-26T17:00:00.000Z', '2026-11-26T17:00:00.000Z'],
    ]);
  });
});

describe('complaints', () => {
  it('a stage 1 complaint warns and breaches on both its acknowledgement and its response', async () => {
    const s = sim();
    const { said: logged } = await texts(s, [COMPLAINT]);
    expect(logged).toMatch(/acknowledge it within 5 working days, by Monday 30 November/);
    expect(logged).toMatch(/full response within 10 working days, by Monday 14 December/);
    const events = await s.jumpTo(londonTime('2026-12-15', '10:00'));
    expect(alerts(events).map((a) => [a.clock, a.level, a.at])).toEqual([
      ['complaint-acknowledge', 'warning', '2026-11-28T21:15:00.000Z'],
      ['complaint-acknowledge', 'breach', '2026-11-30T17:00:00.000Z'],
      ['complaint-response', 'warning', '2026-12-09T09:15:00.000Z'],
      ['complaint-response', 'breach', '2026-12-14T17:00:00.000Z'],
    ]);
    expect(alerts(events).map((a) => a.label)).toEqual([
      'Complaint: acknowledge',
      'Complaint: acknowledge',
      'Complaint: stage 1 response',
      'Complaint: stage 1 response',
    ]);
  });

  it('over the Christmas bank holidays the acknowledgement counts working days: no alert on a bank holiday, breach on Tuesday 5 January', async () => {
    // Thursday 24 December 2026: Fri 25 Dec, Mon 28 Dec and Fri 1 Jan are bank holidays.
    const s = sim('nph', londonTime('2026-12-24', '10:00'));
    const { said: logged } = await texts(s, [COMPLAINT]);
    expect(logged).toMatch(/acknowledge it within 5 working days, by Tuesday 5 January 2027/);
    const events = await s.jumpTo(londonTime('2027-01-06', '10:00'));
    const acknowledge = alerts(events, 'complaint-acknowledge');
    expect(acknowledge.map((a) => a.level)).toEqual(['warning', 'breach']);
    expect(acknowledge.map((a) => a.dueAt)).toEqual(['2027-01-05T17:00:00.000Z', '2027-01-05T17:00:00.000Z']);
    expect(acknowledge[1]!.at).toBe('2027-01-05T17:00:00.000Z');
    const bankHolidays = ['2026-12-25', '2026-12-28', '2027-01-01'];
    for (const a of alerts(events)) expect(bankHolidays, `${a.clock} ${a.level} at ${a.at}`).not.toContain(a.at.slice(0, 10));
  });
});

describe('the October 2026 clock change', () => {
  it('a working-day promise due after the clocks go back falls due at 5pm GMT (17:00Z), not 5pm BST', async () => {
    // Monday 19 October, 10am BST: acknowledge within 5 working days, by Monday 26 October (GMT by then).
    const s = sim('nph', londonTime('2026-10-19', '10:00'));
    const { said: logged } = await texts(s, [COMPLAINT]);
    expect(logged).toMatch(/by Monday 26 October/);
    const events = await s.jumpTo(londonTime('2026-10-27', '10:00'));
    expect(timeline(events, 'complaint-acknowledge')).toEqual([
      // 19 Oct 09:00Z to 26 Oct 17:00Z is 176 real hours; three quarters is 132 hours.
      ['warning', '2026-10-24T21:00:00.000Z', '2026-10-26T17:00:00.000Z'],
      ['breach', '2026-10-26T17:00:00.000Z', '2026-10-26T17:00:00.000Z'],
    ]);
  });

  it('a 24-hour emergency across the change falls due 24 real hours later, and warns after 18', async () => {
    // Saturday 24 October, 8pm BST (19:00Z): due 7pm GMT on Sunday, 23 hours later on the wall clock.
    const s = sim('nph', londonTime('2026-10-24', '20:00'));
    const { said: quote } = await texts(s, ['i can smell gas', 'no']);
    expect(quote).toMatch(/by 7pm on Sunday 25 October/);
    const events = await s.jumpTo(londonTime('2026-10-26', '10:00'));
    expect(timeline(events, 'repair-attendance')).toEqual([
      ['warning', '2026-10-25T13:00:00.000Z', '2026-10-25T19:00:00.000Z'],
      ['breach', '2026-10-25T19:00:00.000Z', '2026-10-25T19:00:00.000Z'],
    ]);
  });
});

describe('Papworth: telling the tenant in advance about a missed timescale', () => {
  it("Papworth's completion warning tells staff to send a delay notice", async () => {
    const s = sim('papworth');
    const { reference } = await texts(s, [URGENT, 'no', 'no', 'no']);
    const events = await s.jumpTo(londonTime('2026-11-29', '10:00'));
    const [warning, ...rest] = alerts(events, 'repair-completion');
    expect(rest).toEqual([]);
    expect(warning!.level).toBe('warning');
    expect(warning!.label).toMatch(/^Repair completion: if it will be missed, tell the tenant why now/);
    expect(warning!.label).toContain(`/api/cases/${reference}/delay`);
    // The breach itself is just the breach.
    const [breach] = alerts(await s.jumpTo(londonTime('2026-12-01', '10:00')), 'repair-completion');
    expect(breach).toMatchObject({ level: 'breach', label: 'Repair completion' });
  });

  it('"/staff delay <reason>" texts the tenant the reason, naming the repair and the promised date', async () => {
    const s = sim('papworth');
    const { reference } = await texts(s, [URGENT, 'no', 'no', 'no']);
    await s.jumpTo(londonTime('2026-11-29', '10:00'));
    const events = await s.line('/staff delay the part is on back order from the maker.');
    const notice = said(events);
    expect(notice).toContain(`repair ${reference}`);
    expect(notice).toMatch(/by Monday 30 November as we promised, because the part is on back order from the maker\. /);
    expect(events.filter((e) => e.type === 'message').map((e) => e.at)).toEqual([londonTime('2026-11-29', '10:00').toISOString()]);
  });

  it('promises completion, so an operative on the way who never finishes does not silence the breach', async () => {
    // Papworth: urgent repairs "completed within 7 days", by the end of Monday 30 November.
    const s = sim('papworth');
    const { reference } = await texts(s, [URGENT, 'no', '3', 'no', 'no']);
    await s.jumpTo(londonTime('2026-11-25', '09:00'));
    await s.line('/staff en-route');
    const events = await s.jumpTo(londonTime('2026-12-01', '10:00'));
    expect(alerts(events, 'repair-completion').map((a) => [a.reference, a.level, a.at])).toContainEqual([reference, 'breach', '2026-11-30T23:59:59.999Z']);
  });

  it('NPH (no delay-notice promise) keeps the plain warning label', async () => {
    const s = sim('nph');
    await texts(s, [URGENT, 'no', 'no', 'no']);
    const [warning] = alerts(await s.jumpTo(londonTime('2026-11-29', '10:00')), 'repair-attendance');
    expect(warning!.label).toBe('Repair attendance');
  });
});
