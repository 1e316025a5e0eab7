// Answers that do not wake the dialog: STOP and START, a conversation staff have taken
// over, a photo on its own, and a question about progress answered from the tenant's cases.
import type { AppointmentChange, CaseChange, Say } from '../../machines/conversation.types.js';
import { readMemory } from '../../dialogs/dialog-memory.js';
import type { Rendered } from '../../dialogs/render.js';
import { SERVICE_COPY } from '../../dialogs/service.copy.js';
import { STATUS_COPY } from '../../dialogs/status.copy.js';
import type { InboundMessage } from '../channels/channel.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import type { TurnState, TurnWrite } from '../store/store.js';
import type { CaseNewsAnswer } from './case-news.js';

export interface Drafted {
  says: Say[];
  /** The messages for the tenant, put for the channel. */
  replies: Rendered[];
  cases: CaseChange[];
  silent: boolean;
  appointments: AppointmentChange[];
  /** The conversation was handed to staff on this turn, and why. */
  handoff?: { reason: string; safeContact: boolean } | null;
}

/** States where the conversation waits for a new need, with no flow running: LINK works from here. */
const AT_REST = new Set(['greeting', 'choosingNeed', 'wrappingUp']);

function atRest(state: TurnState): boolean {
  const value = (state.record.snapshot as { value?: unknown } | null)?.value;
  return state.record.snapshot === null || (typeof value === 'string' && AT_REST.has(value));
}

/** What these answers need from the engine. */
export interface ReplyContext {
  pack: PolicyPack;
  /** The word that moves or cancels a visit (CHANGE). */
  keyword: string;
  /** Plain texts, put for the channel. */
  plain(channel: string, texts: readonly string[]): Rendered[];
  /** The conversation could be linked to a tenancy (see ConversationInput.linkable). */
  linkable(state: TurnState): boolean;
}

/**
 * What is answered without waking the dialog: STOP and START, a conversation staff have
 * taken over, and a photo on its own (kept with its case; the dialog does not move on).
 * Null when the dialog should answer.
 */
export function serviceReply(ctx: ReplyContext, message: InboundMessage, state: TurnState, write: TurnWrite, missed: string[] = []): Drafted | null {
  const quiet: Drafted = { says: [], replies: [], cases: [], silent: true, appointments: [] };
  const say = (texts: string[]): Drafted => ({ ...quiet, replies: ctx.plain(record.channel, texts), silent: false });
  const { record } = state;
  const media = message.media ?? [];
  if (message.keyword === 'stop') {
    write.optOut = { out: true, source: 'keyword' };
    return quiet;
  }
  if (message.keyword === 'start' || (message.keyword === 'yes' && state.optedOut)) {
    write.optOut = { out: false, source: 'keyword' };
    // Messages sent while texts were stopped were read and kept; what we answered the last of them is sent now, so
    // the next reply meets the question it answers.
    const resend = state.optedOut && missed.length > 0 ? [SERVICE_COPY.whileStopped(), ...missed] : [];
    return say([SERVICE_COPY.optedIn(ctx.pack.landlord.shortName), ...resend]);
  }
  if (record.mode === 'staff') return quiet;
  if (message.text.trim() !== '') return null;
  // A video, a voice note or a file and no words: nothing for the dialog to read.
  if (media.length === 0 && (message.unreadable ?? 0) > 0) return say([SERVICE_COPY.cannotOpen(readMemory(record.dialog).prompt !== null)]);
  if (media.length === 0) return null;
  if (record.lastCase) {
    write.media = { reference: record.lastCase, urls: media };
    return say([readMemory(record.dialog).prompt ? SERVICE_COPY.photoMidQuestion() : SERVICE_COPY.photoKept(record.lastCase)]);
  }
  write.record.pendingMedia = [...(record.pendingMedia ?? []), ...media];
  return say([SERVICE_COPY.photoNoCase()]);
}

/**
 * A question about progress, answered from the tenant's own cases; the dialog does not move
 * on, and a menu or question it left open is still open (its numbers still work).
 */
export function newsReply(ctx: ReplyContext, news: CaseNewsAnswer | null, state: TurnState, at: Date): Drafted | null {
  if (!news) return null;
  const prompt = readMemory(state.record.dialog).prompt;
  const text =
    'news' in news
      ? STATUS_COPY.news(news.news, at, ctx.keyword, prompt !== null && prompt !== 'conversation.menu', ctx.linkable(state) && atRest(state))
      : STATUS_COPY.notFound(news.notFound, ctx.pack.contact.phone);
  return { says: [], replies: ctx.plain(state.record.channel, [text]), cases: [], silent: false, appointments: [] };
}
