// Tier rules from the ninth round of issue 16 (set P as development), each on wording of our
// own with the near miss that must not move: a danger the tenant says is not there; a
// circuit switched off with the rest of the power on; another toilet in the home; a service
// that still works; asking whether an old system is due for replacing, with its breakdowns
// told as history; and a rail that came away as someone nearly fell.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

const tierOf = (text: string) => classify(text).repair?.tier ?? null;

describe('a danger the tenant says is not there', () => {
  it.each([
    'drip coming through the landing ceiling, bowl under it, its nowhere near the light',
    'wet patch on the kitchen ceiling after rain, no sockets near it',
  ])('is not water on the electrics: "%s"', (text) => {
    const c = classify(text);
    expect(c.repair?.issue.id).not.toBe('water-through-light');
    expect(c.safety.map((s) => s.id)).not.toContain('water-electrics');
  });

  it('water coming through the light itself still is', () => {
    const c = classify('drip coming through the landing ceiling right by the light');
    expect(c.repair?.issue.id).toBe('water-through-light');
    expect(c.safety.map((s) => s.id)).toContain('water-electrics');
  });
});

describe('made safe, or still usable', () => {
  it('a scorched socket on a circuit switched off at the box, with the rest of the power on, is urgent', () => {
    expect(tierOf('burn marks round the socket by the washer, flicked that circuit off at the fuse box, everything else is fine')).toBe('urgent');
  });

  it('the same socket with the power left on is an emergency', () => {
    expect(tierOf('burn marks round the socket by the washer')).toBe('emergency');
  });

  it.each([
    ['bathroom toilet wont flush, we use the downstairs one for now so no rush', 'routine'],
    ['bathroom toilet wont flush', 'urgent'],
  ])('a toilet with another in the home that can wait: "%s"', (text, tier) => {
    expect(tierOf(text)).toBe(tier);
  });
});

describe('asking about replacing an old system', () => {
  it.each([
    ['our boiler is 20 years old, it has broken down three times since october, is it on the list for replacing', 'planned'],
    ['any plans to put double glazing in the flats on our road', 'planned'],
    // A breakdown now is a repair, however old the boiler is.
    ['our boiler is 20 years old and has broken down, no heating', 'urgent'],
  ])('"%s" is %s', (text, tier) => {
    expect(tierOf(text)).toBe(tier);
  });
});

describe('a rail off the wall and a near fall', () => {
  it('is an emergency when someone nearly fell down the stairs', () => {
    expect(tierOf('the banister came away from the wall when my dad leant on it and he nearly went down the stairs')).toBe('emergency');
  });

  it('is urgent when the rail is off but nobody nearly fell', () => {
    expect(tierOf('the banister came away from the wall at the top of the stairs')).toBe('urgent');
  });
});
