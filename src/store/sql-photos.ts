// Photos in SQL: links queued with their case in the turn's transaction, claimed for
// fetching (FOR UPDATE SKIP LOCKED, with a lease so a process that dies mid-fetch leaves
// them to be claimed again), and how each fetch ended.
import type { Db, Queryable } from './db.js';
import { PHOTO_LEASE_MS, type PhotoOutcome, type PhotoRecord } from './records.types.js';

type Row = Record<string, unknown>;

function toPhoto(r: Row): PhotoRecord {
  return {
    id: Number(r.id),
    reference: r.reference as string,
    sourceUrl: r.source_url as string,
    status: r.status as PhotoRecord['status'],
    attempts: r.attempts as number,
    contentType: (r.content_type as string | null) ?? null,
    bytes: (r.bytes as number | null) ?? null,
    file: (r.file as string | null) ?? null,
    error: (r.error as string | null) ?? null,
    createdAt: new Date(r.created_at as Date),
  };
}

/** Queues photo links for a case; a link already queued for it is left as it is. */
export async function queuePhotos(tx: Queryable, reference: string, urls: readonly string[], at: string): Promise<void> {
  for (const url of urls) {
    await tx.query(
      `insert into photos (reference, source_url, status, try_after, created_at, updated_at) values ($1, $2, 'pending', $3, $3, $3)
       on conflict (reference, source_url) do nothing`,
      [reference, url, at],
    );
  }
}

export async function claimPhotos(db: Db, now: Date, limit: number): Promise<PhotoRecord[]> {
  const at = now.toISOString();
  const r = await db.query<Row>(
    `update photos set attempts = attempts + 1, try_after = $2, updated_at = $1
     where id in (select id from photos where status = 'pending' and try_after <= $1 order by try_after, id limit $3 for update skip locked)
     returning *`,
    [at, new Date(now.getTime() + PHOTO_LEASE_MS).toISOString(), limit],
  );
  return r.rows.map(toPhoto).sort((a, b) => a.id - b.id);
}

export async function finishPhoto(db: Db, id: number, outcome: PhotoOutcome, at: Date): Promise<void> {
  const stored = outcome.status === 'stored' ? outcome : null;
  await db.query(
    `update photos set status = $2, content_type = $3, bytes = $4, file = $5, error = $6, try_after = coalesce($7, try_after), updated_at = $8 where id = $1`,
    [
      id,
      outcome.status,
      stored?.contentType ?? null,
      stored?.bytes ?? null,
      stored?.file ?? null,
      stored ? null : (outcome as { error: string }).error,
      outcome.status === 'pending' ? outcome.tryAfter.toISOString() : null,
      at.toISOString(),
    ],
  );
}

export async function photos(db: Db, filter: { reference?: string; id?: number }): Promise<PhotoRecord[]> {
  const r = await db.query<Row>(`select * from photos where ($1::text is null or reference = $1) and ($2::bigint is null or id = $2) order by id`, [
    filter.reference ?? null,
    filter.id ?? null,
  ]);
  return r.rows.map(toPhoto);
}
