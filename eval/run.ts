// `npm run eval`: every triage set and every conversation set, scored as the assistant reads
// them now. Sets kept back until the end of a piece of work (conversations/holdout-3)
// are scored only with --holdout; set-h, set-k, set-l, set-m, set-o and conversations/holdout and
// holdout-2 were earlier rounds', each run once, and are now scored with the rest. Add --misses to list what each conversation scenario
// got wrong, --transcripts to print the failing conversations too, --only <class> to
// run one class of scenario.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readScenarios, scoreScenarios } from './conversation-score.js';
import { pct, readRows, scoreTriage } from './triage-score.js';

const args = process.argv.slice(2);
const holdout = args.includes('--holdout');
const showMisses = args.includes('--misses') || args.includes('--transcripts');
const transcripts = args.includes('--transcripts');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const here = dirname(fileURLToPath(import.meta.url));
/** Kept back until the end of the work they measure: never read while fixing. */
const HELD_BACK = new Set(['holdout-3']);

const triageSets = readdirSync(here)
  .filter((f) => /^set-[a-z]\.jsonl$/.test(f))
  .map((f) => f.replace('.jsonl', ''))
  .filter((name) => holdout || !HELD_BACK.has(name));

if (!only) {
  console.log('Triage sets (NPH pack)');
  console.log(`${'set'.padEnd(8)}${'rows'.padStart(6)}  ${'right'.padEnd(18)}${'kind'.padEnd(18)}${'tier'.padEnd(18)}${'over-graded'.padEnd(16)}severe  asked`);
  for (const name of triageSets) {
    const f = scoreTriage(readRows(join(here, `${name}.jsonl`)));
    console.log(
      `${name.padEnd(8)}${String(f.rows).padStart(6)}  ${pct(f.right, f.rows).padEnd(18)}${pct(f.kindOk, f.rows).padEnd(18)}${pct(f.tierOk, f.repairs).padEnd(18)}${pct(f.overGraded, f.repairs).padEnd(16)}${String(f.severe).padEnd(8)}${pct(f.asked, f.rows)}`,
    );
  }
}

const conversationDir = join(here, 'conversations');
let conversationSets: string[] = [];
try {
  conversationSets = readdirSync(conversationDir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.replace('.jsonl', ''))
    .filter((name) => holdout || !HELD_BACK.has(name));
} catch {
  // No conversation sets yet.
}
for (const name of conversationSets) {
  const scenarios = readScenarios(join(conversationDir, `${name}.jsonl`)).filter((s) => !only || s.class === only);
  const figures = await scoreScenarios(scenarios);
  console.log(`\nConversations: ${name} (${figures.total} scenarios): ${pct(figures.passed, figures.total)}`);
  console.log(`  by class: ${[...figures.byClass].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(', ')}`);
  console.log(`  by pack:  ${[...figures.byPack].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(', ')}`);
  if (!showMisses) continue;
  for (const r of figures.results.filter((x) => !x.ok)) {
    console.log(`- ${r.scenario.id} [${r.scenario.class}, ${r.scenario.pack}] ${r.problems.join('; ')}`);
    if (transcripts) for (const line of r.transcript) console.log(`    ${line}`);
  }
}
