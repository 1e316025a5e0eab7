// A growing corpus of how UK tenants really text: text-speak, dropped letters, dialect and
// misspellings. Each variant must reach the same reading as the plain words. Add to it
// whenever a tenant's spelling is misread (issue 16, "Text-speak").
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';
import { normalise } from '../../src/triage/normalise.js';

describe('text-speak is written out as plain words', () => {
  it.each([
    ['water coming thru the ceiling', 'water coming through the ceiling'],
    ['its ok tho', 'its ok though'],
    ['cud u send sum1', 'could you send someone'],
    ['wud be gud', 'would be good'],
    ['he sed hed come', 'he said hed come'],
    ['neva came back', 'never came back'],
    ['the nabours upstairs', 'the neighbours upstairs'],
    ['my nieghbour', 'my neighbour'],
    ['kitchen cubord', 'kitchen cupboard'],
    ['the showa', 'the shower'],
    ['sink blokd', 'sink blocked'],
    ['it wont wurk', 'it not work'],
    ['lads tearin round', 'lads tearing round'],
    ['the wallpaper is peeling', 'the wallpaper is peeling'],
    ['a loose pane', 'a loose pane'],
    ['wivout heating', 'without heating'],
    ['emergancy', 'emergency'],
    ['my apointment', 'my appointment'],
  ])('"%s" reads as "%s"', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});

describe('a variant reaches the same triage as the plain words', () => {
  it.each([
    // [variant, plain]
    ['me boyla is nackered no heatin nor hot warter', 'my boiler is broken no heating and no hot water'],
    ['the showa wont wurk', 'the shower does not work'],
    ['kichen sink blokd solid', 'kitchen sink blocked solid'],
    ['no lekky in the hole house', 'no electricity in the whole house'],
    ['front dor lock is broke cant lock it', 'front door lock is broken and i cannot lock it'],
    ['raditor leekin all over the carpit', 'radiator leaking all over the carpet'],
    ['mowld all over the bedrom wall', 'mould all over the bedroom wall'],
  ])('"%s" reads like "%s"', (variant, plain) => {
    const a = classify(variant);
    const b = classify(plain);
    expect(a.kind).toBe(b.kind);
    expect(a.repair?.issue.area).toBe(b.repair?.issue.area);
    expect(a.repair?.tier).toBe(b.repair?.tier);
  });

  it.each([
    ['theres dealin going on from no 5, cars pullin up all hours', 'drugs'],
    ['kids on motorbikes tearin round the field', 'nuisance-vehicles'],
    ['the nabours r threatenin me and my kids', 'threats'],
    ['nieghbour keeps harrasing me every time i go out', 'harassment'],
  ])('"%s" is ASB (%s)', (text, category) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe(category);
  });

  it('"wiv" and "babby" still count the baby in the home', () => {
    expect(classify('no heatin, im on me own wiv the babby').vulnerabilities).toContain('under-5');
  });
});
