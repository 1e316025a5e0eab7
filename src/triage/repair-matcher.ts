// Reads a normalised message and says which catalogue repair it most likely describes.
//
// It works on concepts, not sentences. Each concept (boiler, leak, will-not-lock...) is a
// set of words and short phrases; the message's words are lightly stemmed, then phrases are
// found longest first, each word used by one phrase only (so "hot water" is not also
// "water", and "not heating up" is not also "heating"). Each issue's cues name the concepts
// that must appear together; the best cue's weight (out of 10) is the issue's score. A cue
// whose concepts lie far apart in a long message counts for less. Ties go to the more
// serious tier: when unsure, choose the higher. When a message names several jobs, an
// emergency matched with confidence wins over a lesser job named before it: under-grading
// is the costliest mistake ("sort the gutter, oh and the socket is sparking").
import { REPAIR_CATALOGUE, REPAIR_CONCEPTS, REPAIR_CUES, REPAIR_LOCATIONS } from './repair-catalogue.js';
import { tokens } from './normalise.js';
import type { RepairIssue, RepairMatch } from './triage.types.js';

/** Below this (on the 0-1 scale) nothing is repair-like enough to name. */
const MIN_SCORE = 0.4;
/** Runners-up reported: at most three, within this fraction of the best score. */
const ALTERNATIVE_RATIO = 0.85;
/** An emergency scoring at least this (0-1) wins over a better-scoring lesser issue. */
const CONFIDENT = 0.9;
/** Concepts further apart than this many words weaken a cue. */
const NEAR = 12;
const GAP = 3;

/** A light English stemmer: enough that leak/leaks/leaking/leaked meet, and drip/dripping. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

type Part = { kind: 'exact' | 'stem'; value: string } | { kind: 'gap' };
interface Term {
  parts: Part[];
  words: number;
  key: string;
  concepts: string[];
}

function compileTerm(term: string): Omit<Term, 'concepts'> {
  const parts: Part[] = term
    .trim()
    .split(/\s+/)
    .map((w): Part => {
      if (w === '~') return { kind: 'gap' };
      if (w.startsWith('=')) return { kind: 'exact', value: w.slice(1) };
      return { kind: 'stem', value: stem(w) };
    });
  const key = parts.map((p) => (p.kind === 'gap' ? '~' : `${p.kind === 'exact' ? '=' : ''}${p.value}`)).join(' ');
  return { parts, words: parts.filter((p) => p.kind !== 'gap').length, key };
}

/** Every distinct term once, with the concepts that own it, longest first. */
function compileLexicon(lexicon: Record<string, string[]>): Term[] {
  const byKey = new Map<string, Term>();
  for (const [concept, terms] of Object.entries(lexicon)) {
    for (const t of terms) {
      const c = compileTerm(t);
      const existing = byKey.get(c.key);
      if (existing) {
        if (!existing.concepts.includes(concept)) existing.concepts.push(concept);
      } else byKey.set(c.key, { ...c, concepts: [concept] });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => b.words - a.words || (a.parts.some((p) => p.kind === 'gap') ? 1 : 0) - (b.parts.some((p) => p.kind === 'gap') ? 1 : 0),
  );
}

const CONCEPT_TERMS = indexTerms(compileLexicon(REPAIR_CONCEPTS));
const LOCATION_TERMS = indexTerms(compileLexicon(REPAIR_LOCATIONS));
const ISSUES = new Map<string, RepairIssue>(REPAIR_CATALOGUE.map((i) => [i.id, i]));
const TIER_RANK: Record<string, number> = { emergency: 3, urgent: 2, routine: 1, planned: 0 };

function partMatches(p: Part, word: string, stemmed: string): boolean {
  if (p.kind === 'gap') return false;
  return p.kind === 'exact' ? word === p.value : stemmed === p.value;
}

/** Find where a term starts at `start`; returns the positions it uses, or null. */
function matchAt(term: Term, words: string[], stems: string[], used: boolean[], start: number): number[] | null {
  const positions: number[] = [];
  let i = start;
  for (let k = 0; k < term.parts.length; k++) {
    const p = term.parts[k]!;
    if (p.kind === 'gap') {
      const next = term.parts[k + 1];
      if (!next) return null;
      let found = -1;
      for (let j = i; j <= i + GAP && j < words.length; j++) {
        if (!used[j] && partMatches(next, words[j]!, stems[j]!)) {
          found = j;
          break;
        }
      }
      if (found < 0) return null;
      positions.push(found);
      i = found + 1;
      k++;
      continue;
    }
    if (i >= words.length || used[i] || !partMatches(p, words[i]!, stems[i]!)) return null;
    positions.push(i);
    i++;
  }
  return positions;
}

/**
 * Terms indexed by their first word, so a message is only tried against the terms that can
 * start somewhere in it. Each list keeps the lexicon's order (longest first), and the
 * positions are merged back into that order, so the result is the same as trying every term.
 */
interface TermIndex {
  terms: Term[];
  byExact: Map<string, number[]>;
  byStem: Map<string, number[]>;
}

function indexTerms(terms: Term[]): TermIndex {
  const byExact = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  terms.forEach((t, i) => {
    const first = t.parts[0];
    if (!first || first.kind === 'gap') return;
    const map = first.kind === 'exact' ? byExact : byStem;
    const list = map.get(first.value) ?? [];
    list.push(i);
    map.set(first.value, list);
  });
  return { terms, byExact, byStem };
}

/** Concept -> word positions where it was found, each word used once, longest phrases first. */
function findConcepts(words: string[], index: TermIndex, stems: string[] = words.map(stem)): Map<string, number[]> {
  // Each term that can start somewhere, with the places it can start (in order): a term
  // tried anywhere else would fail on its first word.
  const starts = new Map<number, number[]>();
  const note = (t: number, i: number): void => {
    const list = starts.get(t);
    if (!list) starts.set(t, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < words.length; i++) {
    for (const t of index.byExact.get(words[i]!) ?? []) note(t, i);
    for (const t of index.byStem.get(stems[i]!) ?? []) note(t, i);
  }
  const order = [...starts.keys()].sort((a, b) => a - b);
  const used = new Array<boolean>(words.length).fill(false);
  const hits = new Map<string, number[]>();
  for (const ti of order) {
    const term = index.terms[ti]!;
    for (const start of starts.get(ti)!) {
      const pos = matchAt(term, words, stems, used, start);
      if (!pos) continue;
      for (const p of pos) used[p] = true;
      for (const c of term.concepts) {
        const list = hits.get(c) ?? [];
        list.push(pos[0]!);
        hits.set(c, list);
      }
    }
  }
  return hits;
}

/** The smallest span of words that holds one hit of every group. */
function span(groups: number[][]): number {
  let best = Infinity;
  const walk = (k: number, lo: number, hi: number): void => {
    if (hi - lo >= best) return;
    if (k === groups.length) {
      best = hi - lo;
      return;
    }
    for (const p of groups[k]!) walk(k + 1, Math.min(lo, p), Math.max(hi, p));
  };
  walk(0, Infinity, -Infinity);
  return best;
}

/** A cue with its groups already split into concept lists. */
interface CompiledCue {
  w: number;
  all: string[][];
  none: string[][];
}

/** A cue's score and the word positions its concepts were found at (empty when it does not fit). */
function cueScore(cue: CompiledCue, hits: Map<string, number[]>): { s: number; at: number[] } {
  const miss = { s: 0, at: [] };
  for (const group of cue.none) if (group.some((c) => hits.has(c))) return miss;
  const positions: number[][] = [];
  for (const group of cue.all) {
    const ps = group.length === 1 ? (hits.get(group[0]!) ?? []) : group.flatMap((c) => hits.get(c) ?? []);
    if (ps.length === 0) return miss;
    positions.push(ps);
  }
  if (positions.length === 0) return miss;
  return { s: span(positions) > NEAR ? cue.w * 0.85 : cue.w, at: positions.flat() };
}

/** Each issue's cues, compiled once. */
const COMPILED_CUES: CompiledCue[][] = REPAIR_CATALOGUE.map((issue) =>
  (REPAIR_CUES[issue.id] ?? []).map((c) => ({ w: c.w, all: c.all.map((g) => g.split('|')), none: c.none.map((g) => g.split('|')) })),
);

/**
 * Cues by the concepts of their first group: a cue can only fit a message that holds one
 * of them, so a message is scored against those cues alone (by issue, in catalogue order).
 */
const CUES_BY_CONCEPT = new Map<string, { order: number; cue: number }[]>();
COMPILED_CUES.forEach((cues, order) => {
  cues.forEach((c, cue) => {
    for (const concept of new Set(c.all[0] ?? [])) {
      const list = CUES_BY_CONCEPT.get(concept) ?? [];
      list.push({ order, cue });
      CUES_BY_CONCEPT.set(concept, list);
    }
  });
});

/** For each issue that could fit, the cues worth scoring, in their catalogue order. */
function cuesToScore(hits: Map<string, number[]>): Map<number, CompiledCue[]> {
  const picked = new Map<number, Set<number>>();
  for (const concept of hits.keys()) {
    for (const { order, cue } of CUES_BY_CONCEPT.get(concept) ?? []) {
      const set = picked.get(order);
      if (set) set.add(cue);
      else picked.set(order, new Set([cue]));
    }
  }
  const out = new Map<number, CompiledCue[]>();
  for (const order of [...picked.keys()].sort((a, b) => a - b)) {
    out.set(
      order,
      [...picked.get(order)!].sort((a, b) => a - b).map((i) => COMPILED_CUES[order]![i]!),
    );
  }
  return out;
}

function findLocation(words: string[]): string | null {
  const hits = findConcepts(words, LOCATION_TERMS);
  let best: { loc: string; at: number } | null = null;
  for (const [loc, ps] of hits) {
    const at = Math.min(...ps);
    if (!best || at < best.at) best = { loc, at };
  }
  return best?.loc ?? null;
}

export interface ScoredIssue {
  id: string;
  score: number;
}

/** Every issue with a cue that fits, best first (exported for tests and staff tools). */
export function scoreIssues(normalised: string): ScoredIssue[] {
  return scoreWithPositions(normalised).map(({ id, score }) => ({ id, score }));
}

/** As scoreIssues, with the word positions behind each issue's best cue. */
function scoreWithPositions(normalised: string): (ScoredIssue & { at: number[] })[] {
  const words = tokens(normalised);
  if (words.length === 0) return [];
  const hits = findConcepts(words, CONCEPT_TERMS);
  const scored: (ScoredIssue & { at: number[]; rank: number; order: number })[] = [];
  for (const [order, cues] of cuesToScore(hits)) {
    const issue = REPAIR_CATALOGUE[order]!;
    const fits = cues.map((c) => cueScore(c, hits)).filter((c) => c.s > 0);
    if (fits.length === 0) continue;
    const top = fits.reduce((a, b) => (b.s > a.s ? b : a));
    const score = Math.min(1, top.s / 10);
    scored.push({ id: issue.id, score: Math.round(score * 1000) / 1000, at: top.at, rank: TIER_RANK[issue.tier] ?? 0, order });
  }
  scored.sort((a, b) => b.score - a.score || b.rank - a.rank || a.order - b.order);
  return scored.map(({ id, score, at }) => ({ id, score, at }));
}

/** The repair a normalised message describes, or null when nothing repair-like is there. */
export function matchRepair(normalised: string): RepairMatch | null {
  const ranked = scoreWithPositions(normalised);
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return null;
  const top = mostUrgent(ranked, best);
  const issue = ISSUES.get(top.id)!;
  const alternatives = ranked
    .filter((r) => r !== top && r.score >= top.score * ALTERNATIVE_RATIO && r.score >= MIN_SCORE)
    .slice(0, 3)
    .map((r) => ({ issueId: r.id, score: r.score }));
  return { issue, score: top.score, alternatives, location: findLocation(tokens(normalised)), tier: issue.tier, because: [], answered: false };
}

/**
 * The best issue, unless the message names a second job that is a confidently matched
 * emergency: found in words the best issue did not use (so "new fire alarm system" stays a
 * planned job and is not also read as a fire alarm fault).
 */
function mostUrgent<T extends ScoredIssue & { at: number[] }>(ranked: T[], best: T): T {
  if (ISSUES.get(best.id)!.tier === 'emergency') return best;
  const used = new Set(best.at);
  const other = ranked.find((r) => r.score >= CONFIDENT && ISSUES.get(r.id)!.tier === 'emergency' && !r.at.some((p) => used.has(p)));
  return other ?? best;
}

/** A catalogue issue by id. */
export function findIssue(id: string): RepairIssue | undefined {
  return ISSUES.get(id);
}
