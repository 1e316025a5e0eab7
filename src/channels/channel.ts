// One shape for every channel. An adapter verifies and reads what its channel delivers into
// an InboundMessage, and a sender delivers what the engine queued, already put in words for
// the channel's capabilities (see dialogs/render.ts). The engine, the scheduler and the
// machines see only these types: they never ask which channel a message came by.
import type { ChannelCapabilities } from '../../dialogs/render.js';
import type { Choice } from '../../dialogs/choices.js';
import type { SmsKeyword } from '../sms/sms-keywords.js';
import { SMS_CAPABILITIES } from '../../dialogs/render.js';

export interface InboundMessage {
  /** The channel it came by ('sms', 'web'): with the address, names the conversation. */
  channel: string;
  /** Who sent it, as the channel names them (a phone number, a web chat conversation id). */
  address: string;
  text: string;
  at: Date;
  /** The provider's id for the message (Twilio's MessageSid, an activity id): a retry with the same id is a duplicate. */
  messageId?: string | null;
  /** Links to photos sent with the message; kept with the case. */
  media?: string[];
  /** An SMS opt-out or opt-in keyword, read by the channel adapter. YES opts in only a number that opted out. */
  keyword?: SmsKeyword | null;
}

/** One queued message, as a sender gets it. */
export interface OutboundToSend {
  /** The outbox row id: the idempotency key a sender can record. */
  id: number;
  to: string;
  body: string;
  segments: number;
  encoding: string;
  /** Answers offered as buttons, on channels that show them. */
  choices?: Choice[];
}

export interface Sent {
  providerId: string | null;
  sender: string;
}

/** Delivers queued messages for one channel. A failure is a SendError (see sms-sender.ts). */
export interface ChannelSender {
  readonly kind: string;
  /** Where messages go, for the banner. */
  readonly describe: string;
  send(message: OutboundToSend, at: Date): Promise<Sent>;
  /**
   * For a message whose earlier send attempt ended in a crash: the provider's record of it if it
   * was sent, null if it was not (or the provider cannot tell, when sending twice is harmless).
   */
  findSent(message: OutboundToSend, since: Date): Promise<Sent | null>;
}

export interface Channel {
  name: string;
  capabilities: ChannelCapabilities;
  sender: ChannelSender;
}

/** The channels this process serves, by name. */
export class Channels {
  private readonly byName = new Map<string, Channel>();

  constructor(channels: readonly Channel[]) {
    for (const c of channels) this.byName.set(c.name, c);
  }

  get(name: string): Channel | undefined {
    return this.byName.get(name);
  }

  /** How to put words for a channel; a channel this process does not serve is written for as SMS, the narrowest. */
  capabilities(name: string): ChannelCapabilities {
    return this.byName.get(name)?.capabilities ?? SMS_CAPABILITIES;
  }

  list(): Channel[] {
    return [...this.byName.values()];
  }
}
