// The store's own promises, on every implementation: migrations, the outbox's order and
// opt-outs, recovery of sends a dead process left behind, and the embedded store's lock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { openPglite } from '../../src/store/pglite.db.js';
import { openStore } from '../../src/store/open-store.js';
import type { CaseChange } from '../../machines/conversation.types.js';
import type { CaseWrite, ConversationKey, OutboundDraft, Store } from '../../src/store/store.js';
import { DATABASE_URL, allStoreKinds, freshDatabase } from '../support/stores.js';

const AT = new Date('2026-11-23T10:00:00Z');
let n = 0;
const fresh = (): ConversationKey => ({ channel: 'sms', address: `+4477009${String(40000 + (n += 1))}` });

function draft(key: ConversationKey, body: string, sendAfter = AT): OutboundDraft {
  return { channel: key.channel, recipient: key.address, body, segments: 1, encoding: 'GSM-7', sendAfter };
}

/** Queues texts for a tenant in one turn, as the engine does. */
async function queue(store: Store, key: ConversationKey, drafts: OutboundDraft[]): Promise<number[]> {
  const outcome = await store.turn(key, { messageId: null, at: AT }, ({ record }) => ({
    write: { record, transcript: [], cases: [], outbound: drafts },
    result: null,
  }));
  return outcome.duplicate ? [] : outcome.outboundIds;
}

describe.each(allStoreKinds())('store on $name', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(() => store.close());

  it("claims one tenant's texts together and in order, and no more of theirs until those are sent", async () => {
    const a = fresh();
    const b = fresh();
    const [a1, a2] = await queue(store, a, [draft(a, 'a1'), draft(a, 'a2')]);
    const [b1] = await queue(store, b, [draft(b, 'b1')]);
    const first = await store.claimOutbound(AT, 100);
    const mine = first.filter((m) => m.recipient === a.address || m.recipient === b.address).map((m) => m.id);
    expect(mine).toEqual([a1, a2, b1]);
    const [a3] = await queue(store, a, [draft(a, 'a3')]);
    expect((await store.claimOutbound(AT, 100)).map((m) => m.id)).not.toContain(a3);
    await store.finishOutbound([
      { id: a1!, outcome: { status: 'sent', at: AT, providerId: 'p1', sender: 'x' } },
      { id: a2!, outcome: { status: 'sent', at: AT, providerId: 'p2', sender: 'x' } },
    ]);
    expect((await store.claimOutbound(AT, 100)).map((m) => m.id)).toContain(a3);
  });

  it.runIf(kind.name === 'postgres')('never lets two claimers take texts of one tenant at once', async () => {
    const a = fresh();
    await queue(store, a, [draft(a, 'x1'), draft(a, 'x2'), draft(a, 'x3')]);
    const claims = await Promise.all([store.claimOutbound(AT, 100), store.claimOutbound(AT, 100), store.claimOutbound(AT, 100)]);
    const holders = claims.filter((c) => c.some((m) => m.recipient === a.address));
    expect(holders).toHaveLength(1);
    expect(holders[0]!.filter((m) => m.recipient === a.address).map((m) => m.body)).toEqual(['x1', 'x2', 'x3']);
  });

  it('does not hold a due text back behind one scheduled for later', async () => {
    const a = fresh();
    const [later] = await queue(store, a, [draft(a, 'tomorrow', new Date(AT.getTime() + 86_400_000))]);
    const [now] = await queue(store, a, [draft(a, 'now')]);
    const claimed = (await store.claimOutbound(AT, 100)).map((m) => m.id);
    expect(claimed).toContain(now);
    expect(claimed).not.toContain(later);
  });

  it('suppresses texts to an opted-out number instead of claiming them', async () => {
    const a = fresh();
    await store.setOptOut(a, true, 'keyword', AT);
    const [id] = await queue(store, a, [draft(a, 'reminder')]);
    expect((await store.claimOutbound(AT, 100)).map((m) => m.id)).not.toContain(id);
    expect((await store.outbound({ recipient: a.address }))[0]).toMatchObject({ status: 'suppressed' });
  });

  it("spends a claim's limit only on tenants it can send to: opted-out and still-sending ones do not use it up", async () => {
    await store.claimOutbound(AT, 1_000); // what earlier tests left due is out of the way
    const optedOut = fresh();
    const busy = fresh();
    const [c1, c2] = [fresh(), fresh()];
    await store.setOptOut(optedOut, true, 'keyword', AT);
    await queue(store, optedOut, [draft(optedOut, 'o1'), draft(optedOut, 'o2')]);
    await queue(store, busy, [draft(busy, 'first')]);
    expect((await store.claimOutbound(AT, 1_000)).map((m) => m.body)).toEqual(['first']);
    await queue(store, busy, [draft(busy, 'second')]);
    const [t1] = await queue(store, c1, [draft(c1, 'c1')]);
    const [t2] = await queue(store, c2, [draft(c2, 'c2')]);
    // A limit of two reaches both tenants who can be sent to, so a round that comes back
    // part-full means nothing else was due.
    expect((await store.claimOutbound(AT, 2)).map((m) => m.id)).toEqual([t1, t2]);
  });

  it('puts a text left sending by a dead process back in the queue, and only once it is old enough', async () => {
    const a = fresh();
    const [id] = await queue(store, a, [draft(a, 'stuck')]);
    await store.claimOutbound(AT, 100);
    expect(await store.requeueStuck(new Date(AT.getTime() - 1), AT)).toBe(0);
    expect(await store.requeueStuck(new Date(AT.getTime() + 1), AT)).toBeGreaterThanOrEqual(1);
    expect((await store.claimOutbound(AT, 100)).map((m) => m.id)).toContain(id);
  });

  it('rolls back the whole turn when the work fails: no transcript, no outbox, no message id', async () => {
    const a = fresh();
    await expect(
      store.turn(a, { messageId: 'SMboom', at: AT }, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const again = await store.turn(a, { messageId: 'SMboom', at: AT }, ({ record }) => ({
      write: { record, transcript: [{ direction: 'in', at: AT, text: 'hello' }], cases: [], outbound: [] },
      result: 'ran',
    }));
    expect(again).toMatchObject({ duplicate: false, result: 'ran' });
    expect(await store.outbound({ recipient: a.address })).toEqual([]);
  });

  it('keeps a case changed twice in one turn as the two changes one turn after another would leave it', async () => {
    const opened = (reference: string): CaseChange => ({
      kind: 'repair',
      reference,
      openedAt: AT.toISOString(),
      status: 'open',
      priority: 'urgent',
      dueBy: '2026-11-26T17:00:00.000Z',
      dates: { firstResponse: '2026-11-24T10:00:00.000Z' },
      summary: 'leak under the sink',
    });
    const moved = (reference: string): CaseChange => ({
      kind: 'repair',
      reference,
      openedAt: '2026-11-23T10:05:00.000Z',
      status: 'escalated',
      priority: 'emergency',
      dueBy: null,
      dates: { attend: '2026-11-23T14:00:00.000Z' },
      vulnerable: true,
    });
    const later = new Date(AT.getTime() + 60_000);
    const write = (key: ConversationKey, cases: CaseWrite[]) =>
      store.turn(key, { messageId: null, at: AT }, ({ record }) => ({ write: { record, transcript: [], cases, outbound: [] }, result: record.id }));
    const together = fresh();
    const one = await write(together, [
      { change: opened(`T${n}A`), at: AT, media: ['https://example.test/1.jpg'] },
      { change: moved(`T${n}A`), at: later, media: ['https://example.test/2.jpg'] },
    ]);
    const apart = fresh();
    await write(apart, [{ change: opened(`T${n}B`), at: AT, media: ['https://example.test/1.jpg'] }]);
    const two = await write(apart, [{ change: moved(`T${n}B`), at: later, media: ['https://example.test/2.jpg'] }]);
    const read = async (outcome: typeof one) => {
      const [c] = await store.cases(outcome.duplicate ? '' : outcome.result);
      const { reference, conversationId, contact, details, history, ...rest } = c!;
      return { ...rest, details: { ...details, reference: null }, history: history.map((h) => ({ ...h, reference: null })) };
    };
    const got = await read(one);
    expect(got).toEqual(await read(two));
    expect(got).toMatchObject({
      status: 'escalated',
      dueBy: new Date('2026-11-26T17:00:00.000Z'),
      media: ['https://example.test/1.jpg', 'https://example.test/2.jpg'],
    });
    expect(got.details).toMatchObject({ priority: 'emergency', summary: 'leak under the sink', openedAt: '2026-11-23T10:05:00.000Z' });
    expect(got.history.map((h) => h.status)).toEqual(['open', 'escalated']);
  });

  it('takes first messages from one new number at once as one conversation, each message once, in turn', async () => {
    const a = fresh();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        // The first turn holds its new row while the others wait on it (on PostgreSQL they find it made after they began).
        store.turn(a, { messageId: `SMfirst${n}-${i}`, at: AT }, async ({ record, isNew }) => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          return {
            write: { record, transcript: [{ direction: 'in' as const, at: AT, text: `message ${i}`, messageId: `SMfirst${n}-${i}` }], cases: [], outbound: [] },
            result: { id: record.id, isNew },
          };
        }),
      ),
    );
    const results = outcomes.map((o) => (o.duplicate ? null : o.result));
    expect(new Set(results.map((r) => r?.id)).size).toBe(1);
    expect(results.filter((r) => r?.isNew)).toHaveLength(1);
    const transcript = await store.transcript(results[0]!.id);
    expect(transcript.map((t) => t.text).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `message ${i}`));
    const retry = await store.turn(a, { messageId: `SMfirst${n}-3`, at: AT }, ({ record }) => ({
      write: { record, transcript: [], cases: [], outbound: [] },
      result: null,
    }));
    expect(retry.duplicate).toBe(true);
  });
});

describe('migrations', () => {
  it('run once: a second start finds nothing to do', async () => {
    const db = await openPglite(null);
    try {
      expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it("keeps a conversation's open question, offered visits and awaited survey when they become one dialog memory", async () => {
    const db = await openPglite(null);
    try {
      await migrate(
        db,
        MIGRATIONS.filter((m) => m.version < 5),
      );
      await db.query(
        `insert into conversations (id, channel, address, machine_version, open_prompt, prompt_slots, awaiting, created_at, updated_at)
         values ('c1', 'sms', '+447700900001', 10, 'booking.offer', '[{"date":"2026-11-24","slot":"am"}]', '{"kind":"survey","reference":"ABCDEFGH","askedAt":"2026-11-20T10:00:00Z"}', now(), now())`,
      );
      expect(await migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version >= 5).map((m) => m.version));
      const row = (await db.query<{ dialog: unknown }>(`select dialog from conversations where id = 'c1'`)).rows[0]!;
      expect(row.dialog).toEqual({
        prompt: 'booking.offer',
        offered: [{ date: '2026-11-24', slot: 'am' }],
        awaiting: { kind: 'survey', reference: 'ABCDEFGH', askedAt: '2026-11-20T10:00:00Z' },
      });
    } finally {
      await db.close();
    }
  });

  it('counts texts the scheduler queued before messages said who they speak for as automated, and the rest as replies', async () => {
    const db = await openPglite(null);
    try {
      await migrate(
        db,
        MIGRATIONS.filter((m) => m.version < 7),
      );
      for (const key of ['job:appt:ABCD1234:day-before:0', null]) {
        await db.query(
          `insert into outbound_messages (channel, recipient, body, segments, encoding, status, send_after, idempotency_key, created_at, updated_at)
           values ('sms', '+447700900001', 'hello', 1, 'GSM-7', 'sent', now(), $1, now(), now())`,
          [key],
        );
      }
      await migrate(db);
      const rows = (await db.query<{ origin: string }>(`select origin from outbound_messages order by id`)).rows;
      expect(rows.map((r) => r.origin)).toEqual(['automated', 'reply']);
    } finally {
      await db.close();
    }
  });

  it.skipIf(!DATABASE_URL)('run once when two processes start together on one PostgreSQL', async () => {
    const database = await freshDatabase();
    try {
      const [one, two] = await Promise.all([openStore({ databaseUrl: database.url, dataDir: null }), openStore({ databaseUrl: database.url, dataDir: null })]);
      await one.ping();
      await two.ping();
      await one.close();
      await two.close();
    } finally {
      await database.drop();
    }
  });
});

describe('the embedded store', () => {
  it('keeps conversations in its directory across a close and reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-store-'));
    const key = fresh();
    const first = await openStore({ dataDir: dir });
    await first.turn(key, { messageId: 'SMkeep', at: AT }, ({ record }) => ({
      write: {
        record: { ...record, dialog: { prompt: 'repair.askLocation', offered: null, awaiting: null } },
        transcript: [{ direction: 'in', at: AT, text: 'leak' }],
        cases: [],
        outbound: [],
      },
      result: null,
    }));
    await first.close();
    const second = await openStore({ dataDir: dir });
    try {
      expect(await second.findConversation(key)).toMatchObject({ dialog: { prompt: 'repair.askLocation' } });
      expect(
        await second.turn(key, { messageId: 'SMkeep', at: AT }, () => {
          throw new Error('must not run');
        }),
      ).toEqual({ duplicate: true });
    } finally {
      await second.close();
    }
  });

  it('refuses a second opener of the same directory with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-store-'));
    const first = await openStore({ dataDir: dir });
    try {
      await expect(openStore({ dataDir: dir })).rejects.toMatchObject({
        code: 'STORE_LOCKED',
        message: expect.stringMatching(/in use by another Doorstep process/),
      });
    } finally {
      await first.close();
    }
  });
});
