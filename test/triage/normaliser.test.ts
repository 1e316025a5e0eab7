// The normaliser the repair matcher reads through: case, emoji and punctuation, SMS spellings
// and abbreviations, contractions, dropped g, misspellings corrected by distance to the known
// words, "dr", words run together; tokens() and the edit distance behind it. Shorthand that
// once read as something else is in normalise.test.ts.
import { describe, expect, it } from 'vitest';
import { damerau, normalise, tokens } from '../../src/triage/normalise.js';

describe('normalise', () => {
  it('lower-cases and strips emoji and punctuation but keeps digits', () => {
    expect(normalise('My BOILER!!! 😡😡 broke on 3rd Jan...')).toBe('my boiler broke on 3rd jan');
  });

  it('writes out SMS spellings and abbreviations', () => {
    expect(normalise('som1 kicked my bk door in wont lock')).toBe('someone kicked my back door in not lock');
    expect(normalise('pls can u come 2day or tmrw cos its urgent')).toBe('please can you come today or tomorrow because its urgent');
    expect(normalise('no leccy')).toBe('no electric');
  });

  it('turns every negative contraction into "not"', () => {
    expect(normalise("won't dont can't isn't aint doesn't")).toBe('not not not not not not');
  });

  it('fixes dropped g on -ing words', () => {
    expect(normalise('leakin drippin workin')).toBe('leaking dripping working');
  });

  it('corrects misspellings not in any list by distance to the known words', () => {
    expect(normalise('cockroches in the kitchin')).toBe('cockroaches in the kitchen');
    expect(normalise('condensasion on the windos')).toBe('condensation on the windows');
    expect(normalise('radaitor')).toBe('radiator');
  });

  it('keeps real English words and words the other matchers need', () => {
    const text = 'i can smell gas and there is a fire he will kill me not safe no help right now at night bloke fight';
    expect(normalise(text)).toBe(text);
  });

  it('reads "dr" as door only next to door words', () => {
    expect(normalise('front dr wont lock')).toBe('front door not lock');
    expect(normalise('my dr said its asthma')).toBe('my doctor said its asthma');
  });

  it('splits words run together', () => {
    expect(normalise('frontdoor wont lock')).toBe('front door not lock');
  });

  it('tokens() splits on spaces', () => {
    expect(tokens(normalise('  no   heating  '))).toEqual(['no', 'heating']);
  });

  it('damerau counts an adjacent swap as one edit', () => {
    expect(damerau('toliet', 'toilet')).toBe(1);
    expect(damerau('boiler', 'boiler')).toBe(0);
    expect(damerau('abc', 'xyz', 1)).toBeGreaterThan(1);
  });
});
