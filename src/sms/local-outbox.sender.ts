// The local SMS outbox: with no Twilio account, every text a tenant would receive is
// appended as one JSON object a line to <data dir>/sms-outbox.jsonl. `tail -f` it to
// watch the assistant work. Each line carries the outbox id, so a line is never written
// twice for one message, even when a send is retried after a crash.
//
// Several server processes may append to one file. Each line goes in one O_APPEND write,
// so lines from different processes do not interleave. A process killed mid-write can
// leave a torn last line (no newline, not JSON): readers skip it, and the next writer
// starts on a fresh line so the torn one does not swallow the next message.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { SmsSender, SmsSent, SmsToSend } from './sms-sender.js';

export const LOCAL_SENDER = 'doorstep-local';

export class LocalOutboxSender implements SmsSender {
  readonly kind = 'local' as const;
  readonly path: string;
  /** Ids this process knows are in the file: a same-process guard, not a cross-process one. */
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
    const line: OutboxLine = {
      id: providerId,
      to: sms.to,
      from: this.from,
      body: sms.body,
      at: at.toISOString(),
      segments: sms.segments,
      encoding: sms.encoding,
    };
    await this.append(`${JSON.stringify(line)}\n`);
    written.add(sms.id);
    return { providerId, sender: this.from };
  }

  /** Reads the file afresh (another process may have written the line), not the cache; the id alone decides, so `since` is not needed. */
  async findSent(sms: SmsToSend, _since: Date): Promise<SmsSent | null> {
    const providerId = `local-${sms.id}`;
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const line = parseOutbox(text).find((l) => l.id === providerId);
    if (!line) return null;
    (await this.load()).add(sms.id);
    return { providerId, sender: typeof line.from === 'string' ? line.from : this.from };
  }

  /** One O_APPEND write of `text`, after a newline if the file ends in a torn line. */
  private async append(text: string): Promise<void> {
    const file = await open(this.path, 'a+');
    try {
      const { size } = await file.stat();
      let data = text;
      if (size > 0) {
        const last = Buffer.alloc(1);
        await file.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) data = `\n${text}`;
      }
      const bytes = Buffer.from(data, 'utf8');
      let done = 0;
      while (done < bytes.length) done += (await file.write(bytes, done)).bytesWritten;
    } finally {
      await file.close();
    }
  }

  /** The ids already in the file, read once (concurrent first sends share the one read). */
  private load(): Promise<Set<number>> {
    this.written ??= (async () => {
      await mkdir(dirname(this.path), { recursive: true });
      const seen = new Set<number>();
      try {
        for (const line of parseOutbox(await readFile(this.path, 'utf8'))) {
          const m = /^local-(\d+)$/.exec(line.id);
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

/** The whole lines of an outbox file; a line that is not a JSON object with an id (torn by a kill) is skipped. */
function parseOutbox(text: string): OutboxLine[] {
  const lines: OutboxLine[] = [];
  for (const l of text.split('\n')) {
    if (!l.trim()) continue;
    try {
      const line = JSON.parse(l) as unknown;
      if (line && typeof line === 'object' && typeof (line as { id?: unknown }).id === 'string') lines.push(line as OutboxLine);
    } catch {
      // A torn line from a process killed mid-write.
    }
  }
  return lines;
}

/** Reads the outbox file (tests, the sms CLI). */
export async function readOutbox(path: string): Promise<OutboxLine[]> {
  try {
    return parseOutbox(await readFile(path, 'utf8'));
  } catch {
    return [];
  }
}
