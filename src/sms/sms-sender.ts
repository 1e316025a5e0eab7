// Where an outbound text goes. Two senders: Twilio's REST API, and a local JSON Lines file
// a developer can watch. The dispatcher treats them alike.

export interface SmsToSend {
  /** The outbox row id: the idempotency key the local outbox records. */
  id: number;
  to: string;
  body: string;
  segments: number;
  encoding: string;
}

export interface SmsSent {
  providerId: string | null;
  sender: string;
}

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

export interface SmsSender {
  readonly kind: 'twilio' | 'local';
  /** Where texts go, for the banner: the outbox file, or the Twilio sender. */
  readonly describe: string;
  send(sms: SmsToSend, at: Date): Promise<SmsSent>;
  /**
   * For a message whose earlier send attempt ended in a crash: the provider's record of it if it
   * was sent, null if it was not. `since` is when the earlier attempt was claimed.
   */
  findSent(sms: SmsToSend, since: Date): Promise<SmsSent | null>;
}
