// Fetches the photos tenants send with a report (Messenger attachments arrive as links to
// Meta's servers) after the turn that queued them, and keeps each as a file: only from
// hosts we trust to serve attachments (never an address a visitor typed), https only,
// within a size limit counted as the bytes arrive, and kept only if the bytes are an
// image. A fetch that fails for a reason that may pass is tried again (1, 5, 30 minutes);
// a process that dies mid-fetch leaves its claim to lapse and be taken again.
import type { Logger } from '../log/logger.js';
import type { PhotoOutcome, PhotoRecord, Store } from '../store/store.js';
import { MAX_PHOTO_BYTES, type PhotoFiles } from './photo-files.js';

/** The hosts Meta serves Messenger attachments from. */
export const META_ATTACHMENT_HOSTS: readonly string[] = ['fbcdn.net', 'fbsbx.com', 'facebook.com'];
const RETRY_MINUTES = [1, 5, 30];

export interface PhotoFetcherOptions {
  store: Store;
  files: PhotoFiles;
  log: Logger;
  /** Hosts (and their subdomains) photos are fetched from. */
  hosts: readonly string[];
  /** Also fetch over plain http from these hosts (a loopback stand-in in tests). */
  insecureHosts?: readonly string[];
  now?: () => Date;
  pollMs?: number;
  timeoutMs?: number;
}

export class PhotoFetcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: PhotoFetcherOptions) {
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    this.timer = setInterval(() => void this.kick(), this.options.pollMs ?? 5_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Fetches what is due now; resolves when done. */
  kick(): Promise<void> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async round(): Promise<void> {
    try {
      for (;;) {
        const claimed = await this.options.store.claimPhotos(this.now(), 5);
        if (claimed.length === 0) return;
        await Promise.all(claimed.map(async (p) => this.options.store.finishPhoto(p.id, await this.fetchOne(p), this.now())));
      }
    } catch (error) {
      this.options.log.warn({ err: error }, 'photo round stopped; will retry');
    }
  }

  /** Whether a link may be fetched: a trusted host, over https (or http from a stand-in). */
  allowed(link: string): boolean {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return false;
    }
    const host = url.hostname.toLowerCase();
    const under = (list: readonly string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));
    return (url.protocol === 'https:' && under(this.options.hosts)) || (url.protocol === 'http:' && under(this.options.insecureHosts ?? []));
  }

  private async fetchOne(photo: PhotoRecord): Promise<PhotoOutcome> {
    const log = this.options.log.child({ photo: photo.id, reference: photo.reference });
    if (!this.allowed(photo.sourceUrl)) {
      log.info('photo link is not from a host we fetch from; kept as a link only');
      return { status: 'refused', error: 'host not trusted' };
    }
    let bytes: Buffer;
    try {
      bytes = await this.download(photo.sourceUrl);
    } catch (error) {
      const message = (error as Error).message;
      if (message === 'too-large' || message.startsWith('http-4')) return { status: 'refused', error: message };
      const minutes = RETRY_MINUTES[photo.attempts - 1];
      if (minutes === undefined) return { status: 'failed', error: message };
      return { status: 'pending', error: message, tryAfter: new Date(this.now().getTime() + minutes * 60_000) };
    }
    const saved = await this.options.files.save(bytes);
    if (!saved) {
      log.warn({ bytes: bytes.length }, 'photo refused: not an image we keep');
      return { status: 'refused', error: 'not an image' };
    }
    log.info({ bytes: bytes.length, type: saved.contentType }, 'photo kept');
    return { status: 'stored', contentType: saved.contentType, bytes: bytes.length, file: saved.file };
  }

  /** The body, cut off as soon as it passes the size limit; a redirect is followed only to a host we fetch from. */
  private async download(link: string): Promise<Buffer> {
    const signal = AbortSignal.timeout(this.options.timeoutMs ?? 15_000);
    let res = await fetch(link, { redirect: 'manual', signal });
    for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 3; hops += 1) {
      const next = new URL(res.headers.get('location') ?? '', link).toString();
      if (!this.allowed(next)) throw new Error('http-400 redirect to a host we do not fetch from');
      res = await fetch(next, { redirect: 'manual', signal });
    }
    if (!res.ok || !res.body) throw new Error(`http-${res.status}`);
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > MAX_PHOTO_BYTES) throw new Error('too-large');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += chunk.length;
      if (size > MAX_PHOTO_BYTES) throw new Error('too-large');
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks, size);
  }
}
