// A person on request, anywhere, and a person for those at risk: the conversation goes into
// the staff queue with its reason, the tenant is told who replies and when (from the pack's
// office hours), the assistant stays quiet until staff hand it back, and a handoff nobody
// picks up in time tells the tenant and alerts staff. Through the real engine, triage and
// machines with a fixed clock (the simulator), on the memory store.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences, type SimEvent } from '../../src/sim/simulator.js';

const outs = (events: SimEvent[]): string[] => events.flatMap((e) => (e.type === 'message' && e.direction === 'out' ? [e.text] : []));
const handoffs = (events: SimEvent[]) => events.flatMap((e) => (e.type === 'handoff' ? [e] : []));
/** The cases the conversation opened, each as it stands at the end. */
const cases = (events: SimEvent[]) => {
  const byReference = new Map<string, Extract<SimEvent, { type: 'case' }>>();
  for (const e of events) if (e.type === 'case') byReference.set(e.reference, { ...byReference.get(e.reference), ...e });
  return [...byReference.values()];
};

/** Monday 23 November 2026, 10:00 in London: the office is open. */
const MONDAY_10AM = londonTime('2026-11-23', '10:00');
/** Friday 27 November 2026, 7pm: the office is shut until Monday. */
const FRIDAY_7PM = londonTime('2026-11-27', '19:00');

function sim(pack = 'nph', at = MONDAY_10AM): Simulator {
  return new Simulator(loadPolicy(pack), { now: at, reference: seededReferences(5) });
}

describe('a person on request, at any step', () => {
  // Each: how far into a flow the tenant gets, then how they ask.
  it.each([
    ['at the start', [], 'i just want to talk to an actual human being'],
    ['at a yes/no question', ['my bath tap keeps dripping'], 'can somebody ring me back'],
    ['at the menu', ['hello'], '5'],
    ['after a reply the menu could not read', ['hello', 'blah blah'], '5'],
    ['at the slot offer', ['my bath tap keeps dripping', 'no', '1'], 'give me a call please'],
    ['after an ASB report', ['the dog next door barks all day every day'], 'i need to speak to my housing officer'],
    ['typing 0', ['my bath tap keeps dripping'], '0'],
  ])('%s', async (_when, before, ask) => {
    const s = sim();
    for (const text of before) await s.send(text);
    const events = await s.send(ask);
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'asked' })]);
    expect(outs(events).join('\n')).toMatch(/a member of our team to reply to you here\. Someone usually replies within 30 minutes/);
    expect(outs(events).join('\n')).not.toMatch(/did not get that/i);
  });

  it('out of hours says when the office opens and gives the emergency number', async () => {
    const events = await sim('nph', FRIDAY_7PM).send('can i speak to someone please');
    expect(handoffs(events)).toHaveLength(1);
    expect(outs(events).join('\n')).toMatch(
      /office is closed now\. A member of our team will reply to you here after it opens at 9am on Monday 30 November\. If it is an emergency, call 0300 330 7003/,
    );
  });

  it('"dont ring me" is not a request for a call, and a long report with "ring me" is still read as a report', async () => {
    const s = sim();
    expect(handoffs(await s.send('please dont ring me'))).toHaveLength(0);
    const report = await sim().send('my boiler has packed in and theres no heating or hot water can someone ring me about it tomorrow');
    expect(outs(report).join('\n')).toMatch(/noted/i);
  });

  it('while it waits, the assistant says once that the team will see the messages, then stays quiet, bar safety advice', async () => {
    const s = sim();
    await s.send('speak to a person');
    expect(outs(await s.send('hello?'))).toEqual(['Thank you, our team will see your messages when they reply.']);
    expect(outs(await s.send('anyone there'))).toEqual([]);
    expect(outs(await s.send('i can smell gas now'))[0]).toContain('0800 111 999');
  });
});

describe('the queue', () => {
  it('nobody picks it up within 30 minutes of office time: the tenant is told and offered the assistant, and staff are alerted once', async () => {
    const s = sim('nph', FRIDAY_7PM);
    await s.send('speak to a person');
    // Nothing over the weekend: the half hour counts from 9am on Monday.
    expect(outs(await s.jumpTo(londonTime('2026-11-30', '09:29')))).toEqual([]);
    const due = await s.jumpTo(londonTime('2026-11-30', '09:31'));
    expect(outs(due)).toEqual([expect.stringMatching(/nobody from our team has been able to reply yet.*reply MENU/)]);
    const alerts = due.flatMap((e) => (e.type === 'alert' ? [e] : []));
    expect(alerts).toEqual([expect.objectContaining({ clock: 'handoff', level: 'warning', dueAt: londonTime('2026-11-30', '09:30').toISOString() })]);
    // MENU carries on with the assistant.
    expect(outs(await s.send('menu')).join('\n')).toMatch(/1 Report a repair/);
  });

  it('taken in time: the tenant is told someone has joined, the assistant is silent, no alert; handed back, it answers again', async () => {
    const s = sim();
    await s.send('can someone call me');
    const taken = await s.line('/staff take');
    expect(outs(taken)).toEqual(['A member of our team has joined this conversation and will reply to you here.']);
    expect(outs(await s.send('my bath tap keeps dripping'))).toEqual([]);
    const later = await s.wait(60 * 60_000);
    expect(later.filter((e) => e.type === 'alert' || e.type === 'message')).toEqual([]);
    const back = await s.line('/staff return');
    expect(outs(back)).toEqual([expect.stringMatching(/You are back with the NPH assistant/)]);
    expect(outs(await s.send('my bath tap keeps dripping')).join('\n')).toMatch(/I have noted: Dripping/);
    expect(await s.store.handoffs()).toEqual([]);
  });

  it('asking twice while one is waiting queues one handoff', async () => {
    const s = sim();
    await s.send('speak to a person');
    await s.send('menu');
    await s.send('speak to a person');
    expect(await s.store.handoffs()).toHaveLength(1);
  });
});

describe('people at risk reach a person', () => {
  it('self-harm: the Samaritans first, then a person; no "anything else?" and the next message is not a new report', async () => {
    const s = sim('papworth');
    const first = await s.send('i really cant do this anymore, i keep thinking everyone would be better off if i wasnt here');
    const said = outs(first);
    expect(said[0]).toMatch(/Samaritans.*116 123/);
    expect(handoffs(first)).toEqual([expect.objectContaining({ reason: 'self-harm' })]);
    expect(said.join('\n')).not.toMatch(/anything else/i);
    const next = await s.send('no one cares anyway');
    expect(cases(next)).toEqual([]);
  });

  it('self-harm in the middle of a repair leaves the flow for a person and keeps nothing half-asked', async () => {
    const s = sim();
    await s.send('my bath tap keeps dripping');
    const events = await s.send('honestly i feel like killing myself');
    expect(outs(events)[0]).toMatch(/Samaritans/);
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'self-harm' })]);
  });

  it('self-harm with an emergency in the home: the Samaritans and a person, and the emergency is logged now, not left for them', async () => {
    const events = await sim().send('no heating at all since sunday and im 81, its freezing, i dont see the point of waking up tomorrow');
    expect(outs(events)[0]).toMatch(/Samaritans/);
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'self-harm' })]);
    expect(cases(events)).toEqual([expect.objectContaining({ kind: 'repair', tier: 'emergency' })]);
    // Near miss: a routine fault with the same words opens nothing; the person deals with it.
    const routine = await sim().send('my bath tap keeps dripping and honestly i dont see the point of waking up tomorrow');
    expect(handoffs(routine)).toEqual([expect.objectContaining({ reason: 'self-harm' })]);
    expect(cases(routine)).toEqual([]);
  });

  it('domestic abuse: the top grade, the helpline and 999 once, no neighbour questions, and a person', async () => {
    const events = await sim('papworth').send('my partner hit me again last night and i am scared of him');
    const said = outs(events).join('\n');
    expect(cases(events)[0]).toMatchObject({ kind: 'asb', level: 1 });
    expect(said).toMatch(/0808 2000 247/);
    expect(said.match(/999/g)).toHaveLength(1);
    expect(said).not.toMatch(/who is affected/i);
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'domestic-abuse', reference: cases(events)[0]!.reference })]);
  });

  it('a threat to life now: logged at the top grade with the 999 advice, then a person', async () => {
    const events = await sim().send('hes outside hammering on my door right now saying hes going to kill me, the kids are hiding upstairs');
    expect(cases(events)[0]).toMatchObject({ kind: 'asb', level: 1 });
    expect(outs(events).join('\n')).toMatch(/999/);
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'danger-to-life', reference: cases(events)[0]!.reference })]);
  });

  it('a report with no danger now is logged and graded, with no person asked for', async () => {
    const events = await sim().send('the lads upstairs play loud music every night till 3am');
    expect(cases(events)[0]).toMatchObject({ kind: 'asb' });
    expect(handoffs(events)).toHaveLength(0);
  });
});

describe('a message not in English', () => {
  it.each([
    ['nph', 'Dzień dobry, z sufitu w łazience kapie woda. Proszę o pomoc', /in your own language/],
    ['housing-plus', 'Bună ziua, nu am apă caldă de trei zile și am un copil mic', /information in other languages on request/],
    ['papworth', 'مرحبا، الجيران يصرخون علينا كل ليلة ونحن خائفون', /interpreter or a translation/],
  ])("under %s gets a plain English offer of an interpreter, in the pack's words where it has them, and a person", async (pack, text, words) => {
    const events = await sim(pack).send(text);
    const said = outs(events).join('\n');
    expect(said).toMatch(/We can get an interpreter or a translation for you/);
    expect(said).toMatch(words);
    expect(said).not.toMatch(/1 Report a repair/);
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'language' })]);
  });
});

describe('a question the assistant cannot answer', () => {
  it('goes to a person with the reason "question", not to the menu', async () => {
    const events = await sim('papworth').send('can i pay my rent fortnightly instead of monthly');
    const said = outs(events).join('\n');
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'question' })]);
    expect(said).toMatch(/passed your question to our team\. Someone usually replies here within 30 minutes/);
    expect(said).not.toMatch(/1 Report a repair/);
    // The question is kept as an open enquiry for the team to answer.
    expect(cases(events)).toEqual([expect.objectContaining({ kind: 'enquiry', status: 'open', summary: 'can i pay my rent fortnightly instead of monthly' })]);
  });

  it('one asked after choosing "a question" from the menu is kept the same way', async () => {
    const s = sim('housing-plus');
    await s.send('good morning');
    await s.send('4');
    const events = await s.send('how do i go about swapping my house with someone');
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'question' })]);
    expect(cases(events)).toEqual([expect.objectContaining({ kind: 'enquiry', status: 'open' })]);
  });

  it('one it can answer (opening hours) is answered, with no handoff, and recorded as answered', async () => {
    const events = await sim('nph').send('what time do you open');
    expect(outs(events).join('\n')).toMatch(/Monday to Friday, 9am to 5pm/);
    expect(handoffs(events)).toEqual([]);
    expect(cases(events)).toEqual([expect.objectContaining({ kind: 'enquiry', status: 'answered' })]);
  });
});

describe('abuse told in the middle of another report', () => {
  it('gets the helpline, is logged at the top grade, and goes to a person; the first report stays', async () => {
    const s = sim();
    const first = await s.send('need my front door lock changing asap its broken');
    const events = await s.send('he kicked it in last nite. my ex. hes not supposed to come near me theres a court order');
    const said = outs(events).join('\n');
    expect(said).toMatch(/National Domestic Abuse Helpline/);
    expect(said).toMatch(/I have also logged:\nDomestic abuse: Grade 1/);
    expect(handoffs(events)).toEqual([expect.objectContaining({ reason: 'domestic-abuse' })]);
    expect(cases(events)).toEqual([expect.objectContaining({ kind: 'asb', level: 1 })]);
    expect(cases(first)).toEqual([expect.objectContaining({ kind: 'repair', issue: 'lock-faulty' })]);
  });

  it("an abuse report records the household's stated vulnerability on its case", async () => {
    const events = await sim('papworth').send('my son is 34 and lives with me. he takes my pension every week and pushed me when i said no. im 71');
    expect(cases(events)).toEqual([expect.objectContaining({ kind: 'asb', vulnerable: true })]);
  });
});
