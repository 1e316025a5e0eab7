// Runs the load at one target and returns its figures: the bare restify ceiling, or the real
// server on PGlite or PostgreSQL. Both go through measureChild (start the server as a child,
// wait until it is ready, run the load, stop it); the real server also gets its store
// prepared first, and its outbox and store checked after.
import { join } from 'node:path';
import { verify, waitForReplies, type DrainCheck } from './checks.js';
import { AUTH_TOKEN, BENCH_CAPACITY, runLoad, summarise, warmupSummary, type LatencySummary, type LoadRun, type ReplyModel } from './load.js';
import { LABELS, ceilingWarmupSeconds, type BenchConfig, type TargetName } from './options.js';
import { startChild, type Child } from './processes.js';
import { prepareStore, seedTenants, withStore } from './stores.js';

export const PUBLIC_URL = 'https://doorstep.example.org';

/** How the bench starts the real server on a store: signed webhooks, no demo list, no logs. */
export function serverEnv(dataDir: string, storeEnv: Record<string, string>): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    PUBLIC_URL,
    DEMO_TENANTS: 'off',
    LOG_LEVEL: 'silent',
    // Every tenant books a visit each pass: a calendar that never fills keeps the replies predictable.
    APPOINTMENT_CAPACITY: String(BENCH_CAPACITY),
    ...storeEnv,
  };
}

export interface TargetResult {
  target: TargetName;
  label: string;
  skipped?: string;
  summary?: LatencySummary;
  warmup?: ReturnType<typeof warmupSummary>;
  totalTurns?: number;
  errors?: Record<string, number>;
  serverPeakRssMiB?: number | null;
  startupMs?: number;
  drain?: DrainCheck;
}

interface ChildLoad {
  target: TargetName;
  script: string;
  env: Record<string, string>;
  warmupMs: number;
  measureMs: number;
  /** Work to wait for after the load, while the server still runs. */
  settle?: (run: LoadRun) => Promise<void>;
  /** Print the server's output to stderr if anything fails while it runs. */
  showOutputOnFailure?: boolean;
}

/**
 * Starts the child server, times how long until it is ready, runs the load at it, waits
 * for `settle`, reads its peak memory and stops it with SIGTERM (returning its exit code).
 * The child is stopped however this ends.
 */
async function measureChild(spec: ChildLoad, config: BenchConfig): Promise<{ run: LoadRun; result: TargetResult; exitCode: number | null }> {
  const started = Date.now();
  let child: Child | null = await startChild(spec.script, spec.env);
  try {
    await child.waitReady();
    const startupMs = Date.now() - started;
    const run = await runLoad({
      baseUrl: child.baseUrl,
      publicUrl: PUBLIC_URL,
      tenants: config.tenants,
      warmupMs: spec.warmupMs,
      measureMs: spec.measureMs,
      thinkMs: config.thinkMs,
    });
    await spec.settle?.(run);
    const memory = child.memory();
    const exitCode = await child.stop();
    child = null;
    const result: TargetResult = {
      target: spec.target,
      label: LABELS[spec.target],
      summary: summarise(run),
      warmup: warmupSummary(run),
      totalTurns: run.turns.length,
      errors: Object.fromEntries(run.errors),
      serverPeakRssMiB: memory?.peakMiB ?? null,
      startupMs,
    };
    return { run, result, exitCode };
  } catch (error) {
    if (child && spec.showOutputOnFailure) process.stderr.write(`--- ${spec.target} server output ---\n${child.output()}\n`);
    throw error;
  } finally {
    if (child) await child.stop(10_000).catch(() => {});
  }
}

export async function benchCeiling(config: BenchConfig): Promise<TargetResult> {
  const { result } = await measureChild(
    {
      target: 'restify',
      script: 'bench/ceiling-server.ts',
      env: { TWILIO_AUTH_TOKEN: AUTH_TOKEN, PUBLIC_URL },
      warmupMs: ceilingWarmupSeconds(config) * 1000,
      measureMs: config.ceilingSeconds * 1000,
    },
    config,
  );
  return result;
}

export async function benchServer(target: 'pglite' | 'postgres', model: ReplyModel, config: BenchConfig): Promise<TargetResult> {
  const store = await prepareStore(target, config.databaseUrl);
  if ('skipped' in store) return { target, label: LABELS[target], skipped: store.skipped };
  try {
    // Every simulated number is on the tenancy list, as most texts to a landlord are.
    await withStore(store, (seeding) => seedTenants(seeding, config.tenants));

    const outboxPath = join(store.dataDir, 'sms-outbox.jsonl');
    const { run, result, exitCode } = await measureChild(
      {
        target,
        script: 'src/server/main.ts',
        env: serverEnv(store.dataDir, store.env),
        warmupMs: config.warmupSeconds * 1000,
        measureMs: config.measureSeconds * 1000,
        settle: (loaded) => waitForReplies(outboxPath, loaded, model),
        showOutputOnFailure: true,
      },
      config,
    );
    if (exitCode !== 0) throw new Error(`the ${target} server exited with code ${exitCode} on SIGTERM`);

    const drain = await withStore(store, (checking) => verify(checking, run, model, outboxPath, config.tenants));
    return { ...result, drain };
  } finally {
    await store.cleanup().catch((e: unknown) => process.stderr.write(`bench: cleanup failed: ${String(e)}\n`));
  }
}
