// What happens to a message its channel cannot deliver now (Messenger outside its window,
// see channels/messenger-window.ts): it goes by SMS to the mobile number the tenant proved
// with a texted code; with none, staff are alerted (the message in the alert) and the case
// is flagged, so nobody is left waiting for news that never came.
import { smsSize, toGsm7 } from '../../dialogs/gsm7.js';
import { clip } from '../../machines/clip-text.js';
import type { DivertFacts, DivertPlan, OutboundMessage } from '../store/store.js';

/** The flag a case gets when a message about it reached nobody. */
export const NOT_REACHED = 'not-reached';

export function planDivert(message: OutboundMessage, facts: DivertFacts, why: string): DivertPlan {
  if (facts.provenNumber) {
    const body = toGsm7(message.body);
    const size = smsSize(body);
    return { copy: { channel: 'sms', recipient: facts.provenNumber, body, segments: size.segments, encoding: size.encoding, origin: message.origin } };
  }
  const reference = facts.lastCase ?? message.conversationId ?? message.recipient;
  return {
    alert: {
      reference,
      clock: NOT_REACHED,
      label: `Not delivered on ${message.channel} (${why}) and no proved mobile number is held: contact the tenant another way. It said: "${clip(message.body.replace(/\s+/g, ' '), 160)}"`,
      level: 'warning',
      // The message's own time, so diverting it again (after a crash) raises no second alert.
      dueAt: message.sendAfter,
    },
    ...(facts.lastCase ? { flag: { reference: facts.lastCase, name: NOT_REACHED } } : {}),
  };
}
