// What a sender for any channel takes and gives back. The outbox dispatcher sends through
// these; each channel (SMS, web chat) brings its own. Below the channels in the layering,
// so the SMS senders and the channel interface can both use it.
import type { Choice } from '../../dialogs/choices.js';
import type { MessageOrigin } from '../store/records.types.js';

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
  /** Who it speaks for; unset: a reply. */
  origin?: MessageOrigin;
  /** When the tenant last wrote in its conversation. */
  lastInboundAt?: Date | null;
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
