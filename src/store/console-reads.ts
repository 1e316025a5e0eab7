// What the staff console reads, in SQL: the conversations worth a look (a live handoff, an
// open case, or anything said lately), each with its tenant, its handoff, its open cases
// and their latest SLA alert, in four queries for the whole queue rather than four a row.
import type { Db } from './db.js';
import { FINISHED_CASE } from './records.types.js';

/** Case statuses that need nothing more: the rest are open. */
const FINISHED_CASE_STATUSES: readonly string[] = [...FINISHED_CASE];

export interface QueueCase {
  reference: string;
  kind: string;
  status: string;
  openedAt: Date;
  dueBy: Date | null;
  priority: string | null;
  tier: string | null;
  grade: string | null;
  /** An ASB grade's level: 1 is the most serious. */
  level: number | null;
  vulnerable: boolean;
  safety: string[];
  /** The latest SLA alert raised on it: a warning, or a breach. */
  alert: 'warning' | 'breach' | null;
}

export interface QueueHandoff {
  id: number;
  status: 'open' | 'taken';
  reason: string;
  requestedAt: Date;
  takenBy: { id: number; name: string } | null;
  safeContact: boolean;
}

export interface QueueConversation {
  id: string;
  channel: string;
  address: string;
  mode: 'assistant' | 'staff';
  updatedAt: Date;
  lastInboundAt: Date | null;
  /** When a member of staff last wrote to the tenant here. */
  lastStaffAt: Date | null;
  /** From the tenancy list (verified), else the name the tenant gave (not verified). */
  tenantName: string | null;
  tenancyRef: string | null;
  vulnerabilities: string[];
  handoff: QueueHandoff | null;
  openCases: QueueCase[];
}

type Row = Record<string, unknown>;
const date = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

const CONVERSATION = `
  select c.id, c.channel, c.address, c.mode, c.updated_at, c.identity->>'name' as said_name,
    t.name as tenant_name, t.tenancy_ref, coalesce(t.vulnerabilities, '{}') as vulnerabilities,
    (select max(at) from transcript x where x.conversation_id = c.id and x.direction = 'in') as last_inbound_at,
    (select max(at) from transcript x where x.conversation_id = c.id and x.direction = 'out' and x.author is not null) as last_staff_at
  from conversations c
  left join contact_points p on p.channel = c.channel and p.address = c.address
  left join tenants t on t.id = p.tenant_id`;

export class ConsoleReads {
  constructor(private readonly db: Db) {}

  /**
   * Conversations with a live handoff or an open case, and any touched since `since`; the
   * most recently active first, `limit` at most (a live handoff is never left out).
   */
  async queue(since: Date, limit: number): Promise<QueueConversation[]> {
    const r = await this.db.query<Row>(
      `${CONVERSATION}
       where exists (select 1 from handoffs h where h.conversation_id = c.id and h.status in ('open', 'taken'))
          or c.updated_at >= $1
          or exists (select 1 from cases k where k.conversation_id = c.id and not (k.status = any($3)))
       order by exists (select 1 from handoffs h where h.conversation_id = c.id and h.status in ('open', 'taken')) desc, c.updated_at desc
       limit $2`,
      [since.toISOString(), limit, [...FINISHED_CASE_STATUSES]],
    );
    return this.complete(r.rows);
  }

  async conversation(id: string): Promise<QueueConversation | null> {
    const r = await this.db.query<Row>(`${CONVERSATION} where c.id = $1`, [id]);
    return (await this.complete(r.rows))[0] ?? null;
  }

  /** A value that changes whenever anything the queue shows may have: a turn, a handoff moved, a case changed, an alert. */
  async fingerprint(): Promise<string> {
    const r = await this.db.query<Row>(
      `select (select max(updated_at) from conversations) as c, (select max(updated_at) from cases) as k,
         (select max(id) from alerts) as a, (select max(id) from handoffs) as h`,
    );
    const row = r.rows[0] ?? {};
    return [row.c, row.k, row.a, row.h].map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ''))).join('|');
  }

  /** Every conversation of the tenancy (all its channels), oldest first. */
  async tenancyConversations(tenancyRef: string): Promise<{ id: string; channel: string }[]> {
    const r = await this.db.query<Row>(
      `select c.id, c.channel from conversations c join contact_points p on p.channel = c.channel and p.address = c.address
       join tenants t on t.id = p.tenant_id where t.tenancy_ref = $1 order by c.created_at, c.id`,
      [tenancyRef],
    );
    return r.rows.map((row) => ({ id: String(row.id), channel: String(row.channel) }));
  }

  private async complete(rows: Row[]): Promise<QueueConversation[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => String(row.id));
    const [handoffs, cases] = await Promise.all([
      this.db.query<Row>(`select * from handoffs where conversation_id = any($1) and status in ('open', 'taken')`, [ids]),
      this.db.query<Row>(
        `select k.reference, k.conversation_id, k.kind, k.status, k.opened_at, k.due_by, k.details, k.vulnerabilities,
           (select a.level from alerts a where a.reference = k.reference order by a.raised_at desc, a.id desc limit 1) as alert
         from cases k where k.conversation_id = any($1) and not (k.status = any($2)) order by k.opened_at`,
        [ids, [...FINISHED_CASE_STATUSES]],
      ),
    ]);
    const handoffOf = new Map(handoffs.rows.map((h) => [String(h.conversation_id), h]));
    return rows.map((row) => {
      const h = handoffOf.get(String(row.id));
      return {
        id: String(row.id),
        channel: String(row.channel),
        address: String(row.address),
        mode: row.mode === 'staff' ? 'staff' : 'assistant',
        updatedAt: date(row.updated_at),
        lastInboundAt: row.last_inbound_at ? date(row.last_inbound_at) : null,
        lastStaffAt: row.last_staff_at ? date(row.last_staff_at) : null,
        tenantName: (row.tenant_name as string | null) ?? (row.said_name as string | null) ?? null,
        tenancyRef: (row.tenancy_ref as string | null) ?? null,
        vulnerabilities: (row.vulnerabilities as string[] | null) ?? [],
        handoff: h
          ? {
              id: Number(h.id),
              status: h.status === 'taken' ? 'taken' : 'open',
              reason: String(h.reason),
              requestedAt: date(h.requested_at),
              takenBy: h.taken_by_name ? { id: Number(h.taken_by ?? 0), name: String(h.taken_by_name) } : null,
              safeContact: Boolean(h.safe_contact),
            }
          : null,
        openCases: cases.rows
          .filter((k) => k.conversation_id === row.id)
          .map((k) => {
            const details = (k.details ?? {}) as Record<string, unknown>;
            const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
            return {
              reference: String(k.reference),
              kind: String(k.kind),
              status: String(k.status),
              openedAt: date(k.opened_at),
              dueBy: k.due_by ? date(k.due_by) : null,
              priority: text(details.priority),
              tier: text(details.tier),
              grade: text(details.grade),
              level: typeof details.level === 'number' ? details.level : null,
              vulnerable: details.vulnerable === true || ((k.vulnerabilities as string[] | null) ?? []).length > 0,
              safety: Array.isArray(details.safety) ? (details.safety as string[]) : [],
              alert: k.alert === 'breach' || k.alert === 'warning' ? k.alert : null,
            };
          }),
      };
    });
  }
}
