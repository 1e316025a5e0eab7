// Proving a mobile number with a one-time code, for one of two purposes:
// - reminders: a tenant on a channel that cannot text them later (web chat, Messenger)
//   is offered a visit's reminders by text once it is booked there;
// - link: a visitor on a channel that does not say who they are asks after a report, and
//   is offered to link the chat to their tenancy by the mobile number on it.
// The tenant types a UK mobile number, we text a code to it, and they type the code back:
// proof they hold the number, so nothing goes to a stranger's phone through a typo, and
// nobody reads another tenant's reports by typing their number. For a link, a number the
// tenancy list does not have gets no code. Three wrong codes, a code older than ten
// minutes, or three codes sent, and the offer ends (a failed link is not offered again
// for an hour). NO, SKIP or a second reply that is neither a number nor a code ends it
// too. The engine supplies each turn's fresh code (none once a number has had its day's
// codes) and sends the text.
import { and, assign, enqueueActions, sendParent, setup } from 'xstate';
import type { ContactChange, FlowParentEvent, UserTextEvent } from './conversation.types.js';
import { flowActions } from './flow.shared.js';

/** How long a texted code can be typed back, and how many codes and wrong tries one offer allows. */
export const CODE_MINUTES = 10;
export const MAX_CODES = 3;
export const MAX_WRONG = 3;
/** A link that failed is not offered again for this long. */
export const LINK_LOCK_MINUTES = 60;

export type TextsPurpose = 'reminders' | 'link';

export interface TextsInput {
  purpose?: TextsPurpose;
}

/** How the offer ended; a link that failed says until when it is not offered again. */
export interface TextsOutput {
  outcome: 'agreed' | 'declined' | 'gave-up';
  lockedUntil?: number | null;
}

export interface TextsContext {
  purpose: TextsPurpose;
  outcome: TextsOutput['outcome'];
  lockedUntil: number | null;
  /** The number the last code went to, in E.164 form. */
  number: string | null;
  code: string | null;
  /** When the code stops counting, in milliseconds since the epoch. */
  expiresAt: number | null;
  wrong: number;
  sent: number;
  misses: number;
}

const { say } = flowActions<TextsContext>();

/** The copy key for a line of this purpose's offer: texts.* for reminders, link.* for a link. */
const line = (context: TextsContext, name: string): string => `${context.purpose === 'link' ? 'link' : 'texts'}.${name}`;
/** Says a line of this purpose's offer ("offer", "stayHere"...). */
const tell = (name: string) => ({ type: 'say' as const, params: ({ context }: { context: TextsContext }) => ({ key: line(context, name) }) });

const contact = sendParent<TextsContext, UserTextEvent, ContactChange, FlowParentEvent, UserTextEvent>((_, change) => ({
  type: 'flow.contact',
  change,
}));

export const textsMachine = setup({
  types: {
    context: {} as TextsContext,
    events: {} as UserTextEvent,
    input: {} as TextsInput,
    output: {} as TextsOutput,
  },
  actions: {
    say,
    // The offer ends without a proved number; a link is not offered again for a while.
    giveUp: enqueueActions(({ context, event, enqueue }) => {
      enqueue({ type: 'say', params: { key: line(context, 'gaveUp') } });
      enqueue.assign({ outcome: 'gave-up', lockedUntil: context.purpose === 'link' ? Date.parse(event.at) + LINK_LOCK_MINUTES * 60_000 : null });
    }),
    decline: enqueueActions(({ context, enqueue }) => {
      enqueue({ type: 'say', params: { key: line(context, 'stayHere') } });
      enqueue.assign({ outcome: 'declined' });
    }),
    // A new code for the number typed: any earlier code no longer counts.
    sendCode: enqueueActions(({ context, event, enqueue }) => {
      const number = event.reply.mobile!;
      const code = event.freshCode!;
      const expiresAt = Date.parse(event.at) + CODE_MINUTES * 60_000;
      enqueue.assign({ number, code, expiresAt, wrong: 0, sent: context.sent + 1, misses: 0 });
      enqueue({ type: 'contact', params: { action: 'send-code', number, code } });
      enqueue({ type: 'say', params: { key: line(context, 'codeSent'), params: { number } } });
    }),
    agree: enqueueActions(({ context, enqueue }) => {
      const number = context.number!;
      enqueue({ type: 'contact', params: context.purpose === 'link' ? { action: 'link', number } : { action: 'texts-to', number } });
      enqueue({ type: 'say', params: { key: line(context, 'agreed'), params: { number } } });
      enqueue.assign({ code: null, expiresAt: null, outcome: 'agreed' });
    }),
    contact,
    countWrong: assign(({ context }) => ({ wrong: context.wrong + 1 })),
    countMiss: assign(({ context }) => ({ misses: context.misses + 1 })),
  },
  guards: {
    gaveMobile: ({ event }) => event.reply.mobile != null,
    canSend: ({ context, event }) => context.sent < MAX_CODES && typeof event.freshCode === 'string',
    gaveCode: ({ event }) => event.reply.code != null,
    codeExpired: ({ context, event }) => context.expiresAt === null || Date.parse(event.at) > context.expiresAt,
    codeRight: ({ context, event }) => context.code !== null && event.reply.code === context.code,
    lastTry: ({ context }) => context.wrong + 1 >= MAX_WRONG,
    // "no thanks", SKIP, or a polite close ("thanks", but not an "ok" that also says yes).
    declined: ({ event }) => event.reply.yesNo === 'no' || event.reply.skip || (event.reply.closing && event.reply.yesNo !== 'yes'),
    saidYes: ({ event }) => event.reply.yesNo === 'yes',
    missedBefore: ({ context }) => context.misses >= 1,
    // A link is only to a tenancy whose list has the number: no code goes to any other.
    notOnList: ({ context, event }) => context.purpose === 'link' && event.mobileOnList === false,
  },
}).createMachine({
  id: 'texts',
  description: 'Proves a mobile number with a one-time code: for visit reminders by text, or to link the chat to the tenancy that has the number.',
  context: ({ input }) => ({
    purpose: input?.purpose ?? 'reminders',
    outcome: 'declined',
    lockedUntil: null,
    number: null,
    code: null,
    expiresAt: null,
    wrong: 0,
    sent: 0,
    misses: 0,
  }),
  output: ({ context }) => ({ outcome: context.outcome, lockedUntil: context.lockedUntil }),
  initial: 'askingNumber',
  states: {
    askingNumber: {
      entry: tell('offer'),
      on: {
        'user.text': [
          { guard: and(['gaveMobile', 'notOnList', 'missedBefore']), actions: 'giveUp', target: 'done' },
          { guard: and(['gaveMobile', 'notOnList']), actions: ['countMiss', tell('notOnList')] },
          { guard: 'gaveMobile', target: 'resending' },
          { guard: 'saidYes', actions: tell('askNumber') },
          { guard: 'declined', actions: 'decline', target: 'done' },
          { guard: 'missedBefore', actions: 'decline', target: 'done' },
          { actions: ['countMiss', tell('notMobile')] },
        ],
      },
    },
    checkingCode: {
      on: {
        'user.text': [
          { guard: 'declined', actions: 'decline', target: 'done' },
          { guard: 'gaveCode', target: 'weighingCode' },
          // Another number (or the same again): a new code, while the offer allows one.
          { guard: and(['gaveMobile', 'notOnList']), actions: 'giveUp', target: 'done' },
          { guard: 'gaveMobile', target: 'resending' },
          { guard: 'missedBefore', actions: 'decline', target: 'done' },
          {
            actions: ['countMiss', { type: 'say', params: ({ context }) => ({ key: line(context, 'askCode'), params: { number: context.number ?? '' } }) }],
          },
        ],
      },
    },
    weighingCode: {
      always: [
        // Typing the number again (checkingCode takes it) sends a new code.
        { guard: 'codeExpired', actions: tell('expired'), target: 'checkingCode' },
        { guard: 'codeRight', actions: 'agree', target: 'done' },
        { guard: 'lastTry', actions: 'giveUp', target: 'done' },
        { actions: ['countWrong', tell('wrongCode')], target: 'checkingCode' },
      ],
    },
    resending: {
      always: [
        { guard: 'canSend', actions: 'sendCode', target: 'checkingCode' },
        { actions: 'giveUp', target: 'done' },
      ],
    },
    done: { type: 'final' },
  },
});
