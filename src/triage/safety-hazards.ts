// Dangers in the home itself: gas, carbon monoxide, water on electrics and fire. Why each
// rule is as wide or as narrow as it is: see the header of safety.ts.
import { READING_BREAK } from './reading.js';
import { all, any, has, not, type Test, W } from './safety-tests.js';

// ---------------------------------------------------------------- gas
const SMELL =
  '(?:smell|smells|smelling|smelt|smelled|smel|smels|smelly|smellin|stink|stinks|stinking|stinky|stench|whiff|reek|reeks|reeking|odou?r|scent|sniff)';
const GAS = '(?:gas|gass|gaz|gassy)';
// Gas as a bill, a meter reading or a visit is not a smell of gas.
const GAS_NOT_ADMIN =
  '(?! (?:bill|bills|meter reading|readings?|top ?up|topped up|card|key|supplier|company|safety|check|service|servicing|certificate|appointment|engineer|man|men|and electric|prices?|tariff|account|payment))';
const GAS_APPLIANCE = '(?:hob|hobs|cooker|oven|stove|gas pipe|gas pipes|pipe|meter|gas meter|gas fire|gas tap|gas valve|gas supply)';
const gasRules: Test[] = [
  has(`${SMELL} ${W}{0,4}${GAS}${GAS_NOT_ADMIN}`),
  has(`${GAS}${GAS_NOT_ADMIN} ${W}{0,2}${SMELL}`),
  has(`${GAS} ${W}{0,1}(?:leak|leaks|leaking|leakage|leeking|leek|escape|escaping|coming out|coming from|pouring out|hissing|hiss)`),
  has(`(?:leak|leaks|leaking|leaky|escape|escaping|escape of|hissing|hiss) ${W}{0,2}${GAS}`),
  has(`${GAS_APPLIANCE} ${W}{0,3}(?:hiss|hissing|hisses|hissed)`),
  has(`(?:hiss|hissing|hisses|hissed) ${W}{0,4}${GAS_APPLIANCE}`),
  all(has('(?:boiler|fire|heater) (?:\\w+ ){0,3}(?:hiss|hissing|hisses)'), has(SMELL)),
  has(`(?:rotten eggs?|bad eggs?|sulphur|sulfur) ${W}{0,2}${SMELL}|${SMELL} ${W}{0,3}(?:rotten eggs?|bad eggs?|sulphur|sulfur)`),
  has('(?:gas emergency|gas engineer urgently|cadent|national gas)'),
  // A damaged gas pipe is a gas escape waiting to happen, smell or no smell.
  has(
    `(?:damaged|broken|cracked|split|bent|snapped|ruptured|burst|severed|hit|drilled through|drilled into) ${W}{0,2}${GAS} (?:pipe|pipes|pipework|main|mains)|${GAS} (?:pipe|pipes|pipework|main|mains) ${W}{0,4}(?:damaged|broken|cracked|split|bent|snapped|ruptured|burst|severed)`,
  ),
  // A smell and the word gas anywhere in one message: "funny smell in the kitchen, is it gas?"
  all(has(SMELL), has(`${GAS}${GAS_NOT_ADMIN}`), not(has('(?:no|not|never) (?:\\w+ ){0,2}smell'))),
  has(`(?:eggy|rotten egg|sulphur|sulfur|sulphurous|chemical) ${W}{0,1}${SMELL}`),
  // A slip on the phone's keyboard or predictive text after a smell: "smell of has", "smells like gad".
  has(`${SMELL} (?:of|like) (?:has|gad|fas|gss|gaa|vas)`),
];
// A one-word report that names the hazard ("gas", "gas!!", "GAS HELP"): treat as the danger.
gasRules.push(
  has(`^ (?:${GAS}|gas leak|smell gas)(?: (?:help|please|pls|now|urgent|emergency|quick|asap))* (?:zzbreakzz (?:${GAS}|gas leak|smell gas)(?: \\w+)* )?$`),
);
export const gas: Test = all(any(...gasRules), not(has('laughing gas (?:\\w+ )?(?:smell|canisters?)')));

// ---------------------------------------------------------------- carbon monoxide
const CO_DEVICE =
  '(?:carbon monoxide|carbon monoxid|carbon monoxcide|monoxide|carbon dioxide|carbon|co|co2|c02|c o)(?: alarms?| detectors?| monitors?| sensors?| alarm detector)';
const SOUNDING =
  '(?:going off|gone off|went off|goes off|keeps going|go off|beep|beeps|beeping|beeped|bleep|bleeps|bleeping|sounding|sounds|sounded|ringing|rings|alarming|alarmed|screaming|screeching|flashing|flashes|red|chirp|chirps|chirping|activated|triggered|detecting|detected|reading|reads|showing|shows|says|buzzing|wailing|shrieking|on)';
const SOUNDING_NOW =
  '(?:going off|gone off|went off|goes off|beep|beeps|beeping|bleep|bleeps|bleeping|sounding|ringing|alarming|screaming|screeching|flashing|chirping|activated|triggered|detecting|detected|wailing|shrieking)';
const SYMPTOM =
  '(?:headaches?|head aches?|headachy|dizzy|dizziness|diziness|nausea|nauseous|(?:feel|feeling|felt|feels) (?:sick|ill|faint|drowsy|woozy|funny)|vomiting|drowsy|drowsiness|sleepy|breathless|short of breath|light ?headed|faint|fainted|fainting|passed out|confused|confusion|flu like|woozy)';
const CO_SOURCE =
  '(?:boiler|boilers|gas fire|fire|heater|heating|central heating|radiators?|cooker|hob|oven|flue|chimney|fumes|gas|appliance|burner|log burner|wood burner|stove)';
// Talk about fitting, moving or replacing a CO alarm, with no sign one is sounding.
const CO_ADMIN: Test = has(
  '(?:no|need|needs|needed|want|fit|fitted|fitting|install|installed|installing|missing|get|new|replace|replaced|check|checked|test|tested|testing|service|serviced|expired|out of date|dont have|do not have|not have|havent got|have not got|not got|where is|where do|where does|where should|where can|position|positioned|supposed to|should i have|should have|move|moved|moving|stolen|taken) (?:\\w+ ){0,4}(?:carbon monoxide|carbon|co|co2) (?:alarm|detector|monitor|sensor)s?|(?:carbon monoxide|carbon|co|co2) (?:alarm|detector|monitor|sensor)s? (?:\\w+ ){0,3}(?:missing|fell off|fallen off|taken|removed|expired|out of date|needs? (?:replacing|fitting|moving)|not fitted|not there)',
);
const coRules: Test[] = [
  all(
    has('(?:carbon monoxide|carbon monoxid|monoxide|co poisoning|carbon poisoning|co leak|co leaking|carbon monoxide leak)'),
    not(all(CO_ADMIN, not(has(SOUNDING_NOW)))),
  ),
  has(`${CO_DEVICE} ${W}{0,4}${SOUNDING}`),
  // A CO alarm named with no sign it is only about fitting or replacing one: assume it is sounding.
  all(has(CO_DEVICE), not(CO_ADMIN)),
  has(`${SOUNDING} ${W}{0,3}${CO_DEVICE}`),
  all(has(SYMPTOM), has(CO_SOURCE)),
  // An alarm or display that names CO: "the alarm says CO".
  all(has('(?:alarm|alarms|detector|display|screen|sensor|monitor|beeping|flashing)'), has('(?:co|co2|c02|carbon)(?! op)'), not(CO_ADMIN)),
  has(
    `(?:fumes|smoke|soot|sooty|black marks|scorch marks|scorching|staining|black stains) ${W}{0,4}(?:boiler|gas fire|heater|flue|fire|chimney|appliance|cooker)`,
  ),
  has(`(?:boiler|gas fire|heater|flue|appliance) ${W}{0,4}(?:fumes|giving off fumes|sooty|soot|black marks|scorch marks|black around)`),
  all(
    has(`(?:yellow|orange|lazy|floppy) ${W}{0,1}(?:flames?|pilot light|pilot)|(?:flames?|pilot light|pilot) ${W}{0,3}(?:yellow|orange|lazy|floppy)`),
    has('(?:boiler|gas fire|fire|heater|hob|cooker|oven|gas)'),
  ),
];
export const carbonMonoxide: Test = all(any(...coRules), not(has('exhaust fumes|car fumes')));

// ---------------------------------------------------------------- water on electrics
const WATER =
  '(?:water|leak|leaks|leaking|leaked|leaky|leeking|dripping|drips|drip|dripped|drippin|flooding|flooded|flood|floods|wet|soaked|soaking|seeping|seeps|trickling|gushing|raining|rain|condensation)';
const ELEC =
  '(?:light fittings?|lightfittings?|ceiling lights?|ceiling rose|light|lights|lamps?|bulbs?|light switch(?:es)?|switch|switches|sockets?|plug sockets?|plug socket|plugs?|fuse ?box|fuse board|consumer unit|trip switch|electrics|electric|electrical|electricity|wiring|wires?|cables?|meter cupboard|electric meter|spot ?lights?|down ?lights?|extractor fan|extractor|shaver point|cooker switch|isolator)';
const ELEC_NOT =
  /\b(electric (?:shower|heaters?|fires?|boiler|cooker|oven|hob|blanket|bill|top up|key|card|meter reading)|electricity (?:bill|top up|key|card|supplier|reading)|hot water|cold water|water (?:bill|meter|pressure|rates|supply|company|board)|light (?:rain|grey|gray|blue|colour|color|bulb needs)|no lights? on)\b/g;
const waterElectricsRules: Test[] = [
  has(
    `${WATER} ${W}{0,5}(?:through|thru|threw|from|out of|outta|out|into|in to|in|inside|on|onto|on to|near|round|around|behind|over|under|by|down|all over|next to|above|below) (?:the |my |a |our |his |her )?${W}{0,1}${ELEC}`,
  ),
  has(
    `${ELEC} ${W}{0,4}(?:full of water|filled with water|filling with water|wet|dripping|drippin|leaking|leaked|soaked|soaking|got water|has water|with water|water|flooded|damp)`,
  ),
  all(
    has('(?:leak|leaking|leaks|dripping|drip|flood|flooding|flooded|water coming|water pouring|water is coming|water running|ceiling wet|wet ceiling)'),
    has(
      '(?:tripping|tripped|trips|trip switch|fuse (?:blown|gone|keeps)|fuses (?:blown|gone|keep)|flickering|flicker|power (?:went|gone|keeps|cut|off)|electrics (?:off|gone|went|keep|keeps|tripping|tripped|have gone|are off)|lights? (?:went|gone|keep|keeps|blew|blown|out|off)|no (?:power|electric|electrics|electricity|lights))',
    ),
  ),
  has(
    '(?:electric shock|electric shocks|electrocuted|electrocute|electrocution|got a shock|had a shock|get a shock|getting shocks?|gave me a shock|shocked me|shocked by|shock off|shock from|tingle from|tingling from)',
  ),
  has(
    `(?:exposed|bare|live|loose|hanging|sparking|burnt|melted|frayed|dangling) ${W}{0,1}(?:wires?|wiring|cables?)|(?:wires?|wiring|cables?) ${W}{0,3}(?:exposed|hanging out|hanging down|sticking out|showing|live|bare|coming out|out of the wall)`,
  ),
  has(
    `(?:socket|plug socket|switch|light switch|fuse box|light fitting) ${W}{0,3}(?:hanging off|came off|come off|fallen off|pulled off|hanging out|off the wall|coming away)`,
  ),
];
export const waterElectrics: Test = (t) => {
  const masked = t.replace(ELEC_NOT, (m) => m.replace(/ /g, ''));
  return waterElectricsRules.some((r) => r(masked));
};

// ---------------------------------------------------------------- fire
// Compounds that contain "fire" or "smoke" but are not a fire, masked before the rules run.
const FIRE_MASK =
  /\b((?:had|there was|after|since|from|before|previous|last) (?:a |the )?fires?|fire damaged?|fire brigade said|fire ?doors?|fire exits?|fire escapes?|fire alarms?|smoke alarms?|smoke detectors?|heat detectors?|heat alarms?|fire extinguishers?|fire blankets?|fire safety|fire risk|fire check|fire stopping|fire proof|fireproof|fire rated|fire retardant|fire places?|fireplaces?|fire surrounds?|fire guards?|fireguard|gas fires?|electric fires?|open fires?|log fires?|coal fires?|fire grate|fireworks?|bon ?fires?|camp ?fires?|fire pits?|firewood|fire lighters?|firelighters?|fire (?:him|her|them|the plumber|the contractor|the engineer|whoever)|fired|firing|cigarette smoke|cigarettes|(?:bbq|barbecue|barbeque|bonfire|cigarette|fag|weed|cannabis|vape|chimney|wood burner|log burner|exhaust) smoke|smoke (?:from )?(?:their |his |her |the )?(?:fags|cigarettes?|cigs|weed|cannabis|bbq|barbecue|barbeque|vape)|smokes|smoking (?:weed|cannabis|in|on|outside|out|cigarettes|fags|at|by|near|under|round|around|indoors|next door)|smoker|smokers|smoke alarm|no smoking|quit smoking|smoke bombs?|vape smoke|vaping)\b/g;
const FIRE_NOW =
  '(?:on fire|onfire|caught fire|catching fire|caught alight|set (?:\\w+ ){0,3}(?:on )?fire|set fire|setting fire|started a fire|fire started|fire has started|fire in|fire at|fire upstairs|fire downstairs|fire next door|fire outside|fire inside|fire spreading|fire is spreading|a fire|theres a fire|there is a fire|theres fire|there is fire|house fire|flat fire|kitchen fire|chip pan fire|pan fire|bin fire|car fire|(?:call|ring|phone|get|need|dial) (?:the )?fire (?:brigade|service)|fire (?:brigade|service|engines?) (?:is |are )?(?:here|outside|on (?:the|their) way|coming|arrived)|flames|in flames|up in flames|ablaze|blaze|burning down|burnt down|fire fire|alight|inferno|smouldering|smoldering|arson)';
const APPLIANCE_OR_ELEC =
  '(?:sockets?|plugs?|plug sockets?|switch|switches|light switch|light fittings?|lights?|fuse ?box|consumer unit|wires?|wiring|cables?|extension lead|extension|adaptor|adapter|charger|cooker|oven|hob|microwave|toaster|kettle|boiler|heater|fridge|freezer|washing machine|tumble dryer|dryer|dishwasher|tv|telly|meter|electric meter|storage heater|immersion|fan|extractor|shower|electric shower|lamp)';
const fireRules: Test[] = [
  has(FIRE_NOW),
  has(
    `${APPLIANCE_OR_ELEC} ${W}{0,3}(?:smoking|smokin|smoked|smoke|smouldering|melting|melted|sparking|sparked|sparks|spark|sparkin|arcing|burning|burnt|burned|scorched|scorch marks|caught|on fire|blew up|exploded|popped and)`,
  ),
  has(
    `(?:sparks|sparking|sparked|spark|sparkin|arcing|smoke|smoking|flames?|burning) ${W}{0,3}(?:from|out of|outta|in|on|coming from|behind|inside) (?:the |my |a )?${W}{0,1}${APPLIANCE_OR_ELEC}`,
  ),
  has(
    '(?:sparking|sparky|smoking|smouldering|melting|melted|scorched|burning|burnt|burned|charred)(?: (?:and|or) (?:sparking|smoking|melting|melted|scorched|burning|burnt|burned|charred|hot))? (?:electrical |electric |plug )?(?:sockets?|plugs?|switch(?:es)?|light switch(?:es)?|fuse ?box|fuse board|consumer unit|wires?|wiring|cables?|extension leads?|adaptors?|adapters?|chargers?)',
  ),
  has(
    `(?:smoke|smokes|smoky|smokey) ${W}{0,2}(?:everywhere|coming|pouring|billowing|filling|all over|in the|in my|in our|from|out of|under|through)|full of smoke|filled with smoke|thick smoke|black smoke|smoke filled|smoke coming|smokey|smoky`,
  ),
  has(
    `(?:burning|burnt|burned|electrical|melting|melted|scorching) (?:plastic |rubber |wire |wiring |electrical |dust )?(?:smell|smells|smelling|odou?r|stench|stink)|${SMELL} ${W}{0,3}(?:burning|burnt|burned|melting|melted|scorching|smoke|electrical burning|something burning)`,
  ),
  all(
    has(`(?:fire|smoke|heat) ?alarms? ${W}{0,3}(?:going off|gone off|went off|goes off|sounding|ringing|is going|are going)`),
    not(
      has(
        '(?:battery|batteries|chirp|chirps|chirping|keeps|keep|constantly|every|no reason|for nothing|false|faulty|broken|not working|test|testing|tested|replace|replaced|replacing|need|needs|beep|beeps|beeping|bleep|bleeps|bleeping|always|again|cooking|toast|shower|steam)',
      ),
    ),
  ),
];
// Smoke that the tenant ties to a barbecue, bonfire or cigarettes is a neighbour matter, not a fire.
const HARMLESS_SMOKE = has(
  '(?:bbq|bbqs|barbecue|barbeque|barbecues|bonfire|bonfires|cigarettes?|fags|cigs|vape|vaping|incense|chiminea|fire pit|firepit|wood burner|log burner|chimney smoke)',
);
const SMOKE_WORD = has('(?:smoke|smokes|smoky|smokey|smoking)');
const REAL_FIRE_WORDS = has(
  `(?:on fire|flames|fire brigade|ablaze|${SMELL} ${W}{0,2}burning|burning smell|sparks?|sparking|house fire|kitchen fire|spread|spreading|caught fire|out of control)`,
);
export const fire: Test = (t) => {
  // A message that is only a shout of "fire" is taken at its word.
  if (
    /^ ?(?:help |please |theres a |there is a )*(?:fire|smoke|flames|burning|smell of burning|smoke everywhere)(?: fire| help| please| now| quick| quickly| everywhere)* ?$/.test(
      t.split(READING_BREAK)[0] ?? '',
    )
  )
    return true;
  if (HARMLESS_SMOKE(t) && !REAL_FIRE_WORDS(t) && SMOKE_WORD(t)) return false;
  const masked = t.replace(FIRE_MASK, (m) => m.replace(/ /g, '_').replace(/fire/g, 'fyre').replace(/smok/g, 'smoq'));
  return fireRules.some((r) => r(masked));
};
