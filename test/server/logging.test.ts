// What the logs may hold: conversation ids and outcomes, never a message's words or a
// whole phone number, even when a turn fails with a database error carrying its values.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.store.js';
import type { Store } from '../../src/store/store.js';
import { smsParams, startApp, type RunningApp } from '../support/http-app.js';

/** A store whose next turn fails the way a database driver fails: values attached. */
class FailingOnce extends MemoryStore {
  failNext = false;
  override turn: Store['turn'] = (key, inbound, work) => {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(
        Object.assign(new Error('could not write'), { code: '58P01', params: [key.address, 'secret words'], detail: `(address)=(${key.address})` }),
      );
    }
    return super.turn(key, inbound, work);
  };
}

describe('logs', () => {
  const lines: string[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  const store = new FailingOnce();
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(store, { logTo: sink });
  });
  afterAll(() => app.close());

  it('name the conversation and mask the number, without the words of the message', async () => {
    await app.post('/sms', smsParams('+447700900777', 'water pouring through the ceiling at 12 Acacia Avenue'));
    await app.outbox();
    const text = lines.join('\n');
    expect(text).toMatch(/"conversationId":"[0-9a-f-]{36}"/);
    expect(text).toContain('*********777');
    expect(text).not.toContain('447700900777');
    expect(text).not.toMatch(/Acacia|ceiling/);
  });

  it('keep a failed turn out of the logs too, while the tenant still gets an apology', async () => {
    store.failNext = true;
    const res = await app.post('/sms', smsParams('+447700900778', 'my secret words'));
    expect(res.status).toBe(200);
    const replies = await app.outbox('+447700900778');
    expect(replies.map((r) => r.body).join('\n')).toMatch(/something went wrong on our side\. We have your message/);
    const text = lines.join('\n');
    expect(text).toMatch(/turn failed/);
    expect(text).not.toContain('447700900778');
    expect(text).not.toContain('secret words');
  });
});
