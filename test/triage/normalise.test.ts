// SMS shorthand that once read as something else: "til" as tiles, "itll" as "ill".
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';
import { normalise } from '../../src/triage/normalise.js';

describe('normalising SMS shorthand', () => {
  it.each([
    ['music til 4am', 'music until 4am'],
    ['itll fall in', 'it will fall in'],
    ['flytipping by the bins', 'fly tipping by the bins'],
  ])('"%s" reads as "%s"', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it('"loud music til 4am every night" is noise, not a bathroom tiles repair', () => {
    const c = classify('neighbour plays loud music til 4am every night');
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('noise');
  });
});
