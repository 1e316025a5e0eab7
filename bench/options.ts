// What `npm run bench` was asked to do, from the command line or the environment, checked
// once up front so the rest of the bench reads plain numbers; a bad value stops the bench
// with exit code 2 before anything starts. Also the targets the bench knows and their labels.
//
// --tenants N (BENCH_TENANTS, 50), --seconds S measured per server target (BENCH_SECONDS, 15),
// --warmup S (BENCH_WARMUP, 5), --ceiling-seconds S (BENCH_CEILING_SECONDS, 8), --think-ms MS
// pause between an answer and the tenant's next text (BENCH_THINK_MS, 0: a closed loop that
// finds the maximum), --targets restify,pglite,postgres (BENCH_TARGETS), --no-engine,
// --no-scheduler, --scheduler-jobs N (BENCH_SCHEDULER_JOBS, 5000), --rates 50,100,200,400
// offered in the open loop (BENCH_RATES), --open-seconds S each (BENCH_OPEN_SECONDS, 10),
// --open-warmup S (BENCH_OPEN_WARMUP, 3), --json (a last line of JSON with the headline
// figures), --only engine,load,open-loop,webchat,scheduler,console (BENCH_ONLY: just those
// parts). DATABASE_URL names the PostgreSQL server (default below).
import { parseArgs } from 'node:util';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const TARGETS = ['restify', 'pglite', 'postgres'] as const;
export type TargetName = (typeof TARGETS)[number];

export const LABELS: Record<TargetName, string> = {
  restify: 'restify 12 bare (ceiling)',
  pglite: 'doorstep + PGlite',
  postgres: 'doorstep + PostgreSQL',
};

/** The parts of the bench: in-process engine, the load over loopback, the scheduler, the staff console's reads. */
export const PARTS = ['engine', 'load', 'open-loop', 'webchat', 'scheduler', 'console'] as const;
export type PartName = (typeof PARTS)[number];

export interface BenchConfig {
  tenants: number;
  measureSeconds: number;
  warmupSeconds: number;
  ceilingSeconds: number;
  thinkMs: number;
  targets: TargetName[];
  engine: boolean;
  load: boolean;
  webchat: boolean;
  scheduler: boolean;
  schedulerJobs: number;
  console: boolean;
  /** Open loop: texts offered at each of these rates (turns/s), each for a warm-up and a measurement. */
  openLoop: boolean;
  openRates: number[];
  openSeconds: number;
  openWarmupSeconds: number;
  /** End with one line of JSON holding the headline figures. */
  json: boolean;
  databaseUrl: string;
}

/** The ceiling's warm-up: the bench's, but at most 2 s (a bare server has little to warm). */
export const ceilingWarmupSeconds = (config: BenchConfig): number => Math.min(config.warmupSeconds, 2);

function numberOption(value: string | undefined, env: string, fallback: number, min: number): number {
  const raw = value ?? process.env[env];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) {
    process.stderr.write(`bench: ${env.toLowerCase().replace('bench_', '--')} must be a number >= ${min}, got "${raw}"\n`);
    process.exit(2);
  }
  return n;
}

/** Reads process.argv and the environment; exits with code 2 on a bad value. */
export function readOptions(): BenchConfig {
  const { values: args } = parseArgs({
    options: {
      tenants: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      'ceiling-seconds': { type: 'string' },
      'think-ms': { type: 'string' },
      targets: { type: 'string' },
      'no-engine': { type: 'boolean', default: false },
      'no-scheduler': { type: 'boolean', default: false },
      'scheduler-jobs': { type: 'string' },
      only: { type: 'string' },
      rates: { type: 'string' },
      'open-seconds': { type: 'string' },
      'open-warmup': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });

  const only = (args.only ?? process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean) as PartName[];
  for (const p of only) {
    if (!PARTS.includes(p)) {
      process.stderr.write(`bench: unknown part "${p}" for --only (expected ${PARTS.join(', ')})\n`);
      process.exit(2);
    }
  }
  const part = (p: PartName): boolean => only.length === 0 || only.includes(p);

  const config: BenchConfig = {
    tenants: Math.floor(numberOption(args.tenants, 'BENCH_TENANTS', 50, 1)),
    measureSeconds: numberOption(args.seconds, 'BENCH_SECONDS', 15, 1),
    warmupSeconds: numberOption(args.warmup, 'BENCH_WARMUP', 5, 0),
    ceilingSeconds: numberOption(args['ceiling-seconds'], 'BENCH_CEILING_SECONDS', 8, 1),
    thinkMs: numberOption(args['think-ms'], 'BENCH_THINK_MS', 0, 0),
    targets: (args.targets ?? process.env.BENCH_TARGETS ?? TARGETS.join(','))
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean) as TargetName[],
    engine: part('engine') && !args['no-engine'],
    load: part('load'),
    webchat: part('webchat'),
    scheduler: part('scheduler') && !args['no-scheduler'],
    schedulerJobs: Math.floor(numberOption(args['scheduler-jobs'], 'BENCH_SCHEDULER_JOBS', 5000, 1)),
    console: part('console'),
    openLoop: part('open-loop'),
    openRates: (args.rates ?? process.env.BENCH_RATES ?? '50,100,200,400')
      .split(',')
      .map(Number)
      .filter((n) => Number.isFinite(n) && n > 0),
    openSeconds: numberOption(args['open-seconds'], 'BENCH_OPEN_SECONDS', 10, 1),
    openWarmupSeconds: numberOption(args['open-warmup'], 'BENCH_OPEN_WARMUP', 3, 0),
    json: Boolean(args.json),
    databaseUrl: process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
  };
  for (const t of config.targets) {
    if (!TARGETS.includes(t)) {
      process.stderr.write(`bench: unknown target "${t}" (expected ${TARGETS.join(', ')})\n`);
      process.exit(2);
    }
  }
  return config;
}
