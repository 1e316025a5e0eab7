// The handoff queue in SQL: conversations handed to staff, and staff taking, returning and
// closing them (a move from a status it may not come from is a conflict).
import type { Db } from './db.js';
import { HANDOFF_MOVES, LIVE_HANDOFF, type HandoffRecord, type HandoffStatus } from './store.js';

type Row = Record<string, unknown>;

function toHandoff(r: Row): HandoffRecord {
  const at = (v: unknown): Date | null => (v ? new Date(v as Date) : null);
  return {
    id: Number(r.id),
    conversationId: r.conversation_id as string,
    channel: r.channel as string,
    address: r.address as string,
    reason: r.reason as string,
    caseReference: (r.case_reference as string | null) ?? null,
    safeContact: Boolean(r.safe_contact),
    status: r.status as HandoffStatus,
    requestedAt: new Date(r.requested_at as Date),
    takenAt: at(r.taken_at),
    closedAt: at(r.closed_at),
  };
}

export async function handoffs(db: Db, filter: { status?: readonly HandoffStatus[]; conversationId?: string } = {}): Promise<HandoffRecord[]> {
  const r = await db.query<Row>(
    `select h.*, c.channel, c.address from handoffs h join conversations c on c.id = h.conversation_id
     where h.status = any($1) and ($2::text is null or h.conversation_id = $2) order by h.requested_at, h.id`,
    [[...(filter.status ?? LIVE_HANDOFF)], filter.conversationId ?? null],
  );
  return r.rows.map(toHandoff);
}

export async function moveHandoff(db: Db, id: number, to: 'taken' | 'returned' | 'closed', at: Date): Promise<HandoffRecord | 'conflict' | null> {
  return db.transaction(async (tx) => {
    const found = await tx.query<Row>(
      `select h.*, c.channel, c.address from handoffs h join conversations c on c.id = h.conversation_id where h.id = $1 for update of h`,
      [id],
    );
    const row = found.rows[0];
    if (!row) return null;
    if (!HANDOFF_MOVES[to].includes(row.status as HandoffStatus)) return 'conflict';
    const when = at.toISOString();
    const moved = await tx.query<Row>(
      `update handoffs set status = $2, taken_at = case when $2 = 'taken' then $3::timestamptz else taken_at end,
         closed_at = case when $2 = 'taken' then closed_at else $3::timestamptz end
       where id = $1 returning *`,
      [id, to, when],
    );
    await tx.query(`update conversations set mode = $2, updated_at = $3 where id = $1`, [row.conversation_id, to === 'taken' ? 'staff' : 'assistant', when]);
    return toHandoff({ ...moved.rows[0]!, channel: row.channel, address: row.address });
  });
}
