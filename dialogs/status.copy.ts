// The answer to "when are you coming?" and "any news on KX7P2M9Q": each of the tenant's
// cases as it stands, from the store, in one short paragraph each: the visit booked, on its
// way, done or missed, or the date we promised. GSM-7 only (test/dialogs checks it).
import { formatDay } from './format-time.js';
import { visitWords } from './slot-offer.js';

/** One case as the answer needs it. */
export interface CaseNews {
  reference: string;
  kind: string;
  summary: string;
  closed: boolean;
  /** The date we promised to attend, respond or act by (ISO). */
  dueBy: string | null;
  visit: { status: 'booked' | 'en-route' | 'completed' | 'no-access' | 'cancelled'; startsAt: string; endsAt: string } | null;
}

const WHAT: Record<string, string> = {
  repair: 'repair',
  asb: 'report of anti-social behaviour',
  complaint: 'complaint',
};

/** "repair KX7P2M9Q (dripping kitchen tap)". */
function named(c: CaseNews): string {
  const summary = c.summary.replace(/\s+/g, ' ').trim();
  const short = summary.length > 60 ? `${summary.slice(0, 57).replace(/\s+\S*$/, '')}...` : summary;
  return `${WHAT[c.kind] ?? 'case'} ${c.reference}${short ? ` (${short})` : ''}`;
}

function news(c: CaseNews, now: Date, keyword: string): string {
  const subject = named(c);
  if (c.closed) return `Your ${subject} is closed.`;
  const v = c.visit;
  if (v?.status === 'en-route') return `Your ${subject}: our operative is on the way to you now.`;
  if (v?.status === 'booked') return `Your ${subject}: we are booked to visit on ${visitWords(v.startsAt, v.endsAt)}. Reply ${keyword} to move it.`;
  if (v?.status === 'completed')
    return `Your ${subject}: our visit on ${formatDay(new Date(v.startsAt), now)} is marked done. If it is not fixed, reply and tell us what is wrong.`;
  if (v?.status === 'no-access')
    return `Your ${subject}: we could not get in on ${formatDay(new Date(v.startsAt), now)}. Reply ${keyword} to book another visit.`;
  const due = c.dueBy ? formatDay(new Date(c.dueBy), now) : null;
  if (c.kind === 'repair') return `Your ${subject} is with our repairs team${due ? `: we will attend by ${due}` : ''}. No visit is booked yet.`;
  if (c.kind === 'complaint') return `Your ${subject} is with our complaints team${due ? `: we will give you our answer by ${due}` : ''}.`;
  if (c.kind === 'asb') return `Your ${subject} is with our team${due ? `: we will be in touch by ${due}` : ''}.`;
  return `Your ${subject} is with our team.`;
}

export const STATUS_COPY = {
  /** What each case stands at; the open question, if any, is still waiting for its answer. */
  news: (cases: readonly CaseNews[], now: Date, keyword: string, questionOpen: boolean, linkable = false) =>
    [
      ...cases.map((c) => news(c, now, keyword)),
      // A chat not linked to the tenancy sees only what was reported in it.
      ...(linkable ? ['These are the reports made in this chat. To hear about any you made by phone or text too, reply LINK.'] : []),
      ...(questionOpen ? ['When you are ready, please answer my last question.'] : []),
    ].join('\n\n'),
  /** A reference that is not one of theirs: nothing about it is said. */
  notFound: (references: readonly string[], phone: string) =>
    `I cannot find ${references.join(' or ')} among the reports made here. Please check the reference, or call us on ${phone}.`,
};
