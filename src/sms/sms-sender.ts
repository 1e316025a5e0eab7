import type { ChannelSender, OutboundToSend, Sent } from '../outbound/channel-sender.js';

// Where an outbound text goes. Two senders: Twilio's REST API, and a local JSON Lines file
// a developer can watch. The dispatcher treats them alike.

/** A text as a sender gets it (see channels/channel.ts). */
export type SmsToSend = OutboundToSend;
export type SmsSent = Sent;

/**
 * A send that did not happen. `permanent` ones are not retried; 21610 also opts the number
 * out. `divert`: the channel cannot reach the tenant with this message now (Messenger
 * outside its window), so it goes another way (see outbound/divert.ts).
 */
export class SendError extends Error {
  override readonly name = 'SendError';
  readonly divert: boolean;
  constructor(
    readonly code: string,
    readonly permanent: boolean,
    message: string,
    options?: { cause?: unknown; divert?: boolean },
  ) {
    super(message, options);
    this.divert = options?.divert ?? false;
  }
}

/** Twilio's code for "this number has replied STOP". */
export const TWILIO_OPTED_OUT = '21610';

export interface SmsSender extends ChannelSender {
  readonly kind: 'twilio' | 'local';
}
