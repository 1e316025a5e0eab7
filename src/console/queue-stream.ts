// Console views, live (the queue; a conversation's transcript): each open page holds a
// Server-Sent Events stream, and one poller per view reads a cheap fingerprint of the data every couple of seconds
// (so changes made by any process sharing the database show). When it changes, or a minute
// has passed (the clocks move), the view is rendered once per key in use (a filter, a conversation) and sent to
// the pages whose view changed. A signed-out or disabled account's streams are ended.
import type { ServerResponse } from 'node:http';
import type { Logger } from '../log/logger.js';

export interface StreamClient {
  /** The filter's query string: pages with the same one share a rendering. */
  key: string;
  /** Still signed in? Checked once a minute. */
  stillValid(): Promise<boolean>;
}

interface Open extends StreamClient {
  res: ServerResponse;
  last: string;
}

export interface QueueStreamDeps {
  /** The SSE event name the page's sse-swap listens for. */
  event: string;
  fingerprint(): Promise<string>;
  render(key: string): Promise<string>;
  log: Logger;
  pollMs?: number;
  /** Re-render at least this often (the clocks in it move), and check sessions. */
  refreshMs?: number;
}

/** One SSE event: each line of the data gets its own "data:" field. */
export const sseEvent = (event: string, data: string): string =>
  `event: ${event}\n${data
    .split(/\r?\n/)
    .map((line) => `data: ${line}`)
    .join('\n')}\n\n`;

export class QueueStreams {
  private readonly open = new Set<Open>();
  private timer: NodeJS.Timeout | null = null;
  private lastPrint = '';
  private lastRefresh = 0;
  private running = false;

  constructor(private readonly deps: QueueStreamDeps) {}

  get size(): number {
    return this.open.size;
  }

  add(res: ServerResponse, client: StreamClient, first: string): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    });
    res.write('retry: 3000\n\n');
    const entry: Open = { ...client, res, last: first };
    this.open.add(entry);
    res.on('close', () => this.open.delete(entry));
    this.timer ??= setInterval(() => void this.poll(), this.deps.pollMs ?? 2_000);
  }

  /** Ends every stream (on shutdown). */
  close(): void {
    for (const o of this.open) o.res.end();
    this.open.clear();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async poll(): Promise<void> {
    if (this.running) return;
    if (this.open.size === 0) {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      return;
    }
    this.running = true;
    try {
      const print = await this.deps.fingerprint();
      const due = Date.now() - this.lastRefresh >= (this.deps.refreshMs ?? 60_000);
      if (print === this.lastPrint && !due) return;
      this.lastPrint = print;
      if (due) {
        this.lastRefresh = Date.now();
        for (const o of [...this.open]) {
          if (!(await o.stillValid())) {
            o.res.end();
            this.open.delete(o);
          }
        }
      }
      const rendered = new Map<string, string>();
      for (const o of this.open) {
        if (!rendered.has(o.key)) rendered.set(o.key, await this.deps.render(o.key));
        const html = rendered.get(o.key)!;
        if (html === o.last) continue;
        o.last = html;
        o.res.write(sseEvent(this.deps.event, html));
      }
    } catch (error) {
      // A store that does not answer now may answer at the next poll: the pages keep what they show.
      this.deps.log.warn({ err: error }, 'the live queue could not be refreshed');
    } finally {
      this.running = false;
    }
  }
}
