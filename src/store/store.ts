// What the engine, the server and the CLIs need from storage, as one interface. Two
// implementations: SqlStore (PGlite or PostgreSQL, the real one) and MemoryStore (the
// simulator's, and quick unit tests'). Both pass the same contract tests.
import type { Awaiting } from '../../dialogs/dialog-memory.js';
import type { Choice } from '../../dialogs/choices.js';
import type { AppointmentChange, CaseChange, Identity } from '../../machines/conversation.types.js';

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
}

export type { Awaiting };

export type AppointmentStatus = 'booked' | 'en-route' | 'completed' | 'no-access' | 'cancelled' | 'moved';
/** Statuses of a visit that still stands: it can be moved, cancelled or rebooked. */
export const ACTIVE_APPOINTMENT: readonly AppointmentStatus[] = ['booked', 'en-route', 'no-access'];
/** What staff may report of a visit, from the states it may be in: one table for both stores. */
export const APPOINTMENT_REPORTS: Record<'en-route' | 'completed' | 'no-access', readonly AppointmentStatus[]> = {
  'en-route': ['booked'],
  completed: ['booked', 'en-route'],
  'no-access': ['booked', 'en-route'],
};
/** Case statuses after which no promise is left to keep: no alert, no delay notice. */
export const CLOSED_CASE: ReadonlySet<string> = new Set(['completed', 'closed', 'resolved', 'cancelled', 'withdrawn']);

export interface AppointmentRecord {
  id: number;
  reference: string;
  conversationId: string;
  channel: string;
  address: string;
  date: string;
  slot: string;
  label: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  accessNotes: string | null;
  outsideTimescale: boolean;
  bookedAt: Date;
}

/** A change the conversation made to a visit, with what the engine worked out for it. */
export interface AppointmentWrite {
  change: AppointmentChange;
  /** Visits one slot of one day can take (the built-in calendar); null when another system decides. */
  capacity: number | null;
}

/** A conversation handed to staff: waiting for someone (open), with staff (taken), back with the assistant (returned), or closed. */
export type HandoffStatus = 'open' | 'taken' | 'returned' | 'closed';
/** Handoffs still to be dealt with: nobody has it yet, or staff have it. */
export const LIVE_HANDOFF: readonly HandoffStatus[] = ['open', 'taken'];

export interface HandoffDraft {
  /** Why: asked (the tenant asked for a person), self-harm, domestic-abuse, language, stuck... */
  reason: string;
  /** The case it concerns, if the conversation has one. */
  caseReference: string | null;
  requestedAt: Date;
  /** The tenant said not to call, or that someone reads their phone: texts only, no details. */
  safeContact: boolean;
}

export interface HandoffRecord extends HandoffDraft {
  id: number;
  conversationId: string;
  channel: string;
  address: string;
  status: HandoffStatus;
  takenAt: Date | null;
  closedAt: Date | null;
}

export type TextPurpose = 'day-before' | 'on-the-way' | 'survey' | 'rebook' | 'delay' | 'reminder';

export type JobPayload =
  | { kind: 'text'; purpose: TextPurpose; channel: string; address: string; body: string; awaiting?: Awaiting }
  | { kind: 'sla'; clock: string; label: string; level: 'warning' | 'breach'; dueAt: string }
  /** Nobody has picked up a handoff by `dueAt`: tell the tenant (body) and alert staff. */
  | { kind: 'handoff'; channel: string; address: string; body: string; label: string; dueAt: string };

/** Work to do at a time: a text to queue, or an SLA check. `key` makes scheduling it twice a no-op. */
export interface JobDraft {
  key: string;
  runAt: Date;
  reference: string | null;
  /** Jobs cancelled together ("appt:REF": every text of one visit). */
  group: string | null;
  payload: JobPayload;
  conversationId?: string | null;
}

export type JobStatus = 'pending' | 'done' | 'cancelled' | 'skipped';

export interface JobRecord extends JobDraft {
  id: number;
  conversationId: string | null;
  status: JobStatus;
  outcome: string | null;
  doneAt: Date | null;
}

/** What the store knows about a job's case when it runs. */
export interface JobFacts {
  caseStatus: string | null;
  /** Someone attended (en route, done, or no access): the attendance clock has stopped. */
  attended: boolean;
  optedOut: boolean;
  /** The job's conversation has a handoff nobody has picked up yet. */
  handoffOpen: boolean;
}

/** What running a job does: texts queued, an alert raised, or nothing (with why). */
export interface JobEffect {
  outcome: 'sent' | 'alerted' | 'skipped';
  reason?: string;
  texts?: Omit<OutboundDraft, 'sendAfter'>[];
  alert?: AlertDraft;
  awaiting?: Awaiting;
}

export interface AlertDraft {
  reference: string;
  clock: string;
  label: string;
  level: 'warning' | 'breach';
  dueAt: Date;
}

export interface AlertRecord extends AlertDraft {
  id: number;
  raisedAt: Date;
}

export interface SurveyAnswer {
  reference: string;
  score: number;
  comment: string | null;
  at: string;
}

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
  /** Answers offered as buttons, on channels that show them. */
  choices?: Choice[];
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
  appointments?: AppointmentWrite[];
  /** Scheduled work (reminders, SLA checks): a key already scheduled is left as it is. */
  jobs?: JobDraft[];
  /** A satisfaction survey answered on this turn. */
  survey?: SurveyAnswer;
  /** The conversation is handed to staff: queued unless one is already open or taken. */
  handoff?: HandoffDraft;
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

  upsertTenant(tenant: TenantInput, at: Date): Promise<'inserted' | 'updated'>;
  countTenants(): Promise<number>;
  findTenant(key: ConversationKey): Promise<TenantRecord | null>;

  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Which handoff moves each status may come from: one table for both stores. */
export const HANDOFF_MOVES: Record<'taken' | 'returned' | 'closed', readonly HandoffStatus[]> = {
  taken: ['open'],
  returned: ['open', 'taken'],
  closed: ['open', 'taken'],
};

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

export const appointmentGroup = (reference: string): string => `appt:${reference}`;
