// The kinds of anti-social behaviour tenants report, with the words they use for them.
// Landlords grade ASB by these categories (a pack maps each id to a grade), so the
// catalogue names behaviour, not urgency. Cues are written against normalised text
// (lower case, no punctuation, SMS spellings fixed) and aim at concepts and their
// everyday synonyms, including the headings landlords use in their own grading lists
// ("harassment and intimidation", "alcohol related", "abandoned vehicles"), so that
// both a tenant's text and a policy line land in the same category.
import { phrase } from './reading.js';
import type { AsbCategoryId } from './triage.types.js';

export interface AsbCue {
  /** Matched against the normalised text. */
  re: RegExp;
  /** How strongly this cue alone says "this category": 0.75 or more stands alone, less needs support. */
  weight: number;
  /** When this matches anywhere in the text, the cue does not count (e.g. "threatened with eviction"). */
  not?: RegExp;
}

export interface AsbCatalogueEntry {
  id: AsbCategoryId;
  /** Plain, GSM-7. */
  label: string;
  cues: AsbCue[];
}

const cue = (source: string, weight = 1, not?: string): AsbCue =>
  not === undefined ? { re: phrase(source), weight } : { re: phrase(source), weight, not: phrase(not) };

// Shared word lists. Kept as regex sources so a cue can say "a person word near a verb".
export const PERSON =
  '(?:he|she|they|him|her|them|someone|somebody|some1|neighbou?rs?|next doors?|nextdoors?|man|men|woman|women|lad|lads|guy|guys|bloke|kids?|youths?|teenagers?|boys?|girls?|gang|people|tenants?|downstairs|upstairs|ex|partner)';
/** "me" as the one hurt, not as "my" before a thing in Northern speech ("kicked me back door in"). */
/** A partner smashing up the home in anger: domestic abuse, for the ASB reading and the safety advice alike. */
export const PARTNER_DAMAGE =
  '(?:my|me|our|the|her|his) (?:partner|ex|ex partner|expartner|ex husband|ex wife|ex boyfriend|ex girlfriend|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fella|fiance|fiancee|missus|other half|baby ?dad|baby ?daddy|baby ?father|babys dad|babys father|baby ?mum|baby ?mother|babys mum|kids dad|kids father|childrens father|childrens dad|kids mum) (?:\\w+ ){0,3}(?:smashed|smashes|smashing|broke|breaks|punched|punches|kicked|kicks|threw|throws|ripped|trashed|trashes|wrecked|put (?:his|her) (?:fist|foot|head) through) (?:\\w+ ){0,3}(?:doors?|windows?|walls?|tv|telly|phone|things|stuff|furniture|the place|the house|the flat|a hole|plates|cupboards?)';

/** Told for a relative or friend, the hurt a few words after the partner is named: domestic abuse, for the ASB reading and the safety advice alike. */
export const PARTNER_HURT_TOLD =
  '(?:her|his|their) (?:ex|ex partner|expartner|partner|husband|boyfriend|girlfriend|wife|fella) (?:\\w+ ){0,12}(?:he|she) (?:\\w+ )?(?:hit|hits|hitting|punch|punched|punches|punching|kick|kicked|kicks|kicking|slap|slapped|slaps|beat|beats|beaten|beating|batter|battered|strangle|strangled|strangling|choke|choked|choking|push|pushed|shoved|hurt|hurts|hurting|assault|assaulted|attack|attacked|attacking|bit me|headbutt|headbutted|grabbed|threw) (?:her|him|them)';

/** A partner or ex the tenant calls violent or abusive, a sentence later: "my ex still has a key ... hes been violent". */
export const PARTNER_CALLED_VIOLENT =
  '(?:my|me|our) (?:partner|ex|ex partner|expartner|ex husband|ex wife|ex boyfriend|ex girlfriend|husband|boyfriend|girlfriend|fella) (?:\\w+ ){0,12}(?:hes|shes|he is|she is|he has been|she has been|he was|she was|hes been|shes been) (?:\\w+ )?(?:violent|abusive)';

export const ME_NOT_OWNING =
  "me(?! (?:(?:back|front|bk) )?(?:door|doors|dr|window|windows|car|van|gate|fence|garden|shed|tyres|bins?|house|flat)(?![a-z]))";
export const PARTNER =
  '(?:partner|ex|ex partner|expartner|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fella|fiance|missus|baby ?dad|baby ?father|babys dad|babys father|baby ?mum|babys mum|(?:sons|daughters|kids|childrens) (?:dad|father|mum|mother)|son|daughter)';
const HURT_VERBS =
  '(?:hit|hits|hitting|punch|punched|punches|punching|kick|kicked|kicks|kicking|slap|slapped|slaps|beat|beats|beaten|beating|batter|battered|strangle|strangled|strangling|choke|choked|choking|push|pushed|shoved|hurt|hurts|hurting|assault|assaulted|attack|attacked|attacking|bit me|headbutt|headbutted)';
const THREAT_VERBS =
  '(?:threat|threats|threaten|threatens|threatened|threatening|threatned|thretened|threating|intimidat\\w*|menac\\w*)';
const ABUSE_WORDS =
  '(?:abuse|abused|abuses|abusing|abusive)';
const VEHICLE =
  '(?:cars?|vans?|vehicles?|motorbikes?|motor bikes?|bikes?|mopeds?|scramblers?|quad ?bikes?|quads|scooters?|e ?scooters?|pit ?bikes?|dirt ?bikes?|lorr(?:y|ies)|trucks?|caravans?|trailers?)';
const DOG = '(?:dogs?|doggy|puppy|puppies|pups?)';
const DOG_BREED = '(?:staffie|staffy|staffies|staffordshire|rottweiler|rotty|alsatian|german shepherd|bull ?dog|xl bully|pit ?bull|mastiff)';
const POO = '(?:mess|poo|poos|pooh|poop|poops|muck|dirt|faeces|feces|excrement|droppings|plop|turds?|shit|shite|crap|fouling|foul)';

export const ASB_CATALOGUE: readonly AsbCatalogueEntry[] = [
  {
    id: 'domestic-abuse',
    label: 'Domestic abuse',
    cues: [
      // a neighbour hearing violence at home: arguing together with screams, thuds or things thrown
      cue('(?=.*(?:arguing|rowing|rows|argument|arguments|fighting|shouting))(?=.*(?:scream\\w*|thud|thuds|crying|smash\\w*|(?:stuff|things) (?:\\w+ )?(?:thrown|getting thrown|being thrown)|for help)).*(?:next door|neighbou?rs?|upstairs|downstairs|flat|couple|him and her|his|her)', 0.9),
      // financial abuse of an older or vulnerable relative
      cue('(?:taken advantage of|taking advantage of|exploit\\w*|financially abus\\w*|ripping (?:her|him) off) (?:\\w+ ){0,4}by (?:her|his|their) (?:son|daughter|grandson|granddaughter|nephew|niece|carer|family|relatives?|lodger)|(?:her|his|their) (?:son|daughter|grandson|granddaughter|nephew|niece|carer|lodger) (?:\\w+ ){0,3}(?:takes|took|taking|stealing|steals|stole|has) (?:all )?(?:her|his|their) (?:money|pension|benefits|bank cards?|cards?|savings)', 1),
      // coercive control and the signs a neighbour sees: money, phone, not allowed out, bruises, screaming at a partner
      cue('(?:(?:he|she|husband|wife|partner|boyfriend|girlfriend|fella|ex) (?:\\w+ )?(?:controls?|takes?|took|keeps?) (?:all )?(?:the |my |our |her |his )?(?:money|finances|bank card|cards?|benefits|wages|keys|phone)|(?:he|she|hes|shes) (?:\\w+ ){0,6}(?:wont|will not|doesnt|does not|never|not) let (?:me|us) (?:leave|go out|out|go anywhere|see|have|use|talk|speak|ring|call)|(?:not|never) allowed (?:out|to go out|to see|to leave|to have|to talk|to speak)|(?:scared|frightened|afraid|terrified) (?:of )?what (?:he|she)(?:ll| will| might| is going to| is gonna| going to) do|grabbed me (?:by|round) the (?:throat|neck|hair))'),
      // injuries explained away, or with fear of a partner: "black eye again, says she walked into a door"
      // a partner smashing up the home in anger: "my partner smashed the bedroom door and the window"
      cue(PARTNER_DAMAGE, 1),
      cue('(?=.*(?:black eyes?|bruises|bruised|split lip|cuts? (?:on|all over) her))(?=.*(?:walked into|fell down the stairs|says (?:she|he) (?:fell|slipped|tripped)|(?:frightened|scared|afraid|terrified) of (?:him|her)|(?:her|his) (?:husband|fella|boyfriend|partner|wife|girlfriend))).*', 1),
      cue('(?:screaming|shouting|yelling|swearing) at (?:his|her) (?:missus|wife|partner|girlfriend|husband|boyfriend|fella|other half)|(?:he|she) (?:not|dont|doesnt|wont|will not|never) let (?:her|him) (?:go out|out|leave|see|have|go anywhere|go)|(?:she|he|the (?:girl|woman|lady|man)) (?:\\w+ ){0,4}(?:always|keeps?|got|has|had|has had|covered in|with|turned up with|came out with) (?:got )?(?:bruises|black eyes?|a black eye)', 0.9),
      cue('domestic (?:abuse|violence|incident|assault)'),
      cue('(?:dv|coercive control|controlling behaviou?r|economic abuse|financial abuse|honou?r based)'),
      cue(`(?:my|me|our) ${PARTNER} (?:\\w+ ){0,5}(?:${HURT_VERBS}|${THREAT_VERBS}|${ABUSE_WORDS}|violent|controls me|controlling|wont let me|will not let me|keeps turning up|wont leave me alone|is stalking|stalks|scares me|frightens me)`),
      // Told for someone else, the hurt a few words after the partner is named: "her ex keeps turning up ... he pushed her down the stairs".
      cue(PARTNER_HURT_TOLD),
      cue(PARTNER_CALLED_VIOLENT),
      cue(`(?:scared|frightened|afraid|terrified|petrified) (?:of|off) (?:my )?${PARTNER}`),
      cue(`(?:fleeing|flee|escape|escaping|get away from) (?:from )?(?:my )?${PARTNER}`, 0.8),
      cue('(?:refuge|womens aid|safe house|non molestation|nonmolestation|occupation order|injunction against (?:my )?(?:ex|partner|husband))'),
      cue('(?:he|she) (?:hit|hits|punched|slapped|kicked|strangled|choked|beat|beats|battered|hurt|hurts) me', 0.9, 'kicked me out'),
      // A neighbour or relative reporting abuse of someone else.
      cue(`(?:abused|beaten|hit|hurt|attacked|controlled|threatened) by (?:her|his|their) ${PARTNER}|(?:her|his|their) ${PARTNER} (?:\\w+ ){0,2}(?:hits|hitting|beats|beating|abuses|abusing|hurts|hurting|attacks|attacking|threatens|threatening|strangled|punched|kicked|slapped|hit|beat) (?:her|him|them)`),
    ],
  },
  {
    id: 'hate-incident',
    label: 'Hate incident or hate crime',
    cues: [
      cue('(?:monkey (?:noises|chants|sounds)|bananas? (?:thrown|at)|swastikas?|nazi\\w*|kkk|bacon (?:on|through|at|left)|pigs? heads?|(?:gay|racist|racial|homophobic|transphobic|religious|anti muslim|anti jewish) (?:slurs?|names|abuse|comments|insults|remarks|graffiti|words|stuff|things|jokes)|slurs|take the (?:mick|piss|mickey) (?:\\w+ ){0,4}(?:disabled|wheelchair|disability|accent|religion|colour)|(?:because|cos|coz|cause|as) (?:im|i am|were|we are|hes|shes|he is|she is|they are|my \\w+ is|my \\w+ are) (?:\\w+ )?(?:disabled|gay|muslim|black|asian|jewish|trans|polish|foreign|deaf|blind|autistic|lesbian|bisexual|romanian|somali|eritrean|kurdish|sikh|hindu|a refugee|refugees|an immigrant|immigrants|traveller|travellers|gypsy|gypsies))', 1),
      // slurs, in the words the abuser used
      cue('(?:paki|pakis|p ki|p\\*ki|nigger|niggers|nigga|n\\*gger|coon|wog|wogs|chink|chinky|gyppo|pikey|kike|faggot|faggots|fag boy|poofs?|poofter|tranny|trannies|dyke|lezza|terrorist|bomber|illegals?) (?:\\w+ ){0,3}(?:on|at|to|written|sprayed|painted|scratched|shouted|called|calling|go home|out)|(?:called|calling|calls|shouted|shouting|wrote|written|sprayed|painted|scratched) (?:\\w+ ){0,4}(?:paki|nigger|nigga|coon|wog|chink|gyppo|pikey|kike|faggot|poof|tranny|dyke|spastic|spaz|retard|mong|terrorist)'),
      cue('(?:hate (?:crimes?|incidents?|speech|mail)|hate related|hate motivated)'),
      cue('(?:racis[mt]s?|racially|racial (?:abuse|slurs?|comments?|remarks?|harassment)|race hate|racial)'),
      cue('(?:homophob\\w*|transphob\\w*|biphob\\w*|islamophob\\w*|anti ?semit\\w*|xenophob\\w*|disablis[mt]|ableis[mt]|sectarian)'),
      cue('(?:because|cos|coz|cause|cuz) (?:i am|im|we are|were|she is|shes|he is|hes|they are|theyre|my \\w+ (?:is|are)) (?:black|asian|white|polish|muslim|jewish|gay|lesbian|trans|disabled|foreign|romanian|indian|african|pakistani|sikh|hindu|bi|a refugee|an immigrant|in a wheelchair)'),
      cue('(?:go back (?:to|2) (?:your|ur|yer|my|our|his|her|their) (?:own )?country|go back (?:to )?where (?:you|i|we|they|he|she) (?:came|come) from|foreigners? out|called me a (?:paki|terrorist|n word|p word)|n word|p word)'),
      cue(
        '(?:because of|about|targeting|target) (?:my|our|her|his|their) (?:(?:wife|husband|son|daughter|mum|dad|kid|child|partner|family|friend)s? )?(?:race|religion|colou?r|skin|faith|sexuality|disability|gender identity|nationality|ethnicity|accent|hijab|headscarf|turban|niqab|burka|burqa|kippah|yarmulke|wheelchair)',
        1,
        // The reason for a housing need, not a person's hostility: "promised a transfer because of my disability".
        '(?:transfer|move|moving|priority|banding|band|adaptations?|adapted|medical (?:priority|form|points)|points|bedroom|ground floor|housing list|waiting list|on the list|rehoused|rehousing|bungalow|wet room|stair ?lift)',
      ),
      // Told to go back, or "go home" written on the home: "go back to your caravans", "wrote go home on our front door".
      cue(
        '(?:go|going|should go|get|send (?:them|us|you)) back to (?:your|ur|our|their|his|her) (?:own )?(?:country|countries|caravans?|homeland|jungle)|(?:written|wrote|writ|sprayed|spray painted|painted|scratched|daubed|graffitied) (?:\\w+ ){0,2}(?:go home|go back|get out|leave) (?:\\w+ ){0,3}(?:on|across|over|into) (?:my|our|the) (?:front |back )?(?:door|doors|car|wall|walls|house|flat|window|windows|fence|gate)',
        1,
      ),
      // An insult joined to where someone is from or their faith: "calling me dirty polish".
      cue(
        '(?:dirty|filthy|smelly|stinking|bloody|fucking|fking|effing|stupid|scum) (?:polish|romanian|bulgarian|lithuanian|albanian|russian|foreign|foreigners?|immigrants?|muslims?|jews?|jewish|gypsy|gypsies|pikeys?|somalis?|kurds?|arabs?|africans?|asians?|indians?|pakistanis?|eritreans?|refugees?|asylum seekers?|migrants?|irish|scots?|english|welsh|poles?)',
        1,
      ),
      // A slur written with stars: the letters left after the stars are taken out ("f*gs" reads "f gs").
      cue('(?:f gs?|f ggots?|f gg?ot|n gg\\w*|n ggas?|p kis|p ys|p kies|p keys|ch nks?|w gs|tr nn(?:y|ies)|d kes)', 1),
      // "<someone> out" written on the home: an exclusion slogan aimed at who lives there.
      cue('(?:written|wrote|writ|sprayed|spray painted|painted|scratched|daubed|carved|graffitied) (?:\\w+ )?out (?:\\w+ ){0,3}(?:on|across|over|into) (?:my|our|the) (?:front |back )?(?:door|doors|car|wall|walls|house|flat|window|windows|fence|gate)', 1),
      cue('(?:disability|religious|religion|faith|sexual orientation|transgender|gender identity) (?:hate|abuse|harassment|based)'),
      // Aimed at who someone is: "sprayed a word about me being gay", "shouting at us for being muslim".
      cue(
        '(?:about|for|over) (?:(?:me|us|him|her|them|my \\w+|our \\w+) )?being (?:\\w+ )?(?:disabled|gay|muslim|black|asian|jewish|trans|polish|foreign|deaf|blind|autistic|lesbian|bisexual|romanian|somali|kurdish|sikh|hindu|a refugee|refugees|an immigrant|immigrants|traveller|travellers|in a wheelchair)',
        1,
      ),
    ],
  },
  {
    id: 'violence',
    label: 'Violence or assault',
    cues: [
      cue('(?:threw|thrown|throwing|chucked|poured) (?:a |his |her |their |some )?(?:drink|water|pint|bottle|coffee|tea|glass|egg|eggs|stone|stones|bleach|acid) (?:over|at|on|in) (?:me|us|my|him|her)|grabbed (?:me|my|him|her) (?:by|arm|hair|throat|neck|round)|(?:grabbed|twisted|pulled) (?:my|his|her) (?:arm|hair|hand|wrist)', 1),
      cue('(?:kids?|children|child|baby|babies|toddlers?) (?:\\w+ ){0,4}(?:neglected|being neglected|left (?:on their own|alone|home alone|unattended|in the cold|outside))|neglect\\w* (?:\\w+ ){0,2}(?:kids|children|child|baby)', 1),
      // formal and safeguarding wordings: sexual abuse and exploitation, child abuse, trafficking, serious offences
      cue('(?:safeguarding|sexual(?:ly)? (?:abuse|abused|exploit\\w*)|child (?:sexual )?(?:abuse|exploitation|neglect|cruelty)|cse|groom(?:ed|ing)|paedophil\\w*|molest\\w*|modern slavery|human trafficking|trafficked|trafficking|serious (?:offences?|crimes?|criminal (?:activity|offences?)|assault|violence|incidents?)|elder abuse|abuse of (?:a |an )?(?:vulnerable|elderly|older) (?:adult|person|people|man|woman|lady|neighbour)|vulnerable (?:adult|person) (?:at risk|being)|(?:jumped|mugged|robbed|attacked) (?:the|a|an|my|our|this|that) (?:\\w+ ){0,2}(?:man|woman|lad|boy|girl|kid|bloke|guy|neighbour|pensioner|lady))', 1, 'safeguarding (?:policy|team|officer) (?:said|says)'),
      cue('(?:took|grabbed|snatched|stole) (?:his|her|my|their) (?:wallet|purse|handbag|bag|phone)|(?:in|taken to|ended up in) hospital (?:after|because|cos)|(?:left|put) (?:him|her|me) in hospital', 0.8),
      cue('(?:violence|violent|assault|assaulted|assaulting|physical abuse|physically (?:attacked|assaulted|abused|hurt)|gbh|abh|grievous bodily harm|actual bodily harm|wounding|sexual (?:assault|offences?|violence)|rape|raped)', 1, 'threat\\w* (?:of|to use) (?:violence|physical)'),
      cue('(?:attacked|attacking|beaten up|beat (?:me|him|her|them|us|my \\w+) up|battered|punched|headbutted|glassed|jumped (?:me|on me|my)|mugged|robbed at)', 1, '(?:dogs?|pit ?bull|xl bully|animals?|staffie\\w*|staffy) (?:\\w+ ){0,3}(?:attacked|attacking|went for|bit)'),
      cue('(?:stabbed|stabbing|stabbings|shot (?:at|me|him|her|them|someone|somebody|dead)|shooting|shootings|gunshots?|gun shots?|knifed|knife crime|gun crime|firearms?)'),
      cue(
        '(?:fight|fights|fighting|brawl|brawling|scuffle|punch up|punch ups|punching each other|kicking off with (?:fists|weapons))',
        0.8,
        // fighting our system for years, not fists: "so tired of fighting", "had to fight for a repair"
        '(?:tired|sick|fed up|exhausted|worn out|weary) (?:of|from|with) (?:\\w+ )?fighting|fighting (?:for|with (?:you|u|the council|the housing|housing|the landlord|them) (?:for|over|about|to))|(?:fight|fighting) (?:\\w+ ){0,2}(?:to get|for (?:a|the|my|our) (?:repair|transfer|move|house|flat|home))',
      ),
      cue(`${PERSON} (?:\\w+ ){0,2}(?:hit|hits|hitting|punch|punched|kicked|slapped|hurt|pushed|shoved|spat (?:at|on)|spit at|spits at) (?:${ME_NOT_OWNING}|us|him|her|them|(?:my|our) (?:\\w+ )?(?:son|daughter|kids?|children|child|baby|mum|mom|dad|wife|husband|partner|brother|sister|nan|friend|boyfriend|girlfriend|family|face|head))`, 0.9),
      cue('(?:weapons?|machetes?|knives|knife|guns?|baseball bats?|crowbars?|zombie knife)', 0.8, '(?:knife|knives) (?:and )?(?:forks?|drawer|block)'),
      cue('(?:physical violence|serious violence|violent crime|violent behaviou?r|sexual offences?|indecent assault)'),
      cue('(?:exposed (?:himself|herself|themselves)|expos(?:es|ing) (?:himself|herself)|indecent exposure|public indecency|sexual (?:acts?|activity|behaviou?r) in public|public sex|flashed (?:me|my|at)|flasher|sexual(?:ly)? (?:harass\\w*|comments|touching)|groped|groping|touched (?:me|my) (?:up|inappropriately))', 0.9),
    ],
  },
  {
    id: 'threats',
    label: 'Threats or intimidation',
    cues: [
      // "they know where my kids go to school": a threat without a verb of harm
      cue('(?:they|he|she|theyve|hes|shes|someone|somebody|gang|lads) (?:\\w+ ){0,2}(?:know|knows|found out) where (?:you|u|i|we|my \\w+|your \\w+|ur \\w+) (?:live|lives|go|goes|work|works|sleep|sleeps)|(?:fire ?bomb|petrol bomb)', 1),
      cue('(?:im|i am|youre|you are|ur|your|hes|shes|were) (?:\\w+ )?dead (?:if|when|meat)|(?:said|says|told (?:me|us)) (?:that )?(?:im|i am|i was|we are|were|my \\w+ is) (?:\\w+ )?dead|(?:gonna|going to|will|ill|hell|shell|theyll) (?:get|do|sort) (?:me|us|you|my \\w+)(?! (?:a|an|some|the|back|in|out|up))', 1),
      cue(`${THREAT_VERBS}`, 1, `(?:threat\\w* (?:with|of) (?:eviction|court|legal|bailiffs?|action|possession|notice)|threatening letters?|threat\\w* to evict|threat\\w* (?:me |us )?(?:with )?(?:eviction|court)|threatened species)`),
      cue('(?:said|says|saying|told me) (?:he|she|they) (?:will|would|is going to|are going to|is gonna|are gonna|gonna|will be) (?:kill|stab|hurt|batter|beat|smash|get|burn|shoot|sort)'),
      // the same with the contraction run together by the normaliser: "said she'd smash my windows in"
      cue('(?:said|says|saying|told (?:me|us)|shouted|warned (?:me|us)) (?:that )?(?:hed|shed|theyd|hell|shell|theyll|he d|she d|they d|he ll|she ll|they ll) (?:\\w+ )?(?:kill|stab|hurt|batter|beat|smash|get|burn|shoot|sort|do|break|kick|torch|deal with)'),
      cue('(?:going to|gonna|gunna|will) (?:kill|stab|hurt|batter|smash (?:my|your|ur) face|burn (?:my|the) (?:house|flat|door|car)|shoot) (?:me|us|my|him|her|you|u)'),
      cue('(?:death threats?|threats to kill|threat to kill|squaring up|squared up|staring me out|stared me out|squaring up to)', 1),
      cue('(?:wait till|wait til|watch your back|you re dead|your dead|ur dead|youre dead|youll regret|you will regret|know where you live)'),
      cue('(?:(?:scared|afraid|frightened|terrified|too scared|petrified) (?:to (?:leave|go out|go outside|go home|walk past|answer the door|open the door)|of (?:my|the|our) neighbou?rs?|of (?:them|him|her) next door|of the (?:people|man|woman|family|lads|youths) (?:next door|upstairs|downstairs|opposite)))', 0.8),
    ],
  },
  {
    id: 'harassment',
    label: 'Harassment',
    cues: [
      // a camera turned on someone's home
      cue('(?:cameras?|cctv|doorbell cam\\w*|ring doorbell) (?:\\w+ ){0,4}(?:pointed|pointing|aimed|aiming|facing|looking|points|pointed straight) (?:\\w+ ){0,2}(?:into|at|in|over|on) (?:my|our) (?:\\w+ )?(?:window|windows|garden|bedroom|house|flat|door|bathroom|kitchen)|(?:pointed|aimed|turned) (?:a |their |his |her )?(?:\\w+ )?(?:cameras?|cctv) (?:\\w+ ){0,2}(?:into|at|on) (?:my|our)', 1),
      // behaviour aimed at the tenant: done on purpose, to wind them up, grief, nasty messages, hurting their pet
      cue('(?:on purpose|deliberately|deliberate|purposely|intentionally|to wind (?:me|us) up|to get at (?:me|us)|to annoy (?:me|us)|to provoke (?:me|us)|out of spite|spiteful|just to upset (?:me|us))', 1, '(?:not|never|wasnt|isnt) (?:on purpose|deliberate\\w*)|deliberate (?:fires?|fire setting|damage|arson)'),
      cue('(?:giving|gives|gave|give) (?:me|us|my \\w+) (?:\\w+ )?(?:grief|hassle|gyp|jip|lip|gob|a hard time|aggro|bother)|(?:nasty|abusive|horrible|threatening|vile|sick) (?:messages|texts|notes|letters|comments|posts|voicemails)|(?:sending|sends|sent|keeps sending) (?:me|us) (?:\\w+ )?(?:messages|texts)(?: all (?:night|day))?|(?:kicked|hit|hurt|attacked|poisoned|threatened|abused|tortured) (?:my|our) (?:dog|dogs|cat|cats|pet|pets|puppy|kitten)', 1),
      cue('(?:following|follows|followed|stalking|stalks) (?:me|us|her|him|my (?:\\w+ )?(?:daughter|son|kids?|children|child|wife|husband|partner|mum|dad|girl|boy|family)) (?:home|around|round|to|from|everywhere|about)', 1),
      cue('(?:leaving|left|leaves|putting|put|posting|posted|pushing|pushed|throwing) (?:\\w+ ){0,3}(?:dead (?:animals?|birds?|rats?|mice|cats?)|dog (?:mess|poo|muck|dirt)|excrement|faeces|poo|nasty notes?|notes?|eggs) (?:\\w+ ){0,3}(?:on|at|through|thru|outside|in) (?:my|our) (?:doorstep|door|front door|letterbox|letter box|step|car|window|garden)', 1),
      cue('(?:being|getting|been|keep getting|keeps?) followed|followed (?:me |us |my \\w+ )?(?:home|to|around|round|everywhere)|follow(?:s|ing)? (?:me|us) (?:home|around|round|everywhere|to)|waiting for me (?:outside|when)'),
      cue('(?:wont|will not|doesnt|does not|not) take no for an answer|(?:keeps?|kept) (?:coming|turning up|coming round|hanging about|hanging around|waiting) (?:to|at|round|outside|by|near) (?:my|our) (?:flat|door|house|home|window|gate)', 0.8),
      cue('(?:harass\\w*|harrass\\w*|harras\\w*|stalk|stalks|stalking|stalked|stalker|bully|bullying|bullied|victimis\\w*|victimiz\\w*|persecut\\w*|vendetta)'),
      cue('(?:keeps|keep|always|constantly) (?:knocking (?:on|at) my door|banging on my door|ringing my (?:door)?bell|following me|watching me|filming me|photographing me|taking pictures of me|messaging me|texting me|calling me|reporting me|spying on me|staring at me|provoking me)'),
      cue(`(?:${PERSON}|someone|somebody) (?:\\w+ ){0,3}(?:banging|hammering|kicking|pounding|knocking) (?:on|at) (?:my|our|the) (?:front )?(?:door|window|windows|wall)`, 0.8),
      cue('(?:following me|follows me|followed me|filming me|films me|spying on (?:me|us)|watching (?:me|my house|my flat)|picking on (?:me|us|my)|targeting (?:me|us|my)|targeted|wont leave (?:me|us) alone|will not leave (?:me|us) alone|not leave (?:me|us) alone|making my life (?:hell|a misery)|making our lives (?:hell|a misery))'),
      cue('(?:cctv|camera|cameras|ring doorbell|doorbell camera) (?:\\w+ ){0,3}(?:pointing|pointed|aimed|facing|looking) (?:into|in to|at) (?:my|our) (?:house|flat|home|window|windows|garden|bedroom|property)', 0.9),
      cue('(?:posting about (?:me|us)|posted about (?:me|us)|lies about (?:me|us)|spreading rumou?rs|malicious (?:calls|reports|complaints|communications?|messages|texts|letters|posts)|nuisance calls|poison pen|letters through my door)', 0.8),
      cue('(?:intimidation (?:and |or )?harassment|harassment (?:and |or )?intimidation|alarm or distress|alarm and distress|personal harassment)'),
      // Aimed at the household by name or at the home, night after night.
      cue('(?:shout|shouting|shouts|shouted|call|calling|calls|scream|screaming|screams|yell|yelling|yells|chanting) (?:out )?(?:my|our|her|his) (?:first )?names?', 1),
      cue('(?:knock|knocking|knocks|bang|banging|bangs|tap|tapping|taps|rapping|hammer|hammering) (?:on|at) (?:my|our) (?:\\w+ )?(?:windows?|doors?) (?:\\w+ ){0,3}(?:every|all|each) (?:night|nite|evening)', 1),
      // Knocking and running off, or at all hours: done to the tenant, not a neighbour raising an alarm.
      cue(
        '(?:knock|knocking|knocks|knocked|bang|banging|bangs|banged|ring|ringing|rings|rang) (?:on|at) (?:my|our) (?:\\w+ )?(?:windows?|doors?|bell|doorbell) (?:\\w+ ){0,3}(?:(?:then|and) (?:runs?|ran|running|legs? it|legging it|clears? off|disappears?)|at all hours|all hours)',
        1,
      ),
      // Told they are not wanted where they live.
      cue('(?:not wanted|dont want (?:you|us|your sort|your kind|you lot)|(?:you|we)(?:re| are) not welcome|not welcome) (?:\\w+ ){0,2}(?:on|in|round|around|here|this) (?:\\w+ ){0,2}(?:street|road|estate|block|area|here)', 1),
    ],
  },
  {
    id: 'verbal-abuse',
    label: 'Verbal abuse',
    cues: [
      cue('(?:slagging|slags|slagged) (?:me|us|my \\w+) off|mouthing off|(?:drunk|drunken|pissed) and (?:abusive|aggressive|violent|threatening|nasty)|(?:abusive|aggressive|nasty) (?:and |when )(?:drunk|drinking)', 1),
      cue('(?:called|calling|calls|call) (?:me|us|my \\w+ )?(?:every name|all the names|every name under the sun|all sorts|names)|every name under the sun|effing and (?:jeffing|blinding)', 1),
      cue('(?:verbal(?:ly)? (?:abuse|abusive|abused|attack|attacked|assault|aggression)|verbals|abusive language|foul language|bad language|offensive language)'),
      cue('(?:swearing|swears|swore|swear|cursing|effing and blinding|mouthing off|gobbing off|giving (?:me|us) abuse|gave (?:me|us) abuse|(?:hurling|hurls|hurled|shouting|shouts|shouted|screaming|screams|screamed|yelling|yells|yelled|gives out|giving out) abuse|abuse at (?:me|us|my|everyone|everybody|anyone|anybody|people|passers ?by|folk|residents|kids|children|neighbours|women|the kids))', 0.9),
      cue('(?:shouting|shouts|shouted|screaming|screamed|yelling|yelled|screams|shout) (?:at|to|after) (?:me|us|my|our)', 0.9),
      cue('(?:(?:calling|called|calls|call) (?:me|us|my \\w+) (?:names|a|an|ugly|fat|stupid|thick|scum|scrounger|slag|slut|bitch|cow|twat|prick|dick|idiot|liar|grass|nonce|paedo|pedo|peado|junkie|alcoholic|psycho|nutter|freak|retard|spastic|mong)|name calling|insult\\w*)', 0.9),
      cue('(?:abusive|abuse|rude|aggressive|nasty|horrible) (?:to|towards) (?:me|us|my|our)', 0.8, '(?:officer|staff|contractors?|engineers?|plumber|electrician|joiner|workm[ae]n|operatives?|receptionist|call centre|customer services|manager|advis[eo]r|lady on the phone|man on the phone|woman on the phone|person on the phone|your (?:\\w+ )?(?:staff|team|man|lady|officer|worker))'),
      cue('(?:abusive|aggressive) (?:neighbou?rs?|man|woman|behaviou?r)', 0.7),
    ],
  },
  {
    id: 'criminal-damage',
    label: 'Criminal damage or vandalism',
    cues: [
      cue('(?:let|letting|lets) (?:\\w+ )?(?:tyres?|tires?) down', 1),
      cue('(?:brick|bricks|stone|stones|rock|rocks|bottle|bottles|egg|eggs|firework|fireworks|paint) (?:\\w+ ){0,2}(?:through|thru|threw|at|into|over|on) (?:my|our|the) (?:\\w+ )?(?:window|windows|door|car|house|flat)', 1),
      cue('(?:tyres?|tires?) (?:\\w+ ){0,2}(?:slashed|punctured|let down|knifed|stabbed)|(?:car|van|motorbike|bike) (?:\\w+ ){0,2}(?:keyed|scratched|smashed up|vandalised|set alight)|(?:slashed|punctured) (?:\\w+ ){0,3}(?:tyres?|tires?)', 1),
      // belongings outside the home damaged: people did it, no fault wears a gnome over
      cue('(?:plant pots?|pots|gnomes?|ornaments?|planters?|hanging baskets?|flowers|plants|wing mirrors?|windscreen|bikes?) (?:\\w+ ){0,3}(?:smashed|kicked over|knocked over|kicked in|pulled up|ripped up|trampled|snapped off|vandalised|nicked|stolen)', 0.9),
      cue('(?:tried|trying|try|threatened|threatening) to (?:set fire|burn|torch)|fire (?:put|pushed|set) (?:through|in) (?:my|the|our) letter ?box|(?:burning|lit) (?:\\w+ ){0,2}(?:through|in) (?:my|the|our) letter ?box', 1),
      cue('(?:criminal damage|vandal\\w*|arson|arsonist|setting fires|starting fires|fire setting|deliberate fires?|set fire to|set alight|torched|burnt out|burned out|car crime|damage to (?:my|our|the) (?:car|property|door|window|windows|fence|garden|van|bike))'),
      cue(`(?:${PERSON}|vandals|yobs|someone|someones|somebody|somebodys|some1|sum1|a man|a woman|kids|youths) (?:\\w+ ){0,3}(?:smash|smashed|smashing|smashes|broke|broken|breaking|break|kicked in|kicking in|kicked|kicks|kicking|damaged|damaging|damage|damages|dented|denting|cracked|scratched|keyed|slashed|punctured|let down|egged|egging|ripped|ripped off|pulled (?:up|down|off)|snapped|trashed|wrecked|scratching|throwing|threw|chucking|chucked|lobbing|lobbed|pelting|set fire to|burnt|burned|graffitied|sprayed on|vandalised|vandalized) (?:\\w+ ){0,2}(?:my|our|his|her|their|the|me|at|in|down|up|all the|a|an) (?:\\w+ ){0,2}(?:cars?|vans?|windows?|windscreen|doors?|front door|fences?|fencing|gates?|wing mirrors?|tyres?|tires?|plants|flowers|shed|bins?|letterbox|letter box|intercom|door entry|bike|bikes|property|house|flat|wall|walls|lights?|lamps?|cameras?|cctv|garden|plant pots?|pots|trees?|shelter|bus shelter|benches?|swings?|play equipment|playground|signs?|noticeboard|lifts?|glass|panels?|mirrors?|letter boxes|post boxes|locks?|railings?|street lights?)`, 0.9),
      cue(`(?:${PERSON}|vandals|someone|somebody|kids|youths) (?:\\w+ ){1,6}(?:and )?(?:dented|damaged|smashed|scratched|cracked|broke|snapped|wrecked|trashed) (?:it|them|the lot)`, 0.8),
      cue('(?:deliberately|on purpose|purposely|maliciously) (?:\\w+ ){0,2}(?:damaged|broke|broken|smashed|kicked|scratched|set fire)', 0.9),
      cue('(?:environmental damage|damage to (?:communal|property|vehicles?|cars?))', 0.8),
      // Grading lists' catch-all crime heading: criminal damage is the nearest category.
      cue('(?:criminal (?:behaviou?r|activity|activities)|crime|crimes)', 0.8),
      cue('(?:throwing|threw|chucking|chucked|lobbing|lobbed|pelting|pelted) (?:stones|rocks|bricks|eggs|things|stuff|bottles|objects|missiles|fireworks) (?:at|over|into|onto|on) (?:my|our|the|his|her|their) (?:\\w+ )?(?:windows?|house|flat|door|car|cars|property|home|garden|balcony)'),
      cue('(?:tyres? (?:slashed|let down|punctured)|wing mirror (?:smashed|snapped|broken)|windows? (?:smashed|put through|put in) by|keyed (?:my|the) car|car (?:keyed|scratched|vandalised|damaged|broken into)|broke into (?:my|the) (?:car|shed|van|garage)|broken into|break in|break ins|burgla\\w*|stole|stolen|theft|thieves|nicked)', 0.8),
    ],
  },
  {
    id: 'drugs',
    label: 'Drugs or drug dealing',
    cues: [
      cue('(?:junkies|junkie|druggies|druggie|drug addicts?|addicts|smack ?heads?|crack ?heads?|users? shooting up|people (?:\\w+ )?off their heads)', 1),
      cue('(?:dealing|deals|dealers?) (?:\\w+ ){0,2}(?:going on|at|in|outside|round|from|on the)|(?:cars|people|vans|taxis|bikes) (?:\\w+ ){0,2}(?:pulling up|turning up|coming) (?:\\w+ ){0,4}(?:all hours|all night|late|every|at all times|day and night|for (?:a )?(?:minute|few minutes|two minutes))', 0.9),
      cue('(?:needles|syringes|sharps|used needles|crack pipes|foil and needles)', 1),
      cue('(?:drug dealers?|dealers?|gangs?|they) (?:\\w+ ){0,3}(?:taken over|took over|moved into|using) (?:\\w+ ){0,3}(?:flat|house|home|place)|(?:brothel|running a brothel|sex workers? (?:coming|in and out)|illegal (?:business|trade) from)', 1),
      cue('(?:drugs?|drug (?:dealing|dealers?|deals?|use|users?|taking|den|house|activity|paraphernalia)|(?:drug |drugs )?dealers?|dealing (?:drugs|weed|gear|crack|from)|selling (?:weed|drugs|gear|coke|crack)|county lines|cuckoo\\w*|cannabis farm|weed farm|grow house|cannabis factory|drugs? factory|substance misuse|drug misuse|drug related)', 1, '(?:drug(?:s)? (?:for|from) (?:my|the) (?:doctor|gp|pharmacy|chemist)|prescription)'),
      cue('(?:weed|cannabis|skunk|marijuana|ganja|spliffs?|crack (?:cocaine|den|house|heads?|pipes?|users?|addicts?)|crackheads?|cocaine|heroin|smackheads?|ketamine|mdma|spice heads?|meth|dope)', 0.9, '(?:weed ?killer|weed killer)'),
      // "Using the home for illegal purposes" and exploitation are, in social housing, most
      // often drug use, dealing and cuckooing.
      cue('(?:illegal (?:purposes|activity|activities|use)|(?:criminal |child |sexual )?exploitation|exploiting (?:vulnerable|children|young))', 0.8),
      cue('(?:laughing gas|nitrous|nitrous oxide|nos canisters?|nos|silver canisters?|small gas canisters?|hippy crack)', 0.9),
      cue('(?:needles?|syringes?|sharps) (?:\\w+ ){0,3}(?:left|found|on|in|by|outside|everywhere|lying|dumped)', 0.9),
      cue('(?:people|cars|visitors|strangers|loads of people|lots of people) (?:\\w+ ){0,2}(?:coming and going|coming n going|in and out|back and forth) (?:\\w+ ){0,3}(?:all (?:hours|night|day)|day and night|night and day|at all hours|constantly|every \\w+|late)', 0.9),
      cue('(?:smell of|smells of|smelling of|stinks of|stink of|reeks of|reek of|whiff of) (?:weed|cannabis|skunk|drugs|pot|dope|spliff)'),
      cue('(?:stoned|off their heads|off his head|off her head|high on drugs|high as a kite|smoking (?:weed|cannabis|crack|skunk|pot|dope)|injecting|shooting up|smoking pot)', 0.9),
    ],
  },
  {
    id: 'noise',
    label: 'Noise nuisance',
    cues: [
      cue('(?:bass|speakers?|subwoofer|sound system|music|telly|tv) (?:\\w+ ){0,4}(?:shaking|shakes|vibrating|vibrates|rattling|rattles|coming through|comes through|through) (?:my|the|our) (?:walls?|floor|ceiling|windows?|house|flat)', 1),
      cue('(?:noise nuisance|noise complaint|noise problem|noise issue|noisy neighbou?rs?|statutory nuisance|domestic noise|excessive noise|loud noise|noise)', 0.8),
      cue('(?:loud|blasting|blaring|booming|thumping|pumping|banging|pounding) (?:\\w+ ){0,2}(?:music|musik|tunes|bass|tv|telly|television|radio|speakers?|stereo|sound system|subwoofer|party|parties|karaoke|drums?|bass)'),
      cue('(?:music|musik|tunes|bass|tv|telly|radio|stereo|speakers?|sound system|karaoke|drums|drumming|singing|djing|dj) (?:\\w+ ){0,5}(?:loud|blasting|blaring|booming|thumping|all night|all day|every night|every day|every weekend|til|till|until|untill|at \\d|at night|at midnight|midnight|late at night|early hours|early morning|in the morning|am|pm|\\d+ ?am|\\d+ ?oclock|3 in the morning|turned up|up full|full blast|so loud)'),
      cue('(?:party|parties|partying|raves?|gatherings|after parties|sessions) (?:\\w+ ){0,5}(?:every|all night|all weekend|each weekend|most nights|every night|every weekend|weekends|constantly|again|always|til|till|until|untill|\\d+ ?am|early hours|midnight|3 in the morning)'),
      cue('(?:every|each|most|all) (?:night|weekend|weekends|day|evening|morning) (?:\\w+ ){0,4}(?:parties|party|music|noise|banging|shouting|screaming|loud)'),
      cue('(?:banging|thumping|stomping|stamping|crashing|hammering|drilling|shouting|screaming|arguing|rowing|slamming doors|door slamming|noise|hoovering|washing machine|music) (?:\\w+ ){0,5}(?:all night|through the night|at night|every night|at midnight|midnight|til \\d|till \\d|until \\d|early hours|at \\d+ ?(?:am|oclock|in the morning)|\\d ?am|3 in the morning|middle of the night|cant sleep|can not sleep|not sleep|keeping me awake|keeps me awake|kept me awake|keeping us awake|keeps us awake|kept us awake|no sleep)'),
      cue('(?:dropping|dropped|banging|stamping|stomping|slamming|thumping|hammering|bouncing|jumping|running|moving furniture|dragging) (?:\\w+ ){0,5}(?:at all hours|all hours|on purpose|deliberately|to wind (?:me|us) up|every night|all night|late at night|at night|middle of the night)'),
      cue('(?:keeping me awake|keeps me awake|kept me awake|keeping us awake|keeps us awake|kept us awake|keeping the baby awake|keeping my kids awake|cant sleep|can not sleep|cannot sleep|(?:i|we|kids|baby) not sleep|not slept|no sleep)', 0.6),
      cue('(?:racket|din|row going on|constant (?:banging|shouting|screaming|noise)|shouting and screaming|screaming and shouting|arguing and shouting|shouting and arguing|shouting and swearing|fighting and screaming|loud arguments?|domestic (?:rows|arguments)|constantly arguing)', 0.8),
      cue('(?:loud|noisy|blasting)', 0.5),
      cue('(?:diy|drilling|hammering|building work|power tools) (?:\\w+ ){0,3}(?:unreasonable|unsociable|unsocial|anti ?social|ungodly|late|all|odd) hours'),
      cue('(?:door slamming|slamming (?:of )?doors|doors? (?:being )?slammed|slamming (?:the )?doors?|banging doors|doors banging|noise from (?:diy|tv|music|televisions?|radios?|stereos?|parties|dogs|pets|neighbou?rs))', 0.8),
      cue('(?:nuisance neighbou?rs?|neighbou?r from hell|neighbou?rs from hell|neighbou?r nuisance)', 0.5),
    ],
  },
  {
    id: 'rowdy-behaviour',
    label: 'Rowdy or nuisance behaviour',
    cues: [
      cue('(?:kicking|kick|kicks|booting|smashing|throwing) (?:a |the |their )?(?:foot ?ball|football|ball|balls) (?:\\w+ ){0,2}(?:against|at|off|into|over) (?:my|our|the|peoples) (?:\\w+ )?(?:wall|walls|house|window|windows|door|car|fence|garage)', 0.9),
      cue('(?:ringing|ring|knocking(?: on| at)?|banging on) (?:my|our|his|her|their|the|peoples|everyones) (?:door ?bell|doorbell|bell|door|doors) (?:\\w+ ){0,2}(?:and|then|n) (?:\\w+ )?(?:running|run|ran|legging it)|knock (?:and|n) run|knock door run|knock down ginger|(?:living|sleeping|camping|dossing) (?:rough )?in (?:the|our|a) (?:bin store|bin shed|stairwell|stairs|garages?|lift|loft|block|communal|hallway|corridor|entrance)', 1),
      cue('(?:drinking|drunk|boozing|getting drunk|off their faces|cans of (?:beer|lager|cider)) (?:\\w+ ){0,3}(?:on|in|round|around|outside|by|at) (?:the )?(?:communal |shared )?(?:stairs|stairwell|landing|landings|hallway|corridor|lobby|entrance|bin store|car park|green|park|shops|play area|playground|street|corner|benches?|garages)', 1.1),
      cue('(?:scary|intimidating|frightening) (?:walking|to walk|going) (?:past|by|through)', 0.5),
      cue('(?:rowdy|rowdiness|disorderly|yobs?|yobbish|hooligans?|thugs|louts?|chavs|gangs?|feral|troublemakers?|causing trouble|causing a nuisance|causing nuisance|nuisance behaviou?r|public order|disorder)', 0.8),
      cue('(?:youths?|kids|teenagers|teens|children|lads|boys|girls|young people|people|group of \\w+|groups of \\w+|gangs?|drunks?) (?:\\w+ ){0,4}(?:hanging (?:around|round|about)|hanging out|loitering|congregating|gathering|gather|hang around|hang out|messing about|messing around|causing trouble|running riot|riding bikes|kicking balls? against|knocking on doors|banging on doors|sitting on the stairs|in the stairwell|in the bin store|on the stairs|in the lift|in the communal|smoking in|drinking in|shouting|screaming|fighting|climbing|jumping on|trespassing)', 0.9),
      cue('(?:causing (?:annoyance|nuisance|trouble|problems|havoc|mayhem|chaos|a disturbance)|youth nuisance|youths? causing|fireworks|firework)', 0.9),
      cue('(?:youths|gangs? of|group of (?:lads|youths|kids|teenagers|men|people))', 0.6),
      cue('(?:loitering|congregating|trespass\\w*|squatters?|squatting|knock down ginger|knock and run|ding dong ditch|prostitut\\w*|sex work\\w*|kerb crawl\\w*|soliciting|begging|beggars?|aggressive begging|street drinking|drinking in the street|drunk and disorderly|alcohol related|drink related|drunks?|drunken|urinat\\w*|peeing|pissing(?! (?:water|down|out|everywhere|through|it down|with rain|in through))|wee(?:ing)? in the|weeing|misuse of communal|misusing communal|misuse of (?:the )?(?:stairs|stairwell|communal areas)|rough sleepers? in|sleeping in the stairwell|sleeping in the bin)'),
      cue('(?:throwing|threw|chucking|chucked|lobbing) (?:stones|rocks|eggs|bottles|things|stuff|fireworks|water balloons|snowballs)', 0.8),
      // grading-list headings: "alcohol misuse", "rough sleeping", "smoking in communal areas"
      cue('(?:alcohol (?:misuse|abuse|use)|misuse of alcohol|drinking alcohol in|rough sleep\\w*|sleeping rough|smoking in (?:the )?(?:communal (?:areas?|hallways?|stairs|stairwells?|entrance)|stairwells?|lifts?|hallways?|corridors?|bin stores?|block))', 0.8),
      cue('(?:climbing on|climbing over|on the roof of|jumping on) (?:the )?(?:garages?|roofs?|cars|sheds?|fences?|walls?|bin stores?)', 0.8),
      cue('(?:letting off fireworks|throwing fireworks|fireworks at|bangers)', 0.8),
      cue('(?:communal (?:areas?|hall|hallway|stairs|stairwell|entrance|door)|stairwell|bin store|bin shed|car park|play area|playground|park) (?:\\w+ ){0,4}(?:drinking|smoking|hanging|loitering|sleeping|partying|mess|being used|misused|youths|kids|people|strangers|drunks|fighting)', 0.6),
      cue('(?:propping (?:open|the door)|propped open|letting (?:people|strangers) in|strangers in the block|people getting into the block|getting into the building)', 0.5),
    ],
  },
  {
    id: 'nuisance-vehicles',
    label: 'Nuisance vehicles or abandoned vehicles',
    cues: [
      cue(`(?:abandoned|dumped|burnt out|burned out|untaxed|no tax|no mot|on bricks|on axle stands|left|rotting) (?:\\w+ ){0,2}${VEHICLE}`),
      cue(`${VEHICLE} (?:\\w+ ){0,3}(?:abandoned|dumped|untaxed|no tax|not moved (?:for|in)|been there (?:for|since)|left there|on bricks|on axle stands)`),
      cue(`${VEHICLE} (?:\\w+ ){0,3}(?:been left|left (?:on|in|outside|there|for|parked)|sorn|no (?:number )?plates?|(?:for|in) (?:weeks|months|ages|over a (?:month|year)))`, 0.8),
      cue(`(?:nuisance|racing|speeding|revving|wheelies?|wheelspins?|doughnuts|donuts|drifting|joyriding|joy riding|joyriders|boy racers|off road|offroad|tearing (?:round|around|up and down)|zooming|zoom) (?:\\w+ ){0,3}${VEHICLE}`),
      // ridden or driven where vehicles should not be: "quad bikes ridden across the field"
      cue(`${VEHICLE} (?:\\w+ ){0,3}(?:ridden|riding|rode|driven|driving|drove|used|racing|going) (?:\\w+ ){0,2}(?:on|along|across|over|through|round|around|up and down) (?:the )?(?:footpaths?|pavements?|paths?|grass|green|greens|verges?|fields?|parks?|play areas?|playgrounds?|estate|walkways?|cycle paths?)`),
      cue(`${VEHICLE} (?:\\w+ ){0,4}(?:racing|speeding|revving|wheelies|wheelspins|doughnuts|donuts|drifting|tearing|zooming|flying|screeching|up and down|round and round|round the estate|around the estate|on the grass|on the green|on the field|on the pavement|on the footpath|in the park|through the park|no helmet|no helmets|all night|every night|at night)`),
      cue('(?:boy racers|joyrid\\w*|scramblers|quad bikes|pit bikes|dirt bikes|off road bikes|mopeds|nuisance vehicles?|vehicle nuisance|nuisance parking|abandoned vehicles?|abandoned cars?|untaxed (?:car|vehicle|van)s?|revving (?:engines?|cars?|motorbikes?|bikes?))'),
      cue('(?:parking|parked|parks|park) (?:\\w+ ){0,3}(?:on the grass|on the green|on the verge|across my drive|across (?:my|our) driveway|blocking|in front of my drive|over my drive|on my drive|on my driveway|in my driveway|on the pavement|on the footpath|on the path|in the disabled bay|in my disabled bay|on double yellows|in the fire lane|across the garages)', 0.8),
      cue('(?:blocking|blocked|blocks|blocks in) (?:\\w+ ){0,2}(?:my|our|the) (?:drive|driveway|access|dropped kerb|garage|car|path|entrance|exit|disabled bay|gate)', 0.8),
      cue('(?:repairing|fixing|working on|servicing|doing up|stripping) (?:\\w+ ){0,2}(?:cars|vehicles|motors|bikes|motorbikes) (?:\\w+ ){0,3}(?:on the street|in the street|on the road|outside|on the drive|in the car park|every day|all day|as a business|for money)', 0.8),
      cue('(?:running a garage|car repair business|selling cars from)', 0.8),
      cue('(?:inconsiderate|dangerous|obstructive|illegal|anti ?social|nuisance) parking', 0.8),
    ],
  },
  {
    id: 'nuisance-pets',
    label: 'Nuisance from pets or animals',
    cues: [
      cue('(?:has|have|got|keeps?|keeping) (?:\\w+ )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|loads of|lots of|so many) (?:dogs|cats|animals|pets|rabbits|birds)', 0.9),
      // animals attacking or going for people, in the words of landlords' lists and of tenants
      cue(`(?:${DOG}|staffie|staffy|staffies|staffordshire|rottweiler|rotty|alsatian|german shepherd|bull ?dog|bully|xl bully|pit ?bull|mastiff|animals?|cats?) (?:\\w+ ){0,4}(?:going for|goes for|went for|attack\\w*|bit|bitten|biting|bites|jumping up at|jumped up at|lunged at|lunging at|chased|chasing|savaged|mauled|snapping at|growling at) (?:\\w+ ){0,2}(?:people|me|us|my|him|her|them|kids|children|a child|someone|somebody|the postman|residents|neighbours|other dogs|dogs)`, 1),
      // "next doors dog got through the fence and went for my cat": a few more words between the animal and the attack
      cue(`(?:${DOG}|${DOG_BREED}) (?:\\w+ ){5,9}(?:went for|attacked|bit|mauled|savaged|killed) (?:my|our|me|us|the kids|a child)`, 1),
      cue('(?:animals? attacking|attacks? by (?:dogs?|animals?)|dog attacks?|dangerous (?:dogs?|animals?)|out of control (?:dogs?|animals?)|animals? (?:out of control|attacking people))', 1),
      cue(`${DOG} (?:\\w+ ){0,4}(?:barking|barks|bark|barked|howling|howls|howl|whining|whines|yapping|yaps|crying|cries|whimpering|whimpers|yelping|yelps|left alone|out all day|outside all day|in the garden all day|on the balcony all day|left on (?:its|their) own|left out|out of control|off (?:the|its|a) lead|off lead|loose|running loose|running around|roaming|attacked|attacking|bit|bitten|biting|bites|jumped (?:up )?at|went for|goes for|lunging|aggressive|dangerous|vicious)`),
      cue(`(?:barking|howling|yapping|whining|aggressive|dangerous|vicious|out of control|loose|status) ${DOG}`),
      cue(`(?:leave|leaves|left|leaving|locks?|locked|shuts?|shut) (?:their|the|his|her|a) ${DOG} (?:\\w+ ){0,3}(?:out|outside|alone|on (?:its|their) own|all day|for hours|all night|in the garden|on the balcony)`),
      cue('(?:barking|howling|yapping) (?:\\w+ ){0,4}(?:all day|all night|constantly|non stop|nonstop|every day|for hours|when they go out|when theyre out|at night|all the time)'),
      cue('(?:pets?|animals?|dogs?|cats?) (?:\\w+ ){0,2}causing (?:a )?(?:nuisance|problems?|annoyance|distress)'),
      cue('(?:(?:nuisance|problems?|noise|mess|smells?) (?:from|caused by|by) (?:\\w+ )?(?:pets?|animals?|dogs?|cats?)|pets and animals|animals and pets|nuisance (?:pets?|animals?|dogs?|cats?)|animal nuisance|pet nuisance|animal noise|animal welfare|animal cruelty|neglected (?:dogs?|animals?|pets?)|too many (?:dogs|cats|animals|pets)|hoarding animals|dangerous dogs?|xl bully|pit ?bull|bull terriers?)'),
      cue('(?:feeding (?:the )?(?:pigeons|seagulls|gulls|birds|foxes)|pigeons|cockerel|roosters?|chickens|snake|snakes|horse|horses|goats?)', 0.6),
      cue(`(?:smell|stench|stink|smells|stinks) (?:\\w+ ){0,3}(?:from|of) (?:their|the|his|her|next doors) (?:\\w+ )?(?:${DOG}|cats?|animals?|pets?|rabbits?|birds?)`, 0.8),
      cue(`(?:their|next doors|his|her|neighbou?rs?) ${DOG}`, 0.4),
    ],
  },
  {
    id: 'fly-tipping',
    label: 'Fly-tipping',
    cues: [
      cue('(?:fly ?tip\\w*|flytip\\w*|fly tipped|fly-tipping|illegal dumping|dumping (?:of )?(?:rubbish|waste|junk|furniture)|(?:rubbish|waste|junk|rubble|builders rubble|building waste|builders waste) (?:dumping|dumped|tipping|tipped))'),
      cue('(?:dumped|dumping|dump|dumps|left|leaving|abandoned|chucked|thrown|dropped off) (?:\\w+ ){0,4}(?:mattress(?:es)?|sofas?|settees?|couch(?:es)?|fridges?|freezers?|furniture|wardrobes?|beds?|washing machines?|tvs?|carpets?|rubble|building waste|builders waste|tyres|bags of rubbish|rubbish bags|bin bags|black bags|rubbish|junk|waste|household waste|white goods|prams?|trolleys?|shopping trolleys?|old \\w+)', 0.9),
      cue('(?:mattress(?:es)?|sofas?|settees?|couch(?:es)?|fridges?|freezers?|furniture|wardrobes?|rubble|tyres|bin bags|black bags|rubbish bags|bags of rubbish|junk|white goods|shopping trolleys?) (?:\\w+ ){0,4}(?:dumped|left|been left|abandoned|chucked|thrown|by the bins|next to the bins|in the bin store|in the alley|in the alleyway|in the lane|on the grass|on the green|outside (?:the|my)|in the communal|on the landing|in the car park)', 0.9),
      cue('(?:dumped|dumping|left) (?:by|next to|near|outside|in front of|behind|round|around|in|on|at) (?:the )?(?:bins|bin store|bin stores|bin shed|bin area|bin room|garages?|flats|block|alley|alleyway|shops|car park|green|landing|stairs|communal area)', 0.9),
      cue('(?:alley|alleyway|back lane|entry|gennel|ginnel|jitty|lane|verge|field|garages?|car park|bin store|path|green) (?:\\w+ ){0,4}(?:is |was |are )?(?:full of|piled (?:up )?with|covered in|blocked with|blocked by) (?:\\w+ ){0,2}(?:mattress(?:es)?|sofas?|settees?|fridges?|furniture|black bags|bin bags|rubbish bags|junk|tyres|rubble)', 1),
    ],
  },
  {
    id: 'litter',
    label: 'Litter, rubbish or untidy gardens',
    cues: [
      cue('(?:bonfires?|burning rubbish|burning (?:waste|plastic|tyres|furniture)) (?:\\w+ ){0,6}(?:every|always|again|smoke (?:comes|coming|gets|getting|blowing|blows) (?:in|into))', 0.9),
      cue('(?:litter|littering|litterbugs?|rubbish everywhere|rubbish all over|rubbish thrown|throwing rubbish|throw rubbish|throws rubbish|chucking rubbish|cigarette (?:butts|ends)|fag (?:butts|ends)|takeaway (?:boxes|cartons|wrappers)|cans and bottles|empty cans|beer cans|broken glass everywhere)'),
      cue('(?:untidy|overgrown|messy|filthy|disgusting|neglected|state of (?:their|the|next doors)|full of rubbish|rubbish in|piles of rubbish|rubbish piled|junk in|junk piled|eyesore) (?:\\w+ ){0,3}(?:gardens?|yards?|balcony|balconies|front gardens?|back gardens?)', 0.9),
      cue('(?:gardens?|yards?|balcony) (?:\\w+ ){0,4}(?:overgrown|untidy|full of rubbish|full of junk|a mess|a tip|a dump|an eyesore|rubbish piled|piled with|covered in rubbish|infested)', 0.9),
      cue('(?:untidy gardens?|overgrown gardens?|garden nuisance|unkempt gardens?|accumulation of rubbish|rubbish accumulat\\w*|environmental nuisance)', 0.9),
      cue('(?:hoarding|hoarder)', 0.7),
      cue('(?:chuck|chucks|chucked|throw|throws|threw|thrown|drop|drops|dropped|tip|tips|tipped) (?:their |the |all |bags of |loads of )?(?:rubbish|litter|bin bags|black bags|nappies|food|cans|bottles|fag ends|cigarette ends|dog poo|waste) (?:\\w+ ){0,4}(?:off|out of|from|over|into|onto)', 1),
      cue('(?:bonfires?|burning rubbish|burning waste|burning plastic|burning tyres)', 0.6),
      cue('(?:rubbish|bin bags|black bags) (?:\\w+ ){0,3}(?:left out|left (?:on|in|by|outside)|piling up|piled up|in the hallway|on the landing|on the stairs|in the corridor|outside their door|outside the door|by the door|attracting rats|attracting foxes|ripped open|torn open)', 0.8),
    ],
  },
  {
    id: 'graffiti',
    label: 'Graffiti',
    cues: [
      cue('(?:graffiti|grafitti|graffitti|grafiti|graffitied|tagging|tagged|tags|spray ?paint\\w*|sprayed|daubed|scrawled|scribbled|scribbling|writing on the walls?|written on the walls?|drawn on the walls?|drawings on the walls?|felt tip on)'),
      cue('(?:offensive|rude|racist|obscene) (?:writing|drawings?|words|messages?|symbols?|pictures?) (?:on|sprayed|written)', 0.9),
      cue(`(?:${PERSON}|someone|somebody|some1|vandals) (?:\\w+ ){0,2}(?:drew|drawn|drawing|draws|wrote|written|writing|scratched|carved) (?:\\w+ ){0,3}(?:on|all over|across) (?:the|our|my|their) (?:\\w+ )?(?:walls?|doors?|fence|garage|garages|shelter|lift|stairwell|bins?|signs?|windows?)`, 0.9),
    ],
  },
  {
    id: 'dog-fouling',
    label: 'Dog fouling',
    cues: [
      cue(`(?:dog|dogs|doggy|doggie) ${POO}`),
      cue(`(?:dog|dogs) (?:\\w+ ){0,3}(?:pooing|pooping|pooed|fouling|fouls|fouled|doing (?:its|their) business|going to the toilet|mess everywhere)`),
      cue('(?:not (?:picking|cleaning) up (?:after )?(?:their|the|his|her|its) (?:dogs?|pets?)|(?:dont|wont|not) (?:pick|clean) up (?:after )?(?:their|the|his|her) dogs?|never (?:pick|picks|clean|cleans) up after)'),
      cue(`${POO} (?:\\w+ ){0,3}(?:on the stairs|in the stairwell|on the landing|in the lift|on the path|on the grass|in the communal|on the pavement|in the hallway|all over|everywhere|outside my door|in the play area|on the green)`, 0.7),
    ],
  },
];

export function asbEntry(id: AsbCategoryId): AsbCatalogueEntry {
  const found = ASB_CATALOGUE.find((e) => e.id === id);
  if (!found) throw new Error(`unknown ASB category ${id}`);
  return found;
}
