// `npm run bench:soak`: does the server's memory stay level under steady load? Texts are
// offered at a fixed rate (default 50 turns/s, open loop, as bench/open-loop.ts offers
// them) for a number of minutes (default 10) to the real server on each store; its resident
// memory is read every half minute. Conversations grow all the while (every tenant keeps
// texting), so what must not grow is the process. Prints a line a minute, then the RSS of
// the second minute against the last, and the slope over the second half in MiB a minute.
//
// Options: --minutes 10 --rate 50 --targets pglite,postgres (DATABASE_URL names the
// PostgreSQL server; a fresh database is made on it and dropped after).
import { parseArgs } from 'node:util';
import { runRate } from './open-loop.js';
import { LABELS } from './options.js';
import { killAll, startChild } from './processes.js';
import { prepareStore, seedTenants, withStore } from './stores.js';
import { serverEnv } from './targets.js';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, rate: { type: 'string', default: '50' }, targets: { type: 'string', default: 'pglite,postgres' } },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const targets = values.targets.split(',').filter((t): t is 'pglite' | 'postgres' => t === 'pglite' || t === 'postgres');
const databaseUrl = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test';
const CHUNK_MS = 30_000;

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const num = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function soak(target: 'pglite' | 'postgres'): Promise<void> {
  const tenants = rate * 3;
  const store = await prepareStore(target, databaseUrl);
  if ('skipped' in store) {
    console.log(`${LABELS[target]}: skipped (${store.skipped})`);
    return;
  }
  try {
    await withStore(store, (s) => seedTenants(s, tenants));
    const child = await startChild('src/server/start.ts', serverEnv(store.dataDir, store.env));
    try {
      await child.waitReady();
      console.log(`${LABELS[target]}: ${rate} turns/s offered for ${minutes} min`);
      const samples: { x: number; y: number }[] = [];
      let answered = 0;
      let errors = 0;
      let worstP99 = 0;
      for (let chunk = 1; chunk <= (minutes * 60_000) / CHUNK_MS; chunk += 1) {
        const r = await runRate(child.baseUrl, rate, tenants, 0, CHUNK_MS);
        answered += r.answered;
        errors += r.errors + r.unsent;
        worstP99 = Math.max(worstP99, r.p99Ms);
        const memory = child.memory();
        const at = (chunk * CHUNK_MS) / 60_000;
        samples.push({ x: at, y: memory?.rssMiB ?? Number.NaN });
        if (chunk % 2 === 0)
          console.log(
            `  minute ${String(at).padStart(2)}: ${r.achieved.toFixed(1)} answered/s, p99 ${r.p99Ms.toFixed(1)} ms, RSS ${memory?.rssMiB.toFixed(0) ?? '?'} MiB (peak ${memory?.peakMiB.toFixed(0) ?? '?'} MiB)`,
          );
      }
      const second = samples.filter((s) => s.x > 1 && s.x <= 2).map((s) => s.y);
      const last = samples.filter((s) => s.x > minutes - 1).map((s) => s.y);
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const half = samples.filter((s) => s.x > minutes / 2);
      console.log(
        `  ${answered} turns answered, ${errors} errors or not sent, worst p99 of a half minute ${worstP99.toFixed(1)} ms; RSS minute 2 ${mean(second).toFixed(0)} MiB, last minute ${mean(last).toFixed(0)} MiB (${(mean(last) - mean(second)).toFixed(0)} MiB); slope over the second half ${slope(half).toFixed(1)} MiB a minute`,
      );
    } finally {
      await child.stop(10_000).catch(() => {});
    }
  } finally {
    await store.cleanup().catch(() => {});
  }
}

try {
  for (const target of targets) await soak(target);
} finally {
  killAll();
}
