// One turn's decisions, written in the turn's transaction (see SqlStore.turn): the
// conversation's row and transcript, its cases and their photos, upload links, opt-outs,
// visits, a link to a tenancy, re-addressed visit texts, scheduled work, a survey answer,
// a handoff, and the outbox rows, whose ids are returned.
import { prepared, type Queryable } from './db.js';
import { JOB_COLUMNS, jobRows, writeAppointment, writeSurvey } from './sql-schedule.js';
import { queuePhotos } from './sql-photos.js';
import { caseAddress, VISIT_TEXTS, type CaseWrite, type ConversationKey, type ConversationRecord, type TenantRecord, type TurnWrite } from './store.js';

const json = (v: unknown): string => JSON.stringify(v);

/**
 * The rows most turns write go in one statement: the conversation's row, the transcript,
 * the cases with their history, the outbox (whose ids come back in the order given),
 * photo upload links and scheduled jobs (reminders, clocks). What only a few turns write
 * (photos, a visit, a tenancy link, an opt-out, a survey, a handoff) follows, one
 * statement each, only when there is something to write.
 */
export async function persistTurn(tx: Queryable, write: TurnWrite, tenant: TenantRecord | null, before: ConversationRecord): Promise<number[]> {
  const r = write.record;
  const now = (write.transcript[0]?.at ?? write.cases[0]?.at ?? new Date()).toISOString();
  const address = json(caseAddress(tenant, r.identity));
  const transcript = write.transcript.map((t, ord) => ({
    ord,
    direction: t.direction,
    at: t.at.toISOString(),
    body: t.text,
    media: t.media ?? [],
    message_id: t.messageId ?? null,
    author: t.author ?? null,
  }));
  const cases = caseRows(write.cases);
  const history = write.cases.map((c, ord) => ({ ord, reference: c.change.reference, at: c.at.toISOString(), change: c.change }));
  const outbound = write.outbound.map((o, ord) => ({
    ord,
    channel: o.channel,
    recipient: o.recipient,
    body: o.body,
    segments: o.segments,
    encoding: o.encoding,
    choices: o.choices?.length ? o.choices : null,
    send_after: o.sendAfter.toISOString(),
    origin: o.origin ?? 'reply',
    idempotency_key: o.key ?? null,
  }));
  const later = laterWrites(write, before, now);
  // When nothing follows, the commit goes with the rows (one round trip on PostgreSQL).
  const written = await tx.query<{ ids: number[] | null }>(
    TURN_ROWS,
    [
      r.id,
      r.machineVersion,
      json(r.snapshot),
      r.dialog === null || r.dialog === undefined ? null : json(r.dialog),
      r.mode,
      r.identity ? json(r.identity) : null,
      r.lastCase,
      now,
      json(r.pendingMedia ?? []),
      r.remindersTo ?? null,
      json(transcript),
      json(cases),
      json(history),
      json(outbound),
      tenant?.id ?? null,
      address,
      json(tenant?.vulnerabilities ?? []),
      json((write.uploadLinks ?? []).map((l) => ({ id: l.id, reference: l.reference, expires_at: l.expiresAt.toISOString() }))),
      json(jobRows((write.jobs ?? []).map((j) => ({ ...j, conversationId: j.conversationId ?? r.id })))),
    ],
    { last: later.length === 0 },
  );
  for (const step of later) await step(tx);
  return written.rows[0]?.ids ?? [];
}

/**
 * What only a few turns write after their rows, as steps run in order in the same
 * transaction: the rows take the commit with them when there are none.
 */
function laterWrites(write: TurnWrite, before: ConversationRecord, now: string): Array<(tx: Queryable) => Promise<unknown>> {
  const r = write.record;
  const steps: Array<(tx: Queryable) => Promise<unknown>> = [];
  // What an unknown number tells us about itself goes onto the cases it already opened here.
  if (r.identity && !before.identity) {
    const address = json(caseAddress(null, r.identity));
    steps.push((tx) =>
      tx.query(`update cases set address = $2::jsonb, updated_at = $3 where conversation_id = $1 and tenant_id is null`, [r.id, address, now]),
    );
  }
  for (const c of write.cases) {
    const media = c.media;
    if (media?.length) steps.push((tx) => queuePhotos(tx, c.change.reference, media, now));
  }
  const media = write.media;
  if (media) {
    steps.push((tx) => tx.query(`update cases set media = media || $2::jsonb, updated_at = $3 where reference = $1`, [media.reference, json(media.urls), now]));
    steps.push((tx) => queuePhotos(tx, media.reference, media.urls, now));
  }
  const optOut = write.optOut;
  if (optOut) steps.push((tx) => writeOptOut(tx, { channel: r.channel, address: r.address }, optOut.out, optOut.source, now));
  // Jobs went in with the turn's rows: what follows changes only the jobs planned before.
  const plannedNow = (write.jobs ?? []).map((j) => j.key);
  for (const a of write.appointments ?? []) steps.push((tx) => writeAppointment(tx, r.id, a, now, plannedNow));
  const link = write.link;
  if (link) {
    // A contact point like a phone number on the list; a re-import replaces only the list's own numbers.
    steps.push((tx) =>
      tx.query(
        `insert into contact_points (channel, address, tenant_id)
         select $1, $2, tenant_id from contact_points where channel = 'sms' and address = $3
         on conflict (channel, address) do update set tenant_id = excluded.tenant_id`,
        [r.channel, r.address, link.number],
      ),
    );
    // What they reported here before the link is the tenancy's too, now that they have shown they hold its number.
    steps.push((tx) =>
      tx.query(
        `update cases set tenant_id = cp.tenant_id, verified = true, updated_at = $3
         from contact_points cp where cp.channel = 'sms' and cp.address = $2 and cases.conversation_id = $1 and cases.tenant_id is null`,
        [r.id, link.number, now],
      ),
    );
  }
  const to = write.visitTextsTo;
  if (to) {
    steps.push((tx) =>
      tx.query(
        `update scheduled_jobs set payload = payload || jsonb_build_object('channel', $2::text, 'address', $3::text)
         where conversation_id = $1 and status = 'pending' and payload->>'kind' = 'text' and payload->>'purpose' = any($4)
           and key <> all($5)`,
        [r.id, to.channel, to.address, VISIT_TEXTS, plannedNow],
      ),
    );
  }
  const survey = write.survey;
  if (survey) steps.push((tx) => writeSurvey(tx, survey));
  const h = write.handoff;
  if (h) {
    // One live handoff a conversation: asking again while one is open or taken changes nothing.
    steps.push((tx) =>
      tx.query(
        `insert into handoffs (conversation_id, reason, case_reference, safe_contact, status, requested_at)
         values ($1, $2, $3, $4, 'open', $5) on conflict (conversation_id) where status in ('open', 'taken') do nothing`,
        [r.id, h.reason, h.caseReference, h.safeContact, h.requestedAt.toISOString()],
      ),
    );
  }
  return steps;
}

// The sub-statements run on one snapshot and in no set order, so none may touch a row
// another touches: a case changed twice in one turn arrives as one row (caseRows). A
// history row's case is checked at the end of the statement, when the case is there. Ids
// come from sequences in the order of each SELECT's ORDER BY.
const TURN_ROWS = prepared(
  'doorstep_turn_rows',
  `
  with conversation as (
    update conversations set machine_version = $2, snapshot = $3::jsonb, dialog = $4::jsonb, mode = $5,
      identity = $6::jsonb, last_case = $7, pending_media = $9::jsonb, reminders_to = $10, updated_at = $8
    where id = $1
  ), said as (
    insert into transcript (conversation_id, direction, at, body, media, message_id, author)
    select $1, x.direction, x.at, x.body, x.media, x.message_id, x.author
    from jsonb_to_recordset($11::jsonb) as x(ord int, direction text, at timestamptz, body text, media jsonb, message_id text, author text)
    order by x.ord
  ), kept as (
    insert into cases (reference, conversation_id, tenant_id, kind, status, opened_at, due_by, dates, verified, address,
      vulnerabilities, details, media, updated_at)
    select x.reference, $1, $15::bigint, x.kind, x.status, x.opened_at, x.due_by, x.dates, $15::bigint is not null, $16::jsonb,
      array(select jsonb_array_elements_text($17::jsonb)), x.details, x.media, x.updated_at
    from jsonb_to_recordset($12::jsonb) as x(reference text, kind text, status text, opened_at timestamptz, due_by timestamptz,
      dates jsonb, details jsonb, media jsonb, updated_at timestamptz)
    on conflict (reference) do update set
      status = excluded.status,
      due_by = coalesce(excluded.due_by, cases.due_by),
      dates = cases.dates || excluded.dates,
      details = cases.details || excluded.details,
      media = cases.media || excluded.media,
      updated_at = excluded.updated_at
  ), told as (
    insert into case_history (reference, at, change)
    select x.reference, x.at, x.change from jsonb_to_recordset($13::jsonb) as x(ord int, reference text, at timestamptz, change jsonb)
    order by x.ord
  ), queued as (
    insert into outbound_messages (conversation_id, channel, recipient, body, segments, encoding, choices, status, send_after, origin,
      idempotency_key, created_at, updated_at)
    select $1, x.channel, x.recipient, x.body, x.segments, x.encoding, x.choices, 'pending', x.send_after, x.origin, x.idempotency_key, $8, $8
    from jsonb_to_recordset($14::jsonb) as x(ord int, channel text, recipient text, body text, segments int, encoding text, choices jsonb,
      send_after timestamptz, origin text, idempotency_key text)
    order by x.ord
    returning id
  ), linked as (
    insert into upload_links (id, reference, expires_at, created_at)
    select x.id, x.reference, x.expires_at, $8 from jsonb_to_recordset($18::jsonb) as x(id text, reference text, expires_at timestamptz)
    on conflict (id) do nothing
  ), planned as (
    insert into scheduled_jobs (key, run_at, status, conversation_id, reference, group_key, payload, created_at)
    select x.key, x.run_at, 'pending', x.conversation_id, x.reference, x.group_key, x.payload, $8
    from jsonb_to_recordset($19::jsonb) as x(${JOB_COLUMNS})
    on conflict (key) do nothing
  )
  select (select json_agg(id order by id) from queued) as ids`,
);

interface CaseRow {
  reference: string;
  kind: string;
  status: string;
  opened_at: string;
  due_by: string | null;
  dates: Record<string, unknown>;
  details: Record<string, unknown>;
  media: string[];
  updated_at: string;
}

/**
 * The turn's cases as rows, one a case: a case changed twice in one turn is what writing
 * the changes one after another leaves (opened with the first; the last status; the last
 * due date given; dates, details and photos merged in order, as the database merges JSON,
 * where a key left out does not replace an earlier value).
 */
export function caseRows(cases: readonly CaseWrite[]): CaseRow[] {
  const rows = new Map<string, CaseRow>();
  for (const { change, at, media } of cases) {
    const earlier = rows.get(change.reference);
    // Read back as JSON only when merging, where a key left out must not replace an earlier one.
    const details = (earlier ? JSON.parse(json(change)) : change) as Record<string, unknown>;
    rows.set(change.reference, {
      reference: change.reference,
      kind: earlier?.kind ?? change.kind,
      status: change.status,
      opened_at: earlier?.opened_at ?? change.openedAt,
      due_by: change.dueBy ?? earlier?.due_by ?? null,
      dates: { ...earlier?.dates, ...((details.dates as Record<string, unknown> | undefined) ?? {}) },
      details: { ...earlier?.details, ...details },
      media: [...(earlier?.media ?? []), ...(media ?? [])],
      updated_at: at.toISOString(),
    });
  }
  return [...rows.values()];
}

export async function writeOptOut(q: Queryable, key: ConversationKey, out: boolean, source: string, at: string): Promise<void> {
  if (out) {
    await q.query(
      `insert into opt_outs (channel, address, opted_out_at, source) values ($1, $2, $3, $4)
       on conflict (channel, address) do update set opted_out_at = excluded.opted_out_at, source = excluded.source`,
      [key.channel, key.address, at, source],
    );
  } else {
    await q.query(`delete from opt_outs where channel = $1 and address = $2`, [key.channel, key.address]);
  }
}
