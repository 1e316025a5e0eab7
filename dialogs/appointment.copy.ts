// The texts the scheduler sends about a visit, a survey or a missed timescale: texts no
// tenant message asked for, so each names the landlord and the repair reference, and
// says how to answer. GSM-7 only (test/dialogs checks every line).
import { formatDay } from './format-time.js';
import { visitWords } from './slot-offer.js';
import { toGsm7 } from './gsm7.js';

export interface VisitText {
  landlord: string;
  reference: string;
  startsAt: string;
  endsAt: string;
  keyword: string;
}

/** A notice that a promised date will be missed, for a case of any kind. */
export interface DelayText {
  landlord: string;
  kind: string;
  reference: string;
  dueBy: Date;
  reason: string;
  phone: string;
  /** For a complaint: the Code asks that an extension gives the Ombudsman's details. */
  ombudsman?: { name: string; phone: string } | undefined;
}

/** What was promised by the due date, by kind of case. */
const DELAYED_PROMISE: Record<string, (reference: string) => string> = {
  repair: (r) => `finish repair ${r}`,
  asb: (r) => `act on your report ${r}`,
  complaint: (r) => `give our full answer to your complaint ${r}`,
};
const delayedPromise = (kind: string, reference: string): string => (DELAYED_PROMISE[kind] ?? ((r: string) => `do what we promised on ${r}`))(reference);

/** A complaint's response date moved under the Code's extension, with why and where to get advice. */
export interface ExtensionText {
  landlord: string;
  reference: string;
  stage: 1 | 2;
  newDate: Date;
  reason: string;
  phone: string;
  ombudsman: { name: string; phone: string };
}

/** A repair's priority changed by staff: the new timescale as a date. */
export interface PriorityText {
  landlord: string;
  reference: string;
  label: string;
  action: string;
  dueBy: Date;
  phone: string;
}

/** What a promise asks of us, in words after "we will". */
const ACTIONS: Record<string, string> = {
  attend: 'come to you',
  'make-safe': 'make it safe',
  complete: 'finish the work',
  contact: 'contact you',
  respond: 'reply to you',
  acknowledge: 'reply to you',
};

export const APPOINTMENT_COPY = {
  reprioritised: (p: PriorityText) =>
    `${p.landlord}: we have looked again at repair ${p.reference}. It is now ${toGsm7(p.label.toLowerCase())}, so we will ${ACTIONS[p.action] ?? 'deal with it'} by ${formatDay(p.dueBy, p.dueBy)}. Questions? Call ${p.phone}.`,
  extended: (e: ExtensionText) =>
    `${e.landlord}: we need more time to give our stage ${e.stage} answer to your complaint ${e.reference}, because ${toGsm7(e.reason.trim().replace(/[.\s]+$/, ''))}. We will answer by ${formatDay(e.newDate, e.newDate)}. You can ask the ${e.ombudsman.name} for advice at any time: ${e.ombudsman.phone}. Questions? Call ${e.phone}.`,
  dayBefore: (v: VisitText) =>
    `${v.landlord}: a reminder that we are coming tomorrow, ${visitWords(v.startsAt, v.endsAt)}, for repair ${v.reference}. If you cannot be in, reply ${v.keyword} to move or cancel it.`,
  onTheWay: (v: VisitText) => `${v.landlord}: our operative is on the way to you now for repair ${v.reference}. If you cannot let them in, reply ${v.keyword}.`,
  survey: (landlord: string, reference: string) =>
    `${landlord}: how did we do with repair ${reference}? Reply with a score from 1 (very poor) to 5 (very good), and add a comment if you like.`,
  rebook: (landlord: string, reference: string, keyword: string, phone: string) =>
    `${landlord}: we called today for repair ${reference} but could not get in. Reply ${keyword} to book a new visit, or call us on ${phone}.`,
  delay: (d: DelayText) =>
    `${d.landlord}: we are sorry, we will not be able to ${delayedPromise(d.kind, d.reference)} by ${formatDay(d.dueBy, d.dueBy)} as we promised, because ${toGsm7(d.reason.trim().replace(/[.\s]+$/, ''))}. We will contact you with a new date.${d.ombudsman ? ` You can ask the ${d.ombudsman.name} for advice at any time: ${d.ombudsman.phone}.` : ''} Questions? Call ${d.phone}.`,
  surveyThanks: (score: number) =>
    score >= 4
      ? 'Thank you for your feedback. We are glad it went well.'
      : 'Thank you for your feedback. We are sorry it was not better: we will use what you told us to improve.',
} as const;
