// Proves with xstate's graph tools that every state of each flow machine can be reached
// and every flow can finish, from a report that says everything and from one that says
// nothing, so no tenant can be stuck in a dead end.
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { asbMachine } from '../../machines/asb.machine.js';
import { bookingMachine } from '../../machines/booking.machine.js';
import { complaintMachine } from '../../machines/complaint.machine.js';
import { conversationMachine, type ConversationInput } from '../../machines/conversation.machine.js';
import type { FlowOutput, TriageView, UserTextEvent } from '../../machines/conversation.types.js';
import { identityMachine } from '../../machines/identity.machine.js';
import { repairMachine } from '../../machines/repair.machine.js';
import { textsMachine } from '../../machines/texts.machine.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { policyNow } from '../../src/policy/policy-now.js';

const policy = policyNow(loadPolicy('nph'), londonTime('2026-11-23', '10:00'));
const blank: TriageView = {
  kind: 'unknown',
  safety: [],
  repair: null,
  asb: null,
  notAsb: null,
  dissatisfaction: false,
  enquiryAnswer: null,
  escalation: false,
};
const leak: TriageView = {
  ...blank,
  kind: 'repair',
  dissatisfaction: true,
  repair: {
    issueId: 'leak',
    label: 'leak',
    area: 'leaks',
    tier: 'urgent',
    tags: ['water'],
    awaabs: true,
    location: null,
    clarify: { id: 'near-electrics', question: 'Near electrics? Reply YES or NO', yes: { tier: 'emergency' } },
  },
};

function text(triage: TriageView, reply: Partial<UserTextEvent['reply']> = {}): UserTextEvent {
  return {
    type: 'user.text',
    text: 'x',
    at: '2026-11-23T10:00:00.000Z',
    triage,
    reply: { yesNo: null, choice: null, skip: false, closing: false, ...reply },
    policy,
    reference: 'REF12345',
  };
}

const SLOT = {
  date: '2026-11-24',
  slot: 'am',
  label: 'Morning (8am to 12 noon)',
  start: '08:00',
  end: '12:00',
  startsAt: '2026-11-24T08:00:00.000Z',
  endsAt: '2026-11-24T12:00:00.000Z',
};
const VISIT = { reference: 'REF12345', date: SLOT.date, slot: 'am', label: SLOT.label, startsAt: SLOT.startsAt, endsAt: SLOT.endsAt };

const events = [
  text(blank),
  text(leak),
  text(blank, { yesNo: 'yes' }),
  text(blank, { yesNo: 'no' }),
  text(blank, { choice: 'kitchen' }),
  text(blank, { choice: 'service' }),
  text(blank, { choice: 'complaint' }),
  text({ ...blank, kind: 'asb', asb: { categoryId: 'noise', label: 'Noise' } }),
  text(blank, { choice: 'move' }),
  text(blank, { choice: 'cancel' }),
  ...(['narrow', 'none-fit', 'taken', 'unread'] as const).map((kind) => text(blank, { slot: kind === 'narrow' ? { kind, count: 2 } : { kind } })),
  text(blank, { slot: { kind: 'pick', option: SLOT, earliestFree: SLOT.startsAt } }),
];

function reachable(machine: AnyStateMachine, input: unknown): Set<string> {
  // Alone, a flow has no parent to talk to: its say and openCase actions become no-ops.
  const alone = machine.provide({ actions: { say: () => {}, openCase: () => {}, record: () => {} } });
  const paths = getShortestPaths(alone, {
    input,
    events,
    serializeState: (state) => JSON.stringify(state.value) + (state.status === 'done' ? ':done' : ''),
  });
  return new Set(paths.map((p) => JSON.stringify(p.state.value)));
}

/**
 * The states a flow can rest in. A passing state, left at once by an unguarded eventless
 * (`always`) transition, never rests as a value, so it is read from the machine rather than
 * listed by hand: a resting state cannot be excused by mistake.
 */
function restingStates(machine: AnyStateMachine): string[] {
  return Object.entries(machine.root.states)
    .filter(([, node]) => !(node.always ?? []).some((t) => !t.guard))
    .map(([key]) => JSON.stringify(key));
}

describe.each([
  [
    'repair',
    repairMachine,
    [
      { start: null, policy },
      { start: text(leak), policy },
    ],
  ],
  ['asb', asbMachine, [{ start: null, policy }]],
  [
    'complaint',
    complaintMachine,
    [
      { start: null, policy, mode: 'choose' },
      { start: null, policy, mode: 'escalate' },
      { start: text(blank), policy, mode: 'representative-enquiry' },
      { start: text(blank), policy, mode: 'offer' },
      // A first text long enough to stand as the complaint: logged at the yes, then the outcome asked.
      { start: { ...text(blank), text: 'the woman on the phone this morning was so rude to me and then put the phone down' }, policy, mode: 'offer' },
    ],
  ],
  ['identity', identityMachine, [undefined]],
  [
    'booking',
    bookingMachine,
    [
      { request: { reference: 'REF12345', dueBy: '2026-11-30T17:00:00.000Z', priority: 'Urgent' }, current: null },
      { request: null, current: { ...VISIT, status: 'booked' } },
      { request: null, current: { ...VISIT, status: 'booked' }, wantsCancel: true },
      { request: null, current: { ...VISIT, status: 'no-access' } },
    ],
  ],
] as const)('%s machine', (_name, machine, inputs) => {
  it('can reach every resting state and finish', () => {
    const seen = new Set<string>();
    for (const input of inputs) for (const s of reachable(machine as AnyStateMachine, input)) seen.add(s);
    const resting = restingStates(machine as AnyStateMachine);
    for (const state of resting) expect(seen, `${state} is unreachable`).toContain(state);
    expect(seen).toContain('"done"');
  });
});

describe('texts machine', () => {
  const mobile = '+447700900123';
  const texts = [
    text(blank),
    text(blank, { yesNo: 'yes' }),
    text(blank, { yesNo: 'no' }),
    { ...text(blank, { mobile }), freshCode: '123456' },
    text(blank, { code: '123456' }),
    text(blank, { code: '654321' }),
    { ...text(blank, { code: '123456' }), at: '2026-11-23T10:30:00.000Z' },
    // A number the tenancy list does not have (only a link cares).
    { ...text(blank, { mobile }), freshCode: '123456', mobileOnList: false },
  ];

  it.each(['reminders', 'link'] as const)('can reach every resting state and finish, with the number proved or not, for %s', (purpose) => {
    // Standing alone, with no conversation to tell what it says and asks for.
    const alone = textsMachine.provide({ actions: { say: () => {}, contact: () => {} } });
    const paths = getShortestPaths(alone, {
      input: { purpose },
      events: texts as never,
      serializeState: (state) => JSON.stringify(state.value) + JSON.stringify(state.context),
    });
    const seen = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of restingStates(textsMachine as AnyStateMachine)) expect(seen, `${state} is unreachable`).toContain(state);
    expect(seen).toContain('"done"');
    const outcomes = new Set(paths.filter((p) => p.state.status === 'done').map((p) => p.state.output?.outcome));
    expect([...outcomes].sort()).toEqual(['agreed', 'declined', 'gave-up']);
  });
});

describe('conversation machine', () => {
  // The flows are stood in for by the events they send their parent: a case opened, and
  // their finish with each place the conversation can go next.
  const conversationEvents = [
    text(blank),
    { ...text(blank), asksStatus: true },
    ...['repair', 'asb', 'feedback', 'question', 'person'].map((choice) => text(blank, { choice })),
    text(blank, { yesNo: 'no' }),
    text(blank, { skip: true }),
    text(blank, { address: { postcode: 'NE1 4XY', door: '12', text: 'NE1 4XY 12' } }),
    { type: 'flow.case', change: { kind: 'repair', reference: 'REF12345', openedAt: '2026-11-23T10:00:00.000Z', status: 'open' } },
    ...(['wrap-up', 'handoff', 'complaint', 'repair', 'menu'] as FlowOutput['next'][]).map((next) => ({
      type: 'xstate.done.actor.flow',
      output: { next },
    })),
    { type: 'xstate.done.actor.flow', output: { next: 'wrap-up', booking: { reference: 'REF12345', dueBy: SLOT.startsAt, priority: 'Urgent' } } },
    { ...text(blank, { appointment: 'change' }), appointment: { ...VISIT, status: 'booked' } },
    { type: 'flow.appointment', change: { action: 'book', reference: 'REF12345', option: SLOT } },
  ];

  function conversationStates(input: ConversationInput): Set<string> {
    const paths = getShortestPaths(conversationMachine, {
      input,
      events: conversationEvents as never,
      serializeState: (state) =>
        JSON.stringify(state.value) +
        JSON.stringify([state.context.caseOpened, state.context.identityAsked, state.context.visitBooked, state.context.textsOffered]),
    });
    return new Set(paths.map((p) => JSON.stringify(p.state.value)));
  }

  // The questions themselves are the identity machine's states, reached above.
  const IDENTITY_STATES = ['"collectingIdentity"'];

  it('a web chat visitor not on the tenancy list can reach every resting state, the identity questions, the offer of texts and linking among them', () => {
    const seen = conversationStates({ verified: false, offerTexts: true, linkable: true });
    const resting = [...restingStates(conversationMachine).filter((s) => s !== '"collectingIdentity"'), ...IDENTITY_STATES];
    for (const state of resting) expect(seen, `${state} is unreachable`).toContain(state);
  });

  it('a tenant on the list never reaches the identity questions', () => {
    const seen = conversationStates({});
    for (const state of IDENTITY_STATES) expect(seen).not.toContain(state);
  });

  it('a tenant who can be texted is never offered texts', () => {
    expect(conversationStates({ verified: false })).not.toContain('"choosingTexts"');
  });

  it('a conversation the channel already places (a number, or one linked) is never offered a link', () => {
    expect(conversationStates({ verified: false, offerTexts: true })).not.toContain('"linking"');
  });
});
