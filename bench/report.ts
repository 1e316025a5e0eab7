// Everything `npm run bench` prints, and bench/results/latest.json: the machine it ran on,
// a line per target as it finishes, the table, the outbox checks, and the same figures as
// JSON. Kept apart from the measuring so the wording lives in one place.
import type { WebChatResult } from './webchat.bench.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { redact } from '../src/store/postgres.db.js';
import { ceilingWarmupSeconds, type BenchConfig } from './options.js';
import { ROOT } from './processes.js';
import type { TargetResult } from './targets.js';

export const log = (line = ''): void => void process.stdout.write(`${line}\n`);
const mib = (n: number | null | undefined): string => (n === null || n === undefined || Number.isNaN(n) ? '-' : `${Math.round(n)} MiB`);
const ms = (n: number): string => (Number.isNaN(n) ? '-' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const loadAverage = (): number[] => os.loadavg().map((l) => Number(l.toFixed(2)));

export type Machine = ReturnType<typeof describeMachine>;

export function describeMachine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: loadAverage(),
  };
}

export function printMachine(machine: Machine): void {
  log(`Doorstep bench: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, node ${machine.node}, ${machine.os}`);
  log(`load average at start: ${machine.loadAverageAtStart.join(' ')}`);
  if (machine.loadAverageAtStart[0]! > machine.cpus) log(`(the machine is busy with other work: more runnable processes than CPUs, so the figures are noisy)`);
  log();
}

export function printLoadHeading(config: BenchConfig): void {
  log(
    `== over loopback: ${config.tenants} tenants, each texting one message after the answer to the last; ` +
      `${config.thinkMs ? `${config.thinkMs} ms apart; ` : ''}` +
      `warm-up ${config.warmupSeconds} s (ceiling ${ceilingWarmupSeconds(config)} s), measured ${config.measureSeconds} s (ceiling ${config.ceilingSeconds} s) ==`,
  );
}

/** The line under a target once it is done: why it was skipped, or its start-up and warm-up. */
export function printProgress(result: TargetResult): void {
  if (result.skipped) log(`    ${result.skipped}`);
  else {
    const w = result.warmup!;
    log(
      `    ready ${result.startupMs} ms after start; warm-up: ${w.turns} turns, slowest ${ms(w.maxMs)} ms, ${w.errors} failed; ` +
        `${result.summary!.turns} turns measured of ${result.totalTurns} sent`,
    );
  }
}

/** The table of figures, then what they mean. */
export function printTable(results: TargetResult[]): void {
  const header = ['target', 'turns', 'turns/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'server peak RSS'];
  const rows = results.map((r) =>
    r.summary
      ? [
          r.label,
          String(r.summary.turns),
          r.summary.turnsPerSecond.toFixed(1),
          ms(r.summary.p50Ms),
          ms(r.summary.p99Ms),
          ms(r.summary.maxMs),
          String(r.summary.errors),
          mib(r.serverPeakRssMiB),
        ]
      : [r.label, 'skipped', '', '', '', '', '', ''],
  );
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const fmt = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  log(fmt(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(fmt(row));
  log();
  log('Latency: from sending the signed webhook to its 200 answer (the turn is committed then; replies are sent after).');
  log('The ceiling parses the form and checks the Twilio signature, as the real server does, and nothing else.');
  log('turns/s: turns started after the warm-up, over the time until the last of them was answered.');
  log();
}

/** Failed requests for every target, and the outbox drain and checks for the real servers. */
export function printChecks(results: TargetResult[]): void {
  for (const r of results) {
    if (r.errors && Object.keys(r.errors).length > 0) log(`${r.label}: failed requests (warm-up included) ${JSON.stringify(r.errors)}`);
    if (!r.drain) continue;
    const d = r.drain;
    log(`${r.label}:`);
    log(`  outbox drain: ${d.backlogAtLoadEnd} replies still to send when the load ended, all written ${Math.round(d.drainMs)} ms later`);
    log(
      `  reply delay (webhook received -> text handed to the sender, ${d.replyDelay.replies} replies to measured turns): ` +
        `p50 ${ms(d.replyDelay.p50Ms)} ms, p99 ${ms(d.replyDelay.p99Ms)} ms, max ${ms(d.replyDelay.maxMs)} ms`,
    );
    log(
      `  check: ${d.turnsSent} turns sent, ${d.turnsAnswered} answered 200, ${d.turnsCommitted} committed; ` +
        `outbox ${d.outboxLines} lines (${d.distinctOutboxIds} distinct) = ${d.outboundRows} outbound rows ${JSON.stringify(d.outboundByStatus)} = ${d.repliesExpected} replies the scripts predict: ${d.ok ? 'OK' : 'FAILED'}`,
    );
    for (const note of d.notes) log(`  ${note}`);
  }
}

/** The closing line, and the whole run as bench/results/latest.json. */
export function writeResults(
  began: number,
  machine: Machine,
  config: BenchConfig,
  engineOutput: string | null,
  results: TargetResult[],
  schedulerOutput: string | null = null,
  webchat: WebChatResult[] = [],
): void {
  const seconds = Math.round((Date.now() - began) / 1000);
  const loadAverageAtEnd = loadAverage();
  log(`load average at end: ${loadAverageAtEnd.join(' ')}; bench took ${seconds} s`);

  const resultsDir = join(ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const json = {
    at: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd },
    config: { ...config, databaseUrl: redact(config.databaseUrl) },
    engineBench: engineOutput?.trim().split('\n') ?? null,
    targets: results,
    schedulerBench: schedulerOutput?.trim().split('\n') ?? null,
    webchat,
    tookSeconds: seconds,
  };
  // Fractions to two places: the figures are not that exact.
  const rounded = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value);
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(json, rounded, 2)}\n`);
  log(`results written to bench/results/latest.json`);
}
