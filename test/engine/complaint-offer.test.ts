// Dissatisfaction with our service that is not put as a complaint is offered the choice
// first (the Complaint Handling Code): YES, in the tenant's own words, logs it at stage 1;
// NO keeps what was said as a comment, so it is still heard; asking for a complaint in so
// many words logs it at once. Through the real engine, triage and machines (the simulator).
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences, type SimEvent } from '../../src/sim/simulator.js';

const outs = (events: SimEvent[]): string => events.flatMap((e) => (e.type === 'message' && e.direction === 'out' ? [e.text] : [])).join('\n');
const cases = (events: SimEvent[]) => events.flatMap((e) => (e.type === 'case' ? [e] : []));
const sim = (pack = 'nph') => new Simulator(loadPolicy(pack), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(4) });

describe('unhappy with our service, not asking for a complaint', () => {
  it('is offered the choice, and "course i do" logs it at stage 1 with what they first said', async () => {
    const s = sim();
    const first = await s.send('the woman on the phone this morning was so rude, put the phone down on me');
    expect(outs(first)).toMatch(/Would you like to make a complaint\? .*Reply YES or NO/);
    expect(cases(first)).toEqual([]);
    // Logged at the yes, so nothing is lost if they stop there; then asked what would put it right.
    const yes = await s.send('course i do');
    expect(outs(yes)).toMatch(/logged your complaint at stage 1[\s\S]*what you would like us to do to put it right/);
    expect(cases(yes)).toEqual([expect.objectContaining({ kind: 'complaint', status: 'stage-1', summary: expect.stringContaining('so rude') })]);
    const added = await s.send('an apology and for her to be spoken to');
    expect(outs(added)).toMatch(/added that to your complaint/);
    expect(cases(added)).toEqual([
      expect.objectContaining({ kind: 'complaint', reference: cases(yes)[0]!.reference, summary: expect.stringMatching(/so rude.*an apology/) }),
    ]);
  });

  it('NO keeps it as a comment, and says so', async () => {
    const s = sim('housing-plus');
    await s.send('been on hold 40 mins twice today trying to get thru to u lot');
    const no = await s.send('no ta');
    expect(outs(no)).toMatch(/we will not log a complaint/);
    expect(cases(no)).toEqual([expect.objectContaining({ kind: 'comment', status: 'noted' })]);
  });

  it('more of the story instead of an answer is kept and asked once more, then taken as a complaint', async () => {
    const s = sim('papworth');
    await s.send('the surveyor never turned up again, took a day off work for nothing');
    expect(outs(await s.send('third time this year and nobody even rang to say'))).toMatch(/Please reply YES or NO/);
    const taken = await s.send('its just not good enough');
    expect(cases(taken)).toEqual([expect.objectContaining({ kind: 'complaint', summary: expect.stringContaining('third time this year') })]);
  });
});

describe('what would put it right', () => {
  it('is asked once: a short first text gets the details question, not the outcome question as well', async () => {
    const s = sim('papworth');
    await s.send('the woman on the phone was so rude to me today');
    expect(outs(await s.send('too right'))).toMatch(/what happened and what you would like us to do/);
    const logged = await s.send('an apology');
    expect(outs(logged)).toMatch(/logged your complaint at stage 1/);
    expect(outs(logged)).not.toMatch(/Tell us anything else/);
  });

  it('NO to it adds nothing', async () => {
    const s = sim();
    await s.send('the woman on the phone this morning was so rude, put the phone down on me');
    await s.send('yes');
    const no = await s.send('no');
    expect(outs(no)).not.toMatch(/added that/);
    expect(cases(no)).toEqual([]);
  });
});

describe('asking for a complaint in so many words', () => {
  it('is logged at once', async () => {
    const events = await sim().send('i want to make a complaint about the repairs team, 3 missed appointments');
    expect(cases(events)).toEqual([expect.objectContaining({ kind: 'complaint', status: 'stage-1' })]);
    expect(outs(events)).not.toMatch(/Would you like to make a complaint/);
  });
});
