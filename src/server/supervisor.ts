// Several server processes on one port (node:cluster): the operating system hands each new
// connection to one of them, so turns run on every core. Each process is a whole server
// (src/server/main.ts) on the shared PostgreSQL, where turns lock their conversation's
// row, and the scheduler and the outbox claim their work (SKIP LOCKED, advisory locks), so
// every job runs once and every text goes once whichever process takes it. The supervisor
// serves nothing itself: it starts the processes, starts again one that dies, and on
// SIGTERM or SIGINT asks each to finish what it holds, then exits.
import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** Tells a server process which of the supervisor's it is (1 prints the banner) and what is shared for the run. */
export const WORKER_ENV = { index: 'DOORSTEP_PROCESS', of: 'DOORSTEP_PROCESSES', apiKey: 'DOORSTEP_RUN_API_KEY' } as const;

export interface WorkerRole {
  /** 1 to N under a supervisor; 0 when this is the only process. */
  index: number;
  of: number;
  /** In local mode, the API key made for this run, the same in every process. */
  runApiKey: string | null;
}

/** What the supervisor told this process, if one started it. */
export function workerRole(env: NodeJS.ProcessEnv = process.env): WorkerRole {
  const index = Number(env[WORKER_ENV.index] ?? 0);
  return { index, of: Number(env[WORKER_ENV.of] ?? 1), runApiKey: env[WORKER_ENV.apiKey] ?? null };
}

export function supervise(count: number, options: { graceSeconds: number; localMode: boolean }): void {
  // The kernel, not this process, hands out connections. Node's default on Linux is for the
  // supervisor to accept each one and pass it on; one passed to a process at the moment it
  // is killed then hangs, unanswered, until the sender gives up (Twilio waits 15 s, then
  // the text is lost to us). Left in the listening socket, it goes to a process still alive.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./main.ts', import.meta.url)), execArgv: process.execArgv });
  // Local mode makes an API key for the run: one for all the processes, or a request would
  // be refused by every process but the one that printed it.
  const runApiKey = options.localMode && !process.env.API_KEY ? randomBytes(18).toString('hex') : null;
  const started = new Map<Worker, { index: number; listening: boolean }>();
  let stopping = false;

  const start = (index: number) => {
    const worker = cluster.fork({
      [WORKER_ENV.index]: String(index),
      [WORKER_ENV.of]: String(count),
      ...(runApiKey ? { [WORKER_ENV.apiKey]: runApiKey } : {}),
    });
    started.set(worker, { index, listening: false });
  };
  cluster.on('listening', (worker) => {
    const was = started.get(worker);
    if (was) was.listening = true;
  });

  cluster.on('exit', (worker, code, signal) => {
    const was = started.get(worker);
    started.delete(worker);
    if (!was) return;
    if (stopping) {
      // With the exit code of a process that could not start, if one could not (see below).
      if (started.size === 0) process.exit();
      return;
    }
    // A process that ended before it listened (bad configuration, the database refused)
    // will not start the next time either: stop them all with its exit code, whose message
    // is above. One that was serving is started again.
    if (!was.listening && code !== null && code !== 0) {
      process.stderr.write(`doorstep: server process ${was.index} could not start (exit code ${code}); stopping\n`);
      stopping = true;
      for (const other of started.keys()) other.process.kill('SIGTERM');
      if (started.size === 0) process.exit(code);
      process.exitCode = code;
      return;
    }
    process.stderr.write(`doorstep: server process ${was.index} (pid ${worker.process.pid}) ended (${signal ?? `exit code ${code}`}); starting it again\n`);
    start(was.index);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // Each process finishes its requests, turns and sends within its own grace period.
    for (const worker of started.keys()) worker.process.kill(signal);
    setTimeout(
      () => {
        for (const worker of started.keys()) worker.process.kill('SIGKILL');
        process.exit(1);
      },
      (options.graceSeconds + 10) * 1000,
    ).unref();
    if (started.size === 0) process.exit();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGTERM'));

  for (let index = 1; index <= count; index += 1) start(index);
}
