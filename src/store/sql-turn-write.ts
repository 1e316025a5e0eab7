// One turn's decisions, written in the turn's transaction (see SqlStore.turn): the
// conversation's row and transcript, its cases and their photos, upload links, opt-outs,
// visits, a link to a tenancy, re-addressed visit texts, scheduled work, a survey answer,
// a handoff, and the outbox rows, whose ids are returned.
import type { CaseChange } from '../../machines/conversation.types.js';
import type { Queryable } from './db.js';
import { insertJobs, writeAppointment, writeSurvey } from './sql-schedule.js';
import { insertUploadLinks, queuePhotos } from './sql-photos.js';
import { caseAddress, VISIT_TEXTS, type ConversationKey, type ConversationRecord, type TenantRecord, type TurnWrite } from './store.js';

const json = (v: unknown): string => JSON.stringify(v);

export async function persistTurn(tx: Queryable, write: TurnWrite, tenant: TenantRecord | null, before: ConversationRecord): Promise<number[]> {
  const r = write.record;
  const now = (write.transcript[0]?.at ?? write.cases[0]?.at ?? new Date()).toISOString();
  await tx.query(
    `update conversations set machine_version = $2, snapshot = $3::jsonb, dialog = $4::jsonb, mode = $5,
       identity = $6::jsonb, last_case = $7, pending_media = $9::jsonb, reminders_to = $10, updated_at = $8 where id = $1`,
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
    ],
  );
  for (const t of write.transcript) {
    await tx.query(`insert into transcript (conversation_id, direction, at, body, media, message_id, author) values ($1, $2, $3, $4, $5::jsonb, $6, $7)`, [
      r.id,
      t.direction,
      t.at.toISOString(),
      t.text,
      json(t.media ?? []),
      t.messageId ?? null,
      t.author ?? null,
    ]);
  }
  // What an unknown number tells us about itself goes onto the cases it already opened here.
  if (r.identity && !before.identity) {
    await tx.query(`update cases set address = $2::jsonb, updated_at = $3 where conversation_id = $1 and tenant_id is null`, [
      r.id,
      json(caseAddress(null, r.identity)),
      now,
    ]);
  }
  for (const c of write.cases) {
    await writeCase(tx, r, tenant, c.change, c.at, c.media ?? []);
    await queuePhotos(tx, c.change.reference, c.media ?? [], now);
  }
  if (write.media) {
    await tx.query(`update cases set media = media || $2::jsonb, updated_at = $3 where reference = $1`, [write.media.reference, json(write.media.urls), now]);
    await queuePhotos(tx, write.media.reference, write.media.urls, now);
  }
  if (write.uploadLinks) await insertUploadLinks(tx, write.uploadLinks, now);
  if (write.optOut) await writeOptOut(tx, { channel: r.channel, address: r.address }, write.optOut.out, write.optOut.source, now);
  for (const a of write.appointments ?? []) await writeAppointment(tx, r.id, a, now);
  if (write.link) {
    // A contact point like a phone number on the list; a re-import replaces only the list's own numbers.
    await tx.query(
      `insert into contact_points (channel, address, tenant_id)
       select $1, $2, tenant_id from contact_points where channel = 'sms' and address = $3
       on conflict (channel, address) do update set tenant_id = excluded.tenant_id`,
      [r.channel, r.address, write.link.number],
    );
    // What they reported here before the link is the tenancy's too, now that they have shown they hold its number.
    await tx.query(
      `update cases set tenant_id = cp.tenant_id, verified = true, updated_at = $3
       from contact_points cp where cp.channel = 'sms' and cp.address = $2 and cases.conversation_id = $1 and cases.tenant_id is null`,
      [r.id, write.link.number, now],
    );
  }
  if (write.visitTextsTo) {
    await tx.query(
      `update scheduled_jobs set payload = payload || jsonb_build_object('channel', $2::text, 'address', $3::text)
       where conversation_id = $1 and status = 'pending' and payload->>'kind' = 'text' and payload->>'purpose' = any($4)`,
      [r.id, write.visitTextsTo.channel, write.visitTextsTo.address, VISIT_TEXTS],
    );
  }
  if (write.jobs?.length)
    await insertJobs(
      tx,
      write.jobs.map((j) => ({ ...j, conversationId: j.conversationId ?? r.id })),
      now,
    );
  if (write.survey) await writeSurvey(tx, write.survey);
  if (write.handoff) {
    const h = write.handoff;
    // One live handoff a conversation: asking again while one is open or taken changes nothing.
    await tx.query(
      `insert into handoffs (conversation_id, reason, case_reference, safe_contact, status, requested_at)
       values ($1, $2, $3, $4, 'open', $5) on conflict (conversation_id) where status in ('open', 'taken') do nothing`,
      [r.id, h.reason, h.caseReference, h.safeContact, h.requestedAt.toISOString()],
    );
  }
  const ids: number[] = [];
  for (const o of write.outbound) {
    const res = await tx.query<{ id: number }>(
      `insert into outbound_messages (conversation_id, channel, recipient, body, segments, encoding, choices, status, send_after, origin, idempotency_key,
         created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $11, $11) returning id`,
      [
        r.id,
        o.channel,
        o.recipient,
        o.body,
        o.segments,
        o.encoding,
        o.choices?.length ? JSON.stringify(o.choices) : null,
        o.sendAfter.toISOString(),
        o.origin ?? 'reply',
        o.key ?? null,
        now,
      ],
    );
    ids.push(res.rows[0]!.id);
  }
  return ids;
}

async function writeCase(
  tx: Queryable,
  conversation: ConversationRecord,
  tenant: TenantRecord | null,
  change: CaseChange,
  at: Date,
  media: string[],
): Promise<void> {
  const when = at.toISOString();
  await tx.query(
    `insert into cases (reference, conversation_id, tenant_id, kind, status, opened_at, due_by, dates, verified, address,
       vulnerabilities, details, media, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10::jsonb,
       array(select jsonb_array_elements_text($11::jsonb)), $12::jsonb, $13::jsonb, $14)
     on conflict (reference) do update set
       status = excluded.status,
       due_by = coalesce(excluded.due_by, cases.due_by),
       dates = cases.dates || excluded.dates,
       details = cases.details || excluded.details,
       media = cases.media || excluded.media,
       updated_at = excluded.updated_at`,
    [
      change.reference,
      conversation.id,
      tenant?.id ?? null,
      change.kind,
      change.status,
      change.openedAt,
      change.dueBy ?? null,
      json(change.dates ?? {}),
      tenant !== null,
      json(caseAddress(tenant, conversation.identity)),
      json(tenant?.vulnerabilities ?? []),
      json(change),
      json(media),
      when,
    ],
  );
  await tx.query(`insert into case_history (reference, at, change) values ($1, $2, $3::jsonb)`, [change.reference, when, json(change)]);
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
