// Held-out check of the repair matcher. These 40 messages (tenant-style texts and lines in
// the style of landlords' published emergency/urgent/routine lists) were written BEFORE the
// matcher was first run, and the matcher has NOT been tuned against them since: do not edit
// the expectations to match the matcher, and do not tune the matcher to these sentences.
// Fix the matcher in general terms, or accept the miss. The bar is 85% right on tier and area.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/triage/normalise.js';
import { matchRepair } from '../../src/triage/repair-matcher.js';

type Case = [text: string, area: string, tier: string];

const HELD_OUT: Case[] = [
  ['no heating or hot water since yesterday, got a 2 year old', 'heating', 'urgent'],
  ['Total loss of electrical supply', 'electrics', 'emergency'],
  ['Blocked toilet where there is only one toilet in the property', 'toilets', 'emergency'],
  ['Insecure external door or window', 'security', 'emergency'],
  ['the kitchen tap is dripping constantly', 'leaks', 'routine'],
  ['ceiling in the bathroom has come down after the leak from upstairs', 'structure', 'emergency'],
  ['Dripping overflow pipe', 'leaks', 'routine'],
  ['my sink is blocked again and smells rank', 'drainage', 'urgent'],
  ['Loose or broken stair handrail', 'structure', 'urgent'],
  ['Faulty extractor fan', 'electrics', 'routine'],
  ['theres mould all over my sons bedroom wall', 'damp-mould', 'urgent'],
  ['rats under the decking in the garden', 'pests', 'urgent'],
  ['lift out of order in our block', 'communal', 'urgent'],
  ['the intercom dont work cant let anyone in', 'communal', 'urgent'],
  ['Broken kitchen cupboard door', 'kitchen', 'routine'],
  ['fence panel blew down in the wind', 'external', 'routine'],
  ['smoke alarm keeps chirping', 'fire-safety', 'urgent'],
  ['burst pipe in loft water pouring thru ceiling', 'leaks', 'emergency'],
  ['sockets in the kitchen not working but rest of house is fine', 'electrics', 'urgent'],
  ['bare wires hanging out the wall where the light was', 'electrics', 'emergency'],
  ['Uncontrollable leak', 'leaks', 'emergency'],
  ['slates come off the roof in the storm', 'roofs', 'urgent'],
  ['Gutters overflowing', 'external', 'routine'],
  ['window wont shut in the babys room', 'security', 'urgent'],
  ['someone smashed my front room window', 'windows-doors', 'urgent'],
  ['back door lock is really stiff', 'security', 'urgent'],
  ['Stairlift broken down', 'adaptations', 'urgent'],
  ['need grab rails by the toilet for my mum', 'adaptations', 'routine'],
  ['toilet seat snapped', 'toilets', 'routine'],
  ['shower wont get hot', 'bathroom', 'urgent'],
  ['Defective door entry system', 'communal', 'urgent'],
  ['radiator in hallway stone cold rest ok', 'heating', 'routine'],
  ['Loose floorboards', 'structure', 'routine'],
  ['wasps nest above the front door', 'pests', 'urgent'],
  ['Communal lighting failure', 'communal', 'urgent'],
  ['water coming out of the socket in the kitchen!!', 'leaks', 'emergency'],
  ['Blocked main drain / sewage overflowing', 'drainage', 'emergency'],
  ['bath panel has come off', 'bathroom', 'routine'],
  ['Replacement kitchen', 'kitchen', 'planned'],
  ['no water at all coming from any taps', 'water-supply', 'emergency'],
];

describe('repair matcher on held-out messages', () => {
  it('has 40 held-out messages', () => {
    expect(HELD_OUT).toHaveLength(40);
  });

  it('gets tier and area right for at least 85%', () => {
    const misses: string[] = [];
    for (const [text, area, tier] of HELD_OUT) {
      const m = matchRepair(normalise(text));
      const got = m ? `${m.issue.id} (${m.issue.area}, ${m.issue.tier})` : 'null';
      if (!m || m.issue.area !== area || m.issue.tier !== tier) misses.push(`"${text}": want ${area}/${tier}, got ${got}`);
    }
    const accuracy = (HELD_OUT.length - misses.length) / HELD_OUT.length;
    console.log(`held-out accuracy ${(accuracy * 100).toFixed(1)}% (${HELD_OUT.length - misses.length}/${HELD_OUT.length})`);
    for (const m of misses) console.log(`  miss: ${m}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
