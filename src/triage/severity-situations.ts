// Where and how a fault is, in the tenant's words, for the modifiers in severity.ts that
// depend on the situation rather than the fault: made secure for now, above the ground
// floor, a person stranded by failed equipment, a fault the tenant calls small or slow, a
// rail off the wall and a near fall, a circuit switched off, breakdowns told as history,
// asking for something new, something hanging over where people pass, a whole floor cold,
// the tenant shut out now, an ex with a key, rain let in, and every socket of a room.
import { phrase } from './reading.js';

const re = (...sources: string[]): RegExp => phrase(sources.join('|'));

/** The tenant has made the home secure for now: a bolt across, the window wedged, "we're ok tonight". */
export const SECURED_FOR_NOW = re(
  '(?:put|got|pulled|slid|using) (?:the )?(?:bolt|bolts|chain|deadbolt|deadlock) (?:across|on|over)|(?:bolted|wedged|jammed|screwed|nailed|tied) (?:it|the door|the window|them)(?: shut| closed| up)?',
  '(?:we|were|we are|im|i am|its|it is) (?:ok|okay|safe|secure|fine) (?:for )?(?:tonight|for now|for the night|till|until)|still (?:locks|shuts and locks|secure)|(?:wont|doesnt|does not|will not|not) lock properly|(?:have|has|got) to (?:lift|slam|push|pull|force|jiggle|wiggle|yank) (?:it|the (?:door|handle|key)) (?:\\w+ ){0,3}(?:to )?lock|(?:not|never) worried about (?:break ins?|burglars|getting in)',
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
  // "heating and hot water still work", "works fine"
  '(?:heating|hot water|it|everything) (?:and (?:the )?(?:heating|hot water) )?(?:both )?(?:still|is still|are still|both still) (?:works?|working|fine|ok|going)|works fine|working fine',
);
/** A rail or banister off its fixings altogether, not only loose. */
export const DETACHED = re(
  '(?:come|came|comes|coming|fallen|fell|pulled|ripped|torn|snapped) (?:clean |right |straight |completely |fully )?(?:off|away|out)|hanging off|off the wall',
);
/** Someone nearly fell already. */
export const NEAR_FALL = re(
  '(?:nearly|almost|near enough|could have|couldve) (?:went|gone|go|fell|fallen|fall|come|came|tumbled|ended up) (?:down|over|flying|head first)|(?:nearly|almost) (?:had|took) a (?:fall|tumble)',
);
/** The tenant switched the faulty circuit off at the box. */
export const ISOLATED = re(
  '(?:turned|switched|flicked|put|knocked) (?:\\w+ ){0,3}off at the (?:box|fuse ?box|fuse board|consumer unit|mains|trip switch|switch)|(?:turned|switched|flicked) (?:that|the|its|this) (?:circuit|breaker|trip|fuse|socket) off|isolated (?:it|that|the \\w+)',
);
/** The rest of the home's power still on. */
export const REST_WORKING = re(
  '(?:everything|every thing|all|the rest|rest of (?:the )?(?:house|flat|home|sockets|power)|other sockets|lights|everything else) (?:else )?(?:is |are )?(?:still )?(?:working|works|fine|ok|normal|on)',
);
/** Breakdowns told as history ("broke down 4 times this winter"), not a fault now. */
export const PAST_BREAKDOWNS = /\b(?:broke|broken|packed up|gone|conked out) (?:down )?(?:\w+ ){0,2}times\b/g;

/** People inside a lift that has stopped: "stuck between floors with a lady and her boy in it". */
export const PEOPLE_IN_LIFT = re(
  '(?:someone|somebody|people|a lady|a man|a woman|a child|kids?|children|my \\w+|an? (?:old|elderly) \\w+) (?:is |are |got |been )?(?:stuck|trapped) in (?:the |a )?lift|(?:stuck|trapped|stopped) (?:\\w+ ){0,6}with (?:\\w+ ){0,8}(?:in it|inside)',
);

// ------------------------------------------------------------------- asking for something new
/** A request for a replacement or an improvement: planned work, when nothing is broken now. */
export const REQUEST_NEW = re(
  '(?:can|could|will) (?:i|we|you|u) (?:please |pls )?(?:have|get|put in|fit|go on the list for) (?:a |an |some |the )?(?:new|replacement)',
  '(?:go|put (?:me|us)|get|be) on (?:the|a) (?:list|waiting list) for|due (?:for )?(?:replacing|replacement|renewal|an upgrade|a new one)|(?:when|are) (?:are )?(?:you|u) (?:replacing|renewing|upgrading)',
  '(?:want|would like|wanna|like|need) (?:a |an |the |some |my |our )?(?:new|replacement) ',
  '(?:want|would like|wanna|like) (?:the |my |our )?(?:house|flat|home|kitchen|bathroom|windows?|doors?|boiler) (?:rewired|replaced|modernised|updated|upgraded|renewed|done up)',
  'can (?:it|they|these|them|this) (?:all )?be (?:replaced|renewed|upgraded)|(?:can|could) (?:the|my|our) (?:\\w+ ){0,2}be (?:rewired|replaced|renewed|upgraded|modernised|refitted)',
  // "can it go on the list to be replaced", "any chance they can be done with double glazing", "an extra socket put in"
  'on (?:the|a) (?:list|waiting list) to be (?:replaced|renewed|upgraded|done)|(?:any chance|would it be possible|is it possible|possible to) (?:\\w+ ){0,4}(?:replaced|renewed|upgraded|done with|changed to|swapped for|have (?:a |an )?(?:new|extra|additional|another|second))',
  '(?:have|get|fit|put in|add) (?:a |an )?(?:extra|additional|another|second) (?:double )?(?:socket|sockets|radiator|rad|light|tap|point|shelf|handrail|rail)',
  '(?:can|could|would) (?:we|i|us|you|the (?:whole )?\\w+) (?:please |pls )?(?:have|get) (?:\\w+ ){1,4}(?:put in|fitted|installed|changed|replaced|swapped)',
  '(?:would|wud|d|i would|we would|id|wed) (?:really )?(?:like|love) (?:a|an|some|to (?:swap|change|replace|upgrade|have|get))|swap (?:the|my|our) (?:old )?(?:\\w+ ){0,2}for|(?:programme|program|scheme)\\b|(?:could|can) the (?:whole )?\\w+ (?:get|have) new',
  '(?:would like|want|need|can i have|could i have|can we have|can i get|can we get|could we get|could i get) (?:a |an )?(?:walk in shower|wet room|level access shower|ramp|stair ?lift|through floor lift|downstairs (?:toilet|bathroom)|extension|new bathroom|new kitchen)|instead of (?:the|a|my) bath',
  // "how do we get one", "could we have a shower put over the bath", "could more be put in", "any chance of upvc"
  'how (?:do|can|would|does) (?:i|we|you|u|he|she|they|my \\w+) (?:go about )?(?:get|getting|apply for|applying for) (?:one|a new one)',
  '(?:can|could|would) (?:we|i|you|u) (?:please |pls )?(?:have|get) (?:a |an |some )?(?:\\w+ ){1,3}(?:put over|put up|put on|added)',
  '(?:can|could|would) (?:more|some more|another|extra|a few more) (?:\\w+ )?be (?:put in|fitted|added|installed)',
  'any chance (?:of|for) (?:a |an |some |getting )?(?:new|upvc|double glazing|replacement|an upgrade|composite)',
  // "is it on the list for replacing", "any plans to put gas central heating in"
  // "when is my kitchen getting replaced", "when are we getting the new windows", "are we getting it done on ours too"
  '(?:when|whens|wen) (?:is|are|will|r|s) (?:my|our|the|we|i|us) (?:\\w+ ){0,2}(?:getting|gonna get|going to get|be getting) (?:replaced|renewed|upgraded|modernised|refitted|(?:the |our |my |a |an |some )?(?:new|replacement|double glazing|insulation))',
  '(?:are|r|will) (?:we|us|i) (?:\\w+ )?(?:getting|gonna get|going to get|having) (?:it|them|that|one|those|these|ours) (?:done|fitted|put in|installed)',
  'on (?:the|a) list for (?:replacing|replacement|renewal|renewing|a new one)|(?:any|is there (?:a|any)|are there (?:any)?|got any|have you got (?:a|any)) plans? (?:to|for) (?:\\w+ ){0,3}(?:put|putting|fit|fitting|install|installing|replace|replacing|upgrade|upgrading|change|changing|rewire|rewiring|modernise|modernising|convert|converting)',
  // "can it be rewired", "could the flat be rewired"
  '(?:can|could|will|should) (?:it|this|they|the (?:\\w+ )?(?:house|flat|home|property|place)|my (?:house|flat|home)|the wiring) (?:\\w+ )?be (?:rewired|re wired|upgraded|modernised|brought up to date)',
);

/** Hanging or falling over where people pass. */
export const OVER_PEOPLE = re(
  // (splashing 'all over the back door' is spread, not something above the door)
  '(?<!all )over (?:the |our |my )?(?:front |back )?(?:door|path|pavement|doorway|entrance|pram|road|street|walkway|footpath|steps)',
  '(?:kids|children|people|pensioners|everyone|we) (?:\\w+ )?(?:walk|walking|go|going|play|playing|pass|passing) (?:past|under|by|there|underneath)',
  '(?:someone|somebody|some1|sum1|someones) (?:could|will|is going to|is gonna|gonna|going to) (?:get hurt|be hurt|be killed|get killed|fall)',
  '(?:where|near where|by where) (?:the )?(?:kids|children|people|we|everyone) (?:play|walk|sit|pass|go)|swinging|hanging (?:off|down) (?:right )?over|could (?:fall on|hit|land on) (?:someone|somebody|a child|people|a kid)',
);

/** A whole floor of the home without heat ("upstairs are stone cold"): more than one radiator out. */
export const FLOOR_COLD = re(
  '(?:upstairs|downstairs|the bedrooms|all the bedrooms|half the (?:house|flat|home)) (?:\\w+ )?(?:is |are |r |s )?(?:stone |freezing |ice |bitter |bitterly |so |really )?(?:cold|freezing)',
  'no (?:heat|heating) (?:at all )?(?:upstairs|downstairs|in (?:the|any of the) bedrooms)',
);

// ------------------------------------------------------------------- shut out, let in, a whole circuit
/** Outside the home and unable to get in, now: "im stood outside wiv the baby", "cant get in". */
export const SHUT_OUT = re(
  '(?:im|i am|i m|were|we are|we re|i|we) (?:\\w+ )?(?:stood|standing|stuck|waiting|sat|sitting) (?:\\w+ )?(?:outside|on the (?:step|doorstep|street|landing|pavement))',
  '(?:i|we|me and \\w+) (?:\\w+ )?(?:cant|can not|cannot|unable to|not able to|not) get (?:in|back in|into (?:my|the|our) (?:house|flat|home))|(?:im|i am|were|we are|i|we) (?:\\w+ )?locked out',
);
/** Someone the tenant has left still able to let themselves in. */
export const EX_HAS_KEY = re(
  '(?:my|me|her|his|our) (?:ex|ex partner|expartner|ex husband|ex wife|ex boyfriend|ex girlfriend|abuser) (?:\\w+ ){0,2}(?:still )?(?:has|got|have|kept|took|has got|still got) (?:a |the |my |our |her |his )?(?:key|keys|spare key|spare keys|front door key)',
);
/** Rain let in by a fault outside: "its coming in round the door frame", "water getting in through the wall". */
export const INTO_HOME = re(
  '(?:water|rain|it|its|damp) (?:\\w+ )?(?:coming|getting|seeping|leaking|running|pouring) (?:in|into|through) (?:\\w+ )?(?:round|around|under|through|the|my|our) (?:\\w+ )?(?:door|doors|frame|window|windows|wall|walls|ceiling|house|flat|home|kitchen|bedroom|lounge|room)',
);
/** Every socket or light of a room or floor: a circuit lost, not one unit ("all the sockets in the kitchen have gone off"). */
export const WHOLE_CIRCUIT = re('all (?:the |my |of the )?(?:sockets|plugs|plug sockets|lights|radiators|rads) (?:in|on|upstairs|downstairs)');

// ------------------------------------------------------------------- a fall, a home left open, a way out lost
/** Above the ground floor: a window, balcony or stair that fails here can kill. */
export const HEIGHT = re(
  '(?:[1-9]|1[0-9]|2[0-9])(?:st|nd|rd|th) floor|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top) floor|floor (?:[1-9]|1[0-9])\\b|(?:tower|high rise) block|big drop|sheer drop|long drop',
);
/** The guard against the drop has gone: the window opens right out, the railing is loose, there is a hole. */
export const OPEN_TO_DROP = re(
  'swings? (?:right |wide |fully )?open|opens? (?:right|wide|fully) (?:open|out)|(?:come|came|coming|comes|is|gone) (?:loose|away|off)|(?:fell|fallen|falls|come|came) out|gaping|(?:a |big |massive )?hole|no (?:railing|rail|barrier|restrictor)|(?:could|might|will|gonna|going to) (?:fall|climb) (?:out|through|over|off)',
);
export const CHILD_HERE = re(
  'kids?|children|child|toddlers?|baby|babies|little ones?|grandkids|grandchildren|(?:son|daughter|boy|girl) (?:is|whos|who is) (?:\\d|one|two|three|four|five)',
);
/** A person could be badly hurt ("someones going to break their neck"). */
export const INJURY_LIKELY = re(
  'break (?:their|his|her|someones|your|my|a) (?:neck|legs?|back)|(?:someone|somebody|someones|a child|a kid|kids) (?:is |will |could |gonna |going to )?(?:get |be )?(?:killed|seriously hurt|badly hurt)|death trap|(?:could|will|gonna|going to) kill (?:someone|somebody)',
);
/** The home stands open: the window or door cannot be made secure, or is out of its frame. */
export const HOME_OPEN = re(
  '(?:cant|can not|cannot|unable to|couldnt|could not) (?:secure|lock) (?:it|the|my|our|the house|the flat)|(?:fell|fallen|come|came|blown|blew) (?:out|in) (?:of )?(?:the |its )?(?:frame)?|(?:out of|off) (?:the|its) (?:frame|hinges)|hole (?:to|in) (?:the )?outside|open to the (?:street|outside|elements|world)|(?:anyone|anybody|someone|somebody|any1|some1) (?:could|can|would be able to|might) (?:just )?(?:climb|get|walk|break|come|crawl|reach) (?:in|through)',
);
export const CANT_GET_OUT = re(
  'wheelchair|dialysis|oxygen|mobility scooter|(?:cant|can not|cannot|unable to|not able to) (?:get|go) (?:out|down|up|in)|(?:cant|can not|cannot) (?:do|manage|use|walk) (?:the )?stairs|housebound|stuck (?:in|indoors|inside|up here)|trapped',
);
