// Several problems in one text: "toilet wont flush, cupboard door hanging off and the
// extractor fan dont work" is three repairs; "leak under the sink and the dog next door
// barks all day" is a repair and an ASB report. classify() reads the main problem from the
// whole text; this reads the text part by part (split at commas, full stops and the words
// that join separate facts: "and", "also", "plus", "as well as") and keeps every further
// problem that is distinct from the main one, so nothing the tenant said is dropped.
//
// Distinct means another repair in a different area, or of a different kind in the same
// area that the main repair does not already cover ("no heating, no hot water" is one
// boiler job, not two); or an ASB category the main reading did not already take.
import { readingOf } from './reading.js';
import { matchAsb } from './asb-matcher.js';
import { normalise, tokens } from './normalise.js';
import { detectNotAsb } from './not-asb.js';
import { matchRepair } from './repair-matcher.js';
import type { AsbMatch, OtherProblem, RepairMatch } from './triage.types.js';

/** Where one fact ends and the next begins. */
const SPLIT = /[,.;!?\n]+|\s(?:and also|and|also|plus|as well as|oh and|n|&|\+|another thing|on top of that|then)\s/i;
/** A part this short cannot name a problem by itself. */
const MIN_WORDS = 2;
/** A repair named this clearly in its own part counts as a problem named. */
const NAMED = 0.85;
/** Tags that say what a job is about (the rest, such as 'water' or 'external', are too broad to tell two jobs apart). */
const SPECIFIC_TAGS = new Set([
  'no-heating',
  'no-hot-water',
  'uncontrollable-leak',
  'gas-leak',
  'carbon-monoxide',
  'lift',
  'pests',
  'damp-mould',
  'adaptation',
]);

function sameJob(a: RepairMatch, b: RepairMatch): boolean {
  if (a.issue.id === b.issue.id) return true;
  // One is the lesser reading of the other ("trip switch wont stay up" of "no electric at all").
  if (a.issue.clarify?.yes.issueId === b.issue.id || b.issue.clarify?.yes.issueId === a.issue.id) return true;
  // Water escaping in an emergency covers where it goes ("flood ... coming through the ceiling").
  if (a.issue.area === 'leaks' && b.issue.area === 'leaks' && (a.tier === 'emergency' || b.tier === 'emergency')) return true;
  // Two readings of one object ("toilet wont flush" and "toilet pan"): the same area and location.
  if (a.issue.area === b.issue.area && a.location !== null && a.location === b.location) return true;
  if (a.issue.area === b.issue.area && ['heating', 'hot-water', 'gas', 'water-supply', 'damp-mould', 'pests'].includes(a.issue.area)) return true;
  if ((a.issue.area === 'heating' || a.issue.area === 'hot-water') && (b.issue.area === 'heating' || b.issue.area === 'hot-water')) return true;
  return a.issue.tags.some((t) => SPECIFIC_TAGS.has(t) && b.issue.tags.includes(t));
}

/** One part of a message, read on its own. */
export interface Part {
  text: string;
  reading: string;
  repair: RepairMatch | null;
  asb: AsbMatch | null;
  notAsb: boolean;
}

/** The parts of a message (split where one fact ends and the next begins), each read on its own; empty when it is one part. */
export function readParts(raw: string): Part[] {
  const pieces = raw
    .split(SPLIT)
    .map((p) => (p ?? '').trim())
    .filter((p) => p.split(/\s+/).length >= MIN_WORDS);
  if (pieces.length < 2) return [];
  const parts: Part[] = [];
  for (const text of pieces) {
    const n = normalise(text);
    if (tokens(n).length < MIN_WORDS) continue;
    const reading = readingOf(n, text);
    const asb = matchAsb(reading);
    parts.push({ text, reading, repair: matchRepair(n), asb, notAsb: asb !== null && detectNotAsb(reading) !== null });
  }
  return parts;
}

/**
 * When a text names several repairs, the whole-text reading can pair words from two of them
 * ("boiler broke ... tap is dripping" read as a leaking boiler). If no part on its own reads
 * as the whole-text issue, the main repair is the most serious repair a part names.
 */
export function mainFromParts(whole: RepairMatch | null, parts: readonly Part[], weigh: (m: RepairMatch) => RepairMatch): RepairMatch | null {
  const named = parts.map((p) => p.repair).filter((m): m is RepairMatch => m !== null && m.score >= NAMED);
  if (named.length < 2 || !whole || named.some((m) => m.issue.id === whole.issue.id)) return whole;
  const RANK: Record<string, number> = { emergency: 3, urgent: 2, routine: 1, planned: 0 };
  const weighed = named.map(weigh);
  const best = weighed.reduce((a, b) => ((RANK[b.tier] ?? 0) > (RANK[a.tier] ?? 0) ? b : a));
  return RANK[best.tier]! >= RANK[whole.tier]! ? best : whole;
}

export interface OthersInput {
  raw: string;
  parts: readonly Part[];
  mainRepair: RepairMatch | null;
  mainAsb: AsbMatch | null;
  /** Which of the two the main reading is about (the other may still be listed). */
  mainKind: string;
  /** Applies the severity weighing to a repair found in one part. */
  weigh: (m: RepairMatch, partReading: string) => RepairMatch;
}

/** Further distinct problems in a text, beyond the main one, in the order they were named. */
export function findOthers({ raw, parts, mainRepair, mainAsb, mainKind, weigh }: OthersInput): OtherProblem[] {
  const out: OtherProblem[] = [];
  const repairs: RepairMatch[] = [];
  const asbs: AsbMatch[] = [];
  if (mainKind === 'repair' && mainRepair) repairs.push(mainRepair);
  if (mainKind === 'asb' && mainAsb) asbs.push(mainAsb);
  // The main reading took one of the two; the other, when the whole text named it, is a further problem too.
  if (mainKind === 'asb' && mainRepair && mainRepair.score >= NAMED) {
    repairs.push(mainRepair);
    out.push({ kind: 'repair', repair: mainRepair, text: raw.trim() });
  }
  if (mainKind === 'repair' && mainAsb && !detectNotAsb(readingOf(normalise(raw), raw))) {
    asbs.push(mainAsb);
    out.push({ kind: 'asb', asb: mainAsb, text: raw.trim() });
  }
  for (const part of parts) {
    const asb = part.asb;
    if (asb && asb.score >= 0.75 && !part.notAsb && !asbs.some((a) => a.category.id === asb.category.id)) {
      // A part that is about a neighbour is an ASB report, whatever repair noun it holds.
      if (mainKind === 'asb' && asbs.length > 0) continue;
      asbs.push(asb);
      out.push({ kind: 'asb', asb, text: part.text });
      continue;
    }
    const m = part.repair;
    if (!m || m.score < NAMED) continue;
    if (repairs.some((r) => sameJob(r, m))) continue;
    if (mainKind !== 'repair' && mainKind !== 'asb' && mainKind !== 'complaint') continue;
    const weighed = weigh(m, part.reading);
    repairs.push(weighed);
    out.push({ kind: 'repair', repair: weighed, text: part.text });
  }
  return out;
}
