// The dispatcher on its own: a backlog larger than one round goes out whole, once, and
// in order for each tenant; a passing failure is retried later, not dropped.
import { describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../../src/scheduler/outbox-dispatcher.js';
import { createLogger } from '../../src/log/logger.js';
import { SendError, type SmsSender, type SmsToSend } from '../../src/sms/sms-sender.js';
import { MemoryStore } from '../../src/store/memory.store.js';

const AT = new Date('2026-11-23T10:00:00Z');

class Recorder implements SmsSender {
  readonly kind = 'local' as const;
  readonly describe = 'recorder';
  readonly sent: SmsToSend[] = [];
  failOnce = new Set<string>();
  async send(sms: SmsToSend) {
    if (this.failOnce.delete(sms.body)) throw new SendError('20503', false, 'busy');
    this.sent.push(sms);
    return { providerId: `p${sms.id}`, sender: 'x' };
  }
  async findSent(sms: SmsToSend) {
    return this.sent.some((s) => s.id === sms.id) ? { providerId: `p${sms.id}`, sender: 'x' } : null;
  }
}

async function queue(store: MemoryStore, address: string, bodies: string[]): Promise<void> {
  await store.turn({ channel: 'sms', address }, { messageId: null, at: AT }, ({ record }) => ({
    write: {
      record,
      transcript: [],
      cases: [],
      outbound: bodies.map((body) => ({ channel: 'sms', recipient: address, body, segments: 1, encoding: 'GSM-7', sendAfter: AT })),
    },
    result: null,
  }));
}

describe('outbox dispatcher', () => {
  it('sends a backlog bigger than a round, each text once and each tenant in order', async () => {
    const store = new MemoryStore();
    const sender = new Recorder();
    const tenants = Array.from({ length: 7 }, (_, i) => `+44770090050${i}`);
    for (const t of tenants) await queue(store, t, ['one', 'two', 'three']);
    for (const t of tenants) await queue(store, t, ['four']);
    const dispatcher = new OutboxDispatcher({ store, sender, log: createLogger('silent'), now: () => AT, batch: 2 });
    await dispatcher.kick();
    expect(sender.sent).toHaveLength(28);
    expect(new Set(sender.sent.map((s) => s.id)).size).toBe(28);
    for (const t of tenants) expect(sender.sent.filter((s) => s.to === t).map((s) => s.body)).toEqual(['one', 'two', 'three', 'four']);
    expect((await store.outbound()).every((m) => m.status === 'sent')).toBe(true);
  });

  it('sends the replies of turns that finish close together in one round, when asked to gather', async () => {
    const store = new MemoryStore();
    const sender = new Recorder();
    let claims = 0;
    const claim = store.claimOutbound.bind(store);
    store.claimOutbound = (now, limit) => {
      claims += 1;
      return claim(now, limit);
    };
    const dispatcher = new OutboxDispatcher({ store, sender, log: createLogger('silent'), now: () => AT, gatherMs: 200 });
    const woken: Promise<void>[] = [];
    for (let i = 0; i < 5; i += 1) {
      await queue(store, `+44770090070${i}`, [`reply ${i}`]);
      woken.push(dispatcher.kick());
    }
    await Promise.all(woken);
    expect(sender.sent.map((s) => s.body).sort()).toEqual(['reply 0', 'reply 1', 'reply 2', 'reply 3', 'reply 4']);
    // One round sent all five, and, part-full and not woken since, did not claim again in vain.
    expect(claims).toBe(1);
  });

  it('keeps a text that failed for a passing reason, to try again later', async () => {
    const store = new MemoryStore();
    const sender = new Recorder();
    sender.failOnce.add('hello');
    await queue(store, '+447700900599', ['hello']);
    let now = AT;
    const dispatcher = new OutboxDispatcher({ store, sender, log: createLogger('silent'), now: () => now });
    await dispatcher.kick();
    expect(sender.sent).toHaveLength(0);
    expect((await store.outbound())[0]).toMatchObject({ status: 'pending', errorCode: '20503' });
    now = new Date(AT.getTime() + 31_000);
    await dispatcher.kick();
    expect(sender.sent.map((s) => s.body)).toEqual(['hello']);
  });
});
