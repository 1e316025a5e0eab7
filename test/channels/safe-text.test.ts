// What every channel does to a tenant's words before they are read or stored: no NUL, no
// control characters, no half of a surrogate pair, and a cut that never splits a
// character the tenant typed, whatever kind of emoji sits on the boundary.
import { describe, expect, it } from 'vitest';
import { clip } from '../../machines/clip-text.js';
import { safeText, safeToken } from '../../src/channels/safe-text.js';

const graphemes = (s: string): string[] => [...new Intl.Segmenter('en-GB', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

const EMOJI: Record<string, string> = {
  'surrogate pair': '😀',
  'ZWJ family': '👨‍👩‍👧‍👦',
  flag: '🇬🇧',
  'skin tone': '👍🏽',
  keycap: '1️⃣',
  'combining accent': 'e\u0301',
  'tag sequence (Wales flag)': '🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  'variation selector': '❤️',
};

describe('clip', () => {
  for (const [kind, emoji] of Object.entries(EMOJI)) {
    it(`never splits a ${kind} at any cut position`, () => {
      for (let before = 0; before <= 6; before += 1) {
        const text = `${'a'.repeat(before)}${emoji}${emoji}b`;
        for (let max = 0; max <= text.length + 1; max += 1) {
          const cut = clip(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(cut.isWellFormed(), `${kind} cut at ${max}`).toBe(true);
          // What is kept is whole characters of the original, in order.
          expect(text.startsWith(cut)).toBe(true);
          const kept = graphemes(cut);
          expect(kept).toEqual(graphemes(text).slice(0, kept.length));
        }
      }
    });
  }

  it('keeps text that fits as it is', () => {
    expect(clip('Jo Bloggs 👍🏽', 60)).toBe('Jo Bloggs 👍🏽');
  });
});

describe('safeText', () => {
  it('takes out every C0 and C1 control character and DEL, but keeps tabs and line breaks', () => {
    for (let code = 0; code <= 0x9f; code += 1) {
      const ch = String.fromCharCode(code);
      const out = safeText(`my${ch}sink`);
      if (code === 0x09 || code === 0x0a) expect(out).toBe(`my${ch}sink`);
      else if (code === 0x0d) expect(out).toBe('my\nsink');
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) expect(out, `U+${code.toString(16)}`).toBe('mysink');
      else expect(out).toBe(`my${ch}sink`);
    }
  });

  it('replaces a lone half of a surrogate pair and keeps whole emoji', () => {
    expect(safeText('tap \uD83D leaking 😀')).toBe('tap \uFFFD leaking 😀');
    expect(safeText('\uDE00')).toBe('\uFFFD');
  });

  it('cuts long text on a whole character', () => {
    const out = safeText(`${'a'.repeat(9)}👨‍👩‍👧‍👦`, 12);
    expect(out).toBe('a'.repeat(9));
  });

  it('makes a provider token one trimmed line', () => {
    expect(safeToken(' +44 7700\n900123\u0000 ', 64)).toBe('+44 7700 900123');
  });
});
