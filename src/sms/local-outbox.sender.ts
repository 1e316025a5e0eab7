// The local SMS outbox: with no Twilio account, every text a tenant would receive is
// appended as one JSON object a line to <data dir>/sms-outbox.jsonl. `tail -f` it to
// watch the assistant work. Each line carries the outbox id, so a line is never written
// twice for one message, even when a send is retried after a crash.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { SmsSender, SmsSent, SmsToSend } from './sms-sender.js';

export const LOCAL_SENDER = 'doorstep-local';

export class LocalOutboxSender implements SmsSender {
  readonly kind = 'local' as const;
  readonly path: string;
  private written: Promise<Set<number>> | null = null;

  constructor(
    path: string,
    private readonly from: string = LOCAL_SENDER,
  ) {
    this.path = resolve(path);
  }

  get describe(): string {
    return `local outbox ${this.path}`;
  }

  async send(sms: SmsToSend, at: Date): Promise<SmsSent> {
    const written = await this.load();
    const providerId = `local-${sms.id}`;
    if (written.has(sms.id)) return { providerId, sender: this.from };
    const line = { id: providerId, to: sms.to, from: this.from, body: sms.body, at: at.toISOString(), segments: sms.segments, encoding: sms.encoding };
    await appendFile(this.path, `${JSON.stringify(line)}\n`);
    written.add(sms.id);
    return { providerId, sender: this.from };
  }

  /** The ids already in the file, read once (concurrent first sends share the one read). */
  private load(): Promise<Set<number>> {
    this.written ??= (async () => {
      await mkdir(dirname(this.path), { recursive: true });
      const seen = new Set<number>();
      try {
        for (const line of (await readFile(this.path, 'utf8')).split('\n')) {
          const m = /"id":"local-(\d+)"/.exec(line);
          if (m) seen.add(Number(m[1]));
        }
      } catch {
        // No outbox yet.
      }
      return seen;
    })();
    return this.written;
  }
}

export interface OutboxLine {
  id: string;
  to: string;
  from: string;
  body: string;
  at: string;
  segments: number;
  encoding: string;
}

/** Reads the outbox file (tests, the sms CLI). */
export async function readOutbox(path: string): Promise<OutboxLine[]> {
  try {
    const text = await readFile(path, 'utf8');
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as OutboxLine);
  } catch {
    return [];
  }
}
