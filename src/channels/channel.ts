// One shape for every channel. An adapter verifies and reads what its channel delivers into
// an InboundMessage, and a sender delivers what the engine queued, already put in words for
// the channel's capabilities (see dialogs/render.ts). The engine, the scheduler and the
// machines see only these types: they never ask which channel a message came by.
import type { ChannelCapabilities } from '../../dialogs/render.js';
import type { SmsKeyword } from '../sms/sms-keywords.js';
import type { ChannelSender } from '../outbound/channel-sender.js';

export type { ChannelSender, OutboundToSend, Sent } from '../outbound/channel-sender.js';
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
  /** Attachments the assistant cannot take (a video, a voice note, a file): with no words, it says so. */
  unreadable?: number;
  /** An SMS opt-out or opt-in keyword, read by the channel adapter. YES opts in only a number that opted out. */
  keyword?: SmsKeyword | null;
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
