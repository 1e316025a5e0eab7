// How a tenant's reply is read before the machine sees it: a command that works at any
// point, YES or NO, and the option chosen from the menu that was open, by number or words,
// and an address when the address question was open.
import type { Command, Reply } from '../machines/conversation.types.js';
import { ADDRESS_PROMPTS, MENUS } from './menus.js';
import { readAddress } from './read-address.js';
import { readCode, readMobile } from './read-contact.js';

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
  ['agent', /^(0|00|person|human|agent|staff|advisor|adviser|operator|real person|someone real|a human|a person)$/],
];

// Asking for a person, in any of the ways tenants put it: speak or talk to someone, be
// called or rung back, a named role (my housing officer, a manager), "not a robot".
const SOMEONE =
  '(?:a |an |the |my |your |one of your |some )?(?:real |actual |proper |live )?(?:person|human|human being|someone|somebody|some1|anyone|anybody|agent|advisor|adviser|operator|member of staff|staff|team|officer|housing officer|neighbourhood officer|tenancy officer|patch officer|manager|supervisor|boss|man|woman|lady|bloke|you lot|u lot)';
const PERSON_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:speak|talk|chat|spk|tlk)(?:ing)? (?:to|with|2|wiv|wit) ${SOMEONE}\\b`),
  /\b(?:call|ring|phone|fone|contact|get back to|get hold of) me\b(?: back)?/,
  /\b(?:call|ring|phone|fone) (?:me )?back\b/,
  /\b(?:give me|give us|gimme|giz) a (?:call|ring|bell|buzz)\b/,
  new RegExp(`\\b(?:i want|i need|i would like|id like|i'd like|can i have|can i get|get me|put me through to|i wanna) ${SOMEONE}\\b`),
  /\bnot (?:a |an |talking to a |talk to a )?(?:robot|bot|machine|computer|ai|automated)\b/,
  // "put me through to Karen my housing officer", "id prefer a real member of staff".
  new RegExp(`\\bput (?:me|us) through(?: to (?:\\w+ )?${SOMEONE})?\\b`),
  new RegExp(`\\b(?:prefer|rather have|rather speak to|rather talk to|rather deal with|prefer to speak to|prefer to talk to) ${SOMEONE}\\b`),
  /\b(?:is|are) (?:there|you) (?:a )?(?:real|actual|human|person)\b/,
];
/** What may stand around a request for a person and still leave it one: greetings, please, urgency, channel. */
const PERSON_FILLER =
  /\b(?:please|pls|plz|can|could|would|will|may|i|we|just|only|now|asap|urgently|urgent|today|right now|straight away|again|as soon as possible|on this number|this number|hi|hello|hiya|hey|thanks|thank you|ta|want|need|like|to|somebody|someone|someone from|from|housing|the|a|an|my|me|not|robot|bot|machine|real|person|and|or|ok|okay|yes|no|im|i'm|sick of|fed up|of|talking|this|you|please can)\b/g;
/** A request not to be called is the opposite: never a request for a person. */
const DO_NOT_CALL = /\b(?:dont|don't|do not|never|no|not to|pls dont|please dont|please don't) (?:ever )?(?:call|ring|phone|fone|contact)\b/;

/**
 * A request to speak to a person, alone or with a few words around it ("ring me back
 * please", "i just want to speak to a real person not a robot"). A longer message that
 * also describes a problem is left to triage, so the problem is read.
 */
export function readPersonRequest(text: string): boolean {
  const words = clean(text);
  if (DO_NOT_CALL.test(words)) return false;
  const hit = PERSON_PATTERNS.find((p) => p.test(words));
  if (!hit) return false;
  const rest = words.replace(hit, ' ').replace(PERSON_FILLER, ' ').replace(/\s+/g, ' ').trim();
  return rest.split(' ').filter(Boolean).length <= 4;
}

/** A command that works in any state, or null. Only a whole short message counts, so "help, my roof leaks" is not a command. */
export function readCommand(text: string): Command | null {
  const words = clean(text)
    .replace(/\b(please|pls|plz)\b/g, '')
    .trim();
  for (const [command, pattern] of COMMANDS) if (pattern.test(words)) return command;
  if (readPersonRequest(text)) return 'agent';
  return null;
}

/** Words that only add force or politeness to a yes or a no: "yes i bloody do", "no thanks mate". */
const EMPHASIS =
  /\b(?:bloody|fucking|fuckin|effing|frigging|flipping|flippin|sodding|damn|dam|well|oh|ah|really|totally|just|so|very|mate|love|luv|hun|pal|duck|babe|sir|madam|x+)\b/g;
/** How a yes starts: a yes word, a "course" or "right", or an "i do / i would / i want to". */
const YES_LEAD =
  /^(?:y|yes+|yess+|yeah+|yea|yep|yup|ya|yah|ye|yh|aye|ok|okay|k|correct|sure|please|yes please|definitely|defo|deffo|def|absolutely|certainly|affirmative|of course|course|too right|damn right|dead right|you bet|bet|100|go on|go ahead|please do|i do|we do|i would|we would|i will|(?:i want to|i wanna|id like to|i'd like to|i would like to) (?:make|put|go|complain|do|raise|take)|that's right|thats right|that is right)\b/;
/** Short echoes that answer yes to "is there...", "is anyone...": only as a whole short reply. */
const YES_SHORT = /^(?:i am|we are|it is|there is|there are|they are|he is|she is|i have|we have)$/;
/** How a no starts. "no" alone leads a no only when what follows is not a thing ("no heating" is a report). */
const NO_LEAD =
  /^(?:n|nope|na+h*|negative|no need|(?:it'?s|it is|thats|that'?s) (?:fine|ok|okay|alright|all right)|not really|not at all|not now|no thanks|no thank you|no ta|no way|never|course not|of course not|i don't|i dont|i do not|we don't|we dont|i wouldn't|i wouldnt|i would not|i'm ok|im ok|i'm fine|im fine|leave it|forget it|don't bother|dont bother|dont|don't|none|nothing|it is not|there is not|it isnt|it isn't)\b/;
/** After a bare "no", the words that keep it a no: a pronoun, a negation or a thank-you, not a noun. */
const NO_THEN =
  /^no\s+(?:i|im|i'm|we|were|we're|it|its|it's|thats|that's|there|theres|there's|not|one|body|nobody|one's|thanks|thank|ta|cheers|need|way|they|he|she|you|u|but|and|because|cos|as|sorry|ok|okay|all)\b/;

/**
 * YES or NO as tenants write them: with force or reasons ("yes i bloody do", "too right",
 * "nah im fine", "no because they never came"), but "no heating" is a report, not a no.
 */
export function readYesNo(text: string): 'yes' | 'no' | null {
  if (text.trim() === '👍') return 'yes';
  if (text.trim() === '👎') return 'no';
  const plain = clean(text);
  const words = plain.replace(EMPHASIS, ' ').replace(/\s+/g, ' ').trim();
  if (!words || (/^(?:i )?(?:dont|don't|do not|dunno|not sure)\b(?: know)?/.test(words) && /\b(?:know|sure|dunno)\b/.test(words))) return null;
  // "Never mind that, ..." and "forget that, ..." set the question aside; they do not answer it.
  if (/^(?:never mind|nevermind|forget (?:that|about that))\b/.test(words)) return null;
  if (NO_LEAD.test(plain) || NO_LEAD.test(words)) return 'no';
  if (/^no\b/.test(words)) {
    // "No, it is in the kitchen only" and "no - but..." stay a no whatever follows the stop.
    if (/^\s*(?:no|nope|nah)\s*[,.!;:-]/i.test(text) || words === 'no' || NO_THEN.test(words)) return 'no';
    return null;
  }
  if (YES_LEAD.test(words) || YES_SHORT.test(words)) return 'yes';
  return null;
}

/** The option chosen from the menu shown by `prompt`: a number, or the words of exactly one option. */
export function readChoice(text: string, prompt: string | null): string | null {
  const options = prompt ? MENUS[prompt] : undefined;
  if (!options) return null;
  const words = clean(text);
  // "2", "number 2", "2 please", "its 3 thanks".
  const number =
    /^(?:(?:its|it s|it is|erm|um|ok|okay) )?(?:option |number |no )?(\d{1,2})(?:st|nd|rd|th)?(?: (?:please|pls|plz|thanks|thank you|ta|thx|cheers|x+))*$/.exec(
      words,
    );
  if (number) return options[Number(number[1]) - 1]?.id ?? null;
  const padded = ` ${words} `;
  // Words inside a longer phrase another option matched do not count: "me and my kids" names
  // the household ("me and my"), not "just me". Two options named apart choose neither.
  const matched = options.map((o) => ({ id: o.id, words: o.words.filter((w) => padded.includes(` ${w} `)) }));
  const phrases = matched.flatMap((m) => m.words.map((w) => ({ id: m.id, w })));
  const hits = matched.filter(
    (m) => m.words.length > 0 && m.words.some((w) => !phrases.some((p) => p.id !== m.id && p.w !== w && ` ${p.w} `.includes(` ${w} `))),
  );
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
    mobile: readMobile(text),
    code: readCode(text),
  };
}
