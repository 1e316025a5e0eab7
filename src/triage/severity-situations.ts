// Where and how a fault is, in the tenant's words, for the modifiers in severity.ts that
// depend on the situation rather than the fault: made secure for now, above the ground
// floor, a person stranded by failed equipment, a fault the tenant calls small or slow.
import { phrase } from './asb-catalogue.js';

const re = (...sources: string[]): RegExp => phrase(sources.join('|'));

/** The tenant has made the home secure for now: a bolt across, the window wedged, "we're ok tonight". */
export const SECURED_FOR_NOW = re(
  '(?:put|got|pulled|slid|using) (?:the )?(?:bolt|bolts|chain|deadbolt|deadlock) (?:across|on|over)|(?:bolted|wedged|jammed|screwed|nailed|tied) (?:it|the door|the window|them)(?: shut| closed| up)?',
  '(?:we|were|we are|im|i am|its|it is) (?:ok|okay|safe|secure|fine) (?:for )?(?:tonight|for now|for the night|till|until)|still (?:locks|shuts and locks|secure)|(?:not|never) worried about (?:break ins?|burglars|getting in)',
);
/** Said to be above the ground floor. */
export const ABOVE_GROUND = re(
  'upstairs|first floor|1st floor|(?:[2-9]|1[0-9])(?:nd|rd|th) floor|second floor|third floor|upper floor|not (?:on )?(?:the )?ground floor',
);
/** Equipment failed with the person still in it, or unable to move without it ("with him in bed, cant transfer him"). */
export const STRANDED = re(
  '(?:with|and) (?:him|her|me|them|mum|dad|nan|grandad) (?:still )?(?:in|on) (?:bed|the bed|his bed|her bed|my bed|the chair|his chair|her chair|the bath|the toilet|the commode|the sling|it)|(?:stuck|stranded|trapped|left) (?:\\w+ )?(?:in|on) (?:bed|the bed|his bed|her bed|my bed|the chair|his chair|her chair|the bath|the toilet|the commode|the sling|the stairlift|the stair lift|the lift|halfway)|(?:not|unable to|no way to) (?:transfer|move|lift|hoist|get) (?:him|her|me|them|mum|dad|nan|grandad) (?:out|in|to|into|onto|off|up|down)',
  // "stairlift broke halfway, he is upstairs and cant get down": stranded upstairs (one who cannot get up can still live downstairs)
  '(?:cant|cannot|can not|unable to|not able to) (?:get|come|go) (?:back )?(?:down|downstairs|out)(?: the stairs)?',
);
/** The tenant calls the fault small, slow or a bit loose: a routine job unless someone is at risk. */
export const MINOR = re(
  'a bit (?:low|weak|slow|loose|stiff|of mould|of damp)|bit of (?:mould|damp|black)|slightly|slow (?:draining|to drain|drain|drains)|slow(?:ly)? draining|drains slowly',
  'just weak|bit weak|(?:i|we) wipe it|wipe it (?:off|down|away)|small (?:patch|bit|spot|crack)|tiny|minor|hairline',
  'little (?:drip|leak|crack|bit)|bit of condensation|stiff|takes (?:a while|a bit|ages) to (?:turn|open|lock|shut)',
  // "a bit wobbly, couple of screws working loose", "bath takes ages to drain"
  '(?:a )?(?:bit|little|slightly) (?:wobbly|wobbles|loose|rickety)|working (?:themselves |itself )?loose|still usable but|takes (?:a while|ages|forever|\\d+ (?:mins|minutes)|(?:about |like )?\\d+ (?:mins|minutes)) to (?:drain|empty|go down)',
);
/** People inside a lift that has stopped: "stuck between floors with a lady and her boy in it". */
export const PEOPLE_IN_LIFT = re(
  '(?:someone|somebody|people|a lady|a man|a woman|a child|kids?|children|my \\w+|an? (?:old|elderly) \\w+) (?:is |are |got |been )?(?:stuck|trapped) in (?:the |a )?lift|(?:stuck|trapped|stopped) (?:\\w+ ){0,6}with (?:\\w+ ){0,8}(?:in it|inside)',
);
