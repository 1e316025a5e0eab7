// One conversation with one tenant: greet, work out the need, run the right flow, wrap
// up. "menu", "start again", "help" and "speak to a person" work at any point (they
// arrive as user.command events). What the assistant says leaves the machine as emitted
// `say` events and case changes as `case` events; the engine stores and sends them.
// A number not on the landlord's tenancy list is asked, once, for an address and a name
// after its first report (the identity flow), and those leave as one `identity` event.
import { and, assign, emit, enqueueActions, or, sendTo, setup } from 'xstate';
import { asbMachine, gradeFor } from './asb.machine.js';
import { raiseTier, resolvePriority } from './priority.js';
import { bookingMachine } from './booking.machine.js';
import { complaintMachine, type FeedbackMode, type LastComplaint } from './complaint.machine.js';
import type {
  AgentReturnedEvent,
  AppointmentChange,
  AppointmentView,
  CaseChange,
  CaseKind,
  FlowOutput,
  FlowParentEvent,
  Identity,
  OtherProblem,
  PolicyNow,
  SafetyId,
  Say,
  UserCommandEvent,
  UserTextEvent,
} from './conversation.types.js';
import { identityMachine, identitySoFar, type IdentityOutput } from './identity.machine.js';
import { repairMachine } from './repair.machine.js';

/**
 * Bump when a change means an old snapshot no longer fits; the engine then restarts politely.
 * The one version stored with a snapshot, so it covers the flows invoked here too (repair,
 * ASB, complaint, identity, booking): their snapshots live inside this one.
 * test/machines/machine-versions.test.ts fails when any of their shapes changes without a bump.
 */
export const CONVERSATION_MACHINE_VERSION = 10;

export interface ConversationInput {
  /** The tenant's first name when the number is known (a later issue). */
  name?: string | null;
  vulnerable?: boolean;
  /** The number is on the landlord's tenancy list. Absent means true: only a known stranger is asked who they are. */
  verified?: boolean;
}

export interface ConversationContext {
  name: string | null;
  vulnerable: boolean;
  policy: PolicyNow | null;
  lastComplaint: LastComplaint | null;
  carry: string | null;
  waitingNoticeSent: boolean;
  verified: boolean;
  /** A repair, ASB or complaint case was opened in this conversation. */
  caseOpened: boolean;
  /** The address and name were asked for (answered, skipped or left by a command): never ask twice. */
  identityAsked: boolean;
  /** Where the finished flow was going before the identity questions and the booking. */
  resume: Pick<FlowOutput, 'next' | 'carry' | 'booking' | 'handoffReason'> | null;
  /** The booked visit the tenant asked to move or cancel. */
  change: { appointment: AppointmentView; cancel: boolean } | null;
  /** Why the conversation is about to go to a person (asked, self-harm, domestic-abuse, language, stuck). */
  handoffReason: string | null;
  /** The tenant said not to call, or that someone reads their phone: texts only, no details. */
  safeContact: boolean;
  /** The problems this conversation has already heard (repair issues, ASB categories): a new one mid-flow is logged, not misread as an answer. */
  topics: string[];
  /** What the running flow last said: a new problem may interrupt only a question with set answers. */
  lastAsk: string | null;
}

/** A flow finished: repair, ASB and complaint say where next (FlowOutput), the identity flow what it was told. */
type DoneEvent = { type: `xstate.done.actor.${string}`; output: Partial<FlowOutput & IdentityOutput> };
// Staff takeover is a mode of the conversation kept by the engine, not an event here: while
// staff have it, the engine does not wake the machine at all.
type ConversationEvent = UserTextEvent | UserCommandEvent | AgentReturnedEvent | FlowParentEvent | DoneEvent;

export type EmittedEvent =
  | { type: 'say'; say: Say }
  | { type: 'case'; change: CaseChange }
  | { type: 'appointment'; change: AppointmentChange }
  | { type: 'identity'; identity: Identity }
  | { type: 'handoff'; reason: string; safeContact: boolean };

/**
 * Questions with set answers (yes or no, a number) that a new problem may interrupt. A
 * question answered in the tenant's own words (what happened, access notes, a complaint's
 * details) never is: a repair named there is the answer.
 */
const INTERRUPTIBLE: ReadonlySet<string> = new Set(['repair.askVulnerability', 'repair.clarify', 'repair.askLocation', 'asb.askAffected']);

/** Safety advice that another already covers: the domestic abuse advice gives 999 and 55 itself. */
export const COVERED_BY: Partial<Record<SafetyId, SafetyId[]>> = { 'danger-to-life': ['domestic-abuse'] };

const FEEDBACK_KINDS = new Set(['complaint', 'compliment', 'comment', 'representative-enquiry']);
/** Cases that need a home found. A compliment, a comment or an MP's enquiry does not. */
const IDENTITY_KINDS = new Set<CaseKind>(['repair', 'asb', 'complaint']);

function textEvent(event: ConversationEvent): UserTextEvent | null {
  return event.type === 'user.text' ? event : null;
}

/**
 * Routes from free text, tried in order wherever the tenant may describe a new need. Safety
 * advice goes first; at the start of a conversation a tenant we know is then greeted by name.
 */
function routeByTriage(options: { greet?: boolean } = {}) {
  const first = options.greet
    ? (['remember', 'sayIfSafety', 'helloByName', 'noteTopic', 'logOthers'] as const)
    : (['remember', 'sayIfSafety', 'noteTopic', 'logOthers'] as const);
  return [
    // Risk first: someone who may harm themselves is given the signposting and a person, whatever else the text says.
    { guard: 'selfHarm', actions: [...first, { type: 'askForPerson', params: 'self-harm' }], target: '#conversation.awaitingAgent' },
    { guard: 'notEnglish', actions: [...first, { type: 'askForPerson', params: 'language' }], target: '#conversation.awaitingAgent' },
    { guard: 'wantsAppointmentChange', actions: [...first, 'keepChange'], target: '#conversation.inBooking' },
    { guard: 'noVisitToChange', actions: [...first, { type: 'say', params: { key: 'booking.noVisit' } }], target: '#conversation.choosingNeed' },
    { guard: 'isEscalation', actions: first, target: '#conversation.inFeedback' },
    { guard: 'isRepair', actions: first, target: '#conversation.inRepair' },
    { guard: 'isAsb', actions: first, target: '#conversation.inAsb' },
    { guard: 'isFeedback', actions: first, target: '#conversation.inFeedback' },
    // Every enquiry is recorded, answered or not, so the landlord sees what tenants ask.
    { guard: 'isNotAsb', actions: [...first, 'explainNotAsb', { type: 'logEnquiry', params: 'answered' }], target: '#conversation.wrappingUp' },
    { guard: 'hasEnquiryAnswer', actions: [...first, 'answerEnquiry', { type: 'logEnquiry', params: 'answered' }], target: '#conversation.wrappingUp' },
    // A question the assistant cannot answer goes to a person, rather than the menu.
    {
      guard: 'isQuestion',
      actions: [...first, { type: 'logEnquiry', params: 'open' }, { type: 'askForPerson', params: 'question' }],
      target: '#conversation.awaitingAgent',
    },
    { guard: 'onlySafety', actions: first, target: '#conversation.wrappingUp' },
  ] as const;
}

export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
    emitted: {} as EmittedEvent,
  },
  actors: { repair: repairMachine, asb: asbMachine, complaint: complaintMachine, identity: identityMachine, booking: bookingMachine },
  actions: {
    say: emit((_, say: Say) => ({ type: 'say' as const, say })),
    relay: emit(({ event }) => {
      if (event.type === 'flow.say') return { type: 'say' as const, say: event.say };
      if (event.type === 'flow.case') return { type: 'case' as const, change: event.change };
      if (event.type === 'flow.appointment') return { type: 'appointment' as const, change: event.change };
      throw new Error(`relay cannot pass on ${event.type}`);
    }),
    noteComplaint: assign(({ context, event }) => ({
      lastComplaint:
        event.type === 'flow.case' && event.change.kind === 'complaint'
          ? {
              reference: event.change.reference,
              stage1ResponseBy: event.change.dates?.stage1ResponseBy ?? context.lastComplaint?.stage1ResponseBy ?? null,
            }
          : context.lastComplaint,
    })),
    remember: assign(({ context, event }) => ({
      policy: event.type === 'user.text' || event.type === 'user.command' || event.type === 'agent.returned' ? event.policy : context.policy,
      safeContact: context.safeContact || textEvent(event)?.triage.safeContact === true,
      // A vulnerability said once is known for the rest of the conversation.
      vulnerable: context.vulnerable || (textEvent(event)?.triage.vulnerabilities?.length ?? 0) > 0,
    })),
    askForPerson: assign((_, reason: string) => ({ handoffReason: reason })),
    // Every problem in one message is kept: each further one is logged at once as its own case
    // (a repair with the landlord's priority and date, to be booked by staff; an ASB report
    // graded), and the tenant is told what was logged, while the main one carries on.
    logOthers: enqueueActions(({ context, event, enqueue }) => {
      const text = textEvent(event);
      const others = text?.triage.others ?? [];
      if (!text || others.length === 0) return;
      const refs = text.spareReferences ?? [];
      const lines: string[] = [];
      others.slice(0, refs.length).forEach((o, i) => {
        const logged = logOther(o, refs[i]!, text, context);
        if (!logged) return;
        enqueue.emit({ type: 'case', change: logged.change });
        if (logged.unbooked) enqueue.emit({ type: 'appointment', change: { action: 'unbooked', reference: logged.change.reference } });
        lines.push(logged.line);
      });
      if (lines.length) {
        enqueue.emit({ type: 'say', say: { key: 'conversation.alsoLogged', params: { list: lines.join('\n') } } });
        enqueue.assign({ caseOpened: true, topics: [...context.topics, ...others.map(topicOf)] });
      }
    }),
    // A new problem mid-flow: logged at once as its own case; the question that was open stays open.
    logAsOther: enqueueActions(({ context, event, enqueue }) => {
      const text = textEvent(event);
      if (!text) return;
      const t = text.triage;
      const other: OtherProblem = {
        kind: t.kind === 'asb' ? 'asb' : 'repair',
        text: text.text,
        label: (t.kind === 'asb' ? t.asb?.label : t.repair?.label) ?? t.repair?.label ?? t.asb?.label ?? '',
        repair: t.repair,
        asb: t.asb,
      };
      const logged = logOther(other, text.reference, text, context);
      if (!logged) return;
      enqueue.emit({ type: 'case', change: logged.change });
      if (logged.unbooked) enqueue.emit({ type: 'appointment', change: { action: 'unbooked', reference: logged.change.reference } });
      enqueue.emit({ type: 'say', say: { key: 'conversation.alsoLogged', params: { list: logged.line } } });
      enqueue.assign({ caseOpened: true, topics: [...context.topics, topicOf(other)] });
    }),
    noteAsk: assign(({ event }) => ({ lastAsk: event.type === 'flow.say' ? event.say.key : null })),
    noteTopic: assign(({ context, event }) => {
      const triage = textEvent(event)?.triage;
      const topic = triage?.repair?.issueId ?? triage?.asb?.categoryId;
      // An emergency covers what else is said about its area ("flood", then "its coming through the ceiling").
      const area = triage?.kind === 'repair' && triage.repair?.tier === 'emergency' ? `area:${triage.repair.area}` : null;
      return { topics: [...context.topics, ...(topic ? [topic] : []), ...(area ? [area] : [])] };
    }),
    // The queue learns why and how to reach the tenant; the tenant learns who will reply and when.
    handOff: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'handoff', reason: context.handoffReason ?? 'asked', safeContact: context.safeContact });
      enqueue.emit({ type: 'say', say: { key: 'conversation.handoff', params: handoffParams(context) } });
      enqueue.assign({ handoffReason: null });
    }),
    forward: sendTo('flow', ({ event }) => event),
    sayIfSafety: enqueueActions(({ event, enqueue }) => {
      // Safety first: the advice goes out before anything else the turn says; advice another covers is not sent twice.
      const hits = textEvent(event)?.triage.safety ?? [];
      const given = new Set(hits.map((h) => h.id));
      for (const hit of hits) {
        if (COVERED_BY[hit.id]?.some((id) => given.has(id))) continue;
        enqueue.emit({ type: 'say', say: { key: 'safety.advice', params: { advice: hit.advice } } });
      }
    }),
    helloByName: enqueueActions(({ context, enqueue }) => {
      if (context.name) enqueue.emit({ type: 'say', say: { key: 'conversation.helloNamed', params: { name: context.name } } });
    }),
    explainNotAsb: emit(({ event }) => ({
      type: 'say' as const,
      say: { key: 'asb.notAsb', params: { explanation: textEvent(event)?.triage.notAsb?.explanation ?? '' } },
    })),
    answerEnquiry: emit(({ event }) => ({
      type: 'say' as const,
      say: {
        key: 'enquiry.answer',
        params: {
          label: textEvent(event)?.triage.enquiryAnswer?.label ?? '',
          words: textEvent(event)?.triage.enquiryAnswer?.words ?? '',
        },
      },
    })),
    // An enquiry answered here is recorded as answered; one passed to a person stays open until staff close it.
    logEnquiry: emit(({ event }, status: 'answered' | 'open') => {
      const text = textEvent(event);
      const t = text?.triage;
      const answer = t?.enquiryAnswer?.label ?? (t?.notAsb ? 'not ASB' : null);
      return {
        type: 'case' as const,
        change: {
          kind: 'enquiry' as const,
          reference: text?.reference ?? '',
          openedAt: text?.at ?? '',
          status,
          summary: text?.text ?? '',
          ...(answer ? { details: { answeredWith: answer } } : {}),
        },
      };
    }),
    noteCase: assign(({ context, event }) => ({
      caseOpened: context.caseOpened || (event.type === 'flow.case' && IDENTITY_KINDS.has(event.change.kind)),
    })),
    keepResume: assign(({ event }) => ({
      resume:
        'output' in event && event.output?.next
          ? { next: event.output.next, carry: event.output.carry, booking: event.output.booking, handoffReason: event.output.handoffReason }
          : { next: 'wrap-up' as const },
    })),
    keepChange: assign(({ event }) => {
      const text = textEvent(event);
      const appointment = text?.appointment;
      // A visit already cancelled can only be booked again.
      return { change: appointment ? { appointment, cancel: text.reply.appointment === 'cancel' && appointment.status !== 'cancelled' } : null };
    }),
    bookingDone: assign(({ context }) => ({
      change: null,
      resume: context.resume ? { ...context.resume, booking: undefined } : null,
    })),
    resume: assign(({ context }) => ({
      carry: context.resume?.carry ?? null,
      handoffReason: context.resume?.next === 'handoff' ? (context.resume.handoffReason ?? 'stuck') : context.handoffReason,
      resume: null,
    })),
    // Whichever way the questions end (answered, skipped, or left by MENU or PERSON), what was given goes out once.
    recordIdentity: enqueueActions(({ event, self, enqueue }) => {
      const done = 'output' in event ? event.output?.identity : undefined;
      enqueue.emit({ type: 'identity', identity: done ?? identitySoFar(self.getSnapshot()?.children?.flow) });
      enqueue.assign({ identityAsked: true });
    }),
    markWaitingNotice: assign({ waitingNoticeSent: true }),
    clearWaitingNotice: assign({ waitingNoticeSent: false }),
  },
  guards: {
    isEscalation: ({ event }) => textEvent(event)?.triage.escalation === true,
    // A new problem in the middle of a flow: a repair or ASB the conversation has not heard of, in words that answer nothing asked.
    newProblem: ({ context, event }) => {
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
    newEmergency: ({ context, event }) => {
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
    answersToo: ({ event }) => {
      const reply = textEvent(event)?.reply;
      return !!reply && (reply.yesNo !== null || reply.choice !== null || !!reply.slot || !!reply.appointment || !!reply.address);
    },
    selfHarm: ({ event }) => textEvent(event)?.triage.safety.some((s) => s.id === 'self-harm') === true,
    newAbuse: ({ context, event }) =>
      textEvent(event)?.triage.safety.some((s) => s.id === 'domestic-abuse') === true && !context.topics.includes('domestic-abuse'),
    notEnglish: ({ event }) => textEvent(event)?.triage.language != null,
    isRepair: ({ event }) => textEvent(event)?.triage.kind === 'repair' && textEvent(event)?.triage.repair != null,
    isAsb: ({ event }) => textEvent(event)?.triage.kind === 'asb',
    isFeedback: ({ event }) => FEEDBACK_KINDS.has(textEvent(event)?.triage.kind ?? ''),
    isNotAsb: ({ event }) => textEvent(event)?.triage.notAsb != null,
    hasEnquiryAnswer: ({ event }) => textEvent(event)?.triage.enquiryAnswer != null,
    isQuestion: ({ event }) => textEvent(event)?.triage.kind === 'enquiry',
    onlySafety: ({ event }) => (textEvent(event)?.triage.safety.length ?? 0) > 0,
    chose: ({ event }, option: string) => textEvent(event)?.reply.choice === option,
    saidNo: ({ event }) => textEvent(event)?.reply.yesNo === 'no',
    saidYes: ({ event }) => textEvent(event)?.reply.yesNo === 'yes',
    isClosing: ({ event }) => textEvent(event)?.reply.closing === true,
    waitingNoticeSent: ({ context }) => context.waitingNoticeSent,
    needsIdentity: ({ context }) => !context.verified && !context.identityAsked && context.caseOpened,
    needsBooking: ({ context }) => context.resume?.booking != null,
    noVisitToChange: ({ event }) => textEvent(event)?.reply.noVisit === true,
    wantsAppointmentChange: ({ event }) => textEvent(event)?.reply.appointment != null && textEvent(event)?.appointment != null,
    resumeTo: ({ context }, next: FlowOutput['next']) => context.resume?.next === next,
    gaveNothing: ({ event }) => !('output' in event && event.output?.given),
    commandIs: ({ event }, command: UserCommandEvent['command']) => event.type === 'user.command' && event.command === command,
  },
}).createMachine({
  id: 'conversation',
  context: ({ input }) => ({
    name: input.name ?? null,
    vulnerable: input.vulnerable ?? false,
    policy: null,
    lastComplaint: null,
    carry: null,
    waitingNoticeSent: false,
    verified: input.verified ?? true,
    caseOpened: false,
    identityAsked: false,
    resume: null,
    change: null,
    handoffReason: null,
    safeContact: false,
    topics: [],
    lastAsk: null,
  }),
  initial: 'greeting',
  on: {
    // Staff hand the conversation back: the tenant is told, and the next message starts afresh.
    'agent.returned': {
      actions: ['remember', { type: 'say', params: ({ context }) => ({ key: 'conversation.handedBack', params: helpParams(context) }) }],
      target: '.greeting',
    },
    'user.command': [
      {
        guard: { type: 'commandIs', params: 'help' },
        actions: ['remember', { type: 'say', params: ({ context }) => ({ key: 'conversation.help', params: helpParams(context) }) }],
      },
      {
        guard: { type: 'commandIs', params: 'agent' },
        actions: ['remember', { type: 'askForPerson', params: 'asked' }],
        target: '.awaitingAgent',
      },
      {
        guard: { type: 'commandIs', params: 'restart' },
        actions: ['remember', { type: 'say', params: { key: 'conversation.restart' } }],
        target: '.choosingNeed',
      },
      { actions: 'remember', target: '.choosingNeed' },
    ],
  },
  states: {
    greeting: {
      description: 'Waiting for the first message (or the next one, after a conversation has wrapped up).',
      on: {
        'user.text': [
          { guard: 'isClosing', actions: ['remember', { type: 'say', params: { key: 'conversation.welcome' } }] },
          ...routeByTriage({ greet: true }),
          {
            actions: [
              'remember',
              {
                type: 'say',
                params: ({ context }: { context: ConversationContext }) => ({
                  key: context.name ? 'conversation.greetingNamed' : 'conversation.greeting',
                  params: { name: context.name ?? '', landlord: context.policy?.landlord ?? '' },
                }),
              },
            ],
            target: 'choosingNeed',
          },
        ],
      },
    },
    choosingNeed: {
      entry: { type: 'say', params: { key: 'conversation.menu' } },
      on: {
        'user.text': [
          { guard: { type: 'chose', params: 'repair' }, actions: ['remember', 'sayIfSafety'], target: 'inRepair' },
          { guard: { type: 'chose', params: 'asb' }, actions: ['remember', 'sayIfSafety'], target: 'inAsb' },
          { guard: { type: 'chose', params: 'feedback' }, actions: ['remember', 'sayIfSafety'], target: 'inFeedback' },
          { guard: { type: 'chose', params: 'question' }, actions: ['remember', 'sayIfSafety'], target: 'askingQuestion' },
          { guard: { type: 'chose', params: 'person' }, actions: ['remember', 'sayIfSafety'], target: 'awaitingAgent' },
          {
            guard: or(['isClosing', 'saidNo']),
            actions: ['remember', { type: 'say', params: { key: 'conversation.bye' } }],
            target: 'greeting',
          },
          ...routeByTriage(),
          { actions: ['remember', { type: 'say', params: { key: 'common.chooseNumber' } }] },
        ],
      },
    },
    askingQuestion: {
      entry: { type: 'say', params: { key: 'enquiry.ask' } },
      on: {
        'user.text': [
          ...routeByTriage(),
          { actions: ['remember', { type: 'logEnquiry', params: 'open' }, { type: 'askForPerson', params: 'question' }], target: 'awaitingAgent' },
        ],
      },
    },
    inRepair: {
      invoke: {
        id: 'flow',
        src: 'repair',
        input: ({ context, event }) => ({
          start: textEvent(event)?.triage.repair ? textEvent(event) : null,
          policy: (textEvent(event)?.policy ?? context.policy)!,
          knownVulnerable: context.vulnerable,
        }),
        onDone: flowDone(),
      },
      on: flowEvents(),
    },
    inAsb: {
      invoke: {
        id: 'flow',
        src: 'asb',
        input: ({ context, event }) => ({
          start: textEvent(event)?.triage.asb ? textEvent(event) : null,
          policy: (textEvent(event)?.policy ?? context.policy)!,
          safeContact: context.safeContact,
          vulnerable: context.vulnerable === true,
        }),
        onDone: flowDone(),
      },
      on: flowEvents(),
    },
    inFeedback: {
      invoke: {
        id: 'flow',
        src: 'complaint',
        input: ({ context, event }) => {
          const text = textEvent(event);
          const kind = text?.triage.kind ?? '';
          const mode: FeedbackMode = text?.triage.escalation
            ? 'escalate'
            : kind === 'complaint' && text?.triage.complaintAsked === false
              ? // Unhappy with us but not asking for a complaint: the Code says offer the choice.
                'offer'
              : FEEDBACK_KINDS.has(kind)
                ? (kind as FeedbackMode)
                : context.carry
                  ? 'complaint'
                  : 'choose';
          return {
            start: text && mode !== 'choose' ? text : null,
            policy: (text?.policy ?? context.policy)!,
            mode,
            carry: context.carry ?? undefined,
            lastComplaint: context.lastComplaint,
          };
        },
        onDone: flowDone(),
      },
      on: flowEvents(),
      exit: assign({ carry: null }),
    },
    wrappingUp: {
      entry: { type: 'say', params: { key: 'conversation.anythingElse' } },
      on: {
        'user.text': [
          { guard: 'isClosing', actions: ['remember', { type: 'say', params: { key: 'conversation.bye' } }], target: 'greeting' },
          ...routeByTriage(),
          { guard: 'saidNo', actions: ['remember', { type: 'say', params: { key: 'conversation.bye' } }], target: 'greeting' },
          { guard: 'saidYes', actions: 'remember', target: 'choosingNeed' },
          { actions: 'remember', target: 'choosingNeed' },
        ],
      },
    },
    collectingIdentity: {
      description: 'A number not on the tenancy list is asked, once per conversation, for its address and name after its first report.',
      invoke: {
        id: 'flow',
        src: 'identity',
        // The done event carries no tenant words, so the flow resumed here starts afresh rather than reading the name as a report.
        onDone: [
          { guard: 'gaveNothing', actions: { type: 'say', params: { key: 'identity.skipped' } }, target: 'resuming' },
          { actions: { type: 'say', params: { key: 'identity.thanks' } }, target: 'resuming' },
        ],
      },
      on: flowEvents(),
      exit: 'recordIdentity',
    },
    inBooking: {
      invoke: {
        id: 'flow',
        src: 'booking',
        input: ({ context }) => ({
          request: context.change ? null : (context.resume?.booking ?? null),
          current: context.change?.appointment ?? null,
          wantsCancel: context.change?.cancel ?? false,
        }),
        onDone: { actions: 'bookingDone', target: 'resuming' },
      },
      on: flowEvents(),
    },
    resuming: {
      description:
        'Carry on where the finished flow was going: first the identity questions for a number not on the list, then booking the visit, then the next flow.',
      always: [
        { guard: 'needsIdentity', target: 'collectingIdentity' },
        { guard: 'needsBooking', target: 'inBooking' },
        { guard: { type: 'resumeTo', params: 'complaint' }, actions: 'resume', target: 'inFeedback' },
        { guard: { type: 'resumeTo', params: 'repair' }, actions: 'resume', target: 'inRepair' },
        { guard: { type: 'resumeTo', params: 'handoff' }, actions: 'resume', target: 'awaitingAgent' },
        { guard: { type: 'resumeTo', params: 'menu' }, actions: 'resume', target: 'choosingNeed' },
        { actions: 'resume', target: 'wrappingUp' },
      ],
    },
    awaitingAgent: {
      description: 'Handed to a person. A later issue connects this to the staff console.',
      entry: ['clearWaitingNotice', 'handOff'],
      on: {
        'user.text': [
          { guard: 'waitingNoticeSent', actions: ['remember', 'sayIfSafety'] },
          {
            actions: ['remember', 'sayIfSafety', 'markWaitingNotice', { type: 'say', params: { key: 'conversation.stillWaiting' } }],
          },
        ],
      },
    },
  },
});

/** Who will reply and when: soon while the office is open, else when it opens; texts only when contact must be safe. */
function handoffParams(context: ConversationContext): Record<string, string> {
  const office = context.policy?.office;
  return {
    ...helpParams(context),
    open: office?.open ? 'yes' : '',
    opens: office?.opens ?? '',
    hours: office?.hours ?? '',
    minutes: String(context.policy?.handoffMinutes ?? 30),
    safe: context.safeContact ? 'yes' : '',
    language: context.policy?.languages ?? '',
    reason: context.handoffReason ?? 'asked',
  };
}

function helpParams(context: ConversationContext): Record<string, string> {
  return {
    landlord: context.policy?.landlord ?? 'us',
    phone: context.policy?.phone ?? '',
    outOfHours: context.policy?.outOfHoursPhone ?? '',
  };
}

function flowEvents() {
  return {
    // Safety first at every step: advice for a danger mentioned mid-flow goes out before the flow answers,
    // and a tenant who may harm themselves leaves the flow for a person (what the flow logged stays logged).
    'user.text': [
      { guard: 'selfHarm', actions: ['remember', 'sayIfSafety', { type: 'askForPerson', params: 'self-harm' }], target: '#conversation.awaitingAgent' },
      // Abuse told mid-flow ("he kicked it in, my ex, theres a court order"): the report is logged, with anything
      // else it names, and a person picks it up; no more questions about the first report.
      {
        guard: 'newAbuse',
        actions: ['remember', 'sayIfSafety', 'logAsOther', 'logOthers', { type: 'askForPerson', params: 'domestic-abuse' }],
        target: '#conversation.awaitingAgent',
      },
      // "never mind that, theres water coming through the light": logged at once as an emergency; an answer given with it still counts.
      { guard: and(['newEmergency', 'answersToo']), actions: ['remember', 'sayIfSafety', 'logAsOther', 'forward'] },
      {
        guard: 'newEmergency',
        actions: ['remember', 'sayIfSafety', 'logAsOther', { type: 'say', params: { key: 'conversation.backToQuestion' } }],
      },
      // "oh and the shower tray is cracked too" at a yes/no question: logged at once, and the question stays open.
      // "CHANGE" from an old text with no visit booked is not an answer to the open question.
      {
        guard: 'noVisitToChange',
        actions: ['remember', { type: 'say', params: { key: 'booking.noVisit' } }, { type: 'say', params: { key: 'conversation.backToQuestion' } }],
      },
      { guard: 'newProblem', actions: ['remember', 'sayIfSafety', 'logAsOther', { type: 'say', params: { key: 'conversation.backToQuestion' } }] },
      { actions: ['remember', 'sayIfSafety', 'forward'] },
    ],
    'flow.say': { actions: ['relay', 'noteAsk'] },
    'flow.case': { actions: ['relay', 'noteComplaint', 'noteCase'] },
    'flow.appointment': { actions: 'relay' },
  } as const;
}

function flowDone() {
  return { actions: 'keepResume', target: '#conversation.resuming' } as const;
}

function topicOf(o: OtherProblem): string {
  return o.repair?.issueId ?? o.asb?.categoryId ?? o.label;
}

/**
 * A further problem logged as it stands: a repair at its tier (raised for a vulnerable
 * household as the pack says), with the landlord's promise; an ASB report at its grade.
 */
function logOther(
  o: OtherProblem,
  reference: string,
  text: UserTextEvent,
  context: ConversationContext,
): { change: CaseChange; line: string; unbooked: boolean } | null {
  const policy = text.policy;
  if (o.kind === 'repair' && o.repair) {
    const raise = context.vulnerable && policy.vulnerabilityRule === 'raise-one-tier' && !o.repair.vulnerabilityWeighed;
    const tier = raise ? raiseTier(o.repair.tier) : o.repair.tier;
    const priority = resolvePriority(policy, tier, o.repair.tags);
    return {
      change: {
        kind: 'repair',
        reference,
        openedAt: text.at,
        status: 'open',
        priority: priority.id,
        tier: priority.tier,
        dueBy: priority.quote.dueBy,
        issue: o.repair.issueId,
        location: o.repair.location,
        vulnerable: context.vulnerable || null,
        safety: [],
        awaabs: o.repair.awaabs,
        dates: o.repair.awaabs ? { awaabsInvestigateBy: policy.awaabs.investigate.dueBy } : {},
        summary: o.text,
      },
      line: `${o.label}: ${priority.label}, reference ${reference}, ${priority.quote.words}.`,
      unbooked: priority.tier !== 'emergency',
    };
  }
  if (o.kind === 'asb' && o.asb) {
    const grade = gradeFor(policy, o.asb.categoryId, false);
    return {
      change: {
        kind: 'asb',
        reference,
        openedAt: text.at,
        status: 'open',
        grade: grade.id,
        level: grade.level,
        dueBy: grade.contact.dueBy,
        dates: grade.actionPlan ? { actionPlanBy: grade.actionPlan.dueBy } : {},
        summary: o.text,
        ...(context.vulnerable ? { vulnerable: true } : {}),
        details: { category: o.asb.categoryId },
      },
      line: `${o.label}: ${grade.label}, reference ${reference}, we will contact you ${grade.contact.words}.`,
      unbooked: false,
    };
  }
  return null;
}
