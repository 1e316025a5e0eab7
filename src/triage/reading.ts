// The few text helpers the triage cue matchers share (phrase, prepare, readingOf), so
// safety, ASB, not-ASB, kind and severity cues all read text the same way.
import { indexed } from './phrase-index.js';

/** Each pattern is compiled and indexed once, however often a rule asks for it. */
const phrases = new Map<string, RegExp>();

/** A word-bounded, case-insensitive pattern over normalised text, compiled once. */
export function phrase(source: string): RegExp {
  let re = phrases.get(source);
  if (!re) {
    re = indexed(new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'i'));
    phrases.set(source, re);
  }
  return re;
}

/**
 * Tolerance for what the normaliser hands over: lower case, single spaces, a space at
 * each end (so word-bounded patterns can also look for " x "), and contractions whose
 * apostrophe became a space ("can t", "i m") joined back up. It is not a second
 * normaliser: spelling is normalise.ts's job.
 */
export function prepare(normalised: string): string {
  const t = normalised
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(can|don|won|isn|aren|doesn|didn|couldn|wouldn|shouldn|haven|hasn|hadn|ain|wasn|weren|mustn)\s+t\b/g, '$1t')
    .replace(/\b(i)\s+m\b/g, 'im')
    .replace(/\b(it|he|she|that|there|what|who|where)\s+s\b/g, '$1s')
    .replace(/\b(i|you|we|they|he|she)\s+(ll|ve|d|re)\b/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  return ` ${t} `;
}

/** Marks where one reading of a message ends and the next begins (see `readingOf`). */
export const READING_BREAK = 'zzbreakzz';

/**
 * The text the cue matchers read: the normaliser's words, and then the tenant's own words
 * lightly cleaned. Spelling correction is a great help ("som1", "drippin") but it can
 * also turn a real word into a repair word ("stab" into "slab", "fight" into "light");
 * reading both means a correction can add a cue but never hide one, which is what safety
 * needs. Cues still count once each however many readings they appear in.
 */
export function readingOf(normalised: string, raw?: string): string {
  const n = normalised.trim();
  if (raw === undefined) return n;
  const r = prepare(raw).trim();
  if (!r || r === n) return n;
  return `${n} ${READING_BREAK} ${r}`;
}
