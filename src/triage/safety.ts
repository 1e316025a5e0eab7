// Safety first (DESIGN.md principle 2): before any triage, spot a danger to life or
// health so the advice goes out at once. This file leans towards false alarms: sending
// gas advice to someone whose hob only "smells a bit" costs one text; missing a gas leak
// can cost a life. So a question ("smell gas?") counts, and a negation ("i dont think
// its gas but there is a smell") is NOT trusted to cancel a gas or CO hit.
//
// Where a word is common in everyday talk and not dangerous, the rule is narrowed rather
// than dropped, and the choice is written next to it:
// - "gas bill", "gas meter reading", "gas safety check": no smell, leak or hiss, no hit.
// - "fire door", "fire exit", "fireplace", "gas fire", "bonfire", "fireworks": masked
//   before the fire rules run. A smoke or fire alarm that "keeps beeping", needs a
//   battery or goes off "for no reason" is a repair; an alarm "going off" with no such
//   word is treated as a possible fire.
// - "killing me" on its own is slang ("this is killing me lol", "my back is killing me")
//   and does not fire. It does when the same message asks for help or names violence
//   ("hes killing me help", "he is hitting me he is killing me").
// - "kill" needs a person as its object: "kill the spiders" is pest control.
// - "cant go on" and "cant cope any more" DO fire self-harm: the Samaritans line is a
//   gentle offer, and someone writing "i cant go on like this" may mean it.
// - A CO alarm that beeps is treated as CO even when the tenant blames the battery:
//   the alarm may be right.
// - Smoke the tenant ties to a barbecue, bonfire or cigarettes is not a fire unless the
//   message also has flames, sparks or "on fire"; a fire in the past ("we had a fire last
//   year", "the fire brigade said") is not a fire now.
// - "She kicked me out" is losing a home, not a kick.
// - Danger from a partner or ex is also domestic abuse, so both pieces of advice go.
// - A threat of violence ("said he will stab me", "threatened to knock me out") gets the
//   999 advice; "keeps threatening me" with no violence named is an ASB threats report only.
//   The normaliser drops the apostrophe, so "he'll" and "she'd" arrive as "hell" and "shed":
//   after "said" they are read as the contraction.
// - The normaliser writes every negative contraction as "not", so "cant go on" arrives as
//   "not go on", like "heating wont go on": self-harm needs the tenant as the subject.
import { ME_NOT_OWNING, PARTNER_CALLED_VIOLENT, PARTNER_DAMAGE, PARTNER_HURT_TOLD } from './asb-catalogue.js';
import { phrase, prepare } from './reading.js';
import type { SafetyHit, SafetyId } from './triage.types.js';
import { SAFETY_ADVICE } from '../../dialogs/safety.copy.js';

/** Most serious first: threats to a whole building, then to a person, then the rest. */
export const SAFETY_ORDER: readonly SafetyId[] = ['fire', 'gas', 'carbon-monoxide', 'danger-to-life', 'self-harm', 'domestic-abuse', 'water-electrics'];

import { all, any, has, not, type Test, W } from './safety-tests.js';
import { carbonMonoxide, fire, gas, waterElectrics } from './safety-hazards.js';

// ---------------------------------------------------------------- danger to life
const PERSON_OBJ =
  '(?:' +
  ME_NOT_OWNING +
  '|us|you|u|ya|him|her|them|someone|somebody|some1|sum1|my (?:\\w+ )?(?:son|daughter|kids?|children|child|baby|mum|mom|dad|wife|husband|partner|brother|sister|nan|neighbou?r|friend|boyfriend|girlfriend|family|carer)|the kids|each other|everyone|every1|people|my neighbou?r|neighbou?rs?)';
const WEAPON =
  '(?:knife|knifes|knives|machetes?|guns?|firearms?|shotguns?|pistols?|rifles?|crossbows?|swords?|axe|axes|baseball bats?|crowbars?|weapons?|zombie knife|petrol bombs?|acid attack)';
// Tools that are only weapons in someone's hand.
const HELD_WEAPON =
  '(?:with|has|had|got|carrying|holding|waving|brandishing|pulled|pulled out|wielding|threw) (?:a |an |some |the )?(?:hammer|bat|blade|acid|bottle|brick|screwdriver|pole|iron bar|metal bar|bar|stick|plank)';
// The tenant's own tool on a fitting: "can still open it with a screwdriver", "knocked the nail back in with a hammer".
const TOOL_USE =
  '(?:i|we|ive|weve|im|can|cant|could|have to|had to|has to|managed to|tried to|try to|trying to|need to|only) (?:\\w+ )?(?:open|opened|opening|opens|shut|shutting|close|closing|undo|undid|unscrew\\w*|screw\\w*|fix|fixed|fixing|mend\\w*|prise\\w*|prised|pry|pried|turn|turned|turning|wedge\\w*|wedged|lever\\w*|propped|prop|knock\\w*|tap|tapped|tapping|bang\\w*|get (?:it|the \\w+) (?:open|shut|off|out|in)|got (?:it|the \\w+) (?:open|shut|off|out|in)) (?:\\w+ ){0,4}with (?:a|an|the|my|me|some) (?:\\w+ )?(?:hammer|screwdriver|bar|stick|pole|plank|brick|bottle|blade)';
const WEAPON_NOT =
  /\b(knife (?:and fork|drawer|block|set|sharpener)|knives and forks|(?:glue|nail|staple|water|sealant|silicone|caulk|caulking|heat|paint|spray|grease|massage) (?:gun|guns|pistol)|gun metal|gunmetal|blades? of grass|fan blades?|hammer (?:drill|drilling|action)|hammering|battery acid|acid reflux|bats? (?:in the loft|in the roof|roosting|flying)|bats in)\b/g;
// A person's spoken threat: to hurt or kill, to burn or smash the home, "my face is next".
const spokenThreatRules: Test[] = [
  // A threat aimed at the tenant's home or animals ("gonna smash my windows in", "said he'll kill my dog").
  has(
    '(?:going to|gonna|gunna|gona|will|threatening to|threatened to|threatens to|threaten to|said (?:he|she|they|hed|shed|theyd|hell|shell|theyll)(?: will| would| is going to| is gonna)?) (?:\\w+ ){0,4}(?:smash|smashing|brick|wreck|trash|torch|kill|poison|stab|hurt) (?:in )?(?:my|our) (?:\\w+ )?(?:windows?|door|car|van|house|home|flat|dog|dogs|cat|cats|pets?)',
  ),
  // Threats in the words people use: "my face is next", "you're next", "watch your back".
  has(
    '(?:my|your|ur|his|her) face (?:is|will be|would be) next|(?:youre|you are|your|ur|im|i am|were|we are) next\\b(?! (?:in|on|to|door|week|month|year|time|for))|watch (?:your|ur|my) back',
  ),
  has(
    `(?:going to|gonna|gunna|gona|will|wants to|want to|wanna|threatening to|threatened to|threatens to|threaten to|threatned to|thretened to|said (?:he|she|they|hed|shed|theyd|hell|shell|theyll)(?: will| would| is going to| are going to| is gonna| are gonna|ll|d)?|swore to|promised to|trying to|tried to) (?:\\w+ )?(?:kill|stab|shoot|murder|hurt|batter|beat|attack|strangle|knife|cut|glass|petrol bomb|acid|punch|hit|slap|smack|kick|headbutt|knock|knock out|deck|floor|jump|sort|do|get|break|smash|rip|burn|chop|slice|bottle|brick) ${PERSON_OBJ}(?: (?:out|in|over|up|down|head in|face in|legs|arms|jaw|teeth))?`,
  ),
  has(
    '(?:kick|kicking|smash|smashing|knock|knocking|punch|punching) (?:my|your|ur|his|her|their) (?:head|face|teeth|lights) (?:in|out)|break (?:my|your|ur|his|her) (?:legs?|arms?|neck|jaw|nose)|knock (?:me|you|u|him|her|them) out|beat (?:me|you|u|him|her|them|us) up|batter (?:me|you|u|him|her|them|us)',
  ),
  // Said with the apostrophe lost ("hell put her windows in", "well get u"): he'll, we'll, they'll.
  has(
    `(?:hell|shell|theyll|well|ill|youll) (?:\\w+ )?(?:(?:smash|kick|brick|put|bust) (?:my|our|your|ur|his|her|their) (?:windows?|door|car|face|head|teeth) in|(?:batter|hurt|kill|stab|knife|torch|burn) ${PERSON_OBJ})`,
  ),
  has(
    '(?:well|theyll|hell|shell|ill|we will|they will|gonna|going to) get (?:you|u|ya|yer|him|her|them)\\b(?! (?:a|an|the|some|booked|sorted|in|round|back|to|on|out|one|another|new|fixed|done|seen|moved|there|home))',
  ),
  // A harm promised for reporting: "...if she complains", "...if i tell anyone"; or the
  // condition first: "if u report me again ill burn ur car".
  has(
    'if (?:you|u|i|she|he|we|they|anyone|my \\w+) (?:\\w+ )?(?:complain|complains|report|reports|grass|grasses|tell|tells|snitch|snitches|ring the police|call the police|rings the police|calls the police) (?:\\w+ ){0,4}(?:ill|hell|shell|theyll|well|i will|he will|she will|they will|we will|im gonna|im going to|hes gonna|hes going to|shes gonna|shes going to|theyre gonna|theyre going to) (?:\\w+ ){0,2}(?:burn|torch|smash|kill|stab|hurt|batter|wreck|trash|kick|brick|slash)\\b',
  ),
  has(
    '(?:hell|shell|theyll|he will|she will|they will|hed|shed|theyd|he would|she would|they would|hes (?:gonna|going to)|shes (?:gonna|going to)|theyre (?:gonna|going to)) (?:\\w+ ){1,8}if (?:i|you|u|she|he|we|they|anyone|my \\w+|her \\w+|his \\w+) (?:\\w+ )?(?:complain|complains|complained|tell|tells|told|report|reports|reported|grass|grasses|snitch|snitches|ring the police|call the police|rings the police|calls the police)',
  ),
  has(
    `(?:going to|gonna|gunna|will|threatening to|threatened to|threatens to|threaten to|said (?:he|she|they|hed|shed|theyd|hell|shell|theyll)(?: will| would| is going to)?|trying to|tried to) (?:\\w+ )?(?:burn|torch|petrol bomb|set fire to) (?:down )?(?:the|my|our|his|her) (?:flat|house|home|door|place|building|car)|smash (?:my|your|ur|his|her) face in|do (?:me|him|her|you) in|what (?:he|she|they)(?:s| is| are| was| were)? (?:going to|gonna|gunna|gona) do to (?:me|us|my \\w+|the kids|her|him)`,
  ),
];
// Violence by a person: a weapon, an attack, a killing.
const attackRules: Test[] = [
  (t) => phrase(WEAPON).test(t.replace(WEAPON_NOT, (m) => m.replace(/[a-z]/g, 'x'))),
  all(has(HELD_WEAPON), not(has(TOOL_USE))),
  has(
    `(?:being|getting|been|be|was|were|is|are|keeps|keep|got) (?:\\w+ ){0,1}(?:attacked|assaulted|beaten|beat up|battered|stabbed|shot|strangled|choked|mugged|kidnapped|raped|punched|glassed|headbutted)`,
  ),
  has(
    `(?:attack|attacking|attacked|assault|assaulting|assaulted|stab|stabbing|stabbed|shoot|shooting|shot|strangle|strangling|strangled|choke|choking|choked|beat|beating|battering|punching|punched|kicking|kicked|hitting|hit|headbutted|glassed|murder|murdering|murdered|rape|raped|raping|sexually assaulted) ${PERSON_OBJ}`,
  ),
  has(`(?:kill|kills|killed|murder|murders) ${PERSON_OBJ}`),
  // "Went for my husband with a spade": whatever is in the hand.
  has(`(?:went|goes|go|going|came|come|comes|coming|ran|run|runs|lunged|flew|went to go) (?:for|at) ${PERSON_OBJ} with`),
  // "killing me" is slang unless the same message asks for help or names violence.
  all(
    has('(?:killing|kill) (?:me|us|him|her|my)'),
    has('(?:help|police|999|hitting|attacking|strangling|choking|hurting|beating|knife|stabbing|blood|bleeding|cant breathe|call an ambulance|ambulance|save)'),
  ),
];
const personThreatRules: Test[] = [...spokenThreatRules, ...attackRules];
/**
 * A person threatens ('threat') or attacks ('attack') someone: an ASB report as well as the
 * 999 advice. Null when neither.
 */
export function threatByPerson(normalised: string): 'threat' | 'attack' | null {
  const t = prepare(normalised)
    .replace(/\b(kick(?:ed|ing|s)?|chuck(?:ed|ing|s)?) (me|us|him|her|them) out\b/g, 'threw $2 out')
    // A near miss by a thing ("a tile nearly hit someone") is a danger, not a person's act.
    .replace(/\b(?:nearly|almost|could have|could of|couldve|might have|mightve|would have|wouldve) (?:hit|killed|hurt|knocked)\b/g, 'nearly');
  if (spokenThreatRules.some((rule) => rule(t))) return 'threat';
  return attackRules.some((rule) => rule(t)) ? 'attack' : null;
}
/** The means of ending a life made ready: a rope or noose, tablets lined up. */
const MEANS_READY =
  '(?:got|have|ive got|bought|tied|sorted|found) (?:\\w+ ){0,2}(?:rope|noose|ligature) (?:\\w+ ){0,2}(?:ready|up|tied|sorted)|(?:rope|noose) (?:is |are )?(?:ready|tied up|tied)|(?:tablets|pills|meds|medication|paracetamol|painkillers) (?:\\w+ ){0,2}(?:lined up|counted out|in front of me)';
const dangerRules: Test[] = [
  ...personThreatRules,
  has(
    `(?:kick|kicking|kicked|smash|smashing|smashed|bang|banging|force|forcing|forced|break|breaking|broke|bust|busting) (?:\\w+ ){0,1}(?:my|the|our|front|back) (?:front |back )?(?:door|window|windows) (?:in|down|open|off)`,
  ),
  has(
    '(?:trying to (?:break|force (?:their|his|her) way|kick (?:the|my) door) in(?:to)?|(?:trying|tried) to get in(?:to)? (?:my|the|our) (?:flat|house|home|door|window|bedroom)|someone (?:is )?trying to get in|breaking in|break in now|broke in|breaking into (?:my|our|the) (?:flat|house|home)|someone in my (?:flat|house|home|garden)|intruder|intruders|burglar in)',
  ),
  has(
    '(?:in danger|fear for my life|fearing for my life|scared for my life|terrified for my life|frightened for my life|life is in danger|lives are in danger|im not safe|i am not safe|we are not safe|were not safe|not safe in my (?:own )?(?:home|flat|house)|(?:dont|do not|not) (?:feel|fell|feeling) safe in my (?:own )?(?:home|flat|house)|(?:i|we) (?:dont |do not |not )(?:feel|fell) safe|someone is going to get hurt|someone will get hurt|going to get hurt|gonna get hurt|going to get killed|gonna get killed|gonna end up dead|going to end up dead)',
  ),
  all(
    has(
      '(?:not breathing|stopped breathing|unconscious|unresponsive|seizure|having a fit|heart attack|having a stroke|had a stroke|overdosed|taken an overdose|bleeding (?:heavily|badly|a lot|loads)|lots of blood|covered in blood|blood everywhere|dead body|found dead|(?:fallen|fell|fall|on the floor) and (?:cant|can not|cannot|not) get up|(?:cant|can not|cannot|not) get up off the floor|choking on|(?:he|she|hes|shes|someone|somebody|mum|dad|nan|grandad|husband|wife|partner|son|daughter|baby|child|man|woman|neighbou?r|person|friend) (?:has |is |just |has just )?collapsed)',
    ),
    not(has('(?:nearly|almost) (?:gave|give|giving) (?:me|us) a heart attack')),
  ),
  all(
    has('(?:cant breathe|can not breathe|cannot breathe|not breathe|struggling to breathe|cant breath|not breath)'),
    not(has('(?:damp|mould|mold|mildew|smell|dust|asthma|chest)')),
  ),
  has(
    '(?:fighting|a fight|fight going on|brawl|brawling|punch up|mass fight|stabbing|shooting|gunshots?|gun shots?|shots fired) (?:\\w+ ){0,3}(?:outside|in the|on the|now|right now|going on|at the|downstairs|upstairs|next door)',
  ),
  has('(?:explosion|exploded|explode|exploding|bomb threat|petrol bomb|pipe bomb)'),
  // A ceiling, wall or balcony about to come down can fall on someone. One that has
  // already fallen is an emergency repair, not a danger to life by itself.
  has(
    `(?:ceilings?|roof|walls?|balcony|balconies|stairs|staircase|floor|chimney|chimney stack|structures?|building) ${W}{0,12}(?:(?:is |are )?about to (?:fall|collapse|come down|cave in|give way)|(?:going to|could|might|will) (?:fall in|fall down|collapse|come down|cave in|give way)|collapsing|caving in|giving way)`,
  ),
  // Masonry, bricks or stonework that may fall can strike someone below.
  has(
    `(?:danger|risk) of ${W}{0,2}(?:falling|collapsing|collapse)|falling (?:masonry|stonework|bricks|brickwork|coping stones?)|(?:masonry|stonework|bricks|brickwork|coping stones?) ${W}{0,3}(?:falling|about to fall|could fall|coming away and falling)`,
  ),
  // Tiles or bricks already landing where people walk: "2 have smashed on the path by the front door".
  has(
    `(?:tiles?|slates?|bricks?|masonry|coping stones?|chunks|bits of (?:roof|chimney|brick)|(?:\\d+|two|three|some|a few)) (?:have |has )?${W}{0,3}(?:smashed|landed|crashed|fell|fallen|dropped|come down|came down) (?:\\w+ ){0,4}(?:on|onto|by|near|next to|in front of) (?:the |our |my |where (?:the )?)?(?:path|pavement|doorstep|front door|door|walkway|street|road|car|pram|kids|children|people)`,
  ),
  has('(?:press 55|call (?:the )?police now|call 999|ring 999|phone 999|dial 999)'),
  // Pills already taken, the means made ready, or someone else about to end their life: 999 now.
  has(
    '(?:took|taken|have taken|ive taken|i ve taken|swallowed|necked|just had) (?:\\w+ ){0,2}(?:too many|a load of|a lot of|loads of|all (?:of )?(?:my|me|the|her|his)|a (?:whole )?(?:packet|box|bottle|strip) of|\\d+|twenty|thirty|forty|fifty) (?:of )?(?:my |me |her |his )?(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills|antidepressants|co codamol|insulin)',
  ),
  has(MEANS_READY),
  has(
    '(?:gonna|going to|about to|threatening to|threatened to|wants to|want to|trying to|tried to|will) (?:kill|hang|hurt|harm) (?:himself|herself|themselves|hisself)|(?:said|says|saying|told me|texted) (?:\\w+ ){0,3}(?:gonna|going to|wants to|will|is going to) (?:kill|end) (?:himself|herself|themselves|it all|(?:his|her|their) (?:own )?life)',
  ),
  // Wires the tenant thinks are live, within reach: a shock can kill.
  has(
    `(?:wires?|wiring|cables?) ${W}{0,10}(?:(?:think|thinks|could be|might be|probably|maybe|pretty sure|sure) (?:its |it is |they are |theyre |theyre still |its still )?live|are live|is live|still live)|live (?:wires?|cables?) (?:\\w+ ){0,3}(?:hanging|sticking|exposed|out|showing)`,
  ),
];
const dangerToLife: Test = any(...dangerRules);

// ---------------------------------------------------------------- domestic abuse
const PARTNER =
  '(?:partner|ex|ex partner|expartner|ex husband|ex wife|ex boyfriend|ex girlfriend|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fella|fiance|fiancee|missus|other half|baby ?dad|baby ?daddy|baby ?father|babys dad|babys father|baby ?mum|baby ?mother|babys mum|kids dad|kids father|childrens father|childrens dad|kids mum)';
const ABUSER = `(?:${PARTNER}|son|daughter|brother|sister|dad|father|mum|mother|stepdad|step dad|stepfather|uncle|carer)`;
const DA_TO =
  '(?:me|us|my (?:face|head|arm|arms|neck|son|daughter|kids|children|baby|child|mum|mom|mam|mother|nan|gran|sister|brother|wife|partner)|the kids|at me)';
const DA_ACT =
  '(?:hit|hits|hitting|punch|punched|punches|punching|kick|kicked|kicks|kicking|slap|slapped|slaps|slapping|beat|beats|beating|batter|battered|batters|strangle|strangled|strangles|strangling|choke|choked|chokes|choking|push|pushed|pushes|shoved|shoves|hurt|hurts|hurting|assault|assaulted|assaults|attack|attacked|attacks|rape|raped|threaten|threatens|threatened|threatening|threatned|abuse|abuses|abused|abusing|controls|control|bully|bullies|bullying|grab|grabbed|grabs|pin|pinned|bit|bites|spits at|spat at|spat on|locked|locks|scares|scared|frightens|frightened|intimidates|harass|harasses|harassing|stalks|stalking|follows|following|isolates)';
const OTHER_ATTACKER =
  '(?:neighbou?rs?|next door|nextdoor|upstairs|downstairs|stranger|strangers|a man|a woman|some man|some woman|some guy|a guy|a bloke|a lad|lads|youths|kids|teenagers|gang|someone|somebody|some1|the man|the woman|dog|(?:a|the|some) drunk|drunks)';
const daRules: Test[] = [
  has(
    '(?:domestic (?:abuse|violence|incident|assault|abuser)|dv|d v|coercive|coercive control|controlling (?:partner|ex|husband|boyfriend|relationship|behaviou?r)|abusive (?:partner|ex|husband|wife|relationship|boyfriend|girlfriend|marriage)|womens aid|refuge|non molestation|nonmolestation|occupation order|honou?r based (?:abuse|violence)|forced marriage|economic abuse|financial abuse by)',
  ),
  has(`(?:(?:my|me|our|the) ${ABUSER}|^ ${PARTNER}) ${W}{0,3}${DA_ACT} ${W}{0,1}${DA_TO}`),
  has(
    `(?:my|me|our|the) ${PARTNER} ${W}{0,3}(?:is |was |gets |can be |has been |keeps being )?(?:abusive|violent|controlling|very controlling|threatening|aggressive (?:to|towards) me|dangerous|wont let me|will not let me|doesnt let me|does not let me|not let me|takes my money|took my money|took my phone|takes my phone|checks my phone|smashed my phone|broke my phone)`,
  ),
  has(
    `(?:my|me|our|the) ex ${W}{0,2}(?:keeps |kept |is |has |was )?(?:turning up|turned up|turns up|outside|at my door|at the door|banging|kicking|trying to get in|wont leave me alone|will not leave me alone|not leave me alone|stalking|following me|harassing|threatening|messaging me|calling me|texting me)`,
  ),
  // "my ex found out where i live and he was outside banging on the door": the ex at the home, told at more length.
  has(
    `(?:my|me|our|the) ex ${W}{0,10}(?:he|she|they) (?:was|is|were|are|keeps|kept|has been|have been) (?:\\w+ )?(?:outside|banging|kicking|at (?:my|the) door|trying to get in)`,
  ),
  has(`(?:scared|frightened|afraid|terrified|petrified|feared|fear) (?:of|off) (?:my |me )?${PARTNER}`),
  // A partner smashing up the home in anger.
  has(PARTNER_DAMAGE),

  // Someone reporting abuse of a neighbour or relative by their partner.
  has(
    `(?:abused|beaten|beaten up|hit|hurt|attacked|controlled|threatened|strangled) by (?:her|his|their) ${PARTNER}|(?:her|his|their) ${PARTNER} (?:\\w+ ){0,2}(?:hits|hitting|beats|beating|abuses|abusing|hurts|hurting|attacks|attacking|threatens|threatening|strangled|punched|kicked|slapped|hit|beat|batters|battering) (?:her|him|them)`,
  ),
  // Told for a relative or friend: "her ex keeps turning up ... he pushed her down the stairs".
  has(PARTNER_HURT_TOLD),
  has(PARTNER_CALLED_VIOLENT),
  has(`(?:fleeing|flee|escape|escaping|get away from|run away from|hiding from) (?:from )?(?:my |me )?${PARTNER}`),
  all(
    has(
      '(?:he|she|hes|shes) (?:\\w+ ){0,1}(?:hit|hits|hitting|punched|punches|slapped|slaps|kicked|kicks|strangled|choked|beat|beats|beating|battered|hurt|hurts|hurting|attacked|raped|abuses|abused|abusing|pushed|shoved|grabbed|bit) (?:me|my)',
    ),
    not(has(OTHER_ATTACKER)),
  ),
  has(
    `(?:he|she|husband|partner|boyfriend|wife|girlfriend|bf|gf|ex) (?:wont|will not|doesnt|does not|not|never) let me (?:leave|go out|go anywhere|see|have|use|talk|speak|out)`,
  ),
];
// Coercive control in the tenant's words, and the signs a neighbour sees.
daRules.push(
  // Strangulation by someone at home: the highest-risk sign there is.
  all(
    has(
      '(?:hands?|arms?) (?:round|around|on|over|across) (?:my|her|his) (?:neck|throat)|(?:strangled|throttled|strangling|throttling|choked|choking) (?:me|her)\\b(?! on)',
    ),
    not(has(OTHER_ATTACKER)),
  ),
  // An adult child or relative taking money or pushing a parent about.
  has(
    `(?:my|me|our) ${ABUSER} (?:\\w+ ){0,8}(?:takes|took|keeps taking|steals|stole|has been taking|is taking|been taking) (?:all )?(?:my|our|me) (?:money|pension|benefits|bank card|card|wages|savings)|(?:my|me|our) ${ABUSER} (?:\\w+ ){0,8}(?:pushes|pushed|shoves|shoved|knocks|knocked|throws|pushing|shoving) (?:me|us) (?:about|around|over)`,
  ),
  has(
    '(?:(?:he|she) (?:\\w+ )?(?:controls?|takes?|took|keeps?) (?:all )?(?:the |my |our )?(?:money|finances|bank card|benefits|wages)|(?:not|never) allowed (?:out|to go out|to see|to leave|to talk|to speak)|(?:scared|frightened|afraid|terrified) (?:of )?what (?:he|she)(?:ll| will| might| is going to| is gonna| going to) do|grabbed me (?:by|round) the (?:throat|neck|hair))',
  ),
  has(
    '(?:he|she|hes|shes|partner|husband|boyfriend|ex) (?:is )?(?:checks|checking|reads|reading|goes through|going through|monitors|monitoring|tracks|tracking|looks through|looking through) my (?:phone|messages|texts|location|emails)|(?:hell|he will|he ll|shell|she ll) (?:know|find out|go mad|kill me)',
  ),
  has(
    '(?:screaming|shouting|yelling) at (?:his|her) (?:missus|wife|partner|girlfriend|husband|boyfriend|fella|other half)|(?:he|she) (?:not|dont|doesnt|wont|will not|never) let (?:her|him) (?:go out|out|leave|see|have|go anywhere|go)|(?:she|he|the (?:girl|woman|lady|man)) (?:\\w+ ){0,4}(?:always|keeps?|got|has|had|has had|covered in|with|turned up with|came out with) (?:got )?(?:bruises|black eyes?|a black eye)',
  ),
  all(has('(?:crying|screaming|shouting|begging|calling) (?:out )?for help'), has(`(?:his|her|their) ${PARTNER}|next door|neighbou?rs?|upstairs|downstairs`)),
);
// Abuse of a relative by their partner; things thrown or cutting wounds; control by threat
// ("if i tell anyone hell take the kids"); fear of being at home with a partner.
daRules.push(
  has(
    `(?:my |me )?(?:daughters|sons|sisters|brothers|mums|mams|moms|dads|nans|friends|daughter s|son s|sister s|mum s) ${PARTNER} (?:\\w+ ){0,4}(?:hits|hitting|beats|beating|abuses|abusing|hurts|hurting|attacks|attacking|punched|kicked|slapped|hit|beat|batters|battering|controls|threatens) (?:her|him|them)`,
  ),
  has(`(?:my|me|our|the) ${PARTNER} (?:\\w+ ){0,2}(?:throws|threw|throwing|chucks|chucked|hurls|hurled) (?:\\w+ ){0,3}at me`),
  has(
    '(?:if|when) i (?:tell|report|leave|go to) (?:anyone|anybody|someone|the police|you|him|her)(?: \\w+){0,3} (?:hell|he will|he ll|shell|she will|she ll|he would|she would|hed|shed) \\w+',
  ),
  all(
    has('(?:scared|frightened|afraid|terrified|petrified) (?:\\w+ ){0,2}(?:to be|being|of being|to stay|staying) (?:\\w+ ){0,4}with (?:him|her)'),
    has(`(?:my|me|our) ${PARTNER}`),
  ),
);
// A partner named as the one doing it, not as the victim or a bystander.
// "Can someone board up my window" asks for help: that someone is not an attacker.
const ASKING_SOMEONE = /\b(?:can|could|will|would|need|needs|get|send|want) (?:someone|somebody|some1|anyone|anybody)\b/g;
const partnerIsVictim: Test = has(`${PARTNER} (?:was|is|has been|had been|got|been|and i|and me|and the kids)`);
const otherAttacker: Test = has(OTHER_ATTACKER);
const partnerNamed: Test = has(`(?:(?:my|me|our) |^ )${PARTNER}`);
const PARTNER_NAMED: Test = (t) => partnerNamed(t) && !partnerIsVictim(t) && !otherAttacker(t.replace(ASKING_SOMEONE, ' '));
// A partner or ex barred by a court ("hes not supposed to come near me, theres a court order").
daRules.push(
  all(
    partnerNamed,
    has(
      '(?:court order|non molestation|nonmolestation|injunction|restraining order|bail conditions|not (?:supposed|allowed|meant) to (?:come|be) (?:near|anywhere near|round|here))',
    ),
  ),
);
const domesticAbuse: Test = any(...daRules);

// ---------------------------------------------------------------- self-harm
const selfHarmRules: Test[] = [
  // Said sideways: not being around to see it, letters or goodbyes written, things given away.
  all(
    has(
      '(?:not|never) (?:going to |gonna )?be (?:around|here|alive) (?:to see|much longer|for much longer|for long|long|any ?more|by then|after (?:this|tonight|today))|(?:written|wrote|writing|left) (?:my|me) (?:goodbye |last )?(?:letters|notes|goodbyes)|(?:said|saying) (?:my|me) goodbyes|(?:giving|given|gave) (?:all )?(?:my|me) (?:stuff|things|belongings|pets?) away',
    ),
    not(
      has(
        '(?:letters|notes) (?:of complaint|to (?:you|the council|my mp|the ombudsman|the housing)|about)|(?:not|never) be (?:around|here) (?:to see|by then) (?:the|your|ur) (?:engineer|plumber|workman|man|operative|contractor)',
      ),
    ),
  ),
  has(
    '(?:kill myself|killing myself|kill my self|killing my self|kms|end my life|ending my life|end my own life|end it all|ending it all|end(?:ing)? (?:everything|things|my own life)|take my (?:own )?life|taking my (?:own )?life|suicid\\w*|sucide|sucidal|suicide|self ?harm\\w*|selfharm\\w*|harm myself|harming myself|cutting again|overdose|take an overdose|od on|hang myself|hanging myself|throw myself (?:off|under|in front)|slit my wrists|slit my wrists|better off dead|better off without me|want to die|wanna die|want to be dead|wish i (?:was|were) dead|wish i wasnt here|wish i was not here|no reason to live|nothing (?:left )?to live for|not worth living|life (?:is not|isnt|aint) worth (?:living|it)|give up on life|given up on life|giving up on life|(?:no|the|any|what is the|whats the) point (?:of|in) (?:living|life|going on|carrying on|being here|being alive|me being here|anything any ?more|trying any ?more|waking up)|(?:whats|what is) the point (?:any ?more|of (?:it all|anything|me)|in (?:anything|me))|(?:took|taken|take|swallowed|swallow|had) (?:\\w+ )?(?:too many|a load of|a lot of|loads of|all my|all of my|a bunch of|a whole (?:packet|box|bottle) of|(?:a |the )?(?:whole )?(?:packet|box|bottle) of) (?:my )?(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills|antidepressants)|(?:feel|feeling|felt) like (?:giving up|give up|ending it)|giv(?:e|ing) up on (?:life|everything|myself)|want to give up on (?:life|everything))',
  ),
  all(
    has('(?:dont|do not|dnt|not) want to (?:live|be alive|be here|be there|wake up|exist|carry on|go on)(?: any ?more)?'),
    not(has('want to (?:live|be here|be there) (?:here|there|in|on|next|near|with|at|when|for|while|by)')),
  ),
  // Accidents are common in repair reports ("cut myself on the broken window"), so hurting
  // or cutting oneself needs a sign of intent.
  has(
    '(?:want to|wanna|going to|gonna|will|might|thinking of|thinking about|feel like|urge to|been|keep|started|start|stop myself) (?:\\w+ )?(?:hurt|hurting|harm|harming|cut|cutting) (?:myself|my self|my wrists|my arms)',
  ),
  has('(?:i|im|ill|i will|i want to|i wanna|gonna|going to) (?:\\w+ )?jump (?:off|from) (?:the|a|my) (?:bridge|balcony|roof|building|cliff|car park|window)'),
  has('(?:want|wanna|going|gonna|will|might|just|thinking of|thinking about|think about|about to) (?:to )?(?:end it|ending it)'),
];
// "cant go on" counts (it may be meant); "cant go on waiting for a plumber" is about a repair.
// The normaliser writes every negative contraction as "not", so "cant go on" arrives as
// "not go on", the same as "heating wont go on": only a person as subject (or nothing at
// all) makes it about the tenant.
const cantGoOn: Test = all(
  any(
    has('(?:cant|can not|cannot|cnt) (?:go on|carry on|keep going)'),
    has('(?:^|i|we|just|honestly|really|seriously|and i|i just|i really|i honestly|simply) not (?:go on|carry on|keep going)'),
  ),
  not(has('(?:go|carry) on (?:with|using|waiting|paying|ringing|chasing)')),
);
const cantCopeAnyMore: Test = has(
  '(?:cant|can not|cannot|cnt|i not|we not|not) (?:cope|take it|take this|take any ?more|do this|handle (?:it|this)|deal with (?:it|this)|live like this) ?(?:\\w+ ){0,4}(?:any ?more|any longer|no more|no longer)',
);
// In tenants' own words: not wanting to wake up, tablets lined up, better off without me.
selfHarmRules.push(
  has(
    '(?:go to sleep|sleep|fall asleep) and (?:not|never) wake up|(?:not|dont|never) want to wake up|wish i (?:would not|wouldnt|didnt|did not|could not|never|not) wake up|hope i (?:dont|do not|not|never) wake up',
  ),
  has(
    `${MEANS_READY}|(?:tablets|pills|meds|medication|paracetamol|painkillers) (?:\\w+ ){0,2}(?:ready|saved up|stockpiled)|(?:saved|saving|stockpiled|stockpiling|counted out|lined up) (?:up )?(?:all )?(?:my |the )?(?:tablets|pills|meds|medication|paracetamol|painkillers)`,
  ),
  has(
    '(?:everyone|they|my family|my kids|the kids|people|the world) (?:would be|are|will be|d be|would all be) better off|(?:nobody|no one|noone) (?:would|will) (?:miss|notice|care) (?:me|if i)|(?:wont|will not|not) be (?:here|around) (?:much longer|for long|tomorrow|by the morning)|(?:written|wrote|writing|left) (?:a |my )?(?:suicide )?note (?:for|to)|(?:saying|say) (?:my )?goodbyes',
  ),
  has(
    '(?:end|ending) things|(?:want|wanna|need) (?:it|everything|this|it all) (?:all )?to (?:stop|end|be over)|(?:im|i am) done with (?:life|living|everything|it all)|no point (?:in )?(?:anything|living|going on|carrying on|me being here)',
  ),
);
// Self-harm that has happened before, a decision to end it, a method in mind, and someone
// else in the home at risk (the Samaritans line is for those worried about another too).
selfHarmRules.push(
  has(
    '(?:cut|cutting|burnt|burned|burning|hurt|hurting|harmed|harming) (?:myself|my self|my arms|my wrists|my legs) (?:\\w+ ){0,2}(?:again|every night|every day|most nights|a lot|loads)',
  ),
  has(
    '(?:decided|decide|made my mind up|made up my mind) (?:\\w+ ){0,2}(?:to )?(?:end it|ending it|end my life|not be here|go through with it)|(?:^|i|im|i am|ill|i will) (?:\\w+ )?ending it(?: all)?(?: tonight| today| soon| now)?\\b',
  ),
  has('(?:thinking (?:of|about)|want to|wanna|going to|gonna|might|could) (?:just )?(?:jump|jumping) (?:off|from|in front of|under)'),
  has('(?:kill|killing|hurt|hurting|harm|harming) (?:himself|herself|themselves|hisself)|(?:end|ending|take|taking) (?:his|her|their) (?:own )?life'),
  // Someone in the home harming themselves again and again ("my lads been cutting himself"), not an accident.
  has(
    '(?:been|keeps?|is|started|starting|has been|hes been|shes been|theyve been|caught (?:him|her|them)) (?:\\w+ )?(?:cutting|burning|harming|scratching) (?:himself|herself|themselves|hisself)|self harming',
  ),
);
const selfHarm: Test = any(...selfHarmRules, cantGoOn, cantCopeAnyMore);

const DETECTORS: Record<SafetyId, Test> = {
  fire,
  gas,
  'carbon-monoxide': carbonMonoxide,
  'danger-to-life': dangerToLife,
  'self-harm': selfHarm,
  'domestic-abuse': domesticAbuse,
  'water-electrics': waterElectrics,
};

/** Every danger the message mentions, most serious first, each with its advice. */
export function detectSafety(normalised: string): SafetyHit[] {
  // "She kicked me out" is being thrown out of a home, not a kick.
  const t = prepare(normalised).replace(/\b(kick(?:ed|ing|s)?|chuck(?:ed|ing|s)?) (me|us|him|her|them) out\b/g, 'threw $2 out');
  const found = new Set<SafetyId>(SAFETY_ORDER.filter((id) => DETECTORS[id](t)));
  // Danger from a partner or ex is domestic abuse too: both pieces of advice apply.
  if (found.has('danger-to-life') && PARTNER_NAMED(t)) found.add('domestic-abuse');
  return SAFETY_ORDER.filter((id) => found.has(id)).map((id) => ({ id, advice: SAFETY_ADVICE[id] }));
}
