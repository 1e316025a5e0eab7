// The golden record of triage: what it reads from every message of the evaluation sets
// (the triage sets but the held-back one, the conversation scenarios' turns, the status
// questions), so a change made for speed can be proved to change no reading at all. Each
// line keeps a summary a person can read and a hash of everything: the classification
// (scores and alternatives included) and its view under each shipped pack.
//
// `npx tsx eval/triage-golden.ts --record` writes eval/triage-golden.jsonl from today's
// triage; test/triage/golden.test.ts checks today's triage against it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPolicy } from '../src/policy/load-policy.js';
import { classify } from '../src/triage/classify.js';
import { toTriageView } from '../src/triage/triage.js';

const here = dirname(fileURLToPath(import.meta.url));
export const GOLDEN_FILE = join(here, 'triage-golden.jsonl');
/** Never read while fixing: the check sets (N, Q, S, U) and the conversations kept back. */
const HELD_BACK = new Set(['set-n.jsonl', 'set-q.jsonl', 'set-s.jsonl', 'set-u.jsonl', 'holdout-3.jsonl']);
const PACKS = ['nph', 'papworth', 'housing-plus'].map((id) => loadPolicy(id));

export interface GoldenLine {
  text: string;
  kind: string;
  issue: string | null;
  tier: string | null;
  asb: string | null;
  safety: string[];
  hash: string;
}

/** Every message the evaluation sets hold, once each, in a fixed order. */
export function goldenMessages(): string[] {
  const texts = new Set<string>();
  for (const f of readdirSync(here).filter((f) => /^set-[a-z]\.jsonl$/.test(f) && !HELD_BACK.has(f))) {
    for (const line of readFileSync(join(here, f), 'utf8').split('\n').filter(Boolean)) texts.add((JSON.parse(line) as { text: string }).text);
  }
  for (const f of readdirSync(join(here, 'conversations')).filter((f) => f.endsWith('.jsonl') && !HELD_BACK.has(f))) {
    for (const line of readFileSync(join(here, 'conversations', f), 'utf8')
      .split('\n')
      .filter(Boolean)) {
      for (const turn of (JSON.parse(line) as { turns: string[] }).turns) texts.add(turn);
    }
  }
  for (const f of readdirSync(join(here, 'status-asks')).filter((f) => f.endsWith('.json'))) {
    for (const row of JSON.parse(readFileSync(join(here, 'status-asks', f), 'utf8')) as { text: string }[]) texts.add(row.text);
  }
  return [...texts].sort();
}

export function goldenLine(text: string): GoldenLine {
  const c = classify(text);
  const views = PACKS.map((pack) => toTriageView(c, pack));
  return {
    text,
    kind: c.kind,
    issue: c.repair?.issue.id ?? null,
    tier: c.repair?.tier ?? null,
    asb: c.asb?.category.id ?? null,
    safety: c.safety.map((s) => s.id),
    hash: createHash('sha256').update(JSON.stringify({ c, views })).digest('base64url').slice(0, 22),
  };
}

export function readGolden(): GoldenLine[] {
  return readFileSync(GOLDEN_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldenLine);
}

if (process.argv.includes('--record')) {
  const lines = goldenMessages().map(goldenLine);
  writeFileSync(GOLDEN_FILE, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  console.log(`recorded ${lines.length} messages to ${GOLDEN_FILE}`);
}
