// `npm run staff -- <add|password|disable|list>`, as a function the CLI wraps and tests call.
// A password is never an argument (arguments show in `ps` and shell history): it is read
// from standard input, typed unseen at a terminal or piped in by a deployment script.
// Exit codes: 0 done, 1 refused (no such account, already one), 2 usage or store.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { StoreError } from '../store/db.js';
import { openStore } from '../store/open-store.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { STAFF_ROLES, StaffStore, type StaffRole } from './staff.store.js';

export interface StaffIo {
  out(line: string): void;
  err(line: string): void;
  /** The password, from standard input (asked twice at a terminal). */
  readPassword(): Promise<string>;
}

const USAGE = `Usage:
  npm run staff -- add --email E --name "N" --role agent|supervisor   (the password is read from standard input)
  npm run staff -- password --email E                               (a new password, from standard input; unlocks the account)
  npm run staff -- disable --email E                                (can no longer sign in; its sessions end)
  npm run staff -- list`;

const EMAIL = /^[^@\s]+@[^@\s]+$/;

export async function runStaffCommand(argv: string[], env: NodeJS.ProcessEnv | undefined, io: StaffIo, now: () => Date = () => new Date()): Promise<0 | 1 | 2> {
  const usage = (message: string): 2 => {
    io.err(message ? `${message}\n${USAGE}` : USAGE);
    return 2;
  };
  /** A refusal that is not about how the command was typed: no usage text after it. */
  const refuse = (message: string): 2 => {
    io.err(message);
    return 2;
  };
  let values: { email?: string | undefined; name?: string | undefined; role?: string | undefined; help?: boolean | undefined };
  let verb: string | undefined;
  if (argv.some((a) => /^--pass(?:word)?(?:=|$)/.test(a))) {
    return usage('A password is never an argument (it would stay in shell history): type it when asked, or pipe it in.');
  }
  try {
    const parsed = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    values = parsed.values;
    if (parsed.positionals.length > 1) return usage(`One command at a time; a password is never an argument.`);
    verb = parsed.positionals[0];
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (verb !== 'add' && verb !== 'password' && verb !== 'disable' && verb !== 'list') return usage(verb ? `There is no command "${verb}".` : '');
  const email = values.email?.trim() ?? '';
  if (verb !== 'list' && !EMAIL.test(email)) return usage('Give the email address with --email.');
  const name = values.name?.trim() ?? '';
  const role = STAFF_ROLES.find((r) => r === values.role);
  if (verb === 'add' && !name) return usage('Give their name with --name.');
  if (verb === 'add' && !role) return usage('Give the role with --role agent or --role supervisor.');

  let password = '';
  if (verb === 'add' || verb === 'password') {
    password = await io.readPassword();
    const problem = passwordProblem(password);
    if (problem) return usage(`That password will not do: ${problem}. Nothing was changed.`);
  }

  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return refuse(error.message);
    throw error;
  }
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (error) {
    if (error instanceof StoreError && error.code === 'STORE_LOCKED') {
      return refuse(
        `The embedded store at ${config.DATA_DIR} is in use by a running Doorstep server, and only one process can open it at a time. ` +
          `Stop the server and run this again, add staff from the console's Staff page, or run both on PostgreSQL (DATABASE_URL). Nothing was changed.`,
      );
    }
    if (error instanceof StoreError) return refuse(`${error.message}. Nothing was changed.`);
    throw error;
  }
  const staff = new StaffStore(store.db);
  /** Who the audit log names for changes made here. */
  const cli = { id: null, name: 'command line (npm run staff)' };
  try {
    const at = now();
    if (verb === 'list') {
      const all = await staff.list();
      if (all.length === 0) io.out('No staff yet: add one with npm run staff -- add.');
      for (const s of all) io.out(`${s.role.padEnd(10)} ${s.email.padEnd(32)} ${s.name}${s.disabled ? '  (disabled)' : ''}`);
      return 0;
    }
    if (verb === 'disable') {
      const done = await staff.disable(email, at);
      if (!done) {
        io.err(`No account has the email ${email}.`);
        return 1;
      }
      await staff.audit({ at, staff: cli, action: 'disabled staff', subject: done.email });
      io.out(`${done.name} (${done.email}) can no longer sign in.`);
      return 0;
    }
    const passwordHash = await hashPassword(password);
    if (verb === 'password') {
      const done = await staff.setPassword(email, passwordHash);
      if (!done) {
        io.err(`No account has the email ${email}.`);
        return 1;
      }
      await staff.audit({ at, staff: cli, action: 'set a password', subject: done.email });
      io.out(`${done.name} (${done.email}) has a new password; their sessions have ended.`);
      return 0;
    }
    const added = await staff.add({ email, name, role: role as StaffRole, passwordHash }, at);
    if (added === 'exists') {
      io.err(`${email.toLowerCase()} already has an account: to give it a new password, use npm run staff -- password --email ${email}.`);
      return 1;
    }
    await staff.audit({ at, staff: cli, action: 'added staff', subject: added.email, detail: { role: added.role } });
    io.out(`Added ${added.name} (${added.email}) as ${added.role === 'agent' ? 'an agent' : 'a supervisor'}. They sign in at /console.`);
    return 0;
  } finally {
    await store.close();
  }
}
