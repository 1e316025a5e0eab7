// What every channel does to a tenant's text before anything reads or stores it: the
// characters no one types (NUL, control characters, lone halves of a surrogate pair)
// go, line breaks stay, and the whole is cut to a length the store and the staff
// console can hold, on a whole character. PostgreSQL refuses NUL and lone surrogates,
// and a refused value used to cost the tenant their turn.
import { clip } from '../../machines/clip-text.js';

/** Longer than any one SMS Twilio delivers (1,600 characters) or a chat message we show. */
export const MAX_TEXT = 4_000;

// C0 controls but tab and line feed, DEL, and C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's whole job.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A tenant's words, safe to store and show. */
export function safeText(text: string, max = MAX_TEXT): string {
  return clip(text.toWellFormed().replace(/\r\n?/g, '\n').replace(CONTROL, ''), max);
}

/** An identifier or address from a provider: safe text, on one line, trimmed. */
export function safeToken(text: string, max: number): string {
  return safeText(text, max).replace(/\s+/g, ' ').trim();
}
