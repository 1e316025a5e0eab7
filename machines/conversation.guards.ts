// The conversation's guards: each reads the event (what the tenant said, as triaged and
// read against what was asked) or the context, and decides which way a turn goes.
import type { ConversationContext, ConversationEvent } from './conversation.context.js';
import { INTERRUPTIBLE, FEEDBACK_KINDS, textEvent } from './conversation.context.js';
import type { FlowOutput, UserCommandEvent } from './conversation.types.js';

interface GuardArgs {
  context: ConversationContext;
  event: ConversationEvent;
}

export const conversationGuards = {
  isEscalation: ({ event }: GuardArgs) => textEvent(event)?.triage.escalation === true,
  // A new problem in the middle of a flow: a repair or ASB the conversation has not heard of, in words that answer nothing asked.
  newProblem: ({ context, event }: GuardArgs) => {
    const text = textEvent(event);
    if (!context.lastAsk || !INTERRUPTIBLE.has(context.lastAsk)) return false;
    if (!text || text.reply.yesNo !== null || text.reply.choice !== null || text.reply.slot || text.reply.appointment || text.reply.address) return false;
    const topic = text.triage.repair?.issueId ?? text.triage.asb?.categoryId;
    const area = text.triage.repair ? `area:${text.triage.repair.area}` : null;
    return (
      (text.triage.kind === 'repair' || text.triage.kind === 'asb') &&
      topic !== undefined &&
      !context.topics.includes(topic) &&
      !(area && context.topics.includes(area))
    );
  },
  // A new emergency repair mid-flow is never lost, whatever question is open and whether or not the words also answer it.
  newEmergency: ({ context, event }: GuardArgs) => {
    const text = textEvent(event);
    const repair = text?.triage.kind === 'repair' ? text.triage.repair : null;
    return (
      !!repair &&
      repair.tier === 'emergency' &&
      context.lastAsk !== null &&
      !context.topics.includes(repair.issueId) &&
      !context.topics.includes(`area:${repair.area}`)
    );
  },
  answersToo: ({ event }: GuardArgs) => {
    const reply = textEvent(event)?.reply;
    return !!reply && (reply.yesNo !== null || reply.choice !== null || !!reply.slot || !!reply.appointment || !!reply.address);
  },
  /** The text names an emergency repair not yet logged in this conversation. */
  emergencyRepair: ({ context, event }: GuardArgs) => {
    const text = textEvent(event);
    const repair = text?.triage.kind === 'repair' ? text.triage.repair : null;
    return !!repair && repair.tier === 'emergency' && !context.topics.includes(repair.issueId);
  },
  selfHarm: ({ event }: GuardArgs) => textEvent(event)?.triage.safety.some((s) => s.id === 'self-harm') === true,
  newAbuse: ({ context, event }: GuardArgs) =>
    textEvent(event)?.triage.safety.some((s) => s.id === 'domestic-abuse') === true && !context.topics.includes('domestic-abuse'),
  notEnglish: ({ event }: GuardArgs) => textEvent(event)?.triage.language != null,
  isRepair: ({ event }: GuardArgs) => textEvent(event)?.triage.kind === 'repair' && textEvent(event)?.triage.repair != null,
  isAsb: ({ event }: GuardArgs) => textEvent(event)?.triage.kind === 'asb',
  isFeedback: ({ event }: GuardArgs) => FEEDBACK_KINDS.has(textEvent(event)?.triage.kind ?? ''),
  isNotAsb: ({ event }: GuardArgs) => textEvent(event)?.triage.notAsb != null,
  hasEnquiryAnswer: ({ event }: GuardArgs) => textEvent(event)?.triage.enquiryAnswer != null,
  isQuestion: ({ event }: GuardArgs) => textEvent(event)?.triage.kind === 'enquiry',
  onlySafety: ({ event }: GuardArgs) => (textEvent(event)?.triage.safety.length ?? 0) > 0,
  chose: ({ event }: GuardArgs, option: string) => textEvent(event)?.reply.choice === option,
  saidNo: ({ event }: GuardArgs) => textEvent(event)?.reply.yesNo === 'no',
  saidYes: ({ event }: GuardArgs) => textEvent(event)?.reply.yesNo === 'yes',
  isClosing: ({ event }: GuardArgs) => textEvent(event)?.reply.closing === true,
  waitingNoticeSent: ({ context }: GuardArgs) => context.waitingNoticeSent,
  needsIdentity: ({ context }: GuardArgs) => !context.verified && !context.identityAsked && context.caseOpened,
  needsBooking: ({ context }: GuardArgs) => context.resume?.booking != null,
  offersTexts: ({ context }: GuardArgs) => context.offerTexts && context.visitBooked && !context.textsOffered,
  // Asked after a report on a channel that does not say who they are, with nothing of theirs found: offer to link the chat to their tenancy.
  offersLink: ({ context, event }: GuardArgs) => {
    const text = textEvent(event);
    // A question that also describes a fault ("when are you coming to fix my boiler, no heating") is taken as the report it may be.
    const describesProblem = text?.triage.repair != null || text?.triage.kind === 'asb';
    const asks = (text?.asksStatus === true && !describesProblem) || text?.wantsLink === true;
    return context.linkable && asks && (context.linkLockedUntil === null || Date.parse(text!.at) >= context.linkLockedUntil);
  },
  linked: ({ event }: GuardArgs) => 'output' in event && event.output?.outcome === 'agreed',
  noVisitToChange: ({ event }: GuardArgs) => textEvent(event)?.reply.noVisit === true,
  wantsAppointmentChange: ({ event }: GuardArgs) => textEvent(event)?.reply.appointment != null && textEvent(event)?.appointment != null,
  resumeTo: ({ context }: GuardArgs, next: FlowOutput['next']) => context.resume?.next === next,
  // Abuse, or a danger to someone's life, goes to a person before any question about who they are.
  resumeToPersonAtRisk: ({ context }: GuardArgs) =>
    context.resume?.next === 'handoff' && (context.resume.handoffReason === 'domestic-abuse' || context.resume.handoffReason === 'danger-to-life'),
  gaveNothing: ({ event }: GuardArgs) => !('output' in event && event.output?.given),
  commandIs: ({ event }: GuardArgs, command: UserCommandEvent['command']) => event.type === 'user.command' && event.command === command,
};
