// Replaying a conversation through the simulator for the whole-conversation tests
// (test/engine/conversations-*.test.ts): the texts sent back, the cases opened as each stands
// at the end, and a replay of tenant texts each checked against the reply it should get.
import { expect } from 'vitest';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences, type SimEvent } from '../../src/sim/simulator.js';

type Step = [tenant: string, reply: RegExp | null];

export function outs(events: SimEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'message' && e.direction === 'out' ? [e.text] : []));
}
/** The cases the conversation opened, each as it stands at the end (a case changes as questions are answered). */
export function cases(events: SimEvent[]) {
  const byReference = new Map<string, Extract<SimEvent, { type: 'case' }>>();
  for (const e of events) if (e.type === 'case') byReference.set(e.reference, { ...byReference.get(e.reference), ...e });
  return [...byReference.values()];
}

export async function replay(packId: string, at: Date, steps: Step[]) {
  const sim = new Simulator(loadPolicy(packId), { now: at, reference: seededReferences(7) });
  const all: SimEvent[] = [];
  for (const [tenant, expected] of steps) {
    const events = await sim.send(tenant);
    all.push(...events);
    const said = outs(events).join('\n---\n');
    if (expected) expect(said, `after "${tenant}"`).toMatch(expected);
  }
  return { all, sim };
}
