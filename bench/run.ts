// `npm run bench`: how fast Doorstep answers Twilio's SMS webhook, end to end.
//
// 1. bench/engine.bench.ts: triage and engine turns in one process (no HTTP, no SQL).
// 2. Over loopback, N simulated tenants (default 50) each text a realistic conversation,
//    one message after the answer to the last, signed as Twilio signs them, at:
//      - a bare restify 12 server that only parses the form and checks the signature
//        (bench/ceiling-server.ts): the ceiling for this HTTP stack on this machine;
//      - the real server (src/server/main.ts) on embedded PGlite;
//      - the real server on PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test;
//        a fresh database is created on that server and dropped after; skipped if unreachable).
//    Every server runs as a child process, so the load generator does not share its event
//    loop. Turns in the warm-up are left out of the figures. Latency is from sending the
//    webhook to its 200 answer: the turn is committed by then, the replies are sent after.
// 3. After the load: how long the outbox took to send the replies still queued, and a
//    check that every turn was committed and every reply written to the outbox once.
// 3b. bench/open-loop.ts: texts offered at fixed rates (50, 100, 200, 400 turns/s) whatever
//    the server does; p50/p99 from when each was due, the highest rate held with p99
//    under 50 ms, and the server's CPU (and, on PostgreSQL, commits) per turn.
// 4. bench/webchat.bench.ts: web chat visitors on the built-in Direct Line (PGlite and
//    PostgreSQL), each answer awaited on the visitor's WebSocket stream.
// 5. bench/scheduler.bench.ts: the durable scheduler in one process, on PGlite and on
//    PostgreSQL (those of --targets): 5,000 reminders due at once, run as jobs and sent
//    through the outbox to a local outbox file; jobs/s and texts/s.
// 6. bench/console.bench.ts: the staff console's queue, live fingerprint and reports over a
//    seeded landlord of 20,000 conversations, on PGlite and PostgreSQL.
//
// Options: see bench/options.ts (--tenants, --seconds, --warmup, --ceiling-seconds,
// --think-ms, --targets, --no-engine, --no-scheduler, --scheduler-jobs, --rates, --open-seconds,
// --open-warmup, --json, --only engine,load,open-loop,webchat,scheduler,console, or the
// BENCH_* environment variables).
// Results also go to bench/results/latest.json.
//
// This file only puts the steps in order: options.ts reads the options, targets.ts runs
// each target (stores.ts prepares the real server's store, checks.ts checks it after),
// report.ts prints and writes the results.
import { replyModel } from './load.js';
import { LABELS, readOptions } from './options.js';
import { killAll, runScript } from './processes.js';
import { describeMachine, log, printChecks, printLoadHeading, printMachine, printProgress, printTable, writeResults } from './report.js';
import { benchCeiling, benchServer, type TargetResult } from './targets.js';
import { benchWebChat, type WebChatResult } from './webchat.bench.js';
import { benchOpenLoop, type OpenLoopResult } from './open-loop.js';

/** The figures the throughput work is judged by, as one JSON object (null where not measured). */
function headline(engineOutput: string | null, closed: TargetResult[], open: OpenLoopResult[]) {
  const triage = engineOutput ? Number(/triage:\s+(\d+) messages\/s/.exec(engineOutput)?.[1] ?? Number.NaN) : Number.NaN;
  const store = (target: 'pglite' | 'postgres') => {
    const c = closed.find((r) => r.target === target)?.summary;
    const o = open.find((r) => r.target === target && r.processes === 1 && !r.skipped);
    return {
      turnsPerSecond: c ? Math.round(c.turnsPerSecond * 10) / 10 : null,
      p99Ms: c ? Math.round(c.p99Ms * 10) / 10 : null,
      maxRateP99Under50: o?.maxRateP99Under50 ?? null,
      cpuMsPerTurn: o?.cpuMsPerTurn !== undefined && o.cpuMsPerTurn !== null ? Math.round(o.cpuMsPerTurn * 100) / 100 : null,
    };
  };
  const postgres = open.find((r) => r.target === 'postgres' && r.processes === 1 && !r.skipped);
  const two = open.find((r) => r.target === 'postgres' && r.processes === 2 && !r.skipped);
  const ceiling = closed.find((r) => r.target === 'restify')?.summary;
  return {
    ceiling: { turnsPerSecond: ceiling ? Math.round(ceiling.turnsPerSecond) : null },
    pglite: store('pglite'),
    postgres: {
      ...store('postgres'),
      // Counted on the wire between the server and PostgreSQL (bench/pg-counter.ts); commits from pg_stat_database.
      statementsPerTurn:
        postgres?.statementsPerTurn !== undefined && postgres.statementsPerTurn !== null ? Math.round(postgres.statementsPerTurn * 10) / 10 : null,
      roundTripsPerTurn:
        postgres?.roundTripsPerTurn !== undefined && postgres.roundTripsPerTurn !== null ? Math.round(postgres.roundTripsPerTurn * 10) / 10 : null,
      commitsPerTurn: postgres?.commitsPerTurn !== undefined && postgres.commitsPerTurn !== null ? Math.round(postgres.commitsPerTurn * 100) / 100 : null,
    },
    // The same server as two processes (PROCESSES=2), open loop only.
    postgresTwoProcesses: {
      maxRateP99Under50: two?.maxRateP99Under50 ?? null,
      cpuMsPerTurn: two?.cpuMsPerTurn !== undefined && two.cpuMsPerTurn !== null ? Math.round(two.cpuMsPerTurn * 100) / 100 : null,
    },
    triage: { messagesPerSecond: Number.isFinite(triage) ? triage : null },
    cpuMsPerTurn: store('postgres').cpuMsPerTurn ?? store('pglite').cpuMsPerTurn,
  };
}

const config = readOptions();

async function main(): Promise<void> {
  const machine = describeMachine();
  const began = Date.now();
  printMachine(machine);

  let engineOutput: string | null = null;
  if (config.engine) {
    log('== in-process: triage and engine turns (bench/engine.bench.ts) ==');
    const engine = await runScript('bench/engine.bench.ts');
    if (engine.code !== 0) throw new Error(`bench/engine.bench.ts exited with code ${engine.code}`);
    engineOutput = engine.output;
    log();
  }

  const results: TargetResult[] = [];
  if (config.load) {
    printLoadHeading(config);
    const model = await replyModel();
    for (const target of config.targets) {
      log(`  ${LABELS[target]} ...`);
      const result = target === 'restify' ? await benchCeiling(config) : await benchServer(target, model, config);
      printProgress(result);
      results.push(result);
    }
    log();
    printTable(results);
    printChecks(results);
    log();
  }

  const openLoop: OpenLoopResult[] = [];
  const openStores = config.targets.filter((t): t is 'pglite' | 'postgres' => t !== 'restify');
  if (config.openLoop && openStores.length > 0) {
    log(
      `== open loop: texts offered at ${config.openRates.join(', ')} turns/s, ${config.openWarmupSeconds} s warm-up and ${config.openSeconds} s measured each (bench/open-loop.ts) ==`,
    );
    // PostgreSQL once more with two server processes (PROCESSES=2): the embedded store is one process.
    const runs = openStores.flatMap((target) => (target === 'postgres' ? [1, 2] : [1]).map((processes) => ({ target, processes })));
    for (const { target, processes } of runs) {
      log(`  ${processes > 1 ? `${LABELS[target]}, ${processes} processes` : LABELS[target]}:`);
      const result = await benchOpenLoop(target, config, processes);
      openLoop.push(result);
      if (result.skipped) log(`    skipped (${result.skipped})`);
      else
        log(
          `    held with p99 under 50 ms: ${result.maxRateP99Under50 ?? 'none of the rates'}${result.maxRateP99Under50 ? ' turns/s' : ''}; server CPU ${result.cpuMsPerTurn?.toFixed(2) ?? '?'} ms a turn${result.commitsPerTurn !== null && result.commitsPerTurn !== undefined ? `; ${result.commitsPerTurn.toFixed(2)} commits, ${result.statementsPerTurn?.toFixed(1) ?? '?'} statements and ${result.roundTripsPerTurn?.toFixed(1) ?? '?'} round trips a turn` : ''}`,
        );
    }
    log('latency: from when each text was due to be sent (not when the bench sent it) to its 200 answer.');
    log();
  }

  const webchat: WebChatResult[] = [];
  const chatStores = config.targets.filter((t) => t !== 'restify');
  if (config.webchat && chatStores.length > 0) {
    log(`== web chat: ${config.tenants} visitors on the built-in Direct Line, each answer awaited on its WebSocket stream (bench/webchat.bench.ts) ==`);
    for (const target of chatStores) {
      const result = await benchWebChat(target, config);
      webchat.push(result);
      log(
        result.skipped
          ? `  ${LABELS[target]}: skipped (${result.skipped})`
          : `  ${LABELS[target]}: ${result.turnsPerSecond!.toFixed(1)} turns/s, p50 ${result.p50Ms!.toFixed(0)} ms, p99 ${result.p99Ms!.toFixed(0)} ms, max ${result.maxMs!.toFixed(0)} ms, ${result.turns} turns, ${result.errors} errors`,
      );
    }
    log('latency: from posting a message to its answer arriving on the stream (store, engine, outbox, botbuilder, Direct Line).');
    log();
  }

  let schedulerOutput: string | null = null;
  const schedulerStores = config.targets.filter((t) => t !== 'restify');
  if (config.scheduler && schedulerStores.length > 0) {
    log(`== in-process: the durable scheduler, ${config.schedulerJobs} reminders due at once (bench/scheduler.bench.ts) ==`);
    const scheduler = await runScript('bench/scheduler.bench.ts', {
      BENCH_SCHEDULER_STORES: schedulerStores.join(','),
      BENCH_SCHEDULER_JOBS: String(config.schedulerJobs),
      DATABASE_URL: config.databaseUrl,
    });
    schedulerOutput = scheduler.output;
    if (scheduler.code !== 0) process.exitCode = 1;
    log('jobs/s: from starting the scheduler and dispatcher until the last job had run and its text was queued;');
    log('texts/s: until the last text was written to the outbox file and recorded as sent.');
    log();
  }

  const consoleStores = config.targets.filter((t) => t !== 'restify');
  if (config.console && consoleStores.length > 0) {
    log('== in-process: the staff console reading a landlord of 20,000 conversations (bench/console.bench.ts) ==');
    const reads = await runScript('bench/console.bench.ts', { BENCH_CONSOLE_STORES: consoleStores.join(','), DATABASE_URL: config.databaseUrl });
    if (reads.code !== 0) process.exitCode = 1;
    log('each figure the median of 5 runs after a warm-up; the queue page reads its rows once and the live stream polls the fingerprint every 2 s.');
    log();
  }

  writeResults(began, machine, config, engineOutput, results, schedulerOutput, webchat);
  if (config.json) log(JSON.stringify(headline(engineOutput, results, openLoop)));
  if (!results.every((r) => !r.drain || r.drain.ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  killAll();
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
