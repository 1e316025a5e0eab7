// One conversation with one tenant: greet, work out the need, run the right flow, wrap
// up. "menu", "start again", "help" and "speak to a person" work at any point (they
// arrive as user.command events). What the assistant says leaves the machine as emitted
// `say` events and case changes as `case` events; the engine stores and sends them.
// A number not on the landlord's tenancy list is asked, once, for an address and a name
// after its first report (the identity flow), and those leave as one `identity` event.
import { assign, emit, enqueueActions, or, sendTo, setup } from 'xstate';
import { asbMachine } from './asb.machine.js';
import { bookingMachine } from './booking.machine.js';
import { complaintMachine } from './complaint.machine.js';
import {
  COVERED_BY,
  type ConversationContext,
  type ConversationEvent,
  type ConversationInput,
  type EmittedEvent,
  feedbackMode,
  handoffParams,
  helpParams,
  IDENTITY_KINDS,
  textEvent,
} from './conversation.context.js';
import { conversationGuards } from './conversation.guards.js';
import { flowDone, flowEvents, routeByTriage } from './conversation.routes.js';
import type { Say } from './conversation.types.js';
import { identityMachine, identitySoFar } from './identity.machine.js';
import { enquiryCase, logProblems, problemIn, topicOf } from './other-problems.js';
import { repairMachine } from './repair.machine.js';
import { textsMachine } from './texts.machine.js';

export { COVERED_BY, type ConversationContext, type ConversationInput, type EmittedEvent } from './conversation.context.js';

/**
 * Bump when a change means an old snapshot no longer fits; the engine then restarts politely.
 * The one version stored with a snapshot, so it covers the flows invoked here too (repair,
 * ASB, complaint, identity, booking): their snapshots live inside this one.
 * test/machines/machine-versions.test.ts fails when any of their shapes changes without a bump.
 */
export const CONVERSATION_MACHINE_VERSION = 14;

export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
    emitted: {} as EmittedEvent,
  },
  actors: { repair: repairMachine, asb: asbMachine, complaint: complaintMachine, identity: identityMachine, booking: bookingMachine, texts: textsMachine },
  actions: {
    say: emit((_, say: Say) => ({ type: 'say' as const, say })),
    relay: emit(({ event }) => {
      if (event.type === 'flow.say') return { type: 'say' as const, say: event.say };
      if (event.type === 'flow.case') return { type: 'case' as const, change: event.change };
      if (event.type === 'flow.appointment') return { type: 'appointment' as const, change: event.change };
      if (event.type === 'flow.contact') return { type: 'contact' as const, change: event.change };
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
      const said = logProblems(
        others.slice(0, refs.length).map((problem, i) => ({ problem, reference: refs[i]! })),
        text,
        context,
      );
      for (const e of said) enqueue.emit(e);
      if (said.length) enqueue.assign({ caseOpened: true, topics: [...context.topics, ...others.map(topicOf)] });
    }),
    // A new problem mid-flow: logged at once as its own case; the question that was open stays open.
    logAsOther: enqueueActions(({ context, event, enqueue }) => {
      const text = textEvent(event);
      if (!text) return;
      const problem = problemIn(text);
      const said = logProblems([{ problem, reference: text.reference }], text, context);
      for (const e of said) enqueue.emit(e);
      if (said.length) enqueue.assign({ caseOpened: true, topics: [...context.topics, topicOf(problem)] });
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
    logEnquiry: emit(({ event }, status: 'answered' | 'open') => ({ type: 'case' as const, change: enquiryCase(textEvent(event), status) })),
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
    // A link that failed is not offered again until the time the flow says.
    lockLinking: assign(({ event }) => ({ linkLockedUntil: ('output' in event ? event.output?.lockedUntil : null) ?? null })),
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
    noteVisit: assign(({ context, event }) => ({
      visitBooked: context.visitBooked || (event.type === 'flow.appointment' && (event.change.action === 'book' || event.change.action === 'move')),
    })),
    markWaitingNotice: assign({ waitingNoticeSent: true }),
    clearWaitingNotice: assign({ waitingNoticeSent: false }),
  },
  guards: conversationGuards,
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
    offerTexts: input.offerTexts ?? false,
    visitBooked: false,
    textsOffered: false,
    linkable: input.linkable ?? false,
    linkLockedUntil: null,
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
          // "any news on my repair" names a menu option, but asks after one already made.
          { guard: 'offersLink', actions: ['remember', 'sayIfSafety'], target: 'linking' },
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
          const mode = feedbackMode(text, context.carry);
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
    choosingTexts: {
      description: 'On a channel that cannot text later, a visit just booked: its reminders offered by text, the number proved by a code.',
      entry: assign({ textsOffered: true, visitBooked: false }),
      invoke: { id: 'flow', src: 'texts', input: { purpose: 'reminders' }, onDone: 'resuming' },
      on: flowEvents(),
    },
    linking: {
      description:
        'Asked after a report on a channel that does not say who they are: the chat linked to the tenancy by the mobile number on it, proved by a code.',
      invoke: {
        id: 'flow',
        src: 'texts',
        input: { purpose: 'link' },
        onDone: [
          { guard: 'linked', actions: assign({ linkable: false }), target: 'resuming' },
          { actions: 'lockLinking', target: 'resuming' },
        ],
      },
      on: flowEvents(),
    },
    resuming: {
      description:
        'Carry on where the finished flow was going: a person at once for abuse or a danger to life, else first the identity questions for a number not on the list, then booking the visit, then the next flow.',
      always: [
        { guard: 'resumeToPersonAtRisk', actions: 'resume', target: 'awaitingAgent' },
        { guard: 'needsIdentity', target: 'collectingIdentity' },
        { guard: 'needsBooking', target: 'inBooking' },
        { guard: 'offersTexts', target: 'choosingTexts' },
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
