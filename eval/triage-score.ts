// Scores the triage reading of labelled texts (eval/set-*.jsonl, fields in eval/README.md)
// as the assistant reads them: classify() for what the text describes, then the NPH pack
// for the grade an ASB report gets. Used by `npm run eval` (every set) and
// eval/triage-accuracy.ts (one set, with its misses).
import { readFileSync } from 'node:fs';
import { classify } from '../src/triage/classify.js';
import { loadPolicy } from '../src/policy/load-policy.js';
import { policyNow } from '../src/policy/policy-now.js';
import { triage } from '../src/triage/triage.js';

type Tier = 'emergency' | 'urgent' | 'routine' | 'planned';

export interface TriageRow {
  text: string;
  kind: string;
  tier: Tier | null;
  area: string | null;
  asb: string | null;
  safety: string[];
  source: 'list' | 'tenant';
}

export interface TriageFigures {
  rows: number;
  kindOk: number;
  kindBySource: Record<string, [number, number]>;
  repairs: number;
  tierOk: number;
  tierNear: number;
  underGraded: number;
  overGraded: number;
  noRepair: number;
  areaOk: number;
  asbN: number;
  asbOk: number;
  safetyExpected: number;
  safetyFound: number;
  falseAlarms: number;
  /** Emergencies read as less, and top-risk ASB (the pack's grade 1) read as anything less. */
  severe: number;
  /** Messages that got a clarifying question rather than a reading. */
  asked: number;
  /** Rows right on kind, and on tier for repairs: the headline "right" figure. */
  right: number;
  misses: string[];
}

const TIER_ORDER: Tier[] = ['emergency', 'urgent', 'routine', 'planned'];
/** Catalogue areas that the eval sets name differently. */
const AREA_ALIASES: Record<string, string> = { lifts: 'communal', lift: 'communal' };

export function readRows(path: string): TriageRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as TriageRow);
}

/** A fixed moment, so grades and dates do not move between runs. */
const AT = new Date('2026-03-10T10:15:00Z');

export function scoreTriage(rows: readonly TriageRow[], packId = 'nph'): TriageFigures {
  const pack = loadPolicy(packId);
  const now = policyNow(pack, AT);
  const topLevel = Math.min(...now.asbGrades.map((g) => g.level));
  const topCategories = new Set(now.asbGrades.filter((g) => g.level === topLevel).flatMap((g) => g.categories));
  const f: TriageFigures = {
    rows: rows.length,
    kindOk: 0,
    kindBySource: { list: [0, 0], tenant: [0, 0] },
    repairs: 0,
    tierOk: 0,
    tierNear: 0,
    underGraded: 0,
    overGraded: 0,
    noRepair: 0,
    areaOk: 0,
    asbN: 0,
    asbOk: 0,
    safetyExpected: 0,
    safetyFound: 0,
    falseAlarms: 0,
    severe: 0,
    asked: 0,
    right: 0,
    misses: [],
  };
  for (const row of rows) {
    const c = classify(row.text);
    const t = triage(row.text, pack, AT, now);
    const problems: string[] = [];
    const gotKind = t.kind === 'representative-enquiry' && row.kind !== 'representative-enquiry' ? 'enquiry' : t.kind;
    const kindHit = gotKind === row.kind;
    if (kindHit) f.kindOk++;
    else problems.push(`kind ${row.kind} -> ${t.kind}`);
    const bySource = f.kindBySource[row.source] ?? [0, 0];
    bySource[1]++;
    if (kindHit) bySource[0]++;
    f.kindBySource[row.source] = bySource;
    if (t.needsClarification) f.asked++;
    let tierHit = true;

    if (row.kind === 'repair' && row.tier) {
      f.repairs++;
      const issue = c.repair?.issue ?? null;
      // The weighed tier (severity.ts), not the catalogue's usual one.
      const gotTier = issue ? (c.repair?.tier ?? issue.tier) : null;
      const gotAreaRaw = issue?.area ?? null;
      const gotArea = gotAreaRaw ? (AREA_ALIASES[gotAreaRaw] ?? gotAreaRaw) : null;
      const e = TIER_ORDER.indexOf(row.tier);
      if (!issue) {
        f.noRepair++;
        tierHit = false;
        problems.push('no repair issue');
        if (e === 0) {
          f.severe++;
          problems.push('SEVERE');
        }
      } else {
        const g = TIER_ORDER.indexOf(gotTier as Tier);
        tierHit = e === g;
        if (tierHit) f.tierOk++;
        else problems.push(`tier ${row.tier} -> ${gotTier}${g > e ? ' (UNDER)' : ''}`);
        if (Math.abs(e - g) <= 1) f.tierNear++;
        if (g > e) f.underGraded++;
        if (g < e) f.overGraded++;
        if (e === 0 && (g > 0 || t.kind !== 'repair')) {
          f.severe++;
          problems.push('SEVERE');
        }
      }
      if (gotArea === row.area) f.areaOk++;
      else problems.push(`area ${row.area} -> ${gotAreaRaw}`);
      if (issue) problems.push(`[issue ${issue.id}]`);
    }

    if (row.kind === 'asb' && row.asb) {
      f.asbN++;
      const got = c.asb?.category.id ?? null;
      if (got === row.asb) f.asbOk++;
      else problems.push(`asb ${row.asb} -> ${got}${c.notAsb ? ` (notAsb ${c.notAsb.id})` : ''}`);
      if (topCategories.has(row.asb) && (t.kind !== 'asb' || t.level !== topLevel)) {
        f.severe++;
        problems.push(`SEVERE (level ${t.level ?? '-'})`);
      }
    }

    const gotSafety = new Set(c.safety.map((s) => s.id as string));
    for (const id of row.safety) {
      f.safetyExpected++;
      if (gotSafety.has(id)) f.safetyFound++;
      else problems.push(`MISSED SAFETY ${id}`);
    }
    for (const id of gotSafety) {
      if (!row.safety.includes(id)) {
        f.falseAlarms++;
        problems.push(`false alarm ${id}`);
      }
    }
    if (kindHit && tierHit) f.right++;
    const onlyNotes = problems.every((p) => p.startsWith('[issue'));
    if (!onlyNotes) f.misses.push(`- ${JSON.stringify(row.text)} (${row.source})\n    ${problems.join('; ')}`);
  }
  return f;
}

export const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

export function printTriage(name: string, f: TriageFigures): void {
  console.log(`== ${name}: ${f.rows} rows ==`);
  console.log(`right (kind, and tier)   ${pct(f.right, f.rows)}`);
  console.log(`kind accuracy            ${pct(f.kindOk, f.rows)}`);
  for (const [src, [ok, n]] of Object.entries(f.kindBySource)) if (n > 0) console.log(`  kind, ${src.padEnd(6)}           ${pct(ok, n)}`);
  console.log(`repairs                  ${f.repairs}`);
  console.log(`  tier accuracy          ${pct(f.tierOk, f.repairs)}`);
  console.log(`  tier within one step   ${pct(f.tierNear, f.repairs)}`);
  console.log(`  under-graded           ${f.underGraded}`);
  console.log(`  over-graded            ${pct(f.overGraded, f.repairs)}`);
  console.log(`  no repair issue found  ${f.noRepair}`);
  console.log(`  area accuracy          ${pct(f.areaOk, f.repairs)}`);
  console.log(`ASB category accuracy    ${pct(f.asbOk, f.asbN)}`);
  console.log(`severe under-triage      ${f.severe}`);
  console.log(`asked a question         ${pct(f.asked, f.rows)}`);
  console.log(`safety recall            ${pct(f.safetyFound, f.safetyExpected)}`);
  console.log(`safety false alarms      ${f.falseAlarms}`);
}
