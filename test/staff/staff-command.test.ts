// `npm run staff -- add|password|disable|list`, called as the CLI calls it: arguments, an
// environment naming the store, and standard input for the password. What it did is read
// back through the store it wrote, after it has closed it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../src/staff/sign-in.js';
import { runStaffCommand } from '../../src/staff/staff.command.js';
import { StaffStore } from '../../src/staff/staff.store.js';
import { openStore } from '../../src/store/open-store.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';

const PASSWORD = 'kettle on the landing 42';
const NEW_PASSWORD = 'a brand new passphrase 99';
const NOW = new Date('2026-03-02T09:00:00Z');

interface Place {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** Where the command keeps its store: an embedded PGlite directory, or a fresh PostgreSQL database. */
const kinds: { name: string; place(): Promise<Place> }[] = [
  {
    name: 'pglite',
    async place() {
      const dir = mkdtempSync(join(tmpdir(), 'doorstep-staff-'));
      return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
if (DATABASE_URL) {
  kinds.push({
    name: 'postgres',
    async place() {
      const db = await freshDatabase();
      // DATA_DIR is set but unused: with DATABASE_URL the store is PostgreSQL.
      return { env: { DATA_DIR: join(tmpdir(), 'doorstep-staff-unused'), DATABASE_URL: db.url }, drop: () => db.drop() };
    },
  });
}

describe.each(kinds)('npm run staff on $name', (kind) => {
  let place: Place;
  let n = 0;
  const fresh = (): string => `person${(n += 1)}@landlord.example`;

  beforeAll(async () => {
    place = await kind.place();
  });
  afterAll(async () => {
    await place?.drop();
  });

  /** Runs the command with `password` on standard input; returns its exit code, what it printed, and whether it asked. */
  async function run(argv: string[], password = PASSWORD, env = place.env) {
    const out: string[] = [];
    const err: string[] = [];
    let asked = 0;
    const code = await runStaffCommand(
      argv,
      env,
      {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        readPassword: async () => {
          asked += 1;
          return password;
        },
      },
      () => NOW,
    );
    return { code, out: out.join('\n'), err: err.join('\n'), asked };
  }

  /** Opens the store the command used (it has closed it) and works with its staff. */
  async function withStaff<T>(work: (staff: StaffStore) => Promise<T>): Promise<T> {
    const store = await openStore({ databaseUrl: place.env.DATABASE_URL, dataDir: place.env.DATA_DIR! });
    try {
      return await work(new StaffStore(store.db));
    } finally {
      await store.close();
    }
  }

  const outcome = async (email: string, password: string) => {
    const answer = await withStaff((staff) => signIn(staff, email, password, NOW));
    return answer.ok ? 'signed in' : answer.reason;
  };
  const listed = async (email: string) => (await run(['list'])).out.split('\n').filter((line) => line.includes(email));
  const add = (email: string, role = 'agent', password = PASSWORD) => run(['add', '--email', email, '--name', 'Ada Lovelace', '--role', role], password);

  it('adds a member with a good password, who is then listed and can sign in', async () => {
    const email = fresh();
    const added = await add(email, 'supervisor');
    expect(added).toMatchObject({ code: 0, asked: 1, err: '' });
    expect(added.out).toContain(`Added Ada Lovelace (${email}) as a supervisor`);
    expect(await listed(email)).toEqual([expect.stringMatching(new RegExp(`^supervisor\\s+${email}\\s+Ada Lovelace$`))]);
    const answer = await withStaff((staff) => signIn(staff, email.toUpperCase(), PASSWORD, NOW));
    expect(answer).toMatchObject({ ok: true, staff: { email, name: 'Ada Lovelace', role: 'supervisor' } });
  });

  it('says when there are no staff yet', async () => {
    const empty = await kind.place();
    try {
      expect(await run(['list'], PASSWORD, empty.env)).toMatchObject({ code: 0, out: 'No staff yet: add one with npm run staff -- add.', asked: 0 });
    } finally {
      await empty.drop();
    }
  });

  it('refuses to add an email that already has an account (exit 1), changing nothing', async () => {
    const email = fresh();
    expect((await add(email)).code).toBe(0);
    const again = await run(['add', '--email', email.toUpperCase(), '--name', 'Someone Else', '--role', 'supervisor'], NEW_PASSWORD);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`${email} already has an account`);
    expect(await listed(email)).toEqual([expect.stringMatching(/^agent\s.*Ada Lovelace$/)]);
    expect(await outcome(email, PASSWORD)).toBe('signed in');
    expect(await outcome(email, NEW_PASSWORD)).toBe('wrong');
  });

  it('refuses a short password (exit 2) and adds nobody', async () => {
    const email = fresh();
    const short = await add(email, 'agent', 'too short');
    expect(short.code).toBe(2);
    expect(short.err).toMatch(/at least 12 characters\. Nothing was changed\./);
    expect(await listed(email)).toEqual([]);
  });

  it.each([['--password', 'kettle on the landing 42'], ['--password=kettle on the landing 42'], ['--pass', 'kettle on the landing 42']])(
    'refuses a password given as an argument (%s) without asking for one (exit 2)',
    async (...flag) => {
      const email = fresh();
      const refused = await run(['add', '--email', email, '--name', 'Ada Lovelace', '--role', 'agent', ...flag]);
      expect(refused).toMatchObject({ code: 2, asked: 0 });
      expect(refused.err).toMatch(/A password is never an argument/);
      expect(await listed(email)).toEqual([]);
    },
  );

  it.each([
    ['no role', []],
    ['an unknown role', ['--role', 'admin']],
  ])('refuses an add with %s (exit 2) before asking for a password', async (_what, role) => {
    const email = fresh();
    const refused = await run(['add', '--email', email, '--name', 'Ada Lovelace', ...role]);
    expect(refused).toMatchObject({ code: 2, asked: 0 });
    expect(refused.err).toMatch(/Give the role with --role agent or --role supervisor\./);
    expect(await listed(email)).toEqual([]);
  });

  it('sets a new password: the old one stops working and the new one works', async () => {
    const email = fresh();
    await add(email);
    const changed = await run(['password', '--email', email], NEW_PASSWORD);
    expect(changed).toMatchObject({ code: 0, asked: 1 });
    expect(changed.out).toContain(`Ada Lovelace (${email}) has a new password`);
    expect(await outcome(email, PASSWORD)).toBe('wrong');
    expect(await outcome(email, NEW_PASSWORD)).toBe('signed in');
  });

  it('refuses a new password for an email with no account (exit 1)', async () => {
    const email = fresh();
    const refused = await run(['password', '--email', email], NEW_PASSWORD);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`No account has the email ${email}.`);
    expect(await listed(email)).toEqual([]);
  });

  it('disables an account so that it can no longer sign in, and lists it as disabled', async () => {
    const email = fresh();
    await add(email);
    const disabled = await run(['disable', '--email', email]);
    expect(disabled).toMatchObject({ code: 0, asked: 0, out: `Ada Lovelace (${email}) can no longer sign in.` });
    expect(await outcome(email, PASSWORD)).toBe('wrong');
    expect(await listed(email)).toEqual([expect.stringMatching(/Ada Lovelace {2}\(disabled\)$/)]);
    expect((await run(['disable', '--email', fresh()])).code).toBe(1);
  });

  it('records what it did in the audit log, by "command line (npm run staff)"', async () => {
    const email = fresh();
    await add(email);
    await run(['password', '--email', email], NEW_PASSWORD);
    await run(['disable', '--email', email]);
    const log = await withStaff((staff) => staff.auditLog({ limit: 10, subject: email }));
    expect(log.map(({ at, staffId, staffName, action, detail }) => ({ at, staffId, staffName, action, detail }))).toEqual([
      { at: NOW, staffId: null, staffName: 'command line (npm run staff)', action: 'disabled staff', detail: {} },
      { at: NOW, staffId: null, staffName: 'command line (npm run staff)', action: 'set a password', detail: {} },
      { at: NOW, staffId: null, staffName: 'command line (npm run staff)', action: 'added staff', detail: { role: 'agent' } },
    ]);
  });

  it('answers an unknown command, or none, with the usage (exit 2)', async () => {
    const unknown = await run(['remove', '--email', fresh()]);
    expect(unknown).toMatchObject({ code: 2, asked: 0, out: '' });
    expect(unknown.err).toMatch(/^There is no command "remove"\.\nUsage:\n.*npm run staff -- add --email E/);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^Usage:\n/);
  });
});
