// Twilio's SMS webhook in and out of our own terms: verify the signature first (against
// the configured public URL, since a TLS-terminating proxy changes the URL we see), then
// read the form into an InboundMessage. It holds no dialog state.
import twilio from 'twilio';
import type { InboundMessage } from '../engine/conversation-engine.js';
import { readSmsKeyword } from '../sms/sms-keywords.js';

export type FormParams = Record<string, string>;

/** Twilio's form, with every value a string (a repeated field keeps its last value). */
export function formParams(body: unknown): FormParams {
  const out: FormParams = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v) && typeof v.at(-1) === 'string') out[k] = v.at(-1) as string;
  }
  return out;
}

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

/** Reads an inbound SMS webhook. Anything Twilio sends is accepted; only a missing sender is refused. */
export function parseInboundSms(params: FormParams, at: Date): ParsedSms {
  const from = params.From?.trim();
  if (!from) return { ok: false, reason: 'missing From' };
  const media: string[] = [];
  const count = Math.min(Number.parseInt(params.NumMedia ?? '0', 10) || 0, 10);
  for (let i = 0; i < count; i += 1) {
    const url = params[`MediaUrl${i}`];
    if (url) media.push(url);
  }
  const text = params.Body ?? '';
  return {
    ok: true,
    message: {
      channel: 'sms',
      address: from,
      text,
      at,
      messageId: params.MessageSid?.trim() || params.SmsSid?.trim() || null,
      media,
      keyword: readSmsKeyword(text),
    },
  };
}

/** Twilio's delivery report, as our outbox statuses. Statuses we do not track give null. */
export function parseStatusCallback(params: FormParams): { providerId: string; status: 'sent' | 'delivered' | 'undelivered' | 'failed'; errorCode: string | null } | null {
  const providerId = params.MessageSid?.trim();
  const status = params.MessageStatus?.trim().toLowerCase();
  if (!providerId || !status) return null;
  if (status !== 'sent' && status !== 'delivered' && status !== 'undelivered' && status !== 'failed') return null;
  return { providerId, status, errorCode: params.ErrorCode?.trim() || null };
}

export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
