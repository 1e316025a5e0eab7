// "When are you coming?", "any news on KX7P2M9Q": the tenant's own cases as they stand,
// read before the turn (outside the conversation's lock). Their own means opened in this
// conversation or, for a tenant the tenancy list knows on this channel, by the tenancy on
// any channel. A reference that is not theirs is never described. Null when the message
// does not ask, or there is nothing of theirs to tell: the dialog answers it then.
import type { CaseNews } from '../../dialogs/status.copy.js';
import type { InboundMessage } from '../channels/channel.js';
import { CLOSED_CASE, type CaseRecord, type Store } from '../store/store.js';
import type { StatusAsk } from '../triage/status-ask.js';

export type CaseNewsAnswer = { news: CaseNews[] } | { notFound: string[] };

/** Kinds a tenant chases; an enquiry or a compliment has no progress to tell. */
const CHASED = new Set(['repair', 'asb', 'complaint']);
/** At most this many open cases in one answer, newest first. */
const MOST = 3;
/** Only a reference we could have given is said back as not found. */
const OURS = /^[2-9A-HJ-NP-Z]{8}$/;

export async function caseNews(store: Store, message: InboundMessage, ask: StatusAsk): Promise<CaseNewsAnswer | null> {
  if (!ask.asks) return null;
  const [conversation, tenant] = await Promise.all([store.findConversation(message), store.findTenant(message)]);
  if (!conversation && !tenant) return null;
  const theirs = (await store.cases(conversation?.id ?? '', tenant?.tenancyRef ?? null)).filter((c) => CHASED.has(c.kind));
  const named = theirs.filter((c) => ask.references.includes(c.reference));
  if (named.length === 0) {
    const strangers = ask.surely.filter((r) => OURS.test(r));
    if (strangers.length > 0) return { notFound: strangers };
  }
  const newest = [...theirs].reverse();
  const open = newest.filter((c) => !CLOSED_CASE.has(c.status));
  const chosen = named.length > 0 ? named : open.length > 0 ? open.slice(0, MOST) : newest.slice(0, 1);
  if (chosen.length === 0) return null;
  return { news: await Promise.all(chosen.map((c) => newsOf(store, c))) };
}

async function newsOf(store: Store, c: CaseRecord): Promise<CaseNews> {
  // The latest visit that stands for itself (a moved one is replaced by its new booking).
  const visit = (await store.appointments({ reference: c.reference })).filter((a) => a.status !== 'moved').at(-1) ?? null;
  return {
    reference: c.reference,
    kind: c.kind,
    summary: c.details.summary ?? '',
    closed: CLOSED_CASE.has(c.status),
    dueBy: c.dueBy?.toISOString() ?? null,
    visit: visit
      ? { status: visit.status as Exclude<typeof visit.status, 'moved'>, startsAt: visit.startsAt.toISOString(), endsAt: visit.endsAt.toISOString() }
      : null,
  };
}
