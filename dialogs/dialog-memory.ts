// What the dialog remembers between turns: the question it left open (so "2" is read as
// that menu's second option), the visits it offered (so "the first one" is one of them),
// and a survey it awaits an answer to. The engine and the store keep it as one opaque
// value; only dialogs look inside.
import type { SlotChoice } from '../machines/conversation.types.js';

/** A text sent outside a turn that awaits its own answer (a satisfaction survey). */
export type Awaiting = { kind: 'survey'; reference: string; askedAt: string };

export interface DialogMemory {
  /** The copy key of the question or menu the last turn left open. */
  prompt: string | null;
  /** The visits shown in the last slot offer, in the order shown. */
  offered: SlotChoice[] | null;
  awaiting: Awaiting | null;
}

export const FRESH_MEMORY: DialogMemory = { prompt: null, offered: null, awaiting: null };

/** The memory from what the store kept (null for a conversation that has none yet, or one kept by an older version). */
export function readMemory(value: unknown): DialogMemory {
  if (!value || typeof value !== 'object') return FRESH_MEMORY;
  const v = value as Partial<DialogMemory>;
  return {
    prompt: typeof v.prompt === 'string' ? v.prompt : null,
    offered: Array.isArray(v.offered) ? v.offered : null,
    awaiting: v.awaiting && typeof v.awaiting === 'object' && v.awaiting.kind === 'survey' ? v.awaiting : null,
  };
}
