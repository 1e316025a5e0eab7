// Feedback under the Housing Ombudsman's Complaint Handling Code: tell a service request
// from a complaint, take the details, acknowledge with the stage 1 dates, escalate to
// stage 2 without demanding reasons, and name the Ombudsman. Comments, compliments and
// MP or councillor enquiries get their own promises.
import { assign, setup } from 'xstate';
import { clip } from './clip-text.js';
import { flowActions, replyGuards } from './flow.shared.js';
import type { CaseChange, FlowOutput, PolicyNow, UserTextEvent } from './conversation.types.js';

export type FeedbackMode = 'complaint' | 'compliment' | 'comment' | 'representative-enquiry' | 'escalate' | 'choose' | 'offer';

export interface ComplaintInput {
  start: UserTextEvent | null;
  policy: PolicyNow;
  mode: FeedbackMode;
  /** Carried from another flow: "About repair R123: boiler still broken". */
  carry?: string;
  /** The conversation's latest complaint, for an escalation. */
  lastComplaint?: LastComplaint | null;
}

export interface LastComplaint {
  reference: string;
  /** When the stage 1 response was due: the latest it can have been sent. */
  stage1ResponseBy: string | null;
}

const DAY_MS = 86_400_000;

/** The reference in "its ab12cd34 i think": the first word with letters and digits, else the words as given. */
function quotedReference(text: string): string | null {
  const token = text.toUpperCase().match(/\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,12}\b/);
  const words = clip(text.trim().toUpperCase(), 20);
  return token ? token[0] : words || null;
}

/**
 * A request is late only when it is past the window even counted from the latest day the
 * stage 1 response can have gone out. Late requests still go to staff: the Code says an
 * escalation must not be refused unreasonably.
 */
function isLate(at: string | undefined, last: LastComplaint | null | undefined, windowDays: number): boolean {
  if (!at || !last?.stage1ResponseBy) return false;
  return Date.parse(at) > Date.parse(last.stage1ResponseBy) + windowDays * DAY_MS;
}

export interface ComplaintContext {
  policy: PolicyNow;
  mode: FeedbackMode;
  reference: string | null;
  openedAt: string | null;
  details: string | null;
  carry: string | null;
  escalating: string | null;
  late: boolean;
  next: FlowOutput['next'];
  misses: number;
  /** Offered the choice and said yes: once it is logged, ask what would put it right. */
  offered: boolean;
}

/** The case a piece of feedback opens or changes. */
function feedbackCase(context: ComplaintContext, kind: CaseChange['kind'], status: string, extra: Partial<CaseChange> = {}): CaseChange {
  return {
    kind,
    reference: context.reference ?? '',
    openedAt: context.openedAt ?? '',
    status,
    summary: context.details ?? '',
    ...extra,
  };
}

/** Enough words to stand as the complaint itself, so the tenant is not asked twice. */
const DETAILED = 12;

function wordCount(text: string | null | undefined): number {
  return (text ?? '').trim().split(/\s+/).filter(Boolean).length;
}

const { say, openCase } = flowActions<ComplaintContext>();

export const complaintMachine = setup({
  types: {
    context: {} as ComplaintContext,
    events: {} as UserTextEvent,
    input: {} as ComplaintInput,
    output: {} as FlowOutput,
  },
  actions: {
    say,
    openCase,
    remember: assign(({ event }) => ({ policy: event.policy })),
    takeDetails: assign(({ context, event }) => ({
      details: [context.carry, event.text].filter(Boolean).join(' | '),
      reference: context.reference ?? event.reference,
      openedAt: context.openedAt ?? event.at,
      misses: 0,
    })),
    takeReference: assign(({ context, event }) => ({
      escalating: context.escalating ?? (event.reply.skip ? null : quotedReference(event.text)),
      reference: context.reference ?? event.reference,
      openedAt: context.openedAt ?? event.at,
    })),
    choose: assign(({ event }) => ({ mode: (event.reply.choice ?? 'complaint') as FeedbackMode, misses: 0 })),
    goTo: assign((_, next: FlowOutput['next']) => ({ next })),
    setMode: assign((_, mode: FeedbackMode) => ({ mode, misses: 0 })),
    markOffered: assign({ offered: true }),
    // More said while the offer is open is part of the story: kept with the details.
    addDetails: assign(({ context, event }) => ({ details: [context.details, event.text].filter(Boolean).join(' | ') })),
    miss: assign(({ context }) => ({ misses: context.misses + 1 })),
  },
  guards: {
    saidYes: replyGuards.saidYes,
    saidNo: replyGuards.saidNo,
    chose: replyGuards.chose,
    is: ({ context }, mode: FeedbackMode) => context.mode === mode,
    hasDetails: ({ context }) => context.details !== null,
    escalatesKnownComplaint: ({ context }) => context.mode === 'escalate' && context.escalating !== null,
    choseService: ({ event }) => event.reply.choice === 'service',
    missedBefore: ({ context }) => context.misses >= 1,
    wasOffered: ({ context }) => context.offered,
  },
}).createMachine({
  id: 'complaint',
  context: ({ input }) => {
    const start = input.start;
    const detailed = start && ((input.mode !== 'complaint' && input.mode !== 'offer') || wordCount(start.text) >= DETAILED);
    return {
      policy: input.policy,
      mode: input.mode,
      reference: start ? start.reference : null,
      openedAt: start ? start.at : null,
      details: detailed && start ? [input.carry, start.text].filter(Boolean).join(' | ') : null,
      carry: input.carry ?? null,
      escalating: input.mode === 'escalate' ? (input.lastComplaint?.reference ?? null) : null,
      late: input.mode === 'escalate' && isLate(start?.at, input.lastComplaint, input.policy.complaint.escalationWindowDays),
      next: 'wrap-up',
      misses: 0,
      offered: false,
    };
  },
  initial: 'routing',
  states: {
    routing: {
      always: [
        { guard: { type: 'is', params: 'choose' }, target: 'askingServiceOrComplaint' },
        { guard: { type: 'is', params: 'offer' }, target: 'offering' },
        { guard: 'escalatesKnownComplaint', target: 'askingWhatIsUnresolved' },
        { guard: { type: 'is', params: 'escalate' }, target: 'askingReference' },
        { guard: 'hasDetails', target: 'recording' },
        { target: 'askingDetails' },
      ],
    },
    askingServiceOrComplaint: {
      description: 'A service request (put something right for the first time) is not a complaint; ask which this is.',
      entry: { type: 'say', params: { key: 'feedback.askType' } },
      on: {
        'user.text': [
          {
            guard: 'choseService',
            actions: [
              { type: 'goTo', params: 'repair' },
              { type: 'say', params: { key: 'feedback.serviceRequest' } },
            ],
            target: 'done',
          },
          { guard: 'chose', actions: ['remember', 'choose'], target: 'routing' },
          { guard: 'missedBefore', actions: ['remember', 'choose'], target: 'routing' },
          { actions: ['miss', { type: 'say', params: { key: 'common.chooseNumber' } }] },
        ],
      },
    },
    offering: {
      description:
        'Dissatisfaction not put as a complaint: offer the choice (the Code). YES takes it as a complaint; NO keeps it as a comment, so it is still heard; an unclear reply is asked once more, then taken as a complaint.',
      entry: { type: 'say', params: { key: 'feedback.offerComplaint' } },
      on: {
        'user.text': [
          { guard: 'saidYes', actions: ['remember', { type: 'setMode', params: 'complaint' }, 'markOffered'], target: 'routing' },
          {
            guard: 'saidNo',
            actions: ['remember', { type: 'setMode', params: 'comment' }, { type: 'say', params: { key: 'feedback.declined' } }],
            target: 'notingDeclined',
          },
          { guard: 'missedBefore', actions: ['remember', 'addDetails', { type: 'setMode', params: 'complaint' }], target: 'routing' },
          { actions: ['remember', 'addDetails', 'miss', { type: 'say', params: { key: 'common.yesOrNo' } }] },
        ],
      },
    },
    askingOutcome: {
      description:
        'Logged already, so nothing is lost if the tenant stops here; the Code asks us to understand the outcome they want, so ask, and add the answer to the complaint.',
      entry: { type: 'say', params: { key: 'complaint.askOutcome' } },
      on: {
        'user.text': [
          { guard: 'saidNo', actions: 'remember', target: 'done' },
          {
            actions: [
              'remember',
              'addDetails',
              { type: 'openCase', params: ({ context }) => feedbackCase(context, 'complaint', 'stage-1') },
              { type: 'say', params: { key: 'complaint.outcomeAdded' } },
            ],
            target: 'done',
          },
        ],
      },
    },
    notingDeclined: {
      entry: { type: 'openCase', params: ({ context }) => feedbackCase(context, 'comment', 'noted') },
      always: { target: 'done' },
    },
    askingDetails: {
      entry: {
        type: 'say',
        params: ({ context }) => ({ key: `feedback.askDetails.${context.mode}` }),
      },
      // The details answer already says what would put it right: not asked again after the offer.
      on: { 'user.text': { actions: ['remember', 'takeDetails', assign({ offered: false })], target: 'recording' } },
    },
    recording: {
      always: [
        { guard: { type: 'is', params: 'comment' }, target: 'notingComment' },
        { guard: { type: 'is', params: 'compliment' }, target: 'thanking' },
        { guard: { type: 'is', params: 'representative-enquiry' }, target: 'answeringRepresentative' },
        { target: 'acknowledging' },
      ],
    },
    acknowledging: {
      description: "Stage 1: acknowledge within the landlord's days (5 working days under the Code), respond within its days of that.",
      entry: [
        {
          type: 'say',
          params: ({ context }) => ({
            key: 'complaint.acknowledged',
            params: {
              reference: context.reference ?? '',
              acknowledge: context.policy.complaint.acknowledge.words,
              stage1: context.policy.complaint.stage1.words,
            },
          }),
        },
        {
          type: 'say',
          params: ({ context }) => ({
            key: 'complaint.nextSteps',
            params: {
              window: context.policy.complaint.escalationWindow,
              ombudsman: context.policy.complaint.ombudsman.name,
              ombudsmanPhone: context.policy.complaint.ombudsman.phone,
            },
          }),
        },
        {
          type: 'openCase',
          params: ({ context }) =>
            feedbackCase(context, 'complaint', 'stage-1', {
              dueBy: context.policy.complaint.acknowledge.dueBy,
              dates: { stage1ResponseBy: context.policy.complaint.stage1.dueBy },
            }),
        },
      ],
      always: [{ guard: 'wasOffered', target: 'askingOutcome' }, { target: 'done' }],
    },
    askingReference: {
      entry: { type: 'say', params: { key: 'complaint.askReference' } },
      on: { 'user.text': { actions: ['remember', 'takeReference'], target: 'askingWhatIsUnresolved' } },
    },
    askingWhatIsUnresolved: {
      description: 'Stage 2: escalate if any part is unresolved; never demand reasons.',
      entry: { type: 'say', params: { key: 'complaint.askUnresolved' } },
      on: { 'user.text': { actions: ['remember', 'takeDetails'], target: 'escalated' } },
    },
    escalated: {
      description: 'A request past the window still goes to staff to decide, and the tenant is told so.',
      entry: [
        {
          type: 'say',
          params: ({ context }) => ({
            key: context.late ? 'complaint.stage2Late' : 'complaint.stage2',
            params: {
              reference: context.escalating ?? context.reference ?? '',
              acknowledge: context.policy.complaint.stage2Acknowledge.words,
              stage2: context.policy.complaint.stage2.words,
              window: context.policy.complaint.escalationWindow,
            },
          }),
        },
        {
          type: 'say',
          params: ({ context }) => ({
            key: 'complaint.ombudsman',
            params: {
              ombudsman: context.policy.complaint.ombudsman.name,
              ombudsmanPhone: context.policy.complaint.ombudsman.phone,
              ombudsmanWeb: context.policy.complaint.ombudsman.web,
            },
          }),
        },
        {
          type: 'openCase',
          params: ({ context }) =>
            feedbackCase(context, 'complaint', context.late ? 'stage-2-requested-late' : 'stage-2', {
              reference: context.escalating ?? context.reference ?? '',
              dueBy: context.policy.complaint.stage2Acknowledge.dueBy,
              dates: { stage2ResponseBy: context.policy.complaint.stage2.dueBy },
            }),
        },
      ],
      always: { target: 'done' },
    },
    notingComment: {
      entry: [
        { type: 'say', params: ({ context }) => ({ key: 'feedback.comment', params: { words: context.policy.comments } }) },
        { type: 'openCase', params: ({ context }) => feedbackCase(context, 'comment', 'noted') },
      ],
      always: { target: 'done' },
    },
    thanking: {
      entry: [
        { type: 'say', params: ({ context }) => ({ key: 'feedback.compliment', params: { words: context.policy.compliments } }) },
        { type: 'openCase', params: ({ context }) => feedbackCase(context, 'compliment', 'passed-on') },
      ],
      always: { target: 'done' },
    },
    answeringRepresentative: {
      entry: [
        {
          type: 'say',
          params: ({ context }) => ({
            key: context.policy.representative ? 'feedback.representative' : 'feedback.representativeNoPromise',
            params: { reference: context.reference ?? '', promise: context.policy.representative?.words ?? '' },
          }),
        },
        {
          type: 'openCase',
          params: ({ context }) => feedbackCase(context, 'representative-enquiry', 'open', { dueBy: context.policy.representative?.dueBy ?? null }),
        },
      ],
      always: { target: 'done' },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ next: context.next, reference: context.reference ?? undefined }),
});
