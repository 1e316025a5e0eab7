// A contact detail typed into a chat: a UK mobile number ("07700 900123", "+44 7700
// 900123") and a one-time code typed back ("482 913"). Only UK mobiles are taken: the
// landlord texts its own tenants, and a web form that texts any number anywhere is how
// premium-rate fraud starts.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Ofcom's drama range (07700 900000 to 900999): unallocated, so not valid, but every demo and test uses it. */
const DRAMA_MOBILE = /^\+447700900\d{3}$/;
/** A run of digits, spaces, dashes, dots and brackets that could hold a phone number. */
const NUMBER_RUN = /\+?\(?\d[\d\s().-]{8,18}\d/g;

/** The UK mobile number in the text, as E.164 (+447...), or null. */
export function readMobile(text: string): string | null {
  for (const run of text.match(NUMBER_RUN) ?? []) {
    const parsed = parsePhoneNumberFromString(run.trim(), 'GB');
    if (!parsed || parsed.ext) continue;
    const e164 = parsed.number;
    if (!/^\+447\d{9}$/.test(e164)) continue;
    if (parsed.isValid() || DRAMA_MOBILE.test(e164)) return e164;
  }
  return null;
}

/** Six digits alone, spaces or a dash allowed between them ("482913", "482 913", "code is 482-913"). */
export function readCode(text: string): string | null {
  const m = /^\s*(?:(?:the |my )?code(?: is)?:?\s*)?(\d{3})[\s-]?(\d{3})\s*\.?\s*$/i.exec(text);
  return m ? `${m[1]}${m[2]}` : null;
}

/** +447700900123 as a tenant writes it: 07700 900123. */
export function showMobile(e164: string): string {
  if (!/^\+447\d{9}$/.test(e164)) return e164;
  const national = `0${e164.slice(3)}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}
