// The embedded store's data directory: one process at a time, a prompt restart after a
// crash, and a one-line answer for a directory that cannot be used. The lock is tested as
// processes use it: holders are real child processes, killed with SIGKILL, and the server
// itself is restarted on the same DATA_DIR. (A second server refused while the first runs is
// in test/server/process.test.ts.)
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LockHeldError, lockDirectory, type DirLock } from '../../src/store/data-dir-lock.js';
import { CONFIG_VARIABLES } from '../../src/config/config.js';
import { StoreError } from '../../src/store/db.js';
import { openPglite } from '../../src/store/pglite.db.js';
import { openStore } from '../../src/store/open-store.js';
import { killServer, messageSid, ROOT, spawnServer, startServer, stopAllServers } from '../support/server-process.js';

const TEST_TIMEOUT = 180_000;
const STALE_MS = 10_000;
const LOCK_MODULE = join(ROOT, 'src', 'store', 'data-dir-lock.ts');

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorstep-lock-'));
  dirs.push(dir);
  return dir;
}

const children = new Set<ChildProcess>();
const held = new Set<DirLock>();

afterAll(async () => {
  await stopAllServers();
  for (const child of children) child.kill('SIGKILL');
  for (const lock of held) await lock.release();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** This process's environment without any of the server's settings. */
function environment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  return env;
}

async function take(path: string, onCompromised: (error: Error) => void = () => {}): Promise<DirLock> {
  const lock = await lockDirectory(path, { staleMs: STALE_MS, onCompromised });
  held.add(lock);
  return lock;
}

/** The error `work` throws (and fails the test if it throws none). */
async function thrown(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/**
 * A child process that tries the lock at each path written to its stdin, answers "won" or
 * "refused" on a line of its own, and keeps every lock it won until it is killed.
 */
interface Locker {
  child: ChildProcess;
  ask(path: string): Promise<string>;
}

async function startLocker(): Promise<Locker> {
  const code = `
    import { createInterface } from 'node:readline';
    const { lockDirectory, LockHeldError } = await import(${JSON.stringify(LOCK_MODULE)});
    const kept = [];
    const lines = createInterface({ input: process.stdin });
    process.stdout.write('loaded\\n');
    lines.on('line', async (path) => {
      try {
        kept.push(await lockDirectory(path, { staleMs: ${STALE_MS}, onCompromised: () => process.stdout.write('compromised\\n') }));
        process.stdout.write('won\\n');
      } catch (error) {
        process.stdout.write(error instanceof LockHeldError ? 'refused\\n' : 'error ' + error.message + '\\n');
      }
    });
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const waiting: ((line: string) => void)[] = [];
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    for (let at = buffered.indexOf('\n'); at >= 0; at = buffered.indexOf('\n')) {
      const line = buffered.slice(0, at);
      buffered = buffered.slice(at + 1);
      waiting.shift()?.(line);
    }
  });
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  expect(await next()).toBe('loaded');
  return {
    child,
    ask(path) {
      const answer = next();
      child.stdin!.write(`${path}\n`);
      return answer;
    },
  };
}

async function sigkill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/**
 * A lock file as another holder would have written it, and left: this process's, taken in the
 * same directory and released, with `change` applied.
 */
async function forge(path: string, change: Record<string, unknown> = {}): Promise<void> {
  const probe = `${path}.probe`;
  const lock = await lockDirectory(probe, { staleMs: STALE_MS, onCompromised: () => {} });
  const record = JSON.parse(readFileSync(probe, 'utf8')) as Record<string, unknown>;
  await lock.release();
  writeFileSync(path, JSON.stringify({ ...record, ...change }));
}

/** Whether a user with no rights of its own (nobody) can reach and run `path`: every folder above it searchable by others, the file executable by them. */
function othersCanRun(path: string): boolean {
  for (let at = path; ; at = dirname(at)) {
    if ((statSync(at).mode & 0o001) === 0) return false;
    if (dirname(at) === at) return true;
  }
}

function age(path: string, ms: number): void {
  const then = new Date(Date.now() - ms);
  utimesSync(path, then, then);
}

describe('the data directory lock', () => {
  it(
    'is taken at once when its holder was SIGKILLed, and refused while the holder runs',
    async () => {
      const path = join(scratch(), 'doorstep.lock');
      const holder = await startLocker();
      expect(await holder.ask(path)).toBe('won');

      const whileRunning = await thrown(() => take(path));
      expect(whileRunning).toBeInstanceOf(LockHeldError);
      expect(whileRunning).toMatchObject({ running: true, holder: { pid: holder.child.pid } });

      await sigkill(holder.child);
      const started = performance.now();
      const lock = await take(path);
      const ms = performance.now() - started;
      console.log(`lock taken from a SIGKILLed holder in ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(500);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, nonce: lock.holder.nonce });
    },
    TEST_TIMEOUT,
  );

  it('is refused to a second taker in the same process, and free again once released', async () => {
    const path = join(scratch(), 'doorstep.lock');
    const first = await take(path);
    expect(await thrown(() => take(path))).toMatchObject({ running: true, holder: { pid: process.pid, nonce: first.holder.nonce } });
    await first.release();
    expect(() => statSync(path)).toThrow(/ENOENT/);
    await (await take(path)).release();
  });

  it('takes over a lock left on this machine whatever its pid names now (a reused pid is no proof of life)', async () => {
    const path = join(scratch(), 'doorstep.lock');
    // pid 1 is always running, and the file was written a moment ago.
    await forge(path, { pid: 1 });
    expect((await take(path)).holder.pid).toBe(process.pid);
  });

  it('waits for a holder it cannot see (another host on a shared disk) to fall silent for the stale time', async () => {
    const path = join(scratch(), 'doorstep.lock');
    await forge(path, { machine: 'another-machine', socket: null, host: 'elsewhere', pid: 4242 });
    expect(await thrown(() => take(path))).toMatchObject({ running: false, holder: { host: 'elsewhere' } });
    age(path, STALE_MS - 2_000);
    expect(await thrown(() => take(path))).toBeInstanceOf(LockHeldError);
    age(path, STALE_MS + 2_000);
    expect((await take(path)).holder.pid).toBe(process.pid);
  });

  it('judges a lock it cannot read (an older Doorstep’s lock directory, a file cut short) by its age alone', async () => {
    for (const leave of [(path: string) => mkdirSync(path), (path: string) => writeFileSync(path, '')]) {
      const path = join(scratch(), 'doorstep.lock');
      leave(path);
      expect(await thrown(() => take(path))).toMatchObject({ running: false, holder: null });
      age(path, STALE_MS + 2_000);
      await take(path);
      expect(statSync(path).isFile()).toBe(true);
    }
  });

  it(
    'goes to exactly one of several processes taking over the same dead holder’s lock at once',
    async () => {
      const lockers = await Promise.all([startLocker(), startLocker(), startLocker(), startLocker()]);
      for (let round = 0; round < 20; round++) {
        const path = join(scratch(), 'doorstep.lock');
        await forge(path);
        const answers = await Promise.all(lockers.map((l) => l.ask(path)));
        expect(
          answers.filter((a) => a === 'won'),
          `round ${round}: ${answers.join(', ')}`,
        ).toHaveLength(1);
        expect(answers.filter((a) => a !== 'won' && a !== 'refused')).toEqual([]);
      }
    },
    TEST_TIMEOUT,
  );

  it('keeps its mtime fresh, and reports the lock compromised if another process replaces it', async () => {
    const path = join(scratch(), 'doorstep.lock');
    const compromised = vi.fn();
    const lock = await lockDirectory(path, { staleMs: STALE_MS, refreshMs: 50, onCompromised: compromised });
    held.add(lock);
    age(path, STALE_MS + 2_000);
    await vi.waitFor(() => expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(STALE_MS), { timeout: 5_000 });
    expect(compromised).not.toHaveBeenCalled();

    writeFileSync(path, JSON.stringify({ ...lock.holder, pid: 4242, nonce: 'someone-else' }));
    await vi.waitFor(() => expect(compromised).toHaveBeenCalledOnce(), { timeout: 5_000 });
    // What is left belongs to the other process: releasing ours must not remove it.
    await lock.release();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ nonce: 'someone-else' });
  });
});

describe('openPglite on a data directory it cannot use', () => {
  it('refuses one held by a running process with STORE_LOCKED, naming the directory and the holder', async () => {
    const dir = scratch();
    const holder = await startLocker();
    expect(await holder.ask(join(dir, 'doorstep.lock'))).toBe('won');
    const error = await thrown(() => openPglite(dir));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'STORE_LOCKED' });
    const message = (error as Error).message;
    expect(message).toContain(dir);
    expect(message).toContain(`pid ${holder.child.pid}`);
    expect(message).not.toMatch(/stale|taken over/); // it is running: no promise that waiting helps
    expect(message).not.toContain('\n');
  });

  it('refuses one held from another host with STORE_LOCKED, saying when a silent holder’s lock is taken over', async () => {
    const dir = scratch();
    await forge(join(dir, 'doorstep.lock'), { machine: 'another-machine', socket: null, host: 'elsewhere', pid: 4242 });
    const error = await thrown(() => openPglite(dir));
    expect(error).toMatchObject({ code: 'STORE_LOCKED' });
    expect((error as Error).message).toContain('(pid 4242 on elsewhere)');
    expect((error as Error).message).toMatch(/taken over 10 seconds after it last renewed it/);
  });

  it.each([
    ['a regular file', 'file', 'it is a file, not a directory'],
    ['a path under a regular file', 'file/data', '/file is a file, not a directory'],
  ])('answers STORE_UNAVAILABLE for %s, in one line naming it', async (_, under, why) => {
    const base = scratch();
    writeFileSync(join(base, 'file'), 'not a directory');
    const dataDir = join(base, under);
    const error = await thrown(() => openPglite(dataDir));
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain(`Cannot use the data directory ${dataDir}: `);
    expect((error as Error).message).toContain(why);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('the server on its DATA_DIR', () => {
  it(
    'restarts at once after a SIGKILL, with every message it acknowledged',
    async () => {
      const dir = scratch();
      const tenants = [
        { from: '+447700900601', body: 'my kitchen tap is leaking' },
        { from: '+447700900602', body: 'my boiler is broken' },
      ];

      let t = performance.now();
      const first = await startServer({ dataDir: dir });
      const fresh = performance.now() - t;
      expect((await first.postSms({ From: tenants[0]!.from, Body: tenants[0]!.body, MessageSid: messageSid() })).status).toBe(200);
      expect(await first.stop('SIGTERM')).toBe(0);

      t = performance.now();
      const second = await startServer({ dataDir: dir });
      const clean = performance.now() - t;
      expect((await second.postSms({ From: tenants[1]!.from, Body: tenants[1]!.body, MessageSid: messageSid() })).status).toBe(200);
      expect(await killServer(second)).toMatchObject({ signal: 'SIGKILL' });

      // One process, started once, as a supervisor restarts a crashed service: it must not
      // be refused for the dead one's lock.
      t = performance.now();
      const third = await spawnServer({ dataDir: dir });
      await third.waitReady();
      const takeover = performance.now() - t;
      console.log(
        `spawn to ready: fresh directory ${fresh.toFixed(0)} ms, restart after SIGTERM ${clean.toFixed(0)} ms, restart after SIGKILL ${takeover.toFixed(0)} ms`,
      );
      expect(takeover).toBeLessThan(Math.max(fresh, clean) + 2_000);
      expect(await third.stop('SIGTERM')).toBe(0);

      const store = await openStore({ dataDir: dir });
      try {
        for (const tenant of tenants) {
          const conversation = await store.findConversation({ channel: 'sms', address: tenant.from });
          expect(conversation, tenant.from).not.toBeNull();
          const inbound = (await store.transcript(conversation!.id)).filter((e) => e.direction === 'in').map((e) => e.text);
          expect(inbound).toEqual([tenant.body]);
        }
      } finally {
        await store.close();
      }
    },
    TEST_TIMEOUT,
  );

  const unusable: [string, (base: string) => string][] = [
    ['a regular file', (base) => join(base, 'file')],
    ['a path under a regular file', (base) => join(base, 'file', 'data')],
  ];
  // Node's own recursive mkdir spins for ever here; in a child process, a hang fails the test.
  if (process.platform === 'linux') unusable.push(['a path where no directory can be made', () => '/proc/doorstep-no-such-dir']);
  it.each(unusable)(
    'will not start with DATA_DIR %s: exit code 2 and one line naming it, no stack trace',
    async (_, dataDirIn) => {
      const base = scratch();
      writeFileSync(join(base, 'file'), 'not a directory');
      const dataDir = dataDirIn(base);
      const server = await spawnServer({ dataDir });
      expect(await server.exited).toMatchObject({ code: 2 });
      const lines = server.stderr().trimEnd().split('\n');
      expect(lines, server.stderr()).toHaveLength(1);
      expect(lines[0]).toContain(`Cannot use the data directory ${dataDir}`);
      expect(server.stderr()).not.toMatch(/^\s+at /m);
    },
    TEST_TIMEOUT,
  );

  // As root, and only where nobody can run this Node (CI's second Node lives in a private temp folder).
  it.skipIf(process.getuid?.() !== 0 || !othersCanRun(process.execPath))(
    'will not start with a DATA_DIR it may not write (run as nobody): exit code 2 and one line naming it',
    async () => {
      const base = scratch();
      chmodSync(base, 0o755);
      const dataDir = join(base, 'read-only');
      mkdirSync(dataDir, { mode: 0o555 });
      const child = spawn(process.execPath, ['--import', 'tsx', join('src', 'server', 'main.ts')], {
        cwd: ROOT,
        env: { ...environment(), DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_TENANTS: 'off' },
        uid: 65534,
        gid: 65534,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      children.add(child);
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const code = await new Promise((resolve) => {
        child.once('exit', resolve);
        child.once('error', (error) => resolve(`could not start: ${error.message}`));
      });
      expect(code, stderr).toBe(2);
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`Cannot use the data directory ${dataDir}: permission denied`)]);
    },
    TEST_TIMEOUT,
  );
});
