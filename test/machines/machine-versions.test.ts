// Catches the real risk behind CONVERSATION_MACHINE_VERSION: a machine changed so that an
// old persisted snapshot no longer fits, and the version not bumped. The engine stores one
// version with each conversation's snapshot and restores the snapshot only when it matches
// (src/engine/conversation-engine.ts), else restarts politely. The flows the conversation
// invokes (repair, ASB, complaint, identity, booking) persist inside that snapshot, so a
// change to any of them needs the same bump. They used to export versions of their own
// that nothing stored or read; those were deleted rather than folded into the stored value,
// so the stored format and the restore check stay as they were.
//
// Each machine's shape is fingerprinted: its states, their types and initial states,
// every transition (events, eventless `always`, invoke results) with its targets, guard
// names and action names, entry and exit action names, and what it invokes. Copy, action
// params and descriptions are left out: they change what is said, not what a snapshot
// holds. The machines are found through the conversation's own actors, so a new flow
// shows up here without being listed. Not caught: a change to the shape of a machine's
// context. That still needs a bump by hand.
//
// When this fails: bump CONVERSATION_MACHINE_VERSION, then put the new version and the
// fingerprints the failure prints into RECORDED below.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { CONVERSATION_MACHINE_VERSION, conversationMachine } from '../../machines/conversation.machine.js';

const RECORDED = {
  version: 14,
  fingerprints: {
    conversation: 'a6c58d304cb15e4a',
    repair: '954d1e761ed979d4',
    asb: 'cda08b5e2c660ef7',
    complaint: '6a0388aabc44acaf',
    identity: '3072dd3dd05fe6bd',
    booking: 'c0db7d42adb974d5',
    texts: '83d806e6804d6561',
  } as Record<string, string>,
};

type Named = { type?: unknown; name?: unknown; guards?: unknown };

function nameOf(item: unknown): unknown {
  if (typeof item === 'string') return item;
  if (typeof item === 'function') {
    const f = item as Named;
    // Inline helpers (assign, emit, or, ...) carry a type; or() and and() carry their guards.
    const name = typeof f.type === 'string' ? f.type : f.name || 'inline';
    return Array.isArray(f.guards) ? { name, guards: f.guards.map(nameOf) } : name;
  }
  if (item && typeof item === 'object' && 'type' in item) return (item as { type: unknown }).type;
  return item ?? null;
}

interface Transition {
  target?: readonly AnyStateNode[] | undefined;
  guard?: unknown;
  actions: readonly unknown[];
  reenter?: boolean;
}

function transition(t: Transition): unknown {
  return {
    target: t.target?.map((s) => s.id) ?? null,
    guard: nameOf(t.guard),
    actions: t.actions.map(nameOf),
    reenter: t.reenter ?? false,
  };
}

function shape(node: AnyStateNode): unknown {
  return {
    type: node.type,
    initial: node.initial?.target.map((s: AnyStateNode) => s.id) ?? null,
    entry: node.entry.map(nameOf),
    exit: node.exit.map(nameOf),
    invoke: node.invoke.map((i) => ({ id: i.id, src: typeof i.src === 'string' ? i.src : 'inline' })),
    on: [...node.transitions].map(([event, ts]) => [event, ts.map(transition)]),
    always: (node.always ?? []).map(transition),
    states: Object.fromEntries(Object.entries(node.states).map(([key, child]) => [key, shape(child)])),
  };
}

function fingerprint(machine: AnyStateMachine): string {
  return createHash('sha256')
    .update(JSON.stringify(shape(machine.root)))
    .digest('hex')
    .slice(0, 16);
}

/** The conversation and every machine it invokes, by actor name, found through its actors. */
function machines(): Record<string, AnyStateMachine> {
  const found: Record<string, AnyStateMachine> = { conversation: conversationMachine };
  const visit = (machine: AnyStateMachine): void => {
    for (const [name, logic] of Object.entries(machine.implementations.actors)) {
      if (!logic || typeof logic !== 'object' || !('root' in logic) || name in found) continue;
      found[name] = logic as AnyStateMachine;
      visit(logic as AnyStateMachine);
    }
  };
  visit(conversationMachine);
  return found;
}

const current = Object.fromEntries(Object.entries(machines()).map(([name, m]) => [name, fingerprint(m)]));
const toRecord = (version: number): string => `{ version: ${version}, fingerprints: ${JSON.stringify(current)} }`;

describe('machine versions', () => {
  it('fingerprints a machine the same way twice', () => {
    expect(fingerprint(conversationMachine)).toBe(fingerprint(conversationMachine));
  });

  it('records every machine the conversation invokes, and no other', () => {
    expect(Object.keys(current).sort(), `The machines have changed: record ${toRecord(CONVERSATION_MACHINE_VERSION)} in RECORDED.`).toEqual(
      Object.keys(RECORDED.fingerprints).sort(),
    );
  });

  it('records the fingerprints for the current CONVERSATION_MACHINE_VERSION', () => {
    expect(
      CONVERSATION_MACHINE_VERSION,
      `CONVERSATION_MACHINE_VERSION was bumped: record ${toRecord(CONVERSATION_MACHINE_VERSION)} in RECORDED in this test.`,
    ).toBe(RECORDED.version);
  });

  it.each(Object.keys(RECORDED.fingerprints))('has not changed the %s machine without a version bump', (name) => {
    expect(
      current[name],
      `The ${name} machine changed but CONVERSATION_MACHINE_VERSION is still ${CONVERSATION_MACHINE_VERSION}, ` +
        'so a snapshot stored before the change would be restored into it. Bump CONVERSATION_MACHINE_VERSION ' +
        `(machines/conversation.machine.ts) to ${CONVERSATION_MACHINE_VERSION + 1}, then record ${toRecord(CONVERSATION_MACHINE_VERSION + 1)} in RECORDED in this test.`,
    ).toBe(RECORDED.fingerprints[name]);
  });
});
