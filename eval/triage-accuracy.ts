// One triage set with every miss: how its misses are read when it is a development set.
//   npx tsx eval/triage-accuracy.ts set-a            figures and every miss
//   npx tsx eval/triage-accuracy.ts set-b --quiet    figures only (no misses shown)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTriage, readRows, scoreTriage } from './triage-score.js';

const args = process.argv.slice(2);
const setName = args.find((a) => !a.startsWith('--')) ?? 'set-a';
const here = dirname(fileURLToPath(import.meta.url));
const figures = scoreTriage(readRows(join(here, `${setName}.jsonl`)));
printTriage(setName, figures);
if (!args.includes('--quiet')) {
  console.log(`\n-- misses (${figures.misses.length}) --`);
  for (const m of figures.misses) console.log(m);
}
