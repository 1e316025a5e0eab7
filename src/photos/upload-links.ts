// One-time links for sending photos of a repair from a phone's browser, for tenants whose
// channel cannot carry a photo (a UK Twilio number receives no MMS). A link names one
// case, lasts a week and is spent by its first upload. The token is a random id (stored
// with its case in the turn's transaction), its expiry, and an HMAC-SHA256 signature over
// both with this installation's key: a forged or altered token is refused before the
// database or the request body is read.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a link works: long enough to take the photo when the light is good. */
export const UPLOAD_LINK_DAYS = 7;
/** The path the links live under: short, because they go in a text message. */
export const UPLOAD_PATH = '/p';

export interface IssuedLink {
  id: string;
  reference: string;
  expiresAt: Date;
  url: string;
}

export type TokenReading = { ok: true; id: string; expiresAt: Date } | { ok: false; why: 'forged' | 'expired' };

const TOKEN = /^([A-Za-z0-9_-]{16})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{16})$/;

export class UploadLinks {
  constructor(
    private readonly key: Buffer,
    /** Where tenants reach this server (PUBLIC_URL, or the local address once listening). */
    private readonly baseUrl: () => string,
    private readonly days = UPLOAD_LINK_DAYS,
  ) {}

  private sign(id: string, expires: string): Buffer {
    return createHmac('sha256', this.key).update(`upload.${id}.${expires}`).digest().subarray(0, 12);
  }

  /** A new link for one case; it works once the turn that issued it is stored. */
  issue(reference: string, now: Date): IssuedLink {
    const id = randomBytes(12).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.days * 86_400_000);
    const expires = Math.floor(expiresAt.getTime() / 1000).toString(36);
    const token = `${id}.${expires}.${this.sign(id, expires).toString('base64url')}`;
    return { id, reference, expiresAt: new Date(Number.parseInt(expires, 36) * 1000), url: `${this.baseUrl()}${UPLOAD_PATH}/${token}` };
  }

  /** What a token says, if this installation signed it; whether it is still unused is the store's to say. */
  read(token: string, now: Date): TokenReading {
    const m = TOKEN.exec(token);
    if (!m) return { ok: false, why: 'forged' };
    const [, id, expires, sig] = m as unknown as [string, string, string, string];
    const given = Buffer.from(sig, 'base64url');
    const expected = this.sign(id, expires);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, why: 'forged' };
    const expiresAt = new Date(Number.parseInt(expires, 36) * 1000);
    if (expiresAt.getTime() <= now.getTime()) return { ok: false, why: 'expired' };
    return { ok: true, id, expiresAt };
  }

  get validDays(): number {
    return this.days;
  }
}
