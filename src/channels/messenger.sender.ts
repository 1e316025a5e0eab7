// Sends queued Messenger messages through the Graph Send API (POST /{version}/me/messages
// with the page access token), or, with no token, to a local outbox file a developer can
// read (messenger-outbox.jsonl, holding the very request Graph would get). Before either,
// the messaging window decides how the message may go (messenger-window.ts); one that may
// not go at all is diverted (SendError with divert: by SMS to a proved number, or staff
// are alerted). Graph cannot be asked whether a message went, so one in doubt after a
// crash is sent again: a repeat is better than a lost message.
import type { Channel, ChannelSender, OutboundToSend, Sent } from './channel.js';
import { SendError } from '../sms/sms-sender.js';
import { clip } from '../../machines/clip-text.js';
import { JsonlOutbox } from '../outbound/jsonl-outbox.js';
import { MESSENGER_CAPABILITIES, MESSENGER_CHANNEL } from './messenger.adapter.js';
import { messengerDelivery, type MessengerDelivery } from './messenger-window.js';

/** The Graph Send API's request body. */
export interface GraphSend {
  recipient: { id: string };
  messaging_type: 'RESPONSE' | 'UPDATE' | 'MESSAGE_TAG';
  tag?: 'HUMAN_AGENT';
  message: { text: string; quick_replies?: { content_type: 'text'; title: string; payload: string }[] };
}

/** The request for one message: its text under the limit, and its answers as quick replies within Meta's limits. */
export function graphSend(message: OutboundToSend, delivery: Exclude<MessengerDelivery, { messagingType: null }>): GraphSend {
  const caps = MESSENGER_CAPABILITIES;
  const choices = (message.choices ?? []).slice(0, caps.buttons);
  return {
    recipient: { id: message.to },
    messaging_type: delivery.messagingType,
    ...(delivery.messagingType === 'MESSAGE_TAG' ? { tag: delivery.tag } : {}),
    message: {
      text: clip(message.body, caps.maxLength - 1),
      ...(choices.length > 0
        ? { quick_replies: choices.map((c) => ({ content_type: 'text' as const, title: clip(c.title, caps.buttonTitleMax), payload: clip(c.value, 1000) })) }
        : {}),
    },
  };
}

/** Where a Graph request goes: Meta (or a stand-in), or the local outbox file. */
export interface GraphTransport {
  readonly describe: string;
  post(outboxId: number, request: GraphSend, at: Date): Promise<Sent>;
}

export class MessengerSender implements ChannelSender {
  readonly kind = 'messenger';

  constructor(private readonly transport: GraphTransport) {}

  get describe(): string {
    return this.transport.describe;
  }

  async send(message: OutboundToSend, at: Date): Promise<Sent> {
    const delivery = messengerDelivery(message.origin ?? 'reply', message.lastInboundAt ?? null, at);
    if (delivery.messagingType === null) {
      throw new SendError('outside-window', true, `Messenger may not carry this message now: ${delivery.reason}`, { divert: true });
    }
    return this.transport.post(message.id, graphSend(message, delivery), at);
  }

  async findSent(): Promise<Sent | null> {
    return null;
  }
}

export const GRAPH_BASE_URL = 'https://graph.facebook.com';

/** Graph error codes worth trying again: temporary faults and rate limits. */
const TRANSIENT = new Set([1, 2, 4, 17, 32, 341, 613]);
/** Code 10, subcode 2018278: sent outside the messaging window. */
const OUTSIDE_WINDOW = { code: 10, subcode: 2018278 };

export interface GraphOptions {
  pageAccessToken: string;
  /** v26.0 unless set. */
  version: string;
  /** https://graph.facebook.com unless set (a stand-in for tests). */
  baseUrl: string;
  timeoutMs?: number;
}

export class GraphApiTransport implements GraphTransport {
  constructor(private readonly options: GraphOptions) {}

  get describe(): string {
    return `Graph Send API ${this.options.version} at ${this.options.baseUrl}`;
  }

  async post(_outboxId: number, request: GraphSend): Promise<Sent> {
    let res: Response;
    try {
      res = await fetch(`${this.options.baseUrl}/${this.options.version}/me/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.pageAccessToken}` },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (cause) {
      throw new SendError('network', false, `Graph could not be reached: ${(cause as Error).message}`, { cause });
    }
    const body = (await res.json().catch(() => null)) as {
      message_id?: unknown;
      error?: { code?: unknown; error_subcode?: unknown; message?: unknown; is_transient?: unknown };
    } | null;
    if (res.ok && typeof body?.message_id === 'string') return { providerId: body.message_id, sender: 'page' };
    const error = body?.error;
    const code = typeof error?.code === 'number' ? error.code : null;
    const subcode = typeof error?.error_subcode === 'number' ? error.error_subcode : null;
    const name = code === null ? `http-${res.status}` : subcode === null ? `graph-${code}` : `graph-${code}/${subcode}`;
    const what = `Graph refused the message (HTTP ${res.status}${code === null ? '' : `, code ${code}${subcode === null ? '' : `/${subcode}`}`}): ${typeof error?.message === 'string' ? error.message.slice(0, 200) : 'no reason given'}`;
    if (code === OUTSIDE_WINDOW.code && subcode === OUTSIDE_WINDOW.subcode) throw new SendError(name, true, what, { divert: true });
    const transient = error?.is_transient === true || (code !== null && TRANSIENT.has(code)) || res.status >= 500 || res.status === 429 || res.ok;
    throw new SendError(name, !transient, what);
  }
}

/** One line of the local Messenger outbox: the request Graph would have been sent. */
export interface MessengerOutboxLine {
  id: string;
  at: string;
  request: GraphSend;
}

export class LocalGraphTransport implements GraphTransport {
  private readonly file: JsonlOutbox<MessengerOutboxLine>;

  constructor(path: string) {
    this.file = new JsonlOutbox(path);
  }

  get describe(): string {
    return `local outbox ${this.file.path}`;
  }

  async post(outboxId: number, request: GraphSend, at: Date): Promise<Sent> {
    const id = `local-${outboxId}`;
    await this.file.append({ id, at: at.toISOString(), request });
    return { providerId: id, sender: 'page' };
  }
}

/** The Messenger channel: through Graph when a page access token is set, else to the local outbox file. */
export function messengerChannel(options: {
  pageAccessToken: string | null;
  version: string;
  baseUrl: string;
  localOutbox: string;
  timeoutMs?: number;
}): Channel {
  const transport = options.pageAccessToken
    ? new GraphApiTransport({
        pageAccessToken: options.pageAccessToken,
        version: options.version,
        baseUrl: options.baseUrl,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      })
    : new LocalGraphTransport(options.localOutbox);
  return { name: MESSENGER_CHANNEL, capabilities: MESSENGER_CAPABILITIES, sender: new MessengerSender(transport) };
}
