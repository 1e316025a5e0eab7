// What one conversation knows and hears: its input, its context, the events it takes and
// emits, and the small readings of them that its guards, actions and routes share.
import type { FeedbackMode, LastComplaint } from './complaint.machine.js';
import type {
  AgentReturnedEvent,
  AppointmentChange,
  AppointmentView,
  CaseChange,
  CaseKind,
  ContactChange,
  FlowOutput,
  FlowParentEvent,
  Identity,
  PolicyNow,
  SafetyId,
  Say,
  UserCommandEvent,
  UserTextEvent,
} from './conversation.types.js';
import type { IdentityOutput } from './identity.machine.js';
import type { TextsOutput } from './texts.machine.js';

export interface ConversationInput {
  /** The tenant's first name when the number is known (a later issue). */
  name?: string | null;
  vulnerable?: boolean;
  /** The number is on the landlord's tenancy list. Absent means true: only a known stranger is asked who they are. */
  verified?: boolean;
  /** The channel cannot text the tenant later (web chat): after a visit is booked, offer its reminders by text. */
  offerTexts?: boolean;
  /**
   * The channel does not say who the tenant is (web chat, Messenger) and the conversation is
   * not linked to a tenancy: a question about a report offers to link it, by a code texted
   * to the mobile number on the tenancy.
   */
  linkable?: boolean;
}

export interface ConversationContext {
  name: string | null;
  vulnerable: boolean;
  policy: PolicyNow | null;
  lastComplaint: LastComplaint | null;
  carry: string | null;
  waitingNoticeSent: boolean;
  verified: boolean;
  /** A repair, ASB or complaint case was opened in this conversation. */
  caseOpened: boolean;
  /** The address and name were asked for (answered, skipped or left by a command): never ask twice. */
  identityAsked: boolean;
  /** Where the finished flow was going before the identity questions and the booking. */
  resume: Pick<FlowOutput, 'next' | 'carry' | 'booking' | 'handoffReason'> | null;
  /** The booked visit the tenant asked to move or cancel. */
  change: { appointment: AppointmentView; cancel: boolean } | null;
  /** Why the conversation is about to go to a person (asked, self-harm, domestic-abuse, language, stuck). */
  handoffReason: string | null;
  /** The tenant said not to call, or that someone reads their phone: texts only, no details. */
  safeContact: boolean;
  /** The problems this conversation has already heard (repair issues, ASB categories): a new one mid-flow is logged, not misread as an answer. */
  topics: string[];
  /** What the running flow last said: a new problem may interrupt only a question with set answers. */
  lastAsk: string | null;
  offerTexts: boolean;
  /** A visit was booked or moved in this conversation since the last offer of texts. */
  visitBooked: boolean;
  /** Reminders by text were offered here: never offered twice. */
  textsOffered: boolean;
  linkable: boolean;
  /** Linking failed (wrong codes, too many codes): not offered again before this time (ms since the epoch). */
  linkLockedUntil: number | null;
}

/** A flow finished: repair, ASB and complaint say where next (FlowOutput), the identity flow what it was told. */
export type DoneEvent = { type: `xstate.done.actor.${string}`; output: Partial<FlowOutput & IdentityOutput & TextsOutput> };
// Staff takeover is a mode of the conversation kept by the engine, not an event here: while
// staff have it, the engine does not wake the machine at all.
export type ConversationEvent = UserTextEvent | UserCommandEvent | AgentReturnedEvent | FlowParentEvent | DoneEvent;

export type EmittedEvent =
  | { type: 'say'; say: Say }
  | { type: 'case'; change: CaseChange }
  | { type: 'appointment'; change: AppointmentChange }
  | { type: 'identity'; identity: Identity }
  | { type: 'handoff'; reason: string; safeContact: boolean }
  | { type: 'contact'; change: ContactChange };

/**
 * Questions with set answers (yes or no, a number) that a new problem may interrupt. A
 * question answered in the tenant's own words (what happened, access notes, a complaint's
 * details) never is: a repair named there is the answer.
 */
export const INTERRUPTIBLE: ReadonlySet<string> = new Set(['repair.askVulnerability', 'repair.clarify', 'repair.askLocation', 'asb.askAffected']);

/** Safety advice that another already covers: the domestic abuse advice gives 999 and 55 itself. */
export const COVERED_BY: Partial<Record<SafetyId, SafetyId[]>> = { 'danger-to-life': ['domestic-abuse'] };

export const FEEDBACK_KINDS = new Set(['complaint', 'compliment', 'comment', 'representative-enquiry']);
/** Cases that need a home found. A compliment, a comment or an MP's enquiry does not. */
export const IDENTITY_KINDS = new Set<CaseKind>(['repair', 'asb', 'complaint']);

export function textEvent(event: ConversationEvent): UserTextEvent | null {
  return event.type === 'user.text' ? event : null;
}

/** Who will reply and when: soon while the office is open, else when it opens; texts only when contact must be safe. */
export function handoffParams(context: ConversationContext): Record<string, string> {
  const office = context.policy?.office;
  return {
    ...helpParams(context),
    open: office?.open ? 'yes' : '',
    opens: office?.opens ?? '',
    hours: office?.hours ?? '',
    minutes: String(context.policy?.handoffMinutes ?? 30),
    safe: context.safeContact ? 'yes' : '',
    language: context.policy?.languages ?? '',
    reason: context.handoffReason ?? 'asked',
  };
}

export function helpParams(context: ConversationContext): Record<string, string> {
  return {
    landlord: context.policy?.landlord ?? 'us',
    phone: context.policy?.phone ?? '',
    outOfHours: context.policy?.outOfHoursPhone ?? '',
  };
}

/** How the complaint flow starts for what the tenant said (none: reached from the menu). */
export function feedbackMode(text: UserTextEvent | null, carry: string | null): FeedbackMode {
  const kind = text?.triage.kind ?? '';
  if (text?.triage.escalation) return 'escalate';
  // Unhappy with us but not asking for a complaint: the Code says offer the choice.
  if (kind === 'complaint' && text?.triage.complaintAsked === false) return 'offer';
  if (FEEDBACK_KINDS.has(kind)) return kind as FeedbackMode;
  return carry ? 'complaint' : 'choose';
}
