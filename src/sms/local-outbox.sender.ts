// The local SMS outbox: with no Twilio account, every text a tenant would receive is
// appended as one JSON object a line to <data dir>/sms-outbox.jsonl (see
// outbound/jsonl-outbox.ts). `tail -f` it to watch the assistant work.
import { JsonlOutbox, readJsonl } from '../outbound/jsonl-outbox.js';
import type { SmsSender, SmsSent, SmsToSend } from './sms-sender.js';

export const LOCAL_SENDER = 'doorstep-local';

export interface OutboxLine {
  id: string;
  to: string;
  from: string;
  body: string;
  at: string;
  segments: number;
  encoding: string;
}

export class LocalOutboxSender implements SmsSender {
  readonly kind = 'local' as const;
  private readonly file: JsonlOutbox<OutboxLine>;

  constructor(
    path: string,
    private readonly from: string = LOCAL_SENDER,
  ) {
    this.file = new JsonlOutbox(path);
  }

  get path(): string {
    return this.file.path;
  }

  get describe(): string {
    return `local outbox ${this.path}`;
  }

  async send(sms: SmsToSend, at: Date): Promise<SmsSent> {
    const providerId = `local-${sms.id}`;
    await this.file.append({
      id: providerId,
      to: sms.to,
      from: this.from,
      body: sms.body,
      at: at.toISOString(),
      segments: sms.segments,
      encoding: sms.encoding,
    });
    return { providerId, sender: this.from };
  }

  /** The id alone decides, so `since` is not needed. */
  async findSent(sms: SmsToSend, _since: Date): Promise<SmsSent | null> {
    const line = await this.file.find(`local-${sms.id}`);
    return line ? { providerId: line.id, sender: typeof line.from === 'string' ? line.from : this.from } : null;
  }
}

/** Reads the outbox file (tests, the sms CLI). */
export function readOutbox(path: string): Promise<OutboxLine[]> {
  return readJsonl<OutboxLine>(path);
}
