// The data the dialog machines work on. Machines are pure: they never read a clock, a
// policy file or the environment. The engine works those out for each turn and hands
// them in on the event: the time, what triage made of the words, the reply read against
// the open menu, and the landlord's promises as dates from this moment (PolicyNow).

export type Tier = 'emergency' | 'urgent' | 'routine' | 'planned';
export const TIERS_HIGH_TO_LOW: readonly Tier[] = ['emergency', 'urgent', 'routine', 'planned'];

/** A promise worked out for this moment: "within 24 hours, by 9pm on Saturday 28 November". */
export interface Quote {
  /** The promise in words, with its date. */
  words: string;
  dueBy: string;
}

export interface PriorityNow {
  id: string;
  label: string;
  tier: Tier;
  action: string;
  matchTags?: string[];
  forTiers?: Tier[];
  quote: Quote;
}

export interface AsbGradeNow {
  id: string;
  label: string;
  level: number;
  categories: string[];
  contact: Quote;
  actionPlan?: Quote;
}

/** The landlord's promises as they stand at the moment of this event. */
export interface PolicyNow {
  landlord: string;
  phone: string;
  outOfHoursPhone: string;
  priorities: PriorityNow[];
  tierMap: Record<Tier, string>;
  vulnerabilityRule: 'raise-one-tier' | 'none';
  whatHappensNext: string;
  asbGrades: AsbGradeNow[];
  actionPlanPromise: string;
  complaint: {
    acknowledge: Quote;
    /** Stage 1 response, counted from the acknowledgement date where the landlord counts that way. */
    stage1: Quote;
    escalationWindow: string;
    /** The escalation window in calendar days, to tell a late request from one in time. */
    escalationWindowDays: number;
    stage2Acknowledge: Quote;
    stage2: Quote;
    ombudsman: { name: string; phone: string; web: string };
  };
  representative: Quote | null;
  comments: string;
  compliments: string;
  /** Awaab's Law clocks for damp and mould (statutory, the same for every landlord). */
  awaabs: { investigate: Quote; emergency: Quote };
  /** The office now: open, or when it opens ("9am on Monday 7 December"), and its hours in words. */
  office: { open: boolean; opens: string; hours: string };
  /** How soon someone usually picks up a conversation handed to staff while the office is open. */
  handoffMinutes: number;
  /** What the landlord offers a tenant who does not read English, in its own words, if it says. */
  languages: string | null;
}

export type SafetyId = 'gas' | 'carbon-monoxide' | 'water-electrics' | 'fire' | 'danger-to-life' | 'domestic-abuse' | 'self-harm';

/** What a message is about. */
export type Kind = 'repair' | 'asb' | 'complaint' | 'compliment' | 'comment' | 'representative-enquiry' | 'enquiry' | 'unknown';

/** What triage made of one message, boiled down to what the machines need. */
export interface TriageView {
  kind: Kind;
  safety: { id: SafetyId; advice: string }[];
  repair: {
    issueId: string;
    label: string;
    area: string;
    tier: Tier;
    tags: string[];
    awaabs: boolean;
    location: string | null;
    /** The modifiers that moved the tier from the issue's own, in words (explainable triage). */
    because?: string[];
    /** Triage already raised the tier for who is in the home: the pack's vulnerability rule is not applied on top. */
    vulnerabilityWeighed?: boolean;
    clarify: {
      id: string;
      question: string;
      yes: { tier?: Tier; issueId?: string; safety?: SafetyId; safetyAdvice?: string };
      no?: { tier?: Tier; issueId?: string };
      vulnerability?: boolean;
    } | null;
  } | null;
  asb: { categoryId: string; label: string } | null;
  notAsb: { id: string; explanation: string } | null;
  dissatisfaction: boolean;
  /** An answer from the landlord's other promised timescales ("garage applications..."). */
  enquiryAnswer: { label: string; words: string } | null;
  /** The tenant asks to take a complaint to stage 2. */
  escalation: boolean;
  /** The tenant asks for a complaint in so many words ("i want to complain"); otherwise it is offered first. */
  complaintAsked?: boolean;
  /** The tenant says not to call, or that someone reads their phone: texts only, no details, no promise of a call. */
  safeContact?: boolean;
  /** Who the text says is in the home (over-65, under-5, pregnant, disability, medical-equipment, health). */
  vulnerabilities?: string[];
  /** The message is not in English (its ISO 639-3 code): offer an interpreter and a person. */
  language?: string | null;
  /** Further problems in the same message, beyond the one this view describes: each is logged in turn. */
  others?: OtherProblem[];
}

/** One more problem found in a message: a repair or an ASB report, with the words it came from. */
export interface OtherProblem {
  kind: 'repair' | 'asb';
  text: string;
  label: string;
  repair: TriageView['repair'];
  asb: TriageView['asb'];
}

/** How the reply reads against the prompt that was open (see dialogs/read-reply.ts). */
export interface Reply {
  yesNo: 'yes' | 'no' | null;
  /** The id of the menu option chosen, by number or by words. */
  choice: string | null;
  skip: boolean;
  /** The whole message is a polite close ("no thats all thanks", "cheers"): not a new need. */
  closing: boolean;
  /** The postcode and door read from the reply, only when the address question was open; null when none was found. */
  address?: Address | null;
  /** The appointment chosen, only when slots were on offer (see dialogs/read-slot.ts). */
  slot?: SlotReply | null;
  /** Words asking to move or cancel the visit already booked ("CHANGE", "cant make tuesday"). */
  appointment?: 'change' | 'cancel' | null;
  /** The change word on its own ("CHANGE") when no visit is booked: there is nothing to change. */
  noVisit?: boolean;
  /** A UK mobile number in the reply, in E.164 form (+447...). */
  mobile?: string | null;
  /** Six digits on their own ("482 913"): a one-time code typed back. */
  code?: string | null;
}

/** One bookable visit: a London date, one of the landlord's slot types, and its window as instants. */
export interface SlotChoice {
  date: string;
  slot: string;
  label: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
}

/** How a reply to a slot offer reads. `taken` is a slot offered a moment ago and booked by someone else since. */
export type SlotReply =
  | { kind: 'pick'; option: SlotChoice; earliestFree: string }
  | { kind: 'narrow'; count: number }
  | { kind: 'none-fit' }
  | { kind: 'taken' }
  | { kind: 'unread' };

/** The visit a conversation has booked, as the machine is told about it. */
export interface AppointmentView {
  reference: string;
  date: string;
  slot: string;
  label: string;
  startsAt: string;
  endsAt: string;
  /** A cancelled visit is told too: CHANGE then books a new one. */
  status: 'booked' | 'en-route' | 'no-access' | 'cancelled';
}

/** What a repair flow hands on for booking: whose visit, and the date it must fall by. */
export interface BookingRequest {
  reference: string;
  dueBy: string;
  priority: string;
}

/** An appointment booked, moved, cancelled or annotated by the conversation: the engine stores it. */
export interface AppointmentChange {
  action: 'book' | 'move' | 'cancel' | 'access-notes' | 'unbooked';
  reference: string;
  option?: SlotChoice;
  /** Booked after the promised date: staff must see it. */
  outsideTimescale?: boolean;
  /** The tenant chose a later visit though one inside the promised date was free. */
  tenantChoseLater?: boolean;
  notes?: string;
}

/** An address as a tenant texts it: "flat 3, 10 high st ne14xy". */
export interface Address {
  /** Upper case with one space: "NE1 4XY". */
  postcode: string;
  /** The flat and door number or house name: "12", "Flat 3, 10", "Rose Cottage". */
  door: string | null;
  /** The whole reply, trimmed. */
  text: string;
}

/** Who a tenant from a number not on the tenancy list says they are, for staff to match to a home. */
export interface Identity {
  postcode: string | null;
  door: string | null;
  /** The address as the tenant gave it; null when they skipped it. */
  addressText: string | null;
  name: string | null;
}

export interface UserTextEvent {
  type: 'user.text';
  text: string;
  at: string;
  triage: TriageView;
  reply: Reply;
  policy: PolicyNow;
  /** A fresh reference, used if this turn opens a case. */
  reference: string;
  /** More fresh references, for further problems the same message describes. */
  spareReferences?: string[];
  /** The visit this conversation has booked, if any (so "CHANGE" can move it). */
  appointment?: AppointmentView | null;
  /** A fresh one-time code, used if this turn texts one to prove a number; absent when that number has had all the codes it may have today. */
  freshCode?: string;
  /** The words ask after something already reported or booked (the engine answered it from the tenant's cases if it found any). */
  asksStatus?: boolean;
  /** The words ask to link this chat to the tenancy ("LINK"). */
  wantsLink?: boolean;
  /** For a mobile number in the reply: whether the landlord's tenancy list has it. */
  mobileOnList?: boolean;
}

export type Command = 'menu' | 'restart' | 'help' | 'agent';

export interface UserCommandEvent {
  type: 'user.command';
  command: Command;
  text: string;
  at: string;
  policy: PolicyNow;
}

/** Staff handed the conversation back to the assistant. */
export interface AgentReturnedEvent {
  type: 'agent.returned';
  at: string;
  policy: PolicyNow;
}

/** Something the assistant says: a copy key in dialogs/ and the values it needs. */
export interface Say {
  key: string;
  params?: Record<string, string | number>;
}

export type CaseKind = 'repair' | 'asb' | 'complaint' | 'compliment' | 'comment' | 'representative-enquiry' | 'enquiry';

/** A case opened or changed by the conversation: the engine stores it. */
export interface CaseChange {
  kind: CaseKind;
  reference: string;
  openedAt: string;
  status: string;
  priority?: string | null;
  tier?: Tier | null;
  grade?: string | null;
  level?: number | null;
  dueBy?: string | null;
  /** Further dates promised (stage 1 response, Awaab's Law steps...). */
  dates?: Record<string, string>;
  issue?: string | null;
  location?: string | null;
  vulnerable?: boolean | null;
  safety?: SafetyId[];
  awaabs?: boolean;
  summary?: string;
  details?: Record<string, string | number | boolean | null>;
}

/** How a flow machine finishes. */
export interface FlowOutput {
  /** Where the conversation goes next. */
  next: 'wrap-up' | 'handoff' | 'complaint' | 'repair' | 'menu';
  /** A short description to carry into the next flow (a complaint about this repair). */
  carry?: string;
  reference?: string;
  /** A non-emergency repair: book a visit before going on to `next`. */
  booking?: BookingRequest;
  /** Why the conversation goes to a person, when `next` is handoff (domestic-abuse, stuck...). */
  handoffReason?: string;
}

export type FlowParentEvent =
  | { type: 'flow.say'; say: Say }
  | { type: 'flow.case'; change: CaseChange }
  | { type: 'flow.appointment'; change: AppointmentChange }
  | { type: 'flow.contact'; change: ContactChange };

/**
 * Where a conversation's visit texts go, on a channel that cannot text: a one-time code
 * texted to the number the tenant typed (proof they hold it), then, once they type it
 * back, that number agreed for the visit's reminders.
 */
export type ContactChange =
  | { action: 'send-code'; number: string; code: string }
  | { action: 'texts-to'; number: string }
  /** The conversation is the tenancy's whose list has this number, proved by a code: it finds their cases and visits from now on. */
  | { action: 'link'; number: string };
