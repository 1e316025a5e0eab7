// A message its channel cannot deliver now is diverted by the store in one step: marked
// failed, and a copy queued by SMS to the number the conversation proved, or else an
// alert raised and its case flagged. Doing it twice (a crash between the divert and the
// round's record) queues nothing more. On every store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSENGER_CAPABILITIES } from '../../src/channels/messenger.adapter.js';
import { ConversationEngine } from '../../src/engine/conversation-engine.js';
import { planDivert } from '../../src/outbound/divert.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { seededReferences } from '../../src/sim/simulator.js';
import type { Store } from '../../src/store/store.js';
import { SMS_CAPABILITIES } from '../../dialogs/render.js';
import { allStoreKinds } from '../support/stores.js';

const AT = new Date('2026-11-23T10:00:00Z');
const LATER = new Date('2026-11-26T10:00:00Z');

describe.each(allStoreKinds())('diverting a message on $name', (kind) => {
  let store: Store;
  let engine: ConversationEngine;
  let n = 0;
  beforeAll(async () => {
    store = await kind.open();
    engine = new ConversationEngine({
      pack: loadPolicy('nph'),
      store,
      reference: seededReferences(7),
      capabilities: (c) => (c === 'messenger' ? MESSENGER_CAPABILITIES : SMS_CAPABILITIES),
    });
  });
  afterAll(() => store.close());

  /** A Messenger user with a repair reported; the id of the last message queued to them. */
  async function reported(provenNumber: string | null): Promise<{ key: { channel: string; address: string }; id: number; reference: string }> {
    const key = { channel: 'messenger', address: `psid-${(n += 1)}` };
    const result = await engine.receive({ ...key, text: 'the kitchen tap is dripping', at: AT, messageId: `m-${n}` });
    if (provenNumber) {
      await store.turn(key, { messageId: null, at: AT }, ({ record }) => ({
        write: { record: { ...record, remindersTo: provenNumber }, transcript: [], cases: [], outbound: [] },
        result: null,
      }));
    }
    return { key, id: result.outboundIds.at(-1)!, reference: result.cases[0]!.reference };
  }

  let tries = 0;
  /** Each divert a little later than the one before, as after a crash and a retry. */
  const divert = (id: number) =>
    store.divertOutbound(id, 'outside-window', new Date(LATER.getTime() + (tries += 1) * 60_000), (m, facts) => planDivert(m, facts, 'outside the window'));

  it('sends a copy by SMS to the proved number, once however often it is diverted', async () => {
    const { key, id } = await reported('+447700900555');
    const plan = await divert(id);
    expect(plan?.copy).toMatchObject({ channel: 'sms', recipient: '+447700900555' });
    await divert(id);
    const copies = await store.outbound({ recipient: '+447700900555' });
    expect(copies).toHaveLength(1);
    const original = (await store.outbound({ recipient: key.address })).find((m) => m.id === id)!;
    expect(copies[0]).toMatchObject({ status: 'pending', body: original.body.replace(/’/g, "'") });
    expect(original).toMatchObject({ status: 'failed', errorCode: 'outside-window' });
  });

  it('alerts staff with the words not delivered and flags the case when no number was proved', async () => {
    const { key, id, reference } = await reported(null);
    await divert(id);
    await divert(id);
    const original = (await store.outbound({ recipient: key.address })).find((m) => m.id === id)!;
    const alerts = (await store.alerts()).filter((a) => a.reference === reference && a.clock === 'not-reached');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.label).toContain(original.body.replace(/\s+/g, ' ').slice(0, 60));
    expect((await store.caseByReference(reference))?.flags).toContain('not-reached');
    expect((await store.outbound()).filter((m) => m.channel === 'sms' && m.conversationId === original.conversationId)).toEqual([]);
  });

  it('finds no message to divert for an id it never queued', async () => {
    expect(await divert(999_999)).toBeNull();
  });
});
