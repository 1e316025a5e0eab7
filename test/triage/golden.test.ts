// Triage reads every message of the evaluation sets exactly as it did when the golden
// record was made (eval/triage-golden.ts): the classification, scores and alternatives
// included, and its view under each shipped pack. Work done for speed must not change a
// single reading; a change meant to change readings re-records the file and says so.
import { describe, expect, it } from 'vitest';
import { goldenLine, goldenMessages, readGolden } from '../../eval/triage-golden.js';

describe('triage against its golden record', () => {
  const golden = readGolden();

  it('covers every message of the evaluation sets', () => {
    expect(golden.map((g) => g.text)).toEqual(goldenMessages());
  });

  it('reads every message as the record says', { timeout: 120_000 }, () => {
    const changed = golden.flatMap((g) => {
      const now = goldenLine(g.text);
      return now.hash === g.hash ? [] : [{ was: g, now }];
    });
    expect(changed.slice(0, 10), `${changed.length} of ${golden.length} messages read differently`).toEqual([]);
  });
});
