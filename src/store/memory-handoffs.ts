// The handoff queue in memory: conversations handed to staff (one live handoff a
// conversation), and staff taking, returning and closing them.
import type { MemoryState } from './memory-state.js';
import {
  HANDOFF_MOVES,
  LIVE_HANDOFF,
  type ConversationMode,
  type ConversationRecord,
  type HandoffDraft,
  type HandoffRecord,
  type HandoffStatus,
  type StaffRef,
} from './store.js';

/** Queues a handoff for the conversation, unless one is already open or taken. */
export function openHandoff(state: MemoryState, conversation: ConversationRecord, handoff: HandoffDraft): void {
  const live = state.handoffRows.some((h) => h.conversationId === conversation.id && LIVE_HANDOFF.includes(h.status));
  if (live) return;
  state.handoffRows.push({
    ...structuredClone(handoff),
    id: state.handoffRows.length + 1,
    conversationId: conversation.id,
    channel: conversation.channel,
    address: conversation.address,
    status: 'open',
    takenAt: null,
    closedAt: null,
    takenBy: null,
  });
}

/** A member of staff takes the conversation: its live handoff, or a new one (see Store.takeConversation). */
export async function takeConversation(
  state: MemoryState,
  conversation: ConversationRecord,
  by: StaffRef,
  at: Date,
  setMode: (conversationId: string, mode: ConversationMode) => Promise<boolean>,
): Promise<HandoffRecord | 'conflict'> {
  let live = state.handoffRows.find((h) => h.conversationId === conversation.id && LIVE_HANDOFF.includes(h.status));
  if (live?.status === 'taken') return live.takenBy?.id === by.id ? structuredClone(live) : 'conflict';
  if (!live) {
    openHandoff(state, conversation, { reason: 'staff', caseReference: null, requestedAt: at, safeContact: false });
    live = state.handoffRows[state.handoffRows.length - 1]!;
  }
  Object.assign(live, { status: 'taken', takenAt: at, takenBy: { ...by } });
  await setMode(conversation.id, 'staff');
  return structuredClone(live);
}

export function handoffs(state: MemoryState, filter: { status?: readonly HandoffStatus[]; conversationId?: string } = {}): HandoffRecord[] {
  const statuses = filter.status ?? LIVE_HANDOFF;
  return structuredClone(
    state.handoffRows.filter((h) => statuses.includes(h.status) && (!filter.conversationId || h.conversationId === filter.conversationId)),
  );
}

/** Moves a handoff on, and the conversation to staff or back to the assistant through `setMode`. */
export async function moveHandoff(
  state: MemoryState,
  id: number,
  to: 'taken' | 'returned' | 'closed',
  at: Date,
  setMode: (conversationId: string, mode: ConversationMode) => Promise<boolean>,
): Promise<HandoffRecord | 'conflict' | null> {
  const h = state.handoffRows.find((x) => x.id === id);
  if (!h) return null;
  if (!HANDOFF_MOVES[to].includes(h.status)) return 'conflict';
  h.status = to;
  if (to === 'taken') h.takenAt = at;
  else h.closedAt = at;
  await setMode(h.conversationId, to === 'taken' ? 'staff' : 'assistant');
  return structuredClone(h);
}
