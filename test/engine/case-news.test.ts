// "When are you coming?" answered from the tenant's own cases and visits, on SMS, web chat
// and Messenger, through the real engine with a fixed clock: the visit booked, the date
// promised, the operative on the way; a reference that is not theirs is never described;
// and a question with nothing of theirs to answer from goes to the dialog as before.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { MemoryStore } from '../../src/store/memory.store.js';
import { Simulator, seededReferences, type SimChannel } from '../../src/sim/simulator.js';
import { cases, outs } from '../support/conversation-replay.js';

const pack = loadPolicy('nph');
/** Monday 23 November 2026, 10:00 in London. */
const at = londonTime('2026-11-23', '10:00');
const said = async (sim: Simulator, text: string) => outs(await sim.send(text)).join('\n---\n');

/** A tap reported and a visit booked; returns the repair's reference. */
async function booked(sim: Simulator): Promise<string> {
  const reported = await sim.send('my kitchen tap is dripping');
  const reference = cases(reported)[0]!.reference;
  await sim.send('no');
  if (sim.key.channel !== 'sms') {
    await sim.send('skip');
    await sim.send('skip');
  }
  expect(await said(sim, '1')).toMatch(/Booked: we will come on Tuesday 24 November between 8am and 12 noon/);
  return reference;
}

describe.each<SimChannel>(['sms', 'web', 'messenger'])('a question about progress on %s', (channel) => {
  const start = (store = new MemoryStore(), from?: string) =>
    new Simulator(pack, { now: at, store, channel, reference: seededReferences(41), ...(from ? { from } : {}) });

  it("is answered with the visit booked, in the tenant's words or with the reference", async () => {
    const sim = start();
    await sim.open();
    const reference = await booked(sim);
    await sim.send('no'); // nothing the operative should know
    for (const ask of [
      'wen r u coming',
      `any update on ${reference.toLowerCase().slice(0, 4)} ${reference.toLowerCase().slice(4)}`,
      'is my appointment still on tmrw',
    ]) {
      const answer = await said(sim, ask);
      expect(answer).toContain(`repair ${reference} (my kitchen tap is dripping): we are booked to visit on Tuesday 24 November between 8am and 12 noon`);
      expect(answer).toMatch(/CHANGE/);
    }
  });

  it('gives the date promised while no visit is booked, and leaves the open question open', async () => {
    const sim = start();
    await sim.open();
    const reported = await sim.send('my kitchen tap is dripping');
    const reference = cases(reported)[0]!.reference;
    await sim.send('no');
    if (channel !== 'sms') {
      await sim.send('skip');
      await sim.send('skip');
    }
    // The visits are offered; the tenant asks after the repair instead of choosing.
    const answer = await said(sim, 'any news on my repair?');
    expect(answer).toContain(
      `Your repair ${reference} (my kitchen tap is dripping) is with our repairs team: we will attend by Sunday 21 February 2027. No visit is booked yet.`,
    );
    expect(answer).toMatch(/please answer my last question/);
    // The offer still stands: its number books it.
    expect(await said(sim, '1')).toMatch(/Booked: we will come on Tuesday 24 November/);
  });

  it('says the operative is on the way once staff report it', async () => {
    const sim = start();
    await sim.open();
    await booked(sim);
    await sim.send('no');
    await sim.jumpTo(londonTime('2026-11-24', '08:30'));
    await sim.staff('en-route');
    expect(await said(sim, 'where is the engineer, its gone half 8')).toMatch(/our operative is on the way to you now/);
  });

  it("never describes another tenant's reference", async () => {
    const store = new MemoryStore();
    const other = new Simulator(pack, { now: at, store, channel: 'sms', from: '+447700900777', tenant: null, reference: seededReferences(5) });
    const theirs = cases(await other.send('the front door lock is broken'))[0]!.reference;
    const sim = start(store);
    await sim.open();
    await booked(sim);
    const answer = await said(sim, `any update on ref ${theirs}`);
    expect(answer).toContain(`I cannot find ${theirs} among the reports made here`);
    expect(answer).not.toMatch(/lock|door/i);
  });

  it('goes to the dialog when there is nothing of theirs to answer from', async () => {
    const sim = start();
    await sim.open();
    const answer = await said(sim, 'when are you coming to fix my boiler, no heating since yesterday');
    expect(answer).not.toMatch(/among the reports made here|is with our/);
    expect(answer).toMatch(/boiler|heating/i);
  });
});
