// Every text a tenant can receive, not just every line of copy: each catalogue repair,
// each ASB category and each danger is reported to each landlord and the conversation
// is answered through to its end. Every text must be GSM-7 and at most two segments,
// unless it is a single safety message.
import { describe, expect, it } from 'vitest';
import { isGsm7, smsSize } from '../../dialogs/gsm7.js';
import { SAFETY_ADVICE } from '../../dialogs/safety.copy.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { PACK_IDS, loadPolicy } from '../../src/policy/load-policy.js';
import { Simulator, seededReferences } from '../../src/sim/simulator.js';
import { ASB_CATALOGUE } from '../../src/triage/asb-catalogue.js';
import { REPAIR_CATALOGUE } from '../../src/triage/repair-catalogue.js';

const SAFETY_TEXTS = new Set(Object.values(SAFETY_ADVICE));
const openers = [
  ...REPAIR_CATALOGUE.map((i) => i.label),
  ...ASB_CATALOGUE.map((c) => `my neighbour: ${c.label}`),
  'i can smell gas',
  'my partner hit me',
  'i want to end it all',
  'I want to make a complaint',
  'I am the local councillor writing on behalf of a resident about damp',
  'thank you the plumber was brilliant',
  'how long does a housing application take',
];
// Answers that walk any flow to its end: yes to every question, then the first option.
const answers = ['yes', '1', 'yes', '1', 'yes', 'no', 'no'];

describe.each(PACK_IDS)('every text sent under %s', (packId) => {
  it('is GSM-7 and at most 2 segments, bar single safety messages', async () => {
    const pack = loadPolicy(packId);
    const problems: string[] = [];
    let sent = 0;
    for (const [i, opener] of openers.entries()) {
      const sim = new Simulator(pack, {
        now: londonTime('2026-09-23', '16:35'),
        reference: seededReferences(i + 1),
        from: `+4477008${String(i).padStart(5, '0')}`,
      });
      for (const text of [opener, ...answers]) {
        for (const e of await sim.send(text)) {
          if (e.type !== 'message' || e.direction !== 'out') continue;
          sent += 1;
          const size = smsSize(e.text);
          if (!isGsm7(e.text)) problems.push(`not GSM-7 after "${text}": ${e.text}`);
          else if (size.segments > 2 && !SAFETY_TEXTS.has(e.text)) problems.push(`${size.segments} segments after "${text}": ${e.text}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(openers.length * 3);
    expect(problems).toEqual([]);
  }, 60_000);
});
