// The memory store's tables: the maps and arrays MemoryStore and its helper modules
// (memory-outbox, memory-handoffs, memory-schedule, memory-tenants) read and write.
import type {
  AlertRecord,
  AppointmentRecord,
  CaseRecord,
  ConversationKey,
  ConversationRecord,
  HandoffRecord,
  JobRecord,
  OutboundMessage,
  TenantRecord,
  TranscriptEntry,
} from './store.js';

/** A conversation's key in the maps: its channel and address. */
export const keyOf = (k: ConversationKey): string => `${k.channel}\u0000${k.address}`;

/** An outbox row, with when it last changed (what finds a text left sending). */
export interface OutboundRow extends OutboundMessage {
  updatedAt: Date;
  /** The draft's key, if it had one. */
  key?: string;
}

export class MemoryState {
  readonly conversations = new Map<string, ConversationRecord>();
  readonly transcripts = new Map<string, TranscriptEntry[]>();
  readonly caseRows = new Map<string, CaseRecord>();
  readonly inbound = new Set<string>();
  readonly optOuts = new Set<string>();
  readonly tenants = new Map<string, TenantRecord>();
  readonly contacts = new Map<string, string>();
  readonly outboxRows: OutboundRow[] = [];
  readonly appointmentRows: AppointmentRecord[] = [];
  readonly jobRows: JobRecord[] = [];
  readonly alertRows: AlertRecord[] = [];
  readonly outboxKeys = new Set<string>();
  readonly handoffRows: HandoffRecord[] = [];
}
