// Reporting anti-social behaviour: what happened, then at once the landlord's grade, its
// contact promise, the action plan promise and where else to get help, so a report is
// logged even if the tenant never answers another question. Behaviour aimed at the tenant
// (the pack's most serious grade) gets the 999 advice once and no more questions; domestic
// abuse goes on to a person. Other reports are asked who is affected, for the officer.
import { assign, enqueueActions, setup } from 'xstate';
import { clip } from './clip-text.js';
import { flowActions, replyGuards } from './flow.shared.js';
import type { AsbGradeNow, FlowOutput, PolicyNow, UserTextEvent } from './conversation.types.js';

export interface AsbInput {
  start: UserTextEvent | null;
  policy: PolicyNow;
  /** Texts only: the contact promise says so. */
  safeContact?: boolean;
  /** The tenant said someone in the home is vulnerable (age, disability, health, pregnancy). */
  vulnerable?: boolean;
}

export interface AsbContext {
  policy: PolicyNow;
  reference: string | null;
  openedAt: string | null;
  categoryId: string | null;
  categoryLabel: string | null;
  description: string | null;
  dangerNow: boolean | null;
  affected: string | null;
  grade: AsbGradeNow | null;
  misses: number;
  /** The 999 advice already went out with the safety advice (danger to life, domestic abuse): never twice. */
  advised: boolean;
  /** Domestic abuse: after the report, a person, not neighbour-nuisance questions. */
  abuse: boolean;
  safeContact: boolean;
  /** Recorded on the case, so staff weigh it in the risk assessment. */
  vulnerable: boolean;
}

/** The grade given is the landlord's most serious. */
function isMostSerious(context: AsbContext): boolean {
  return context.grade !== null && context.grade.level === Math.min(...context.policy.asbGrades.map((g) => g.level));
}

/** Grade for a category under this landlord; danger now puts it in the most serious grade. */
export function gradeFor(policy: PolicyNow, categoryId: string, dangerNow: boolean): AsbGradeNow {
  const byLevel = [...policy.asbGrades].sort((a, b) => a.level - b.level);
  const mostSerious = byLevel[0]!;
  if (dangerNow) return mostSerious;
  return byLevel.find((g) => g.categories.includes(categoryId)) ?? byLevel[byLevel.length - 1]!;
}

const { say, openCase } = flowActions<AsbContext>();

export const asbMachine = setup({
  types: {
    context: {} as AsbContext,
    events: {} as UserTextEvent,
    input: {} as AsbInput,
    output: {} as FlowOutput,
  },
  actions: {
    say,
    openCase,
    remember: assign(({ event }) => ({ policy: event.policy })),
    takeWhatHappened: assign(({ context, event }) => ({
      categoryId: event.triage.asb?.categoryId ?? event.reply.choice ?? 'rowdy-behaviour',
      categoryLabel: event.triage.asb?.label ?? null,
      description: event.text,
      reference: context.reference ?? event.reference,
      openedAt: context.openedAt ?? event.at,
      misses: 0,
    })),
    takeAffected: assign(({ event }) => ({ affected: event.reply.choice ?? clip(event.text, 80), misses: 0 })),
    miss: assign(({ context }) => ({ misses: context.misses + 1 })),
    signpost: enqueueActions(({ context, enqueue }) => {
      if (!context.advised) enqueue({ type: 'say', params: { key: 'asb.signpost', params: { category: context.categoryId ?? '' } } });
    }),
    adviseDanger: enqueueActions(({ context, enqueue }) => {
      if (!context.advised && isMostSerious(context)) enqueue({ type: 'say', params: { key: 'asb.dangerAdvice' } });
    }),
    // Who is affected, asked after the report was logged, goes onto the same case.
    noteAffected: enqueueActions(({ context, enqueue }) => {
      enqueue({ type: 'say', params: { key: 'asb.notedAffected' } });
      enqueue({
        type: 'openCase',
        params: {
          kind: 'asb',
          reference: context.reference ?? '',
          openedAt: context.openedAt ?? '',
          status: 'open',
          details: { category: context.categoryId, dangerNow: context.dangerNow, affected: context.affected },
        },
      });
    }),
    fixGrade: assign(({ context }) => ({
      grade: gradeFor(context.policy, context.categoryId ?? '', context.dangerNow === true),
    })),
  },
  guards: {
    saidYes: replyGuards.saidYes,
    saidNo: replyGuards.saidNo,
    chose: replyGuards.chose,
    needsWhat: ({ context }) => context.categoryId === null,
    knowsWhatHappened: ({ context }) => context.categoryLabel !== null,
    mostSerious: ({ context }) => isMostSerious(context),
    isAbuse: ({ context }) => context.abuse,
    describedAsb: ({ event }) => event.triage.asb !== null || event.reply.choice !== null,
    missedBefore: ({ context }) => context.misses >= 1,
  },
}).createMachine({
  id: 'asb',
  context: ({ input }) => {
    const start = input.start;
    const asb = start?.triage.asb ?? null;
    const safety = start?.triage.safety ?? [];
    const danger = safety.some((s) => s.id === 'danger-to-life' || s.id === 'domestic-abuse');
    return {
      policy: input.policy,
      reference: asb && start ? start.reference : null,
      openedAt: asb && start ? start.at : null,
      categoryId: asb?.categoryId ?? null,
      categoryLabel: asb?.label ?? null,
      description: asb && start ? start.text : null,
      dangerNow: danger ? true : null,
      affected: null,
      grade: null,
      misses: 0,
      advised: danger,
      abuse: asb?.categoryId === 'domestic-abuse' || safety.some((s) => s.id === 'domestic-abuse'),
      safeContact: input.safeContact === true || start?.triage.safeContact === true,
      vulnerable: input.vulnerable === true || (start?.triage.vulnerabilities?.length ?? 0) > 0,
    };
  },
  initial: 'starting',
  states: {
    starting: {
      always: [
        {
          guard: 'knowsWhatHappened',
          actions: { type: 'say', params: ({ context }) => ({ key: 'asb.understood', params: { category: context.categoryLabel ?? '' } }) },
          target: 'routing',
        },
        { target: 'routing' },
      ],
    },
    routing: {
      always: [{ guard: 'needsWhat', target: 'askingWhatHappened' }, { target: 'graded' }],
    },
    askingWhatHappened: {
      entry: { type: 'say', params: { key: 'asb.askWhat' } },
      on: {
        'user.text': [
          { guard: 'describedAsb', actions: ['remember', 'takeWhatHappened'], target: 'starting' },
          { guard: 'missedBefore', actions: ['remember', 'takeWhatHappened'], target: 'routing' },
          { actions: ['miss', { type: 'say', params: { key: 'common.chooseNumber' } }] },
        ],
      },
    },
    askingWhoAffected: {
      description: 'Asked after the report is logged: the answer goes onto the case for the officer.',
      entry: { type: 'say', params: { key: 'asb.askAffected' } },
      on: {
        'user.text': [
          { guard: 'chose', actions: ['remember', 'takeAffected', 'noteAffected'], target: 'done' },
          { guard: 'missedBefore', actions: ['remember', 'takeAffected', 'noteAffected'], target: 'done' },
          { actions: ['miss', { type: 'say', params: { key: 'common.chooseNumber' } }] },
        ],
      },
    },
    graded: {
      description:
        "The landlord's grade for this behaviour sets the contact promise; an action plan is always agreed. The most serious grade gets the 999 advice, once.",
      entry: [
        'fixGrade',
        'adviseDanger',
        {
          type: 'say',
          params: ({ context }) => ({
            key: 'asb.graded',
            params: {
              reference: context.reference ?? '',
              grade: context.grade?.label ?? '',
              promise: context.grade?.contact.words ?? '',
              safe: context.safeContact ? 'yes' : '',
            },
          }),
        },
        {
          type: 'say',
          params: ({ context }) => ({
            key: 'asb.actionPlan',
            params: { promise: context.grade?.actionPlan?.words ?? '', plan: context.policy.actionPlanPromise },
          }),
        },
        // Where the safety advice already gave 999, it is not repeated.
        'signpost',
        {
          type: 'openCase',
          params: ({ context }) => ({
            kind: 'asb',
            reference: context.reference ?? '',
            openedAt: context.openedAt ?? '',
            status: 'open',
            grade: context.grade?.id ?? null,
            level: context.grade?.level ?? null,
            dueBy: context.grade?.contact.dueBy ?? null,
            dates: context.grade?.actionPlan ? { actionPlanBy: context.grade.actionPlan.dueBy } : ({} as Record<string, string>),
            summary: context.description ?? '',
            ...(context.vulnerable ? { vulnerable: true } : {}),
            details: { category: context.categoryId, dangerNow: context.dangerNow, affected: context.affected },
          }),
        },
      ],
      always: [{ guard: 'isAbuse', target: 'done' }, { guard: 'mostSerious', target: 'done' }, { target: 'askingWhoAffected' }],
    },
    done: { type: 'final' },
  },
  // Abuse, or a danger to someone's life now, is picked up by a person once the report is logged.
  output: ({ context }) =>
    context.abuse
      ? { next: 'handoff', handoffReason: 'domestic-abuse', reference: context.reference ?? undefined }
      : context.dangerNow === true
        ? { next: 'handoff', handoffReason: 'danger-to-life', reference: context.reference ?? undefined }
        : { next: 'wrap-up', reference: context.reference ?? undefined },
});
