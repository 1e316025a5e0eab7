// One channel-agnostic turn. Under the conversation's lock (a row lock in SQL): restore
// the machine, feed it the tenant's message with everything a pure machine needs (time,
// triage, the reply read against the open menu, the landlord's promises as dates), and
// commit snapshot, transcript, cases and outbound messages in one transaction before
// anything is sent: the outbox dispatcher sends after the commit.
import { randomInt } from 'node:crypto';
import { createActor } from 'xstate';
import type { CaseChange, Identity, Say, UserCommandEvent, UserTextEvent } from '../../machines/conversation.types.js';
import { CONVERSATION_MACHINE_VERSION, conversationMachine, type ConversationInput } from '../../machines/conversation.machine.js';
import { readCommand, readReply } from '../../dialogs/read-reply.js';
import { composeSms, openPrompt } from '../../dialogs/render.js';
import { smsSize } from '../../dialogs/gsm7.js';
import { SERVICE_COPY } from '../../dialogs/service.copy.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import type { SmsKeyword } from '../sms/sms-keywords.js';
import { policyNow } from '../policy/policy-now.js';
import { classify } from '../triage/classify.js';
import { toTriageView } from '../triage/triage.js';
import type {
  CaseWrite,
  ConversationKey,
  ConversationMode,
  ConversationRecord,
  OutboundDraft,
  Store,
  TenantRecord,
  TranscriptEntry,
  TurnState,
  TurnWrite,
} from '../store/store.js';

export interface InboundMessage extends ConversationKey {
  text: string;
  at: Date;
  /** The provider's id for the message (Twilio's MessageSid): a retry with the same id is a duplicate. */
  messageId?: string | null;
  /** Links to photos sent with the message; kept with the case. */
  media?: string[];
  /** An SMS opt-out or opt-in keyword, read by the channel adapter. YES opts in only a number that opted out. */
  keyword?: SmsKeyword | null;
}

export interface TurnResult {
  /** True when this message id was taken before: nothing was done. */
  duplicate: boolean;
  conversationId: string | null;
  says: Say[];
  /** The texts queued for the tenant, in order. */
  texts: string[];
  cases: CaseChange[];
  /** True when the assistant stayed silent (staff have the conversation, or an opt-out). */
  silent: boolean;
  outboundIds: number[];
}

export interface EngineOptions {
  pack: PolicyPack;
  store: Store;
  /** A fresh case reference; random unless a test or the simulator wants them repeatable. */
  reference?: () => string;
}

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Eight characters with no 0/O or 1/I/L to misread over the phone. */
export function randomReference(): string {
  let ref = '';
  for (let i = 0; i < 8; i += 1) ref += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return ref;
}

const TITLES = /^(mr|mrs|ms|miss|mx|dr|rev)\.?$/i;

/** "Mrs Jo Bloggs" -> "Jo": how the assistant greets a tenant on the tenancy list. */
export function firstName(fullName: string): string | null {
  const words = fullName.trim().split(/\s+/).filter((w) => !TITLES.test(w));
  return words.length > 1 ? words[0]! : null;
}

/** What the machine is told about the person texting, from the tenancy list. */
export function tenantInput(tenant: TenantRecord | null): ConversationInput {
  if (!tenant) return { verified: false };
  return { verified: true, name: firstName(tenant.name), vulnerable: tenant.vulnerabilities.length > 0 };
}

type Prepared = { command: UserCommandEvent } | { command: null; text: Omit<UserTextEvent, 'reply'> };

const DUPLICATE: TurnResult = { duplicate: true, conversationId: null, says: [], texts: [], cases: [], silent: true, outboundIds: [] };

function inboundEntry(message: InboundMessage): TranscriptEntry {
  return { direction: 'in', at: message.at, text: message.text, media: message.media ?? [], messageId: message.messageId ?? null };
}

/**
 * Photos sent with words go with the first case this message opened or changed (with any
 * sent earlier, before there was a case); with no case touched, to the conversation's
 * latest case, or they wait for the next one.
 */
function keepPhotos(write: TurnWrite, record: ConversationRecord, media: string[], cases: CaseChange[], at: Date): void {
  const photos = [...(record.pendingMedia ?? []), ...media];
  write.cases = cases.map((change, i): CaseWrite => ({ change, at, media: i === 0 ? photos : [] }));
  if (cases.length > 0) {
    write.record.pendingMedia = [];
    write.record.lastCase = cases[cases.length - 1]!.reference;
  } else if (media.length > 0 && record.lastCase) {
    write.media = { reference: record.lastCase, urls: media };
  } else if (media.length > 0) {
    write.record.pendingMedia = photos;
  }
}

interface Drafted {
  says: Say[];
  texts: string[];
  cases: CaseChange[];
  silent: boolean;
}

export class ConversationEngine {
  readonly pack: PolicyPack;
  readonly store: Store;
  private readonly reference: () => string;

  constructor(options: EngineOptions) {
    this.pack = options.pack;
    this.store = options.store;
    this.reference = options.reference ?? randomReference;
  }

  async receive(message: InboundMessage): Promise<TurnResult> {
    // What does not depend on the conversation is worked out before its lock is taken.
    const prepared = this.prepare(message);
    const outcome = await this.store.turn(message, { messageId: message.messageId ?? null, at: message.at }, (state) => {
      const write: TurnWrite = { record: { ...state.record }, transcript: [inboundEntry(message)], cases: [], outbound: [] };
      const drafted = this.serviceReply(message, state, write) ?? this.dialogReply(message, prepared, state, write);
      this.queue(write, message, drafted.texts, message.at);
      return { write, result: { conversationId: state.record.id, ...drafted } };
    });
    if (outcome.duplicate) return DUPLICATE;
    return { duplicate: false, ...outcome.result, outboundIds: outcome.outboundIds };
  }

  /** A message to the tenant that no tenant message asked for (staff now; reminders later). */
  async notify(key: ConversationKey, text: string, at: Date): Promise<number[]> {
    const outcome = await this.store.turn(key, { messageId: null, at }, ({ record }) => {
      const write: TurnWrite = { record, transcript: [], cases: [], outbound: [] };
      this.queue(write, key, [text], at);
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
      this.queue(write, message, [text], message.at);
      return { write, result: record.id };
    });
    if (outcome.duplicate) return DUPLICATE;
    return { duplicate: false, conversationId: outcome.result, says: [], texts: [text], cases: [], silent: false, outboundIds: outcome.outboundIds };
  }

  /** Staff take the conversation over: the assistant stays silent until they hand it back. */
  async setMode(conversationId: string, mode: ConversationMode, at: Date = new Date()): Promise<void> {
    const found = await this.store.setMode(conversationId, mode, at);
    if (!found) throw Object.assign(new Error(`no conversation ${conversationId}`), { code: 'CONVERSATION_NOT_FOUND' });
  }

  /** Texts to the tenant: into the transcript and the outbox, in the same transaction. */
  private queue(write: TurnWrite, key: ConversationKey, texts: readonly string[], at: Date): void {
    for (const text of texts) {
      write.transcript.push({ direction: 'out', at, text });
      write.outbound.push(this.draft(key, text, at));
    }
  }

  /**
   * What is answered without waking the dialog: STOP and START, a conversation staff have
   * taken over, and a photo on its own (kept with its case; the dialog does not move on).
   * Null when the dialog should answer.
   */
  private serviceReply(message: InboundMessage, state: TurnState, write: TurnWrite): Drafted | null {
    const quiet: Drafted = { says: [], texts: [], cases: [], silent: true };
    const { record } = state;
    const media = message.media ?? [];
    if (message.keyword === 'stop') {
      write.optOut = { out: true, source: 'keyword' };
      return quiet;
    }
    if (message.keyword === 'start' || (message.keyword === 'yes' && state.optedOut)) {
      write.optOut = { out: false, source: 'keyword' };
      return { ...quiet, texts: [SERVICE_COPY.optedIn(this.pack.landlord.shortName)], silent: false };
    }
    if (record.mode === 'staff') return quiet;
    if (media.length === 0 || message.text.trim() !== '') return null;
    if (record.lastCase) {
      write.media = { reference: record.lastCase, urls: media };
      const text = record.openPrompt ? SERVICE_COPY.photoMidQuestion() : SERVICE_COPY.photoKept(record.lastCase);
      return { ...quiet, texts: [text], silent: false };
    }
    write.record.pendingMedia = [...(record.pendingMedia ?? []), ...media];
    return { ...quiet, texts: [SERVICE_COPY.photoNoCase()], silent: false };
  }

  /** The dialog's answer: restore the machine, feed it one event, keep what it said and decided. */
  private dialogReply(message: InboundMessage, prepared: Prepared, state: TurnState, write: TurnWrite): Drafted {
    const { record } = state;
    const says: Say[] = [];
    const cases: CaseChange[] = [];
    let identity: Identity | null = null;
    const fits = record.snapshot !== null && record.machineVersion === CONVERSATION_MACHINE_VERSION;
    if (record.snapshot !== null && !fits) says.push({ key: 'conversation.versionRestart' });

    const actor = createActor(conversationMachine, {
      input: tenantInput(state.tenant),
      ...(fits ? { snapshot: record.snapshot as never } : {}),
    });
    actor.on('say', (e) => says.push(e.say));
    actor.on('case', (e) => cases.push(e.change));
    actor.on('identity', (e) => {
      identity = e.identity;
    });
    actor.start();
    const event = this.eventFor(prepared, record.openPrompt);
    actor.send(event);
    write.record.snapshot = actor.getPersistedSnapshot();
    actor.stop();

    write.record.machineVersion = CONVERSATION_MACHINE_VERSION;
    // Help answers and leaves the question that was open still open.
    write.record.openPrompt = event.type === 'user.command' && event.command === 'help' ? record.openPrompt : openPrompt(says);
    if (identity) write.record.identity = identity;
    keepPhotos(write, record, message.media ?? [], cases, message.at);
    return { says, texts: composeSms(says), cases, silent: false };
  }

  private draft(key: ConversationKey, body: string, at: Date): OutboundDraft {
    const size = smsSize(body);
    return { channel: key.channel, recipient: key.address, body, segments: size.segments, encoding: size.encoding, sendAfter: at };
  }

  /** The parts of the machine's event that do not depend on the conversation: triage, the landlord's promises as dates. */
  private prepare(message: InboundMessage): Prepared {
    const at = message.at.toISOString();
    const policy = policyNow(this.pack, message.at);
    const command = readCommand(message.text);
    if (command) return { command: { type: 'user.command', command, text: message.text, at, policy } };
    return {
      command: null,
      text: { type: 'user.text', text: message.text, at, triage: toTriageView(classify(message.text), this.pack), policy, reference: this.reference() },
    };
  }

  private eventFor(prepared: Prepared, prompt: string | null): UserTextEvent | UserCommandEvent {
    if (prepared.command) return prepared.command;
    return { ...prepared.text, reply: readReply(prepared.text.text, prompt) };
  }
}
