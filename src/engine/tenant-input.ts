// Who the assistant is talking to, as the machine is told it (from the tenancy list), and
// the references it gives cases.
import { randomInt } from 'node:crypto';
import type { ConversationInput } from '../../machines/conversation.machine.js';
import type { TenantRecord } from '../store/store.js';

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Eight characters with no 0/O or 1/I/L to misread over the phone. */
export function randomReference(): string {
  let ref = '';
  for (let i = 0; i < 8; i += 1) ref += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return ref;
}

/** Six random digits: the code that proves a tenant holds the number they typed. */
export function oneTimeCode(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

const TITLES = /^(mr|mrs|ms|miss|mx|dr|rev)\.?$/i;

/** "Mrs Jo Bloggs" -> "Jo": how the assistant greets a tenant on the tenancy list. */
export function firstName(fullName: string): string | null {
  const words = fullName
    .trim()
    .split(/\s+/)
    .filter((w) => !TITLES.test(w));
  return words.length > 1 ? words[0]! : null;
}

/** What the machine is told about the person texting, from the tenancy list. */
export function tenantInput(tenant: TenantRecord | null): ConversationInput {
  if (!tenant) return { verified: false };
  return { verified: true, name: firstName(tenant.name), vulnerable: tenant.vulnerabilities.length > 0 };
}
