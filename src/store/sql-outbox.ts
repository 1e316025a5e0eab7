// The outbox in SQL: claim what is due (one tenant's messages in order, each tenant's
// claim under an advisory lock so two dispatchers never send the same tenant's texts at
// once), record how each send went, take delivery reports, and queue again what a process
// that died left sending.
import type { Choice } from '../../dialogs/choices.js';
import { STATUS_RANK, type DivertFacts, type DivertPlan, type MessageOrigin, type OutboundMessage, type OutboundStatus, type SendOutcome } from './store.js';
import { prepared, type Db, type Queryable } from './db.js';
import { flagCase, raiseAlert } from './sql-schedule.js';

type Row = Record<string, unknown>;

const json = (v: unknown): string => JSON.stringify(v);

function toOutbound(r: Row): OutboundMessage {
  return {
    id: r.id as number,
    conversationId: (r.conversation_id as string | null) ?? null,
    channel: r.channel as string,
    recipient: r.recipient as string,
    body: r.body as string,
    segments: r.segments as number,
    encoding: r.encoding as string,
    choices: (r.choices as Choice[] | null) ?? [],
    status: r.status as OutboundStatus,
    attempts: r.attempts as number,
    sendAfter: new Date(r.send_after as Date),
    providerId: (r.provider_id as string | null) ?? null,
    errorCode: (r.error_code as string | null) ?? null,
    inDoubt: (r.in_doubt as boolean | undefined) ?? false,
    claimedAt: r.claimed_at ? new Date(r.claimed_at as Date) : null,
    origin: ((r.origin as MessageOrigin | undefined) ?? 'reply') as MessageOrigin,
    lastInboundAt: r.last_inbound_at ? new Date(r.last_inbound_at as Date) : null,
  };
}

// Run on every outbox round, prepared once per connection on PostgreSQL. Each names the
// columns it returns: a prepared `o.*` would fail once a migration added a column.
const CLAIM_LOCKS = prepared(
  'doorstep_outbox_lock',
  `with suppressed as (
         update outbound_messages m set status = 'suppressed', updated_at = $1
         where m.status = 'pending' and m.send_after <= $1
           and exists (select 1 from opt_outs o where o.channel = m.channel and o.address = m.recipient)
         returning m.id
       ), candidates as (
         select recipient, min(id) as first from outbound_messages c
         where status = 'pending' and send_after <= $1
           and c.id not in (select id from suppressed)
           and not exists (select 1 from outbound_messages s where s.recipient = c.recipient and s.status = 'sending')
         group by recipient order by first limit $2
       )
       select recipient from candidates where pg_try_advisory_xact_lock(hashtext(recipient))`,
);
const CLAIM = prepared(
  'doorstep_outbox_claim',
  `update outbound_messages o
       set status = case when exists (select 1 from opt_outs x where x.channel = o.channel and x.address = o.recipient)
                      then 'suppressed' else 'sending' end,
           attempts = o.attempts + 1, updated_at = $1,
           -- An in-doubt text keeps the time of the attempt that died: the provider is asked from then.
           claimed_at = case when o.in_doubt then o.claimed_at else $1 end
       where o.status = 'pending' and o.send_after <= $1
         and o.recipient = any($2)
         and not exists (select 1 from outbound_messages s where s.recipient = o.recipient and s.status = 'sending')
       returning o.id, o.conversation_id, o.channel, o.recipient, o.body, o.segments, o.encoding, o.choices, o.status, o.attempts,
         o.send_after, o.provider_id, o.error_code, o.in_doubt, o.claimed_at, o.origin,
         (select max(t.at) from transcript t where t.conversation_id = o.conversation_id and t.direction = 'in') as last_inbound_at`,
);
const FINISH = prepared(
  'doorstep_outbox_finish',
  `update outbound_messages o set status = x.status,
       provider_id = coalesce(x.provider_id, o.provider_id), sender = coalesce(x.sender, o.sender),
       error_code = x.error_code, send_after = coalesce(x.send_after, o.send_after), updated_at = x.at, in_doubt = false
     from jsonb_to_recordset($1::jsonb) as x(id bigint, status text, provider_id text, sender text, error_code text, send_after timestamptz, at timestamptz)
     where o.id = x.id`,
);

export async function claimOutbound(db: Db, now: Date, limit: number): Promise<OutboundMessage[]> {
  return db.transaction(async (tx) => {
    const at = now.toISOString();
    // Texts to a number that has opted out are suppressed, never sent. Then a recipient's
    // due texts are claimed together, in order, and none while an earlier one is still
    // being sent. The advisory lock on the recipient (held to commit) keeps another process
    // from claiming that tenant's texts while this claim is not yet committed. The lock is
    // taken in this statement and the claim made in the next: the second sees every claim
    // committed before the lock was had. (In one statement the check for a text still being
    // sent would read the snapshot from before the lock, and could miss another process's
    // claim committed in between: a later text then went first, under load.) The checks here
    // only keep the locks to recipients the claim can take, so a part-full claim means
    // nothing else was due.
    const locked = await tx.query<{ recipient: string }>(CLAIM_LOCKS, [at, limit]);
    if (locked.rows.length === 0) return [];
    // Under READ COMMITTED this statement sees what was committed since the last began, so
    // it checks opt-outs again: a text queued in between must not slip out.
    const r = await tx.query<Row>(CLAIM, [at, locked.rows.map((row) => row.recipient)], { last: true });
    return r.rows
      .map(toOutbound)
      .filter((m) => m.status === 'sending')
      .sort((a, b) => a.id - b.id);
  });
}

export async function finishOutbound(db: Db, results: readonly { id: number; outcome: SendOutcome }[]): Promise<void> {
  if (results.length === 0) return;
  const rows = results.map(({ id, outcome: o }) => ({
    id,
    status: o.status,
    provider_id: o.status === 'sent' ? o.providerId : null,
    sender: o.status === 'sent' ? o.sender : null,
    error_code: o.status === 'sent' ? null : o.errorCode,
    send_after: o.status === 'pending' ? o.retryAt.toISOString() : null,
    at: o.at.toISOString(),
  }));
  await db.query(FINISH, [json(rows)]);
}

export async function recordDeliveryStatus(
  db: Db,
  providerId: string,
  status: OutboundStatus,
  errorCode: string | null,
  at: Date,
): Promise<OutboundMessage | null> {
  return db.transaction(async (tx) => {
    const found = await tx.query<Row>(`select * from outbound_messages where provider_id = $1 for update`, [providerId]);
    const row = found.rows[0];
    if (!row) return null;
    const current = toOutbound(row);
    if (STATUS_RANK[status] <= STATUS_RANK[current.status]) return current;
    const r = await tx.query<Row>(
      `update outbound_messages set status = $2, error_code = coalesce($3, error_code), updated_at = $4 where id = $1 returning *`,
      [current.id, status, errorCode, at.toISOString()],
    );
    return toOutbound(r.rows[0]!);
  });
}

export async function requeueStuck(db: Db, olderThan: Date, at: Date): Promise<number> {
  const r = await db.query(`update outbound_messages set status = 'pending', in_doubt = true, updated_at = $2 where status = 'sending' and updated_at < $1`, [
    olderThan.toISOString(),
    at.toISOString(),
  ]);
  return r.rowCount;
}

export async function outbound(db: Db, filter: { recipient?: string } = {}): Promise<OutboundMessage[]> {
  const r = filter.recipient
    ? await db.query<Row>(`select * from outbound_messages where recipient = $1 order by id`, [filter.recipient])
    : await db.query<Row>(`select * from outbound_messages order by id`);
  return r.rows.map(toOutbound);
}

/** See Store.divertOutbound. */
export async function divertOutbound(
  db: Db,
  id: number,
  errorCode: string,
  at: Date,
  plan: (message: OutboundMessage, facts: DivertFacts) => DivertPlan,
): Promise<DivertPlan | null> {
  return db.transaction(async (tx) => {
    const found = await tx.query<Row>(
      `select o.*, c.reminders_to, c.last_case from outbound_messages o left join conversations c on c.id = o.conversation_id
       where o.id = $1 for update of o`,
      [id],
    );
    const row = found.rows[0];
    if (!row) return null;
    const when = at.toISOString();
    await tx.query(`update outbound_messages set status = 'failed', error_code = $2, updated_at = $3 where id = $1`, [id, errorCode, when]);
    const decided = plan(toOutbound(row), { provenNumber: (row.reminders_to as string | null) ?? null, lastCase: (row.last_case as string | null) ?? null });
    await writeDivert(tx, row, decided, when);
    return decided;
  });
}

async function writeDivert(tx: Queryable, row: Row, plan: DivertPlan, at: string): Promise<void> {
  if (plan.copy) {
    const c = plan.copy;
    // Keyed by the message it stands in for: diverting it again queues nothing more.
    await tx.query(
      `insert into outbound_messages (conversation_id, channel, recipient, body, segments, encoding, choices, status, send_after, origin,
         idempotency_key, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $8, $8) on conflict (idempotency_key) do nothing`,
      [
        row.conversation_id,
        c.channel,
        c.recipient,
        c.body,
        c.segments,
        c.encoding,
        c.choices?.length ? json(c.choices) : null,
        at,
        c.origin ?? 'reply',
        `divert:${row.id}`,
      ],
    );
  }
  if (plan.alert) await raiseAlert(tx, plan.alert, at);
  if (plan.flag) await flagCase(tx, plan.flag.reference, plan.flag.name, at);
}
