// `npm run tenants:import -- <file.csv>`, as a function: the CLI is a thin wrapper, and
// tests can run every way it refuses without starting a process. Exit codes are what a
// landlord's nightly script branches on: 0 every row loaded, 1 some rows were left out
// (the rest loaded), 2 nothing was loaded (usage, file, columns, configuration, store).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { StoreError } from '../store/db.js';
import { openStore } from '../store/open-store.js';
import type { SqlStore } from '../store/sql.store.js';
import { importTenants } from './import-tenants.js';
import { REQUIRED_COLUMNS, formatRowError, parseTenantCsv } from './tenant-csv.js';

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: npm run tenants:import -- <file.csv>
The file needs a header row with the columns ${REQUIRED_COLUMNS.join(', ')} and optionally vulnerabilities (see README.md).`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

/** Where the tenancies went, without credentials. */
function storeName(databaseUrl: string | undefined, dataDir: string): string {
  if (!databaseUrl) return `the embedded store at ${dataDir}`;
  const url = new URL(databaseUrl);
  return `the PostgreSQL database ${url.pathname.replace(/^\//, '')} on ${url.host}`;
}

/**
 * `env` undefined reads the configuration as the server does (the environment, then ./.env
 * for what it leaves unset); tests pass an environment of their own.
 */
export async function runTenantsImport(
  argv: string[],
  env: NodeJS.ProcessEnv | undefined,
  io: CommandIo,
  now: () => Date = () => new Date(),
): Promise<0 | 1 | 2> {
  const usage = (message: string): 2 => {
    io.err(message);
    return 2;
  };

  let file: string;
  try {
    const { positionals, values } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 1) return usage(`${positionals.length === 0 ? 'Which file? ' : 'One file at a time. '}${USAGE}`);
    file = positionals[0]!;
  } catch (error) {
    return usage(`${(error as Error).message}\n${USAGE}`);
  }

  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return usage(error.message);
    throw error;
  }

  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    return usage(`Cannot read ${file}: ${readReason(error)}.`);
  }
  const parsed = parseTenantCsv(data);
  if (!parsed.ok) return usage(`${file}: ${parsed.message}\nNothing was loaded.`);

  let store: SqlStore;
  try {
    store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (error) {
    if (error instanceof StoreError && error.code === 'STORE_LOCKED') {
      return usage(
        `The embedded store at ${config.DATA_DIR} is in use by a running Doorstep server, and only one process can open it at a time. ` +
          `Stop the server, run this again and start the server once it has finished, or run both on PostgreSQL by setting DATABASE_URL. Nothing was loaded.`,
      );
    }
    if (error instanceof StoreError) return usage(`${error.message}. Nothing was loaded.`);
    throw error;
  }

  try {
    const result = await importTenants(store, parsed, now());
    const loaded = result.inserted + result.updated;
    io.out(
      `Loaded ${plural(loaded, 'tenancy', 'tenancies')} (${result.inserted} new, ${result.updated} updated) into ${storeName(config.DATABASE_URL, config.DATA_DIR)}.` +
        (result.skipped > 0 ? ` Skipped ${plural(result.skipped, 'row', 'rows')}:` : ''),
    );
    for (const e of result.errors) io.out(`  ${formatRowError(e)}`);
    return result.skipped > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
