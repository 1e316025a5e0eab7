// Severity is weighed, not looked up. The catalogue gives each repair its usual tier; the
// words of the message then move it, up or down, by what they say about:
//   - how much is lost: all of it ("no water at all", "whole house") or part of it ("just
//     the one radiator, the rest are fine", "hot water still works");
//   - whether water is contained ("bowl under it", "stopcock off", "not spreading") or
//     spreading ("pouring through the ceiling", "through to the flat below");
//   - scope: one room, the whole home, the whole block or street;
//   - who is there: an older person, a baby, a pregnancy, a disability, medical equipment
//     or a health condition (vulnerability.ts);
//   - the time of year: a loss of heating in frost or snow, or in July ("not bothered");
//   - whether a fault is stable ("been there months, not getting bigger", "no leak
//     inside"), small ("slow draining", "a bit low") or worked round ("have to plunge it");
//   - whether something can fall on people ("bricks falling off, kids walk past").
// A modifier that lowers the tier is read as carefully as one that raises it; dangers
// (gas, carbon monoxide, sparking, a home that cannot be secured) are never lowered here.
// Each modifier that moved the tier is named in `because`, so every decision explains itself.
import { phrase } from './reading.js';
import {
  ABOVE_GROUND,
  CANT_GET_OUT,
  CHILD_HERE,
  DETACHED,
  EX_HAS_KEY,
  FLOOR_COLD,
  HEIGHT,
  HOME_OPEN,
  INJURY_LIKELY,
  INTO_HOME,
  ISOLATED,
  MINOR,
  NEAR_FALL,
  OPEN_TO_DROP,
  OVER_PEOPLE,
  PAST_BREAKDOWNS,
  PEOPLE_IN_LIFT,
  REQUEST_NEW,
  REST_WORKING,
  SECURED_FOR_NOW,
  SHUT_OUT,
  STRANDED,
  WHOLE_CIRCUIT,
} from './severity-situations.js';
import type { RepairTier } from '../policy/policy.schema.js';
import type { RepairIssue, RepairMatch, Vulnerability } from './triage.types.js';

/** Tiers by urgency, planned lowest. */
export const RANK: Record<RepairTier, number> = { planned: 0, routine: 1, urgent: 2, emergency: 3 };
const BY_RANK: RepairTier[] = ['planned', 'routine', 'urgent', 'emergency'];

const re = (...sources: string[]): RegExp => phrase(sources.join('|'));

// ------------------------------------------------------------------- how much is lost
const TOTAL = re(
  'at all|nothing (?:at all|coming out|comes out|works|working|from the taps?)|not even (?:cold|a drip|a trickle|cold water)',
  'completely|totally|(?:whole|entire) (?:house|home|flat|place|property|bungalow)|all the (?:rads|radiators|sockets|lights|taps|power|electrics)',
  'none of the (?:rads|radiators|sockets|lights|taps)|no (?:water|power|electric|electricity|heating|heat|gas) (?:at all|anywhere|in the (?:house|flat|home))',
  'power (?:gone|off|out) (?:to|in) the (?:whole|house|flat|home)|no (?:electric|electricity|power) at all|(?:all|every) (?:the )?(?:power|electric|electrics) (?:gone|off|out)',
);
const SCOPE_WIDE = re(
  '(?:whole|entire) (?:block|building|street|estate|road|row|close|terrace)|all (?:of us|the flats|flats in|the houses|the block|the building|the street|the neighbours|our neighbours)',
  'everyone in the (?:block|building|flats|street|close)|(?:block|building|street) (?:has|have|got) no|the whole (?:block|street)',
);
/** One unit out of several, the rest working: the smallest partial loss. */
const ONE_OF_SEVERAL = re(
  '(?:just|only) (?:the )?one (?:\\w+ )?(?:radiator|rad|socket|plug socket|plug|tap|light|bulb|room|window|ring|burner|switch)',
  'one (?:plug socket|socket|radiator|rad|tap|light|bulb|switch) (?:in|on) the \\w+',
  // "no hot water out the kitchen tap but its fine in the bathroom and the shower"
  '(?:fine|ok|okay|working|works) (?:in|from|out of) the (?:bathroom|kitchen|shower|bath|bedroom|lounge|basin|sink|other \\w+)',
  'the rest (?:of (?:the|them|my) \\w+ )?(?:are|is|r|work|works|working|seem) ?(?:fine|ok|okay|toasty|warm|working|good|alright|all right)',
  'rest of the (?:house|flat|home|rads|radiators|sockets|lights|rooms) (?:is|are|r) (?:fine|ok|okay|toasty|warm|working|alright)',
  'the others? (?:are|is|works?|r|seem) (?:fine|ok|okay|working|alright)',
  '(?:hot|fine|ok|okay|working|works) (?:everywhere|anywhere) else|(?:every|all the) other (?:\\w+ )?(?:is|are|works?|working)',
  'one (?:radiator|rad|socket|plug socket|light|tap) (?:\\w+ ){0,3}(?:in|on) the (?:\\w+ )?(?:room|bedroom|kitchen|lounge|hall|landing|bathroom)',
);
const PARTIAL = re(
  '(?:half|some) (?:the|of the|of my|of our)|(?:only|just) (?:coming on|comin on|working|works) (?:downstairs|upstairs|in)',
  // "only one of my 3 storage heaters is working"
  '(?:only|just) (?:one|1|two|2) of (?:my|our|the) (?:\\d+|two|three|four|five|six) (?:\\w+ ){0,2}(?:is|are|works?|working|comes? on)',
  'still (?:works?|working|get|getting|comes? on|coming on|flushes|flushing|ok|fine|runs|running|heats|heating|hot|warm)',
  '(?:ones?|side|rads|radiators|sockets|lights|rooms) (?:still )?(?:ok|fine|okay|work|working)|(?:upstairs|downstairs|bedroom|kitchen|lounge) (?:is|are|rads|radiators|ones?)? ?(?:fine|ok|work|working)',
  '(?:works|working) (?:ok|fine|okay)|(?:heating|hot water|water|shower|power|electric) (?:is )?(?:fine|ok|okay)',
  // "no water out the cold tap in the kitchen, bathroom taps fine"
  '(?:bathroom|kitchen|bath|basin|sink|upstairs|downstairs|other|hot|cold) (?:taps?|ones?) (?:is |are |r )?(?:fine|ok|okay|working|work|alright|all right)',
  'a bit of (?:heat|water|hot water|warmth)|not (?:totally|completely|fully) (?:off|gone|dead)',
  '(?:heating|hot water|water|power|electric|electrics) (?:is |are )?(?:still )?(?:on|working|works|fine)|still on\\b',
);
// ------------------------------------------------------------------- water contained or spreading
const CONTAINED = re(
  '(?:bowl|bucket|buckets|pan|pans|pot|pots|cup|jug|mug|tray|tub|towel|towels|container|washing up bowl) (?:is |are )?(?:under|down|catching|on the floor|underneath|out)',
  '(?:put|got|placed|have|using|put down|laid) (?:a |some |down a |down some |an old )?(?:bowl|bucket|buckets|pan|pot|cup|jug|mug|tray|towel|towels|tub|container)',
  'catching it|catches it|(?:turned|switched|shut|put|got|have) (?:the )?(?:water|stopcock|stop cock|stop tap|stoptap|valve|mains|supply|it) (?:off|of)',
  '(?:stopcock|stop cock|stop tap|stoptap|valve|water) (?:is |has been |been )?(?:off|turned off|shut off|isolated)|isolated|isolate',
  'not spreading|not going anywhere|(?:only|just) a (?:little|bit|small|tiny|slow)|(?:its|it is) only a little|little bit|not too bad|not that bad',
  'not loads|not much|slowly|slow drip|weeping|contained|under control|stopped it',
);
const SPREADING = re(
  'pouring|pours|poured|pourin|gushing|gushes|gushin|spraying|sprays|sprayin|streaming|cascading|flooding|flooded|flood',
  'water everywhere|going everywhere|goes everywhere|all over the (?:place|house)',
  'running down (?:the )?(?:stairs|walls?|landing|hall)|down the (?:landing |stairs |hall )?walls',
  '(?:not|cant|cannot|can not) (?:find|turn off|stop|shut off|get to|turn) (?:the )?(?:stopcock|stop cock|stop tap|stoptap|water|it)(?: off)?',
  '(?:plaster|ceiling) (?:has )?(?:gone|going|is|gone all|all|getting) (?:all )?(?:soft|bowing|bulging|sagging)|ceiling (?:is |has )?(?:\\w+ ){0,3}(?:bending|bent|dipping|drooping|dropping|sinking|bellying|ballooning|hanging) (?:down|in)',
  'not just (?:drips|a drip|dripping)|(?:half|all) the roof|rain (?:is )?(?:pouring|coming) in',
  'all over the (?:floor|kitchen|bathroom|carpet|carpets|landing|hall|lounge|bedroom)|(?:coming|came|comes) (?:straight|right) (?:in|through)',
  'like a (?:waterfall|river|fountain|tap)|(?:coming|pouring|running|gushing) (?:down )?(?:through|thru) (?:every|all the|all our|both) (?:\\w+ )?ceilings?|(?:coming|pouring|running) (?:down )?(?:through|thru) (?:the|our|my) (?:\\w+ )?ceiling like a',
);
/** The tenant tried to stop or catch the water and could not: spreading, whatever else they did. */
const UNCONTAINED = re(
  '(?:buckets?|bowls?|towels?|pans?|containers?) (?:\\w+ ){0,3}(?:not|cant|cannot|arent|isnt|wont) (?:keeping up|keep up|coping|holding it|catching it|enough)|(?:buckets?|bowls?|pans?|containers?) (?:\\w+ ){0,4}(?:fill|filling|full) (?:up )?(?:very |so |really |too )?(?:quick|quickly|fast|in minutes|every \\w+ minutes)',
  '(?:stopcock|stop cock|stop tap|stoptap|valve|mains tap) (?:is |has )?(?:seized|stuck|jammed|broken|wont (?:turn|budge|shift|move|go))',
  '(?:cant|cannot|can not|couldnt|could not) (?:shift|budge|turn|move|stop) (?:it|the stopcock|the stop tap|the water|the leak)',
  '(?:turned|switched|shut) (?:\\w+ ){1,5}off (?:\\w+ ){0,2}(?:but|and) (?:its|it is|the water is|water is|it) still (?:going|pouring|coming|running|leaking|dripping)',
);
// ------------------------------------------------------------------- a fall, a home left open, a way out lost
const FALL_FROM_HEIGHT = new Set([
  'window-restrictor',
  'balcony',
  'window-insecure',
  'window-rotten-draughty',
  'glazing-dangerous',
  'window-handle-hinge',
  'stairs-banister',
  'path',
  'dangerous-structure',
]);
const HOME_OPENINGS = new Set([
  'window-insecure',
  'window-rotten-draughty',
  'window-glass-broken',
  'glazing-dangerous',
  'window-handle-hinge',
  'window-stuck',
  'external-door-damaged',
  'external-door-insecure',
]);

/** The water has stopped: what is left is a stain, or a ceiling still wet. */
const LEAK_STOPPED = re(
  'not leaking (?:any ?more|now)|no longer (?:leaking|dripping)|(?:leak|leaking|water|drip|dripping) (?:has |had |have )?(?:stopped|dried up)|stopped (?:leaking|dripping)|(?:fixed|sorted) (?:their|the|his|her) (?:pipe|leak|washer|toilet|bath)',
);
const STILL_WET = re('still (?:wet|damp|soft|sagging|bowing|dripping)|sagging|bowing|bulging|soft');
const LEFT_BEHIND = new Set(['leak-through-ceiling', 'ceiling-collapsed']);

// ------------------------------------------------------------------- stable, small, worked round
const GROWING = re('getting (?:bigger|wider|worse|longer)|spreading|widening|grown|growing|keeps? getting bigger');
const STABLE = re(
  '(?:not|never) (?:getting|got|gotten|grown|growing) (?:any )?(?:bigger|worse|wider)|not spreading|(?:been|its been) there (?:a while|ages|months|years|for (?:months|years|ages|a while|a long time))',
  '(?:no|not) (?:leak|leaking|drips?|dripping|water) (?:inside|coming in|in the house|indoors|now)|no drips|(?:not|hasnt) changed|same as (?:before|always)',
);
/** The tenant says the leak is only a drip: caught as well, it can wait for a routine visit. */
const ONLY_A_DRIP = re('(?:its |it is )?(?:only|just) (?:a )?(?:bit|drip|dribble|trickle|few drops)|(?:only|just) drips');
const WORKAROUND = re(
  'have to (?:keep )?(?:reset|resetting|plunge|plunging|use a bucket|top (?:it )?up|re ?pressuri[sz]e)|(?:plunge|reset|unblock) it (?:every|each)',
  'keeps? (?:blocking|cutting out|going off|tripping)|every (?:couple of|few) (?:hours|days)',
  '(?:fill|filling|filled|use|using|used|with) (?:a |the )?buckets? (?:\\w+ ){0,4}(?:to )?flush|flush(?:ing)? it (?:with|using) (?:a |the )?buckets?|(?:fill|filling|top up|topping up) the cistern',
  'can still (?:flush|use|lock|open|shut|close|turn|get)|takes (?:\\d+|two|three|four|a few|several) (?:goes|tries|attempts|flushes)',
);
// ------------------------------------------------------------------- only toilet, time of year, falling
const ONLY = re(
  'only (?:toilet|loo|wc|one|1)|the only one|(?:our|my|the) only (?:toilet|loo|wc|one)|its the only|no other (?:toilet|loo|wc)',
  '(?:[3-9]|three|four|five|six|seven|eight|nine) of us',
);
const STILL_FLUSHES = re('can still (?:flush|use) (?:it|the \\w+)|still (?:flushes|flushing|usable|works)');
const ANOTHER = re(
  '(?:2|two|second) (?:toilets|loos|wcs|toilet|loo)|another (?:toilet|loo|wc)|(?:the )?other (?:one|toilet|loo) (?:works|is fine|is ok|working)',
  '(?:upstairs|downstairs) (?:one )?(?:is )?(?:fine|ok|working|works)|(?:got|have|use|using|theres) (?:the |a |another )?(?:upstairs|downstairs) (?:one|toilet|loo)',
);
const WINTER = re(
  'snow|snowing|snowed|frost|frosty|freezing (?:out|outside|cold|temperatures|weather)|its freezing|its (?:so )?cold|winter|minus|sub zero|below zero|cold snap|icy',
  'december|january|february|like a fridge|like an ice box|freezin',
);
const WARM_SEASON = 'june|july|august|summer|heatwave|heat wave|warm (?:weather|out)|hot (?:weather|out)';
const WARM = re(WARM_SEASON);
const SUMMER = re(`${WARM_SEASON}|not bothered|no rush|not urgent|whenever (?:you|u)`, 'when (?:you|u) (?:can|get a chance)|before (?:the )?winter');
const FALLING_NOW = re(
  '(?:bricks?|masonry|tiles?|slates?|stones?|bits|render|chunks|pieces|glass) (?:\\w+ ){0,3}(?:falling|fallen|dropping|dropped|coming off|came off|fell|come off|came out|come out)',
  'leaning (?:over|out|right over)|about to (?:fall|come down|collapse)',
);
/** The tenant says it can wait: read as carefully as a word that raises the tier. */
const NOT_URGENT = re(
  'not urgent|no rush|no hurry|not in a (?:rush|hurry)|whenever (?:you|u|is)|when (?:you|u) (?:get a chance|can|have time)|not an emergency|not a big deal|(?:its|it is) not (?:important|serious)|can wait|not desperate|at your convenience|nothing major|only cosmetic|just cosmetic|not causing (?:any )?(?:problems|damage)|(?:we|i) can manage|been like (?:it|this|that) for (?:ages|years|months)',
);
/** The household has a bath, another toilet, or no bath at all: the questions about them are answered. */
const HAS_BATH = re(
  '(?:can|could) (?:use|have) (?:the|a) bath|(?:got|have|has) a bath|(?:no|not got a|not have a|dont have a) bath|only way (?:to|we can|i can|we|i) (?:wash|shower|bathe)',
);
const STOREY = re('(?:ground|first|second|third|top|1st|2nd|3rd|[4-9]th|1[0-9]th) floor|upstairs|downstairs|ground level|bungalow');
const LIFT_KNOWN = re(
  'since (?:\\w+ ){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last|this morning|the weekend)|for (?:\\d+|two|three|a few|several) (?:days|weeks)|(?:been|is) (?:broke|broken|out)|out of order|one of the|again|all week',
);

const BITES = re('bitten|bites|biting|in (?:the|our) food|(?:on|over) the worktops?|droppings on|allergic|(?:kids|baby|children) (?:getting|got|get) bit');
const HEALTH_HARM = re(
  'wheez\\w*|cough|coughs|coughing|doctor (?:says|said)|gp (?:says|said)|(?:making|made) (?:\\w+ )?(?:ill|poorly|sick)|chest infection|breathing',
);

/** Something is broken or unsafe now: a repair, whatever else is asked for. */
const ACTIVE_FAULT = re(
  'leak|leaks|leaking|burst|not working|not work|stopped working|broken|broke|no (?:heat|heating|hot water|water|power|electric)|spark\\w*|danger\\w*|unsafe|blocked|smashed|not lock|insecure|flood\\w*|collapsed?|hanging off|not turn|cold water only|tripping',
);

const HEAT_LOSS = new Set([
  'no-heating-no-hot-water',
  'no-heating-no-hot-water-total',
  'no-heating-total',
  'no-heating',
  'no-heating-vulnerable',
  'boiler-not-working',
  'combi-boiler-fault',
  'storage-heaters',
  'heat-pump-fault',
  'communal-heating',
  'no-hot-water',
  'immersion-heater-fault',
  'heating-partial',
  'radiator-not-working',
  'solid-fuel-fault',
]);
const SUPPLY_LOSS = new Set(['no-water-supply', 'water-supply-partial', 'no-power', 'partial-power', 'no-gas-supply', 'no-gas-supply-total', 'fuse-tripping']);
/** Loss of one part: a single socket, light, radiator or tap. */
const SINGLE_UNIT = new Set([
  'communal-lights',
  'socket-faulty',
  'light-switch',
  'light-not-working',
  'radiator-not-working',
  'heating-partial',
  'partial-power',
  'tap-dripping',
]);
const TOILET_LOSS = new Set(['toilet-blocked', 'toilet-not-flushing', 'toilet-pan-cracked', 'toilet-blocked-only', 'toilet-not-flushing-only']);
const TOILET_ONLY = new Set(['toilet-blocked-only', 'toilet-not-flushing-only']);
const FALL_HAZARD = new Set([
  'wall-cracks-serious',
  'gutter',
  'fascia-soffit',
  'tree',
  'chimney',
  'roof-tiles',
  'external-wall',
  'garden-wall',
  'roof-damaged',
  'path',
  'dangerous-structure',
]);
const STABLE_FABRIC = new Set(['roof-tiles', 'roof-damaged', 'wall-cracks', 'wall-cracks-serious', 'ceiling-cracked', 'damp', 'mould', 'roof-leak', 'chimney']);
const MINOR_FAULT = new Set([
  'boiler-pressure',
  'blocked-sink',
  'low-water-pressure',
  'shower-not-working',
  'mould',
  'damp',
  'wall-cracks-serious',
  'ceiling-cracked',
  'gutter',
  'lock-faulty',
  'stairs-banister',
  'blocked-drain',
  'grab-rail',
]);
const CRACKS = new Set(['wall-cracks', 'ceiling-cracked', 'external-wall', 'garden-wall']);
const PESTS_BITE = new Set(['bed-bugs', 'mice', 'cockroaches', 'insects-other', 'pests-general']);

function isWater(issue: RepairIssue): boolean {
  if (['water-through-light', 'sewage-backing-up', 'drain-flooding'].includes(issue.id)) return false;
  return (
    issue.area === 'leaks' ||
    (issue.tags.includes('water') && ['heating', 'roofs', 'toilets', 'leaks'].includes(issue.area)) ||
    issue.id.startsWith('roof-leak')
  );
}

/** The text says something is broken or unsafe now (not only old, worn or wanted). */
export function namesActiveFault(reading: string): boolean {
  return ACTIVE_FAULT.test(reading);
}

/** The repair's weighed tier and the modifiers that moved it. */
export function weighSeverity(match: RepairMatch, reading: string, vulnerable: readonly Vulnerability[]): RepairMatch {
  const issue = match.issue;
  const base = issue.tier;
  let rank = RANK[base];
  const because: string[] = [];
  const raise = (to: RepairTier, why: string): void => {
    if (RANK[to] > rank) {
      rank = RANK[to];
      because.push(why);
    }
  };
  const lower = (to: RepairTier, why: string): void => {
    if (RANK[to] < rank) {
      rank = RANK[to];
      because.push(why);
    }
  };
  const has = (r: RegExp): boolean => r.test(reading);
  const heat = HEAT_LOSS.has(issue.id);
  const supply = SUPPLY_LOSS.has(issue.id);
  const water = isWater(issue);
  const partial = has(PARTIAL) || has(ONE_OF_SEVERAL);
  const summer = heat && has(SUMMER);
  // Half the home cold in cold weather, for a household that cannot do without heat: a loss, not a part.
  const floorCold = heat && partial && !summer && vulnerable.length > 0 && has(FLOOR_COLD) && has(WINTER) && !has(ONE_OF_SEVERAL);

  // Raised: a loss of an essential service for a household that cannot do without it.
  if ((heat || supply) && !partial && !summer && vulnerable.length > 0) raise('emergency', `vulnerable household: ${vulnerable.join(', ')}`);
  if (heat && !partial && !summer && has(TOTAL) && has(WINTER)) raise('emergency', 'total loss of heating in cold weather');
  if (floorCold) raise('emergency', `a whole floor without heat in cold weather, vulnerable household: ${vulnerable.join(', ')}`);
  if (supply && !partial && has(SCOPE_WIDE)) raise('emergency', 'whole block or street affected');
  if (supply && !partial && has(TOTAL) && issue.tier !== 'emergency' && !issue.id.startsWith('fuse')) raise('emergency', 'total loss of supply');
  if (water && has(SPREADING) && !has(CONTAINED)) raise('emergency', 'water spreading, not contained');
  if (water && has(UNCONTAINED)) raise('emergency', 'water the tenant could not stop or catch');
  if (TOILET_LOSS.has(issue.id) && has(ONLY) && !has(ANOTHER) && !has(WORKAROUND) && !has(PARTIAL)) raise('emergency', 'the only toilet');
  if (CRACKS.has(issue.id) && has(GROWING) && !has(STABLE)) raise('urgent', 'crack getting bigger');
  if (FALL_HAZARD.has(issue.id) && has(OVER_PEOPLE)) {
    if (has(FALLING_NOW)) raise('emergency', 'falling where people pass');
    else raise('urgent', 'hanging over a way people use');
  }
  if (issue.area === 'external' && has(INTO_HOME)) raise('urgent', 'water getting into the home');
  if (issue.area === 'security' && has(SHUT_OUT) && vulnerable.length > 0)
    raise('emergency', `shut out of the home, vulnerable household: ${vulnerable.join(', ')}`);
  if (issue.area === 'security' && has(EX_HAS_KEY)) raise('emergency', 'an ex-partner still has a key');
  if (PESTS_BITE.has(issue.id) && has(BITES)) raise('urgent', 'people bitten or food contaminated');
  if (FALL_FROM_HEIGHT.has(issue.id) && has(HEIGHT) && (has(OPEN_TO_DROP) || has(INJURY_LIKELY) || (issue.id === 'window-restrictor' && has(CHILD_HERE))))
    raise('emergency', 'a fall from height');
  if (issue.id === 'stairs-banister' && has(DETACHED) && has(NEAR_FALL)) raise('emergency', 'the rail came away and someone nearly fell down the stairs');
  if (HOME_OPENINGS.has(issue.id) && has(HOME_OPEN)) raise('emergency', 'the home cannot be secured');
  if (issue.id === 'lift-not-working' && has(HEIGHT) && (vulnerable.includes('disability') || vulnerable.includes('medical-equipment') || has(CANT_GET_OUT)))
    raise('emergency', 'a resident who cannot use the stairs is cut off');
  if (issue.clarify?.id === 'adaptation-stranded' && has(STRANDED)) raise('emergency', 'a person stranded without it');
  if (issue.id === 'lift-not-working' && has(PEOPLE_IN_LIFT)) raise('emergency', 'people trapped in the lift');
  // Damp and mould where it harms someone, or where anyone in the home is vulnerable (the
  // same household the conversation asks about when the text does not say).
  if (issue.area === 'damp-mould' && (vulnerable.length > 0 || has(HEALTH_HARM))) raise('urgent', 'damp or mould affecting health');

  // Lowered: part of the service still works, the water is contained, the fault is stable or small.
  const healthRisk = vulnerable.length > 0 || has(HEALTH_HARM);
  // Part of the heating out for a household that cannot do without heat is urgent, never
  // routine, however politely they say there is no rush (only warm weather waits).
  const coldVulnerable = heat && vulnerable.length > 0 && !has(WARM);
  if (coldVulnerable) raise('urgent', `part of the heating out, vulnerable household: ${vulnerable.join(', ')}`);
  if ((heat || supply || SINGLE_UNIT.has(issue.id)) && has(ONE_OF_SEVERAL) && !has(WHOLE_CIRCUIT))
    lower(coldVulnerable ? 'urgent' : 'routine', 'one unit out, the rest working');
  else if ((heat || supply) && partial && !floorCold) lower('urgent', 'partial loss, some still working');
  if (summer) lower('urgent', 'no heating needed at this time of year');
  if (water && has(CONTAINED) && !has(SPREADING) && !has(UNCONTAINED)) lower('urgent', 'leak contained');
  if (LEFT_BEHIND.has(issue.id) && has(LEAK_STOPPED) && !has(SPREADING)) lower(has(STILL_WET) ? 'urgent' : 'routine', 'the leak has stopped');
  if (TOILET_ONLY.has(issue.id) && (has(ANOTHER) || has(WORKAROUND))) lower('urgent', 'toilet still usable or another toilet');
  if (TOILET_LOSS.has(issue.id) && has(STILL_FLUSHES)) lower('routine', 'the toilet still flushes');
  if (STABLE_FABRIC.has(issue.id) && has(STABLE) && !healthRisk) lower('routine', 'stable, not getting worse');
  if (MINOR_FAULT.has(issue.id) && has(MINOR) && !healthRisk && !has(GROWING)) lower('routine', 'minor fault');
  if (issue.id === 'shower-not-working' && has(PARTIAL) && !healthRisk) lower('routine', 'shower still usable');
  if ((issue.area === 'security' || HOME_OPENINGS.has(issue.id)) && has(SECURED_FOR_NOW) && !has(HOME_OPEN)) lower('urgent', 'made secure for now');
  if (issue.area === 'electrics' && has(ISOLATED) && has(REST_WORKING)) lower('urgent', 'that circuit switched off, the rest of the power on');
  if (issue.id === 'window-insecure-ground' && has(ABOVE_GROUND)) lower('urgent', 'above the ground floor');
  if (water && has(CONTAINED) && has(ONLY_A_DRIP) && !has(SPREADING) && !has(UNCONTAINED) && !healthRisk) lower('routine', 'a small leak, caught');

  // Asking for something new with nothing broken now ("can we have a new kitchen, its 25 yrs
  // old", "want the house rewired") is planned work, however worn the old one is.
  if (has(REQUEST_NEW) && !ACTIVE_FAULT.test(reading.replace(PAST_BREAKDOWNS, ' ')) && issue.tier !== 'emergency')
    lower('planned', 'asks for a replacement or improvement, nothing broken now');

  // Non-urgent in the tenant's own words, for a fault that is no loss of an essential and no danger.
  const onlyPart = SINGLE_UNIT.has(issue.id) || (TOILET_LOSS.has(issue.id) && has(ANOTHER));
  if (has(NOT_URGENT) && ((!heat && !supply && !water && !TOILET_LOSS.has(issue.id)) || onlyPart) && issue.tier !== 'emergency' && !vulnerable.length) {
    lower('routine', 'tenant says it can wait');
  }

  const tier = BY_RANK[rank]!;
  return { ...match, tier, because: tier === base ? [] : because, answered: answered(issue, reading, vulnerable, partial || summer) };
}

/** Whether the text already answers the issue's one question, so it need not be asked. */
function answered(issue: RepairIssue, reading: string, vulnerable: readonly Vulnerability[], partialOrSummer: boolean): boolean {
  const q = issue.clarify;
  if (!q) return false;
  const has = (r: RegExp): boolean => r.test(reading);
  switch (q.id) {
    case 'vulnerable-household':
      return vulnerable.length > 0 || partialOrSummer;
    case 'leak-stop-tap':
    case 'leak-near-electrics':
    case 'water-getting-through':
      return has(CONTAINED) && !has(SPREADING);
    case 'only-toilet':
      return has(ONLY) || has(ANOTHER) || has(WORKAROUND);
    case 'bath-instead':
      return has(HAS_BATH);
    case 'window-reachable':
      return has(STOREY);
    case 'lift-person-stuck':
      return has(LIFT_KNOWN);
    default:
      return false;
  }
}
