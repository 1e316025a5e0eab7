// Reporting a repair: what is wrong, where, anything that changes the priority, then the
// landlord's promise as a date with a reference. Each waiting state is named for what the
// assistant is waiting for; the copy for each prompt lives in dialogs/.
import { assign, setup } from 'xstate';
import { flowActions, replyGuards } from './flow.shared.js';
import type { FlowOutput, UserTextEvent } from './conversation.types.js';
import { higherTier, raiseTier, resolvePriority } from './priority.js';
import { awaabsDates, earlyCase, fromTriage, NO_LOCATION_AREAS, type RepairContext, type RepairInput, WHOLE_HOME_TAGS } from './repair.context.js';

export type { RepairContext, RepairInput } from './repair.context.js';

const { say, openCase } = flowActions<RepairContext>();

export const repairMachine = setup({
  types: {
    context: {} as RepairContext,
    events: {} as UserTextEvent,
    input: {} as RepairInput,
    output: {} as FlowOutput,
  },
  actions: {
    say,
    openCase,
    // The policy of this moment, and who is in the home when a message says so before the
    // quote ("kitchen, my son is disabled"): not asked again, and applied as the pack says.
    remember: assign(({ context, event }) => {
      const stated = event.triage.vulnerabilities ?? [];
      if (stated.length === 0 || context.priority !== null) return { policy: event.policy };
      const raise = context.vulnerable !== true && context.policy.vulnerabilityRule === 'raise-one-tier' && context.tier !== null;
      return {
        policy: event.policy,
        vulnerable: true,
        stated: [...new Set([...context.stated, ...stated])],
        tier: raise && context.tier ? raiseTier(context.tier) : context.tier,
      };
    }),
    takeIssue: assign(({ context, event }) => ({ ...fromTriage(context, event), misses: 0 })),
    takeLocation: assign(({ event }) => ({
      location: event.reply.choice ?? event.triage.repair?.location ?? 'not given',
      misses: 0,
    })),
    miss: assign(({ context }) => ({ misses: context.misses + 1 })),
    clearMisses: assign({ misses: 0 }),
    answerClarify: assign(({ context }, answer: 'yes' | 'no') => {
      const clarify = context.repair?.clarify;
      const change = answer === 'yes' ? clarify?.yes : clarify?.no;
      const tier = context.tier ?? 'routine';
      return {
        clarified: true,
        misses: 0,
        vulnerable: clarify?.vulnerability ? answer === 'yes' || context.vulnerable === true : context.vulnerable,
        tier: change?.tier ? higherTier(tier, change.tier) : tier,
        safety: answer === 'yes' && clarify?.yes.safety ? [...new Set([...context.safety, clarify.yes.safety])] : context.safety,
      };
    }),
    answerVulnerability: assign(({ context }, vulnerable: boolean | null) => ({
      // A vulnerability already stated (and applied) stands, and is not applied twice.
      vulnerable: context.vulnerable === true ? true : vulnerable,
      misses: 0,
      tier: vulnerable && context.vulnerable !== true && context.tier ? raiseTier(context.tier) : context.tier,
    })),
    fixPriority: assign(({ context }) => {
      const priority = resolvePriority(context.policy, context.tier ?? 'routine', context.repair?.tags ?? []);
      return { priority, quote: priority.quote };
    }),
    goTo: assign((_, next: FlowOutput['next']) => ({ next })),
  },
  guards: {
    saidYes: replyGuards.saidYes,
    saidNo: replyGuards.saidNo,
    chose: replyGuards.chose,
    hasIssue: ({ event }) => event.triage.repair !== null,
    needsIssue: ({ context }) => context.repair === null,
    // An emergency is quoted without asking the room: our team calls the tenant, and the question would only delay the promise.
    // Planned work (new windows, a new kitchen) is for the home, not a room with a problem in it.
    needsLocation: ({ context }) =>
      context.tier !== 'emergency' &&
      context.tier !== 'planned' &&
      context.location === null &&
      !NO_LOCATION_AREAS.has(context.repair?.area ?? '') &&
      !WHOLE_HOME_TAGS.some((t) => context.repair?.tags.includes(t)),
    knowsIssue: ({ context }) => context.repair !== null,
    knowsEmergency: ({ context }) => context.repair !== null && context.tier === 'emergency',
    needsClarifying: ({ context }) => !context.clarified && context.repair?.clarify != null,
    needsVulnerability: ({ context }) => context.vulnerable === null && context.policy.vulnerabilityRule === 'raise-one-tier' && context.tier !== 'emergency',
    namedLocation: ({ event }) => event.triage.repair?.location != null,
    statesVulnerability: ({ event }) => (event.triage.vulnerabilities?.length ?? 0) > 0,
    missedBefore: ({ context }) => context.misses >= 1,
    soundsLikeComplaint: ({ event }) => event.triage.kind === 'complaint' || event.triage.dissatisfaction,
    clarifyYesIsHigher: ({ context }) => {
      const yes = context.repair?.clarify?.yes;
      return Boolean(yes && (yes.safety || (yes.tier && higherTier(yes.tier, context.tier ?? 'routine') === yes.tier)));
    },
    isEmergency: ({ context }) => context.priority?.tier === 'emergency',
    wasUnhappy: ({ context }) => context.dissatisfaction,
    isAwaabs: ({ context }) => context.repair?.awaabs === true,
  },
}).createMachine({
  id: 'repair',
  context: ({ input }) => {
    const base: RepairContext = {
      policy: input.policy,
      reference: null,
      openedAt: null,
      repair: null,
      description: null,
      location: null,
      tier: null,
      clarified: false,
      vulnerable: input.knownVulnerable ? true : null,
      stated: [],
      safety: [],
      dissatisfaction: false,
      misses: 0,
      priority: null,
      quote: null,
      next: 'wrap-up',
    };
    if (!input.start) return base;
    const triaged = { ...base, ...fromTriage(base, input.start) };
    const stated = input.start.triage.vulnerabilities ?? [];
    const vulnerable = input.knownVulnerable === true || stated.length > 0;
    const raise = vulnerable && triaged.tier !== null && input.policy.vulnerabilityRule === 'raise-one-tier' && !triaged.repair?.vulnerabilityWeighed;
    return { ...triaged, vulnerable: vulnerable ? true : null, stated, tier: raise && triaged.tier ? raiseTier(triaged.tier) : triaged.tier };
  },
  initial: 'starting',
  on: { 'user.text': { actions: 'remember' } },
  states: {
    starting: {
      always: [
        // An emergency is quoted at once: it needs no early record.
        {
          guard: 'knowsEmergency',
          actions: {
            type: 'say',
            params: ({ context }) => ({
              key: 'repair.understood',
              params: { issue: context.repair?.label ?? '', planned: context.tier === 'planned' ? 'yes' : '' },
            }),
          },
          target: 'routing',
        },
        {
          guard: 'knowsIssue',
          actions: [
            {
              type: 'say',
              params: ({ context }) => ({
                key: 'repair.understood',
                params: { issue: context.repair?.label ?? '', planned: context.tier === 'planned' ? 'yes' : '' },
              }),
            },
            { type: 'openCase', params: ({ context }) => earlyCase(context) },
          ],
          target: 'routing',
        },
        { target: 'routing' },
      ],
    },
    routing: {
      always: [
        { guard: 'needsIssue', target: 'askingIssue' },
        { guard: 'needsLocation', target: 'askingLocation' },
        { guard: 'needsClarifying', target: 'askingClarification' },
        { guard: 'needsVulnerability', target: 'askingVulnerability' },
        { target: 'quoting' },
      ],
    },
    askingIssue: {
      entry: { type: 'say', params: { key: 'repair.askIssue' } },
      on: {
        'user.text': [
          {
            guard: 'hasIssue',
            actions: [
              'remember',
              'takeIssue',
              {
                type: 'say',
                params: ({ event }) => ({
                  key: 'repair.understood',
                  params: { issue: event.triage.repair?.label ?? '', planned: event.triage.repair?.tier === 'planned' ? 'yes' : '' },
                }),
              },
              { type: 'openCase', params: ({ context }) => earlyCase(context) },
            ],
            target: 'routing',
          },
          { guard: 'missedBefore', actions: { type: 'goTo', params: 'handoff' }, target: 'done' },
          { actions: ['miss', { type: 'say', params: { key: 'repair.askIssueAgain' } }] },
        ],
      },
    },
    askingLocation: {
      entry: { type: 'say', params: { key: 'repair.askLocation' } },
      on: {
        'user.text': [
          { guard: 'chose', actions: ['remember', 'takeLocation'], target: 'routing' },
          { guard: 'namedLocation', actions: ['remember', 'takeLocation'], target: 'routing' },
          { guard: 'missedBefore', actions: ['remember', 'takeLocation'], target: 'routing' },
          { actions: ['miss', { type: 'say', params: { key: 'common.chooseNumber' } }] },
        ],
      },
    },
    askingClarification: {
      description: 'When the words do not settle the priority, ask one short question; if still unsure, choose the higher.',
      entry: {
        type: 'say',
        params: ({ context }) => ({ key: 'repair.clarify', params: { question: context.repair?.clarify?.question ?? '' } }),
      },
      on: {
        'user.text': [
          {
            guard: 'saidYes',
            actions: [
              'remember',
              { type: 'answerClarify', params: 'yes' },
              {
                type: 'say',
                params: ({ context }) => ({
                  key: 'repair.clarifyYes',
                  params: { advice: context.repair?.clarify?.yes.safetyAdvice ?? '' },
                }),
              },
            ],
            target: 'routing',
          },
          { guard: 'saidNo', actions: ['remember', { type: 'answerClarify', params: 'no' }], target: 'routing' },
          {
            guard: 'missedBefore',
            actions: [
              'remember',
              {
                type: 'answerClarify',
                params: ({ context }) =>
                  context.repair?.clarify?.yes.tier &&
                  higherTier(context.repair.clarify.yes.tier, context.tier ?? 'routine') === context.repair.clarify.yes.tier
                    ? 'yes'
                    : 'no',
              },
              { type: 'say', params: { key: 'repair.choseHigher' } },
            ],
            target: 'routing',
          },
          { actions: ['miss', { type: 'say', params: { key: 'common.yesOrNo' } }] },
        ],
      },
    },
    askingVulnerability: {
      description: 'The standards promise faster attention for vulnerable tenants: a yes raises the repair one tier.',
      entry: { type: 'say', params: { key: 'repair.askVulnerability' } },
      on: {
        'user.text': [
          { guard: 'saidYes', actions: ['remember', { type: 'answerVulnerability', params: true }], target: 'routing' },
          { guard: 'statesVulnerability', actions: ['remember', { type: 'answerVulnerability', params: true }], target: 'routing' },
          { guard: 'saidNo', actions: ['remember', { type: 'answerVulnerability', params: false }], target: 'routing' },
          { guard: 'missedBefore', actions: ['remember', { type: 'answerVulnerability', params: false }], target: 'routing' },
          { actions: ['miss', { type: 'say', params: { key: 'common.yesOrNo' } }] },
        ],
      },
    },
    quoting: {
      description: "Quote the landlord's promise for the priority as words and a date, with the reference.",
      entry: [
        'fixPriority',
        {
          type: 'say',
          params: ({ context }) => ({
            key: context.priority?.tier === 'emergency' ? 'repair.quoteEmergency' : 'repair.quote',
            params: {
              reference: context.reference ?? '',
              issue: context.repair?.label ?? '',
              priority: context.priority?.label ?? '',
              promise: context.quote?.words ?? '',
              action: context.priority?.action ?? 'attend',
              next: context.policy.whatHappensNext,
            },
          }),
        },
        {
          type: 'openCase',
          params: ({ context }) => ({
            kind: 'repair',
            reference: context.reference ?? '',
            openedAt: context.openedAt ?? '',
            status: 'open',
            priority: context.priority?.id ?? null,
            tier: context.priority?.tier ?? null,
            dueBy: context.quote?.dueBy ?? null,
            issue: context.repair?.issueId ?? null,
            location: context.location,
            vulnerable: context.vulnerable,
            ...(context.stated.length ? { details: { vulnerabilities: context.stated.join(', ') } } : {}),
            safety: context.safety,
            awaabs: context.repair?.awaabs ?? false,
            dates: awaabsDates(context),
            summary: context.description ?? context.repair?.label ?? '',
          }),
        },
      ],
      always: [
        {
          guard: 'isAwaabs',
          actions: {
            type: 'say',
            params: ({ context }) => ({ key: 'repair.awaabs', params: { promise: context.policy.awaabs.investigate.words } }),
          },
          target: 'bookingAppointment',
        },
        { target: 'bookingAppointment' },
      ],
    },
    bookingAppointment: {
      description:
        'A non-emergency repair goes on to booking a visit (the conversation runs it once any identity questions are done). Emergencies never get slots: the quote gave the attend-by time.',
      always: [{ guard: 'wasUnhappy', target: 'offeringComplaint' }, { target: 'done' }],
    },
    offeringComplaint: {
      description: 'The Complaint Handling Code: dissatisfaction is offered the choice of a complaint, and the repair goes on.',
      entry: ['clearMisses', { type: 'say', params: { key: 'repair.offerComplaint' } }],
      on: {
        'user.text': [
          {
            guard: 'saidYes',
            actions: [
              { type: 'goTo', params: 'complaint' },
              { type: 'say', params: { key: 'repair.complaintAfterBooking' } },
            ],
            target: 'done',
          },
          { guard: 'saidNo', actions: { type: 'say', params: { key: 'repair.noComplaint' } }, target: 'done' },
          // Neither a yes nor a no: a reply that is itself a complaint is heard as one; otherwise ask once more.
          {
            guard: 'soundsLikeComplaint',
            actions: [
              { type: 'goTo', params: 'complaint' },
              { type: 'say', params: { key: 'repair.complaintAfterBooking' } },
            ],
            target: 'done',
          },
          { guard: 'missedBefore', actions: { type: 'say', params: { key: 'repair.noComplaint' } }, target: 'done' },
          { actions: ['miss', { type: 'say', params: { key: 'common.yesOrNo' } }] },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({
    next: context.next,
    reference: context.reference ?? undefined,
    carry: context.next === 'complaint' ? `About repair ${context.reference}: ${context.description ?? ''}` : undefined,
    booking:
      context.priority && context.priority.tier !== 'emergency' && context.reference && context.next !== 'handoff'
        ? { reference: context.reference, dueBy: context.priority.quote.dueBy, priority: context.priority.label }
        : undefined,
  }),
});
