// The engine's own promises: a conversation survives between turns as a persisted
// snapshot, an outdated snapshot restarts politely without losing the case, and while
// staff have a conversation the assistant stays silent.
import { describe, expect, it } from 'vitest';
import { ConversationEngine, MemoryConversationStore } from '../../src/engine/conversation-engine.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { seededReferences } from '../../src/sim/simulator.js';

const at = londonTime('2026-11-23', '10:00');

function engine() {
  const store = new MemoryConversationStore();
  return { store, engine: new ConversationEngine({ pack: loadPolicy('nph'), store, reference: seededReferences(11) }) };
}

describe('conversation engine', () => {
  it('stores the transcript, in and out, in order', async () => {
    const { store, engine: e } = engine();
    await e.turn({ conversationId: 'sms:+447700900001', text: 'hi', at });
    expect(store.transcript.map((t) => t.direction)).toEqual(['in', 'out']);
    expect(store.transcript[0]).toMatchObject({ text: 'hi', at: at.toISOString() });
  });

  it('keeps two tenants apart', async () => {
    const { engine: e } = engine();
    await e.turn({ conversationId: 'a', text: 'my toilet wont flush', at });
    const other = await e.turn({ conversationId: 'b', text: '1', at });
    expect(other.texts.join('\n')).not.toMatch(/bathroom/i);
  });

  it('restarts politely when the stored snapshot is from an older machine, keeping the case', async () => {
    const { store, engine: e } = engine();
    const first = await e.turn({ conversationId: 'c', text: 'water drippin out the bathroom light fitting', at });
    expect(first.cases).toHaveLength(1);
    const record = store.conversations.get('c')!;
    store.conversations.set('c', { ...record, machineVersion: record.machineVersion - 1 });
    const next = await e.turn({ conversationId: 'c', text: 'hello?', at });
    expect(next.texts[0]).toMatch(/updated our service/i);
    expect(next.texts[0]).toMatch(/still logged/i);
    expect(store.cases.get(first.cases[0]!.reference)).toMatchObject({ kind: 'repair', tier: 'emergency' });
  });

  it('stays silent while staff have the conversation, and answers again once it is handed back', async () => {
    const { store, engine: e } = engine();
    await e.turn({ conversationId: 'd', text: 'hi', at });
    await e.setMode('d', 'staff');
    const quiet = await e.turn({ conversationId: 'd', text: '1', at });
    expect(quiet).toMatchObject({ silent: true, texts: [] });
    expect(store.transcript.at(-1)).toMatchObject({ direction: 'in', text: '1' });
    await e.setMode('d', 'assistant');
    const back = await e.turn({ conversationId: 'd', text: '1', at });
    expect(back.texts.join('\n')).toMatch(/what needs repairing/i);
  });

  it('refuses to change the mode of a conversation that does not exist', async () => {
    const { engine: e } = engine();
    await expect(e.setMode('nobody', 'staff')).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
  });
});
