// How an address reply is read when a number not on the tenancy list is asked where it
// lives. Tenants text on basic phones: lower case, no space in the postcode, the door
// number before or after it, a flat and a street thrown in. We pick out the postcode and
// the door; the words as given travel with them for staff to check.
import type { Address } from '../machines/conversation.types.js';

/**
 * A UK postcode anywhere in the text: outward code (NE1, SW1A, B33), then the inward code
 * (4XY) with or without a space. The inward code always starts with a digit, so a letter O
 * typed there is read as a zero.
 */
const POSTCODE = /(?<![A-Za-z])([A-Za-z]{1,2}\d[A-Za-z\d]?)[\s-]*([\dOo])([A-Za-z]{2})(?![A-Za-z])/;

const FLAT = /\b(flat|flt|apartment|apt|unit)\.?\s*(?:no\.?\s*|number\s*)?(\d{1,4}[a-z]?|[a-z])\b/i;
const FLAT_LABELS: Record<string, string> = { flat: 'Flat', flt: 'Flat', apartment: 'Apartment', apt: 'Apartment', unit: 'Unit' };
/** "no 12", "no.12", "number 12", "house 12": the word goes, the number stays. */
const NUMBER_WORD = /\b(?:no|num|number|house|door|nr)\.?\s*(?=\d)/gi;
const DOOR_NUMBER = /(?<![\w])(\d{1,4}[a-z]?)(?![\w])/i;

/** Words around an address that are not part of a house name. */
const FILLER = new Set(
  'my the postcode post code pc is its it it s address at i im live in we are our thanks thank you ok okay please here yes and number no door'.split(' '),
);
/** A street, not a house name: the door is then unknown rather than "High Street". */
const STREET = /\b(street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|terrace|place|grove|walk|estate|hill|row|square|sq|mews)\b/i;
const HOUSE_NAME_MAX_WORDS = 4;

function titleCase(words: string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' ');
}

function readPostcode(text: string): { postcode: string; rest: string } | null {
  const match = POSTCODE.exec(text);
  if (!match) return null;
  const [whole, outward, digit, letters] = match as unknown as [string, string, string, string];
  const postcode = `${outward.toUpperCase()} ${digit.replace(/o/i, '0')}${letters.toUpperCase()}`;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + whole.length)}`;
  return { postcode, rest };
}

function readDoor(rest: string): string | null {
  let words = rest.replace(NUMBER_WORD, ' ');
  const flat = FLAT.exec(words);
  let flatPart: string | null = null;
  if (flat) {
    flatPart = `${FLAT_LABELS[flat[1]!.toLowerCase()]} ${flat[2]!.toUpperCase()}`;
    words = `${words.slice(0, flat.index)} ${words.slice(flat.index + flat[0].length)}`;
  }
  const number = DOOR_NUMBER.exec(words)?.[1]?.toUpperCase() ?? null;
  if (flatPart && number) return `${flatPart}, ${number}`;
  if (flatPart || number) return flatPart ?? number;
  // No number at all: what is left may be a house name ("Rose Cottage").
  const name = words
    .toLowerCase()
    .replace(/[^a-z\s']/g, ' ')
    .replace(/'/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w));
  if (name.length === 0 || name.length > HOUSE_NAME_MAX_WORDS || STREET.test(name.join(' '))) return null;
  return titleCase(name);
}

/** The postcode and door in a reply, or null when there is no postcode in it. */
export function readAddress(text: string): Address | null {
  const trimmed = text.trim();
  const found = readPostcode(trimmed);
  if (!found) return null;
  return { postcode: found.postcode, door: readDoor(found.rest), text: trimmed };
}
