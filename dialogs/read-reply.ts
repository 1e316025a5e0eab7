// How a tenant's reply is read before the machine sees it: a command that works at any
// point, YES or NO, and the option chosen from the menu that was open, by number or words,
// and an address when the address question was open.
import type { Command, Reply } from '../machines/conversation.types.js';
import { ADDRESS_PROMPTS, MENUS } from './menus.js';
import { readAddress } from './read-address.js';

function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const COMMANDS: [Command, RegExp][] = [
  ['restart', /^(start again|start over|restart|reset|begin again|start)$/],
  ['menu', /^(menu|main menu|options|back to menu|back)$/],
  ['help', /^(help|info|help me|what can you do|how does this work)$/],
  [
    'agent',
    /^(person|human|agent|staff|advisor|adviser|operator|speak to (a |an )?(person|human|agent|advisor|adviser|someone|somebody|real person)|talk to (a |an )?(person|human|agent|someone|somebody|real person)|real person|can i speak to (a |an )?(person|human|someone|somebody))$/,
  ],
];

/** A command that works in any state, or null. Only a whole short message counts, so "help, my roof leaks" is not a command. */
export function readCommand(text: string): Command | null {
  const words = clean(text)
    .replace(/\b(please|pls|plz)\b/g, '')
    .trim();
  for (const [command, pattern] of COMMANDS) if (pattern.test(words)) return command;
  return null;
}

const YES = /^(y|yes|yeah|yea|yep|yup|ya|yah|ye|aye|ok|okay|correct|sure|please|yes please|it is|there is|i do|we do|definitely|affirmative|👍)\b/u;
const NO = /^(n|no|nope|nah|na|no thanks|no thank you|not really|none|nothing|it is not|there is not|i do not|i don't|dont|don't|negative)\b/u;

/** YES or NO, only from a short reply or one that starts "No," so "no heating" is not a no. */
export function readYesNo(text: string): 'yes' | 'no' | null {
  const words = clean(text);
  if (text.trim() === '👍') return 'yes';
  const short =
    words.split(' ').length <= 3 || /^\s*(yes|yeah|yep|no|nope|nah)\s*[,.!;:-]/i.test(text) || /^(yes|yeah|yep|no|nope|nah) (but|and|though)\b/.test(words);
  if (!short) return null;
  if (NO.test(words)) return 'no';
  if (YES.test(words)) return 'yes';
  return null;
}

/** The option chosen from the menu shown by `prompt`: a number, or the words of exactly one option. */
export function readChoice(text: string, prompt: string | null): string | null {
  const options = prompt ? MENUS[prompt] : undefined;
  if (!options) return null;
  const words = clean(text);
  const number = /^(?:option |number |no )?(\d{1,2})(?:st|nd|rd|th)?$/.exec(words);
  if (number) return options[Number(number[1]) - 1]?.id ?? null;
  const padded = ` ${words} `;
  const hits = options.filter((o) => o.words.some((w) => padded.includes(` ${w} `)));
  return hits.length === 1 ? hits[0]!.id : null;
}

const THANKS = '(?:thanks|thank you|thankyou|thanx|thx|ty|cheers|ta|lovely|great|brilliant|perfect|ok|okay|fine)';
const CLOSING = new RegExp(
  `^(?:(?:no|nope|nah|ok|okay|great|lovely|brill|perfect)\\s+)*(?:${THANKS}(?:\\s+(?:so|very)\\s+much)?(?:\\s+(?:for|4)\\s+(?:your|ur|the)\\s+help)?|(?:that'?s|thats|that is)\\s+(?:all|it|everything)|nothing else|all good|i'?m (?:fine|good|ok)|im (?:fine|good|ok)|bye)(?:\\s+(?:${THANKS}|bye|x+))*$`,
);

/** A message that only closes the conversation politely. */
export function readClosing(text: string): boolean {
  return CLOSING.test(clean(text));
}

export function readReply(text: string, prompt: string | null): Reply {
  return {
    yesNo: readYesNo(text),
    choice: readChoice(text, prompt),
    skip: /^skip\b/.test(clean(text)),
    closing: readClosing(text),
    address: prompt !== null && ADDRESS_PROMPTS.has(prompt) ? readAddress(text) : null,
  };
}
