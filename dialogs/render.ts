// Turns what the machines say into text for a channel. SMS replies of one turn are joined
// into as few texts as fit in two segments each, so a tenant pays for and reads fewer
// texts; safety advice always goes alone and first.
import type { Say } from '../machines/conversation.types.js';
import { COPY } from './copy.js';
import { isOpenPrompt, REASKS } from './menus.js';
import { smsSize, toGsm7 } from './gsm7.js';

export const SMS_MAX_SEGMENTS = 2;

export function renderSay(say: Say): string {
  const line = COPY[say.key];
  if (!line) throw new Error(`no copy for "${say.key}"`);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(say.params ?? {})) params[k] = typeof v === 'string' ? toGsm7(v) : v;
  return line(params).trim();
}

/**
 * The menu or question a turn leaves open: the last thing said, when it is one (safety
 * advice may follow it). A turn that only asks again ("Sorry, I did not get that") leaves
 * the question that was open still open, so its numbers keep working.
 */
export function openPrompt(says: readonly Say[], previous: string | null = null): string | null {
  for (let i = says.length - 1; i >= 0; i -= 1) {
    const key = says[i]!.key;
    if (isOpenPrompt(key)) return key;
    if (REASKS.has(key)) return previous;
    if (key !== 'safety.advice') return null;
  }
  return null;
}

/** The texts to send for one turn. */
export function composeSms(says: readonly Say[]): string[] {
  const texts: string[] = [];
  let current = '';
  for (const say of says) {
    const text = renderSay(say);
    if (!text) continue;
    if (say.key === 'safety.advice') {
      texts.push(text);
      continue;
    }
    const joined = current ? `${current}\n\n${text}` : text;
    if (current && smsSize(joined).segments > SMS_MAX_SEGMENTS) {
      texts.push(current);
      current = text;
    } else current = joined;
  }
  if (current) texts.push(current);
  return texts;
}
