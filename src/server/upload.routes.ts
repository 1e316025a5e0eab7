// GET and POST /p/:token: the page a one-time upload link opens, and the photos it sends.
// The token's signature and expiry are checked before anything else (a forged link costs
// one HMAC); the link must be unspent before the body is read; each file must be an image
// by its bytes; then the link is spent and the photos kept with its case in one
// transaction, so two uploads racing on one link keep one set.
import busboy from 'busboy';
import type restify from 'restify';
import { route } from '../http/http-errors.js';
import { readRawBody, type BodyLimits } from '../http/read-body.js';
import type { Logger } from '../log/logger.js';
import { MAX_PHOTO_BYTES, sniffImage, type PhotoFiles } from '../photos/photo-files.js';
import { PHOTOS_PER_LINK, uploadDone, uploadForm, uploadRefused, type PageLandlord, type Refusal } from '../photos/upload-page.js';
import { UPLOAD_PATH, type UploadLinks } from '../photos/upload-links.js';
import type { Store } from '../store/store.js';

export interface UploadDeps {
  links: UploadLinks;
  files: PhotoFiles;
  store: Store;
  landlord: PageLandlord;
  log: Logger;
  now: () => Date;
  /** How long the whole upload may take to arrive. */
  timeoutMs?: number;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const STATUS: Record<Refusal, number> = { spent: 410, expired: 410, forged: 404, 'not-image': 415, 'too-many': 413, 'too-large': 413, empty: 400 };

function page(res: restify.Response, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    // The token is the key to the upload: never sent on to another site, never cached.
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(html);
}

/** The files of a multipart body, or why they are refused. */
function filesOf(body: Buffer, contentType: string): Promise<Buffer[] | Refusal> {
  return new Promise((resolve) => {
    let refusal: Refusal | null = null;
    const files: Buffer[] = [];
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { 'content-type': contentType }, limits: { files: PHOTOS_PER_LINK, fileSize: MAX_PHOTO_BYTES, fields: 5, parts: 10 } });
    } catch {
      resolve('empty');
      return;
    }
    parser.on('file', (_name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        refusal ??= 'too-large';
      });
      stream.on('close', () => {
        const bytes = Buffer.concat(chunks);
        // A file input left empty still sends a part, with no bytes.
        if (bytes.length > 0) files.push(bytes);
      });
    });
    parser.on('filesLimit', () => {
      refusal ??= 'too-many';
    });
    parser.on('error', () => resolve(refusal ?? 'empty'));
    parser.on('close', () => resolve(refusal ?? (files.length === 0 ? 'empty' : files)));
    parser.end(body);
  });
}

export function registerUploads(server: restify.Server, deps: UploadDeps): void {
  const { links, store, files, landlord, log, now } = deps;
  const limits: BodyLimits = { maxBytes: PHOTOS_PER_LINK * MAX_PHOTO_BYTES + 64 * 1024, timeoutMs: deps.timeoutMs ?? 120_000 };

  /** The link's case, if it can still be used. */
  const usable = async (token: string): Promise<{ id: string; reference: string } | Refusal> => {
    const read = links.read(token, now());
    if (!read.ok) return read.why;
    const link = await store.uploadLink(read.id);
    if (!link) return 'forged';
    if (link.usedAt) return 'spent';
    return { id: link.id, reference: link.reference };
  };

  server.get(
    `${UPLOAD_PATH}/:token`,
    route(log, async (req, res) => {
      const token = String(req.params.token ?? '');
      const link = await usable(token);
      if (typeof link === 'string') return page(res, STATUS[link], uploadRefused(landlord, link, null));
      page(res, 200, uploadForm(landlord, link.reference, `${UPLOAD_PATH}/${token}`));
    }),
  );

  server.post(
    `${UPLOAD_PATH}/:token`,
    route(log, async (req, res) => {
      const token = String(req.params.token ?? '');
      const action = `${UPLOAD_PATH}/${token}`;
      const link = await usable(token);
      if (typeof link === 'string') {
        req.resume();
        return page(res, STATUS[link], uploadRefused(landlord, link, null));
      }
      const body = await readRawBody(req, 'multipart', limits);
      const got = await filesOf(body, String(req.headers['content-type']));
      if (typeof got === 'string') return page(res, STATUS[got], uploadRefused(landlord, got, action));
      if (got.some((b) => !sniffImage(b))) return page(res, STATUS['not-image'], uploadRefused(landlord, 'not-image', action));
      // Written first under names nobody knows; a link spent meanwhile leaves them unreferenced.
      const kept = [];
      for (const bytes of got) {
        const saved = await files.save(bytes);
        if (saved) kept.push({ ...saved, bytes: bytes.length });
      }
      const used = await store.useUploadLink(link.id, now(), kept);
      if (used === 'spent') return page(res, STATUS.spent, uploadRefused(landlord, 'spent', null));
      log.info({ reference: used.reference, photos: used.photoIds.length }, 'photos uploaded');
      page(res, 200, uploadDone(landlord, used.reference, kept.length));
    }),
  );
}
