// The sanity checks after the load on a real server: wait for the outbox to take the replies
// still queued, then compare what the tenants sent and had answered, the turns the store
// committed, the outbound rows, the outbox file and the replies the scripts predict. A
// figure is only worth printing if these agree.
import { readFile } from 'node:fs/promises';
import { readOutbox } from '../src/sms/local-outbox.sender.js';
import type { Store } from '../src/store/store.js';
import { expectedReplies, percentile, tenantNumber, type LoadRun, type ReplyModel } from './load.js';

export interface DrainCheck {
  /** Replies still to send when the last webhook answered, and how long until the last was written. */
  backlogAtLoadEnd: number;
  drainMs: number;
  /** From a measured turn's webhook arriving to its reply being handed to the sender (the outbox file). */
  replyDelay: { replies: number; p50Ms: number; p99Ms: number; maxMs: number };
  outboxLines: number;
  distinctOutboxIds: number;
  repliesExpected: number;
  outboundRows: number;
  outboundByStatus: Record<string, number>;
  turnsSent: number;
  turnsAnswered: number;
  turnsCommitted: number;
  ok: boolean;
  notes: string[];
}

async function countLines(path: string): Promise<number> {
  try {
    const buf = await readFile(path);
    let n = 0;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n += 1;
    return n;
  } catch {
    return 0;
  }
}

/** Waits until the outbox holds `expected` lines, or has not grown for 3 s (the dispatcher polls every 1 s). */
async function waitForOutbox(path: string, expected: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await countLines(path);
    if (n >= expected) return;
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since > 3_000 || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for the outbox to hold the replies to the load's turns (before the server is stopped). */
export async function waitForReplies(outboxPath: string, run: LoadRun, model: ReplyModel): Promise<void> {
  // With webhooks that went unanswered, some of them may have been committed: wait for the
  // most replies there could be (waitForOutbox also stops once the outbox stops growing).
  const counts = run.okPerTenant.some((ok, i) => ok !== run.sentPerTenant[i]) ? run.sentPerTenant : run.okPerTenant;
  const expected = counts.reduce((sum, turns, i) => sum + expectedReplies(model, i, turns), 0);
  await waitForOutbox(outboxPath, expected);
}

export async function verify(store: Store, run: LoadRun, model: ReplyModel, outboxPath: string, tenants: number): Promise<DrainCheck> {
  const notes: string[] = [];
  const lines = await readOutbox(outboxPath);
  const outbound = await store.outbound();
  const outboundByStatus: Record<string, number> = {};
  for (const m of outbound) outboundByStatus[m.status] = (outboundByStatus[m.status] ?? 0) + 1;
  // A webhook the client gave up on (no answer in 15 s) may still have been committed:
  // each tenant's committed turns lie between those answered 200 and those sent, and the
  // replies expected follow from the turns committed.
  let turnsCommitted = 0;
  let repliesExpected = 0;
  const outOfRange: string[] = [];
  for (let i = 0; i < tenants; i += 1) {
    const conversation = await store.findConversation({ channel: 'sms', address: tenantNumber(i) });
    const committed = conversation ? (await store.transcript(conversation.id)).filter((e) => e.direction === 'in').length : 0;
    turnsCommitted += committed;
    repliesExpected += expectedReplies(model, i, committed);
    if (committed < run.okPerTenant[i]! || committed > run.sentPerTenant[i]!) {
      outOfRange.push(`${tenantNumber(i)}: ${committed} committed, ${run.okPerTenant[i]} answered, ${run.sentPerTenant[i]} sent`);
    }
  }
  const turnsAnswered = run.okPerTenant.reduce((a, b) => a + b, 0);
  const turnsSent = run.sentPerTenant.reduce((a, b) => a + b, 0);
  const lastAt = lines.reduce((m, l) => Math.max(m, Date.parse(l.at)), 0);
  const backlogAtLoadEnd = lines.filter((l) => Date.parse(l.at) > run.loadEndWall).length;
  const distinctOutboxIds = new Set(lines.map((l) => l.id)).size;
  const queuedAt = new Map(outbound.map((m) => [`local-${m.id}`, m.sendAfter.getTime()]));
  const delays: number[] = [];
  for (const l of lines) {
    const queued = queuedAt.get(l.id);
    if (queued !== undefined && queued >= run.warmEndWall) delays.push(Date.parse(l.at) - queued);
  }
  delays.sort((a, b) => a - b);

  let ok = true;
  if (outOfRange.length > 0) {
    ok = false;
    notes.push(`MISMATCH: turns committed outside [answered, sent] for ${outOfRange.length} tenants, e.g. ${outOfRange.slice(0, 3).join('; ')}`);
  }
  if (lines.length !== outbound.length || (outboundByStatus.sent ?? 0) !== outbound.length) {
    ok = false;
    notes.push(`MISMATCH: ${lines.length} outbox lines, ${outbound.length} outbound rows (${JSON.stringify(outboundByStatus)})`);
  }
  if (distinctOutboxIds !== lines.length) {
    ok = false;
    notes.push(`MISMATCH: ${lines.length - distinctOutboxIds} outbox lines written twice`);
  }
  if (repliesExpected !== lines.length) {
    ok = false;
    notes.push(
      `MISMATCH: the scripts predict ${repliesExpected} replies, the outbox holds ${lines.length}` +
        (model.steady ? '' : ' (the prediction was unsteady: later passes of a script differed)'),
    );
  }
  return {
    backlogAtLoadEnd,
    drainMs: lastAt > run.loadEndWall ? lastAt - run.loadEndWall : 0,
    replyDelay: { replies: delays.length, p50Ms: percentile(delays, 50), p99Ms: percentile(delays, 99), maxMs: delays.at(-1) ?? Number.NaN },
    outboxLines: lines.length,
    distinctOutboxIds,
    repliesExpected,
    outboundRows: outbound.length,
    outboundByStatus,
    turnsSent,
    turnsAnswered,
    turnsCommitted,
    ok,
    notes,
  };
}
