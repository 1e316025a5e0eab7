// The handoff queue in SQL: conversations handed to staff, and staff taking, returning and
// closing them (a move from a status it may not come from is a conflict).
import type { Db } from './db.js';
import { HANDOFF_MOVES, LIVE_HANDOFF, type HandoffRecord, type HandoffStatus, type StaffRef } from './store.js';

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
    takenBy: r.taken_by_name ? { id: Number(r.taken_by ?? 0), name: String(r.taken_by_name) } : null,
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

export async function takeConversation(db: Db, conversationId: string, by: StaffRef, at: Date): Promise<HandoffRecord | 'conflict' | null> {
  return db.transaction(async (tx) => {
    // The conversation's row is the lock: two people taking it at once queue here.
    const conversation = (await tx.query<Row>('select id, channel, address from conversations where id = $1 for update', [conversationId])).rows[0];
    if (!conversation) return null;
    const live = (await tx.query<Row>('select * from handoffs where conversation_id = $1 and status = any($2) for update', [conversationId, [...LIVE_HANDOFF]]))
      .rows[0];
    const place = { channel: conversation.channel, address: conversation.address };
    if (live?.status === 'taken') return Number(live.taken_by) === by.id ? toHandoff({ ...live, ...place }) : 'conflict';
    const when = at.toISOString();
    const taken = live
      ? await tx.query<Row>(`update handoffs set status = 'taken', taken_at = $2, taken_by = $3, taken_by_name = $4 where id = $1 returning *`, [
          live.id,
          when,
          by.id,
          by.name,
        ])
      : await tx.query<Row>(
          `insert into handoffs (conversation_id, reason, case_reference, safe_contact, status, requested_at, taken_at, taken_by, taken_by_name)
           values ($1, 'staff', null, false, 'taken', $2, $2, $3, $4) returning *`,
          [conversationId, when, by.id, by.name],
        );
    await tx.query(`update conversations set mode = 'staff', updated_at = $2 where id = $1`, [conversationId, when]);
    return toHandoff({ ...taken.rows[0]!, ...place });
  });
}
