// Booking a repair visit by text, end to end through the real engine, machines, calendar
// and scheduler, on a simulated clock. Each test reads what the tenant is sent (and, for
// what staff see, the store the engine wrote to).
import { describe, expect, it } from 'vitest';
import { isWorkingDay, londonDate, londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { SIM_TENANT, Simulator, seededReferences, type SimEvent } from '../../src/sim/simulator.js';
import { MemoryStore } from '../../src/store/memory.store.js';
import { readMemory } from '../../dialogs/dialog-memory.js';

const NPH = loadPolicy('nph');
/** Monday 23 November 2026, 10am: an ordinary working morning. */
const MONDAY = londonTime('2026-11-23', '10:00');
/** An urgent repair under NPH (attend within 7 calendar days), asked one question: vulnerability. */
const URGENT = 'my boiler is not working, no heating';

function outs(events: readonly SimEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'message' && e.direction === 'out' ? [e.text] : []));
}
function said(events: readonly SimEvent[]): string {
  return outs(events).join('\n---\n');
}
function opened(events: readonly SimEvent[]) {
  return events.flatMap((e) => (e.type === 'case' ? [e] : []));
}
/** The visits a numbered offer lists, as the tenant reads them: "Tue 24 Nov, 8am-12 noon (morning)". */
function offered(text: string): string[] {
  return [...text.matchAll(/^\d+ (.+)$/gm)].map((m) => m[1]!);
}
/** Just the days of an offer: "Tue 24 Nov". */
function offeredDays(text: string): string[] {
  return offered(text).map((line) => line.split(',')[0]!);
}

function tenantSim(options: { now?: Date; seed?: number; from?: string; store?: MemoryStore; capacity?: number } = {}): Simulator {
  const from = options.from;
  return new Simulator(NPH, {
    now: options.now ?? MONDAY,
    reference: seededReferences(options.seed ?? 5),
    ...(from ? { from, tenant: { ...SIM_TENANT, tenancyRef: `SIM-${from.slice(-4)}`, phones: [from] } } : {}),
    ...(options.store ? { store: options.store } : {}),
    ...(options.capacity ? { capacity: options.capacity } : {}),
  });
}

/** Reports the urgent repair and answers the vulnerability question: the turn that quotes and offers. */
async function reportUrgent(sim: Simulator): Promise<{ offer: string; reference: string; dueBy: string }> {
  await sim.send(URGENT);
  const events = await sim.send('no');
  const [repair] = opened(events);
  expect(repair, 'the repair is opened').toBeDefined();
  return { offer: said(events), reference: repair!.reference, dueBy: repair!.dueBy! };
}

/** Books the first visit offered, says no to access notes and to anything else: the conversation at rest. */
async function bookFirst(sim: Simulator): Promise<{ reference: string; booked: string }> {
  const { reference } = await reportUrgent(sim);
  const booked = said(await sim.send('1'));
  await sim.send('no');
  await sim.send('no');
  return { reference, booked };
}

async function caseOf(sim: Simulator, reference: string) {
  const conversation = await sim.store.findConversation(sim.key);
  return (await sim.store.cases(conversation!.id)).find((c) => c.reference === reference);
}

function dayBeforeTexts(events: readonly SimEvent[]): SimEvent[] {
  return events.filter((e) => e.type === 'message' && e.direction === 'out' && /a reminder that we are coming tomorrow/.test(e.text));
}

describe('the offer after a repair is reported', () => {
  it('lists visits on working days after today, inside the timescale, at most two a day', async () => {
    // Friday 27 November: the weekend is skipped; urgent means by the end of Friday 4 December.
    const sim = tenantSim({ now: londonTime('2026-11-27', '10:00') });
    const { offer, dueBy } = await reportUrgent(sim);
    expect(offer).toMatch(/within 7 days, by Friday 4 December/);
    expect(offer).toMatch(/When can we come\? Reply with a number/);
    expect(offered(offer)).toEqual([
      'Mon 30 Nov, 8am-12 noon (morning)',
      'Mon 30 Nov, 12 noon-5pm (afternoon)',
      'Tue 1 Dec, 8am-12 noon (morning)',
      'Tue 1 Dec, 12 noon-5pm (afternoon)',
    ]);
    const shown = readMemory((await sim.store.findConversation(sim.key))!.dialog).offered ?? [];
    expect(shown).toHaveLength(4);
    for (const visit of shown) {
      expect(isWorkingDay(visit.date), visit.date).toBe(true);
      expect(visit.date > londonDate(sim.now), visit.date).toBe(true);
      expect(visit.startsAt < dueBy, visit.startsAt).toBe(true);
    }
  });

  it('picking "1" confirms the date, the time window, the reference and how to change it', async () => {
    const sim = tenantSim();
    const { reference } = await reportUrgent(sim);
    const events = await sim.send('1');
    const text = said(events);
    expect(text).toMatch(/Booked: we will come on Tuesday 24 November between 8am and 12 noon/);
    expect(text).toContain(`for repair ${reference}`);
    expect(text).toMatch(/reply CHANGE/);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'appointment', reference, start: '2026-11-24T08:00:00.000Z', end: '2026-11-24T12:00:00.000Z', status: 'booked' }),
    );
  });

  it('"tues morning" books Tuesday morning straight away', async () => {
    const sim = tenantSim();
    await reportUrgent(sim);
    const text = said(await sim.send('tues morning'));
    expect(text).toMatch(/Booked: we will come on Tuesday 24 November between 8am and 12 noon/);
  });

  it('"any day after 3" lists only afternoon visits inside the timescale, and a number from that list books it', async () => {
    const sim = tenantSim();
    const { dueBy } = await reportUrgent(sim);
    const narrowed = said(await sim.send('any day after 3'));
    expect(narrowed).toMatch(/These visits fit/);
    const lines = offered(narrowed);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/12 noon-5pm \(afternoon\)$/);
    // The promise was Monday 30 November: nothing after it while visits before it fit.
    for (const visit of readMemory((await sim.store.findConversation(sim.key))!.dialog).offered ?? []) expect(visit.startsAt < dueBy, visit.date).toBe(true);
    const booked = said(await sim.send('2'));
    expect(booked).toMatch(/Booked: we will come on Wednesday 25 November between 12 noon and 5pm/);
  });

  it('"not friday" leaves Friday out, and a number from what is left books it', async () => {
    const sim = tenantSim();
    await reportUrgent(sim);
    const narrowed = said(await sim.send('not friday'));
    const days = offeredDays(narrowed);
    expect(days.length).toBeGreaterThan(0);
    expect(days.filter((d) => d.startsWith('Fri'))).toEqual([]);
    const booked = said(await sim.send('1'));
    expect(booked).toMatch(/Booked: we will come on \w+day/);
    expect(booked).not.toMatch(/Friday/);
  });

  it('asks for access notes after booking, and keeps them on the visit', async () => {
    const sim = tenantSim();
    const { reference } = await reportUrgent(sim);
    expect(said(await sim.send('1'))).toMatch(/anything our operative should know to get in/);
    expect(said(await sim.send('dog in the garden, ring the bell twice'))).toMatch(/added that to your visit/);
    const [visit] = await sim.store.appointments({ reference });
    expect(visit!.accessNotes).toBe('dog in the garden, ring the bell twice');
  });

  it('an emergency (a smell of gas) is offered no visit and is told to keep the phone on', async () => {
    const sim = tenantSim();
    const events = await sim.send('i can smell gas');
    const text = said(events);
    expect(text).toContain('0800 111 999');
    expect(text).toMatch(/emergency repair/);
    expect(text).toMatch(/keep your phone on/);
    expect(text).not.toMatch(/When can we come|Reply with a number/);
    expect(opened(events)[0]).toMatchObject({ kind: 'repair', tier: 'emergency' });
    expect(await sim.store.appointments({ reference: opened(events)[0]!.reference })).toEqual([]);
  });

  it('an offer made over the Christmas bank-holiday weekend never lists 25, 26, 27 or 28 December', async () => {
    // Thursday 24 December 2026: Fri 25 and Mon 28 (for Boxing Day on a Saturday) are bank holidays.
    const sim = tenantSim({ now: londonTime('2026-12-24', '10:00') });
    const { offer } = await reportUrgent(sim);
    expect(offeredDays(offer)).toEqual(['Tue 29 Dec', 'Tue 29 Dec', 'Wed 30 Dec', 'Wed 30 Dec']);
    // Asking for a Monday does not bring the bank holiday back.
    const monday = said(await sim.send('monday morning'));
    expect(monday).not.toMatch(/\b(25|26|27|28) Dec\b|28 December/);
  });

  it('a day the tenant names after the promised date is not called "the first visit we have"', async () => {
    // Earlier visits inside the 7 days are free: the late day is the tenant's choice, not ours.
    const sim = tenantSim();
    await reportUrgent(sim);
    const booked = said(await sim.send('tuesday 8 december morning'));
    expect(booked).toMatch(/Tuesday 8 December between 8am and 12 noon/);
    expect(booked).not.toMatch(/the first visit we have/);
  });
});

describe('when the timescale is full', () => {
  it('says there is no visit free by the promised date, books the first after it, and flags the case for staff', async () => {
    // One visit per slot: twenty neighbours fill every slot of the 5 working days to Monday 30 November.
    const store = new MemoryStore();
    for (let i = 0; i < 20; i += 1) {
      const from = `+4477009010${String(i).padStart(2, '0')}`;
      const neighbour = tenantSim({ store, capacity: 1, from, seed: 100 + i });
      const { booked } = await bookFirst(neighbour);
      expect(booked, `neighbour ${i}`).toMatch(/^Booked: /);
    }
    const sim = tenantSim({ store, capacity: 1, seed: 5 });
    const { offer, reference } = await reportUrgent(sim);
    expect(offer).toMatch(/Sorry, we have no visit free by Monday 30 November, the date we promised\. The earliest we can come:/);
    expect(offeredDays(offer)[0]).toBe('Tue 1 Dec');
    const booked = said(await sim.send('1'));
    expect(booked).toMatch(/We have booked the first visit we have: Tuesday 1 December between 8am and 12 noon/);
    expect(booked).toMatch(/That is after Monday 30 November, the date we promised/);
    expect((await caseOf(sim, reference))!.flags).toContain('booked-after-timescale');
  });
});

describe('two tenants and one visit left', () => {
  it('the second to reply is told it has just been taken and offered what is still free', async () => {
    const store = new MemoryStore();
    const first = tenantSim({ store, capacity: 1, from: '+447700902001', seed: 11 });
    const second = tenantSim({ store, capacity: 1, from: '+447700902002', seed: 12 });
    const a = await reportUrgent(first);
    const b = await reportUrgent(second);
    // Both were offered Tuesday morning, the one visit that slot can take.
    expect(offered(a.offer)[0]).toBe('Tue 24 Nov, 8am-12 noon (morning)');
    expect(offered(b.offer)[0]).toBe('Tue 24 Nov, 8am-12 noon (morning)');
    expect(said(await first.send('1'))).toMatch(/Booked: we will come on Tuesday 24 November between 8am and 12 noon/);
    const late = said(await second.send('1'));
    expect(late).toMatch(/that visit has just been taken/);
    expect(offered(late)).not.toContain('Tue 24 Nov, 8am-12 noon (morning)');
    expect(offered(late)[0]).toBe('Tue 24 Nov, 12 noon-5pm (afternoon)');
    expect(await store.appointments({ reference: b.reference })).toEqual([]);
    // The fresh offer is the one a number is read against.
    expect(said(await second.send('1'))).toMatch(/^Booked: we will come on Tuesday 24 November between 12 noon and 5pm/);
  });
});

describe('moving and cancelling', () => {
  it('CHANGE, 1, a new pick: the visit moves, and only the new visit gets its day-before reminder', async () => {
    const sim = tenantSim();
    await reportUrgent(sim);
    expect(said(await sim.send('3'))).toMatch(/Wednesday 25 November between 8am and 12 noon.*We will text you the day before/s);
    await sim.send('no');
    await sim.send('no');
    const menu = said(await sim.send('CHANGE'));
    expect(menu).toMatch(/Your visit for repair \w+ is Wednesday 25 November between 8am and 12 noon/);
    expect(menu).toMatch(/1 Move it to another day\n2 Cancel it/);
    const offer = said(await sim.send('1'));
    expect(offer).toMatch(/When can we come\?/);
    const pick = offered(offer).findIndex((line) => line.startsWith('Thu 26 Nov') || line.startsWith('Wed 25 Nov, 12 noon'));
    expect(pick).toBeGreaterThanOrEqual(0);
    const moved = said(await sim.send(String(pick + 1)));
    expect(moved).toMatch(/Done: your visit for repair \w+ is now/);
    // Past both visits' eves: one reminder, for the new visit.
    const reminders = dayBeforeTexts(await sim.wait(3 * 86_400_000));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ type: 'message' });
    const reminder = reminders[0] as Extract<SimEvent, { type: 'message' }>;
    expect(reminder.text).not.toMatch(/Wednesday 25 November between 8am and 12 noon/);
    expect(moved).toContain(reminder.text.match(/tomorrow, (.+?), for repair/)![1]!);
  });

  it('the offer to move a visit does not list the visit being moved', async () => {
    const sim = tenantSim();
    await reportUrgent(sim);
    await sim.send('1');
    await sim.send('no');
    await sim.send('no');
    await sim.send('CHANGE');
    const offer = said(await sim.send('1'));
    expect(offered(offer)).not.toContain('Tue 24 Nov, 8am-12 noon (morning)');
  });

  it('"cancel my appointment", YES: the visit is cancelled and no reminder arrives', async () => {
    const sim = tenantSim();
    const { reference } = await reportUrgent(sim);
    await sim.send('3');
    await sim.send('no');
    await sim.send('no');
    const confirm = said(await sim.send('cancel my appointment'));
    expect(confirm).toMatch(/Cancel your visit on Wednesday 25 November between 8am and 12 noon for repair \w+\? Reply YES or NO/);
    const done = await sim.send('YES');
    expect(said(done)).toMatch(/Your visit on Wednesday 25 November between 8am and 12 noon is cancelled/);
    expect(done).toContainEqual(expect.objectContaining({ type: 'appointment', reference, status: 'cancelled' }));
    expect(dayBeforeTexts(await sim.wait(3 * 86_400_000))).toEqual([]);
  });

  it('after a cancellation, texting CHANGE as the cancellation says offers a new visit', async () => {
    const sim = tenantSim();
    await reportUrgent(sim);
    await sim.send('3');
    await sim.send('no');
    await sim.send('no');
    await sim.send('cancel my appointment');
    expect(said(await sim.send('YES'))).toMatch(/text CHANGE or call us to book a new visit/);
    await sim.send('no');
    expect(said(await sim.send('CHANGE'))).toMatch(/When can we come\?/);
  });
});

describe('declining the offer', () => {
  it('NO leaves the visit to staff: the tenant is told they will be contacted and the case is flagged', async () => {
    const sim = tenantSim();
    const { reference } = await reportUrgent(sim);
    expect(said(await sim.send('no'))).toMatch(/our team will contact you to arrange a visit/);
    expect(await sim.store.appointments({ reference })).toEqual([]);
    expect((await caseOf(sim, reference))!.flags).toContain('needs-appointment');
  });
});
