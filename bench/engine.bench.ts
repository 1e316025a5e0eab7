// Prints how fast triage and whole conversation turns run in one process, so a change
// that slows the per-message path shows up as a number, not as a flaky timed test.
// Run: npm run bench
import { performance } from 'node:perf_hooks';
import { londonTime } from '../src/clock/sla-clock.js';
import { loadPolicy } from '../src/policy/load-policy.js';
import { policyNow } from '../src/policy/policy-now.js';
import { Simulator, seededReferences } from '../src/sim/simulator.js';
import { triage } from '../src/triage/triage.js';

const messages = [
  'boiler packed in no heat since fri',
  'som1 kicked my bk door in wont lock',
  'water drippin out the bathroom light fitting',
  'party music next door every weekend til 4am',
  'black mould all over the bedroom ceiling',
  'I want to make a complaint about the state my kitchen was left in',
  'thank you the plumber was brilliant',
  'how long does a garage application take',
];
const pack = loadPolicy('nph');
const at = londonTime('2026-11-23', '10:00');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Triage alone, with the promises worked out once per message as the command line does.
const rounds = 500;
let start = performance.now();
for (let i = 0; i < rounds; i += 1) for (const m of messages) triage(m, pack, at, policyNow(pack, at));
const triageMs = performance.now() - start;
console.log(`triage:        ${Math.round((rounds * messages.length) / (triageMs / 1000))} messages/s (${rounds * messages.length} messages)`);

// Whole turns: restore the machine from its snapshot, triage, feed, persist (in memory).
const conversations = 300;
const script = ['boiler packed in no heat since fri', 'no', 'no', 'no thats all thanks'];
const turnTimes: number[] = [];
start = performance.now();
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
