// `npm run tenants:import -- <file.csv>` as a landlord's script runs it: the summary it
// prints and the exit code (0 all loaded, 1 some rows skipped, 2 nothing loaded). The
// refusals run in-process; only the runs that load a file start the real command, since
// PGlite takes seconds to open a new data directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/config/config.js';
import { openStore } from '../../src/store/open-store.js';
import { runTenantsImport } from '../../src/tenants/tenants-import.command.js';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const HEADER = 'tenancy_ref,name,address,postcode,phones,vulnerabilities';
const scratch = mkdtempSync(join(tmpdir(), 'doorstep-tenants-'));

function file(name: string, ...rows: string[]): string {
  const path = join(scratch, name);
  writeFileSync(path, `${[HEADER, ...rows].join('\n')}\n`);
  return path;
}

function spawnImport(path: string, dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, POLICY: '' };
  delete env.DATABASE_URL;
  const r = spawnSync(TSX, [join('src', 'cli', 'tenants-import.cli.ts'), path], { encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function runInProcess(argv: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runTenantsImport(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

// The second run reads what the first one loaded, as a landlord's nightly import does.
describe('npm run tenants:import into the embedded store', () => {
  const dataDir = join(scratch, 'data');

  it('loads every row, says how many were new, and exits 0', () => {
    const run = spawnImport(file('first.csv', 'T-1,Joan Robson,1 Row,NE6 5QX,07700 900101,', 'T-2,Arthur Bell,2 Row,NE6 2LR,07700 900104,mobility'), dataDir);
    expect(run).toEqual({ status: 0, stdout: `Loaded 2 tenancies (2 new, 0 updated) into the embedded store at ${dataDir}.\n`, stderr: '' });
  }, 60_000);

  it('on the next run counts updates, lists each skipped line with its reason, and exits 1', () => {
    const run = spawnImport(
      file(
        'second.csv',
        'T-1,Joan Robson-Hall,1 Row,NE6 5QX,07700 900101,',
        'T-3,Priya Sharma,"9 Mews, Gateshead",NE8 4YH,0770,',
        'T-4,Chloe Armstrong,16 View,DH3 3QA,07700 900107,',
      ),
      dataDir,
    );
    expect(run).toEqual({
      status: 1,
      stdout: `Loaded 2 tenancies (1 new, 1 updated) into the embedded store at ${dataDir}. Skipped 1 row:\n  line 3: phones: "0770" is not a phone number\n`,
      stderr: '',
    });
  }, 60_000);

  it('says plainly that a missing file cannot be read, with exit code 2 and no stack trace', () => {
    const run = spawnImport(join(scratch, 'no-such.csv'), dataDir);
    expect(run).toEqual({ status: 2, stdout: '', stderr: `Cannot read ${join(scratch, 'no-such.csv')}: there is no such file.\n` });
  });

  it('refuses with exit code 2 while a server holds the embedded store, and loads nothing', async () => {
    const server = await openStore({ dataDir });
    try {
      const before = await server.countTenants();
      const run = await runInProcess([file('third.csv', 'T-9,New Tenant,9 Row,NE6 5QX,07700 900109,')], { DATA_DIR: dataDir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^The embedded store at .* is in use by a running Doorstep server/);
      expect(run.stderr).toContain('Stop the server');
      expect(run.stderr).toContain('DATABASE_URL');
      expect(await server.countTenants()).toBe(before);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('npm run tenants:import reads ./.env as the server does', () => {
  it('loads into the store ./.env names, the one the server would open from the same folder', () => {
    // A deployment folder with the settings only in .env, and nothing in the environment.
    const folder = mkdtempSync(join(tmpdir(), 'doorstep-dotenv-'));
    const dataDir = join(folder, 'from-dotenv');
    writeFileSync(join(folder, '.env'), `DATA_DIR=${dataDir}\nDEMO_TENANTS=off\n`);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of CONFIG_VARIABLES) delete env[name];
    const cli = join(process.cwd(), 'src', 'cli', 'tenants-import.cli.ts');
    const run = spawnSync(TSX, [cli, file('dotenv.csv', 'T-1,Joan Robson,1 Row,NE6 5QX,07700 900101,')], {
      cwd: folder,
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    expect(run.stdout).toBe(`Loaded 1 tenancy (1 new, 0 updated) into the embedded store at ${dataDir}.\n`);
    // The server reads its configuration through the same loadConfig(), from the same folder.
    const config = join(process.cwd(), 'src', 'config', 'config.ts');
    const server = spawnSync(
      TSX,
      ['-e', `import { loadConfig } from ${JSON.stringify(config)}; const c = loadConfig(); console.log(c.DATA_DIR, c.DATABASE_URL ?? 'embedded');`],
      {
        cwd: folder,
        encoding: 'utf8',
        env,
        timeout: 60_000,
      },
    );
    expect(server.stdout.trim()).toBe(`${dataDir} embedded`);
  }, 60_000);
});

describe('npm run tenants:import refuses before loading anything (exit code 2)', () => {
  const env = { DATA_DIR: join(scratch, 'never-opened') };
  const good = () => file('good.csv', 'T-1,Joan Robson,1 Row,NE6 5QX,07700 900101,');

  it('without a file, showing the usage', async () => {
    expect(await runInProcess([], env)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^Which file\? Usage: npm run tenants:import -- <file\.csv>/),
    });
  });

  it('with two files', async () => {
    expect(await runInProcess([good(), good()], env)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^One file at a time\./) });
  });

  it('with a directory instead of a file', async () => {
    expect(await runInProcess([scratch], env)).toMatchObject({ status: 2, stderr: `Cannot read ${scratch}: it is a directory, not a file.` });
  });

  it('with required columns missing, naming them', async () => {
    const path = join(scratch, 'columns.csv');
    writeFileSync(path, 'ref,name,address,postcode,phones\nT-1,Joan Robson,1 Row,NE6 5QX,07700 900101\n');
    const run = await runInProcess([path], env);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toMatch(/columns\.csv: the header row \(line 1\) is missing the column tenancy_ref\. .*\nNothing was loaded\.$/);
  });

  it('with bad configuration, naming the variable', async () => {
    const run = await runInProcess([good()], { ...env, DATABASE_URL: 'mysql://db.example/doorstep' });
    expect(run).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Invalid configuration:\nDATABASE_URL: expected a postgres:\/\//) });
  });
});
