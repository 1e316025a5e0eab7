// Turns what the machines say into text for a channel. SMS replies of one turn are joined
// into as few texts as fit in two segments each, so a tenant pays for and reads fewer
// texts; safety advice always goes alone and first. Channels with buttons get the answers a
// question offers as buttons, and markdown channels a list for a numbered menu.
import type { Say } from '../machines/conversation.types.js';
import { COPY } from './copy.js';
import { isOpenPrompt, REASKS } from './menus.js';
import { smsSize, toGsm7 } from './gsm7.js';
import { choicesIn, fitTitle, type Choice } from './choices.js';

export const SMS_MAX_SEGMENTS = 2;

/** One thing the assistant says, in words; `safe` makes values safe for the channel's format. */
export function renderSay(say: Say, safe: (value: string) => string = (v) => v): string {
  const line = COPY[say.key];
  if (!line) throw new Error(`no copy for "${say.key}"`);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(say.params ?? {})) params[k] = typeof v === 'string' ? safe(toGsm7(v)) : v;
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

/** What a channel can show, which decides how a turn's words are put. */
export interface ChannelCapabilities {
  /** Texts are SMS: GSM-7 counted, a turn's words joined into texts of at most this many segments. Null: not SMS. */
  smsSegments: number | null;
  /** Buttons one message can carry (0: none, the numbers in the text are the menu). */
  buttons: number;
  /** The longest button title the channel shows. */
  buttonTitleMax: number;
  /** Text is shown as markdown. */
  markdown: boolean;
  /** The longest text one message may have. */
  maxLength: number;
  /**
   * A message sent days later reaches the tenant (a text does; a web chat is read only while
   * its page is open). Where it does not, a visit's reminders are offered by text.
   */
  reachesLater: boolean;
  /** A tenant can send a photo here (Messenger). Where not, a repair's quote comes with a one-time upload link. */
  takesPhotos: boolean;
}

export const SMS_CAPABILITIES: ChannelCapabilities = {
  smsSegments: SMS_MAX_SEGMENTS,
  buttons: 0,
  buttonTitleMax: 0,
  markdown: false,
  maxLength: 1600,
  reachesLater: true,
  takesPhotos: false,
};

/** One message to send: its words, and the answers it offers as buttons where the channel has them. */
export interface Rendered {
  text: string;
  choices: Choice[];
}

/** Characters markdown would read as formatting, in words that came from a tenant or a pack. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~]/g;

function escapeMarkdown(value: string): string {
  return value.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/**
 * A text for a markdown channel: a numbered menu becomes a list ("1. Kitchen") after a
 * blank line, and other line breaks stay line breaks (markdown would run them together).
 */
function toMarkdown(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inList = false;
  for (const line of lines) {
    const item = /^(\d{1,2}) (\S.*)$/.exec(line);
    if (item) {
      if (!inList && out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(`${item[1]}. ${item[2]}`);
      inList = true;
      continue;
    }
    if (inList && line !== '') out.push('');
    inList = false;
    out.push(line);
  }
  // A single line break inside a paragraph is kept with markdown's hard break (two spaces).
  return out.join('\n').replace(/([^\n])\n(?=[^\n])/g, (m, c: string, offset: number, all: string) => {
    const next = all.slice(offset + 2);
    return /^\d{1,2}\. /.test(next) || /^- /.test(next) ? m : `${c}  \n`;
  });
}

/**
 * The copy and the packs' promises are written for SMS ("we will text you"). In a chat the
 * same words would be untrue: the answer comes here, as a message. One rule for every line.
 */
const CHAT_WORDS: readonly [RegExp, string][] = [
  [/\bYou are texting\b/g, 'You are chatting with'],
  [/\bby text only\b/g, 'by message only'],
  [/\b(book|arrange) by text\b/g, '$1 here'],
  [/\btext (?=[A-Z]{3,}\b)/g, 'reply '],
  [/\bText\b(?= us)/g, 'Message'],
  [/\btext\b(?= (?:you|us)\b)/g, 'message'],
  [/\btexts\b/g, 'messages'],
];

/** Words written for SMS, put for a chat. */
export function chatWords(text: string): string {
  return CHAT_WORDS.reduce((t, [pattern, words]) => t.replace(pattern, words), text);
}

/** A turn's words for a channel with buttons or markdown: safety advice alone and first, the rest as one message whose question offers its answers. */
function composeRich(says: readonly Say[], caps: ChannelCapabilities): Rendered[] {
  const safe = caps.markdown ? escapeMarkdown : (v: string) => v;
  const replies: Rendered[] = [];
  let current: string[] = [];
  let last = '';
  const flush = () => {
    if (current.length === 0) return;
    const text = current.join('\n\n');
    replies.push({ text: caps.markdown ? toMarkdown(text) : text, choices: [] });
    current = [];
  };
  for (const say of says) {
    const text = chatWords(renderSay(say, safe));
    if (!text) continue;
    if (say.key === 'safety.advice') {
      replies.push({ text: caps.markdown ? toMarkdown(text) : text, choices: [] });
      continue;
    }
    if (current.length > 0 && [...current, text].join('\n\n').length > caps.maxLength) flush();
    current.push(text);
    last = text;
  }
  flush();
  const final = replies[replies.length - 1];
  if (final && caps.buttons > 0 && last) {
    const choices = choicesIn(last);
    if (choices.length > 0 && choices.length <= caps.buttons)
      final.choices = choices.map((c) => ({ title: fitTitle(c.title, caps.buttonTitleMax), value: c.value }));
  }
  return replies;
}

/** The messages to send for one turn, put for the channel's capabilities. */
export function composeFor(says: readonly Say[], caps: ChannelCapabilities): Rendered[] {
  if (caps.smsSegments !== null) return composeSms(says).map((text) => ({ text, choices: [] }));
  return composeRich(says, caps);
}

/** A message that is not a dialog turn (a reminder, a staff reply, a service notice), put for the channel. */
export function plainFor(sms: string, caps: ChannelCapabilities): Rendered {
  const text = caps.smsSegments === null ? chatWords(sms) : sms;
  const choices = caps.buttons > 0 ? choicesIn(text).slice(0, caps.buttons) : [];
  return {
    text: caps.markdown ? toMarkdown(text) : text,
    choices: choices.map((c) => ({ title: fitTitle(c.title, caps.buttonTitleMax), value: c.value })),
  };
}
