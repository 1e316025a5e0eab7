// Feedback about our own service in the words tenants use: our people hours late or
// walking mud through the home, a paid-for service not done, a case of theirs badly
// handled (whatever it was about). And near misses that stay what they were.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

describe('about us', () => {
  it.each([
    'ur surveyor turned up 2 hours late and walked mud all over my new carpet',
    'paying service charge for cleaning and nobody has mopped our stairs since xmas, its a joke',
    'not happy with how my neighbour dispute has been handled at all',
    'nobody has cut the grass on the estate for months',
  ])('"%s" is a complaint', (text) => {
    expect(classify(text).kind).toBe('complaint');
  });

  it.each([
    ['my neighbour walked mud all over the communal stairs', 'complaint'],
    ['not happy with how my neighbour keeps threatening me', 'complaint'],
  ])('"%s" is not a %s', (text, kind) => {
    expect(classify(text).kind).not.toBe(kind);
  });
});
