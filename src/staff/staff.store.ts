// Staff accounts, their console sessions and the audit log, in the same database as the
// conversations (migration 9). Kept apart from the conversation store: the console is the
// only thing that reads them, and they need nothing of a turn's transaction.
import { StoreError, type Db } from '../store/db.js';

export type StaffRole = 'agent' | 'supervisor';
export const STAFF_ROLES: readonly StaffRole[] = ['agent', 'supervisor'];

export interface StaffMember {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: Date;
}

/** An account as sign-in needs it: its hash and how many wrong passwords in a row. */
export interface StaffLogin extends StaffMember {
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
}

export interface StaffSession {
  staff: StaffMember;
  csrf: string;
  expiresAt: Date;
}

export interface AuditEntry {
  id: number;
  at: Date;
  staffId: number | null;
  staffName: string;
  action: string;
  subject: string | null;
  detail: Record<string, unknown>;
}

type Row = Record<string, unknown>;
const date = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

/** Emails are compared as the mail system would: without case or surrounding space. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

function member(r: Row): StaffMember {
  return {
    id: Number(r.id),
    email: String(r.email),
    name: String(r.name),
    role: r.role as StaffRole,
    disabled: r.disabled_at !== null && r.disabled_at !== undefined,
    createdAt: date(r.created_at),
  };
}

const COLUMNS = 'id, email, name, role, disabled_at, created_at';

export class StaffStore {
  constructor(private readonly db: Db) {}

  /** A new account, or 'exists' when the email is taken. */
  async add(input: { email: string; name: string; role: StaffRole; passwordHash: string }, at: Date): Promise<StaffMember | 'exists'> {
    const r = await this.db.query(
      `insert into staff (email, name, role, password_hash, created_at) values ($1, $2, $3, $4, $5)
       on conflict (email) do nothing returning ${COLUMNS}`,
      [normaliseEmail(input.email), input.name, input.role, input.passwordHash, at.toISOString()],
    );
    return r.rows[0] ? member(r.rows[0]) : 'exists';
  }

  /** Sets the password (and, with `role` or `name`, those too), clears any lock and ends the account's sessions. */
  async setPassword(email: string, passwordHash: string, changes: { name?: string; role?: StaffRole } = {}): Promise<StaffMember | null> {
    return this.db.transaction(async (tx) => {
      const r = await tx.query(
        `update staff set password_hash = $2, failed_attempts = 0, locked_until = null, disabled_at = null,
           name = coalesce($3, name), role = coalesce($4, role)
         where email = $1 returning ${COLUMNS}`,
        [normaliseEmail(email), passwordHash, changes.name ?? null, changes.role ?? null],
      );
      if (!r.rows[0]) return null;
      await tx.query('delete from staff_sessions where staff_id = $1', [r.rows[0].id]);
      return member(r.rows[0]);
    });
  }

  /** Disables an account (it can no longer sign in) and ends its sessions. */
  async disable(email: string, at: Date): Promise<StaffMember | null> {
    return this.db.transaction(async (tx) => {
      const r = await tx.query(`update staff set disabled_at = coalesce(disabled_at, $2) where email = $1 returning ${COLUMNS}`, [
        normaliseEmail(email),
        at.toISOString(),
      ]);
      if (!r.rows[0]) return null;
      await tx.query('delete from staff_sessions where staff_id = $1', [r.rows[0].id]);
      return member(r.rows[0]);
    });
  }

  async list(): Promise<StaffMember[]> {
    const r = await this.db.query(`select ${COLUMNS} from staff order by lower(name), id`);
    return r.rows.map(member);
  }

  async login(email: string): Promise<StaffLogin | null> {
    const r = await this.db.query(`select ${COLUMNS}, password_hash, failed_attempts, locked_until from staff where email = $1`, [normaliseEmail(email)]);
    const row = r.rows[0];
    if (!row) return null;
    return {
      ...member(row),
      passwordHash: String(row.password_hash),
      failedAttempts: Number(row.failed_attempts),
      lockedUntil: row.locked_until ? date(row.locked_until) : null,
    };
  }

  /**
   * A wrong password, counted in one statement (two browsers guessing at once both count):
   * a lock that has run out starts the count again; reaching `lockAfter` locks the account
   * until `at + lockForMs`. Returns the count and the lock.
   */
  async recordFailure(id: number, at: Date, lockAfter: number, lockForMs: number): Promise<{ failedAttempts: number; lockedUntil: Date | null }> {
    const r = await this.db.query(
      `with counted as (
         select id, case when locked_until is not null and locked_until <= $2 then 1 else failed_attempts + 1 end as n
         from staff where id = $1 for update
       )
       update staff s set failed_attempts = c.n,
         locked_until = case when c.n >= $3 then $2::timestamptz + make_interval(secs => $4) else null end
       from counted c where s.id = c.id
       returning s.failed_attempts, s.locked_until`,
      [id, at.toISOString(), lockAfter, lockForMs / 1000],
    );
    const row = r.rows[0];
    if (!row) throw new StoreError('STORE_REFUSED_INPUT', `no staff member ${id}`);
    return { failedAttempts: Number(row.failed_attempts), lockedUntil: row.locked_until ? date(row.locked_until) : null };
  }

  async clearFailures(id: number): Promise<void> {
    await this.db.query('update staff set failed_attempts = 0, locked_until = null where id = $1 and (failed_attempts <> 0 or locked_until is not null)', [id]);
  }

  async startSession(input: { idHash: string; staffId: number; csrf: string; at: Date; expiresAt: Date }): Promise<void> {
    await this.db.query('insert into staff_sessions (id_hash, staff_id, csrf, created_at, seen_at, expires_at) values ($1, $2, $3, $4, $4, $5)', [
      input.idHash,
      input.staffId,
      input.csrf,
      input.at.toISOString(),
      input.expiresAt.toISOString(),
    ]);
  }

  /**
   * The session a cookie names, if it has not run out and its account is not disabled; it is
   * kept alive for `idleMs` more, but never past `createdAt + maxMs`.
   */
  async session(idHash: string, at: Date, idleMs: number, maxMs: number): Promise<StaffSession | null> {
    const r = await this.db.query(
      `update staff_sessions s set seen_at = $2,
         expires_at = least($2::timestamptz + make_interval(secs => $3), s.created_at + make_interval(secs => $4))
       from staff t
       where s.id_hash = $1 and s.expires_at > $2 and t.id = s.staff_id and t.disabled_at is null
       returning s.csrf, s.expires_at, t.id, t.email, t.name, t.role, t.disabled_at, t.created_at`,
      [idHash, at.toISOString(), idleMs / 1000, maxMs / 1000],
    );
    const row = r.rows[0];
    if (!row) return null;
    return { staff: member(row), csrf: String(row.csrf), expiresAt: date(row.expires_at) };
  }

  async endSession(idHash: string): Promise<void> {
    await this.db.query('delete from staff_sessions where id_hash = $1', [idHash]);
  }

  /** Sessions that ran out are deleted (they are refused anyway). */
  async sweepSessions(at: Date): Promise<number> {
    return (await this.db.query('delete from staff_sessions where expires_at <= $1', [at.toISOString()])).rowCount;
  }

  async audit(entry: {
    at: Date;
    staff: { id: number | null; name: string } | null;
    action: string;
    subject?: string | null;
    detail?: Record<string, unknown>;
  }): Promise<void> {
    await this.db.query('insert into audit_log (at, staff_id, staff_name, action, subject, detail) values ($1, $2, $3, $4, $5, $6)', [
      entry.at.toISOString(),
      entry.staff?.id ?? null,
      entry.staff?.name ?? '(nobody signed in)',
      entry.action,
      entry.subject ?? null,
      JSON.stringify(entry.detail ?? {}),
    ]);
  }

  /** The newest entries first, `limit` at most, older than entry `before` when given. */
  async auditLog(filter: { limit: number; before?: number; subject?: string }): Promise<AuditEntry[]> {
    const r = await this.db.query(
      `select id, at, staff_id, staff_name, action, subject, detail from audit_log
       where ($2::bigint is null or id < $2) and ($3::text is null or subject = $3)
       order by id desc limit $1`,
      [filter.limit, filter.before ?? null, filter.subject ?? null],
    );
    return r.rows.map((row) => ({
      id: Number(row.id),
      at: date(row.at),
      staffId: row.staff_id === null ? null : Number(row.staff_id),
      staffName: String(row.staff_name),
      action: String(row.action),
      subject: row.subject === null ? null : String(row.subject),
      detail: (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) as Record<string, unknown>,
    }));
  }
}
