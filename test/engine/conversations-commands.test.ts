// Whole conversations, replayed through the real engine, triage and machines with a fixed
// clock: the commands a tenant may send at any point ("menu", "help", "speak to a person",
// "start again", "no thats all"), and a danger mentioned in the middle of a flow. Each turn
// restores the machine from its persisted snapshot.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences } from '../../src/sim/simulator.js';
import { cases, outs, replay } from '../support/conversation-replay.js';

describe('commands at any point', () => {
  it('"menu" in the middle of a repair shows the menu, and a number picks from it', async () => {
    await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['my toilet wont flush', null],
      ['menu', /1 Report a repair/],
      ['2', /what has been happening/i],
    ]);
  });

  it('after a reply it could not read, the menu still takes its own numbers', async () => {
    await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['hello', /How can we help/],
      ['blah blah', /did not get that/],
      ['1', /what needs repairing/i],
    ]);
  });

  it('"help" answers with contact details and leaves the question open', async () => {
    await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['hi', /How can we help/],
      ['help', /0300 330 7003/],
      ['1', /what needs repairing/i],
    ]);
  });

  it('"help" as the very first message names the landlord and its numbers', async () => {
    await replay('nph', londonTime('2026-11-23', '10:00'), [['help', /NPH assistant.*Phone 0300 330 7003/s]]);
  });

  it('"speak to a person" as the very first message gives the out-of-hours number', async () => {
    await replay('nph', londonTime('2026-11-23', '10:00'), [['speak to a person', /call 0300 330 7003/]]);
  });

  it('"speak to a person" hands over to staff, once', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['my toilet wont flush', null],
      ['speak to a person', /member of our team/i],
      ['are you there?', /our team will see your messages/i],
    ]);
    const again = outs(all).filter((t) => /our team will see your messages/.test(t));
    expect(again).toHaveLength(1);
  });

  it('"no thats all thanks" after a report ends politely and opens no compliment case', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['water drippin out the bathroom light fitting', /emergency/],
      ['no thats all thanks', /Text us any time/],
      ['thank you so much', /You are welcome/],
    ]);
    expect(cases(all).map((c) => c.kind)).toEqual(['repair']);
  });

  it('"no" at the menu, having said there was something else, ends politely', async () => {
    await replay('housing-plus', londonTime('2026-11-23', '10:00'), [
      ['hi', /How can we help/],
      ['no', /Text us any time/],
    ]);
  });

  it('a danger mentioned in the middle of a flow gets its advice first, and the flow goes on', async () => {
    const sim = new Simulator(loadPolicy('nph'), { now: londonTime('2026-11-23', '10:00'), reference: seededReferences(4) });
    expect(outs(await sim.send('my bath tap keeps dripping')).join('\n')).toMatch(/Reply YES or NO/);
    const texts = outs(await sim.send('no but i can smell gas now as well'));
    expect(texts[0]).toContain('0800 111 999');
    expect(texts.at(-1)).toMatch(/Reply with a number/);
  });

  it('"start again" starts over, and the report already understood stays logged (nothing is lost)', async () => {
    const { all } = await replay('nph', londonTime('2026-11-23', '10:00'), [
      ['my toilet wont flush', null],
      ['start again', /start again/i],
    ]);
    expect(cases(all)).toEqual([expect.objectContaining({ kind: 'repair', issue: expect.any(String) })]);
  });
});
