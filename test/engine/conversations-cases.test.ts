// Whole conversations, replayed through the real engine, triage and machines with a fixed
// clock, read as a tenant reads them: repairs, anti-social behaviour, complaints and the other
// kinds of case. Each turn restores the machine from its persisted snapshot, so every
// multi-turn case here also proves a conversation survives between turns. Commands at any
// point are conversations-commands.test.ts; a number not on the tenancy list,
// conversations-know-me.test.ts.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences, type SimEvent } from '../../src/sim/simulator.js';
import { cases, outs, replay } from '../support/conversation-replay.js';

describe('repairs', () => {
  it('water through a light fitting at 9pm on a Friday: safety advice first, then an emergency with a date', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-27', '21:00'), reference: seededReferences(3) });
    const events = await sim.send('water drippin out the bathroom light fitting');
    const texts = outs(events);
    expect(texts[0]).toMatch(/fuse box|electric/i);
    expect(texts.join('\n')).toMatch(/within 24 hours, by 9pm on Saturday 28 November/);
    const [opened] = cases(events);
    expect(opened).toMatchObject({ kind: 'repair', tier: 'emergency', priority: 'emergency', dueBy: '2026-11-28T21:00:00.000Z' });
    expect(texts.join('\n')).toContain(opened!.reference);
  });

  it('asking for planned work is thanked, not pitied, and not asked which room', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(4) });
    const events = await sim.send('when are we getting the new windows? the letter said this year');
    const said = outs(events).join('\n');
    expect(cases(events)[0]).toMatchObject({ kind: 'repair', tier: 'planned' });
    expect(said).toMatch(/I have noted your request/);
    expect(said).not.toMatch(/sorry to hear/i);
    expect(said).not.toMatch(/Where in your home/);
  });

  it('walks a routine repair from first text to the quoted date', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(5) });
    const said: string[] = [];
    const all: SimEvent[] = [];
    const answers = ['kitchen cupboard door hanging off', '1', 'no', 'no', 'no'];
    for (const text of answers) {
      const events = await sim.send(text);
      said.push(...outs(events));
      all.push(...events);
      if (cases(all).some((c) => c.dueBy)) break;
    }
    // Logged from the first text, then quoted once the questions are answered: one case.
    const opened = cases(all);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ kind: 'repair', location: 'kitchen' });
    expect(said.join('\n')).toMatch(/within (7|90) days, by \w+day \d+ (November|December|February)/);
  });

  it('a toilet fault is not asked which room it is in', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [['the toilet keeps running and wont stop filling', null]]);
    expect(outs(all).join('\n')).not.toMatch(/Where in your home/);
  });

  it('a yes to "are you vulnerable" makes a routine repair urgent under NPH', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(5) });
    const all: SimEvent[] = [];
    for (const text of ['kitchen cupboard door hanging off', '1', 'yes', 'yes', 'yes']) {
      all.push(...(await sim.send(text)));
      if (cases(all).some((c) => c.dueBy)) break;
    }
    expect(cases(all)[0]).toMatchObject({ kind: 'repair', vulnerable: true, tier: 'urgent', dueBy: '2026-11-30T23:59:59.999Z' });
  });

  it('dissatisfaction is offered a complaint and the repair goes on', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(9) });
    const said: string[] = [];
    const all: SimEvent[] = [];
    const script = [
      'my boiler is STILL broken, 3rd time i have reported it and nobody came',
      '1',
      'no',
      'yes',
      '1',
      'no',
      'The engineer never came on the day and I took a day off work for nothing',
    ];
    for (const text of script) {
      const events = await sim.send(text);
      said.push(...outs(events));
      all.push(...events);
      if (cases(all).some((c) => c.kind === 'complaint')) break;
    }
    const opened = cases(all);
    expect(said.join('\n')).toMatch(/would you like to make a complaint/i);
    expect(said.join('\n')).toMatch(/first we will book a visit/i);
    expect(said.join('\n')).toMatch(/Booked: we will come on/);
    expect(opened.map((c) => c.kind)).toEqual(['repair', 'complaint']);
    expect(opened[1]!.summary).toContain(opened[0]!.reference);
  });
});

describe('anti-social behaviour', () => {
  it.each([
    ['nph', /Grade 2/i, /within 3 working days/],
    ['papworth', /Medium/i, /within 5 working days/],
  ])('party music every weekend under %s is logged and graded at once, then who is affected goes on the case', async (packId, grade, promise) => {
    const { all } = await replay(packId, londonTime('2026-11-23', '10:00'), [
      ['party music next door every weekend til 4am', /who is affected/i],
      ['2', /added that to your report/i],
    ]);
    const said = outs(all).join('\n');
    expect(said).toMatch(grade);
    expect(said).toMatch(promise);
    expect(said).not.toMatch(/in danger right now/i);
    expect(cases(all)[0]).toMatchObject({ kind: 'asb' });
    expect(cases(all).at(-1)).toMatchObject({ reference: cases(all)[0]!.reference, details: { affected: 'my household' } });
  });

  it('a threat with a weapon gets the most serious grade, 999 once, and no more questions', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['theres a man outside my door with a knife saying hes going to kill me', /Grade 1/i],
    ]);
    const said = outs(all).join('\n');
    expect(said.match(/999/g)).toHaveLength(1);
    expect(said).not.toMatch(/who is affected/i);
    expect(cases(all)[0]).toMatchObject({ kind: 'asb', level: 1 });
  });

  it('a washing line is explained kindly and opens no case', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [['my neighbour keeps hanging her washing line over the fence', null]]);
    expect(cases(all)).toHaveLength(0);
    expect(outs(all).join('\n')).not.toMatch(/reference/i);
  });
});

describe('complaints', () => {
  it('a detailed complaint is acknowledged at stage 1 with both dates', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['I want to make a complaint, the operative left my kitchen in a mess and was rude to my mum when she asked him to tidy up', /stage 1/i],
    ]);
    const said = outs(all).join('\n');
    expect(said).toMatch(/acknowledge it within 5 working days, by Monday 30 November/);
    expect(said).toMatch(/within 10 working days, by Monday 14 December/);
    expect(said).toMatch(/Housing Ombudsman/);
    expect(cases(all)[0]).toMatchObject({ kind: 'complaint', status: 'stage-1', dueBy: '2026-11-30T17:00:00.000Z' });
  });

  it('escalation to stage 2 does not demand reasons and names the Ombudsman', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['I want to escalate my complaint to stage 2', /reference/i],
      ['skip', /do not have to give reasons/i],
      ['skip', /stage 2/i],
    ]);
    expect(outs(all).join('\n')).toMatch(/0300 111 3000/);
    expect(cases(all)[0]).toMatchObject({ kind: 'complaint', status: 'stage-2' });
    expect(cases(all)[0]!.reference).not.toBe('SKIP');
  });

  it('a complaint reference given in a sentence is picked out of it', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['I want to escalate my complaint to stage 2', /reference/i],
      ['its ab12cd34 i think', /do not have to give reasons/i],
      ['skip', /stage 2/i],
    ]);
    expect(cases(all)[0]).toMatchObject({ reference: 'AB12CD34', status: 'stage-2' });
  });

  // The Code: dissatisfaction is offered a complaint, and a yes must be heard however it is put.
  it.each(['yes i flipping do', 'too right we do', 'course i would', 'absolutely'])('"%s" to the complaint offer is heard as a yes', async (answer) => {
    await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['my bath tap is dripping and honestly im fed up with how long you lot take to fix anything', /YES or NO/],
      ['no', /make a complaint/i],
      [answer, /then take your complaint/],
      ['1', /Booked/],
      ['no', /tell us what happened/],
    ]);
  });

  it('a reply to the complaint offer that is neither yes nor no is asked again once, not taken as a no', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['my bath tap is dripping and honestly im fed up with how long you lot take to fix anything', /YES or NO/],
      ['no', /make a complaint/i],
      ['what would that mean', /YES or NO/],
      ['nah leave it', /repair is logged and will go ahead/i],
    ]);
    expect(cases(all).map((c) => c.kind)).not.toContain('complaint');
  });

  it('an MP or councillor enquiry is promised a written reply within 5 working days', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      [
        'I am the local councillor for St James ward, writing on behalf of a resident whose roof has leaked for a month',
        /respond in writing within 5 working days, by Monday 30 November/,
      ],
    ]);
    expect(cases(all)[0]).toMatchObject({ kind: 'representative-enquiry', dueBy: '2026-11-30T17:00:00.000Z' });
  });

  it("a comment from the menu is asked for, then noted with the landlord's own promise", async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['hi', /How can we help/],
      ['3', /Which is it/],
      ['comment', /your comment or suggestion/i],
      ['the bin store needs a light, it is very dark at night', /Thank you for your comment/],
    ]);
    expect(cases(all)[0]).toMatchObject({ kind: 'comment' });
  });

  it('a question about a promised timescale is answered from the pack', async () => {
    await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['hi', /How can we help/],
      ['4', /What would you like to know/],
      ['how long does a garage application take', /28 working days/],
    ]);
  });

  it('opening hours come from the pack', async () => {
    await replay('papworth', londonTime('2026-11-23', '10:00'), [['what are your opening hours?', /Monday to Friday, 9am to 5pm/]]);
  });

  it('a question the pack cannot answer gets the phone number and the offer of a person', async () => {
    await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['hi', null],
      ['4', /What would you like to know/],
      ['can i keep chickens in my garden', /0300 330 7003/],
    ]);
  });

  it('asking for stage 2 long after the stage 1 response was due goes to a manager, not refused', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(2) });
    const first = await sim.send('I want to make a complaint, the operative left my kitchen in a mess and was rude to my mum when she asked him to tidy up');
    const complaint = cases(first)[0]!;
    await sim.send('no');
    // Stage 1 response due 14 December; NPH asks for stage 2 within 21 days of it.
    await sim.jumpTo(londonTime('2027-02-01', '10:00'));
    await sim.send('I want to escalate my complaint to stage 2');
    const late = await sim.send('skip');
    expect(outs(late).join('\n')).toMatch(/that time has passed for complaint/);
    expect(cases(late)[0]).toMatchObject({ kind: 'complaint', reference: complaint.reference, status: 'stage-2-requested-late' });
  });

  it('asking for stage 2 in time is accepted at once, for the same complaint', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(2) });
    const complaint = cases(
      await sim.send('I want to make a complaint, the operative left my kitchen in a mess and was rude to my mum when she asked him to tidy up'),
    )[0]!;
    await sim.send('no');
    await sim.jumpTo(londonTime('2026-12-20', '10:00'));
    await sim.send('not happy with the response, i want it escalated');
    const escalated = await sim.send('the mess is still there');
    expect(outs(escalated).join('\n')).toMatch(/now at stage 2/);
    expect(cases(escalated)[0]).toMatchObject({ reference: complaint.reference, status: 'stage-2' });
  });

  it('a compliment is thanked and recorded', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [['thank you so much the plumber was brilliant today', /thank/i]]);
    expect(cases(all)[0]).toMatchObject({ kind: 'compliment' });
  });
});
