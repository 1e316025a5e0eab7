// Twilio's SMS webhook in and out of our own terms: verify the signature first (against
// the configured public URL, since a TLS-terminating proxy changes the URL we see), then
// read the form into an InboundMessage. It holds no dialog state.
import twilio from 'twilio';
import type { InboundMessage } from './channel.js';
import { readSmsKeyword } from '../sms/sms-keywords.js';
import { safeText, safeToken } from './safe-text.js';

export type FormParams = Record<string, string>;

/** Twilio's message ids: SM (SMS) or MM (MMS) and 32 hex digits. Anything else did not come from Twilio. */
const MESSAGE_SID = /^(?:SM|MM)[0-9a-f]{32}$/i;

export interface SignatureCheck {
  /** null: local mode, signatures not required. */
  authToken: string | null;
  publicUrl: string | null;
}

/** True when the request carries Twilio's signature for this URL and these parameters. */
export function signatureValid(check: SignatureCheck, signature: string | undefined, path: string, params: FormParams): boolean {
  if (check.authToken === null) return true;
  if (!signature || !check.publicUrl) return false;
  return twilio.validateRequest(check.authToken, signature, `${check.publicUrl}${path}`, params);
}

export type ParsedSms = { ok: true; message: InboundMessage } | { ok: false; reason: string };

/**
 * Reads an inbound SMS webhook. Refused: a missing sender, and a message id that is not
 * Twilio's (an id decides what is a retry, and the signature alone does not pin which
 * field a value was in). The words are made safe to store (see safe-text).
 */
export function parseInboundSms(params: FormParams, at: Date): ParsedSms {
  const from = safeToken(params.From ?? '', 64);
  if (!from) return { ok: false, reason: 'missing From' };
  const messageId = (params.MessageSid ?? params.SmsSid ?? '').trim();
  if (!MESSAGE_SID.test(messageId)) return { ok: false, reason: 'MessageSid is not a Twilio message id (SM or MM and 32 hex digits)' };
  const media: string[] = [];
  const count = Math.min(Number.parseInt(params.NumMedia ?? '0', 10) || 0, 10);
  for (let i = 0; i < count; i += 1) {
    const url = safeToken(params[`MediaUrl${i}`] ?? '', 2048);
    if (/^https?:\/\//i.test(url)) media.push(url);
  }
  const text = safeText(params.Body ?? '');
  return {
    ok: true,
    message: {
      channel: 'sms',
      address: from,
      text,
      at,
      messageId,
      media,
      keyword: readSmsKeyword(text),
    },
  };
}

/** Twilio's delivery report, as our outbox statuses. Statuses we do not track give null; a report that is not Twilio's is refused. */
export function parseStatusCallback(
  params: FormParams,
):
  | { ok: true; report: { providerId: string; status: 'sent' | 'delivered' | 'undelivered' | 'failed'; errorCode: string | null } | null }
  | { ok: false; reason: string } {
  const providerId = (params.MessageSid ?? '').trim();
  if (!MESSAGE_SID.test(providerId)) return { ok: false, reason: 'MessageSid is not a Twilio message id (SM or MM and 32 hex digits)' };
  const status = params.MessageStatus?.trim().toLowerCase();
  if (status !== 'sent' && status !== 'delivered' && status !== 'undelivered' && status !== 'failed') return { ok: true, report: null };
  const errorCode = safeToken(params.ErrorCode ?? '', 16);
  return { ok: true, report: { providerId, status, errorCode: /^\d+$/.test(errorCode) ? errorCode : null } };
}

export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
