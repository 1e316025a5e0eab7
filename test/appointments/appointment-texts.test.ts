// The texts a booked visit promises, sent by the scheduler on a simulated clock: the
// day-before reminder, "on the way", the survey after completion (never in quiet hours),
// the rebook offer after no access. Each test reads what reaches the tenant, and when.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences, type SimEvent } from '../../src/sim/simulator.js';
import type { Store } from '../../src/store/store.js';

type Message = Extract<SimEvent, { type: 'message' }>;

const MONDAY = londonTime('2026-11-23', '10:00');
const URGENT = 'my boiler is not working, no heating';

function outMessages(events: readonly SimEvent[]): Message[] {
  return events.filter((e): e is Message => e.type === 'message' && e.direction === 'out');
}
function said(events: readonly SimEvent[]): string {
  return outMessages(events)
    .map((m) => m.text)
    .join('\n---\n');
}
function withText(events: readonly SimEvent[], pattern: RegExp): Message[] {
  return outMessages(events).filter((m) => pattern.test(m.text));
}
const REMINDER = /a reminder that we are coming tomorrow/;
const SURVEY = /how did we do with repair/;

function sim(packId = 'nph', now = MONDAY): Simulator {
  return new Simulator(loadPolicy(packId), { now, reference: seededReferences(5) });
}

/**
 * Reports the urgent repair, books the offer's option `pick` (or the tenant's own words),
 * declines access notes and anything else: the conversation at rest with a visit booked.
 */
async function book(s: Simulator, pick: string, report = [URGENT, 'no']): Promise<{ reference: string; booked: string }> {
  let reference = '';
  for (const text of report) {
    for (const e of await s.send(text)) if (e.type === 'case') reference = e.reference;
  }
  const booked = said(await s.send(pick));
  expect(booked, 'the visit is booked').toMatch(/^Booked: /);
  await s.send('no');
  await s.send('no');
  return { reference, booked };
}

describe('the day-before reminder', () => {
  it('arrives at 6pm London the day before the visit, and not a minute earlier', async () => {
    const s = sim();
    // Option 3: Wednesday 25 November, morning.
    const { reference } = await book(s, '3');
    expect(withText(await s.jumpTo(londonTime('2026-11-24', '17:59')), REMINDER)).toEqual([]);
    const [reminder, ...more] = withText(await s.jumpTo(londonTime('2026-11-24', '18:30')), REMINDER);
    expect(more).toEqual([]);
    expect(reminder!.at).toBe('2026-11-24T18:00:00.000Z');
    expect(reminder!.text).toBe(
      `NPH: a reminder that we are coming tomorrow, Wednesday 25 November between 8am and 12 noon, for repair ${reference}. If you cannot be in, reply CHANGE to move or cancel it.`,
    );
  });

  it('for a visit the day after the clocks go back, comes at 6pm GMT on the Sunday and shows London times', async () => {
    // Booked in British Summer Time on Monday 12 October for Monday 26 October; the clocks go back on Sunday 25.
    const s = sim('nph', londonTime('2026-10-12', '10:00'));
    const { booked, reference } = await book(s, 'monday 26th morning', ['kitchen cupboard door hanging off', 'no']);
    expect(booked).toMatch(/Monday 26 October between 8am and 12 noon/);
    // 8am on the Monday is 8am GMT: the window was worked out in London time, not carried over from BST.
    expect((await s.store.appointments({ reference }))[0]!.startsAt.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(withText(await s.jumpTo(new Date('2026-10-25T17:59:00Z')), REMINDER)).toEqual([]);
    const [reminder] = withText(await s.jumpTo(new Date('2026-10-25T19:00:00Z')), REMINDER);
    expect(reminder!.at).toBe('2026-10-25T18:00:00.000Z');
    expect(reminder!.text).toMatch(/tomorrow, Monday 26 October between 8am and 12 noon,/);
  });

  it('for a visit after the Christmas bank-holiday weekend (Tuesday 29 December), comes on Monday 28 December at 6pm', async () => {
    const s = sim('nph', londonTime('2026-12-24', '10:00'));
    const { booked } = await book(s, '1');
    expect(booked).toMatch(/Tuesday 29 December between 8am and 12 noon/);
    const reminders = withText(await s.jumpTo(londonTime('2026-12-29', '07:00')), REMINDER);
    expect(reminders.map((m) => m.at)).toEqual(['2026-12-28T18:00:00.000Z']);
  });

  it('is not sent to a tenant who has opted out of texts since booking', async () => {
    const s = sim();
    await book(s, '3');
    // A STOP reaches the engine as a keyword the SMS adapter reads; the simulator has none, so opt out directly.
    await (s.store as Store).setOptOut(s.key, true, 'test', s.now);
    expect(withText(await s.jumpTo(londonTime('2026-11-25', '07:00')), REMINDER)).toEqual([]);
    expect(await s.store.jobs({ status: 'skipped' })).toContainEqual(expect.objectContaining({ outcome: 'opted out' }));
  });

  it('is not sent by a landlord whose standards promise only the booking text (Papworth)', async () => {
    const s = sim('papworth');
    const { booked } = await book(s, '3');
    expect(booked).not.toMatch(/the day before/);
    expect(withText(await s.jumpTo(londonTime('2026-11-25', '07:00')), REMINDER)).toEqual([]);
  });
});

describe('on the day', () => {
  it('"/staff en-route" sends "on the way" at once', async () => {
    const s = sim();
    const { reference } = await book(s, '3');
    await s.jumpTo(londonTime('2026-11-25', '09:10'));
    const [onTheWay] = withText(await s.line('/staff en-route'), /on the way/);
    expect(onTheWay!.at).toBe(londonTime('2026-11-25', '09:10').toISOString());
    expect(onTheWay!.text).toBe(`NPH: our operative is on the way to you now for repair ${reference}. If you cannot let them in, reply CHANGE.`);
  });

  it('"/staff complete" sends the survey 60 minutes later', async () => {
    const s = sim();
    await book(s, '3');
    await s.jumpTo(londonTime('2026-11-25', '11:00'));
    expect(withText(await s.line('/staff complete'), SURVEY)).toEqual([]);
    expect(withText(await s.jumpTo(londonTime('2026-11-25', '11:59')), SURVEY)).toEqual([]);
    const [survey] = withText(await s.jumpTo(londonTime('2026-11-25', '12:30')), SURVEY);
    expect(survey!.at).toBe(londonTime('2026-11-25', '12:00').toISOString());
  });

  it('a survey that would fall in quiet hours (completed at 7:30pm) goes at 8am the next morning', async () => {
    const s = sim();
    await book(s, '3');
    await s.jumpTo(londonTime('2026-11-25', '19:30'));
    await s.line('/staff complete');
    expect(withText(await s.jumpTo(londonTime('2026-11-26', '07:59')), SURVEY)).toEqual([]);
    const [survey] = withText(await s.jumpTo(londonTime('2026-11-26', '09:00')), SURVEY);
    expect(survey!.at).toBe(londonTime('2026-11-26', '08:00').toISOString());
  });

  it('a survey reply "4 quick and tidy" is kept on the case and the tenant is thanked', async () => {
    const s = sim();
    const { reference } = await book(s, '3');
    await s.jumpTo(londonTime('2026-11-25', '11:00'));
    await s.line('/staff complete');
    await s.jumpTo(londonTime('2026-11-25', '12:15'));
    const thanks = said(await s.send('4 quick and tidy'));
    expect(thanks).toMatch(/Thank you for your feedback/);
    const conversation = await s.store.findConversation(s.key);
    const repair = (await s.store.cases(conversation!.id)).find((c) => c.reference === reference);
    expect(repair!.survey).toMatchObject({ score: 4, comment: 'quick and tidy' });
  });

  it('Papworth (texts: booked only) sends no survey after completion', async () => {
    const s = sim('papworth');
    await book(s, '3');
    await s.jumpTo(londonTime('2026-11-25', '11:00'));
    const events = [...(await s.line('/staff en-route')), ...(await s.line('/staff complete')), ...(await s.jumpTo(londonTime('2026-11-27', '12:00')))];
    expect(withText(events, SURVEY)).toEqual([]);
    expect(outMessages(events)).toEqual([]);
  });
});

describe('no access', () => {
  it('"/staff no-access" sends the rebook offer, and CHANGE offers visits and books a new one', async () => {
    const s = sim();
    const { reference } = await book(s, '3');
    await s.jumpTo(londonTime('2026-11-25', '11:00'));
    const [rebook] = withText(await s.line('/staff no-access'), /could not get in/);
    expect(rebook!.text).toBe(
      `NPH: we called today for repair ${reference} but could not get in. Reply CHANGE to book a new visit, or call us on 0300 330 7003.`,
    );
    const offer = said(await s.send('CHANGE'));
    expect(offer).toMatch(/When can we come\?/);
    expect(offer).toMatch(/^1 Thu 26 Nov, 8am-12 noon \(morning\)$/m);
    const events = await s.send('1');
    expect(said(events)).toMatch(/Thursday 26 November between 8am and 12 noon/);
    expect(events).toContainEqual(expect.objectContaining({ type: 'appointment', reference, start: '2026-11-26T08:00:00.000Z', status: 'booked' }));
  });
});
