// What the store and the outbox hold after a database-fault scenario (test/faults/), and the
// checks every scenario ends with. What is checked is what a tenant or an operator would
// notice: the process never exits; /readyz tells the truth within 2 s; a webhook is answered
// 200 (stored) or 503 (not stored, so Twilio tries again), never another 5xx and never slowly;
// and, with every message Twilio was not given a 200 for posted again after the fault (same
// MessageSid, as Twilio would), every message is stored once and answered once, and every
// text queued is sent once, whatever was cut off where.
import { expect } from 'vitest';
import type { OutboxLine } from '../../src/sms/local-outbox.sender.js';
import { READYZ_BUDGET_MS, RECOVERY_MS, SMS_BUDGET_MS, isAlive, sleep, type Delivery, type Probe, type Rig, type Sms, type Twilio } from './db-faults.js';

const TURN_FAILED = /something went wrong on our side/;

/** Waits until every text queued is sent and no job due is left; returns false if time runs out. */
export async function settled(r: Rig, deadlineMs = RECOVERY_MS): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const n = (
      await r.admin.query<{ unsent: number; due: number }>(
        `select (select count(*)::int from outbound_messages where status <> 'sent') as unsent,
                (select count(*)::int from scheduled_jobs where status = 'pending' and run_at <= now()) as due`,
      )
    ).rows[0]!;
    if (n.unsent === 0 && n.due === 0) return true;
    if (Date.now() > deadline || !isAlive(r.server)) return false;
    await sleep(200);
  }
}

interface Ledger {
  /** Messages not stored exactly once: sid and how many times. */
  storedWrong: string[];
  /** Messages stored with no reply queued after them. */
  unanswered: string[];
  /** Replies that went out saying the turn failed. */
  apologies: number;
  /** Outbound rows not sent. */
  unsent: string[];
  /** Outbox lines written more than once for one outbound row. */
  doubled: string[];
  /** Sent rows with no line in the outbox, or a line that does not match its row. */
  missing: string[];
  /** Lines in the outbox that no outbound row accounts for. */
  strays: string[];
  /** Conversations whose transcript does not say what their queued texts say. */
  transcriptMismatch: string[];
  replies: number;
  inDoubt: number;
}

/** Reads the store and the outbox after the server has stopped. */
export async function ledger(r: Rig, messages: readonly Sms[], lines: readonly OutboxLine[]): Promise<Ledger> {
  const sids = messages.map((m) => m.sid);
  const inbound = await r.admin.query<{ message_id: string; n: number }>(
    `select message_id, count(*)::int as n from inbound_messages where channel = 'sms' and message_id = any($1) group by message_id`,
    [sids],
  );
  const logged = await r.admin.query<{ message_id: string; n: number }>(
    `select message_id, count(*)::int as n from transcript where direction = 'in' and message_id = any($1) group by message_id`,
    [sids],
  );
  const storedCount = new Map(inbound.rows.map((row) => [row.message_id, row.n]));
  const loggedCount = new Map(logged.rows.map((row) => [row.message_id, row.n]));
  const storedWrong = sids
    .filter((sid) => storedCount.get(sid) !== 1 || loggedCount.get(sid) !== 1)
    .map((sid) => `${sid}: inbound_messages ${storedCount.get(sid) ?? 0}, transcript ${loggedCount.get(sid) ?? 0}`);

  // Each tenant message in the transcript is followed by at least one reply before the next.
  const transcript = await r.admin.query<{ address: string; direction: string; body: string; message_id: string | null }>(
    `select c.address, t.direction, t.body, t.message_id from transcript t join conversations c on c.id = t.conversation_id order by t.id`,
  );
  const unanswered: string[] = [];
  const byAddress = new Map<string, typeof transcript.rows>();
  for (const row of transcript.rows) byAddress.set(row.address, [...(byAddress.get(row.address) ?? []), row]);
  for (const [address, rows] of byAddress) {
    rows.forEach((row, i) => {
      if (row.direction === 'in' && rows[i + 1]?.direction !== 'out') unanswered.push(`${address} ${row.message_id}: "${row.body}"`);
    });
  }

  const outbound = await r.admin.query<{ id: number; recipient: string; body: string; status: string; attempts: number; conversation_id: string | null }>(
    `select id, recipient, body, status, attempts, conversation_id from outbound_messages order by id`,
  );
  const unsent = outbound.rows.filter((row) => row.status !== 'sent').map((row) => `${row.id} to ${row.recipient}: ${row.status}`);
  const lineCount = new Map<string, number>();
  for (const line of lines) lineCount.set(line.id, (lineCount.get(line.id) ?? 0) + 1);
  const doubled = [...lineCount].filter(([, n]) => n > 1).map(([id, n]) => `${id} x${n}`);
  const rowsById = new Map(outbound.rows.map((row) => [`local-${row.id}`, row]));
  const missing = outbound.rows
    .filter((row) => row.status === 'sent')
    .filter((row) => !lines.some((l) => l.id === `local-${row.id}` && l.to === row.recipient && l.body === row.body))
    .map((row) => `${row.id} to ${row.recipient}: "${row.body.slice(0, 40)}"`);
  const strays = lines.filter((l) => !rowsById.has(l.id)).map((l) => `${l.id} to ${l.to}`);

  // What the transcript says each conversation was sent is what was queued for it, in order.
  const transcriptMismatch: string[] = [];
  for (const [address, rows] of byAddress) {
    const said = rows.filter((row) => row.direction === 'out').map((row) => row.body);
    const queued = outbound.rows.filter((row) => row.recipient === address && row.conversation_id !== null).map((row) => row.body);
    if (JSON.stringify(said) !== JSON.stringify(queued)) transcriptMismatch.push(`${address}: transcript ${said.length} out, outbox ${queued.length}`);
  }

  return {
    storedWrong,
    unanswered,
    apologies: outbound.rows.filter((row) => TURN_FAILED.test(row.body)).length,
    unsent,
    doubled,
    missing,
    strays,
    transcriptMismatch,
    replies: outbound.rows.length,
    inDoubt: outbound.rows.filter((row) => row.attempts > 1).length,
  };
}

/** The checks every scenario ends with; soft, so one run reports every one that fails. */
export function expectNothingLostOrDoubled(l: Ledger, twilioSide: Twilio): void {
  expect.soft([...twilioSide.unacknowledged.keys()], 'messages never given a 200, even after the fault').toEqual([]);
  expect.soft(l.storedWrong, 'every message stored exactly once').toEqual([]);
  expect.soft(l.unanswered, 'every stored message answered').toEqual([]);
  expect.soft(l.unsent, 'every text queued was sent').toEqual([]);
  expect.soft(l.doubled, 'no text sent twice').toEqual([]);
  expect.soft(l.missing, 'every text recorded as sent is in the outbox').toEqual([]);
  expect.soft(l.strays, 'nothing in the outbox the store does not account for').toEqual([]);
  expect.soft(l.transcriptMismatch, 'each transcript says what was sent').toEqual([]);
}

/** The checks on the webhook's answers: 200 or 503 only, and never slow. */
export function expectHonestWebhooks(twilioSide: Twilio): void {
  const other = (d: Delivery) => d.status !== 200 && d.status !== 503;
  expect.soft(twilioSide.count(other), `webhook answers other than 200 or 503:\n${twilioSide.describe(other)}`).toBe(0);
  const slow = (d: Delivery) => d.ms > SMS_BUDGET_MS;
  expect.soft(twilioSide.count(slow), `webhook answers slower than ${SMS_BUDGET_MS} ms:\n${twilioSide.describe(slow)}`).toBe(0);
}

export function expectHonestReadyz(probes: Probe[], during: 'faulty' | 'down'): void {
  const slow = probes.filter((p) => p.status === null || p.ms >= READYZ_BUDGET_MS);
  expect.soft(slow, `/readyz answers taking ${READYZ_BUDGET_MS} ms or more (status null: no answer in 5 s)`).toEqual([]);
  if (during === 'down') {
    const wrong = probes.filter((p) => p.status !== 503);
    expect.soft(wrong, '/readyz says 503 while the database is not answering').toEqual([]);
  } else {
    expect
      .soft(
        probes.filter((p) => p.status !== 200 && p.status !== 503),
        '/readyz says 200 or 503',
      )
      .toEqual([]);
  }
}
