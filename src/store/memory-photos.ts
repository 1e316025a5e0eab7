// Photos in memory, as in SQL (sql-photos.ts): links queued with their case, claimed with
// a lease, and how each fetch ended.
import type { MemoryState } from './memory-state.js';
import { PHOTO_LEASE_MS, type PhotoOutcome, type PhotoRecord, type UploadedPhoto, type UploadLinkRecord } from './records.types.js';

type PhotoRow = PhotoRecord & { tryAfter: Date };

const rows = new WeakMap<MemoryState, PhotoRow[]>();
const of = (state: MemoryState): PhotoRow[] => {
  const list = rows.get(state) ?? [];
  rows.set(state, list);
  return list;
};
const view = ({ tryAfter: _tryAfter, ...photo }: PhotoRow): PhotoRecord => structuredClone(photo);

export function queuePhotos(state: MemoryState, reference: string, urls: readonly string[], at: Date): void {
  const list = of(state);
  for (const url of urls) {
    if (list.some((p) => p.reference === reference && p.sourceUrl === url)) continue;
    list.push({
      id: list.length + 1,
      reference,
      sourceUrl: url,
      status: 'pending',
      attempts: 0,
      contentType: null,
      bytes: null,
      file: null,
      error: null,
      createdAt: at,
      tryAfter: at,
    });
  }
}

export function claimPhotos(state: MemoryState, now: Date, limit: number): PhotoRecord[] {
  const due = of(state)
    .filter((p) => p.status === 'pending' && p.tryAfter <= now)
    .slice(0, limit);
  for (const p of due) Object.assign(p, { attempts: p.attempts + 1, tryAfter: new Date(now.getTime() + PHOTO_LEASE_MS) });
  return due.map(view);
}

export function finishPhoto(state: MemoryState, id: number, outcome: PhotoOutcome): void {
  const p = of(state)[id - 1];
  if (!p) return;
  if (outcome.status === 'stored')
    Object.assign(p, { status: 'stored', contentType: outcome.contentType, bytes: outcome.bytes, file: outcome.file, error: null });
  else Object.assign(p, { status: outcome.status, error: outcome.error, ...(outcome.status === 'pending' ? { tryAfter: outcome.tryAfter } : {}) });
}

export function photos(state: MemoryState, filter: { reference?: string; id?: number }): PhotoRecord[] {
  return of(state)
    .filter((p) => (filter.reference === undefined || p.reference === filter.reference) && (filter.id === undefined || p.id === filter.id))
    .map(view);
}

const links = new WeakMap<MemoryState, Map<string, UploadLinkRecord>>();
const linksOf = (state: MemoryState): Map<string, UploadLinkRecord> => {
  const map = links.get(state) ?? new Map<string, UploadLinkRecord>();
  links.set(state, map);
  return map;
};

export function insertUploadLinks(state: MemoryState, issued: readonly { id: string; reference: string; expiresAt: Date }[]): void {
  for (const l of issued) if (!linksOf(state).has(l.id)) linksOf(state).set(l.id, { ...l, usedAt: null });
}

export function uploadLink(state: MemoryState, id: string): UploadLinkRecord | null {
  const l = linksOf(state).get(id);
  return l ? structuredClone(l) : null;
}

export function useUploadLink(
  state: MemoryState,
  id: string,
  at: Date,
  uploaded: readonly UploadedPhoto[],
): { reference: string; photoIds: number[] } | 'spent' {
  const l = linksOf(state).get(id);
  if (!l || l.usedAt || l.expiresAt <= at) return 'spent';
  l.usedAt = at;
  const list = of(state);
  const photoIds = uploaded.map((p, n) => {
    const photoId = list.length + 1;
    list.push({
      id: photoId,
      reference: l.reference,
      sourceUrl: `upload:${id}/${n + 1}`,
      status: 'stored',
      attempts: 1,
      contentType: p.contentType,
      bytes: p.bytes,
      file: p.file,
      error: null,
      createdAt: at,
      tryAfter: at,
    });
    return photoId;
  });
  return { reference: l.reference, photoIds };
}
