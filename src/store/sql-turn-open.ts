// The start of a turn in one statement (SqlStore.turn): the conversation's row made if this
// is its first message and locked (FOR UPDATE), the provider's message id taken (a retry
// finds it taken), and what the turn reads beside it: the tenancy the address belongs to,
// an opt-out, and the visit that stands. One round trip instead of six.
import { randomUUID } from 'node:crypto';
import { prepared, type Queryable } from './db.js';
import { APPOINTMENT_COLUMNS, toAppointment } from './sql-schedule.js';
import { toTenant } from './sql-tenants.js';
import { ACTIVE_APPOINTMENT, type ConversationKey, type ConversationMode, type ConversationRecord, type TurnState } from './store.js';

type Row = Record<string, unknown>;

export function toConversation(r: Row): ConversationRecord {
  return {
    id: r.id as string,
    channel: r.channel as string,
    address: r.address as string,
    machineVersion: r.machine_version as number,
    snapshot: r.snapshot ?? null,
    dialog: r.dialog ?? null,
    mode: r.mode as ConversationMode,
    identity: (r.identity as ConversationRecord['identity']) ?? null,
    lastCase: (r.last_case as string | null) ?? null,
    pendingMedia: (r.pending_media as string[] | null) ?? [],
    remindersTo: (r.reminders_to as string | null) ?? null,
  };
}

// Data-modifying CTEs and the query around them share one snapshot: a row made by `made` is
// not seen by `found`, so the conversation is whichever of the two returned it. The visit is
// the latest of the conversation that stands, or else the latest cancelled one (CHANGE books
// anew); for a texting number, visits booked in a web chat whose texts go to that number
// count too, so "CHANGE" in reply to their reminder finds them.
// Prepared once per connection on PostgreSQL: its columns are named (a migration adding a
// column to a table would otherwise change the result of a prepared `conv.*`).
const OPEN = prepared(
  'doorstep_turn_open',
  `
  with made as (
    insert into conversations (id, channel, address, machine_version, created_at, updated_at)
    values ($1, $2, $3, 0, $4, $4) on conflict (channel, address) do nothing returning *
  ), found as (
    select * from conversations where channel = $2 and address = $3 for update
  ), conv as (
    select * from made union all select * from found
  ), fresh as (
    insert into inbound_messages (channel, message_id, conversation_id, received_at)
    select $2, $5::text, conv.id, $4 from conv where $5::text is not null
    on conflict do nothing returning 1
  )
  select conv.id, conv.channel, conv.address, conv.machine_version, conv.snapshot, conv.dialog, conv.mode, conv.identity,
    conv.last_case, conv.pending_media, conv.reminders_to,
    (select count(*) from made)::int as created,
    (select count(*) from fresh)::int as fresh,
    (select row_to_json(t) from contact_points cp join tenants t on t.id = cp.tenant_id
      where cp.channel = $2 and cp.address = $3) as tenant_row,
    exists (select 1 from opt_outs o where o.channel = $2 and o.address = $3) as opted_out,
    (select row_to_json(v) from (
      select ${APPOINTMENT_COLUMNS} from appointments a join conversations c on c.id = a.conversation_id
      where (a.conversation_id = conv.id or ($2 = 'sms' and c.reminders_to = $3)) and a.status = any($6)
      order by a.status = 'cancelled', a.id desc limit 1) v) as appointment_row
  from conv`,
);

/** A turn's first round trip: its state, or that the message was taken before (a retry). */
export async function openTurn(tx: Queryable, key: ConversationKey, inbound: { messageId: string | null; at: Date }): Promise<TurnState | 'duplicate'> {
  const at = inbound.at.toISOString();
  const params = [randomUUID(), key.channel, key.address, at, inbound.messageId, [...ACTIVE_APPOINTMENT, 'cancelled']];
  let row = (await tx.query<Row>(OPEN, params)).rows[0];
  // Another turn made the row after this statement's snapshot was taken (two first messages
  // at once): the insert waited for it and did nothing, and the lock did not see it. The row
  // is there now: the same statement again finds and locks it.
  if (!row) row = (await tx.query<Row>(OPEN, params)).rows[0];
  if (!row) throw new Error(`conversation ${key.channel}/${key.address} could not be opened`);
  if (inbound.messageId !== null && row.fresh === 0) return 'duplicate';
  const tenantRow = row.tenant_row as Row | null;
  const appointmentRow = row.appointment_row as Row | null;
  return {
    record: toConversation(row),
    isNew: row.created === 1,
    tenant: tenantRow ? toTenant(tenantRow) : null,
    optedOut: row.opted_out === true,
    appointment: appointmentRow ? toAppointment(appointmentRow) : null,
  };
}
