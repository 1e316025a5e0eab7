// The words that say what sort of message this is, apart from its subject: a complaint,
// unhappiness with how we handled something, thanks, a suggestion, a question, or an
// MP or councillor writing for a resident. classify.ts weighs these against the repair
// and ASB matchers.
//
// Dissatisfaction matters because of the Complaint Handling Code: a resident need not
// say "complaint"; whenever they express dissatisfaction with the landlord's service
// they must be offered the choice to complain. So the cues are broad, but split in two:
// `dissatisfied` (a service failure: "still not fixed", "nobody came", "third time")
// always counts, while `mood` ("fed up", "sick of it") only counts when it is not just
// about a neighbour ("fed up with next door's music" is an ASB report, not a complaint
// about us).
import { READING_BREAK, phrase, prepare } from './reading.js';
import { HANDLING, SERVICE_FAILURE, STAFF } from './service-failure-cues.js';

export interface KindCues {
  /** Said outright: "I want to make a complaint". */
  complaint: boolean;
  /** The complaint is about a neighbour, which is an ASB report, not a complaint about us. */
  complaintAboutNeighbour: boolean;
  /** A service failure by the landlord: repeat reports, no-shows, long waits, poor work. */
  dissatisfied: boolean;
  /** Unhappy words that may or may not be about the landlord. */
  mood: boolean;
  /** 0 none, 1 polite thanks or mild praise, 2 clear praise of people or service. */
  compliment: 0 | 1 | 2;
  /**
   * Thanks aimed at work done or the people who did it ("thank you for fix my door lock", "the
   * electrician who came", "fitted it really quickly"): a repair named beside it is the thing
   * praised, not a fault reported.
   */
  praiseForWork: boolean;
  /** Clear praise whose subject is our people ("the lady on the phone was so patient"). */
  peoplePraised: boolean;
  /** The message also says something is still wrong ("thanks but..."). */
  contrast: boolean;
  /** The problem has been dealt with ("fixed", "sorted", "came today"). */
  resolved: boolean;
  /**
   * The problem is over and nothing is asked for: "it was off but it's back on now, no need to
   * send anyone". A "but" or "still" after the words that say so means it is not over.
   */
  overNow: boolean;
  comment: boolean;
  /** A question, or a subject that is a general enquiry (rent, garages, housing applications). */
  enquiry: boolean;
  /** The message is phrased as a question. */
  question: boolean;
  /** It asks whose job a thing is ("is that you or the council i ring?"). */
  whoseJob: boolean;
  /** It names a general-enquiry subject (rent, a gas safety check, a transfer). */
  enquiryTopic: boolean;
  /** It talks about our service as such (the team, appointments, the call centre). */
  serviceTalk: boolean;
  /** The sender says they are an MP or councillor acting for a resident. */
  representative: boolean;
  /** Talk about the landlord's own complaint process (stage 1, ombudsman). */
  complaintProcess: boolean;
  /** Only a greeting, acknowledgement or filler: "hi", "ok", "thanks". */
  filler: boolean;
  /**
   * The landlord's own service is the subject, and it failed: a missed or cancelled
   * appointment, calls not returned, mess or damage left after a job, a workman's or call
   * handler's conduct, how long a repair took. A complaint even when a repair is named.
   */
  serviceFailure: boolean;
  /** Unhappy with how we handled a case of theirs, whatever it was about. */
  handling: boolean;
  /** A suggestion for the landlord ("would be good if", "why not", "could you put a bench"). */
  suggestion: boolean;
  /** A request for a person ("can i speak to a real person", "can someone ring me back"). */
  personRequest: boolean;
  /** A question about an appointment already made ("whens my appointment for the window man"). */
  appointmentQuestion: boolean;
  /** The tenant says what they describe is normal or nobody's fault ("i know its normal", "just letting u know"). */
  noFault: boolean;
  /** It names our staff or contractors ("the man who came to fix the window", "your workmen"). */
  aboutStaff: boolean;
  /** It asks whether something is allowed or what can be done ("is that allowed", "can they do that"). */
  permissionQuestion: boolean;
}

const any = (...sources: string[]): RegExp => phrase(sources.join('|'));

// ---------------------------------------------------------------- representative
const REPRESENTATIVE = any(
  '(?:i am|im|as|this is|writing as|speaking as|i write as|in my (?:role|capacity) as) (?:the |a |your )?(?:local |ward |county |borough |district |city |town |parish |divisional )?(?:councillor|councilor|cllr|member of parliament|mp|ward member|elected member|county councillor|borough councillor|city councillor)',
  '(?:my|a|our|the) constituents?',
  'constituency (?:office|caseworker|case|team)',
  '(?:on behalf of|for) (?:my|a|one of my|our) (?:constituents?|residents? in my ward|ward residents?)',
  'in my ward|residents? of my ward|my ward residents?|on my patch|residents on my patch|in my division|in my constituency',
  '(?:councillor|councilor|cllr|mp) (?:\\w+ ){0,2}(?:writing|here|speaking)',
  '(?:office of|on behalf of|caseworker for|caseworker to|working for) (?:\\w+ ){1,3}mp',
  '(?:caseworker|case worker|casework officer|assistant|office manager|researcher|secretary|support officer|pa) (?:for|to|of|at|in the office of|working for) (?:the )?(?:local |ward )?(?:councillor|councilor|cllr|mp|member of parliament)',
  '(?:on behalf of|office of|writing for) (?:the )?(?:local |ward )?(?:councillor|councilor|cllr)',
  '(?:mp|member of parliament) for (?:\\w+)',
  'parliamentary (?:office|assistant|caseworker)|house of commons|member of the senedd|\\bms for',
  '(?:regards|thanks|sincerely|faithfully|from|best wishes|kind regards) (?:\\w+ )?(?:cllr|councillor)',
  '^ ?cllr',
  // a councillor or MP who opens with their name, or who was contacted by residents
  '^ ?(?:councillor|councilor|cllr|mp) [a-z]+ (?:[a-z]+ )?(?:\\w+ )?(?:residents?|tenants?|constituents?|i |im |i am |writing|several|a number|on behalf)',
  '(?:residents|tenants|constituents|several people|a number of (?:residents|tenants|people)) (?:\\w+ ){0,5}(?:have |has )?(?:contacted|approached|written to|emailed|raised (?:this|it|concerns) with|come to) me',
);

// ---------------------------------------------------------------- complaint
const COMPLAINT = any(
  '(?:make|making|made|raise|raising|raised|log|logging|logged|lodge|lodging|lodged|file|filing|filed|put in|putting in|submit|submitting|submitted|register|registering|start|open|opening|have|got|escalate|escalating) (?:a |an |another |my |this |the )?(?:formal |official |proper |written |stage (?:1|one|2|two) )?(?:complaint|complaints|complain)',
  '(?:want|wish|like|going|need|would like|wanna|gonna) (?:to )?(?:complain|make a complaint|raise a complaint|log a complaint)',
  'i am complaining|im complaining|i complain|complaining about (?:you|your|the service|the repair|the contractor|the way)',
  'formal complaint|official complaint|complaints? (?:procedure|process|department|team|form|policy)|my complaint|complaint (?:ref|reference|number|no)',
  'complain(?:t)? (?:about|regarding|re|against) (?:you|your|the (?:service|repair|repairs|contractor|contractors|staff|engineer|plumber|electrician|officer|housing officer|council|landlord|association|way|workmen|operative|call centre|response)|how|the fact)',
  '(?:this|consider this|treat this|take this|please take this|please treat this) (?:is |as )?(?:a |an |my )?(?:formal )?complaint',
  '^ ?complaint',
);
const COMPLAINT_ABOUT_NEIGHBOUR = any(
  'complain(?:t|ts|ing|ed)? (?:\\w+ ){0,2}(?:about|regarding|re|against|of) (?:my |the |our |a )?(?:neighbou?rs?|next door|nextdoor|upstairs|downstairs|flat (?:above|below)|noise|music|dogs?|kids|youths|people|tenant|man|woman|family|smell of weed|drugs|parking|rubbish|anti ?social|asb|nuisance)',
);
const COMPLAINT_PROCESS = any(
  'stage (?:1|one|2|two)|stage1|stage2|ombudsman|escalat\\w*|complaint (?:response|outcome|decision|ref|reference|number)|response to my complaint|(?:review|appeal) (?:of )?my complaint',
);

// ---------------------------------------------------------------- dissatisfaction
const DISSATISFIED = any(
  // our systems and letters getting it wrong again: "sort your system out", "you keep sending normal ones"
  'sort (?:out )?(?:your|ur) (?:system|systems|records|computer|letters|act|selves|yourselves)(?: out)?|(?:you|u|they|you lot|u lot) (?:still )?keep (?:sending|charging|losing|ignoring|forgetting|getting (?:it|this|my \\w+) wrong|cancelling|closing)',
  // still broken / repeat
  'still (?:not|no|nothing|hasnt|havent|hasnt been|havent been|isnt|is not|arent|waiting|broken|leaking|leaks|dripping|not working|doesnt|dont|wont|cant|cold|freezing|got no|have no|no sign|nobody|no one|no body|nobody has|there|the same|an issue|a problem|happening|ongoing|outstanding|unresolved|unfixed|not fixed|not sorted|not done|not been|going on|getting)',
  '(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|tenth|10th|umpteenth|hundredth) time',
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|multiple|countless|loads of|so many|lots of|a few|few|a number of|how many|too many) (?:times|occasions|calls|phone calls|emails)(?! (?:a|an|per|every|each|in a|in an|daily|weekly|that|when) )',
  'reported (?:it |this |the \\w+ )?(?:\\w+ )?(?:before|already|twice|again|previously|times|months ago|weeks ago|last (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december))',
  'already reported|reported (?:it|this) (?:loads|so many|many|several)|keep (?:ringing|chasing|calling|reporting|phoning|emailing|telling)|kept (?:ringing|chasing|calling|reporting|phoning)|keeps getting (?:cancelled|put off|rearranged)|chasing (?:this|it|up)|chased (?:this|it|up)',
  // waiting
  '(?:waited|waiting|been waiting|wait|waitin) (?:for |over |nearly |almost |about |around |more than |in |since )?(?:(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of|couple of|few) (?:days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|working days)|weeks|months|years|ages|forever|all day|in all day|so long|too long|long enough|last (?:week|month|year)|january|february|march|april|may|june|july|august|september|october|november|december|christmas|the summer)',
  'waited in all day|in all day|took (?:a )?day off (?:work )?(?:for nothing|and)|wasted (?:a )?day|waste of (?:time|a day)|taken (?:weeks|months|ages)|taking (?:weeks|months|ages|forever|so long|too long)|(?:weeks|months) (?:now|later|and still|and nothing|and no)',
  // no-shows
  '(?:nobody|no one|noone|no body|no1|nobody has|no one has) (?:has )?(?:even |ever |actually |bothered to )?(?:turned up|turns up|came|come|comes|showed|shown up|been|called|rang|rung|phoned|got back|gets back|contacted|replied|responded|answers|answered|bothered|listens|cares|has come|has been out|has been round|did anything|does anything|is doing anything|done anything)',
  '(?:didnt|did not|never|failed to|dint) (?:\\w+ )?(?:turn up|turned up|show up|showed up|come|came|call back|called back|ring back|rang back|get back|got back|attend|attended|fix it|fixed it|bother|bothered)',
  '(?:not|no one|nobody|none of you|no contractor|no engineer|no plumber) (?:\\w+ )?(?:turned up|showed up|show up|turn up|bothered|called back|rang back|got back|get back to me|call me back|ring me back)',
  '(?:they|he|she|you|engineer|plumber|contractor|contractors|electrician|joiner|operative|workman|workmen|someone|anyone|your man|the man) (?:have |has |had |did |still )?(?:not|never) (?:come|came|come out|come round|been|been out|been round|turned up|turn up|show|shown|fixed|sorted|done|finished|called|rung|rang|phoned|replied|responded|bothered)',
  '(?:not|never) (?:happy|satisfied|pleased|impressed) (?:with|about|by) (?:the |my |your |how |this )?(?:repair|repairs|service|work|job|response|outcome|reply|way|contractor|contractors|engineer|plumber|electrician|workman|workmen|staff|officer|housing officer|landlord|council|decision|handling|answer|quality|standard|fix)',
  'no show|no shows|(?:missed|cancelled|canceled|rearranged|moved) (?:my |the |our |\\d+ |two |three |four |five |several |so many |loads of )?(?:appointments?|visits?)|appointments? (?:was |were )?(?:missed|cancelled|canceled)|stood (?:me )?up|let (?:me|us) down|been let down',
  // poor work
  'botched|bodged|bodge job|shoddy|cowboy|poor (?:job|workmanship|quality|work|repair|service|communication|standard)|bad job|made it worse|not (?:fixed|done|repaired|finished|sorted) properly|(?:fixed|repaired|sorted) (?:it )?badly|half (?:done|finished|a job)|left (?:a |the )?(?:right |real |big |huge |total |complete |terrible |horrible |awful )?(?:mess|job half)|(?:not|never) (?:finish|finished|complete|completed) (?:the |my |our |this )?(?:job|work|repairs?)|broke again|broken again|same (?:problem|issue|thing) again|keeps (?:coming back|happening|breaking)|came back again|happened again|back again',
  // service words
  '(?:disgusting|terrible|awful|shocking|appalling|poor|bad|useless|rubbish|dreadful|pathetic|diabolical|horrendous|atrocious|unacceptable|lousy|worst) (?:service|job|workmanship|response|landlord|housing association|association|council|company|repair|repairs|contractors?|staff|customer service|communication|treatment|attitude|call centre)',
  '(?:you|you lot|your (?:company|staff|service|contractors?|team|office)|the (?:council|service|landlord|housing|contractors?|office|repairs team)|this service|this company) (?:\\w+ )?(?:is |are |were |was )?(?:disgusting|useless|a joke|rubbish|terrible|appalling|pathetic|a disgrace|hopeless|incompetent|shocking|unacceptable|not fit for purpose|a shambles|clueless|lying|liars)',
  '(?:contractors?|engineers?|plumbers?|electricians?|joiners?|workm[ae]n|operatives?|painters?|decorators?|fitters?|builders?|your (?:\\w+ )?(?:man|men|staff|team|lads|guys)) (?:\\w+ ){0,2}(?:broke|broken|damaged|ruined|scratched|stained|smashed|cracked|chipped|left (?:a |the |my )?(?:right |real |big |huge |total |complete |terrible |horrible |awful )?(?:mess|muddy|mud|dirt|rubbish|rubble|dust)|lost|took|stole|messed|flooded|dirtied|was rude|were rude|swore)',
  '(?:wont|will not|not|refused to|refusing to) (?:pay|compensate|reimburse|replace it)|compensation|reimburse\\w*|promised (?:\\w+ ){0,6}(?:never|not|no one|nobody|didnt|still)|always engaged|(?:cant|can not|cannot|never|not) get through|on hold for|(?:kept|been|left) on hold|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:weeks|months|years) (?:for|to get|to fix|waiting|and still|now|later|on)',
  '(?:never|not|nobody|no one) (?:\\w+ )?(?:answers?|answering|picks? up|replies|reply|responds?|respond) (?:the |my |your )?(?:phone|calls?|emails?|messages?|texts?|letters?)?|(?:not|never) (?:been )?(?:collected|emptied|cleaned|cut|swept|cleared) (?:for|in|since)',
  'incompetent|unprofessional|dissatisfied|let down by|shambles|(?:speak|talk) to (?:a|the|your) (?:manager|supervisor|someone senior|boss|team leader)|(?:want|need) (?:a|the) manager',
  '(?:was|were|is|very|so|really|extremely) rude|rude (?:staff|man|woman|lady|operative|engineer|contractor|officer|plumber|workman|workmen|receptionist|person)|(?:lied|lying|lie) to (?:me|us)|(?:no one|nobody|noone|no body) (?:\\w+ )?(?:listens|cares|listening|caring|listened|cared|helps|helping|helped)|ignored (?:my|me|us|by)|ignoring (?:my|me|us)|being ignored|keep being ignored|(?:passed|pushed) from pillar to post|no (?:reply|response|answer) (?:from|to)',
  '(?:when (?:will|is|are) (?:someone|anyone|you|somebody) (?:going to |gonna )?(?:come|fix|sort|do))(?: \\w+){0,6} (?:still|again|weeks|months|already|ages)',
);
const MOOD = any(
  'useless|a joke|joke of a|disgrace|disgraceful|not good enough|not acceptable|unacceptable|ridiculous|outrageous|diabolical|not fit for purpose|no excuse|(?:not|never) (?:happy|satisfied|pleased|impressed) (?:with|about|by)|unhappy (?:with|about)|disappointed|let down',
  'fed up|sick of|sick and tired|had enough|(?:going|go|gone|write|writing|contact|contacting|complain|complaining|report you|reporting you) to (?:my |the |our )?(?:mp|member of parliament|councillor|ombudsman|housing ombudsman|local paper|newspaper|press|papers|solicitor|environmental health|the news|bbc|itv)|fuming|furious|livid|angry|so annoyed|annoyed|frustrated|frustrating|disgusted|disgusting|appalled|appalling|shocking|terrible|awful|not happy|unhappy|upset|gutted|at the end of my tether|beyond a joke|enough is enough|this is a joke|what a joke',
);

// ---------------------------------------------------------------- compliment
/** Our people, or the service, described with praise ("the plumber was brilliant"). */
const PEOPLE_PRAISED_SOURCE =
  '(?:plumber|engineer|electrician|joiner|carpenter|roofer|roofers|gardener|gardeners|painter|painters|decorator|decorators|fitter|fitters|workman|workmen|staff|team|officer|operative|contractor|guy|guys|lad|lads|man|lady|woman|he|she|they|gas man|gasman|fella|chap|bloke|service|job|work|everyone|you|u|your team) (?:\\w+ ){0,10}(?:was|were|is|are|did|been|have been|has been|done) (?:\\w+ )?(?:brilliant|magic|smashing|champion|class|tidy|lush|bostin|mint|ace|canny|courteous|patient|considerate|respectful|cheerful|a pleasure|a lovely job|a great job|a good job|fantastic|amazing|excellent|great|lovely|wonderful|superb|outstanding|so helpful|very helpful|really helpful|helpful|a star|stars|polite|professional|friendly|spot on|a credit|first class|top notch|fab|fabulous|a great job|a brilliant job|an amazing job|a fantastic job|a good job|such a good job|so quick|very quick|really quick|so kind|very kind|a diamond|a gem|legends?|a legend)';
const STRONG_PRAISE = any(
  // Being heard, said as thanks: "the officer really listened", "first time i felt believed".
  '(?<!(?:nobody|no one|never|not|didnt|dont|doesnt|hasnt|havent|wont) )(?:really|actually|properly|finally) (?:listened|understood|cared)|(?<!(?:not|never|didnt|dont) )(?:felt|feel) (?:believed|listened to|heard|supported|understood|taken seriously)',
  '(?:thank you|thankyou|thanks|thank u|thanx|thx|ty|cheers) (?:so much|very much|ever so much|a lot|loads|a million|so so much|soo much|sooo much|massively|hugely|from the bottom|for (?:everything|all (?:your|the) help|all you|sorting|fixing|coming|the quick|your help|getting|being|doing|a great|such|the great|the brilliant|the fast|your quick|the speedy|sending))',
  '(?:brilliant|fantastic|amazing|excellent|great|lovely|wonderful|superb|outstanding|fab|fabulous|first class|top notch|spot on|very helpful|so helpful|really helpful|professional|polite|friendly|efficient|quick|prompt|speedy|fast|good|nice|helpful|kind|perfect|smashing|top|cracking) (?:job|service|work|plumber|engineer|electrician|joiner|carpenter|workman|workmen|operative|operatives|guy|guys|lad|lads|man|lady|woman|staff|team|officer|contractor|contractors|gas man|gasman|repair|fella|chap|bloke|response|customer service|experience)',
  PEOPLE_PRAISED_SOURCE,
  '(?:looks?|looking) (?:\\w+ )?(?:great|fab|fabulous|lovely|amazing|brilliant|fantastic|smashing|really good|so much better|like new|beautiful|spotless|immaculate)|really pleased|very pleased|so pleased|really happy with|very happy with|so happy with|more than happy|delighted|impressed|shout ?out|credit to|a credit|well done|great job|good job|top job|brilliant job|amazing job|fantastic job|excellent job|keep up the good work|above and beyond|compliments? (?:to|for)|pass on my (?:thanks|compliments|gratitude)|couldnt be happier|could not be happier|10 out of 10|ten out of ten|5 stars|five stars|very grateful|so grateful|really grateful|much appreciated|really appreciate|really appreciated|very much appreciated|i want to (?:say|give) (?:a )?(?:big )?(?:thank|thanks)|want to thank|wanted to thank|would like to thank|like to thank|like to say thank|thank (?:\\w+ ){0,2}for (?:his|her|their|your|all (?:his|her|their|your)) (?:help|support|kindness|patience|hard work|work|time|understanding)|a big thank|huge thanks|massive thanks|big thanks|(?:thanks|thank you|thank u|thankyou|cheers) (?:\\w+ ){0,4}for (?:sorting|fixing|repairing|mending|coming|doing|getting|replacing|clearing|the quick|being so|your help|all (?:your|the|you))|just (?:wanted|want|writing) to (?:say|let you know|tell you) (?:\\w+ ){0,8}(?:amazing|brilliant|great|lovely|fantastic|excellent|thank|thanks|happy|pleased)|(?:new|the) (?:\\w+ ){0,2}(?:is|are|looks?|looking) (?:absolutely |really |so |just )?(?:amazing|stunning|beautiful|gorgeous|brilliant|fantastic|lovely|perfect)|special thanks|(?:looks?|looking|is|was) (?:\\w+ )?(?:lush|mint|bostin|ace)|(?:was|were|is|are|been) made up|bostin job|(?:polite|friendly|helpful|lovely|brilliant) and (?:tidy|clean|quick|polite|helpful|friendly)|many thanks to|star|legend|diamond|gem|made my day|lifesaver|life saver',
  'i want to (?:give|pay|make) (?:a )?compliment|compliment (?:the|your|about)|^ ?compliment',
);
const POLITE_THANKS = any('thank you|thankyou|thanks|thank u|thanx|thx|ty|cheers|ta|diolch|grateful|appreciate|great|brilliant|lovely|fab|amazing');
const PAST_WORK =
  'fixing|fixed|repairing|repaired|sorting|sorted|fitting|fitted|mending|mended|replacing|replaced|coming|came|clearing|cleared|unblocking|unblocked|did|done|helped';
/** Thanks or praise for work done: counts as clear praise. */
const THANKS_FOR_WORK = any(
  `(?:thank you|thanks|thank u|thankyou|thanx|cheers|diolch)(?: (?:so|very|ever so) much| a lot| loads)? for (?:fix|repair|sort|fit|mend|(?:\\w+ ){0,3}(?:${PAST_WORK}))\\b`,
  `(?:thanks|thank you|diolch|cheers) to (?:the|your|that|my) (?:\\w+ ){0,2}(?:who|that) (?:\\w+ )?(?:${PAST_WORK}|come|answered)\\b`,
  `(?:fixed|repaired|sorted|fitted|mended|replaced|came|cleared|unblocked|did|done) (?:\\w+ ){0,6}(?:really|so|very|super) (?:quick|quickly|fast|promptly)\\b|in no time`,
  '(?:cheers|thanks|thank you|thank u|big up|hats off|shout ?out|well done|credit) to (?:the|your|those|all the|ur) (?:\\w+ )?(?:roofers?|plumbers?|workm[ae]n|lads|team|guys|engineers?|electricians?|joiners?|builders?|fitters?|painters?|decorators?|gardeners?|staff|crew|contractors?|operatives?)',
  'tidied (?:up )?after (?:themselves|himself|herself)|(?:express|give|send|pass on) (?:my|our) (?:thanks|gratitude|appreciation)',
);
const PEOPLE_PRAISED = any(PEOPLE_PRAISED_SOURCE);
/** Names the people who did a job ("the electrician who came"): with praise, the job is what is praised. */
const WORKER_WHO_DID = any(
  `(?:man|men|lady|woman|lad|lads|guy|guys|bloke|fella|gentleman|chap|team|electrician|plumber|engineer|joiner|carpenter|operative|contractor|officer|fitters?|workm[ae]n|painters?|decorators?|roofers?) (?:who|that|what) (?:\\w+ )?(?:${PAST_WORK}|come)\\b`,
);
// The problem has gone and nothing is asked for. Kept narrow: "stopped" alone could be a
// boiler that has stopped, so the words must say it is over ("stopped now", "no longer").
const OVER_NOW = any(
  '(?<!not |never |no )(?:fixed|sorted|mended|repaired|resolved|cleared|unblocked|back on|working|works|working again|works again|better|all good|back to normal|calmed down) now',
  '(?<!not )now (?:fixed|sorted|resolved|working again|back on)',
  '(?:leak|leaking|drip|dripping|water|flooding|noise|music|banging|shouting|parties|party|smell|problem|issue) (?:\\w+ ){0,4}(?:has |have |had |is )?(?:stopped|gone away|died down|cleared up|eased off|calmed down)(?! working)(?: \\w+){0,4} now',
  'no longer (?:leaking|dripping|broken|blocked|cold|a problem|an issue|happening|needed|need|required|going on|a worry|an emergency)',
  '(?:loads|much|so much|a lot|far|way|heaps) better',
  '(?:no|not) need (?:for (?:anyone|someone|a visit|an engineer|a plumber|an electrician|a repair|the appointment)|to (?:send|come|book|arrange|visit|call|worry))|not need (?:anyone|someone|a visit|an engineer|a plumber)(?: now| any ?more)?|(?:cancel|cancelling) (?:the|my) (?:repair|job|appointment|visit|engineer|plumber)',
  '(?:sorted|fixed|cleared|righted) itself|(?:came|come|comes|went|gone) back on|panic over|false alarm|ignore (?:my|the) (?:last|previous|earlier) (?:message|text)',
);
const CONTRAST = any('but|however|although|though|except|apart from|only thing|shame|still|now the|now my|now there|another problem|new problem');
const RESOLVED = any(
  'fixed|sorted|repaired|mended|resolved|done|completed|finished|came|come out|came out|come round|came round|came today|came yesterday|attended|turned up|working again|works again|all good now|back on|no more|fitted|installed|put in|replaced|new|for (?:sorting|fixing|repairing|mending|coming|doing|getting|replacing|clearing|cleaning|painting|fitting|installing)|looks (?:great|lovely|amazing|fantastic|brilliant|good)|(?:great|good|brilliant|lovely|fantastic|amazing|excellent|top) (?:job|work) (?:on|with)',
);

// ---------------------------------------------------------------- comment
const COMMENT = any(
  '(?:you|u|they|the council|housing|landlord|someone) (?:should|could|ought to|need to think about|might want to|should really|should consider|could consider)',
  'tbh|to be honest|in a daft place|daft|silly idea|bad idea|good idea|not a good idea|pointless|waste of money|suggestion|suggest|suggesting|suggestions|it would be (?:nice|good|great|better|helpful|lovely|useful) (?:if|to)|would be (?:nice|good|great|better|helpful|lovely|useful) (?:if|to)|why dont you|why not (?:put|have|add|make|plant|install|do)|could you (?:think about|consider|look at putting|look into putting)|just to let you know|just letting you know|thought (?:you|youd) (?:should|would|might|like to) know|fyi|for your information|for info|feedback|an idea|my idea|idea for|i think (?:it|you|the)|in my opinion|imo|just a thought|it would help if|wish you would|wish they would|consider (?:putting|adding|installing|planting|making)|more (?:bins|benches|lights|lighting|trees|parking|play areas?|events|seats|litter bins)|a (?:bench|new bench|play area|community garden) (?:would|could|on)|a comment|my comment|comment on|comment about|i noticed that|noticed that|observation',
  // feedback on how we are reached: "the website is confusing", "not easy to use"
  '(?:app|website|web site|site|portal|online form|online account|my account|phone menu|phone line) (?:\\w+ ){0,3}(?:is|was|are|were|seems|looks) (?:\\w+ )?(?:ok|okay|good|great|fine|confusing|hard|difficult|slow|clunky|easy|easier|better|worse)|hard to (?:find|use|navigate|follow)|(?:not|isnt) (?:very )?(?:user friendly|easy to (?:use|find|navigate))',
  // Suggestions said plainly: "could do with some raised beds", "maybe some swings too",
  // "evening appointments would help people who work", "should be online too",
  // "make it 3 questions and more people would do it", "not a complaint just saying".
  '(?:could|would) do with (?:a|an|some|more|new|better|proper)\\b|maybe (?:some|a|an|more|also)\\b|(?:would|wud|could|might) (?:really )?help (?:people|tenants|residents|everyone|everybody|folk|those|families|parents|a lot|loads)',
  '(?:should|shud|ought to) (?:also )?(?:be|have|do|offer|include|run|hold|let|go) (?:\\w+ ){0,4}(?:too|as well|also|instead)\\b|(?:and|then) more (?:people|tenants|residents|folk) (?:would|will|might|could)|not a complaint|just saying|(?:just|only) a (?:suggestion|thought|idea)',
);

// ---------------------------------------------------------------- enquiry
/** Asking whose job a thing is ("is that you or the council i ring?"): a question, and an enquiry before any complaint. */
const WHOSE_JOB_SOURCE =
  '(?:is|was) (?:that|this|it) (?:you|u|yous|your lot|you lot) or (?:the )?\\w+|who (?:do|should|shall) (?:i|we) (?:ring|call|phone|contact|report (?:it|this) to|speak to)|whose (?:job|responsibility)';
const WHOSE_JOB = any(WHOSE_JOB_SOURCE);
const QUESTION = any(
  WHOSE_JOB_SOURCE,
  '^ ?(?:how|when|what|where|who|why|which|whats|wheres|whens|hows|can|could|do|does|is|are|will|would|should|may|is there|are there|anyone|any news|any update)',
  'is (?:that|this|it|they) (?:\\w+ )?(?:allowed|ok|okay|normal|acceptable|legal|reasonable)|are (?:they|people|neighbours) (?:\\w+ )?allowed|how (?:long|much|many|do|does|can|often|soon|far)|when (?:will|is|are|do|does|can|should|would|was)|what (?:time|day|date|is|are|do|does|should|can|happens|number|about)|where (?:is|are|do|can|should)|who (?:is|do|can|should|will)|can i|could i|do i|should i|am i|is it|is there|are there|do you|does it|will you|would you|could you|can you|can someone|could someone|any (?:news|update|idea|chance)|i (?:was )?wondering|i would like to know|id like to know|want to know|wanted to know|need to know|please (?:tell|let me know|advise|confirm)|let me know|what are (?:your|the) opening',
);
const ENQUIRY_TOPIC = any(
  '(?:my|your|our|the (?:tenants?|landlords?|councils?)|tenants?|landlords?) responsibility|responsible for|whose responsibility|who (?:is|has) to (?:fix|repair|pay|sort)|do (?:you|u) (?:fix|repair|cover|do|replace)|do i (?:have to )?(?:fix|repair|pay|replace|sort)|(?:will|would) i (?:be charged|have to pay)|rechargeable|recharge|recharged|buy (?:my|our|the) (?:council )?(?:house|home|flat|property)|prepayment|pre payment|key meter|card meter|smart meter|energy supplier|utility bills?|utilities|top up|rent|rents|arrears|rent account|balance|statement|payment|payments|pay my|paying|direct debit|standing order|housing benefit|universal credit|council tax|service charges?|ground rent|lease|leasehold|leaseholder|right to buy|right to acquire|shared ownership|garage|garages|housing application|housing register|waiting list|bidding|bid|bids|band|banding|transfer|mutual exchange|house swap|home swap|swap|downsize|downsizing|move house|moving house|moving out|move out|moving in|new tenancy|tenancy|tenancy agreement|succession|joint tenancy|sole tenancy|keys?|key fob|fob|parking permit|permit|permission|apply|application|opening hours|open today|office|phone number|contact number|email address|address to write|appointment (?:time|date)|reference number|ref number|inspection|decant|adaptation|adaptations|stair lift|stairlift|grab rail|ramp|pets? (?:allowed|permission)|keep a (?:dog|cat|pet)|have a (?:dog|cat|pet)|get a (?:dog|cat|pet)|end my tenancy|ending my tenancy|give notice|notice period|hand back|deposit|insurance|contents insurance|home contents|newsletter|tenants association|residents association|get involved|job|jobs|vacancies|gas safety (?:check|inspection|appointment|certificate)|(?:annual|yearly) (?:gas |boiler |electrical |electric )?(?:service|servicing|check|safety check|inspection)|gas (?:service|servicing)|electrical check|eicr|bin collection|bin day|recycling|compensation|refund|wellbeing|support worker|housing officer|who is my',
);
const SERVICE_TALK = any(
  '(?:your|the) (?:service|repairs? team|team|staff|office|call centre|customer service|customer services|contractors?|housing officer|communication)|(?:missed|cancelled|rearranged) appointments?|appointments? (?:missed|cancelled)|customer service|call centre|nobody (?:calls|rings) back|no one (?:calls|rings) back',
);
const FILLER =
  /^(?:what|huh|eh|sorry|pardon|hi+|hello+|hey+|hiya|helo|ello|yo|ok+|okay|okey|k+|kk|yes|yeah|yep|ya|no|nope|nah|thanks|thank you|thankyou|thanx|thx|ty|cheers|ta|good morning|good afternoon|good evening|morning|afternoon|evening|help|test|testing|bye|goodbye|great|cool|fine|sure|right|alright|\?+|\.+|)(?: (?:hi|hello|there|ok|okay|thanks|thank you|cheers|ta|mate|please|x+|lol|again|then|so much|great|cool|lovely|brilliant|fine|no problem|bye|love|hun|babe|pal|bud|then|very much))*$/;

// ---------------------------------------------------------------- suggestions, people, appointments
const SUGGESTION = any(
  '(?:would|wud|wd|it would|itd) be (?:really |so )?(?:good|nice|great|better|helpful|lovely|useful|handy|ace|brilliant)(?! job)',
  'why not (?:\\w+ )?(?:put|have|add|make|plant|install|do|get|build|open|turn|stick|fit|set up|try|use|give|let|move)|why dont (?:you|u) (?:put|have|add|make|plant|install|do|get)',
  '(?:could|can|would) (?:you|u|they|the council|you lot|u lot) (?:please |pls )?(?:put|add|plant|install|build|make|provide|get|think about|consider|look into|start|run|organise|do) (?:a|an|some|more)',
  '(?:more|better) (?:stuff|things|info|information|events|activities|news|bins|benches|seats|lighting|lights|trees|parking|play \\w+) (?:about|for|on|round|around|in|would|pls|please)',
  '^ ?(?:it )?(?:d )?be (?:really |so )?(?:nice|lovely|good|great|handy|helpful|better) (?:if|to)|maybe (?:make|put|add|do|have|get|try|let|give|ask)|it would help if|(?:i|we) (?:suggest|think you should|reckon you should)|suggestion|suggest',
  '(?:needs|need) more (?:bins|benches|seats|lighting|lights|trees|parking|play)',
);
const PERSON_REQUEST = any(
  '(?:speak|talk|chat) (?:to|with) (?:a|an|the|my|someone|somebody|some1|anyone|a real|an actual) ?(?:real |actual |human |proper |live )?(?:person|human|someone|somebody|body|officer|housing officer|adviser|advisor|agent)?',
  '(?:can|could|will|would) (?:someone|somebody|some1|sum1|anyone|you|u|she|he|my housing officer) (?:please |pls )?(?:ring|call|phone|contact) (?:me|us)',
  '(?:ring|call|phone) me (?:back|please|pls|asap)|(?:need|want|like) (?:a |to )?(?:call|ring|phone call) back|a real person|not a robot|an actual person|a human',
  'when is my (?:housing )?officer (?:in|available|back|free)|(?:need|want) to (?:talk|speak) to (?:her|him|them|my (?:housing )?officer)',
);
const APPOINTMENT_QUESTION = any(
  '(?:when|whens|what time|what day|what date|is) (?:is |s |will )?(?:my|the|our) (?:next )?(?:appointment|appt|visit|booking|repair date)',
  '(?:when|what time) (?:is|will) (?:the|my) (?:\\w+ )?(?:man|engineer|plumber|electrician|joiner|contractor) (?:coming|come|due|booked)',
  '(?:is|has) (?:my|the) (?:appointment|visit) (?:still|been) (?:on|booked|confirmed)',
);
const ABOUT_STAFF = any(
  STAFF,
  '(?:man|men|bloke|lad|lads|guy|guys|woman|lady|person|fella) (?:who|that|what) (?:came|come|was sent|did|done|fixed|fitted|repaired)',
  // work done for the tenant that is failing already: "the worktop they fitted is already lifting"
  '(?:they|you|u) (?:just |only )?(?:fitted|installed|put in|replaced) (?:\\w+ ){0,3}(?:is |are |was |were |has |have )?(?:already|only just)',
);
const PERMISSION_QUESTION = any(
  'is (?:it|that|this|they) (?:\\w+ )?(?:allowed|ok|okay|normal|acceptable|legal|reasonable)|are (?:they|people|neighbours) (?:\\w+ )?allowed',
  '(?:can|could|should) (?:they|she|he|my neighbou?r|the neighbou?rs?|neighbou?rs) (?:\\w+ )?(?:do|use|have|run|play|hoover|be|keep)|(?:what|is there anything) (?:can|could|should) (?:i|we|you) do',
);
const NO_FAULT = any(
  '(?:i know|i realise|i realize|i understand) (?:its|it is|that is|thats|they are|theyre) (?:normal|not (?:his|her|their|anyones) fault|just)',
  '(?:im |i am |i )?not complaining|(?:theyre|they are|hes|shes|its|thats) (?:just )?(?:living|normal life|everyday living)|just (?:normal|living)|not (?:his|her|their|anyones|anybodys) fault|just letting (?:you|u) know|just (?:to )?let (?:you|u) know|(?:i|we) know its normal|its normal',
);

function isOverNow(t: string): boolean {
  const m = OVER_NOW.exec(t);
  return m !== null && !CONTRAST.test(t.slice(m.index + m[0].length));
}

/** Read the kind cues from normalised text. */
export function readKindCues(normalised: string): KindCues {
  const t = prepare(normalised);
  // A filler is judged on the first reading only (see readingOf).
  const bare = (t.split(READING_BREAK)[0] ?? '').trim();
  const complaint = COMPLAINT.test(t);
  const complaintAboutNeighbour = COMPLAINT_ABOUT_NEIGHBOUR.test(t);
  const thanksForWork = THANKS_FOR_WORK.test(t);
  const strong = STRONG_PRAISE.test(t) || thanksForWork;
  const praiseForWork = thanksForWork || (strong && WORKER_WHO_DID.test(t));
  const peoplePraised = PEOPLE_PRAISED.test(t);
  const question = QUESTION.test(t);
  const enquiryTopic = ENQUIRY_TOPIC.test(t);
  const polite = POLITE_THANKS.test(t);
  return {
    complaint,
    complaintAboutNeighbour,
    dissatisfied: DISSATISFIED.test(t),
    mood: MOOD.test(t),
    compliment: strong ? 2 : polite ? 1 : 0,
    praiseForWork,
    peoplePraised,
    contrast: CONTRAST.test(t),
    resolved: RESOLVED.test(t),
    overNow: isOverNow(t),
    comment: COMMENT.test(t),
    enquiry: question || enquiryTopic,
    question,
    whoseJob: WHOSE_JOB.test(t),
    enquiryTopic,
    serviceTalk: SERVICE_TALK.test(t),
    representative: REPRESENTATIVE.test(t),
    complaintProcess: COMPLAINT_PROCESS.test(t),
    filler: FILLER.test(bare),
    serviceFailure: SERVICE_FAILURE.test(t) || HANDLING.test(t),
    handling: HANDLING.test(t),
    suggestion: SUGGESTION.test(t),
    personRequest: PERSON_REQUEST.test(t),
    appointmentQuestion: APPOINTMENT_QUESTION.test(t),
    noFault: NO_FAULT.test(t),
    aboutStaff: ABOUT_STAFF.test(t),
    permissionQuestion: PERMISSION_QUESTION.test(t),
  };
}

/** The sender is an MP or councillor acting for a resident. */
export function isRepresentative(normalised: string): boolean {
  return REPRESENTATIVE.test(prepare(normalised));
}

/** The message expresses dissatisfaction with the landlord's service (not just a neighbour). */
export function expressesDissatisfaction(normalised: string): boolean {
  const c = readKindCues(normalised);
  return c.complaint || c.dissatisfied;
}
