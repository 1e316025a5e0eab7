// A question left open never blocks what the tenant asks for next: cancelling the visit at
// the access-notes question, CHANGE while a new offer is open, a new problem at a yes/no.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences, type SimEvent } from '../../src/sim/simulator.js';

const outs = (events: SimEvent[]): string => events.flatMap((e) => (e.type === 'message' && e.direction === 'out' ? [e.text] : [])).join('\n');

async function booked(): Promise<Simulator> {
  const s = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(9) });
  await s.send('my bath tap keeps dripping');
  await s.send('no');
  expect(outs(await s.send('1'))).toMatch(/Booked:.*\n[\s\S]*anything our operative should know/);
  return s;
}

describe('nothing goes stale', () => {
  it('"cancel my appointment" at the access-notes question cancels the visit, not saved as a note', async () => {
    const s = await booked();
    expect(outs(await s.send('actually cancel my appointment please'))).toMatch(/Cancel your visit on Tuesday 24 November/);
    expect(outs(await s.send('yes'))).toMatch(/is cancelled/);
    const [visit] = await s.store.appointments({});
    expect(visit).toMatchObject({ status: 'cancelled', accessNotes: null });
  });

  it('CHANGE while a new offer is open shows the change menu again, not "did not get that"', async () => {
    const s = await booked();
    await s.send('no');
    await s.send('CHANGE');
    expect(outs(await s.send('1'))).toMatch(/When can we come/);
    const again = outs(await s.send('CHANGE'));
    expect(again).not.toMatch(/did not get that/);
    expect(again).toMatch(/1 Move it to another day\n2 Cancel it/);
  });

  it('CHANGE from an old text with no visit booked says so, and the open question still takes its answer', async () => {
    const s = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(9) });
    expect(outs(await s.send('garden fence blew down in the wind last night'))).toMatch(/Reply YES or NO/);
    const said = outs(await s.send('CHANGE'));
    expect(said).toMatch(/no visit booked with us at the moment, so there is nothing to change\.\n\nPlease also answer my last question above/);
    expect(said).not.toMatch(/did not get that/);
    expect(outs(await s.send('no'))).toMatch(/reference/);
  });

  it('CHANGE as a first message with no visit booked says so and shows the menu', async () => {
    const s = new Simulator(loadPolicy('papworth'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(9) });
    expect(outs(await s.send('change'))).toMatch(/nothing to change\.[\s\S]*1 Report a repair/);
  });

  it('STOP at a question stops the texts (the simulator reads carrier keywords as the SMS adapter does)', async () => {
    const s = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(9) });
    await s.send('my window wont shut');
    expect(outs(await s.send('STOP'))).toBe('');
    expect(outs(await s.send('START'))).toMatch(/You will get texts from NPH again/);
    // The question that was open still takes its answer.
    expect(outs(await s.send('2'))).not.toMatch(/did not get that/);
  });
});
