// One channel-agnostic turn. Under the conversation's lock (a row lock in SQL): restore
// the machine, feed it the tenant's message with everything a pure machine needs (time,
// triage, the reply read against the open menu, the landlord's promises as dates), and
// commit snapshot, transcript, cases and outbound messages in one transaction before
// anything is sent: the outbox dispatcher sends after the commit.
import { createActor } from 'xstate';
import type {
  AgentReturnedEvent,
  ContactChange,
  AppointmentChange,
  CaseChange,
  Identity,
  Say,
  SlotChoice,
  UserCommandEvent,
  UserTextEvent,
} from '../../machines/conversation.types.js';
import { CONVERSATION_MACHINE_VERSION, conversationMachine } from '../../machines/conversation.machine.js';
import { restoredSnapshot, storedSnapshot } from '../../machines/stored-snapshot.js';
import { readMemory } from '../../dialogs/dialog-memory.js';
import { readTurn } from '../../dialogs/read-turn.js';
import { speakTurn, type Spoken } from '../../dialogs/speak-turn.js';
import { APPOINTMENT_COPY } from '../../dialogs/appointment.copy.js';
import { appointmentSettings, type AppointmentSettings } from '../appointments/appointment-settings.js';
import { BuiltInCalendar, type CalendarProvider } from '../appointments/calendar.js';
import { londonDate } from '../clock/sla-clock.js';
import { plainFor, SMS_CAPABILITIES, type ChannelCapabilities, type Rendered } from '../../dialogs/render.js';
import { SERVICE_COPY } from '../../dialogs/service.copy.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import type { InboundMessage } from '../channels/channel.js';
import { policyNow } from '../policy/policy-now.js';
import type { UploadLinks } from '../photos/upload-links.js';
import type { EngineOptions, TurnResult } from './engine.types.js';
import { offerPhotoLink } from './photo-link.js';
import { appointmentView, draft, inboundEntry, keepAppointments, keepContacts, keepHandoff, keepPhotos } from './turn-writes.js';
import { randomReference, tenantInput } from './tenant-input.js';
import { caseNews } from './case-news.js';
import { contactFacts } from './contact-facts.js';
import { newsReply, serviceReply, type Drafted, type ReplyContext } from './service-replies.js';
import { readStatusAsk } from '../triage/status-ask.js';

export { firstName, randomReference, tenantInput } from './tenant-input.js';
import { prepareEvent, type Prepared } from './prepare-event.js';
import {
  SlotFullError,
  type MessageOrigin,
  type TranscriptEntry,
  type ConversationKey,
  type ConversationMode,
  type HandoffRecord,
  type StaffRef,
  type Store,
  type TurnState,
  type TurnWrite,
} from '../store/store.js';

export type { InboundMessage };
export type { EngineOptions, TurnResult } from './engine.types.js';

/** The built-in calendar's visits per slot per working day when nothing is configured. */
export const DEFAULT_CAPACITY = 4;
/** A slot taken between offer and booking: the turn is run again with fresh availability, this many times at most. */
const BOOKING_RETRIES = 3;

const DUPLICATE: TurnResult = {
  duplicate: true,
  conversationId: null,
  says: [],
  texts: [],
  replies: [],
  cases: [],
  silent: true,
  outboundIds: [],
  appointments: [],
};

/** The calendar's answer for this turn, and the visits that fit the tenant's words when several did. */
interface Availability {
  available: SlotChoice[];
  narrowed: SlotChoice[] | null;
}

export class ConversationEngine {
  readonly pack: PolicyPack;
  readonly store: Store;
  private readonly reference: () => string;
  readonly calendar: CalendarProvider;
  readonly settings: AppointmentSettings;
  private readonly capabilities: (channel: string) => ChannelCapabilities;
  private readonly uploadLinks: UploadLinks | null;

  constructor(options: EngineOptions) {
    this.pack = options.pack;
    this.store = options.store;
    this.reference = options.reference ?? randomReference;
    this.calendar = options.calendar ?? new BuiltInCalendar(options.store, options.pack.appointments.slots, options.capacity ?? DEFAULT_CAPACITY);
    this.settings = appointmentSettings(options.pack);
    this.capabilities = options.capabilities ?? (() => SMS_CAPABILITIES);
    this.uploadLinks = options.uploadLinks ?? null;
  }

  async receive(message: InboundMessage): Promise<TurnResult> {
    // What does not depend on the conversation is worked out before its lock is taken:
    // triage, the promises as dates, and which visits are free.
    const ask = readStatusAsk(message.text);
    const prepared = prepareEvent(this.pack, message, ask.asks, await contactFacts(this.store, message.text, message.at), () => this.reference());
    const missed = message.keyword === 'start' || message.keyword === 'yes' ? await this.lastReplies(message) : [];
    // "When are you coming?": the tenant's cases and visits as they stand, read before the lock.
    const news = prepared.command || message.keyword === 'stop' || message.keyword === 'start' ? null : await caseNews(this.store, message, ask);
    for (let attempt = 1; ; attempt += 1) {
      // STOP and START are answered without the dialog; YES usually is a reply to it (it opts in only a number that opted out).
      const available = prepared.command || message.keyword === 'stop' || message.keyword === 'start' ? [] : await this.calendar.available(message.at);
      try {
        const outcome = await this.store.turn(message, { messageId: message.messageId ?? null, at: message.at }, (state) => {
          const write: TurnWrite = { record: { ...state.record }, transcript: [inboundEntry(message)], cases: [], outbound: [] };
          const drafted =
            serviceReply(this.replyContext, message, state, write, missed) ??
            newsReply(this.replyContext, news, state, message.at) ??
            this.dialogReply(message, prepared, state, write, available);
          this.queue(write, message, drafted.replies, message.at);
          return { write, result: { conversationId: state.record.id, ...drafted, texts: drafted.replies.map((r) => r.text) } };
        });
        if (outcome.duplicate) return DUPLICATE;
        return { duplicate: false, ...outcome.result, outboundIds: outcome.outboundIds };
      } catch (error) {
        // Someone else took the slot since the offer: run the turn again; the tenant is told it has gone.
        if (!(error instanceof SlotFullError) || attempt >= BOOKING_RETRIES) throw error;
      }
    }
  }

  /**
   * A visitor opened a chat: the assistant says hello and shows what it can do, once per
   * conversation (a conversation already under way is left as it is). `pressed`: the button
   * they opened it with (Messenger's Get Started), kept as their first message.
   */
  async welcome(key: ConversationKey, at: Date, pressed?: { messageId: string; text: string }): Promise<number[]> {
    const outcome = await this.store.turn(key, { messageId: pressed?.messageId ?? `${key.address}/welcome`, at }, (state) => {
      const transcript: TranscriptEntry[] = pressed ? [{ direction: 'in', at, text: pressed.text, messageId: pressed.messageId }] : [];
      const write: TurnWrite = { record: { ...state.record }, transcript, cases: [], outbound: [] };
      if (state.record.snapshot !== null) return { write, result: null };
      const event: UserCommandEvent = { type: 'user.command', command: 'menu', text: '', at: at.toISOString(), policy: policyNow(this.pack, at) };
      const ran = this.runMachine(state, write, event, at, []);
      const greeting: Say = { key: 'conversation.greeting', params: { landlord: this.pack.landlord.shortName } };
      const spoken = this.speak(write, state, [greeting, ...ran.says], at, { available: [], narrowed: null });
      this.queue(write, key, spoken.messages, at);
      return { write, result: null };
    });
    return outcome.duplicate ? [] : outcome.outboundIds;
  }

  /** A message to the tenant that no tenant message asked for: a person on the staff writing, or a notice. */
  async notify(key: ConversationKey, text: string, at: Date, origin: MessageOrigin = 'staff', author: string | null = null): Promise<number[]> {
    const outcome = await this.store.turn(key, { messageId: null, at }, ({ record }) => {
      const write: TurnWrite = { record, transcript: [], cases: [], outbound: [] };
      this.queue(write, key, [plainFor(text, this.capabilities(key.channel))], at, origin, author);
      return { write, result: null };
    });
    return outcome.duplicate ? [] : outcome.outboundIds;
  }

  /**
   * When a turn fails on our side: keep the message (and its id, so a retry does not try
   * again) and tell the tenant, so nothing is lost in silence. The conversation is left as it was.
   */
  async keepUnprocessed(message: InboundMessage): Promise<TurnResult> {
    const text = SERVICE_COPY.turnFailed(this.pack.contact.phone);
    const outcome = await this.store.turn(message, { messageId: message.messageId ?? null, at: message.at }, ({ record }) => {
      const write: TurnWrite = { record, transcript: [inboundEntry(message)], cases: [], outbound: [] };
      this.queue(write, message, [plainFor(text, this.capabilities(message.channel))], message.at);
      return { write, result: record.id };
    });
    if (outcome.duplicate) return DUPLICATE;
    return {
      duplicate: false,
      conversationId: outcome.result,
      says: [],
      texts: [text],
      replies: [plainFor(text, this.capabilities(message.channel))],
      cases: [],
      silent: false,
      outboundIds: outcome.outboundIds,
      appointments: [],
    };
  }

  /** Staff take the conversation over: the assistant stays silent until they hand it back. */
  async setMode(conversationId: string, mode: ConversationMode, at: Date = new Date()): Promise<void> {
    const found = await this.store.setMode(conversationId, mode, at);
    if (!found) throw Object.assign(new Error(`no conversation ${conversationId}`), { code: 'CONVERSATION_NOT_FOUND' });
  }

  /** Service notices (STOP, START, photos, survey thanks): plain texts, put for the channel. */
  private get replyContext(): ReplyContext {
    return {
      pack: this.pack,
      keyword: this.settings.keyword,
      plain: (channel, texts) => this.plain(channel, texts),
      linkable: (state) => this.linkable(state),
    };
  }

  /** A channel whose address is not a phone number does not say who the tenant is: until linked, a question about a report offers to link it. */
  private linkable(state: TurnState): boolean {
    return this.capabilities(state.record.channel).smsSegments === null && state.tenant === null;
  }

  private plain(channel: string, texts: readonly string[]): Rendered[] {
    const caps = this.capabilities(channel);
    return texts.map((text) => plainFor(text, caps));
  }

  /** What the machine said, put into words for the channel; the dialog's memory is kept with the turn. */
  private speak(write: TurnWrite, state: TurnState, says: readonly Say[], at: Date, offer: Availability, keepPrompt = false): Spoken {
    const spoken = speakTurn(says, readMemory(write.record.dialog), {
      caps: this.capabilities(state.record.channel),
      available: offer.available,
      narrowed: offer.narrowed,
      keyword: this.settings.keyword,
      remind: this.settings.texts.has('day-before'),
      today: londonDate(at),
      keepPrompt,
    });
    write.record.dialog = spoken.memory;
    return spoken;
  }

  /** Messages to the tenant: into the transcript and the outbox, in the same transaction. */
  private queue(
    write: TurnWrite,
    key: ConversationKey,
    replies: readonly Rendered[],
    at: Date,
    origin: MessageOrigin = 'reply',
    author: string | null = null,
  ): void {
    for (const reply of replies) {
      write.transcript.push({ direction: 'out', at, text: reply.text, ...(author ? { author } : {}) });
      write.outbound.push(draft(key, reply, at, origin));
    }
  }

  /** What the assistant answered the tenant's last message: the texts after it in the transcript. */
  private async lastReplies(key: ConversationKey): Promise<string[]> {
    const conversation = await this.store.findConversation(key);
    if (!conversation) return [];
    const transcript = await this.store.transcript(conversation.id);
    const lastIn = transcript.findLastIndex((t) => t.direction === 'in');
    return lastIn < 0 ? [] : transcript.slice(lastIn + 1).flatMap((t) => (t.direction === 'out' ? [t.text] : []));
  }

  /**
   * The dialog's answer: the reply read against what was last asked (a survey answer is kept
   * and thanked, and the machine not woken), the machine fed one event, and what it said put
   * into words for the channel.
   */
  private dialogReply(message: InboundMessage, prepared: Prepared, state: TurnState, write: TurnWrite, available: SlotChoice[]): Drafted {
    const memory = readMemory(state.record.dialog);
    const appointment = appointmentView(state.appointment);
    let event: UserTextEvent | UserCommandEvent;
    let narrowed: SlotChoice[] | null = null;
    if (prepared.command) {
      event = prepared.command;
      write.record.dialog = { ...memory, awaiting: null };
    } else {
      const reading = readTurn(message.text, memory, { at: message.at, today: londonDate(message.at), keyword: this.settings.keyword, appointment, available });
      write.record.dialog = reading.memory;
      if (reading.kind === 'survey') {
        write.survey = { reference: reading.reference, score: reading.score, comment: reading.comment, at: message.at.toISOString() };
        return {
          says: [],
          replies: this.plain(state.record.channel, [APPOINTMENT_COPY.surveyThanks(reading.score)]),
          cases: [],
          silent: false,
          appointments: [],
        };
      }
      event = { ...prepared.text, reply: reading.reply, appointment };
      narrowed = reading.narrowed;
    }
    const ran = this.runMachine(state, write, event, message.at, message.media ?? []);
    if (this.uploadLinks && !this.capabilities(state.record.channel).takesPhotos) offerPhotoLink(write, ran, this.uploadLinks, message.at);
    const keepPrompt = event.type === 'user.command' && event.command === 'help';
    const spoken = this.speak(write, state, ran.says, message.at, { available, narrowed }, keepPrompt);
    return { ...ran, says: spoken.says, replies: spoken.messages, silent: false };
  }

  /** Feeds one event to the conversation's machine and keeps what it said and decided in `write`. */
  private runMachine(
    state: TurnState,
    write: TurnWrite,
    event: UserTextEvent | UserCommandEvent | AgentReturnedEvent,
    at: Date,
    media: string[],
  ): Omit<Drafted, 'replies' | 'silent'> {
    const { record } = state;
    const says: Say[] = [];
    const cases: CaseChange[] = [];
    const appointments: AppointmentChange[] = [];
    let identity: Identity | null = null;
    let handoff: { reason: string; safeContact: boolean } | null = null;
    const contacts: ContactChange[] = [];
    const fits = record.snapshot !== null && record.machineVersion === CONVERSATION_MACHINE_VERSION;
    if (record.snapshot !== null && !fits) says.push({ key: 'conversation.versionRestart' });

    const actor = createActor(conversationMachine, {
      input: {
        ...tenantInput(state.tenant),
        // Where a later message would not reach the tenant, a visit's reminders are offered by text (once the number is proved).
        offerTexts: !this.capabilities(record.channel).reachesLater && !record.remindersTo && this.settings.texts.has('day-before'),
        linkable: this.linkable(state),
      },
      ...(fits ? { snapshot: restoredSnapshot(record.snapshot, event.policy) as never } : {}),
    });
    actor.on('say', (e) => says.push(e.say));
    actor.on('case', (e) => cases.push(e.change));
    actor.on('identity', (e) => {
      identity = e.identity;
    });
    actor.on('handoff', (e) => {
      handoff = { reason: e.reason, safeContact: e.safeContact };
    });
    actor.on('appointment', (e) => appointments.push(e.change));
    actor.on('contact', (e) => contacts.push(e.change));
    actor.start();
    actor.send(event);
    write.record.snapshot = storedSnapshot(actor.getPersistedSnapshot());
    actor.stop();

    write.record.machineVersion = CONVERSATION_MACHINE_VERSION;
    if (identity) write.record.identity = identity;
    keepPhotos(write, record, media, cases, at);
    keepContacts(write, contacts, at, this.pack);
    keepAppointments(write, appointments, cases, at, this.pack, this.settings, this.calendar);
    if (handoff) keepHandoff(write, state, handoff, at, this.pack);
    return { says, cases, appointments, handoff };
  }

  /**
   * Staff take a handoff (the assistant goes quiet and the tenant is told someone has
   * joined), hand it back (the assistant resumes and the tenant is told) or close it.
   */
  async moveHandoff(id: number, to: 'taken' | 'returned' | 'closed', at: Date = new Date()): Promise<HandoffRecord | 'conflict' | null> {
    const moved = await this.store.moveHandoff(id, to, at);
    if (moved === null || moved === 'conflict') return moved;
    const key = { channel: moved.channel, address: moved.address };
    if (to === 'taken') {
      await this.notify(key, SERVICE_COPY.staffJoined(), at);
      return moved;
    }
    await this.store.turn(key, { messageId: null, at }, (state) => {
      const write: TurnWrite = { record: { ...state.record }, transcript: [], cases: [], outbound: [] };
      const event: AgentReturnedEvent = { type: 'agent.returned', at: at.toISOString(), policy: policyNow(this.pack, at) };
      const ran = this.runMachine(state, write, event, at, []);
      // The assistant's own words, not a person's: under a messaging window they count as a notice.
      this.queue(write, key, this.speak(write, state, ran.says, at, { available: [], narrowed: null }).messages, at, 'automated');
      return { write, result: null };
    });
    return moved;
  }

  /**
   * A member of staff takes the conversation from the console: the assistant goes quiet and
   * the tenant is told, by first name, who has joined. Taking one you already have says nothing more.
   */
  async takeConversation(conversationId: string, by: StaffRef, at: Date = new Date()): Promise<HandoffRecord | 'conflict' | null> {
    const before = (await this.store.handoffs({ conversationId }))[0];
    const taken = await this.store.takeConversation(conversationId, by, at);
    if (taken === null || taken === 'conflict') return taken;
    if (before?.status !== 'taken') {
      const firstName = by.name.trim().split(/\s+/)[0];
      await this.notify({ channel: taken.channel, address: taken.address }, SERVICE_COPY.staffJoined(firstName), at, 'staff', by.name);
    }
    return taken;
  }
}
