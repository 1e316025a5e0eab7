// Everyday neighbour behaviour that UK landlords do not treat as anti-social behaviour:
// the law's test is conduct causing (or likely to cause) harassment, alarm or distress,
// or housing-related nuisance or annoyance; a washing line or a baby crying is neither.
// Telling a tenant kindly, with what they can do instead (talk if safe, mediation, a
// diary if it becomes persistent, the council for parking and bins), saves them waiting
// for a case that will not be opened.
//
// It must never swallow real ASB. So each entry lists the words that turn it into ASB
// ("kids playing" is fine, "kids throwing stones at my window" is not; DIY at 2pm is
// fine, drilling at 2am is not), and any clear ASB cue elsewhere in the text (a score
// of 1 or more in a category the entry does not cover) wins.
import { phrase, prepare } from './reading.js';
import { scoreAsb } from './asb-matcher.js';
import type { AsbCategoryId, NotAsb } from './triage.types.js';

interface NotAsbEntry {
  id: string;
  explanation: string;
  cues: RegExp[];
  /** Any of these and it may be ASB after all: let the ASB matcher speak. */
  unless: RegExp[];
  /** ASB categories this entry already accounts for (their cues do not cancel it). */
  covers: AsbCategoryId[];
  /** When given, the text must also say this (a kettle is only neighbour noise when it is heard). */
  needs?: RegExp;
}

// The tenant hears it, or someone else makes it: "having to use the washing machine at the launderette" is not noise.
const HEARD =
  '(?:they|them|their|theyre|he|his|she|her|hear|hears|hearing|heard|noise|noises|noisy|loud|sounds?|bang\\w*|thud\\w*|rumbl\\w*|vibrat\\w*|through (?:the|my|our) (?:wall|walls|ceiling|floor)|next door|next doors|neighbou?rs?|flat (?:above|below|upstairs|downstairs)|(?:people|them|they|kids|family|couple|man|woman|lady|bloke|guy|lot|tenants?) (?:upstairs|downstairs|above|below|next door))';

// Times when everyday noise becomes a nuisance: 10pm to 7am, "all night", "every night".
const LATE =
  '(?:(?:unreasonable|unsociable|unsocial|anti ?social|antisocial|ridiculous|stupid|silly|odd|all|late|ungodly) hours|at night|all night|night time|nighttime|late at night|late night|til late|till late|until late|midnight|early hours|early morning|in the night|middle of the night|overnight|through the night|(?:10|11|12|1|2|3|4|5|6)(?: ?oclock)? ?(?:pm|am)|(?:1|2|3|4|5|6) in the morning|(?:10|11) at night)';
const DAYTIME_ONLY_LATE =
  '(?:(?:11|12|1|2|3|4|5|6) ?am|(?:11|12) ?pm|midnight|all night|middle of the night|early hours|through the night|at night|late at night|overnight)';
const OFTEN =
  '(?:every|always|constantly|constant|regularly|all the time|most (?:nights|days|weekends)|each (?:night|weekend|week)|weekly|nightly|week after week|night after night|again and again|non stop|nonstop|again|weekends|for weeks|for months|for years|on going|ongoing|daily|times a week)';
const HARM =
  '(?:damag\\w*|smash\\w*|broke|dented|throw\\w*|threw|stones?|bricks?|eggs?|abus\\w*|swear\\w*|threat\\w*|intimidat\\w*|fire|fireworks|drugs?|weed|cannabis|knives|knife|racis\\w*|attack\\w*|hit|hitting|spit\\w*|bully\\w*|harass\\w*|graffiti|climb\\w*|fight\\w*|trespass\\w*|shout(?:ing)? at (?:me|us)|gangs?)';

const p = phrase;

const NOT_ASB: readonly NotAsbEntry[] = [
  {
    id: 'children-playing',
    explanation:
      'Children playing in the day is part of normal family life, so we cannot treat it as anti-social behaviour. ' +
      'If they damage property, are abusive, or it goes on late at night, keep a note of dates and times and tell us again.',
    cues: [
      p(
        '(?:kids|children|child|kiddies|kiddys|little ones|toddlers?|teenagers?|youngsters) (?:\\w+ ){0,4}(?:playing|play|plays|running (?:about|around|up and down)|kick(?:ing|s)? (?:a |the |their |his |her |balls? |footballs? )?(?:ball|balls|football)|on (?:their )?bikes|riding (?:their )?bikes|on scooters|laughing|making noise|having fun|in the paddling pool|on the trampoline|on the swings)',
      ),
      p('(?:playing football|play football|ball games|playing ball|kicking a ball|playing out|trampoline|paddling pool)'),
    ],
    unless: [p(DAYTIME_ONLY_LATE), p(HARM), p('(?:against my (?:car|door|window|windows|wall)|at my (?:door|window|windows)|knocking on|banging on)')],
    covers: ['noise', 'rowdy-behaviour'],
  },
  {
    id: 'household-noise',
    explanation:
      'Everyday living noise, like footsteps, doors closing, toilets flushing, talking or a baby crying, is not anti-social behaviour, ' +
      'even where walls are thin. If it is very loud, deliberate or late at night again and again, keep a diary of dates and times and report it again. Mediation can help too.',
    cues: [
      p(
        '(?:washing machines?|washer|tumble ?dryers?|dryers?|dishwashers?|spin cycle|spins|spinning|(?:their|the|her|his) appliances|hoovers?|vacuums?|footsteps|foot steps|walking (?:around|about|up and down|on the floor|heavily)|walk around|heavy footed|heavy walking|doors? (?:closing|shutting|opening)|closing (?:their|the) doors?|toilet flush\\w*|flush(?:ing)? (?:the|their) toilet|flushing|bath (?:running|filling)|running (?:a |the )?bath|shower running|taps running|(?:babys?|babies|child|kids|children|toddlers?|little ones?) (?:\\w+ ){0,3}(?:crying|cries|cry|screaming)|hoover\\w*|vacuum\\w*|(?:hear|hearing|heard|noise of|sound of) (?:\\w+ ){0,5}(?:talking|chatting|conversations?|laughing|coughing|snoring|sneezing|on the phone|moving about|moving around|in the bathroom|in the kitchen|going to the toilet)|snoring|thin walls|paper thin|can hear (?:them|everything|every word|every thing|him|her|their)|normal living|everyday (?:noise|living)|living noise|moving furniture|furniture (?:being )?moved|chairs? scraping|creaking|creaky floor|stairs creak\\w*|dog barking (?:once|sometimes|occasionally|when)|(?:plays?|playing|practis\\w*|practic\\w*|learning) (?:the |a |his |her |their )?(?:piano|keyboard|guitar|violin|cello|flute|trumpet|clarinet|recorder|instrument|saxophone))',
      ),
    ],
    unless: [
      p(
        '(?:deliberate\\w*|on purpose|stamping|stomping|banging on (?:the )?(?:walls?|ceiling|floor|door)|music|party|parties|shouting|screaming|argu\\w*|rows?|rowing|fighting|worried|worry|concerned|scared|frightened|crying for help|help|police|abus\\w*|hitting|all night|every night|middle of the night|(?:1|2|3|4|5) ?am|blasting|loud music)',
      ),
      p(HARM),
      // "can hear them at night" about rats or birds in the loft is a pest report
      p('(?:rats?|mice|mouse|rodents?|vermin|squirrels?|birds?|pigeons?|wasps?|bees|insects|scratching|scurrying)'),
      // a neighbour's washing machine that leaked into the home is where water came from, not noise
      p('(?:leak\\w*|flood\\w*|burst|water (?:came|coming|come|pouring|dripping|through|down)|stain\\w*)'),
    ],
    covers: ['noise'],
    needs: p(HEARD),
  },
  {
    id: 'diy-daytime',
    explanation:
      'DIY or building work at reasonable times of day is part of normal life and is not anti-social behaviour. ' +
      'If it happens late at night or very early, or goes on for weeks, keep a diary of dates and times and tell us again. The council noise team can also help.',
    cues: [
      p(
        '(?:diy|drilling|drill|drills|hammering|banging nails|building work|builders|renovat\\w*|decorating|sawing|power tools|extension|doing up (?:their|the|next doors)|new kitchen|work on (?:their|the) (?:house|flat|kitchen|bathroom|garden))',
      ),
    ],
    unless: [p(LATE), p('(?:every day for|weeks|months|sunday|sundays|bank holiday)'), p(HARM)],
    covers: ['noise'],
  },
  {
    id: 'one-off-party',
    explanation:
      'A one-off party, celebration or barbecue is not usually anti-social behaviour. If it is very loud late at night, the council out of hours noise team may be able to help on the night. ' +
      'If it keeps happening, keep a diary of dates and times and report it again.',
    cues: [
      p(
        '(?:party|parties|bbq|barbecue|barbeque|bbqs|birthday|celebration|celebrating|wedding|christening|gathering|get together|family do|new year|christmas do|eid|diwali|engagement)',
      ),
    ],
    // "parties" (plural) is a pattern, not a one-off; youths gathering is not a family do.
    unless: [
      p(OFTEN),
      p(HARM),
      p('(?:parties|raves)'),
      p('(?:youths?|teenagers|gangs?|groups? of|loitering|congregating|causing (?:a )?(?:nuisance|trouble|annoyance|problems))'),
    ],
    covers: ['noise', 'rowdy-behaviour', 'litter'],
  },
  {
    id: 'parking',
    explanation:
      'Parking in a legal space or on the street is not something we can treat as anti-social behaviour, even outside your home, as no one owns the space on a public road. ' +
      'The council deals with parking. If a vehicle blocks your drive or access, is dumped or untaxed, tell us or the council.',
    cues: [
      p(
        '(?:park|parks|parked|parking) (?:\\w+ ){0,4}(?:outside (?:my|our|the) (?:house|flat|home|door|window|front|gate)|in front of (?:my|our) (?:house|flat|home|window|gate)|outside (?:my|our) house|on the (?:street|road)|in (?:my|our) (?:space|spot|bay|street|road)|in the car park|visitors|spaces?|bays?|my side|their side|near my)',
      ),
      p('(?:taking|takes|took|nicking|nicks|nicked|steals|stole|uses|using|use) (?:my|our) (?:parking )?(?:space|spot|bay)'),
      p('(?:parking (?:issues?|problems?|disputes?|dispute|wars|row)|parking space|parking spot|too many cars|lots of cars|so many cars|cars outside)'),
    ],
    unless: [
      p(
        '(?:block|blocks|blocking|blocked|across (?:my|our) (?:drive|driveway)|dropped kerb|on (?:my|our|the) (?:drive|driveway)|driveway|grass|green|verge|pavement|footpath|disabled bay|abandoned|untaxed|no tax|dumped|on bricks|burnt|racing|speeding|revving|fire lane|emergency access|ambulance|fire engine|bin lorry)',
      ),
      p(HARM),
    ],
    covers: ['nuisance-vehicles'],
  },
  {
    id: 'washing-line',
    explanation:
      'Hanging washing out is an everyday part of life, so we cannot treat it as anti-social behaviour. ' +
      'If it blocks a shared path or area, tell us and we will look at it as a tenancy matter. A friendly word with your neighbour may also help, if you feel safe to.',
    cues: [
      p(
        '(?:washing line|washing lines|clothes line|clothesline|rotary line|rotary dryer|airer|clothes horse|hanging (?:out )?(?:their |the |her |his )?(?:washing|clothes|laundry)|hangs (?:out )?(?:their |her |his )?(?:washing|clothes)|(?:drying|dries|dry|dried) (?:their |the |her |his )?(?:washing|clothes|laundry)|washing out|washing hanging)',
      ),
    ],
    unless: [p(HARM)],
    covers: [],
  },
  {
    id: 'satellite-dish',
    explanation:
      'A satellite dish or aerial is not anti-social behaviour. If you think it was put up without permission or is unsafe, tell us and we will check it as a tenancy or repair matter.',
    cues: [p('(?:satellite dish(?:es)?|sky dish|dish on (?:their|the) (?:wall|house|balcony)|aerials?|antenna)')],
    unless: [p(HARM)],
    covers: [],
  },
  {
    id: 'cooking-smells',
    explanation:
      'Cooking smells are part of everyday life and are not anti-social behaviour. If a strong smell comes into your home often, a friendly word with your neighbour may help, and we can tell you about mediation. ' +
      'If you smell gas or burning, call 0800 111 999 or 999.',
    cues: [
      p(
        '(?:cooking (?:smells?|fumes|odou?rs?)|smells? of (?:their )?(?:cooking|curry|curries|food|fish|spices|garlic|onions|frying|fried food)|(?:curry|food|fish|garlic|frying|spicy) smells?|smell(?:s|ing)? (?:of|from) (?:their|next doors|the) (?:kitchen|cooking)|smell\\w* (?:\\w+ ){0,4}(?:cooking|curry|curries|frying|fried food|spices)|they cook (?:with )?)',
      ),
    ],
    unless: [p('(?:gas|burning|smoke|weed|cannabis|drugs|skunk)'), p(HARM)],
    covers: [],
  },
  {
    id: 'smoking-own-home',
    explanation:
      'Smoking in their own home, garden or balcony is legal, so we cannot treat it as anti-social behaviour. If smoke comes into your home often, a friendly word may help, or we can suggest mediation. ' +
      'If it smells of cannabis, or people smoke in shared areas, please tell us that.',
    cues: [
      p(
        '(?:smoking|smokes|smoke|smoked|vaping|vapes|vape|cigarettes?|fags|cigs|cigars?) (?:\\w+ ){0,5}(?:garden|balcony|yard|own home|own flat|their flat|their house|their home|doorstep|back door|window|windows|patio|outside)',
      ),
      p('(?:cigarette|fag|cig|tobacco|vape) smoke'),
      p('smoke from (?:their|next doors|his|her) (?:cigarettes|fags|cigs|vape)'),
      p('(?:neighbou?rs?|next door|he|she|they) (?:\\w+ ){0,2}(?:smokes|smoking|smoke) (?:and|so)'),
    ],
    unless: [
      p('(?:weed|cannabis|skunk|drugs?|spliff|joint|stairwell|stairs|communal|lift|landing|hallway|corridor|bin store|entrance|fire|burning|flames)'),
      p(HARM),
    ],
    covers: [],
  },
  {
    id: 'bins',
    explanation:
      'Bins put out on the wrong day or left out are not anti-social behaviour. The council runs bin collections and can help with bins left on the street. ' +
      'If rubbish is dumped or piling up in a shared area, tell us and we will get it cleared.',
    cues: [
      p(
        '(?:bins?|wheelie bins?|recycling(?: bins?)?|bin bags) (?:\\w+ ){0,4}(?:wrong day|left out|out all (?:week|the time)|out all week|not taken in|never taken in|never brought in|not brought in|on the pavement|on the path|outside my|in front of my|on the street|left on the street|by my door|by my gate)',
      ),
      p('(?:put|putting|puts|leave|leaves|left|leaving) (?:\\w+ ){0,2}(?:their|the|her|his) (?:wheelie )?bins? (?:out|on)'),
      p('(?:wrong bin|wrong day for bins|bin day)'),
    ],
    unless: [p('(?:dumped|dumping|fly|mattress|sofa|furniture|rubbish everywhere|piled|piling|rats|foxes|maggots|set fire|on fire)'), p(HARM)],
    covers: ['litter'],
  },
  {
    id: 'pets-normal',
    explanation:
      'Cats roaming and pets making normal noise now and then are not anti-social behaviour. If a dog barks for long periods, an animal is dangerous, or pet mess is left in shared areas, tell us again with the details.',
    cues: [
      p(
        '(?:cats?|kittens?) (?:\\w+ ){0,4}(?:in my garden|into my garden|in our garden|on my car|on my fence|on my shed|roaming|wandering|coming in|come in|comes in|pooing|poos|poo in|using my garden|digging|in my plants|sitting on)',
      ),
      p('(?:dog|dogs) (?:barks|barked|barking) (?:\\w+ ){0,2}(?:when|at) (?:the )?(?:postman|post|door|doorbell|people|someone)'),
      p('(?:dog|dogs) (?:barked|barks) (?:once|a bit|sometimes|occasionally|now and then|for a (?:minute|few minutes|bit))'),
    ],
    unless: [
      p(
        '(?:all day|all night|for hours|constantly|non stop|every day|every night|attack\\w*|bit|bitten|bite|biting|dangerous|aggressive|loose|off (?:the|its) lead|mess on the stairs|stairwell|communal|landing)',
      ),
      p(HARM),
    ],
    covers: ['nuisance-pets', 'dog-fouling'],
  },
  {
    id: 'boundary-trees',
    explanation:
      'Disagreements about fences, boundaries, trees or hedges are civil matters, not anti-social behaviour. A calm chat with your neighbour often helps, and mediation is available. ' +
      'If a fence or tree is ours and needs work, tell us and we will look at it as a repair.',
    cues: [
      p(
        '(?:fence|fences|fencing|boundary|boundaries|hedge|hedges|tree|trees|branches|leylandii|shrubs?|ivy|conifers?|bushes) (?:\\w+ ){0,5}(?:dispute|disagree\\w*|argument|row|overhang\\w*|too (?:high|tall|big)|blocking (?:my|the|our) (?:light|sun|view)|blocks (?:my|the) light|on my side|my side|their side|whose|belongs|their land|my land|line|leaves|roots|growing (?:over|into|through))',
      ),
      p(
        '(?:boundary (?:disputes?|lines?|issues?|problems?)|overhanging|over hanging|moved the fence|put up a fence|built a fence|shared fence|shared boundary)',
      ),
    ],
    unless: [
      p(
        '(?:kicked|smashed|broke|broken|damaged|deliberately|on purpose|set fire|threat\\w*|abuse\\w*|abusive|fallen|fell|blown down|collapsed|dangerous|leaning|unsafe|rotten|rotting)',
      ),
    ],
    covers: [],
  },
  {
    id: 'cctv-doorbell',
    explanation:
      "A neighbour having a doorbell camera or CCTV is not anti-social behaviour on its own. If it points into your home or garden, the Information Commissioner's Office can advise, and you can tell us what it covers.",
    cues: [p('(?:ring doorbell|doorbell camera|video doorbell|cctv|security cameras?|camera on (?:their|the) (?:house|door|wall))')],
    unless: [
      p(
        '(?:pointing|pointed|aimed|facing|looking) (?:into|in to|at|in) (?:my|our)|filming me|filming us|recording me|recording us|spying|watching me|smashed|damaged|broke',
      ),
    ],
    covers: [],
  },
  {
    id: 'business-or-traffic-noise',
    explanation:
      'Noise from roads, trains, planes, pubs, shops, schools or building sites is not something we can treat as anti-social behaviour by a neighbour. ' +
      'The council environmental health team deals with noise from businesses and sites, so please contact them.',
    cues: [
      p(
        '(?:traffic|road noise|noise from the road|trains?|planes?|aircraft|airport|motorway|bus(?:es)? going past|church bells|school (?:noise|bell|playground)|noise from the school|the pub|pub noise|the club|nightclub|takeaway|the shop|shops|restaurant|building site|construction site|roadworks|road works|factory|warehouse)',
      ),
    ],
    unless: [p('(?:neighbou?rs?|next door|upstairs|downstairs|flat above|flat below|tenants?)'), p(HARM)],
    covers: ['noise'],
  },
  {
    id: 'different-lifestyle',
    explanation:
      'People live in different ways, such as working nights, having visitors or keeping to themselves, and that is not anti-social behaviour on its own. ' +
      'If their behaviour causes you harassment, alarm or distress, tell us what happens and when. Mediation can help neighbours understand each other.',
    cues: [
      p(
        '(?:lifestyle|life style|different culture|their culture|works? (?:nights|lates|earlies|shifts|early|late)|working (?:nights|lates|earlies|shifts)|(?:from|after|off) (?:his|her|their|a|the) (?:night )?shifts?|shift pattern\\w*|night shifts?|shift work|shifts|come home late|comes home late|coming home late|gets home late|has (?:lots of |a lot of )?visitors|have (?:lots of |a lot of )?visitors|lots of visitors|family visiting|boyfriend stays|girlfriend stays|keeps? (?:themselves|himself|herself) to (?:themselves|himself|herself)|(?:dont|doesnt|never|wont|not) say hello|(?:dont|doesnt|never|wont|not) (?:speak|talk) to (?:me|us)|ignores? (?:me|us)|ignoring (?:me|us)|unfriendly|stuck up|dirty looks|looks at me funny|i (?:dont|do not|not) like (?:them|him|her|my neighbou?rs?|the neighbou?rs?)|(?:dont|not) like my neighbou?rs?|nosy|nosey|gossip\\w*)',
      ),
    ],
    unless: [p('(?:all hours|coming and going|in and out|drugs?|dealing|weed|cannabis|late at night|all night|every night|music|party|parties)'), p(HARM)],
    covers: ['drugs', 'noise'],
  },
  {
    id: 'neighbour-dispute',
    explanation:
      'A falling out between neighbours is not anti-social behaviour on its own. Mediation can help you both find a way forward, and we can refer you. ' +
      'If you are threatened, abused or harassed, tell us straight away.',
    cues: [
      p(
        '(?:(?:fell|falling|fallen) out with|had a (?:row|argument|disagreement|falling out)|argument with|arguments with|disagreement with|disagreements with|dispute with|disputes with|row with|not speaking|(?:dont|do not|not) get (?:on|along)|personal dispute|neighbou?r (?:dispute|disputes|disagreement)|family dispute|feud|tit for tat|they complained about me|complained about my|accus\\w* (?:me|us) of)',
      ),
    ],
    unless: [p('(?:threat\\w*|abus\\w*|harass\\w*|intimidat\\w*|violent|violence|attack\\w*|hit|hitting|racis\\w*|swear\\w*|damag\\w*|smash\\w*)')],
    covers: ['noise'],
  },
];

/** Neighbour behaviour that is not ASB, with a kind explanation; null when it is (or may be) real ASB. */
export function detectNotAsb(normalised: string): NotAsb | null {
  const text = prepare(normalised);
  const scores = scoreAsb(normalised);
  for (const entry of NOT_ASB) {
    if (!entry.cues.some((re) => re.test(text))) continue;
    if (entry.needs && !entry.needs.test(text)) continue;
    if (entry.unless.some((re) => re.test(text))) continue;
    const realAsb = (Object.entries(scores) as [AsbCategoryId, number][]).some(([id, score]) => score >= 1 && !entry.covers.includes(id));
    if (realAsb) return null;
    return { id: entry.id, explanation: entry.explanation };
  }
  return null;
}

/** For tests and for copy review. */
export const NOT_ASB_IDS: readonly string[] = NOT_ASB.map((e) => e.id);
export const NOT_ASB_EXPLANATIONS: Readonly<Record<string, string>> = Object.fromEntries(NOT_ASB.map((e) => [e.id, e.explanation]));
