import type { ChannelSender, OutboundToSend, Sent } from '../outbound/channel-sender.js';

// Where an outbound text goes. Two senders: Twilio's REST API, and a local JSON Lines file
// a developer can watch. The dispatcher treats them alike.

/** A text as a sender gets it (see channels/channel.ts). */
export type SmsToSend = OutboundToSend;
export type SmsSent = Sent;

/** A send that did not happen. `permanent` ones are not retried; 21610 also opts the number out. */
export class SendError extends Error {
  override readonly name = 'SendError';
  constructor(
    readonly code: string,
    readonly permanent: boolean,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Twilio's code for "this number has replied STOP". */
export const TWILIO_OPTED_OUT = '21610';

export interface SmsSender extends ChannelSender {
  readonly kind: 'twilio' | 'local';
}
