// Child processes for `npm run bench`: the server under test and the bare restify ceiling,
// each in a process group of its own, started as `node --import tsx <file>` so the pid we
// hold is the server's own (its memory can be read in /proc). Every child is killed when
// the bench exits, however it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES } from '../src/config/config.js';
import { freePort } from '../test/support/server-process.js';

export const ROOT = join(import.meta.dirname, '..');

const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Gone already.
  }
}

export function killAll(): void {
  for (const child of live) killGroup(child, 'SIGKILL');
  live.clear();
}

process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAll();
    process.stderr.write(`\nbench: ${signal}, servers stopped\n`);
    process.exit(130);
  });
}

export interface Child {
  readonly pid: number;
  readonly baseUrl: string;
  readonly exited: Promise<number | null>;
  output(): string;
  waitReady(timeoutMs?: number): Promise<void>;
  /** Peak and current resident memory in MiB from /proc (null where there is no /proc). */
  memory(): { peakMiB: number; rssMiB: number } | null;
  /** CPU time the server has used so far (user and system, all threads), in ms; null where there is no /proc. */
  cpuMs(): number | null;
  /** SIGTERM, then SIGKILL to the group if it has not exited within timeoutMs. */
  stop(timeoutMs?: number): Promise<number | null>;
}

/** Starts `node --import tsx <script>` from the project root on a free loopback port. */
export async function startChild(script: string, env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete childEnv[name];
  Object.assign(childEnv, { ...env, PORT: String(port), HOST: '127.0.0.1' });
  // BENCH_CPU_PROF=<dir>: each server process writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  live.add(child);
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out = (out + c).slice(-8000)));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (out = (out + c).slice(-8000)));
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      killGroup(child, 'SIGKILL');
      live.delete(child);
      resolve(code);
    });
    child.once('error', (error) => {
      out += `\n[spawn error] ${error.message}\n`;
      live.delete(child);
      resolve(null);
    });
  });
  let gone = false;
  void exited.then(() => (gone = true));
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    pid: child.pid ?? -1,
    baseUrl,
    exited,
    output: () => out,
    async waitReady(timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (gone) throw new Error(`${script} exited before it was ready:\n${out}`);
        try {
          const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) });
          await res.arrayBuffer();
          if (res.status === 200) return;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline) throw new Error(`${script} not ready after ${timeoutMs} ms:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    memory() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
        return { peakMiB: kb('VmHWM') / 1024, rssMiB: kb('VmRSS') / 1024 };
      } catch {
        return null;
      }
    },
    cpuMs() {
      // Every process of the child's group (a supervisor's server processes too). Fields 5,
      // 14 and 15 of /proc/<pid>/stat (counted after the command in parentheses): the process
      // group, and user and system time in clock ticks (100 a second on Linux).
      let ticks = 0;
      let found = false;
      for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          if (Number(fields[2]) !== child.pid) continue;
          ticks += Number(fields[11]) + Number(fields[12]);
          found = true;
        } catch {
          // Gone since the listing.
        }
      }
      return found ? (ticks * 1000) / 100 : null;
    },
    async stop(timeoutMs = 60_000) {
      if (!gone) child.kill('SIGTERM');
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs).unref());
      const result = await Promise.race([exited, timer]);
      if (result === 'timeout') {
        killGroup(child, 'SIGKILL');
        await exited;
        throw new Error(`${script} did not exit within ${timeoutMs} ms of SIGTERM; killed`);
      }
      return result;
    },
  };
}

/** Runs a script to the end, echoing its output line by line; returns what it printed. */
export function runScript(script: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    live.add(child);
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      output += c;
      process.stdout.write(c);
    });
    child.once('exit', (code) => {
      killGroup(child, 'SIGKILL');
      live.delete(child);
      resolve({ code, output });
    });
    child.once('error', (error) => {
      live.delete(child);
      resolve({ code: null, output: `${output}\n[spawn error] ${error.message}` });
    });
  });
}
