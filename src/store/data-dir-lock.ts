// One process at a time in a data directory, and a prompt restart after a crash.
//
// On this machine the kernel decides: the holder listens on an abstract unix socket named
// for the directory (Linux). Of two processes binding the name only one can, and the name
// is freed the moment its process dies, however it dies: no pid to check, so no reused pid,
// zombie or hidden /proc entry to be fooled by, and no race between two processes taking
// over a dead holder's lock at once. Abstract sockets belong to a network namespace, so
// "this machine" means this boot (boot_id) and this network namespace.
//
// The lock file says who holds the directory (pid, host, and the socket it holds) for the
// message to whoever is refused, and covers what the socket cannot see: a process on
// another host with the directory on a shared disk, or in another container. Such a holder
// keeps the file's mtime fresh and is taken over only once it has been silent for
// `staleMs`, as proper-lockfile does. The file is created whole (written under a private
// name, then hard-linked into place, which fails if the name is taken), and a stale one is
// removed by renaming it aside and checking that what moved is what was judged stale.
import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile, utimes } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/** Who holds a lock, as its file records it. */
export interface LockHolder {
  pid: number;
  host: string;
  /** Boot and network namespace (Linux): holders with the same value can see each other's sockets. */
  machine: string | null;
  /** The abstract socket the holder listens on while it holds the lock; null if it has none. */
  socket: string | null;
  /** Names this lock and no other. */
  nonce: string;
  since: string;
}

export class LockHeldError extends Error {
  override readonly name = 'LockHeldError';
  constructor(
    /** Null when the file does not say (an older Doorstep's lock directory, a file cut short). */
    readonly holder: LockHolder | null,
    /** A process on this machine holds the directory now (rather than: a holder we cannot see, not yet silent long enough). */
    readonly running: boolean,
  ) {
    super(holder ? `held by pid ${holder.pid} on ${holder.host}` : 'held');
  }
}

export interface DirLock {
  readonly holder: LockHolder;
  release(): Promise<void>;
}

export interface DirLockOptions {
  /** A holder this machine cannot see is taken over after this long without a refresh. */
  staleMs: number;
  /** How often the holder refreshes the mtime and checks the file is still its own (default staleMs / 2). */
  refreshMs?: number;
  /** Called when the lock file is gone or belongs to another process: stop writing. */
  onCompromised(error: Error): void;
}

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

function machine(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${boot}/${readlinkSync('/proc/self/ns/net')}`;
  } catch {
    return null;
  }
}

/** Binds the directory's socket: the name, 'taken' if a live process has it, or null where there is none to bind. */
async function bindSocket(dir: string): Promise<{ name: string; server: Server } | 'taken' | null> {
  if (process.platform !== 'linux') return null;
  const { dev, ino } = statSync(dir);
  const name = `\0doorstep-data-dir:${dev}:${ino}`;
  const server = createServer((connection) => connection.destroy());
  return new Promise((resolve) => {
    server.once('error', (error) => resolve(errno(error) === 'EADDRINUSE' ? 'taken' : null));
    server.listen({ path: name, exclusive: true }, () => {
      // The lock must never keep a process alive that has nothing else to do.
      server.unref();
      resolve({ name, server });
    });
  });
}

function closeSocket(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

function parseHolder(text: string): LockHolder | null {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (!Number.isSafeInteger(h.pid) || typeof h.host !== 'string' || typeof h.nonce !== 'string') return null;
    const orNull = (v: unknown) => (typeof v === 'string' ? v : null);
    return { pid: h.pid!, host: h.host, machine: orNull(h.machine), socket: orNull(h.socket), nonce: h.nonce, since: String(h.since ?? '') };
  } catch {
    return null;
  }
}

interface Seen {
  /** Inode, mtime and content together: if any differs, it is not the lock we looked at. */
  identity: string;
  holder: LockHolder | null;
  mtimeMs: number;
  isDirectory: boolean;
}

/** The lock at `path` as it is now, or null if there is none. */
function look(path: string): Seen | null {
  try {
    const stat = lstatSync(path);
    // An older Doorstep (proper-lockfile) locked with an empty directory of this name.
    const text = stat.isFile() ? readFileSync(path, 'utf8') : '';
    return { identity: `${stat.ino}:${stat.mtimeMs}:${text}`, holder: parseHolder(text), mtimeMs: stat.mtimeMs, isDirectory: stat.isDirectory() };
  } catch (error) {
    if (errno(error) === 'ENOENT') return null;
    throw error;
  }
}

function isStale(seen: Seen, self: LockHolder, staleMs: number): boolean {
  const h = seen.holder;
  // Its holder listened on the socket we have just bound: it has gone.
  if (h && self.socket !== null && h.socket === self.socket && h.machine === self.machine) return true;
  return Date.now() - seen.mtimeMs > staleMs;
}

/** Creates the lock file holding `text`, unless the name is taken. */
function create(path: string, text: string, self: LockHolder): boolean {
  const draft = `${path}.${self.pid}.${self.nonce}.new`;
  writeFileSync(draft, text, { flag: 'wx' });
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if (errno(error) === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/** Removes the lock at `path` if it is still the one seen; puts back a lock taken since. */
function breakStale(path: string, seen: Seen, self: LockHolder): void {
  const aside = `${path}.${self.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errno(error) === 'ENOENT') return; // another process broke it first
    throw error;
  }
  const moved = look(aside);
  try {
    if (moved?.identity !== seen.identity) {
      // Refreshed or replaced since we looked (a holder on another host): put it back.
      if (moved?.isDirectory) renameSync(aside, path);
      else linkSync(aside, path);
    }
  } catch {
    // The name was taken in this instant: the holder we moved finds out at its next refresh.
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

/**
 * Takes the lock file at `path` for this process, taking over a stale one; throws
 * LockHeldError if another process holds it, or the file system's error if the directory
 * cannot be written.
 */
export async function lockDirectory(path: string, options: DirLockOptions): Promise<DirLock> {
  const socket = await bindSocket(dirname(path));
  if (socket === 'taken') throw new LockHeldError(look(path)?.holder ?? null, true);
  const self: LockHolder = {
    pid: process.pid,
    host: hostname(),
    machine: machine(),
    socket: socket?.name ?? null,
    nonce: randomBytes(12).toString('hex'),
    since: new Date().toISOString(),
  };
  const text = JSON.stringify(self);
  try {
    let last: Seen | null = null;
    // Each round takes the lock, refuses, or clears a stale one and tries again.
    for (let round = 0; round < 4; round++) {
      if (create(path, text, self)) return hold(path, text, self, socket?.server, options);
      last = look(path);
      if (last === null) continue; // released in between
      if (!isStale(last, self, options.staleMs)) throw new LockHeldError(last.holder, false);
      breakStale(path, last, self);
    }
    throw new LockHeldError(last?.holder ?? null, false);
  } catch (error) {
    await closeSocket(socket?.server);
    throw error;
  }
}

const exitHooks = new Set<() => void>();
process.once('exit', () => {
  for (const hook of exitHooks) hook();
});

function hold(path: string, text: string, holder: LockHolder, socket: Server | undefined, options: DirLockOptions): DirLock {
  const refreshMs = options.refreshMs ?? options.staleMs / 2;
  let timer: NodeJS.Timeout | null = null;
  let released = false;
  let misses = 0;

  const readNow = async () => {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if (errno(error) === 'ENOENT') return null;
      throw error;
    }
  };

  // A process that exits without closing the store (process.exit) leaves no lock file behind.
  const removeFile = () => {
    try {
      if (readFileSync(path, 'utf8') === text) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  exitHooks.add(removeFile);

  const stop = async () => {
    released = true;
    if (timer) clearTimeout(timer);
    exitHooks.delete(removeFile);
    await closeSocket(socket);
  };

  const refresh = async () => {
    try {
      const content = await readNow();
      if (released) return;
      if (content === text) {
        misses = 0;
        const now = new Date();
        await utimes(path, now, now);
      } else if (++misses >= 2) {
        // Twice, a moment apart: not a takeover caught half way (see breakStale).
        await stop();
        const error = new Error(`the lock file ${path} was removed or taken by another process`);
        setImmediate(() => options.onCompromised(error));
        return;
      }
    } catch {
      // A passing file-system error: try again at the next refresh.
    }
    if (!released) schedule(misses > 0 ? 500 : refreshMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => void refresh(), ms);
    timer.unref();
  };
  schedule(refreshMs);

  return {
    holder,
    async release() {
      if (released) return;
      removeFile();
      await stop();
    },
  };
}
