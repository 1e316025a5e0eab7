// What web chat keeps beside the conversations: where replies for a Bot Framework
// conversation go (its conversation reference), the local Direct Line service's
// conversations and activities (the watermark is a per-conversation sequence number given
// out under the conversation's row lock, so it only grows in commit order), and the keys
// this installation signs visitor tokens with. Plain SQL, on PGlite and PostgreSQL alike.
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';
import { classifyStoreError } from '../store/db.js';
import type { Listening } from '../store/pg-listen.js';

export interface StoredActivity {
  seq: number;
  activity: Record<string, unknown>;
}

type Row = Record<string, unknown>;

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw classifyStoreError(error);
  }
}

/**
 * Routes this process wrote lately: a message whose route has not changed writes nothing.
 * (A channel keeps a conversation's serviceUrl; if another process saw it change and this
 * one sees the old one again, the old one is not written back.)
 */
const ROUTES_REMEMBERED = 10_000;

/** The channel on which a stored activity is announced, with its conversation's id. */
const APPENDED = 'doorstep_directline';

export class WebStore {
  private readonly saved = new Map<string, string>();

  constructor(private readonly db: Db) {}

  /** Keeps where a conversation's replies go; the latest activity's reference wins. */
  async saveRoute(channel: string, address: string, route: unknown, at: Date): Promise<void> {
    const key = `${channel} ${address}`;
    const value = JSON.stringify(route);
    if (this.saved.get(key) === value) return;
    await run(() =>
      this.db.query(
        `insert into channel_routes (channel, address, route, updated_at) values ($1, $2, $3, $4)
         on conflict (channel, address) do update set route = excluded.route, updated_at = excluded.updated_at`,
        [channel, address, value, at.toISOString()],
      ),
    );
    this.saved.delete(key);
    this.saved.set(key, value);
    if (this.saved.size > ROUTES_REMEMBERED) this.saved.delete(this.saved.keys().next().value!);
  }

  async route(channel: string, address: string): Promise<unknown | null> {
    const r = await run(() => this.db.query<Row>(`select route from channel_routes where channel = $1 and address = $2`, [channel, address]));
    return r.rows[0]?.route ?? null;
  }

  /** A signing key by name: made on first use, then the same for every process and every restart. */
  async secret(name: string): Promise<Buffer> {
    const value = randomBytes(32).toString('base64url');
    const r = await run(() =>
      this.db.query<Row>(
        `insert into server_secrets (name, value, created_at) values ($1, $2, now())
         on conflict (name) do update set name = excluded.name returning value`,
        [name, value],
      ),
    );
    return Buffer.from(r.rows[0]!.value as string, 'base64url');
  }

  /** Starts a Direct Line conversation; true when it is new. */
  async startConversation(id: string, at: Date): Promise<boolean> {
    const r = await run(() =>
      this.db.query(`insert into directline_conversations (id, created_at) values ($1, $2) on conflict (id) do nothing`, [id, at.toISOString()]),
    );
    return r.rowCount === 1;
  }

  async conversationExists(id: string): Promise<boolean> {
    const r = await run(() => this.db.query(`select 1 from directline_conversations where id = $1`, [id]));
    return r.rows.length > 0;
  }

  /**
   * Adds an activity to a conversation and gives it the next watermark. `dedupeKey` (the
   * client's own id for a visitor's message, the outbox id for the bot's) makes a retry
   * return the activity already stored instead of adding it twice. Null: no such conversation.
   */
  async append(
    conversationId: string,
    dedupeKey: string | null,
    build: (seq: number) => Record<string, unknown>,
    at: Date,
  ): Promise<{ seq: number; activity: Record<string, unknown>; duplicate: boolean } | null> {
    return run(() =>
      this.db.transaction(async (tx) => {
        // The row lock orders this conversation's writers: watermarks commit in order.
        const locked = await tx.query<Row>(`select next_seq from directline_conversations where id = $1 for update`, [conversationId]);
        if (locked.rows.length === 0) return null;
        if (dedupeKey !== null) {
          const found = await tx.query<Row>(`select seq, activity from directline_activities where conversation_id = $1 and client_activity_id = $2`, [
            conversationId,
            dedupeKey,
          ]);
          const row = found.rows[0];
          if (row) return { seq: Number(row.seq), activity: row.activity as Record<string, unknown>, duplicate: true };
        }
        const seq = Number(locked.rows[0]!.next_seq) + 1;
        await tx.query(`update directline_conversations set next_seq = $2 where id = $1`, [conversationId, seq]);
        const activity = build(seq);
        // Every process holding a socket on this conversation hears of it at commit (see watch).
        await tx.query(
          `with added as (
             insert into directline_activities (conversation_id, seq, activity_id, client_activity_id, activity, created_at)
             values ($1, $2, $3, $4, $5, $6) returning conversation_id)
           select pg_notify('${APPENDED}', conversation_id) from added`,
          [conversationId, seq, String(activity.id), dedupeKey, JSON.stringify(activity), at.toISOString()],
        );
        return { seq, activity, duplicate: false };
      }),
    );
  }

  /**
   * Hears of activities other processes store, by conversation (PostgreSQL; null on the
   * embedded store, which one process holds). `onGap`: some may have been missed.
   */
  watch(onAppended: (conversationId: string) => void, onGap: () => void, onError?: (error: Error) => void): Listening | null {
    return this.db.listen?.(APPENDED, { onPayload: onAppended, onGap, ...(onError ? { onError } : {}) }) ?? null;
  }

  /** The activities after a watermark, oldest first, at most `limit`. */
  async activitiesAfter(conversationId: string, watermark: number, limit = 500): Promise<StoredActivity[]> {
    const r = await run(() =>
      this.db.query<Row>(`select seq, activity from directline_activities where conversation_id = $1 and seq > $2 order by seq limit $3`, [
        conversationId,
        watermark,
        limit,
      ]),
    );
    return r.rows.map((row) => ({ seq: Number(row.seq), activity: row.activity as Record<string, unknown> }));
  }
}
