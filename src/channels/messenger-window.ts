// How Meta lets a page message someone, as one pure rule (see ../shared/FACTS.md, Facebook
// Messenger). Inside 24 hours of the person's last message or button press anything may
// go: a reply as RESPONSE, anything else as UPDATE. After that only a person on the staff
// may write, for up to 7 days, with the HUMAN_AGENT tag. Everything else (a reminder, a
// notice) cannot go by Messenger at all: it goes elsewhere (see outbound/divert.ts). The
// other message tags were retired in 2026 and fail; none of them is ever used.
import type { MessageOrigin } from '../store/records.types.js';

export const STANDARD_WINDOW_MS = 24 * 60 * 60 * 1000;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type MessengerDelivery =
  | { messagingType: 'RESPONSE' | 'UPDATE' }
  | { messagingType: 'MESSAGE_TAG'; tag: 'HUMAN_AGENT' }
  | { messagingType: null; reason: string };

/** How a message from `origin` may go at `now` to someone who last wrote at `lastInboundAt`. */
export function messengerDelivery(origin: MessageOrigin, lastInboundAt: Date | null, now: Date): MessengerDelivery {
  if (!lastInboundAt) return { messagingType: null, reason: 'they have never written to the page' };
  // A clock a little behind the one that stamped their message still counts it as just now.
  const age = Math.max(0, now.getTime() - lastInboundAt.getTime());
  if (age < STANDARD_WINDOW_MS) return { messagingType: origin === 'reply' ? 'RESPONSE' : 'UPDATE' };
  if (origin === 'staff' && age < HUMAN_AGENT_WINDOW_MS) return { messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' };
  return {
    messagingType: null,
    reason:
      origin === 'staff'
        ? 'they last wrote more than 7 days ago, past the human agent window'
        : 'they last wrote more than 24 hours ago, and only a person on the staff may write after that',
  };
}
