// The engine's own promises, on every store: a conversation survives between turns as a
// persisted snapshot, an outdated snapshot restarts politely without losing the case, a
// retried message is answered once, and while staff have a conversation the assistant
// stays silent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationEngine, firstName } from '../../src/engine/conversation-engine.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { policyNow } from '../../src/policy/policy-now.js';
import { seededReferences } from '../../src/sim/simulator.js';
import type { Store } from '../../src/store/store.js';
import { allStoreKinds } from '../support/stores.js';

const at = londonTime('2026-11-23', '10:00');
let n = 0;
/** A number no other test in this file uses, so tests can share one store. */
const fresh = () => ({ channel: 'sms', address: `+4477009${String((n += 1)).padStart(5, '0')}` });

describe.each(allStoreKinds())('conversation engine on $name', (kind) => {
  let store: Store;
  let engine: ConversationEngine;
  beforeAll(async () => {
    store = await kind.open();
    engine = new ConversationEngine({ pack: loadPolicy('nph'), store, reference: seededReferences(11) });
  });
  afterAll(() => store.close());

  it('stores the transcript, in and out, in order, and queues the reply for sending', async () => {
    const key = fresh();
    const result = await engine.receive({ ...key, text: 'hi', at, messageId: `SM1${key.address}` });
    const log = await store.transcript(result.conversationId!);
    expect(log.map((t) => t.direction)).toEqual(['in', 'out']);
    expect(log[0]).toMatchObject({ text: 'hi', at });
    const queued = await store.outbound({ recipient: key.address });
    expect(queued.map((m) => [m.status, m.body])).toEqual([['pending', result.texts[0]]]);
    expect(queued[0]).toMatchObject({ segments: 2, encoding: 'GSM-7' });
  });

  it("saves a conversation without the landlord's promises in it, and quotes the dates of the day it resumes", async () => {
    const key = fresh();
    const monday = londonTime('2026-11-23', '10:00');
    const nextMonday = londonTime('2026-11-30', '10:00');
    const first = await engine.receive({ ...key, text: 'I want to make a complaint', at: monday, messageId: `SMp1${key.address}` });
    const saved = JSON.stringify((await store.findConversation(key))!.snapshot);
    const promises = policyNow(engine.pack, monday).complaint;
    for (const quote of [promises.acknowledge, promises.stage1]) {
      expect(saved).not.toContain(quote.dueBy);
      expect(saved).not.toContain(quote.words);
    }
    expect(first.texts.join(' ')).toMatch(/tell us what happened/i);
    const later = await engine.receive({
      ...key,
      text: 'the repair man never came on tuesday and nobody rang me',
      at: nextMonday,
      messageId: `SMp2${key.address}`,
    });
    const now = policyNow(engine.pack, nextMonday).complaint;
    expect(later.cases).toMatchObject([{ kind: 'complaint', dueBy: now.acknowledge.dueBy, dates: { stage1ResponseBy: now.stage1.dueBy } }]);
    expect(later.texts.join(' ')).toContain(now.acknowledge.words);
  });

  it('answers a retried message id once: no second turn, no second reply', async () => {
    const key = fresh();
    const first = await engine.receive({ ...key, text: 'my toilet wont flush', at, messageId: `SMdup${key.address}` });
    const again = await engine.receive({ ...key, text: 'my toilet wont flush', at, messageId: `SMdup${key.address}` });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(await store.outbound({ recipient: key.address })).toHaveLength(first.texts.length);
    expect(await store.transcript(first.conversationId!)).toHaveLength(1 + first.texts.length);
  });

  it('takes concurrent messages from one tenant one whole turn at a time, losing none', async () => {
    const key = fresh();
    const texts = ['hi', '1', 'my kitchen tap is dripping', 'kitchen'];
    const results = await Promise.all(
      texts.map((text, i) => engine.receive({ ...key, text, at: new Date(at.getTime() + i), messageId: `SMc${i}${key.address}` })),
    );
    const log = await store.transcript(results[0]!.conversationId!);
    expect(
      log
        .filter((t) => t.direction === 'in')
        .map((t) => t.text)
        .sort(),
    ).toEqual([...texts].sort());
    // Each message is followed by its own replies before the next message starts.
    const byTurn = log.map((t) => (t.direction === 'in' ? `in:${t.text}` : 'out')).join(' ');
    const expected = results
      .map((r, i) => ({ r, text: texts[i]! }))
      .sort((a, b) => log.findIndex((t) => t.text === a.text) - log.findIndex((t) => t.text === b.text))
      .map(({ r, text }) => [`in:${text}`, ...r.texts.map(() => 'out')].join(' '))
      .join(' ');
    expect(byTurn).toBe(expected);
  });

  it('restarts politely when the stored snapshot is from an older machine, keeping the case', async () => {
    const key = fresh();
    const first = await engine.receive({ ...key, text: 'water drippin out the bathroom light fitting', at });
    expect(first.cases).toHaveLength(1);
    await store.turn(key, { messageId: null, at }, ({ record }) => ({
      write: { record: { ...record, machineVersion: record.machineVersion - 1 }, transcript: [], cases: [], outbound: [] },
      result: null,
    }));
    const next = await engine.receive({ ...key, text: 'hello?', at });
    expect(next.texts[0]).toMatch(/updated our service/i);
    expect(next.texts[0]).toMatch(/still logged/i);
    const [kept] = await store.cases(first.conversationId!);
    expect(kept).toMatchObject({ reference: first.cases[0]!.reference, kind: 'repair', details: { tier: 'emergency' } });
  });

  it('keeps two tenants apart', async () => {
    await engine.receive({ ...fresh(), text: 'my toilet wont flush', at });
    const other = await engine.receive({ ...fresh(), text: '1', at });
    expect(other.texts.join('\n')).not.toMatch(/bathroom/i);
  });

  it('stays silent while staff have the conversation, and answers again once it is handed back', async () => {
    const key = fresh();
    const { conversationId } = await engine.receive({ ...key, text: 'hi', at });
    await engine.setMode(conversationId!, 'staff', at);
    const quiet = await engine.receive({ ...key, text: '1', at });
    expect(quiet).toMatchObject({ silent: true, texts: [] });
    expect((await store.transcript(conversationId!)).at(-1)).toMatchObject({ direction: 'in', text: '1' });
    await engine.setMode(conversationId!, 'assistant', at);
    const back = await engine.receive({ ...key, text: '1', at });
    expect(back.texts.join('\n')).toMatch(/what needs repairing/i);
  });

  it('refuses to change the mode of a conversation that does not exist', async () => {
    await expect(engine.setMode('nobody', 'staff', at)).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
  });

  it('opts a number out on STOP and back in on START, without waking the dialog', async () => {
    const key = fresh();
    const stop = await engine.receive({ ...key, text: 'STOP', at, keyword: 'stop' });
    expect(stop).toMatchObject({ silent: true, texts: [] });
    expect(await store.isOptedOut(key)).toBe(true);
    const start = await engine.receive({ ...key, text: 'START', at, keyword: 'start' });
    expect(start.texts[0]).toMatch(/You will get texts from NPH again/);
    expect(await store.isOptedOut(key)).toBe(false);
  });

  it('a report sent while opted out is read and kept, and START sends its reply, so the next answer meets its question', async () => {
    const key = fresh();
    await engine.receive({ ...key, text: 'STOP', at, keyword: 'stop' });
    await engine.receive({ ...key, text: 'my bath tap keeps dripping', at });
    const start = await engine.receive({ ...key, text: 'START', at, keyword: 'start' });
    expect(start.texts[0]).toMatch(/You will get texts from NPH again/);
    expect(start.texts[1]).toMatch(/While texts were stopped we still read your messages/);
    expect(start.texts.slice(2).join('\n')).toMatch(/Reply YES or NO/);
    const answer = await engine.receive({ ...key, text: 'no', at });
    expect(answer.texts.join('\n')).toMatch(/Your repair is logged/);
  });

  it('START after STOP alone says only that texts are back on', async () => {
    const key = fresh();
    await engine.receive({ ...key, text: 'hello', at });
    await engine.receive({ ...key, text: 'STOP', at, keyword: 'stop' });
    const start = await engine.receive({ ...key, text: 'START', at, keyword: 'start' });
    expect(start.texts).toHaveLength(1);
  });

  it('keeps a photo with the case it belongs to, and one sent first with the case that follows', async () => {
    const key = fresh();
    const photo = await engine.receive({ ...key, text: '', at, media: ['https://api.twilio.com/m/ME1'] });
    expect(photo.texts[0]).toMatch(/tell us in words/i);
    const report = await engine.receive({ ...key, text: 'water drippin out the bathroom light fitting', at, media: ['https://api.twilio.com/m/ME2'] });
    const reference = report.cases[0]!.reference;
    await engine.receive({ ...key, text: '', at, media: ['https://api.twilio.com/m/ME3'] });
    const [found] = await store.cases(report.conversationId!);
    expect(found).toMatchObject({ reference });
    expect(found!.media).toEqual(['https://api.twilio.com/m/ME1', 'https://api.twilio.com/m/ME2', 'https://api.twilio.com/m/ME3']);
  });
});

describe('names', () => {
  it('greets by first name, leaving titles out', () => {
    expect(firstName('Mrs Jo Bloggs')).toBe('Jo');
    expect(firstName('Sam Taylor')).toBe('Sam');
    expect(firstName('Taylor')).toBeNull();
  });
});
