// Open-loop load for `npm run bench -- --open-loop`: texts arrive at a fixed rate whatever
// the server is doing, as they do from a city of phones, so a slow server shows as queueing
// rather than as tenants politely waiting (the closed loop's blind spot). Each rate runs for
// a warm-up and a measurement; every text goes from a tenant with none in flight (a phone
// waits for its answer), and its latency counts from when it was due to be sent, not from
// when it was sent, so the bench's own lateness cannot hide the server's. The server runs
// once per store across all the rates; its CPU time and, on PostgreSQL, its commits are
// read before and after, per turn answered.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import twilio from 'twilio';
import { AUTH_TOKEN, EMPTY_TWIML, SCRIPTS, percentile, post, smsForm, tenantNumber } from './load.js';
import { LABELS, type BenchConfig } from './options.js';
import { startChild } from './processes.js';
import { prepareStore, seedTenants, withStore } from './stores.js';
import { PUBLIC_URL, serverEnv } from './targets.js';
import { startPgCounter, type PgCounter } from './pg-counter.js';

export interface RateResult {
  rate: number;
  /** Turns answered 200 a second over the measurement. */
  achieved: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** What the errors were: an HTTP status, or the client's error (a timeout, a reset), with how many. */
  errorKinds: Record<string, number>;
  /** Arrivals that found every tenant with a text in flight (the server too far behind). */
  unsent: number;
  /** Turns answered 200 in all, the warm-up's included (for the per-turn costs). */
  answered: number;
}

export interface OpenLoopResult {
  target: 'pglite' | 'postgres';
  label: string;
  /** Server processes (PROCESSES): 1, or several on PostgreSQL. */
  processes: number;
  skipped?: string;
  rates?: RateResult[];
  /** The highest rate tried whose p99 stayed under 50 ms with no errors; null if none did. */
  maxRateP99Under50?: number | null;
  cpuMsPerTurn?: number | null;
  commitsPerTurn?: number | null;
  /** PostgreSQL only, counted on the wire (bench/pg-counter.ts): statements and round trips a turn. */
  statementsPerTurn?: number | null;
  roundTripsPerTurn?: number | null;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runRate(baseUrl: string, rate: number, tenants: number, warmupMs: number, measureMs: number): Promise<RateResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: tenants });
  const busy = new Array<boolean>(tenants).fill(false);
  const step = new Array<number>(tenants).fill(0);
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds: Record<string, number> = {};
  const failed = (kind: string) => {
    errors += 1;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  let unsent = 0;
  let ok = 0;
  let answered = 0;
  let next = 0;
  const inFlight = new Set<Promise<void>>();
  const begin = performance.now();
  const measureFrom = begin + warmupMs;
  const end = measureFrom + measureMs;
  const interval = 1000 / rate;
  for (let k = 0; ; k += 1) {
    const due = begin + k * interval;
    if (due >= end) break;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    let tenant = -1;
    for (let tries = 0; tries < tenants; tries += 1) {
      const t = (next + tries) % tenants;
      if (!busy[t]) {
        tenant = t;
        break;
      }
    }
    if (tenant < 0) {
      if (due >= measureFrom) unsent += 1;
      continue;
    }
    next = (tenant + 1) % tenants;
    busy[tenant] = true;
    const script = SCRIPTS[tenant % SCRIPTS.length]!;
    const form = smsForm(tenantNumber(tenant), script[step[tenant]! % script.length]!);
    step[tenant]! += 1;
    const body = new URLSearchParams(form).toString();
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_URL}/sms`, form);
    const sent = post(agent, url, body, signature, 15_000)
      .then((res) => {
        const measured = due >= measureFrom;
        if (res.status === 200 && res.text === EMPTY_TWIML) {
          answered += 1;
          if (measured) {
            latencies.push(performance.now() - due);
            ok += 1;
          }
        } else if (measured) failed(res.status === 200 ? '200 with another answer' : String(res.status));
      })
      .catch((error: Error) => {
        if (due >= measureFrom) failed(error.message.slice(0, 60));
      })
      .finally(() => {
        busy[tenant] = false;
        inFlight.delete(sent);
      });
    inFlight.add(sent);
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rate,
    achieved: ok / (measureMs / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    errors,
    errorKinds,
    unsent,
    answered,
  };
}

async function commits(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Statistics reach the view within a second of a transaction ending.
    await sleep(1_200);
    const r = await client.query<{ n: string }>('select xact_commit::text as n from pg_stat_database where datname = current_database()');
    return Number(r.rows[0]!.n);
  } finally {
    await client.end();
  }
}

export async function benchOpenLoop(target: 'pglite' | 'postgres', config: BenchConfig, processes = 1): Promise<OpenLoopResult> {
  const tenants = Math.max(...config.openRates) * 3;
  const label = processes > 1 ? `${LABELS[target]}, ${processes} processes` : LABELS[target];
  const store = await prepareStore(target, config.databaseUrl);
  if ('skipped' in store) return { target, label, processes, skipped: store.skipped };
  try {
    await withStore(store, (seeding) => seedTenants(seeding, tenants));
    // On PostgreSQL the server talks to it through a proxy that counts statements and round trips.
    const databaseUrl = store.env.DATABASE_URL;
    let counter: PgCounter | null = null;
    const storeEnv: Record<string, string> = { ...store.env };
    if (databaseUrl) {
      const url = new URL(databaseUrl);
      counter = await startPgCounter({ host: url.hostname, port: Number(url.port || 5432) });
      url.hostname = '127.0.0.1';
      url.port = String(counter.port);
      storeEnv.DATABASE_URL = url.toString();
    }
    // As `npm start` runs it: src/server/start.ts, with a supervisor when PROCESSES is above 1.
    const child = await startChild('src/server/start.ts', { ...serverEnv(store.dataDir, storeEnv), PROCESSES: String(processes) });
    try {
      await child.waitReady();
      const cpuBefore = child.cpuMs();
      const wireBefore = counter?.counts() ?? null;
      const commitsBefore = databaseUrl ? await commits(databaseUrl) : null;
      const rates: RateResult[] = [];
      let turns = 0;
      for (const rate of config.openRates) {
        const result = await runRate(child.baseUrl, rate, tenants, config.openWarmupSeconds * 1000, config.openSeconds * 1000);
        rates.push(result);
        turns += result.answered;
        process.stdout.write(
          `    ${String(rate).padStart(4)} turns/s offered: ${result.achieved.toFixed(1)} answered/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, max ${result.maxMs.toFixed(0)} ms, ${result.errors} errors${
            result.errors
              ? ` (${Object.entries(result.errorKinds)
                  .map(([k, n]) => `${k}: ${n}`)
                  .join(', ')})`
              : ''
          }${result.unsent ? `, ${result.unsent} not sent (every tenant waiting)` : ''}\n`,
        );
        await sleep(1_000);
      }
      const cpuAfter = child.cpuMs();
      const wireAfter = counter?.counts() ?? null;
      const commitsAfter = databaseUrl ? await commits(databaseUrl) : null;
      await child.stop();
      const held = rates.filter((r) => r.p99Ms < 50 && r.errors === 0 && r.unsent === 0).map((r) => r.rate);
      return {
        target,
        label,
        processes,
        rates,
        maxRateP99Under50: held.length ? Math.max(...held) : null,
        cpuMsPerTurn: cpuBefore !== null && cpuAfter !== null && turns > 0 ? (cpuAfter - cpuBefore) / turns : null,
        commitsPerTurn: commitsBefore !== null && commitsAfter !== null && turns > 0 ? (commitsAfter - commitsBefore) / turns : null,
        statementsPerTurn: wireBefore && wireAfter && turns > 0 ? (wireAfter.statements - wireBefore.statements) / turns : null,
        roundTripsPerTurn: wireBefore && wireAfter && turns > 0 ? (wireAfter.roundTrips - wireBefore.roundTrips) / turns : null,
      };
    } finally {
      await child.stop(10_000).catch(() => {});
      await counter?.close();
    }
  } finally {
    await store.cleanup().catch(() => {});
  }
}
