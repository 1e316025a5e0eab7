// One channel-agnostic turn: restore the conversation's machine, feed it the tenant's
// message with everything a pure machine needs (time, triage, the reply read against the
// open menu, the landlord's promises as dates), collect what it says and the cases it
// opens, and save it all together before anything is sent. The store behind it is an
// interface: in memory for the simulator now, a durable SQL store later.
import { randomInt } from 'node:crypto';
import { createActor } from 'xstate';
import type { CaseChange, Say, UserCommandEvent, UserTextEvent } from '../../machines/conversation.types.js';
import {
  CONVERSATION_MACHINE_VERSION,
  conversationMachine,
  type ConversationInput,
} from '../../machines/conversation.machine.js';
import { readCommand, readReply } from '../../dialogs/read-reply.js';
import { composeSms, openPrompt } from '../../dialogs/render.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { policyNow } from '../policy/policy-now.js';
import { classify } from '../triage/classify.js';
import { toTriageView } from '../triage/triage.js';

export type ConversationMode = 'assistant' | 'staff';

export interface ConversationRecord {
  id: string;
  machineVersion: number;
  snapshot: unknown;
  /** The menu the last turn left open, so "2" can be read as its second option. */
  openPrompt: string | null;
  mode: ConversationMode;
  tenant: ConversationInput;
}

export interface TranscriptEntry {
  conversationId: string;
  direction: 'in' | 'out';
  at: string;
  text: string;
}

export interface TurnResult {
  conversationId: string;
  says: Say[];
  /** The texts to send, composed for SMS. */
  texts: string[];
  cases: CaseChange[];
  /** True when staff have the conversation and the assistant stayed silent. */
  silent: boolean;
}

/** Where conversations live. Saving one turn is all or nothing. */
export interface ConversationStore {
  load(id: string): Promise<ConversationRecord | null>;
  saveTurn(record: ConversationRecord, transcript: TranscriptEntry[], cases: CaseChange[]): Promise<void>;
}

export class MemoryConversationStore implements ConversationStore {
  readonly conversations = new Map<string, ConversationRecord>();
  readonly transcript: TranscriptEntry[] = [];
  readonly cases = new Map<string, CaseChange>();

  async load(id: string): Promise<ConversationRecord | null> {
    const found = this.conversations.get(id);
    return found ? structuredClone(found) : null;
  }

  async saveTurn(record: ConversationRecord, transcript: TranscriptEntry[], cases: CaseChange[]): Promise<void> {
    this.conversations.set(record.id, structuredClone(record));
    this.transcript.push(...transcript);
    for (const change of cases) this.cases.set(change.reference, { ...this.cases.get(change.reference), ...change });
  }
}

export interface InboundMessage {
  conversationId: string;
  text: string;
  at: Date;
}

export interface EngineOptions {
  pack: PolicyPack;
  store: ConversationStore;
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

export class ConversationEngine {
  readonly pack: PolicyPack;
  private readonly store: ConversationStore;
  private readonly reference: () => string;

  constructor(options: EngineOptions) {
    this.pack = options.pack;
    this.store = options.store;
    this.reference = options.reference ?? randomReference;
  }

  async turn(message: InboundMessage): Promise<TurnResult> {
    const existing = await this.store.load(message.conversationId);
    const record: ConversationRecord = existing ?? {
      id: message.conversationId,
      machineVersion: CONVERSATION_MACHINE_VERSION,
      snapshot: null,
      openPrompt: null,
      mode: 'assistant',
      tenant: {},
    };
    const at = message.at.toISOString();
    const inbound: TranscriptEntry = { conversationId: record.id, direction: 'in', at, text: message.text };
    if (record.mode === 'staff') {
      await this.store.saveTurn(record, [inbound], []);
      return { conversationId: record.id, says: [], texts: [], cases: [], silent: true };
    }

    const says: Say[] = [];
    const cases: CaseChange[] = [];
    const fits = record.snapshot !== null && record.machineVersion === CONVERSATION_MACHINE_VERSION;
    if (record.snapshot !== null && !fits) says.push({ key: 'conversation.versionRestart' });

    const actor = createActor(conversationMachine, {
      input: record.tenant,
      ...(fits ? { snapshot: record.snapshot as never } : {}),
    });
    actor.on('say', (e) => says.push(e.say));
    actor.on('case', (e) => cases.push(e.change));
    actor.start();
    const event = this.eventFor(message, record.openPrompt);
    actor.send(event);
    const snapshot = actor.getPersistedSnapshot();
    actor.stop();

    const texts = composeSms(says);
    const next: ConversationRecord = {
      ...record,
      machineVersion: CONVERSATION_MACHINE_VERSION,
      snapshot,
      // Help answers and leaves the question that was open still open.
      openPrompt: event.type === 'user.command' && event.command === 'help' ? record.openPrompt : openPrompt(says),
    };
    const outbound = texts.map((text) => ({ conversationId: record.id, direction: 'out' as const, at, text }));
    await this.store.saveTurn(next, [inbound, ...outbound], cases);
    return { conversationId: record.id, says, texts, cases, silent: false };
  }

  /** Staff take the conversation over: the assistant stays silent until they hand it back. */
  async setMode(conversationId: string, mode: ConversationMode): Promise<void> {
    const record = await this.store.load(conversationId);
    if (!record) throw Object.assign(new Error(`no conversation ${conversationId}`), { code: 'CONVERSATION_NOT_FOUND' });
    await this.store.saveTurn({ ...record, mode }, [], []);
  }

  private eventFor(message: InboundMessage, prompt: string | null): UserTextEvent | UserCommandEvent {
    const at = message.at.toISOString();
    const command = readCommand(message.text);
    if (command) return { type: 'user.command', command, text: message.text, at, policy: policyNow(this.pack, message.at) };
    return {
      type: 'user.text',
      text: message.text,
      at,
      triage: toTriageView(classify(message.text), this.pack),
      reply: readReply(message.text, prompt),
      policy: policyNow(this.pack, message.at),
      reference: this.reference(),
    };
  }
}
