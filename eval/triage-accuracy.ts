// Measures how well classify() generalises to eval/set-a.jsonl, set-b.jsonl or set-c.jsonl (any eval/<name>.jsonl).
//   npx tsx eval/triage-accuracy.ts set-a            figures and every miss
//   npx tsx eval/triage-accuracy.ts set-b --quiet    figures only (no misses shown)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../src/triage/classify.js';

type Tier = 'emergency' | 'urgent' | 'routine' | 'planned';

interface Row {
  text: string;
  kind: string;
  tier: Tier | null;
  area: string | null;
  asb: string | null;
  safety: string[];
  source: 'list' | 'tenant';
}

const TIER_ORDER: Tier[] = ['emergency', 'urgent', 'routine', 'planned'];
/** Catalogue areas that the eval sets name differently. */
const AREA_ALIASES: Record<string, string> = { lifts: 'communal', lift: 'communal' };

const args = process.argv.slice(2);
const setName = args.find((a) => !a.startsWith('--')) ?? 'set-a';
const quiet = args.includes('--quiet');
const here = dirname(fileURLToPath(import.meta.url));
const rows: Row[] = readFileSync(join(here, `${setName}.jsonl`), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

let kindOk = 0;
const kindBySource: Record<string, [number, number]> = { list: [0, 0], tenant: [0, 0] };
let repairN = 0;
let tierOk = 0;
let tierNear = 0;
let underGraded = 0;
let overGraded = 0;
let noRepair = 0;
let areaOk = 0;
let asbN = 0;
let asbOk = 0;
let safetyExpected = 0;
let safetyFound = 0;
let falseAlarms = 0;
const falseAlarmRows: string[] = [];
const misses: string[] = [];

for (const row of rows) {
  const c = classify(row.text);
  const problems: string[] = [];

  const kindHit = c.kind === row.kind;
  if (kindHit) kindOk++;
  else problems.push(`kind ${row.kind} -> ${c.kind}`);
  const bySource = kindBySource[row.source] ?? [0, 0];
  bySource[1]++;
  if (kindHit) bySource[0]++;
  kindBySource[row.source] = bySource;

  if (row.kind === 'repair' && row.tier) {
    repairN++;
    const issue = c.repair?.issue ?? null;
    const gotTier = issue?.tier ?? null;
    const gotAreaRaw = issue?.area ?? null;
    const gotArea = gotAreaRaw ? (AREA_ALIASES[gotAreaRaw] ?? gotAreaRaw) : null;
    if (!issue) {
      noRepair++;
      problems.push('no repair issue');
    } else {
      const e = TIER_ORDER.indexOf(row.tier);
      const g = TIER_ORDER.indexOf(gotTier as Tier);
      if (e === g) tierOk++;
      else problems.push(`tier ${row.tier} -> ${gotTier}${g > e ? ' (UNDER)' : ''}`);
      if (Math.abs(e - g) <= 1) tierNear++;
      if (g > e) underGraded++;
      if (g < e) overGraded++;
    }
    if (gotArea === row.area) areaOk++;
    else problems.push(`area ${row.area} -> ${gotAreaRaw}`);
    if (issue) problems.push(`[issue ${issue.id}]`);
  }

  if (row.kind === 'asb' && row.asb) {
    asbN++;
    const got = c.asb?.category.id ?? null;
    if (got === row.asb) asbOk++;
    else problems.push(`asb ${row.asb} -> ${got}${c.notAsb ? ` (notAsb ${c.notAsb.id})` : ''}`);
  }

  const gotSafety = new Set(c.safety.map((s) => s.id as string));
  for (const id of row.safety) {
    safetyExpected++;
    if (gotSafety.has(id)) safetyFound++;
    else problems.push(`MISSED SAFETY ${id}`);
  }
  for (const id of gotSafety) {
    if (!row.safety.includes(id)) {
      falseAlarms++;
      falseAlarmRows.push(`${id}: ${row.text}`);
      problems.push(`false alarm ${id}`);
    }
  }

  const onlyIssueNote = problems.length === 1 && problems[0]!.startsWith('[issue');
  if (problems.length > 0 && !onlyIssueNote) misses.push(`- ${JSON.stringify(row.text)} (${row.source})\n    ${problems.join('; ')}`);
}

console.log(`== ${setName}: ${rows.length} rows ==`);
console.log(`kind accuracy            ${pct(kindOk, rows.length)}`);
for (const [src, [ok, n]] of Object.entries(kindBySource)) console.log(`  kind, ${src.padEnd(6)}           ${pct(ok, n)}`);
console.log(`repairs                  ${repairN}`);
console.log(`  tier accuracy          ${pct(tierOk, repairN)}`);
console.log(`  tier within one step   ${pct(tierNear, repairN)}`);
console.log(`  under-graded           ${underGraded}`);
console.log(`  over-graded            ${overGraded}`);
console.log(`  no repair issue found  ${noRepair}`);
console.log(`  area accuracy          ${pct(areaOk, repairN)}`);
console.log(`ASB category accuracy    ${pct(asbOk, asbN)}`);
console.log(`safety recall            ${pct(safetyFound, safetyExpected)}`);
console.log(`safety false alarms      ${falseAlarms}`);
if (!quiet) {
  console.log(`\n-- misses (${misses.length}) --`);
  for (const m of misses) console.log(m);
}
