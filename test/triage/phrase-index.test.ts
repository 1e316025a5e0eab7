import { describe, expect, it } from 'vitest';
import { goldenMessages } from '../../eval/triage-golden.js';
import { prepare, readingOf } from '../../src/triage/reading.js';
import { classify } from '../../src/triage/classify.js';
import { normalise } from '../../src/triage/normalise.js';
import { filteredPatterns, indexed, requiredStrings } from '../../src/triage/phrase-index.js';

const cue = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'i');

describe('the strings a pattern needs', () => {
  it('lists every whole match of a short alternation, up to its first 10 characters', () => {
    expect(requiredStrings(cue('(?:gas|lpg) (?:leak|smell)'))?.sort()).toEqual(['gas leak', 'gas smell', 'lpg leak', 'lpg smell']);
    expect(requiredStrings(cue('(?:boiler|boyler) (?:not|isnt) working'))?.sort()).toEqual(['boiler isn', 'boiler not', 'boyler isn', 'boyler not']);
  });

  it('takes the strongest run when a part can be anything', () => {
    expect(requiredStrings(cue('(?:cut (?:me|us) off) (?:\\w+ ){0,3}(?:appointment|visit)'))?.sort()).toEqual(['cut me off', 'cut us off']);
    expect(requiredStrings(cue('(?:\\w+ ){0,3}(?:cut (?:me|us) off)'))?.sort()).toEqual(['cut me off', 'cut us off']);
  });

  it('finds what is certain after a part that can be anything', () => {
    expect(requiredStrings(cue('\\w+ing'))).toEqual(['ing']);
  });

  it('keeps a string shorter than another it is inside', () => {
    expect(requiredStrings(cue('leak|leaking|leaks'))).toEqual(['leak']);
  });

  it('reads optional letters, small classes and fixed repeats', () => {
    expect(requiredStrings(cue('neighbou?rs?'))?.sort()).toEqual(['neighbor', 'neighbour']);
    expect(requiredStrings(cue('workm[ae]n'))?.sort()).toEqual(['workman', 'workmen']);
  });

  it('gives up where nothing long enough is certain', () => {
    expect(requiredStrings(cue('ty|thx'))).toBeNull();
    expect(requiredStrings(cue('\\w+s'))).toBeNull();
    expect(requiredStrings(cue('(?:a|b) ?(?:\\d+)'))).toBeNull();
  });
});

describe('a filtered pattern answers exactly as the plain one', () => {
  it('on every message of the evaluation sets, as triage reads them, and on their parts', () => {
    const patterns = filteredPatterns();
    expect(patterns.length).toBeGreaterThan(300);
    const texts = new Set<string>();
    for (const m of goldenMessages().filter((_, i) => i % 2 === 0)) {
      const n = normalise(m);
      texts.add(n).add(prepare(n)).add(readingOf(n, m)).add(m);
      const words = n.split(' ');
      // Pieces and joins the patterns never saw whole: every word boundary a pattern could start at.
      for (let i = 0; i < words.length; i += 4) texts.add(` ${words.slice(i, i + 6).join(' ')} `);
    }
    let checked = 0;
    let matched = 0;
    for (const re of patterns) {
      const plain = new RegExp(re.source, re.flags);
      for (const t of texts) {
        const want = plain.test(t);
        if (re.test(t) !== want) throw new Error(`/${re.source.slice(0, 80)}/ differs on "${t}"`);
        checked += 1;
        if (want) matched += 1;
      }
    }
    expect(checked).toBeGreaterThan(1_000_000);
    // The filter must still let real matches through: the sets hold thousands.
    expect(matched).toBeGreaterThan(5_000);
  }, 120_000);

  it('through exec, match and replace, and on upper case and other scripts', () => {
    const re = indexed(cue('(?:boiler|boyler) (?:not|isnt) working'));
    expect(re.test(' my BOILER not working ')).toBe(true);
    expect(re.exec('the boyler isnt working')?.[0]).toBe('boyler isnt working');
    expect('the boiler not working now'.replace(re, 'X')).toBe('the X now');
    expect('boiler fine'.match(re)).toBeNull();
    expect(re.test('the bőiler not working')).toBe(false);
    expect(re.test('ボイラー boiler not working')).toBe(true);
  });

  it('leaves a global pattern, which keeps its place between calls, unfiltered', () => {
    const g = /leak/g;
    expect(indexed(g)).toBe(g);
    expect(Object.hasOwn(g, 'exec')).toBe(false);
  });

  it('triage reads the same with every pattern running', () => {
    // A second opinion on the golden record: classify with the filter bypassed gives the same reading.
    const samples = goldenMessages().filter((_, i) => i % 25 === 0);
    const withIndex = samples.map((m) => JSON.stringify(classify(m)));
    const patterns = filteredPatterns();
    const saved = patterns.map((re) => Object.getOwnPropertyDescriptor(re, 'exec'));
    try {
      for (const re of patterns) Object.defineProperty(re, 'exec', { value: RegExp.prototype.exec, configurable: true });
      expect(samples.map((m) => JSON.stringify(classify(m)))).toEqual(withIndex);
    } finally {
      patterns.forEach((re, i) => {
        Object.defineProperty(re, 'exec', saved[i]!);
      });
    }
  });
});
