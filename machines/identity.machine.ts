// Who a number not on the tenancy list says it is: its postcode and door number, then its
// name, so staff can find the home. Invoked by the conversation (once, after the first
// report) like the other flows. The conversation says any safety advice before each reply
// is forwarded here; a danger mentioned instead of an answer gets the question again. A
// reply without a postcode is asked for once more, then taken as given; SKIP or NO skips.
import { assign, setup, type AnyActorRef } from 'xstate';
import { clip } from './clip-text.js';
import { flowActions } from './flow.shared.js';
import type { Identity, UserTextEvent } from './conversation.types.js';

/** How the identity questions finish: what the tenant gave, and whether they gave anything at all. */
export interface IdentityOutput {
  identity: Identity;
  given: boolean;
}

export interface IdentityContext {
  /** What the tenant has told us so far. */
  identity: Identity;
  addressMisses: number;
}

export const NO_IDENTITY: Identity = { postcode: null, door: null, addressText: null, name: null };
const NAME_MAX = 60;

/** "thanks, my name is  Jo   Bloggs." as "Jo Bloggs", at most 60 characters; null when nothing is left. */
function readName(text: string): string | null {
  const name = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:thanks|thank you|cheers|ok|okay|hi|hello)[,.!]?\s+)+/i, '')
    .replace(/^(?:my name is|my names|my name's|name is|it is|it's|its|i am|i'm|im|this is)\s+/i, '')
    .replace(/[.!,]+$/, '');
  return clip(name, NAME_MAX).trim() || null;
}

/** Nothing usable was given: no address words, no postcode, no name. */
function gaveNothing(identity: Identity): boolean {
  return identity.addressText === null && identity.postcode === null && identity.name === null;
}

/** What the identity flow (`flow`, its actor) has been told so far, for a tenant who leaves its questions by a command. */
export function identitySoFar(flow: AnyActorRef | undefined): Identity {
  return (flow?.getSnapshot()?.context as IdentityContext | undefined)?.identity ?? NO_IDENTITY;
}

const { say } = flowActions<IdentityContext>();

export const identityMachine = setup({
  types: {
    context: {} as IdentityContext,
    events: {} as UserTextEvent,
    output: {} as IdentityOutput,
  },
  actions: {
    say,
    takeAddress: assign(({ context, event }) => ({
      identity: {
        ...context.identity,
        postcode: event.reply.address?.postcode ?? null,
        door: event.reply.address?.door ?? null,
        addressText: event.reply.address?.text ?? (event.text.trim() || null),
      },
    })),
    missAddress: assign(({ context }) => ({ addressMisses: context.addressMisses + 1 })),
    takeName: assign(({ context, event }) => ({ identity: { ...context.identity, name: readName(event.text) } })),
  },
  guards: {
    gaveAddress: ({ event }) => event.reply.address != null,
    skipped: ({ event }) => event.reply.skip === true || event.reply.yesNo === 'no',
    // The conversation has already given the advice; the danger is not taken as an answer.
    mentionedDanger: ({ event }) => event.triage.safety.length > 0,
    missedAddressBefore: ({ context }) => context.addressMisses >= 1,
  },
}).createMachine({
  id: 'identity',
  description: 'Asked for an address and a name after a first report, so staff can find the home. Nothing about any tenancy is disclosed.',
  context: { identity: NO_IDENTITY, addressMisses: 0 },
  initial: 'askingAddress',
  states: {
    askingAddress: {
      entry: { type: 'say', params: { key: 'identity.askAddress' } },
      on: {
        'user.text': [
          { guard: 'gaveAddress', actions: 'takeAddress', target: 'askingName' },
          { guard: 'skipped', target: 'askingName' },
          { guard: 'mentionedDanger', actions: { type: 'say', params: { key: 'identity.askAddress' } } },
          { guard: 'missedAddressBefore', actions: 'takeAddress', target: 'askingName' },
          { actions: ['missAddress', { type: 'say', params: { key: 'identity.askAddressAgain' } }] },
        ],
      },
    },
    askingName: {
      entry: { type: 'say', params: { key: 'identity.askName' } },
      on: {
        'user.text': [
          { guard: 'skipped', target: 'done' },
          { guard: 'mentionedDanger', actions: { type: 'say', params: { key: 'identity.askName' } } },
          { actions: 'takeName', target: 'done' },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ identity: context.identity, given: !gaveNothing(context.identity) }),
});
