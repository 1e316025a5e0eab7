// Reporting anti-social behaviour: what happened, whether anyone is in danger now, who is
// affected, then the landlord's grade, its contact promise, the action plan promise and
// where else to get help.
import { assign, setup } from 'xstate';
import { clip } from './clip-text.js';
import { flowActions, replyGuards } from './flow.shared.js';
import type { AsbGradeNow, FlowOutput, PolicyNow, UserTextEvent } from './conversation.types.js';

export interface AsbInput {
  start: UserTextEvent | null;
  policy: PolicyNow;
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
    takeDanger: assign((_, dangerNow: boolean) => ({ dangerNow, misses: 0 })),
    takeAffected: assign(({ event }) => ({ affected: event.reply.choice ?? clip(event.text, 80), misses: 0 })),
    miss: assign(({ context }) => ({ misses: context.misses + 1 })),
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
    needsDanger: ({ context }) => context.dangerNow === null,
    describedAsb: ({ event }) => event.triage.asb !== null || event.reply.choice !== null,
    missedBefore: ({ context }) => context.misses >= 1,
  },
}).createMachine({
  id: 'asb',
  context: ({ input }) => {
    const start = input.start;
    const asb = start?.triage.asb ?? null;
    const danger = start?.triage.safety.some((s) => s.id === 'danger-to-life' || s.id === 'domestic-abuse') ?? false;
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
      always: [{ guard: 'needsWhat', target: 'askingWhatHappened' }, { guard: 'needsDanger', target: 'askingDanger' }, { target: 'askingWhoAffected' }],
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
    askingDanger: {
      description: 'Danger now comes first: 999, and the most serious grade.',
      entry: { type: 'say', params: { key: 'asb.askDanger' } },
      on: {
        'user.text': [
          {
            guard: 'saidYes',
            actions: ['remember', { type: 'takeDanger', params: true }, { type: 'say', params: { key: 'asb.dangerAdvice' } }],
            target: 'askingWhoAffected',
          },
          { guard: 'saidNo', actions: ['remember', { type: 'takeDanger', params: false }], target: 'askingWhoAffected' },
          {
            guard: 'missedBefore',
            actions: ['remember', { type: 'takeDanger', params: false }, { type: 'say', params: { key: 'asb.dangerAdvice' } }],
            target: 'askingWhoAffected',
          },
          { actions: ['miss', { type: 'say', params: { key: 'common.yesOrNo' } }] },
        ],
      },
    },
    askingWhoAffected: {
      entry: { type: 'say', params: { key: 'asb.askAffected' } },
      on: {
        'user.text': [
          { guard: 'chose', actions: ['remember', 'takeAffected'], target: 'graded' },
          { guard: 'missedBefore', actions: ['remember', 'takeAffected'], target: 'graded' },
          { actions: ['miss', { type: 'say', params: { key: 'common.chooseNumber' } }] },
        ],
      },
    },
    graded: {
      description: "The landlord's grade for this behaviour sets the contact promise; an action plan is always agreed.",
      entry: [
        'fixGrade',
        {
          type: 'say',
          params: ({ context }) => ({
            key: 'asb.graded',
            params: {
              reference: context.reference ?? '',
              grade: context.grade?.label ?? '',
              promise: context.grade?.contact.words ?? '',
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
        { type: 'say', params: ({ context }) => ({ key: 'asb.signpost', params: { category: context.categoryId ?? '' } }) },
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
            details: { category: context.categoryId, dangerNow: context.dangerNow, affected: context.affected },
          }),
        },
      ],
      always: { target: 'done' },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ next: 'wrap-up', reference: context.reference ?? undefined }),
});
