// Photos in SQL: links queued with their case in the turn's transaction, claimed for
// fetching (FOR UPDATE SKIP LOCKED, with a lease so a process that dies mid-fetch leaves
// them to be claimed again), and how each fetch ended.
import type { Db, Queryable } from './db.js';
import { PHOTO_LEASE_MS, type PhotoOutcome, type PhotoRecord, type UploadedPhoto, type UploadLinkRecord } from './records.types.js';

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

/** Upload links issued in a turn, in its transaction. */
export async function uploadLink(db: Db, id: string): Promise<UploadLinkRecord | null> {
  const r = await db.query<Row>(`select * from upload_links where id = $1`, [id]);
  const row = r.rows[0];
  if (!row) return null;
  return {
    id: row.id as string,
    reference: row.reference as string,
    expiresAt: new Date(row.expires_at as Date),
    usedAt: row.used_at ? new Date(row.used_at as Date) : null,
  };
}

/** Spends the link (the one statement two uploads race on) and keeps its photos, in one transaction. */
export async function useUploadLink(
  db: Db,
  id: string,
  at: Date,
  uploaded: readonly UploadedPhoto[],
): Promise<{ reference: string; photoIds: number[] } | 'spent'> {
  const now = at.toISOString();
  return db.transaction(async (tx) => {
    const spent = await tx.query<Row>(`update upload_links set used_at = $2 where id = $1 and used_at is null and expires_at > $2 returning reference`, [
      id,
      now,
    ]);
    const reference = spent.rows[0]?.reference as string | undefined;
    if (!reference) return 'spent' as const;
    const photoIds: number[] = [];
    for (const [n, p] of uploaded.entries()) {
      const r = await tx.query<Row>(
        `insert into photos (reference, source_url, status, attempts, try_after, content_type, bytes, file, created_at, updated_at)
         values ($1, $2, 'stored', 1, $3, $4, $5, $6, $3, $3) returning id`,
        [reference, `upload:${id}/${n + 1}`, now, p.contentType, p.bytes, p.file],
      );
      photoIds.push(Number(r.rows[0]!.id));
    }
    return { reference, photoIds };
  });
}
