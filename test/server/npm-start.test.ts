// Stopping `npm start` by its own pid, as an operator or a process manager does, stops the
// server: npm passes the signal on, the server finishes its turns and exits, and the
// embedded store's lock is free for the next start. (npm ran the server under a shell that
// swallowed the signal, leaving a server running and holding the lock.)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/config/config.js';
import { ROOT, freePort } from '../support/server-process.js';

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function npmStart(dataDir: string, port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_TENANTS: 'off' });
  // Its own process group, so the test can clear up whatever is left if it fails.
  return spawn('npm', ['start', '--silent'], { cwd: ROOT, env, stdio: 'ignore', detached: true });
}

describe('npm start', () => {
  it('stops when npm itself is sent SIGTERM, and frees the store for the next start', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'doorstep-npm-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/healthz`;
    const npm = npmStart(dataDir, port);
    try {
      expect(await until(() => answers(url), 60_000)).toBe(true);
      process.kill(npm.pid!, 'SIGTERM');
      expect(await until(async () => !(await answers(url)), 20_000)).toBe(true);

      const again = npmStart(dataDir, port);
      try {
        expect(await until(() => answers(url), 60_000)).toBe(true);
      } finally {
        process.kill(-again.pid!, 'SIGKILL');
      }
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // Already gone, as it should be.
      }
    }
  });
});
