// Whole conversations from a number not on the tenancy list ("know me"), through the real
// engine with a fixed clock: asked for an address and a name once its report is quoted, the
// answers kept with the conversation, and never asked again; a tenant on the list never asked.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences } from '../../src/sim/simulator.js';
import { outs } from '../support/conversation-replay.js';

describe('a number not on the tenancy list ("know me")', () => {
  const at = londonTime('2026-11-23', '10:00');
  const stranger = () => new Simulator(loadPolicy('nph'), { now: at, reference: seededReferences(6), tenant: null });
  const said = async (sim: Simulator, text: string) => outs(await sim.send(text)).join('\n---\n');

  it('is asked for its address after its repair is quoted, then its name, then if there is anything else', async () => {
    const sim = stranger();
    expect(await said(sim, 'water drippin out the bathroom light fitting')).toMatch(/emergency repair[\s\S]*postcode and door number, for example NE1 4XY 12/);
    expect(await said(sim, '12 ne14xy')).toMatch(/^And your name\?$/);
    expect(await said(sim, 'Jo Bloggs')).toMatch(/added these details to your report\.\s+Is there anything else/);
  });

  it('has the postcode, door and name it gave kept with the conversation', async () => {
    const sim = stranger();
    await sim.send('water drippin out the bathroom light fitting');
    await sim.send('flat 3, 10 high st NE1 4XY');
    await sim.send('my name is Jo Bloggs');
    const record = await sim.store.findConversation(sim.key);
    expect(record?.identity).toEqual({ postcode: 'NE1 4XY', door: 'Flat 3, 10', addressText: 'flat 3, 10 high st NE1 4XY', name: 'Jo Bloggs' });
  });

  it('is not asked again for a second report in the same conversation', async () => {
    const sim = stranger();
    await sim.send('water drippin out the bathroom light fitting');
    await sim.send('12 NE1 4XY');
    await sim.send('Jo Bloggs');
    const later: string[] = [];
    for (const text of ['yes', '1', 'my toilet wont flush', 'no', 'no', 'no']) later.push(await said(sim, text));
    expect(later.join('\n')).toMatch(/Your repair is logged/);
    expect(later.join('\n')).not.toMatch(/postcode|your name/i);
  });

  it('a tenant on the list is never asked for an address or a name', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: at, reference: seededReferences(6) });
    const texts = [await said(sim, 'water drippin out the bathroom light fitting'), await said(sim, 'no')].join('\n');
    expect(texts).toMatch(/Text us any time/);
    expect(texts).not.toMatch(/postcode|your name/i);
  });

  it('a reply without a postcode is asked for once more, then taken as given', async () => {
    const sim = stranger();
    await sim.send('water drippin out the bathroom light fitting');
    expect(await said(sim, '12 the high street')).toMatch(/could not find a postcode/);
    expect(await said(sim, '12 the high street heaton')).toMatch(/^And your name\?$/);
    await sim.send('Jo');
    expect((await sim.store.findConversation(sim.key))?.identity).toMatchObject({ postcode: null, addressText: '12 the high street heaton' });
  });

  it('a smell of gas at the address question gets the gas safety advice first, is logged as its own emergency, and the question stays open', async () => {
    const sim = stranger();
    await sim.send('water drippin out the bathroom light fitting');
    const events = await sim.send('i can smell gas in the kitchen');
    const texts = outs(events);
    expect(texts[0]).toContain('0800 111 999');
    expect(texts.join('\n')).toMatch(/I have also logged:\nSmell of gas or gas leak: Emergency/);
    expect(texts.at(-1)).toMatch(/Please also answer my last question above/);
    expect(events).toContainEqual(expect.objectContaining({ type: 'case', kind: 'repair', issue: 'gas-leak', tier: 'emergency' }));
    // The address question still takes its answer.
    expect(outs(await sim.send('NE1 4XY 12')).join('\n')).toMatch(/name/i);
  });
  it('reporting abuse or a threat to life goes to a person at once, with no question about the address first', async () => {
    for (const text of ['my partner hit me again last night and i am scared of him', 'hes outside hammering on my door saying hes going to kill me']) {
      const sim = stranger();
      const events = await sim.send(text);
      const words = outs(events).join('\n');
      expect(events.some((e) => e.type === 'handoff')).toBe(true);
      expect(words).not.toMatch(/postcode|your name/i);
      expect(words).toMatch(/999/);
    }
  });

  it('a noise report from a stranger is still asked for the address, once it is logged and graded', async () => {
    const sim = stranger();
    expect(await said(sim, 'the lads upstairs play loud music every night till 3am')).toMatch(/Who is affected\?/);
    expect(await said(sim, '1')).toMatch(/postcode and door number/);
  });
});
