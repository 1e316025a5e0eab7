// Visit reminders by text, for a tenant on a channel that cannot text them later (web
// chat): invoked by the conversation once, after a visit is booked there. The tenant types
// a UK mobile number, we text a one-time code to it, and they type the code back: proof
// they hold the number, so reminders never go to a stranger's phone through a typo. Three
// wrong codes, a code older than ten minutes, or three codes sent, and the offer ends with
// the updates staying in the chat. NO, SKIP or a second reply that is neither a number nor
// a code ends it too. The engine supplies each turn's fresh code and sends the text.
import { assign, enqueueActions, sendParent, setup } from 'xstate';
import type { ContactChange, FlowParentEvent, UserTextEvent } from './conversation.types.js';
import { flowActions } from './flow.shared.js';

/** How long a texted code can be typed back, and how many codes and wrong tries one offer allows. */
export const CODE_MINUTES = 10;
export const MAX_CODES = 3;
export const MAX_WRONG = 3;

export interface TextsContext {
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

const contact = sendParent<TextsContext, UserTextEvent, ContactChange, FlowParentEvent, UserTextEvent>((_, change) => ({
  type: 'flow.contact',
  change,
}));

export const textsMachine = setup({
  types: {
    context: {} as TextsContext,
    events: {} as UserTextEvent,
  },
  actions: {
    say,
    // A new code for the number typed: any earlier code no longer counts.
    sendCode: enqueueActions(({ context, event, enqueue }) => {
      const number = event.reply.mobile!;
      const code = event.freshCode!;
      const expiresAt = Date.parse(event.at) + CODE_MINUTES * 60_000;
      enqueue.assign({ number, code, expiresAt, wrong: 0, sent: context.sent + 1, misses: 0 });
      enqueue({ type: 'contact', params: { action: 'send-code', number, code } });
      enqueue({ type: 'say', params: { key: 'texts.codeSent', params: { number } } });
    }),
    agree: enqueueActions(({ context, enqueue }) => {
      enqueue({ type: 'contact', params: { action: 'texts-to', number: context.number! } });
      enqueue({ type: 'say', params: { key: 'texts.agreed', params: { number: context.number! } } });
      enqueue.assign({ code: null, expiresAt: null });
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
  },
}).createMachine({
  id: 'texts',
  description: 'Offers visit reminders by text on a channel that cannot text, and proves the number with a one-time code.',
  context: { number: null, code: null, expiresAt: null, wrong: 0, sent: 0, misses: 0 },
  initial: 'askingNumber',
  states: {
    askingNumber: {
      entry: { type: 'say', params: { key: 'texts.offer' } },
      on: {
        'user.text': [
          { guard: 'gaveMobile', target: 'resending' },
          { guard: 'saidYes', actions: { type: 'say', params: { key: 'texts.askNumber' } } },
          { guard: 'declined', actions: { type: 'say', params: { key: 'texts.stayHere' } }, target: 'done' },
          { guard: 'missedBefore', actions: { type: 'say', params: { key: 'texts.stayHere' } }, target: 'done' },
          { actions: ['countMiss', { type: 'say', params: { key: 'texts.notMobile' } }] },
        ],
      },
    },
    checkingCode: {
      on: {
        'user.text': [
          { guard: 'declined', actions: { type: 'say', params: { key: 'texts.stayHere' } }, target: 'done' },
          { guard: 'gaveCode', target: 'weighingCode' },
          // Another number (or the same again): a new code, while the offer allows one.
          { guard: 'gaveMobile', target: 'resending' },
          { guard: 'missedBefore', actions: { type: 'say', params: { key: 'texts.stayHere' } }, target: 'done' },
          {
            actions: ['countMiss', { type: 'say', params: ({ context }) => ({ key: 'texts.askCode', params: { number: context.number ?? '' } }) }],
          },
        ],
      },
    },
    weighingCode: {
      always: [
        // Typing the number again (checkingCode takes it) sends a new code.
        { guard: 'codeExpired', actions: { type: 'say', params: { key: 'texts.expired' } }, target: 'checkingCode' },
        { guard: 'codeRight', actions: 'agree', target: 'done' },
        { guard: 'lastTry', actions: { type: 'say', params: { key: 'texts.gaveUp' } }, target: 'done' },
        { actions: ['countWrong', { type: 'say', params: { key: 'texts.wrongCode' } }], target: 'checkingCode' },
      ],
    },
    resending: {
      always: [
        { guard: 'canSend', actions: 'sendCode', target: 'checkingCode' },
        { actions: { type: 'say', params: { key: 'texts.gaveUp' } }, target: 'done' },
      ],
    },
    done: { type: 'final' },
  },
});
