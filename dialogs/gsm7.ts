// SMS cost and reach depend on the alphabet: one character outside GSM-7 (a curly quote,
// an en dash, an emoji) turns a whole text into UCS-2 and can double or triple its
// segments. Every piece of copy is checked against this, and anything built at run time
// (names, addresses) passes through toGsm7 before it is sent.

const BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' + '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(BASIC);
const extended = new Set(EXTENDED);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSize {
  encoding: SmsEncoding;
  /** Septets for GSM-7 (extended characters count two), UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basic.has(ch) && !extended.has(ch)) return false;
  return true;
}

/** GSM-7 with no extension characters: every character costs one septet. The rule for all copy. */
export function isGsm7Basic(text: string): boolean {
  for (const ch of text) if (!basic.has(ch)) return false;
  return true;
}

export function smsSize(text: string): SmsSize {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += extended.has(ch) ? 2 : 1;
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

const REPLACEMENTS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/[\u2013\u2014\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00A0\u2007\u202F]/g, ' '],
];

/** Make run-time text (a tenant's name, an address) safe for GSM-7, dropping what cannot be mapped. */
export function toGsm7(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  let safe = '';
  for (const ch of out) {
    if (basic.has(ch) || extended.has(ch)) safe += ch;
    else {
      const stripped = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (stripped !== ch && isGsm7(stripped)) safe += stripped;
    }
  }
  return safe.replace(/ {2,}/g, ' ').trim();
}
