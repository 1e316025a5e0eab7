// The facts the landlord's reports are made from, for one period, in SQL: repairs completed
// (and when, against their due date), complaints with their history (stages, responses,
// extensions), ASB cases, SLA alerts, handoffs, survey answers, and how many texts each
// repair took to reach its quote. The measures themselves are worked out in src/reports.
import type { Db } from './db.js';

export interface ReportFacts {
  repairs: {
    reference: string;
    conversationId: string;
    tier: string | null;
    priority: string | null;
    dueBy: Date | null;
    completedAt: Date;
    flags: string[];
  }[];
  complaints: { reference: string; conversationId: string; openedAt: Date; history: { at: Date; change: Record<string, unknown> }[] }[];
  asb: { reference: string; conversationId: string; openedAt: Date; category: string | null; level: number | null }[];
  alerts: { reference: string; conversationId: string | null; level: 'warning' | 'breach'; raisedAt: Date }[];
  handoffs: { id: number; conversationId: string; channel: string; reason: string; requestedAt: Date; takenAt: Date | null; takenBy: string | null }[];
  surveys: { reference: string; conversationId: string; score: number; at: Date }[];
  quotes: { reference: string; conversationId: string; openedAt: Date; texts: number }[];
}

type Row = Record<string, unknown>;
const date = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export class ReportReads {
  constructor(private readonly db: Db) {}

  /** Everything that happened in [from, to). */
  async facts(from: Date, to: Date): Promise<ReportFacts> {
    const range = [from.toISOString(), to.toISOString()];
    const [repairs, complaints, asb, alerts, handoffs, surveys, quotes] = await Promise.all([
      this.db.query<Row>(
        `select c.reference, c.conversation_id, c.details->>'tier' as tier, c.details->>'priority' as priority, c.due_by, c.flags, min(h.at) as completed_at
         from cases c join case_history h on h.reference = c.reference
           and (h.change->>'appointment' = 'completed' or h.change->>'event' = 'completed')
         where c.kind = 'repair'
         group by c.reference
         having min(h.at) >= $1 and min(h.at) < $2
         order by completed_at, c.reference`,
        range,
      ),
      this.db.query<Row>(
        `select c.reference, c.conversation_id, c.opened_at,
           coalesce((select jsonb_agg(jsonb_build_object('at', h.at, 'change', h.change) order by h.id) from case_history h where h.reference = c.reference), '[]') as history
         from cases c
         where c.kind = 'complaint' and c.opened_at < $2
           and (c.opened_at >= $1 or exists (select 1 from case_history x where x.reference = c.reference and x.at >= $1 and x.at < $2))
         order by c.opened_at, c.reference`,
        range,
      ),
      this.db.query<Row>(
        `select reference, conversation_id, opened_at, details->'details'->>'category' as category, details->>'level' as level
         from cases where kind = 'asb' and opened_at >= $1 and opened_at < $2 order by opened_at, reference`,
        range,
      ),
      this.db.query<Row>(
        `select a.reference, c.conversation_id, a.level, a.raised_at from alerts a left join cases c on c.reference = a.reference
         where a.raised_at >= $1 and a.raised_at < $2 order by a.raised_at, a.id`,
        range,
      ),
      this.db.query<Row>(
        `select h.id, h.conversation_id, c.channel, h.reason, h.requested_at, h.taken_at, h.taken_by_name
         from handoffs h join conversations c on c.id = h.conversation_id
         where h.requested_at >= $1 and h.requested_at < $2 order by h.requested_at, h.id`,
        range,
      ),
      this.db.query<Row>(
        `select reference, conversation_id, survey from cases
         where survey is not null and (survey->>'at')::timestamptz >= $1 and (survey->>'at')::timestamptz < $2 order by reference`,
        range,
      ),
      // The tenant's texts from the one after the conversation's previous case up to this one.
      this.db.query<Row>(
        `select c.reference, c.conversation_id, c.opened_at,
           (select count(*) from transcript t where t.conversation_id = c.conversation_id and t.direction = 'in' and t.at <= c.opened_at
              and t.at > coalesce((select max(p.opened_at) from cases p where p.conversation_id = c.conversation_id and p.opened_at < c.opened_at), '-infinity'::timestamptz)
           ) as texts
         from cases c where c.kind = 'repair' and c.opened_at >= $1 and c.opened_at < $2 order by c.opened_at, c.reference`,
        range,
      ),
    ]);
    return {
      repairs: repairs.rows.map((r) => ({
        reference: String(r.reference),
        conversationId: String(r.conversation_id),
        tier: text(r.tier),
        priority: text(r.priority),
        dueBy: r.due_by ? date(r.due_by) : null,
        completedAt: date(r.completed_at),
        flags: (r.flags as string[] | null) ?? [],
      })),
      complaints: complaints.rows.map((r) => ({
        reference: String(r.reference),
        conversationId: String(r.conversation_id),
        openedAt: date(r.opened_at),
        history: ((typeof r.history === 'string' ? JSON.parse(r.history) : r.history) as { at: string; change: Record<string, unknown> }[]).map((h) => ({
          at: date(h.at),
          change: h.change,
        })),
      })),
      asb: asb.rows.map((r) => ({
        reference: String(r.reference),
        conversationId: String(r.conversation_id),
        openedAt: date(r.opened_at),
        category: text(r.category),
        level: r.level === null || r.level === undefined ? null : Number(r.level),
      })),
      alerts: alerts.rows.map((r) => ({
        reference: String(r.reference),
        conversationId: text(r.conversation_id),
        level: r.level === 'breach' ? 'breach' : 'warning',
        raisedAt: date(r.raised_at),
      })),
      handoffs: handoffs.rows.map((r) => ({
        id: Number(r.id),
        conversationId: String(r.conversation_id),
        channel: String(r.channel),
        reason: String(r.reason),
        requestedAt: date(r.requested_at),
        takenAt: r.taken_at ? date(r.taken_at) : null,
        takenBy: text(r.taken_by_name),
      })),
      surveys: surveys.rows.map((r) => {
        const s = (typeof r.survey === 'string' ? JSON.parse(r.survey) : r.survey) as { score: number; at: string };
        return { reference: String(r.reference), conversationId: String(r.conversation_id), score: Number(s.score), at: date(s.at) };
      }),
      quotes: quotes.rows.map((r) => ({
        reference: String(r.reference),
        conversationId: String(r.conversation_id),
        openedAt: date(r.opened_at),
        texts: Number(r.texts),
      })),
    };
  }
}
