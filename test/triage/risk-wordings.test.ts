// Self-harm and domestic abuse in the words tenants use, and the near misses that must not
// raise them: a repair accident, a tenancy ending, a neighbour's stones.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

const flags = (text: string) => classify(text).safety.map((s) => s.id);

describe('self-harm', () => {
  it.each([
    'been cutting myself again, dont know why im telling you',
    'ive made my mind up, im ending it tonight',
    'keep thinking about jumping off the car park roof',
    'my daughter says she will kill herself if we lose this flat',
    'doesnt matter anyway, wont be around to see it fixed, ive written my letters',
    'giving all my stuff away, no point now',
  ])('"%s" gets the Samaritans', (text) => {
    expect(flags(text)).toContain('self-harm');
  });

  it.each([
    'cut my hand on the broken window again',
    'im ending my tenancy next month',
    'the tap keeps ending up dripping',
    'i wont be around to see the engineer tuesday',
    'ive written my letters of complaint',
  ])('"%s" does not', (text) => {
    expect(flags(text)).not.toContain('self-harm');
  });
});

describe('domestic abuse', () => {
  it.each([
    'she said if i tell anyone shell make sure i never see the kids',
    'my sisters husband punched her again, shes staying with me',
    'my boyfriend threw a plate at me last night',
    'my partner did the damage, im frightened to be at home with him',
    'my boyfriend put his hands round my neck last night and broke the bedroom door',
    'my son whos 24 lives with me and takes my money and pushes me about, im 70',
  ])('"%s" gets the helpline', (text) => {
    expect(flags(text)).toContain('domestic-abuse');
  });

  it.each([
    'kids next door throw stones at me',
    'the boiler man said he will take the old one away',
    'the baby was choking on a grape',
    'my son takes my bins out',
  ])('"%s" does not', (text) => {
    expect(flags(text)).not.toContain('domestic-abuse');
  });
});

describe('a threat or an attack by a person', () => {
  it.each([
    ['the lad next door kicked my fence in and said my face is next', 'repair'],
    ['theres a man outside my door now with a hammer shouting hes coming in to get me', null],
    ['the woman across the landing screamed shes going to burn my flat down with me in it', null],
    ['bloke outside shouting hes gonna smash my windows in and kill my dog', null],
  ])('"%s" is a threats report with the 999 advice, whatever repair it names', (text, alsoKind) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('threats');
    expect(flags(text)).toContain('danger-to-life');
    if (alsoKind) expect(c.others.map((o) => o.kind)).toContain(alsoKind);
  });

  it.each([
    'roof tiles blown off in the wind, one nearly hit someone',
    'youre next on the list for a new kitchen',
    'the tree nearly killed someone when it came down',
  ])('"%s" is not', (text) => {
    expect(classify(text).asb?.category.id).not.toBe('threats');
  });
});
