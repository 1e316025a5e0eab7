// One call reads a tenant's reply against what the dialog last asked: a survey score, a
// menu choice, yes or no, a pick from the visits offered (or words that narrow them), and a
// request to move or cancel a visit. The engine hands over the words, the dialog's memory
// and what the calendar has free; it gets back what the machine is told, and the memory
// as it stands once the reply is read.
import type { AppointmentView, Reply as UserReply, SlotChoice, SlotReply } from '../machines/conversation.types.js';
import type { DialogMemory } from './dialog-memory.js';
import { readReply } from './read-reply.js';
import { readSlotChoice } from './read-slot.js';
import { isChangeWord, readAppointmentRequest } from './read-appointment.js';
import { SLOT_PROMPTS } from './menus.js';

/** A survey answer: a score 1 to 5 first, then any comment ("4 - quick and tidy"). */
const SURVEY_ANSWER = /^\s*([1-5])(?:\s*(?:\/|out of)\s*(?:5|five))?(?![\d])[\s,.!:;)-]*(.*)$/is;
/** A survey not answered within a week is not read as one any more. */
const SURVEY_OPEN_MS = 7 * 86_400_000;

export interface TurnContext {
  at: Date;
  /** The London date today (YYYY-MM-DD): "friday" means the next one from here. */
  today: string;
  /** The word that asks to move or cancel a visit (CHANGE). */
  keyword: string;
  /** The visit this conversation has booked, if any. */
  appointment: AppointmentView | null;
  /** Visits free now, from the calendar. */
  available: readonly SlotChoice[];
}

export type TurnReading =
  /** The answer to a survey: kept with its case; the dialog does not move. */
  | { kind: 'survey'; reference: string; score: number; comment: string | null; memory: DialogMemory }
  /** A reply for the machine, and the visits the words narrowed an offer to (for the next offer). */
  | { kind: 'reply'; reply: UserReply; narrowed: SlotChoice[] | null; memory: DialogMemory };

function readSlot(text: string, memory: DialogMemory, context: TurnContext): { slot: SlotReply | null; narrowed: SlotChoice[] | null } {
  if (!memory.prompt || !SLOT_PROMPTS.has(memory.prompt)) return { slot: null, narrowed: null };
  const free = new Map(context.available.map((o) => [`${o.date} ${o.slot}`, o]));
  const reading = readSlotChoice(text, memory.offered ?? [], context.available, context.today);
  switch (reading.kind) {
    case 'pick': {
      const option = free.get(`${reading.option.date} ${reading.option.slot}`);
      return {
        slot: option ? { kind: 'pick', option, earliestFree: context.available[0]?.startsAt ?? option.startsAt } : { kind: 'taken' },
        narrowed: null,
      };
    }
    case 'narrow': {
      const narrowed = reading.options.map((o) => free.get(`${o.date} ${o.slot}`)!).filter(Boolean);
      return { slot: { kind: 'narrow', count: narrowed.length }, narrowed };
    }
    default:
      return { slot: { kind: reading.kind }, narrowed: null };
  }
}

/** A survey awaiting its answer is answered only by a score, within the week; anything else lets it go. */
function readSurvey(text: string, memory: DialogMemory, at: Date): TurnReading | null {
  const awaiting = memory.awaiting;
  if (awaiting?.kind !== 'survey') return null;
  if (at.getTime() - new Date(awaiting.askedAt).getTime() > SURVEY_OPEN_MS) return null;
  const m = SURVEY_ANSWER.exec(text);
  if (!m) return null;
  return { kind: 'survey', reference: awaiting.reference, score: Number(m[1]), comment: m[2]!.trim() || null, memory: { ...memory, awaiting: null } };
}

/** Reads the tenant's words against what was last asked. */
export function readTurn(text: string, memory: DialogMemory, context: TurnContext): TurnReading {
  const survey = readSurvey(text, memory, context.at);
  if (survey) return survey;
  const { slot, narrowed } = readSlot(text, memory, context);
  const reply = readReply(text, memory.prompt);
  const picked = slot !== null && (slot.kind === 'pick' || slot.kind === 'narrow');
  return {
    kind: 'reply',
    reply: {
      ...reply,
      ...(slot ? { slot } : {}),
      // A visit that stands can be moved or cancelled from any question, an offer included, unless the words picked a slot.
      ...(context.appointment && !picked
        ? { appointment: readAppointmentRequest(text, context.keyword) }
        : !context.appointment && isChangeWord(text, context.keyword)
          ? { noVisit: true }
          : {}),
    },
    narrowed,
    memory: { ...memory, awaiting: null },
  };
}
