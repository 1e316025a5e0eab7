// The records of work around a conversation: visits, handoffs to staff, scheduled jobs
// (reminders, SLA checks), alerts and survey answers, as both stores keep them, and a
// message for the outbox.
import type { AppointmentChange } from '../../machines/conversation.types.js';
import type { Awaiting } from '../../dialogs/dialog-memory.js';
import type { Choice } from '../../dialogs/choices.js';

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
/** Cases that need nothing more from anyone: closed, or a kind whose work ends when it is logged or answered. */
export const FINISHED_CASE: ReadonlySet<string> = new Set([...CLOSED_CASE, 'answered', 'noted', 'passed-on', 'stage-1-responded', 'stage-2-responded']);

export interface AppointmentRecord {
  id: number;
  reference: string;
  conversationId: string;
  channel: string;
  address: string;
  /** Where the visit's texts go: a mobile number the tenant proved for them, else the conversation. */
  textsTo: { channel: string; address: string };
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
  /** The member of staff who took it (null when taken through the API). */
  takenBy: StaffRef | null;
}

/**
 * Something that happened to a case outside a conversation (staff recorded a complaint
 * response or an extension, a repair done without a visit): kept in its history, with
 * the case's status, promised dates and due date changed as it says.
 */
export interface CaseEvent {
  /** completed, responded, extended... */
  event: string;
  at: Date;
  by?: string;
  status?: string;
  /** Promised dates to set (ISO times), by name. */
  dates?: Record<string, string>;
  dueBy?: Date;
  /** Fields of the case's details to set (a new priority and tier). */
  set?: Record<string, string | null>;
  /** Anything else worth keeping in the history (a reason, a stage). */
  detail?: Record<string, string | number | boolean | null>;
}

/** How a case event is kept in the case's history (both stores write this). */
export function historyEntry(e: CaseEvent): Record<string, unknown> {
  return {
    event: e.event,
    at: e.at.toISOString(),
    ...(e.by ? { by: e.by } : {}),
    ...(e.status ? { status: e.status } : {}),
    ...(e.dates ? { dates: e.dates } : {}),
    ...(e.detail ?? {}),
  };
}

/** A member of staff as the records name them. */
export interface StaffRef {
  id: number;
  name: string;
}

export type TextPurpose = 'day-before' | 'on-the-way' | 'survey' | 'rebook' | 'delay' | 'reminder';
/** Where a conversation's visit texts go: the mobile number it proved for them, or the conversation itself. */
export function visitTextsTo(c: { channel: string; address: string; remindersTo?: string | null }): { channel: string; address: string } {
  return c.remindersTo ? { channel: 'sms', address: c.remindersTo } : { channel: c.channel, address: c.address };
}

/** Texts about a visit: they go where the conversation asked for its visit texts. A survey awaits its answer where it was asked, so it stays. */
export const VISIT_TEXTS: readonly TextPurpose[] = ['day-before', 'on-the-way', 'rebook'];

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

/** Which handoff moves each status may come from: one table for both stores. */
export const HANDOFF_MOVES: Record<'taken' | 'returned' | 'closed', readonly HandoffStatus[]> = {
  taken: ['open'],
  returned: ['open', 'taken'],
  closed: ['open', 'taken'],
};

export const appointmentGroup = (reference: string): string => `appt:${reference}`;

/**
 * Who a message speaks for, which decides how a channel with a messaging window may send it
 * (see channels/messenger-window.ts): an answer to the tenant's own message, a person on the
 * staff, or the service itself (reminders, notices).
 */
export type MessageOrigin = 'reply' | 'staff' | 'automated';

export interface OutboundDraft {
  channel: string;
  recipient: string;
  body: string;
  segments: number;
  encoding: string;
  /** Answers offered as buttons, on channels that show them. */
  choices?: Choice[];
  sendAfter: Date;
  /** Unset: a reply. */
  origin?: MessageOrigin;
  /** A key no other message has ("code:..." for a one-time code, so codes to a number can be counted). */
  key?: string;
}

/** What the store knows when a channel cannot deliver a message now (see Store.divertOutbound). */
export interface DivertFacts {
  /** The mobile number the conversation proved by a texted code, if any. */
  provenNumber: string | null;
  /** The case most recently opened in the conversation. */
  lastCase: string | null;
}

/** What to do instead: send a copy elsewhere, or raise an alert and flag the case. */
export interface DivertPlan {
  copy?: Omit<OutboundDraft, 'sendAfter'>;
  alert?: AlertDraft;
  flag?: { reference: string; name: string };
}

/** A photo sent with a report: a link queued with the case, then fetched and kept as a file. */
export interface PhotoRecord {
  id: number;
  reference: string;
  sourceUrl: string;
  /** stored: kept as a file; refused: not an image, too large, or from a host we do not fetch from; failed: could not be fetched. */
  status: 'pending' | 'stored' | 'refused' | 'failed';
  attempts: number;
  contentType: string | null;
  bytes: number | null;
  /** The file's name under the photo directory: ours, never the sender's. */
  file: string | null;
  error: string | null;
  createdAt: Date;
}

export type PhotoOutcome =
  | { status: 'stored'; contentType: string; bytes: number; file: string }
  | { status: 'refused' | 'failed'; error: string }
  | { status: 'pending'; error: string; tryAfter: Date };

/** A one-time link for sending photos of one case from a browser (see src/photos/upload-links.ts). */
export interface UploadLinkRecord {
  id: string;
  reference: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** A photo sent through an upload link, already checked and kept as a file. */
export interface UploadedPhoto {
  contentType: string;
  bytes: number;
  file: string;
}

/** A claimed photo not finished by then (its process died) is claimed again. */
export const PHOTO_LEASE_MS = 5 * 60_000;
