// Safety detection on tenant-style text: misspelt, lower case, no punctuation, emoji.
// Favour safety: a plausible danger must be caught; everyday words that only look like a
// danger ("gas bill", "fire door", "this is killing me lol") must not raise an alarm.
import { describe, expect, it } from 'vitest';
import { isGsm7Basic } from '../../dialogs/gsm7.js';
import { SAFETY_ADVICE } from '../../dialogs/safety.copy.js';
import { classify } from '../../src/triage/classify.js';
import { normalise } from '../../src/triage/normalise.js';
import { detectSafety } from '../../src/triage/safety.js';
import type { SafetyId } from '../../src/triage/triage.types.js';

// Through classify(), as the product reads a message (normaliser and raw words both).
const ids = (text: string): SafetyId[] => classify(text).safety.map((h) => h.id);

const MUST_CATCH: [string, SafetyId][] = [
  // gas
  ['smell gas', 'gas'],
  ['smels of gas in here', 'gas'],
  ['gas smell in kitchen', 'gas'],
  ['i can smell gas', 'gas'],
  ['hob hissing smell', 'gas'],
  ['smell gas?', 'gas'],
  ['SMELL OF GAS ON THE LANDING!!!', 'gas'],
  ['think ther is a gas leak', 'gas'],
  ['strong gassy smell coming from the meter cupboard 😷', 'gas'],
  ['cooker is hissing n wont stop', 'gas'],
  ['whiff of gas when i come in the front door', 'gas'],
  ['reeks of rotten eggs near the boiler', 'gas'],
  // carbon monoxide
  ['co alarm going off', 'carbon-monoxide'],
  ['carbon monoxide alarm beeping', 'carbon-monoxide'],
  ['headache dizzy boiler', 'carbon-monoxide'],
  ['me n the kids all got headaches since the gas fire went on', 'carbon-monoxide'],
  ['black sooty marks round the boiler', 'carbon-monoxide'],
  ['the co2 detector keeps beeping', 'carbon-monoxide'],
  ['boiler flame has gone yellow', 'carbon-monoxide'],
  // water on electrics
  ['water coming thru light fitting', 'water-electrics'],
  ['water in the plug socket', 'water-electrics'],
  ['leak from upstairs dripping onto the fuse box', 'water-electrics'],
  ['bathroom light full of water', 'water-electrics'],
  // a repair that is itself water on electrics gets the advice whatever the wording
  ['water penetrating the electrics in the hall', 'water-electrics'],
  ['ceiling leaking and now the electrics keep tripping', 'water-electrics'],
  ['got a shock off the light switch', 'water-electrics'],
  ['bare wires hanging out the wall', 'water-electrics'],
  // fire
  ['sparks from socket', 'fire'],
  ['burning smell from socket', 'fire'],
  ['socket smoking', 'fire'],
  ['fire in the flat', 'fire'],
  ['kitchen on fire', 'fire'],
  ['smoke everywhere', 'fire'],
  ['the bins downstairs are on fire', 'fire'],
  ['fire alarm going off and i can smell smoke', 'fire'],
  ['plug melted n theres a burnt smell', 'fire'],
  // danger to life
  ['someone has a knife', 'danger-to-life'],
  ['being attacked', 'danger-to-life'],
  ['man with a gun', 'danger-to-life'],
  ['he threatened to stab me', 'danger-to-life'],
  ['hes killing me help', 'danger-to-life'],
  ['someone trying to kick my door in', 'danger-to-life'],
  ['my neighbour said hes gonna kill me', 'danger-to-life'],
  ['theres a fight outside with bottles', 'danger-to-life'],
  ['i dont feel safe in my own home', 'danger-to-life'],
  // domestic abuse
  ['he hit me', 'domestic-abuse'],
  ['my partner threatens me', 'domestic-abuse'],
  ['scared of my ex', 'domestic-abuse'],
  ['domestic abuse', 'domestic-abuse'],
  ['my bf punched me last nite', 'domestic-abuse'],
  ['my ex keeps turning up at the door', 'domestic-abuse'],
  ['husband wont let me leave the house', 'domestic-abuse'],
  // self-harm
  ['want to kill myself', 'self-harm'],
  ['end it all', 'self-harm'],
  ['self harm', 'self-harm'],
  ['cant go on', 'self-harm'],
  ['i just want to die', 'self-harm'],
  ['feeling suicidal', 'self-harm'],
  ['i dont want to be here anymore', 'self-harm'],
  ['cant cope anymore with any of it', 'self-harm'],
  ['swallowed a whole packet of paracetamol', 'self-harm'],
  ['whats the point of it all', 'self-harm'],
  // a partner with a weapon is domestic abuse as well as danger to life
  ['my husband pulled a knife on me', 'domestic-abuse'],
  ['my husband pulled a knife on me', 'danger-to-life'],
  ['the detector on the wall is beeping and says co', 'carbon-monoxide'],
  ['funny smell in the flat, could it be gas', 'gas'],
  ['my dad battered my mum last night', 'domestic-abuse'],
  // the thing named after the adjective, a partner named without "my", a structure about to fall
  ['burnt plug socket', 'fire'],
  ['melted wires behind the cooker', 'fire'],
  ['boyfriend hit me again last night', 'domestic-abuse'],
  ['husband threatens to kill me', 'domestic-abuse'],
  ['the bedroom ceiling is about to collapse', 'danger-to-life'],
  ['the balcony could give way any minute', 'danger-to-life'],
  // "he'll" and "she'd" arrive without the apostrophe
  ['he said hell kill me if i tell anyone', 'danger-to-life'],
  // damage to a gas pipe, and stonework that may fall on someone (round 4)
  ['the gas pipe to the boiler is cracked', 'gas'],
  ['pieces of stonework falling from the block onto the path', 'danger-to-life'],
];

const NO_ALARM: string[] = [
  'loose bricks on the garden wall',
  'gas bill',
  'gas meter reading',
  'can someone read my gas meter',
  'when is my gas safety check',
  'gas cooker not working',
  'fire door wont close',
  'smoke alarm beeping battery',
  'smoke alarm keeps going off when i cook',
  'fireplace',
  'the gas fire wont light',
  'kill the spiders',
  'this is killing me lol',
  'my back is killing me waiting for this repair',
  'no hot water from the electric shower',
  'light bulb gone in the hallway',
  'leak under the kitchen sink',
  'ceiling collapsed in the bathroom',
  'next door has the music on full blast',
  'been trying to get in touch with you all week',
  'cut my hand on the broken window',
  'i dont want to live here anymore, can i get a transfer',
  'cant go on waiting for a plumber',
  'neighbour smoking in their garden',
  'laughing gas canisters all over the car park',
  'need a co alarm fitted',
  'kids fighting over the remote lol',
  'my husband hurt his back on the broken step',
  'crack in the ceiling',
  'fireworks going off all night',
  'the bbq smoke from next door',
  'she kicked me out and i need somewhere to live',
  'we had a fire last year and the kitchen still isnt right',
  'the fire brigade said our fire doors need replacing',
  'where should my carbon monoxide alarm go',
  'the drains smell and my gas bill is huge',
  'the gas man came and fixed it, no smell now',
  'my dog attacked a ball lol',
];

describe('detectSafety: who is hurt matters', () => {
  it('does not call a stranger attacking a partner domestic abuse', () => {
    const got = ids('my husband was attacked by a man in the car park');
    expect(got).toContain('danger-to-life');
    expect(got).not.toContain('domestic-abuse');
  });
});

describe('detectSafety catches dangers', () => {
  it.each(MUST_CATCH)('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('detectSafety does not raise false alarms', () => {
  it.each(NO_ALARM)('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('detectSafety ordering and advice', () => {
  it('puts the most serious first and gives advice for each', () => {
    const hits = detectSafety(normalise('smell gas and the socket is sparking'));
    expect(hits.map((h) => h.id)).toEqual(['fire', 'gas']);
    for (const h of hits) expect(h.advice).toBe(SAFETY_ADVICE[h.id]);
  });

  it('returns nothing for an empty message', () => {
    expect(detectSafety(normalise(''))).toEqual([]);
  });
});

describe('safety copy', () => {
  it.each(Object.entries(SAFETY_ADVICE))('%s is GSM-7 and fits in two segments', (_id, text) => {
    expect(isGsm7Basic(text)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(306);
  });

  it('uses the national numbers', () => {
    expect(SAFETY_ADVICE.gas).toContain('0800 111 999');
    expect(SAFETY_ADVICE['carbon-monoxide']).toContain('0800 111 999');
    expect(SAFETY_ADVICE.fire).toContain('999');
    expect(SAFETY_ADVICE['danger-to-life']).toContain('55');
    expect(SAFETY_ADVICE['domestic-abuse']).toContain('0808 2000 247');
    expect(SAFETY_ADVICE['self-harm']).toContain('116 123');
  });
});
