// What the engine, the server and the CLIs need from storage, as one interface. Two
// implementations: SqlStore (PGlite or PostgreSQL, the real one) and MemoryStore (the
// simulator's, and quick unit tests'). Both pass the same contract tests.
import type { Awaiting } from '../../dialogs/dialog-memory.js';
import type { Choice } from '../../dialogs/choices.js';
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
  /**
   * What the dialog remembers between turns (the question left open, the visits offered, a
   * survey awaited): one value only dialogs read (see dialogs/dialog-memory.ts).
   */
  dialog: unknown;
  mode: ConversationMode;
  /** What an unknown number told us about itself; never treated as verified. */
  identity: Identity | null;
  /** The case most recently opened here, so a later photo is kept with it. */
  lastCase: string | null;
  /** Photos sent before any case was opened here: they go with the next case. */
  pendingMedia?: string[];
  /** The mobile number (E.164) the tenant proved, by a texted code, for this conversation's visit texts. */
  remindersTo?: string | null;
}

export type { Awaiting };
export * from './records.types.js';
import type {
  AppointmentRecord,
  AppointmentWrite,
  HandoffStatus,
  HandoffDraft,
  HandoffRecord,
  JobDraft,
  JobStatus,
  JobRecord,
  JobFacts,
  JobEffect,
  AlertRecord,
  SurveyAnswer,
  OutboundDraft,
  MessageOrigin,
  PhotoOutcome,
  PhotoRecord,
  UploadedPhoto,
  UploadLinkRecord,
  StaffRef,
  CaseEvent,
  DivertFacts,
  DivertPlan,
} from './records.types.js';

/** What a turn starts from, read under the conversation's lock. */
export interface TurnState {
  record: ConversationRecord;
  isNew: boolean;
  /** The tenancy this number belongs to, or null for a number not on the list. */
  tenant: TenantRecord | null;
  optedOut: boolean;
  /** The latest visit of this conversation that still stands, or else the latest cancelled one (CHANGE books anew). */
  appointment: AppointmentRecord | null;
}

export interface TranscriptEntry {
  direction: 'in' | 'out';
  at: Date;
  text: string;
  media?: string[];
  messageId?: string | null;
  /** The member of staff who wrote it; none for the tenant's and the assistant's. */
  author?: string | null;
}

export interface CaseWrite {
  change: CaseChange;
  at: Date;
  /** Photo links to keep with the case. */
  media?: string[];
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
  appointments?: AppointmentWrite[];
  /** Scheduled work (reminders, SLA checks): a key already scheduled is left as it is. */
  jobs?: JobDraft[];
  /** A satisfaction survey answered on this turn. */
  survey?: SurveyAnswer;
  /** The conversation is handed to staff: queued unless one is already open or taken. */
  handoff?: HandoffDraft;
  /** The conversation's visit texts still to go are sent here from now on. */
  visitTextsTo?: ConversationKey;
  /** One-time photo upload links issued this turn: each works once the turn is stored. */
  uploadLinks?: { id: string; reference: string; expiresAt: Date }[];
  /** The conversation's address becomes a contact point of the tenancy whose list has this mobile number (proved by a code). */
  link?: { number: string };
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
  choices: Choice[];
  status: OutboundStatus;
  attempts: number;
  sendAfter: Date;
  providerId: string | null;
  errorCode: string | null;
  /** A process died while sending it: ask the provider before sending again. */
  inDoubt: boolean;
  /** When the last attempt claimed it. */
  claimedAt: Date | null;
  origin: MessageOrigin;
  /** When the tenant last wrote in this message's conversation (a messaging window runs from then). */
  lastInboundAt: Date | null;
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
  /** The conversation it came from: where texts about it go. */
  contact: ConversationKey;
  /** For staff: "booked-after-timescale", "needs-appointment". */
  flags: string[];
  survey: SurveyAnswer | null;
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
  /** Handoffs, oldest first; by default the live ones (open or taken). */
  handoffs(filter?: { status?: readonly HandoffStatus[]; conversationId?: string }): Promise<HandoffRecord[]>;
  /**
   * Staff take a handoff (the conversation goes quiet: mode staff), hand it back or close it
   * (mode assistant), in one transaction. Null when there is no such handoff; 'conflict'
   * when it is not in a state that allows the move (only open is taken; only open or taken
   * is returned or closed).
   */
  moveHandoff(id: number, to: 'taken' | 'returned' | 'closed', at: Date): Promise<HandoffRecord | 'conflict' | null>;
  /**
   * A member of staff takes the conversation, in one transaction under its lock: its live
   * handoff if it has one, else a new one (reason "staff"); the conversation goes quiet
   * (mode staff). 'conflict' when someone else has it; the same handoff when they already
   * do; null when there is no such conversation.
   */
  takeConversation(conversationId: string, by: StaffRef, at: Date): Promise<HandoffRecord | 'conflict' | null>;
  findConversation(key: ConversationKey): Promise<ConversationRecord | null>;
  transcript(conversationId: string): Promise<TranscriptEntry[]>;
  /** The conversation's cases, and the tenancy's from every channel when `tenancyRef` is given; oldest first. */
  cases(conversationId: string, tenancyRef?: string | null): Promise<CaseRecord[]>;

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
  /** Photo links due to be fetched, claimed for a while (see PHOTO_LEASE_MS). */
  claimPhotos(now: Date, limit: number): Promise<PhotoRecord[]>;
  finishPhoto(id: number, outcome: PhotoOutcome, at: Date): Promise<void>;
  /** A case's photos, or one by id. */
  photos(filter: { reference?: string; id?: number }): Promise<PhotoRecord[]>;
  /** An upload link by its id, spent or not. */
  uploadLink(id: string): Promise<UploadLinkRecord | null>;
  /**
   * Spends an unused, unexpired link and keeps the photos with its case, in one
   * transaction: the case's reference, or 'spent' (used before, expired or unknown).
   */
  useUploadLink(id: string, at: Date, uploaded: readonly UploadedPhoto[]): Promise<{ reference: string; photoIds: number[] } | 'spent'>;
  /** One-time codes queued to a mobile number since `since`, from every conversation. */
  codesSent(number: string, since: Date): Promise<number>;
  /**
   * A message its channel cannot deliver now (Messenger outside its window): it is marked
   * failed with `errorCode`, and what `plan` decides from the conversation's facts (a copy
   * to a proved number, or an alert and a flag on the case) is written in the same
   * transaction; a second call for the same message writes nothing more. Null when there
   * is no such message.
   */
  divertOutbound(id: number, errorCode: string, at: Date, plan: (message: OutboundMessage, facts: DivertFacts) => DivertPlan): Promise<DivertPlan | null>;

  setOptOut(key: ConversationKey, out: boolean, source: string, at: Date): Promise<void>;
  isOptedOut(key: ConversationKey): Promise<boolean>;

  /** Free capacity is the calendar's: how many visits each day and slot already has, keyed "yyyy-MM-dd slot". */
  bookedCounts(fromDate: string, toDate: string): Promise<Map<string, number>>;
  appointments(filter: { reference?: string; conversationId?: string }): Promise<AppointmentRecord[]>;
  /**
   * A job's news from staff or the operative's system: the visit goes en route, done or
   * no access; the group's pending texts are cancelled if `cancelPending`, and `plan`'s
   * jobs scheduled, in one transaction. Null when the reference has no visit that stands;
   * 'conflict' when the visit is not in a state that allows it.
   */
  updateAppointment(
    reference: string,
    to: 'en-route' | 'completed' | 'no-access',
    at: Date,
    plan: (appointment: AppointmentRecord) => { jobs: JobDraft[]; cancelPending: boolean },
  ): Promise<AppointmentRecord | 'conflict' | null>;
  scheduleJobs(jobs: readonly JobDraft[], at: Date): Promise<number>;
  /**
   * Runs due jobs: claims up to `limit` (FOR UPDATE SKIP LOCKED, so processes share the
   * work), applies what `decide` returns and marks each done, all in one transaction.
   * Returns how many ran.
   */
  runDueJobs(now: Date, limit: number, decide: (job: JobRecord, facts: JobFacts) => JobEffect): Promise<number>;
  jobs(filter?: { status?: JobStatus; reference?: string }): Promise<JobRecord[]>;
  nextJobAt(): Promise<Date | null>;
  alerts(filter?: { since?: Date }): Promise<AlertRecord[]>;
  caseByReference(reference: string): Promise<CaseRecord | null>;
  /** Records a case event (see CaseEvent) in one transaction; the case as it is now, or null when there is no such case. */
  recordCaseEvent(reference: string, event: CaseEvent): Promise<CaseRecord | null>;

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

/** A slot filled up between the offer and the booking: the engine runs the turn again with fresh availability. */
export class SlotFullError extends Error {
  override readonly name = 'SlotFullError';
  readonly code = 'SLOT_FULL';
  constructor(
    readonly date: string,
    readonly slot: string,
  ) {
    super(`slot ${slot} on ${date} is full`);
  }
}
