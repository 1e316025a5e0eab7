// Web chat under load: N visitors (default 50) on the built-in Direct Line, each through
// a conversation as Web Chat runs it (token, start, the greeting, then a repair reported,
// the yes/no, the address, the name and a slot picked), one message after the answer to
// the last arrived on the visitor's WebSocket stream, then a new visitor. A turn's latency
// is from posting the message to its answer arriving on the stream: the whole loop of
// store, engine, outbox, botbuilder, the bot side of the Direct Line and the stream.
import WebSocket from 'ws';
import { percentile } from './load.js';
import type { BenchConfig } from './options.js';
import { startChild } from './processes.js';
import { prepareStore } from './stores.js';

/** Each message gets exactly one answer (checked: a turn that got another count is an error). */
const SCRIPT = ['my kitchen tap is leaking', 'no', 'NN1 1AA 12', 'Jo Bloggs', '1'];

export interface WebChatResult {
  target: 'pglite' | 'postgres';
  skipped?: string;
  turns?: number;
  turnsPerSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  errors?: number;
}

interface Frame {
  activities: { from: { role?: string } }[];
}

class Visitor {
  private bot = 0;
  private waiters: { count: number; resolve: () => void }[] = [];
  private socket: WebSocket | null = null;
  conversationId = '';
  token = '';

  constructor(private readonly base: string) {}

  async open(): Promise<void> {
    const session = (await (
      await fetch(`${this.base}/chat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    ).json()) as {
      conversationId: string;
      token: string;
    };
    this.conversationId = session.conversationId;
    this.token = session.token;
    const started = (await (
      await fetch(`${this.base}/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${this.token}` } })
    ).json()) as {
      streamUrl: string;
    };
    const socket = new WebSocket(started.streamUrl);
    this.socket = socket;
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      this.bot += frame.activities.filter((a) => a.from.role === 'bot').length;
      this.waiters = this.waiters.filter((w) => {
        if (this.bot < w.count) return true;
        w.resolve();
        return false;
      });
    });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    await this.until(1);
  }

  until(count: number, ms = 30_000): Promise<void> {
    if (this.bot >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer within 30 s')), ms);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** Posts a message and waits for its one answer; returns the milliseconds it took. */
  async say(text: string, n: number): Promise<number> {
    const start = performance.now();
    const res = await fetch(`${this.base}/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, from: { id: 'bench', role: 'user' }, channelData: { clientActivityID: `bench-${n}` } }),
    });
    if (res.status !== 200) throw new Error(`post: ${res.status}`);
    await this.until(this.bot + 1);
    return performance.now() - start;
  }

  close(): void {
    this.socket?.close();
  }
}

async function runVisitors(base: string, config: BenchConfig): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const warmEnd = performance.now() + config.warmupSeconds * 1000;
  const end = warmEnd + config.measureSeconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let lastAnswer = warmEnd;
  await Promise.all(
    Array.from({ length: config.tenants }, async () => {
      while (performance.now() < end) {
        const v = new Visitor(base);
        try {
          await v.open();
          for (const [i, text] of SCRIPT.entries()) {
            if (performance.now() >= end) break;
            const began = performance.now();
            const ms = await v.say(text, i);
            if (began >= warmEnd) {
              latencies.push(ms);
              lastAnswer = Math.max(lastAnswer, performance.now());
            }
          }
        } catch {
          if (performance.now() >= warmEnd) errors += 1;
        } finally {
          v.close();
        }
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), errors, seconds: (lastAnswer - warmEnd) / 1000 };
}

export async function benchWebChat(target: 'pglite' | 'postgres', config: BenchConfig): Promise<WebChatResult> {
  const store = await prepareStore(target, config.databaseUrl);
  if ('skipped' in store) return { target, skipped: store.skipped };
  const child = await startChild('src/server/main.ts', {
    DATA_DIR: store.dataDir,
    DEMO_TENANTS: 'off',
    LOG_LEVEL: 'silent',
    APPOINTMENT_CAPACITY: '10000',
    ...store.env,
  });
  try {
    await child.waitReady();
    const run = await runVisitors(child.baseUrl, config);
    return {
      target,
      turns: run.latencies.length,
      turnsPerSecond: run.seconds > 0 ? run.latencies.length / run.seconds : 0,
      p50Ms: percentile(run.latencies, 50),
      p99Ms: percentile(run.latencies, 99),
      maxMs: run.latencies.at(-1) ?? Number.NaN,
      errors: run.errors,
    };
  } finally {
    await child.stop(10_000).catch(() => {});
    await store.cleanup().catch(() => {});
  }
}
