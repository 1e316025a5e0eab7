// Whether a message asks after something already reported or booked ("when are you
// coming?", "any news on my repair", "chasing up KX7P2M9Q"), and which case references it
// names. The engine answers such a message from the tenant's own cases and visits; a
// message that asks but finds nothing of theirs goes to the dialog as usual.
import { normalise } from './normalise.js';

export interface StatusAsk {
  /** The words ask after progress. */
  asks: boolean;
  /** Eight-character case references the message names (the engine keeps those that are the tenant's). */
  references: string[];
  /** Those that are surely meant as references (with a digit, or after "ref", "job no"...): one not theirs is said to be not found. */
  surely: string[];
}

const WHO =
  '(?:you|ya|they|he|she|someone|somebody|some one|anyone|anybody|any one|the (?:\\w+ )?(?:engineer|plumber|electrician|joiner|carpenter|builder|contractor|operative|trades(?:man|men|person)|workm[ae]n|man|men|guy|lads?|fella|bloke|team|roofer|plasterer|decorator|surveyor|inspector|officer|gas (?:man|engineer)|fitter|repairs?(?: team| man)?))';
const MINE = '(?:my|ma|me|mi|the|our)';
const THING =
  '(?:appointment|appt|visit|repairs?|job|booking|engineer|plumber|electrician|complaint|report|case|survey|check|service|inspection|kitchen|bathroom|window|door)';
/** What a visit or a job does when it goes ahead. */
const HAPPENS =
  '(?:coming|come|comin|arriving|arrive|turning up|turn up|showing up|attending|attend|visiting|done|fixed|booked|sorted|replaced|repaired|happening|going in|fitted|finished|completed|started|sent|sending|raised|scheduled|looked at|dealt with|seen to|be here|be round|be out)';

/** Each a way of asking after progress; any one is enough. */
const CUES: readonly RegExp[] = [
  // "any news", "an update on", "the status of", "what's the latest", "eta?"
  /\b(?:any|anything|got an?|an|for an?|no|need an?|want an?) (?:news|update|updates|progress|word|feedback|info|information|movement|joy|luck)\b/,
  /\b(?:update|news|progress|status) (?:on|about|re|regarding|with|for|of)\b/,
  /\b(?:status|eta)\b/,
  /\b(?:what is|whats|wots|wats|what s) (?:happening|happenin|going on|the (?:latest|status|update|news|progress))\b/,
  // "when are you coming", "wen will it be done", "what time is the engineer due"
  new RegExp(`\\b(?:when|whens|what time|what day|which day|how long|how much longer|any idea when)\\b.{0,50}\\b${HAPPENS}\\b`),
  new RegExp(`\\b(?:when|whens|what time|what day|which day)(?: is| s|s)? ${MINE} (?:\\w+ ){0,2}${THING}\\b`),
  new RegExp(`\\b(?:he|she|they|${WHO}) (?:is |s )?due\\b`),
  /\bany idea when\b/,
  /\bwhat (?:time|time slot|slot|day)\b.{0,20}\b(?:have i|i have|am i|is it|is mine)\b/,
  /\b(?:morning or afternoon|am or pm)\b/,
  // "is my visit still on", "still on for tomorrow?", "can you confirm my appointment"
  new RegExp(`\\b(?:is|are) ${MINE} (?:\\w+ ){0,2}${THING} (?:still )?(?:on|going ahead|happening|booked|confirmed|arranged|sorted|today|tomorrow)\\b`),
  /\bstill (?:on|booked|going ahead|happening)\b/,
  new RegExp(`\\b(?:confirm|check|checking)\\b.{0,30}\\b${THING}\\b`),
  // "is someone coming", "where is the engineer", "where's he got to", "no sign of him"
  new RegExp(`\\b(?:is|are|will) ${WHO} (?:still )?(?:coming|going to come|gonna come|turning up|attending|be here|be coming|be round)\\b`),
  new RegExp(`\\bwhere(?: are| is| s|s| r) ${WHO}\\b`),
  /\b(?:when|whens)\b.{0,30}\b(?:going to|gonna) (?:fix|come|sort|send|do|repair|replace|book)\b/,
  /\bwhere\b.{0,20}\b(?:got to|up to)\b/,
  /\bno sign of\b/,
  /\b(?:was|were|is|are) (?:meant|supposed) to (?:ring|call|come|book|fix|get back|phone|contact|be)\b/,
  // "still waiting", "chasing up", "has it been booked yet", "heard nothing"
  new RegExp(`\\b(?:waiting|wait) (?:for|on|4) (?:${WHO}|(?:the|my|an?|your) (?:\\w+ )?(?:${THING}|call|call back|reply|response|answer))\\b`),
  /\bwaiting (?:since|(?:\d+|a|two|three|four|five|six|several|many) (?:days?|weeks?|months?))\b/,
  /\bstill (?:nothing|no word|no news|no reply|no call|no answer|not heard|no sign)\b/,
  /\bnot had (?:anything|nothing|a reply|a call|an answer|a text|a letter|any)\b/,
  // A promise not kept: "you said someone would ring yesterday, nothing", "told 2 weeks, its been 5"
  /\b(?:said|promised|told|was meant|were meant|supposed)\b.{0,80}\b(?:nothing|not had|not heard|no (?:call|reply|answer|word|one|body|sign)|its now|it is now|its been|it has been|still)\b/,
  // "did that ever happen", "has it been approved", "what stage is it at", "whos dealing with my case"
  /\bever\b.{0,25}\b(?:happen|happened|put|done|sent|booked|fixed|come|came|arrive|arrived|raised|approved|going)\b/,
  /\b(?:whether|if)\b.{0,60}\b(?:has|have|had|was|were|is)\b.{0,20}\b(?:completed|approved|done|booked|sent|raised|fixed|received|passed|escalated|put|processed|accepted|ordered|delivered|rebooked)\b/,
  /\bwhat stage\b/,
  /\bwhere (?:are|r) we (?:with|on|at)\b/,
  new RegExp(`\\bwhere(?:s| is| s)? (?:my|me|ma|the|our) (?:\\w+ ){0,2}(?:${THING}|part|order|request|referral)\\b`),
  /\bwho(?:s| is| s)? (?:dealing with|looking after|handling|looking at|in charge of) (?:my|me|ma|the|our)\b/,
  /\bdid (?:my|me|ma|the|his|her|their|our) (?:\w+ ){0,2}(?:get|go|put|come|arrive|send|pass)\b/,
  /\b(?:has|have) (?:he|she|it|they) been (?:rebooked|booked|sorted|fixed|done|sent|ordered|approved|raised)\b/,
  /\bparts?\b.{0,20}\b(?:ordered|on order)\b/,
  /\bhow much longer\b/,
  /\boutstanding\b/,
  /\b(?:second|2nd|third|3rd|fourth|4th|fifth|5th|\d+th) (?:time|message|text|email|call)s? (?:asking|chasing|about this|ive asked|i have asked|now)\b/,
  /\b(?:is|are|will)\b.{0,30}\b(?:coming|turning up)\b.{0,15}\b(?:today|tomorrow|tonight|this (?:morning|afternoon|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|thurs|tues|weds|at \d)/,
  /\bstill not (?:done|fixed|sorted|repaired|been|come|booked|heard)\b/,
  /\b(?:chasing|chase|following up|follow up)\b/,
  /\b(?:has|have|did|is|are|was|were)\b.{0,80}\byet\b/,
  /\b(?:has|have|did) (?:anyone|anybody|someone|somebody|you|they) (?:booked|book|looked|sorted|arranged|been|done|fixed|ordered|got back)\b/,
  /\b(?:being|bein) (?:looked at|dealt with|done|sorted|fixed|seen to)\b/,
  /\b(?:doing|doin) (?:anything|owt|something|summat)\b/,
  /\bever (?:happening|going to|gonna|coming)\b/,
  /\b(?:heard|hear) (?:nothing|anything|back)\b/,
  /\b(?:nobody|no one|noone|no body) (?:has |have )?(?:been|come|came|turned up|shown up|showed up|got back|rang|called|contacted)\b/,
];

/** A request to move or cancel a visit is the booking flow's, not a question about progress. */
const CHANGE = /\b(?:change|move|cancel|rearrange|reschedule|re book|rebook)\b/;

/** Eight letters and digits, perhaps split 4 and 4 by a space or dash (the engine keeps those that are the tenant's references). */
const REFERENCE = /(?<![A-Za-z0-9])([A-Za-z0-9]{4})[ -]?([A-Za-z0-9]{4})(?![A-Za-z0-9])/g;
/** The words before a reference: "ref", "job no", "case number", "reference:" (a bare "no" is not one: "no response"). */
const REFERENCE_WORD = /\b(?:(?:ref|reference|job|case|report|complaint)(?:\s*(?:no|number|num|#))?|number)\W{0,3}$/i;

/** References the message names: with a digit in it, typed in capitals, or after "ref", "job no" and the like. */
export function referencesIn(text: string): string[] {
  return [...readReferences(text).keys()];
}

/** Each reference named, and whether it is surely one (a digit in it, or a word such as "ref" before it). */
function readReferences(text: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const m of text.matchAll(REFERENCE)) {
    const typed = `${m[1]}${m[2]}`;
    const named = REFERENCE_WORD.test(text.slice(Math.max(0, m.index - 16), m.index));
    // Split in two, each half must look like part of a reference ("kx7p 2m9q", "GSYU JPAZ"), not two words ("from last").
    const looks = (part: string) => (/\d/.test(part) && /[a-z]/i.test(part)) || (part === part.toUpperCase() && /[A-Z]/.test(part));
    const split = m[0].length > 8;
    if (split ? looks(m[1]!) && looks(m[2]!) : looks(typed) || named) found.set(typed.toUpperCase(), named || /\d/.test(typed));
  }
  return found;
}

/** "LINK", "link my tenancy", "can you link this chat to my account": asks to link a chat to the tenancy. */
export function readLinkAsk(text: string): boolean {
  return (
    /^\W*link\b(?:\W+(?:this|my|the|me|to|chat|account|tenancy|please|pls))*\W*$/i.test(text.trim()) ||
    /\blink (?:this|the) chat\b|\blink (?:it |this |me )?to my (?:tenancy|account|home)\b/i.test(text)
  );
}

/** Words that say what else a message is: thanks and praise for a finished job. */
const THANKS = /\b(?:thank|thanks|brilliant|great job|fantastic|lovely job|well done|cheers)\b/;

export function readStatusAsk(text: string): StatusAsk {
  const named = readReferences(text);
  const references = [...named.keys()];
  const surely = references.filter((r) => named.get(r));
  const words = ` ${normalise(text).toLowerCase().replace(/\s+/g, ' ')} `;
  if (CHANGE.test(words)) return { asks: false, references, surely };
  // A reference with little else ("R3PW8NKA ??", "ref U8KA-T2SN any movement") is a chase.
  const rest = references.reduce((t, r) => t.replace(new RegExp(`${r.slice(0, 4)}[ -]?${r.slice(4)}`, 'i'), ' '), text);
  const bare =
    references.length > 0 &&
    normalise(rest)
      .split(/\s+/)
      .filter((w) => w.length > 1).length <= 5 &&
    !THANKS.test(words);
  // "update pls", "eta?": the whole message is the ask.
  const short = normalise(text).split(/\s+/).length <= 3 && /\b(?:update|news|progress|eta)\b/.test(words);
  return { asks: bare || short || CUES.some((cue) => cue.test(words)), references, surely };
}
