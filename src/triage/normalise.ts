// Turns a tenant's text into plain words every triage matcher can read: lower case, no
// emoji or punctuation (digits kept), SMS spellings and abbreviations written out, and
// misspellings of words we know pulled to the nearest known word. Shared by the safety,
// repair, ASB and complaint matchers, so it is general, not repair-only: it drops no word
// (bar a closing "x" kiss), and it never "corrects" a real English word (see PROTECTED_WORDS).
//
// One convention to build on: every negative contraction (won't, can't, doesn't, isn't,
// ain't, dont, nt...) becomes the single word "not". "no", "never" and "nothing" stay.
//
// The word lists live beside it: spelling.ts (SMS spellings and abbreviations),
// general-words.ts (non-repair words to correct towards) and protected-words.ts (real words
// never to correct); the repair words come from the catalogue.
import { GENERAL_WORDS } from './general-words.js';
import { PROTECTED_WORDS } from './protected-words.js';
import { REPAIR_CONCEPTS, REPAIR_LOCATIONS } from './repair-catalogue.js';
import { DOCTOR_NEIGHBOURS, DOOR_NEIGHBOURS, OWNED_AFTER_ME, OWNED_PLACES_AFTER_BACK_OR_FRONT, SMS } from './spelling.js';

function termWords(terms: Iterable<string>): string[] {
  const out: string[] = [];
  for (const t of terms) {
    for (const w of t.split(/\s+/)) {
      const clean = w.replace(/^=/, '');
      if (clean !== '~' && /^[a-z]+$/.test(clean)) out.push(clean);
    }
  }
  return out;
}

/** The repair vocabulary: its words are also accepted with the usual endings (-s, -ed, -ing). */
const REPAIR_WORDS: Set<string> = new Set([
  ...termWords(Object.values(REPAIR_CONCEPTS).flat()),
  ...termWords(Object.values(REPAIR_LOCATIONS).flat()),
  ...termWords(Object.keys(REPAIR_LOCATIONS)),
]);

/** Fuzzy targets: the repair vocabulary, the general words and the SMS expansions. */
const TARGETS: Set<string> = new Set([...REPAIR_WORDS, ...termWords(GENERAL_WORDS.split(/\s+/)), ...termWords(Object.values(SMS))]);

function inflections(w: string): string[] {
  const out = [w, `${w}s`, `${w}es`, `${w}ed`, `${w}ing`, `${w}er`, `${w}ers`, `${w}y`];
  if (w.endsWith('e')) out.push(`${w}d`, `${w.slice(0, -1)}ing`, `${w}r`);
  if (w.endsWith('y')) out.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) {
    const last = w.slice(-1);
    out.push(`${w}${last}ing`, `${w}${last}ed`, `${w}${last}er`, `${w}${last}y`);
  }
  return out;
}

const PROTECTED: Set<string> = new Set(
  PROTECTED_WORDS.split('\n')
    .filter((line) => !line.startsWith('//'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean),
);

/** Every word we accept as written. */
const KNOWN: Set<string> = new Set<string>([...TARGETS, ...PROTECTED]);
for (const w of REPAIR_WORDS) for (const f of inflections(w)) KNOWN.add(f);

/** Fuzzy targets of 4+ letters, bucketed by length. */
const BY_LENGTH: Map<number, string[]> = new Map();
for (const w of TARGETS) {
  if (w.length < 3) continue;
  const list = BY_LENGTH.get(w.length) ?? [];
  list.push(w);
  BY_LENGTH.set(w.length, list);
}
for (const list of BY_LENGTH.values()) list.sort();
/** The same targets by length and first letter, and by length and first two letters. */
const BY_START: Map<string, string[]> = new Map();
for (const [len, list] of BY_LENGTH) {
  for (const w of list) {
    for (const key of [`${len}:${w[0]}`, `${len}:${w.slice(0, 2)}`]) {
      const bucket = BY_START.get(key) ?? [];
      bucket.push(w);
      BY_START.set(key, bucket);
    }
  }
}

/**
 * The targets of one length a misspelling could be of: those that keep its first letter
 * or swap its first two (misspellings nearly always do one or the other), in word order.
 */
function candidates(word: string, len: number): string[] {
  const same = BY_START.get(`${len}:${word[0]}`) ?? [];
  if (word[1] === word[0]) return same;
  const swapped = BY_START.get(`${len}:${word[1]}${word[0]}`) ?? [];
  if (swapped.length === 0) return same;
  return [...same, ...swapped].sort();
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions,
 * each substring edited once), giving up early once it must exceed `max`.
 */
/** Three rows reused by every call (grown when a longer word comes). */
let rows: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

export function damerau(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0]!.length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** The nearest known word for a misspelt one (distance 1 for 4-7 letters, 2 for 8+), or null. */
export function correctSpelling(word: string): string | null {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || KNOWN.has(word)) return null;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestScore = Infinity;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const cand of candidates(word, len)) {
      const d = damerau(word, cand, max);
      if (d > max) continue;
      // Prefer the nearest; then one that keeps the first and last letters; then a letter
      // left out (the commonest slip on a phone keyboard) over a letter changed.
      const score = d * 4 + (cand[0] === word[0] ? 0 : 2) + (cand.at(-1) === word.at(-1) ? 0 : 1) + (cand.length > word.length ? 0 : 0.5);
      if (score < bestScore) {
        bestScore = score;
        best = cand;
      }
    }
  }
  return best;
}

function isKnown(w: string): boolean {
  return KNOWN.has(w);
}

/**
 * Words read lately: a message is normalised whole and then part by part, and tenants use
 * the same few thousand words, so most words are read once. Bounded; a hit is the answer
 * readWord would give again.
 */
const wordsRead = new Map<string, string>();
const WORDS_REMEMBERED = 10_000;

function readWord(tok: string): string {
  if (isKnown(tok) || tok.length < 3) return tok;
  let read = wordsRead.get(tok);
  if (read === undefined) {
    read = readUnknownWord(tok);
    if (wordsRead.size >= WORDS_REMEMBERED) wordsRead.clear();
    wordsRead.set(tok, read);
  }
  return read;
}

/** Try to read a token as a known word: letter runs, -in for -ing, spelt as it sounds, two words run together, a misspelling. */
function readUnknownWord(tok: string): string {
  // Stretched words: "pleeeease", "sooo cold".
  if (/(.)\1\1/.test(tok)) {
    const one = tok.replace(/(.)\1+/g, '$1');
    const two = tok.replace(/(.)\1\1+/g, '$1$1');
    for (const c of [two, one]) {
      if (SMS[c]) return SMS[c];
      if (isKnown(c)) return c;
    }
    tok = two;
  }
  // Dropped g: "leakin", "drippin", "comin".
  if (tok.length >= 5 && tok.endsWith('in') && !/(ain|oin|ein|uin)$/.test(tok)) {
    const ing = `${tok}g`;
    const stem = tok.slice(0, -2);
    if (isKnown(ing) || isKnown(stem) || isKnown(`${stem}e`) || (/(.)\1$/.test(stem) && isKnown(stem.slice(0, -1)))) return ing;
  }
  // "-a" for "-er", as it is said: "showa", "meta", "boila", "radiata".
  if (tok.length >= 4 && tok.endsWith('a')) {
    const er = `${tok.slice(0, -1)}er`;
    const or = `${tok.slice(0, -1)}or`;
    if (isKnown(er)) return er;
    if (isKnown(or)) return or;
  }
  // Spelt as it sounds: "condensashun", "insulashon", "ventilasion".
  const sounded = tok.replace(/(shun|shon|sion|cion)$/, 'tion').replace(/z$/, 's');
  if (sounded !== tok && isKnown(sounded)) return sounded;
  // Two words run together: "hotwater", "smokealarm", "frontdoor".
  if (tok.length >= 6) {
    for (let i = 3; i <= tok.length - 3; i++) {
      const a = tok.slice(0, i);
      const b = tok.slice(i);
      if (TARGETS.has(a) && TARGETS.has(b)) return `${a} ${b}`;
    }
  }
  return correctSpelling(tok) ?? tok;
}

/** "me" as "my" (Northern speech): before a thing or person it owns, or before back or front and a place. */
function ownedAfterMe(next: string, after: string): boolean {
  if (next === 'back' || next === 'front' || next === 'bk') return OWNED_PLACES_AFTER_BACK_OR_FRONT.has(after);
  return OWNED_AFTER_ME.has(next);
}

/** Lower-case, strip emoji and punctuation, write out SMS spellings, and correct misspellings. */
export function normalise(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .replace(/\bc\s*\/\s*h\b/g, ' central heating ')
    .replace(/\bh\s*\/\s*w\b/g, ' hot water ')
    .replace(/\bw\s*\/\s*o\b/g, ' without ')
    .replace(/\bw\//g, ' with ')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' and ')
    .replace(/@/g, ' at ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!s) return '';
  const raw = s.split(' ');
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let tok = raw[i]!;
    if (/^x+$/.test(tok) && tok.length <= 4 && i === raw.length - 1) continue; // sign-off kisses
    if (tok === 'dr') {
      const prev = raw[i - 1] ?? '';
      const next = raw[i + 1] ?? '';
      if (DOCTOR_NEIGHBOURS.has(next)) out.push('doctor');
      else if (DOOR_NEIGHBOURS.has(prev) || DOOR_NEIGHBOURS.has(next)) out.push('door');
      else out.push(tok);
      continue;
    }
    if (tok === 'me' && ownedAfterMe(raw[i + 1] ?? '', raw[i + 2] ?? '')) {
      out.push('my');
      continue;
    }
    const mapped = tok === 'u' && raw[i + 1] === 'bend' ? tok : SMS[tok];
    if (mapped !== undefined) {
      out.push(mapped);
      continue;
    }
    // "3days", "24hrs": split a number from the word after it (keep 1st, 5pm, co2, f28).
    const m = /^(\d+)([a-z]+)$/.exec(tok);
    if (m && !/^(st|nd|rd|th|am|pm)$/.test(m[2]!)) {
      out.push(m[1]!, SMS[m[2]!] ?? readWord(m[2]!));
      continue;
    }
    if (/\d/.test(tok)) {
      out.push(tok);
      continue;
    }
    tok = readWord(tok);
    out.push(SMS[tok] ?? tok);
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** The words of a normalised text. */
export function tokens(normalised: string): string[] {
  return normalised.split(/\s+/).filter(Boolean);
}
