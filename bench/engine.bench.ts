// Prints how fast triage and whole conversation turns run in one process, so a change
// that slows the per-message path shows up as a number, not as a flaky timed test.
// Run: npm run bench
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { londonTime } from '../src/clock/sla-clock.js';
import { loadPolicy } from '../src/policy/load-policy.js';
import { policyNow } from '../src/policy/policy-now.js';
import { Simulator, seededReferences } from '../src/sim/simulator.js';
import { triage } from '../src/triage/triage.js';

const pack = loadPolicy('nph');
const at = londonTime('2026-11-23', '10:00');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Triage alone, over every message of the evaluation sets (the golden record's texts) (tenants' real ways of writing,
// 2,000+ texts), each at its own moment 3 s after the last, with the promises worked out
// for that moment as the command line does. The first pass is reported apart: it pays
// for compiling the patterns.
const corpus = readFileSync(fileURLToPath(new URL('../eval/triage-golden.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);
let moment = at.getTime();
const triageAll = (): number => {
  const t0 = performance.now();
  for (const m of corpus) {
    moment += 3_000;
    const when = new Date(moment);
    triage(m, pack, when, policyNow(pack, when));
  }
  return performance.now() - t0;
};
const firstMs = triageAll();
const rounds = 3;
let triageMs = 0;
for (let i = 0; i < rounds; i += 1) triageMs += triageAll();
console.log(
  `triage:        ${Math.round((rounds * corpus.length) / (triageMs / 1000))} messages/s (${rounds * corpus.length} messages; first pass ${Math.round(corpus.length / (firstMs / 1000))}/s)`,
);

// Whole turns: restore the machine from its snapshot, triage, feed, persist (in memory).
const conversations = 300;
const script = ['boiler packed in no heat since fri', 'no', 'no', 'no thats all thanks'];
const turnTimes: number[] = [];
const start = performance.now();
for (let c = 0; c < conversations; c += 1) {
  const sim = new Simulator(pack, { now: at, reference: seededReferences(c + 1), from: `+4477009${String(c).padStart(5, '0')}` });
  for (const text of script) {
    const t0 = performance.now();
    await sim.send(text);
    turnTimes.push(performance.now() - t0);
  }
}
const totalMs = performance.now() - start;
turnTimes.sort((a, b) => a - b);
console.log(
  `engine turns:  ${Math.round(turnTimes.length / (totalMs / 1000))} turns/s, p50 ${percentile(turnTimes, 50).toFixed(2)} ms, p99 ${percentile(turnTimes, 99).toFixed(2)} ms (${turnTimes.length} turns)`,
);
const mem = process.memoryUsage();
console.log(`memory:        rss ${Math.round(mem.rss / 1048576)} MiB, heap used ${Math.round(mem.heapUsed / 1048576)} MiB`);
