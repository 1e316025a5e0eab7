// A local outbox file: with no provider account, each message a tenant would receive is
// appended as one JSON object a line, keyed by an id made from its outbox row, so a line is
// never written twice for one message, even when a send is retried after a crash. The SMS
// outbox (sms-outbox.jsonl) and the Messenger one (messenger-outbox.jsonl) are both this.
//
// Several server processes may append to one file. Each line goes in one O_APPEND write,
// so lines from different processes do not interleave. A process killed mid-write can
// leave a torn last line (no newline, not JSON): readers skip it, and the next writer
// starts on a fresh line so the torn one does not swallow the next message.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export interface JsonlLine {
  id: string;
}

export class JsonlOutbox<L extends JsonlLine> {
  readonly path: string;
  /** Ids this process knows are in the file: a same-process guard, not a cross-process one. */
  private written: Promise<Set<string>> | null = null;

  constructor(path: string) {
    this.path = resolve(path);
  }

  /** Appends the line unless this process already wrote one with its id. */
  async append(line: L): Promise<void> {
    const written = await this.load();
    if (written.has(line.id)) return;
    await this.write(`${JSON.stringify(line)}\n`);
    written.add(line.id);
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
