// A web chat visitor's credentials, signed with this installation's key (HMAC-SHA256): an
// access token for one Direct Line conversation, short-lived and refreshable, and a resume
// token the page keeps so a reload (or a visit next week) finds the same conversation. Each
// names its conversation and visitor; neither can be made without the key or used for
// another conversation. Ids are 144 random bits: not guessable.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type TokenKind = 'access' | 'resume';

export interface VisitorClaims {
  /** The Direct Line conversation id. */
  conversationId: string;
  /** The visitor's user id in that conversation. */
  userId: string;
  expiresAt: Date;
}

/** How long an access token lasts: Web Chat refreshes it every 15 minutes. */
export const ACCESS_SECONDS = 30 * 60;
/** How long a page may come back to its conversation. */
export const RESUME_SECONDS = 30 * 86_400;

const b64 = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

export function newUserId(): string {
  return `visitor-${randomBytes(12).toString('base64url')}`;
}

export class VisitorTokens {
  constructor(private readonly key: Buffer) {}

  private mac(kind: TokenKind, body: string): Buffer {
    return createHmac('sha256', this.key).update(`${kind}.${body}`).digest();
  }

  issue(kind: TokenKind, conversationId: string, userId: string, now: Date): { token: string; expiresIn: number } {
    const expiresIn = kind === 'access' ? ACCESS_SECONDS : RESUME_SECONDS;
    const body = b64(JSON.stringify({ c: conversationId, u: userId, e: Math.floor(now.getTime() / 1000) + expiresIn }));
    return { token: `${kind}.${body}.${b64(this.mac(kind, body))}`, expiresIn };
  }

  /** The claims of a genuine, unexpired token of this kind; null for anything else. */
  verify(kind: TokenKind, token: string | null | undefined, now: Date): VisitorClaims | null {
    if (!token || token.length > 1024) return null;
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== kind) return null;
    const [, body, mac] = parts as [string, string, string];
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(kind, body);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let claims: { c?: unknown; u?: unknown; e?: unknown };
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (typeof claims.c !== 'string' || typeof claims.u !== 'string' || typeof claims.e !== 'number') return null;
    if (claims.e * 1000 <= now.getTime()) return null;
    return { conversationId: claims.c, userId: claims.u, expiresAt: new Date(claims.e * 1000) };
  }
}

/** The token in an Authorization: Bearer header. */
export function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec((header ?? '').trim());
  return m ? m[1]! : null;
}
