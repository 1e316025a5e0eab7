// The parts of a message's machine event that do not depend on the conversation: a command,
// or the triage and the landlord's promises as dates, with fresh references for each case
// the message may open. Worked out before the conversation's lock is taken.
import type { UserCommandEvent, UserTextEvent } from '../../machines/conversation.types.js';
import { readCommand } from '../../dialogs/read-reply.js';
import type { InboundMessage } from '../channels/channel.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { policyNow } from '../policy/policy-now.js';
import { classify } from '../triage/classify.js';
import { readLinkAsk } from '../triage/status-ask.js';
import { toTriageView } from '../triage/triage.js';
import type { ContactFacts } from './contact-facts.js';
import { oneTimeCode } from './tenant-input.js';

export type Prepared = { command: UserCommandEvent } | { command: null; text: Omit<UserTextEvent, 'reply'> };

export function prepareEvent(pack: PolicyPack, message: InboundMessage, asksStatus: boolean, contact: ContactFacts, reference: () => string): Prepared {
  const at = message.at.toISOString();
  const policy = policyNow(pack, message.at);
  const command = readCommand(message.text);
  if (command) return { command: { type: 'user.command', command, text: message.text, at, policy } };
  const triage = toTriageView(classify(message.text), pack);
  return {
    command: null,
    text: {
      type: 'user.text',
      text: message.text,
      at,
      triage,
      policy,
      reference: reference(),
      // A reference for each further problem the message describes (every problem is kept).
      spareReferences: (triage.others ?? []).map(() => reference()),
      ...(contact.codeAllowed ? { freshCode: oneTimeCode() } : {}),
      ...(contact.mobileOnList !== undefined ? { mobileOnList: contact.mobileOnList } : {}),
      asksStatus,
      wantsLink: readLinkAsk(message.text),
    },
  };
}
