// A local outbox file: with no provider account, each message a tenant would receive is
// appended as one JSON object a line, keyed by an id made from its outbox row, so a line is
// never written twice for one message, even when a send is retried after a crash. The SMS
// outbox (sms-outbox.jsonl) and the Messenger one (messenger-outbox.jsonl) are both this.
//
// Several server processes may append to one file. Each line goes in one O_APPEND write,
// so lines from different processes do not interleave. A process killed mid-write can
// leave a torn last line (no newline, not JSON): readers skip it, and the next writer
// starts on a fresh line so the torn one does not swallow the next message.
//
// Appends that arrive while a write is in progress wait and then go together in the next
// write: under load one open, stat and write carries many lines, not one each.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export interface JsonlLine {
  id: string;
}

export class JsonlOutbox<L extends JsonlLine> {
  readonly path: string;
  /** Ids this process knows are in the file: a same-process guard, not a cross-process one. */
  private written: Promise<Set<string>> | null = null;
  /** Lines waiting for the next write, and the promise each id's append resolves with. */
  private readonly waiting: { id: string; text: string; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private readonly queued = new Map<string, Promise<void>>();
  private flushing: Promise<void> | null = null;

  constructor(path: string) {
    this.path = resolve(path);
  }

  /** Appends the line unless this process already wrote one with its id; resolves once it is in the file. */
  async append(line: L): Promise<void> {
    const written = await this.load();
    if (written.has(line.id)) return;
    const queued = this.queued.get(line.id);
    if (queued) return queued;
    const done = new Promise<void>((resolve, reject) => this.waiting.push({ id: line.id, text: `${JSON.stringify(line)}\n`, resolve, reject }));
    this.queued.set(line.id, done);
    this.flushing ??= this.flush(written);
    return done;
  }

  /** Writes what is waiting, one write a batch, until nothing is. */
  private async flush(written: Set<string>): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0);
      try {
        await this.write(batch.map((w) => w.text).join(''));
        for (const w of batch) {
          written.add(w.id);
          this.queued.delete(w.id);
          w.resolve();
        }
      } catch (err) {
        for (const w of batch) {
          this.queued.delete(w.id);
          w.reject(err);
        }
      }
    }
    this.flushing = null;
  }

  /** The line with this id, read afresh from the file (another process may have written it). */
  async find(id: string): Promise<L | null> {
    const line = (await readJsonl<L>(this.path)).find((l) => l.id === id) ?? null;
    if (line) (await this.load()).add(id);
    return line;
  }

  /** One O_APPEND write of `text`, after a newline if the file ends in a torn line. */
  private async write(text: string): Promise<void> {
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
  private load(): Promise<Set<string>> {
    this.written ??= (async () => {
      await mkdir(dirname(this.path), { recursive: true });
      return new Set((await readJsonl<L>(this.path)).map((l) => l.id));
    })();
    return this.written;
  }
}

/** The whole lines of an outbox file; a line that is not a JSON object with an id (torn by a kill) is skipped. A missing file has none. */
export async function readJsonl<L extends JsonlLine>(path: string): Promise<L[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return [];
  }
  const lines: L[] = [];
  for (const l of text.split('\n')) {
    if (!l.trim()) continue;
    try {
      const line = JSON.parse(l) as unknown;
      if (line && typeof line === 'object' && typeof (line as { id?: unknown }).id === 'string') lines.push(line as L);
    } catch {
      // A torn line from a process killed mid-write.
    }
  }
  return lines;
}
