// A contact detail typed into a chat: a UK mobile number ("07700 900123", "+44 7700
// 900123") and a one-time code typed back ("482 913"). Only UK mobiles are taken: the
// landlord texts its own tenants, and a web form that texts any number anywhere is how
// premium-rate fraud starts.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Ofcom's drama range (07700 900000 to 900999): unallocated, so not valid, but every demo and test uses it. */
export const DRAMA_MOBILE = /^\+447700900\d{3}$/;
/** A run of digits, spaces, dashes, dots and brackets that could hold a phone number (spaced out digit by digit too). */
const NUMBER_RUN = /\+?\(?\d[\d\s().-]{8,24}\d/g;

/** The one UK mobile number in the text, as E.164 (+447...); null when there is none, or two different ones. */
export function readMobile(text: string): string | null {
  const found = new Set<string>();
  for (const run of text.match(NUMBER_RUN) ?? []) {
    const parsed = parsePhoneNumberFromString(run.trim(), 'GB');
    if (!parsed || parsed.ext) continue;
    const e164 = parsed.number;
    if (!/^\+447\d{9}$/.test(e164)) continue;
    if (parsed.isValid() || DRAMA_MOBILE.test(e164)) found.add(e164);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Digits in one run, split at most by single spaces, dashes or dots ("482 913", "4 8 2 9 1 3", "48-29-13"). */
const DIGIT_RUN = /(?<![\d:])\d(?:[ .-]?\d)*(?![\d:])/g;

/**
 * The one-time code in a reply: the only run of exactly six digits in it, whatever words
 * are around it ("its 593-102 thanks", a pasted text). None when there is no such run, or
 * more than one, or the run is part of a time ("10:32").
 */
export function readCode(text: string): string | null {
  const codes = (text.match(DIGIT_RUN) ?? []).map((run) => run.replace(/\D/g, '')).filter((digits) => digits.length === 6);
  return new Set(codes).size === 1 ? codes[0]! : null;
}

/** +447700900123 as a tenant writes it: 07700 900123. */
export function showMobile(e164: string): string {
  if (!/^\+447\d{9}$/.test(e164)) return e164;
  const national = `0${e164.slice(3)}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}
