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
  ])('"%s" gets the Samaritans', (text) => {
    expect(flags(text)).toContain('self-harm');
  });

  it.each(['cut my hand on the broken window again', 'im ending my tenancy next month', 'the tap keeps ending up dripping'])('"%s" does not', (text) => {
    expect(flags(text)).not.toContain('self-harm');
  });
});

describe('domestic abuse', () => {
  it.each([
    'she said if i tell anyone shell make sure i never see the kids',
    'my sisters husband punched her again, shes staying with me',
    'my boyfriend threw a plate at me last night',
    'my partner did the damage, im frightened to be at home with him',
  ])('"%s" gets the helpline', (text) => {
    expect(flags(text)).toContain('domestic-abuse');
  });

  it.each(['kids next door throw stones at me', 'the boiler man said he will take the old one away'])('"%s" does not', (text) => {
    expect(flags(text)).not.toContain('domestic-abuse');
  });
});
