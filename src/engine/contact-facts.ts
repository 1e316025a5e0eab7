// What the machines need to know about a mobile number a tenant types, read before the
// turn: whether the landlord's tenancy list has it (a chat is linked only to a tenancy
// that has the number), and whether it may have another one-time code today. The cap
// is per number across every conversation, so nobody can flood a tenant's phone with
// codes by opening chat after chat.
import { readMobile } from '../../dialogs/read-contact.js';
import type { Store } from '../store/store.js';

/** One-time codes one mobile number may be sent in 24 hours, from all conversations together. */
export const CODES_PER_NUMBER_PER_DAY = 5;

export interface ContactFacts {
  /** For a mobile number in the text: whether the tenancy list has it. */
  mobileOnList?: boolean;
  /** A code may be texted to the number typed (always true when there is none). */
  codeAllowed: boolean;
}

export async function contactFacts(store: Store, text: string, at: Date): Promise<ContactFacts> {
  const number = readMobile(text);
  if (!number) return { codeAllowed: true };
  const [tenant, sent] = await Promise.all([
    store.findTenant({ channel: 'sms', address: number }),
    store.codesSent(number, new Date(at.getTime() - 24 * 60 * 60 * 1000)),
  ]);
  return { mobileOnList: tenant !== null, codeAllowed: sent < CODES_PER_NUMBER_PER_DAY };
}
