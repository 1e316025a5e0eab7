// Rules from the seventh round of issue 16 (set K, after its one blind run, as the
// development set), each checked on wordings of our own with the near misses that must not
// move: hate shown by what it targets or by a slur written with stars, harassment by name
// and night after night, threats with a few words before the harm, a gas smell typed as
// "has", a burning smell named by its material, a balcony railing giving way, and a person
// stranded when their hoist fails.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

const asbOf = (text: string) => classify(text).asb?.category.id ?? null;

describe('hate shown by what it targets', () => {
  it.each([
    'kids on the estate keep making comments about my wifes headscarf and one threw an egg at her',
    'the man upstairs keeps laughing at my sons wheelchair and saying stuff about his accent',
    'somebody has sprayed "P*** out" across our front door again',
    'someone scratched f*gs on my partners car last night',
  ])('is a hate incident: "%s"', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('hate-incident');
  });

  it.each([
    'can you paint the front door, the old paint is peeling',
    'we wrote our names out on the form for the new fence',
    'the kids scratched the paint on my car, theyre only 6',
  ])('is not a hate incident: "%s"', (text) => {
    expect(asbOf(text)).not.toBe('hate-incident');
  });
});

describe('harassment by name, night after night, or told they are not wanted', () => {
  it.each([
    'the same 2 lads bang on our windows every night and shout my name then run off',
    'someone keeps knocking on my door every night about 2am and legging it',
    'got a note thru the door saying were not wanted round here',
  ])('is harassment: "%s"', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('harassment');
  });

  it.each(['shouting my dogs name in the park', 'can someone knock on my door when they come, the bell is broken'])('is not harassment: "%s"', (text) => {
    expect(asbOf(text)).not.toBe('harassment');
  });
});

describe('a threat with a few words before the harm', () => {
  it.each([
    'her lad says hes gonna come round and smash my car up and put my windows through',
    'his brother reckons hes going to get my car and smash our windows',
  ])('is a threats report: "%s"', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('threats');
  });

  it('is not a threat when the words only promise a repair', () => {
    expect(asbOf('the glazier is going to come back next week and fit my windows')).not.toBe('threats');
  });
});

describe('dangers in the home typed or named unusually', () => {
  it('reads "smell of has" as gas', () => {
    const c = classify('strong smell of has by the boiler, kids are in bed');
    expect(c.safety.map((s) => s.id)).toContain('gas');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('does not read "has" as gas away from a smell', () => {
    expect(classify('the boiler has stopped, no heating').safety.map((s) => s.id)).not.toContain('gas');
  });

  it('reads a burning plastic smell from a socket as a fire danger', () => {
    const c = classify('plug socket in the lounge has gone brown and theres a burning plastic smell');
    expect(c.safety.map((s) => s.id)).toContain('fire');
    expect(c.repair?.tier).toBe('emergency');
  });
});

describe('a fall or a person stranded', () => {
  it('reads a balcony railing coming away high up as an emergency, not a loose grab rail', () => {
    const c = classify('the railing on wor balcony on the 9th floor is hanging loose, one side has come away');
    expect(c.repair?.issue.id).toBe('balcony');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('still reads a loose grab rail as one', () => {
    expect(classify('grab rail by the toilet is loose').repair?.issue.id).toBe('grab-rail');
  });

  it('reads a hoist failing with the person in bed as an emergency', () => {
    const c = classify('the ceiling hoist has stopped working with him in bed, we cant transfer him to his chair');
    expect(c.repair?.issue.id).toBe('hoist');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('leaves a hoist that needs a service as it was', () => {
    expect(classify('the hoist is making a clicking noise, still works').repair?.tier).not.toBe('emergency');
  });
});
