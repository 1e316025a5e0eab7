// What the engine, the server and the CLIs need from storage, as one interface. Two
// implementations: SqlStore (PGlite or PostgreSQL, the real one) and MemoryStore (the
// simulator's, and quick unit tests'). Both pass the same contract tests.
import type { CaseChange, Identity } from '../../machines/conversation.types.js';

export type ConversationMode = 'assistant' | 'staff';

/** Which conversation: a channel and the tenant's address on it (an E.164 number for SMS). */
export interface ConversationKey {
  channel: string;
  address: string;
}

export interface TenantRecord {
  id: number;
  tenancyRef: string;
  name: string;
  addressLine: string;
  postcode: string;
  vulnerabilities: string[];
}

export interface TenantInput {
  tenancyRef: string;
  name: string;
  addressLine: string;
  postcode: string;
  vulnerabilities: string[];
  /** E.164 numbers; a re-import replaces the tenant's numbers with these. */
  phones: string[];
}

export interface ConversationRecord {
  id: string;
  channel: string;
  address: string;
  machineVersion: number;
  snapshot: unknown;
  /** The menu the last turn left open, so "2" can be read as its second option. */
  openPrompt: string | null;
  mode: ConversationMode;
  /** What an unknown number told us about itself; never treated as verified. */
  identity: Identity | null;
  /** The case most recently opened here, so a later photo is kept with it. */
  lastCase: string | null;
  /** Photos sent before any case was opened here: they go with the next case. */
  pendingMedia?: string[];
}

/** What a turn starts from, read under the conversation's lock. */
export interface TurnState {
  record: ConversationRecord;
  isNew: boolean;
  /** The tenancy this number belongs to, or null for a number not on the list. */
  tenant: TenantRecord | null;
  optedOut: boolean;
}

export interface TranscriptEntry {
  direction: 'in' | 'out';
  at: Date;
  text: string;
  media?: string[];
  messageId?: string | null;
}

export interface CaseWrite {
  change: CaseChange;
  at: Date;
  /** Photo links to keep with the case. */
  media?: string[];
}

export interface OutboundDraft {
  channel: string;
  recipient: string;
  body: string;
  segments: number;
  encoding: string;
  sendAfter: Date;
}

export interface TurnWrite {
  record: ConversationRecord;
  transcript: TranscriptEntry[];
  cases: CaseWrite[];
  outbound: OutboundDraft[];
  /** Photos for a case this turn did not otherwise change. */
  media?: { reference: string; urls: string[] };
  /** STOP or START on this turn. */
  optOut?: { out: boolean; source: string };
}

export type TurnOutcome<T> = { duplicate: true } | { duplicate: false; result: T; outboundIds: number[] };

export type OutboundStatus = 'pending' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'suppressed';

export interface OutboundMessage {
  id: number;
  conversationId: string | null;
  channel: string;
  recipient: string;
  body: string;
  segments: number;
  encoding: string;
  status: OutboundStatus;
  attempts: number;
  sendAfter: Date;
  providerId: string | null;
  errorCode: string | null;
}

export type SendOutcome =
  | { status: 'sent'; at: Date; providerId: string | null; sender: string }
  | { status: 'failed'; at: Date; errorCode: string }
  | { status: 'pending'; at: Date; errorCode: string; retryAt: Date };

export interface CaseRecord {
  reference: string;
  conversationId: string;
  kind: string;
  status: string;
  openedAt: Date;
  dueBy: Date | null;
  verified: boolean;
  tenancyRef: string | null;
  address: CaseAddress | null;
  vulnerabilities: string[];
  details: CaseChange;
  media: string[];
  history: CaseChange[];
}

export interface CaseAddress {
  line: string | null;
  postcode: string | null;
  door: string | null;
  name: string | null;
  /** From the tenancy list, or what the tenant told us (unverified). */
  source: 'tenancy' | 'tenant-said';
}

export interface Store {
  readonly kind: 'pglite' | 'postgres' | 'memory';
  /**
   * One turn under the conversation's lock: a message id already taken makes it a
   * duplicate (work is not called); otherwise everything `work` returns is committed in
   * one transaction, outbound messages included, before this resolves.
   */
  turn<T>(
    key: ConversationKey,
    inbound: { messageId: string | null; at: Date },
    work: (state: TurnState) => Promise<{ write: TurnWrite; result: T }> | { write: TurnWrite; result: T },
  ): Promise<TurnOutcome<T>>;
  setMode(conversationId: string, mode: ConversationMode, at: Date): Promise<boolean>;
  findConversation(key: ConversationKey): Promise<ConversationRecord | null>;
  transcript(conversationId: string): Promise<TranscriptEntry[]>;
  cases(conversationId: string): Promise<CaseRecord[]>;

  /**
   * Takes due pending messages for sending, for at most `limit` recipients: all of a
   * recipient's due messages in order, none while one of theirs is still being sent.
   * Messages to opted-out numbers are suppressed instead.
   */
  claimOutbound(now: Date, limit: number): Promise<OutboundMessage[]>;
  /** Records sends, all in one write: sent, failed for good, or back to pending to be tried again at `retryAt`. */
  finishOutbound(results: readonly { id: number; outcome: SendOutcome }[]): Promise<void>;
  /** A provider's delivery report; returns the message it concerns, if we sent it. */
  recordDeliveryStatus(providerId: string, status: OutboundStatus, errorCode: string | null, at: Date): Promise<OutboundMessage | null>;
  /** Messages left 'sending' by a process that died go back to pending. */
  requeueStuck(olderThan: Date, at: Date): Promise<number>;
  outbound(filter?: { recipient?: string }): Promise<OutboundMessage[]>;

  setOptOut(key: ConversationKey, out: boolean, source: string, at: Date): Promise<void>;
  isOptedOut(key: ConversationKey): Promise<boolean>;

  upsertTenant(tenant: TenantInput, at: Date): Promise<'inserted' | 'updated'>;
  countTenants(): Promise<number>;
  findTenant(key: ConversationKey): Promise<TenantRecord | null>;

  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Twilio's statuses only move forward: a late "sent" never overwrites "delivered". */
export const STATUS_RANK: Record<OutboundStatus, number> = {
  pending: 0,
  sending: 1,
  sent: 2,
  suppressed: 3,
  failed: 3,
  undelivered: 3,
  delivered: 4,
};

/** Where a case says the home is: the tenancy's address, else what an unknown number told us. */
export function caseAddress(tenant: TenantRecord | null, identity: Identity | null): CaseAddress | null {
  if (tenant) return { line: tenant.addressLine, postcode: tenant.postcode, door: null, name: tenant.name, source: 'tenancy' };
  if (identity) return { line: identity.addressText, postcode: identity.postcode, door: identity.door, name: identity.name, source: 'tenant-said' };
  return null;
}
