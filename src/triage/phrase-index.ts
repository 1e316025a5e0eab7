// Triage tests each message against several hundred word-bounded cue patterns, and almost
// all of them fail. This index lets a pattern that cannot match fail without running: when
// a pattern is made, the literal strings any match must contain are read from its syntax
// tree (at least one of a set: "boiler" or "boyler", "thank" or "cheers"); each text is
// scanned once for all of those strings together (Aho-Corasick over ASCII), and a pattern
// runs only when one of its strings is in the text. It is a filter and never a judge: a
// pattern whose strings cannot be read, or are too short to tell anything, always runs,
// and whatever runs answers exactly as the plain RegExp would.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A finite set of strings (what part of a pattern can match), or null when unbounded. */
type Strings = string[] | null;
interface Reading {
  /** Every string this part can match, when there are few enough to list. */
  all: Strings;
  /** Strings at least one of which is inside any match of this part. */
  needs: Strings;
}

/** Beyond this many strings a part's matches are not listed. */
const MAX_STRINGS = 64;
/** A required string shorter than this is in nearly every text: not worth a filter. */
const MIN_LENGTH = 3;
/** Only this much of each required string is looked for: its start is as telling, and the automaton stays small. */
const MAX_LENGTH = 10;
const NOTHING: Reading = { all: null, needs: null };
const EMPTY: Reading = { all: [''], needs: null };

const shortest = (set: string[]): number => Math.min(...set.map((s) => s.length));

/** The better of two requirements: the one whose shortest string is longest, then the smaller set. */
function better(a: Strings, b: Strings): Strings {
  if (!a || a.length === 0 || shortest(a) === 0) return b;
  if (!b || b.length === 0 || shortest(b) === 0) return a;
  const [la, lb] = [shortest(a), shortest(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

function cross(a: string[], b: string[]): Strings {
  if (a.length * b.length > MAX_STRINGS) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

function readAlternatives(alternatives: AST.Alternative[]): Reading {
  const readings = alternatives.map((a) => readSequence(a.elements));
  const all = readings.every((r) => r.all) ? [...new Set(readings.flatMap((r) => r.all!))] : null;
  const needs = readings.every((r) => r.needs) ? [...new Set(readings.flatMap((r) => r.needs!))] : null;
  return { all: all && all.length <= MAX_STRINGS ? all : null, needs };
}

function readSequence(elements: AST.Element[]): Reading {
  let run: string[] = [''];
  let whole = true;
  let needs: Strings = null;
  for (const element of elements) {
    const r = readElement(element);
    const joined = r.all ? cross(run, r.all) : null;
    if (joined) {
      run = joined;
      continue;
    }
    whole = false;
    needs = better(better(needs, run), r.needs);
    run = r.all ?? [''];
  }
  needs = better(needs, run);
  return { all: whole ? run : null, needs };
}

function readElement(e: AST.Element): Reading {
  switch (e.type) {
    case 'Character': {
      const s = String.fromCodePoint(e.value).toLowerCase();
      return { all: [s], needs: [s] };
    }
    case 'CharacterClass': {
      if (e.negate || e.unicodeSets) return NOTHING;
      const chars: string[] = [];
      for (const c of e.elements) {
        if (c.type === 'Character') chars.push(String.fromCodePoint(c.value).toLowerCase());
        else if (c.type === 'CharacterClassRange' && c.max.value - c.min.value < 10) {
          for (let v = c.min.value; v <= c.max.value; v += 1) chars.push(String.fromCodePoint(v).toLowerCase());
        } else return NOTHING;
      }
      const all = [...new Set(chars)];
      return all.length <= 10 ? { all, needs: all } : NOTHING;
    }
    case 'Assertion':
      // Zero-width: a lookaround or boundary adds nothing to what is matched.
      return EMPTY;
    case 'Group':
    case 'CapturingGroup':
      return readAlternatives(e.alternatives);
    case 'Quantifier': {
      const inner = readElement(e.element);
      if (e.min === 0 && e.max === 1) return { all: inner.all ? [...new Set(['', ...inner.all])] : null, needs: null };
      if (e.min === e.max && e.min <= 3 && inner.all) {
        let all: Strings = [''];
        for (let i = 0; i < e.min && all; i += 1) all = cross(all, inner.all);
        return { all, needs: all };
      }
      return { all: null, needs: e.min >= 1 ? better(inner.needs, inner.all) : null };
    }
    default:
      return NOTHING;
  }
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Strings at least one of which any match of the pattern contains, lower-cased, or null
 * when no such set is worth checking.
 */
export function requiredStrings(re: RegExp): string[] | null {
  let needs: Strings;
  try {
    needs = readAlternatives(parser.parsePattern(re.source, undefined, undefined, { unicode: re.unicode, unicodeSets: re.unicodeSets }).alternatives).needs;
  } catch {
    return null;
  }
  if (!needs || needs.length === 0 || shortest(needs) < MIN_LENGTH) return null;
  // Only plain ASCII is scanned for; any other character and the pattern simply always runs.
  if (needs.some((s) => /[^\x20-\x7e]/.test(s))) return null;
  // A string that contains another of the set adds nothing: the shorter is found wherever it is.
  const sorted = [...new Set(needs.map((s) => s.slice(0, MAX_LENGTH)))].sort((a, b) => a.length - b.length);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((t) => s.includes(t)));
}

/** One Aho-Corasick automaton over every pattern's required strings, rebuilt when patterns are added. */
class StringScanner {
  private next: Int32Array = new Int32Array(0);
  /** Each ASCII character's column in `next` (0: in no string); `width` columns a row. */
  private letters = new Uint8Array(128);
  private width = 1;
  private hits: number[][] = [];
  private built = 0;
  private readonly owners = new Map<string, number[]>();
  private readonly sets: (string[] | null)[] = [];

  /** Registers a pattern's strings; returns its number. */
  add(strings: string[] | null): number {
    const id = this.sets.length;
    this.sets.push(strings);
    for (const s of strings ?? []) {
      const list = this.owners.get(s);
      if (list) list.push(id);
      else this.owners.set(s, [id]);
    }
    return id;
  }

  get size(): number {
    return this.sets.length;
  }

  alwaysRuns(id: number): boolean {
    return this.sets[id] === null;
  }

  /** Marks in `out` every pattern one of whose strings is in the (lower-case) text. */
  scan(text: string, out: Uint8Array): void {
    if (this.built !== this.sets.length) this.build();
    const { next, letters, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      // A character no string holds sends the scan back to the start.
      state = c < 128 ? next[state * width + letters[c]!]! : 0;
      const found = this.hits[state];
      if (found) for (const id of found) out[id] = 1;
    }
  }

  private build(): void {
    // A trie of the strings, then each node's fall-back (the longest proper suffix that is
    // also in the trie), folded into a full transition table with a column per character
    // the strings use.
    const letters = new Uint8Array(128);
    let width = 1;
    for (const s of this.owners.keys()) for (let i = 0; i < s.length; i += 1) if (letters[s.charCodeAt(i)] === 0) letters[s.charCodeAt(i)] = width++;
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    for (const [s, ids] of this.owners) {
      let node = 0;
      for (let i = 0; i < s.length; i += 1) {
        const c = letters[s.charCodeAt(i)]!;
        let child = children[node]!.get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          own.push([]);
          children[node]!.set(c, child);
        }
        node = child;
      }
      own[node]!.push(...ids);
    }
    const next = new Int32Array(children.length * width);
    const fail = new Int32Array(children.length);
    const hits: number[][] = new Array(children.length);
    const queue: number[] = [];
    for (const [c, child] of children[0]!) {
      next[c] = child;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q += 1) {
      const node = queue[q]!;
      const merged = [...own[node]!, ...(hits[fail[node]!] ?? [])];
      if (merged.length > 0) hits[node] = [...new Set(merged)];
      for (let c = 1; c < width; c += 1) {
        const child = children[node]!.get(c);
        if (child === undefined) next[node * width + c] = next[fail[node]! * width + c]!;
        else {
          fail[child] = next[fail[node]! * width + c]!;
          next[node * width + c] = child;
          queue.push(child);
        }
      }
    }
    this.next = next;
    this.letters = letters;
    this.width = width;
    this.hits = hits;
    this.built = this.sets.length;
  }
}

const scanner = new StringScanner();
/** Texts recently scanned, with the patterns that could match each: a message is read a few dozen times. */
const scanned = new Map<string, Uint8Array>();
const REMEMBERED_TEXTS = 256;

function possible(id: number, text: string): boolean {
  if (scanner.alwaysRuns(id)) return true;
  let marks = scanned.get(text);
  if (!marks || id >= marks.length) {
    marks = new Uint8Array(scanner.size);
    scanner.scan(text.toLowerCase(), marks);
    if (scanned.size >= REMEMBERED_TEXTS) scanned.clear();
    scanned.set(text, marks);
  }
  return marks[id] === 1;
}

const plainExec = RegExp.prototype.exec;

/**
 * The same pattern, answering exactly as before, that first asks the index whether it
 * could match. test, match and replace all go through exec, so all are filtered.
 */
export function indexed(re: RegExp): RegExp {
  // A global or sticky pattern keeps a position between calls: it is left to run as it is.
  if (re.global || re.sticky) return re;
  const id = scanner.add(requiredStrings(re));
  if (scanner.alwaysRuns(id)) return re;
  filtered.push(re);
  Object.defineProperty(re, 'exec', {
    configurable: true,
    value(this: RegExp, text: string): RegExpExecArray | null {
      const s = String(text);
      return possible(id, s) ? plainExec.call(this, s) : null;
    },
  });
  return re;
}

const filtered: RegExp[] = [];

/** Every pattern the index filters (for the test that each answers as its plain twin). */
export function filteredPatterns(): readonly RegExp[] {
  return filtered;
}
