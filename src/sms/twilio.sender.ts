// Sends through Twilio's REST API with the official helper library. Creating a message is
// not idempotent at Twilio, so the dispatcher marks a message 'sending' before this call;
// see the README's "Delivery" section for which way a crash mid-send errs.
import twilio from 'twilio';
import { SendError, TWILIO_OPTED_OUT, type SmsSender, type SmsSent, type SmsToSend } from './sms-sender.js';

export interface TwilioSenderOptions {
  accountSid: string;
  authToken: string;
  from?: string | undefined;
  messagingServiceSid?: string | undefined;
  /** Where Twilio posts delivery reports: PUBLIC_URL + /sms/status. */
  statusCallback?: string | undefined;
  /** Another base for the REST API (a stand-in for tests, or a compatible gateway). */
  apiBaseUrl?: string | undefined;
}

/** Error codes that will fail the same way on every retry. */
const PERMANENT = new Set([TWILIO_OPTED_OUT, '21211', '21612', '21614', '21408', '21606', '21610', '30004', '30005', '30006']);

/** How far Twilio's clock may lag ours when findSent compares a message's creation time with `since`. */
const CLOCK_SKEW_MS = 60_000;

class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super();
  }
  override request<T>(opts: Parameters<twilio.RequestClient['request']>[0]) {
    return super.request<T>({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, this.base) } as never);
  }
}

export class TwilioSender implements SmsSender {
  readonly kind = 'twilio' as const;
  private readonly client: twilio.Twilio;

  constructor(private readonly options: TwilioSenderOptions) {
    this.client = twilio(options.accountSid, options.authToken, {
      ...(options.apiBaseUrl ? { httpClient: new RebasedRequestClient(options.apiBaseUrl.replace(/\/+$/, '')) } : {}),
    });
  }

  get describe(): string {
    return `Twilio, from ${this.options.from ?? `messaging service ${this.options.messagingServiceSid}`}`;
  }

  /**
   * Looks for the message among those Twilio has sent to the tenant since the crashed attempt
   * was claimed, by its body (trimmed: Twilio may drop surrounding whitespace). Twilio's own
   * date filter may only count whole days, so a match must also have been created at Twilio
   * no earlier than `since` (less some clock skew). If Twilio cannot be asked, this throws a
   * passing SendError: guessing either way would drop a text or send it twice.
   */
  async findSent(sms: SmsToSend, since: Date): Promise<SmsSent | null> {
    let messages: Awaited<ReturnType<twilio.Twilio['messages']['list']>>;
    try {
      messages = await this.client.messages.list({
        to: sms.to,
        ...(this.options.messagingServiceSid ? {} : { from: this.options.from! }),
        dateSentAfter: since,
        limit: 50,
      });
    } catch (cause) {
      const e = cause as { code?: number | string; status?: number; message?: string };
      const code = e.code !== undefined ? String(e.code) : e.status !== undefined ? `http-${e.status}` : 'network';
      throw new SendError(code, false, `Twilio could not say whether the message was sent: ${e.message ?? code}`, { cause });
    }
    const body = sms.body.trim();
    const earliest = since.getTime() - CLOCK_SKEW_MS;
    const match = messages.find((m) => (m.body ?? '').trim() === body && !(m.dateCreated instanceof Date && m.dateCreated.getTime() < earliest));
    return match ? { providerId: match.sid, sender: match.from ?? this.options.from ?? this.options.messagingServiceSid ?? '' } : null;
  }

  async send(sms: SmsToSend): Promise<SmsSent> {
    try {
      const message = await this.client.messages.create({
        to: sms.to,
        body: sms.body,
        ...(this.options.messagingServiceSid ? { messagingServiceSid: this.options.messagingServiceSid } : { from: this.options.from! }),
        ...(this.options.statusCallback ? { statusCallback: this.options.statusCallback } : {}),
      });
      return { providerId: message.sid, sender: message.from ?? this.options.from ?? this.options.messagingServiceSid ?? '' };
    } catch (cause) {
      const e = cause as { code?: number | string; status?: number; message?: string };
      const code = e.code !== undefined ? String(e.code) : e.status !== undefined ? `http-${e.status}` : 'network';
      // 4xx other than 429 will not succeed on retry; 5xx, 429 and network errors may.
      const permanent = PERMANENT.has(code) || (e.status !== undefined && e.status >= 400 && e.status < 500 && e.status !== 429);
      throw new SendError(code, permanent, `Twilio refused the message: ${e.message ?? code}`, { cause });
    }
  }
}
