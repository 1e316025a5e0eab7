// One call puts what the machine said into words for a channel: the visits an offer shows
// are filled in, the question the turn leaves open is remembered (so the next reply is
// read against it), and the messages are rendered for the channel's capabilities.
import type { Say, SlotChoice } from '../machines/conversation.types.js';
import type { DialogMemory } from './dialog-memory.js';
import { SLOT_PROMPTS } from './menus.js';
import { composeFor, openPrompt, type ChannelCapabilities, type Rendered } from './render.js';
import { fillBookingSays } from './slot-offer.js';

export interface SpeakContext {
  caps: ChannelCapabilities;
  /** Visits free now, and those the tenant's words narrowed an offer to. */
  available: readonly SlotChoice[];
  narrowed: SlotChoice[] | null;
  /** The word that asks to move or cancel a visit (CHANGE). */
  keyword: string;
  /** The landlord sends a reminder the day before a visit. */
  remind: boolean;
  /** The London date today (YYYY-MM-DD). */
  today: string;
  /** Help answers and leaves the question that was open still open. */
  keepPrompt?: boolean;
}

export interface Spoken {
  /** What was said, with the visits and dates filled in. */
  says: Say[];
  messages: Rendered[];
  memory: DialogMemory;
}

export function speakTurn(says: readonly Say[], memory: DialogMemory, context: SpeakContext): Spoken {
  const prompt = context.keepPrompt ? memory.prompt : openPrompt(says, memory.prompt);
  const filled = fillBookingSays(says, {
    available: [...context.available],
    narrowed: context.narrowed,
    keyword: context.keyword,
    remind: context.remind,
    today: context.today,
  });
  // The visits shown stay remembered while an offer is the open question, and no longer.
  const offered = filled.shown ?? (prompt && SLOT_PROMPTS.has(prompt) ? memory.offered : null);
  return { says: filled.says, messages: composeFor(filled.says, context.caps), memory: { ...memory, prompt, offered } };
}
