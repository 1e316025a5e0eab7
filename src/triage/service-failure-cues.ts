// The words that say the landlord's own service failed: a missed appointment, mess left after
// a job, calls not returned, a workman's conduct, a promise broken, our repair failing again.
// Read by kind-cues.ts (`serviceFailure`, `handling`, `aboutStaff`): such a text is a
// complaint even when it names a repair, and the repair goes on. Kept apart so the list can
// grow without burying the other kind cues.
import { phrase } from './reading.js';

const any = (...sources: string[]): RegExp => phrase(sources.join('|'));

const AGENT =
  '(?:workm[ae]n|contractors?|engineers?|plumbers?|electricians?|joiners?|carpenters?|operatives?|fitters?|kitchen fitters|painters?|decorators?|roofers?|builders?|gas ?man|repair ?man|repairs? (?:team|line|people)|the (?:man|men|bloke|lad|lads|guy|guys|woman|lady)|(?:lady|man|woman|girl|bloke|guy|person) (?:on|at) (?:the )?(?:phone|phones|desk|reception|call centre)|your (?:man|men|lads|staff|team|people|officer)|(?:ur|your|you|u) lot|they|he|she)';
/** Our staff and contractors by name of trade, without pronouns: a neighbour who swears is not a workman who swore. */
export const STAFF =
  '(?:workm[ae]n|contractors?|engineers?|plumbers?|electricians?|joiners?|carpenters?|operatives?|fitters?|kitchen fitters|painters?|decorators?|roofers?|builders?|gas ?man|repair ?man|repairs? (?:team|line|people)|(?:lady|man|woman|girl|bloke|guy|person) (?:on|at) (?:the )?(?:phone|phones|desk|reception|call centre)|your (?:man|men|lads|staff|team|people|officer)|(?:ur|your|you|u) lot|surveyors?|inspectors?|(?:housing|asb|anti social behaviour|neighbourhood|tenancy|income|estate|patch|rent|lettings) (?:officers?|team|managers?|department|dept)|one of (?:your|ur|you) (?:staff|team|lot|workers|people|officers))';
export const SERVICE_FAILURE = any(
  // appointments
  '(?:let (?:me|us) down|stood (?:me|us) up|(?:been|was|were|got|keep being|kept being) let down) (?:\\w+ ){0,3}(?:appointment|visit|repair|job)|(?:booked|appointment|appointments|visit) (?:\\w+ ){0,4}(?:then |and then )?(?:cancel|cancelling|cancelled|cancels|not (?:turn up|show|come))',
  '(?:texting|texts?|saying|ringing) (?:\\w+ ){0,4}(?:appointment|visit) (?:\\w+ ){0,3}(?:then|and) (?:\\w+ ){0,2}(?:cancel\\w*)',
  // calls not returned, how the phone was handled
  '(?:nobody|no one|noone|nobody has|no one has|never|not) (?:has )?(?:\\w+ )?(?:rung|rang|called|phoned|got back to|ring|call|phone|contacted) (?:me |us )?back|like (?:they|you|he|she) said (?:they|you|he|she) would|(?:rang|rung|called|phoned|emailed|chased) (?:\\w+ )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|loads of|so many) times',
  '(?:left|sent|leaving) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|loads of|so many) (?:messages|voicemails|emails|texts)|(?:cant|not|never) (?:get in touch|get hold|get through) (?:with|to) (?:my|the|your|anyone|someone)',
  '(?:put|slammed|hung) (?:the )?phone down on (?:me|us)|hung up on (?:me|us)|(?:kept|left|had) (?:me|us) on hold|on hold (?:for )?(?:\\d+|ages|an hour|hours)|cut (?:me|us) off|(?:was|were|is|been) (?:really |very |so )?(?:short|rude|abrupt|off|dismissive|unhelpful|patronising|condescending|sarcastic) (?:with|to) (?:me|us|my)',
  // how long a repair took, or is taking
  '(?:took|taken|taking|take) (?:you |u |them )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few) (?:days|weeks|wks|months|mths|years) (?:to (?:fix|sort|repair|come|do|send)|for (?:a|an|the|my|someone))',
  '(?:been )?waiting (?:\\w+ )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:weeks|wks|months|mths|years) for (?:my|the|our|a|an|someone|them|you) (?:\\w+ ){0,4}(?:to be (?:fixed|done|repaired|sorted|looked at)|fixed|repaired|sorted)',
  'reported (?:it |this |the \\w+ )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|so many|loads of) times|all (?:you|u|they) (?:ever )?do is|(?:send|sent|sending) (?:someone|somebody|a man|a bloke) (?:\\w+ ){0,2}to (?:wipe|paint over|look at it)',
  // mess or damage left after a job, a job left unfinished
  `${AGENT} (?:\\w+ ){0,6}(?:left|leaving|dumped) (?:\\w+ ){0,4}(?:mess|plaster|dust|rubble|rubbish|debris|muck|dirt|old (?:toilet|sink|bath|boiler|units?|kitchen|door|carpet|bits|gutter|guttering|pipes?)|bits|offcuts|hole|holes|tools|waste)`,
  '(?:left|leaving|dumped) (?:the |my |our |a |an )?(?:old|massive|big|huge|right|real|gaping) (?:\\w+ )?(?:in|on|all over|outside) (?:my|our|the)|(?:a |the )?(?:massive |big |huge )?(?:hole|mess) (?:\\w+ ){0,2}left (?:in|on)|(?:they|he|she) (?:just )?walked off|didnt (?:even )?put (?:any )?(?:dust )?sheets down|not (?:even )?put (?:any )?(?:dust )?sheets down|only did half|(?:never|not|didnt) (?:come|came) back(?: to finish)?',
  `(?:after|when) (?:fixing|fitting|doing|repairing|replacing) (?:\\w+ ){0,4}(?:left|walked off|broke|damaged|ruined)`,
  // a workman's or call handler's conduct
  // blame, a job closed that is not done, our charge disputed, the tenant's details given out
  `(?:${STAFF}) (?:\\w+ ){0,4}(?:said|says|saying|told (?:me|us)|blamed|blames|blaming|reckons) (?:\\w+ ){0,4}(?:my|our) (?:own )?fault|(?:${STAFF}) (?:broke|smashed|cracked|damaged|ruined|scratched)\\b`,
  '(?:closed|signed off|marked|recorded|logged|put) (?:it|this|my \\w+|the \\w+|the job)(?: \\w+)? (?:as |down as )?(?:complete|completed|done|fixed|finished|resolved)\\b',
  `(?:${STAFF}) (?:\\w+ ){0,3}(?:gave|give|given|passed|told|shared|leaked|disclosed|handed) (?:out |on )?(?:my|our) (?:new |home )?(?:address|number|phone number|details|information|info)`,
  `(?:${STAFF}|(?:man|bloke|lad|guy|woman|lady) (?:who|that) (?:came|come)) (?:\\w+ ){0,12}(?:swore|swearing|sworn|rude|smoking|smoked|shouted at|was drunk|stank|without (?:ringing|calling|knocking|phoning|warning)|(?:not|wouldnt|would not|refused to) (?:show|give) (?:\\w+ )?(?:id|identification|badge|name))`,
  `(?:${STAFF}) (?:\\w+ ){0,2}(?:broke|smashed|cracked|scratched|damaged|ruined|stained|chipped) (?:my|our|the)`,
  // "left it in a state", "didnt wear shoe covers", "muddy footprints all over"
  '(?:left|leaving|leave) it (?:in )?(?:a |an )?(?:right |real |terrible |awful |total |complete |absolute )?(?:state|mess|tip|shambles|bomb site)|(?:not|no|without|never) (?:\\w+ )?(?:wear|wearing|wore|use|using|put on|bring|brought)? ?(?:any )?(?:shoe covers|overshoes|boot covers|dust sheets)|muddy (?:foot ?prints|boot ?prints|boots) (?:\\w+ ){0,2}(?:on|all over|through|across)',
  '(?:left|leaving|leave) (?:my|our|the) (?:\\w+ )?(?:garden|kitchen|bathroom|house|flat|home|hall|hallway|carpet|room|floor|place) (?:in )?(?:a |an )?(?:right |real |terrible |awful |total |complete |absolute )?(?:state|mess|tip|shambles|bomb site)|left without (?:finishing|completing|doing|fixing|sorting|tidying|cleaning)|(?:didnt|never|not|did not) (?:even )?finish(?:ed)? (?:the |my |our )?(?:job|work|repair)',
  '(?:had to|have to|having to) wait (?:\\w+ ){0,2}(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days|weeks|wks|months|mths|years)|how long (?:it|this|the \\w+|you|u) (?:took|has taken|have taken|is taking|are taking|takes|take)|(?:took|taking|taken|takes) (?:you |u |them )?(?:so|too|far too|way too) long',
  '(?:promised|waiting for|still waiting for|never got|never had|still not had|not had) (?:a |my |the )?(?:call|ring|phone call) ?back|(?:promised|said (?:they|he|she|you) (?:would|will|d)|supposed to) (?:\\w+ ){0,2}(?:call|ring|phone|get back to|contact) (?:me|us)(?: back)?|(?:painted|wiped|papered|covered|plastered) over (?:the |it|them)|instead of (?:fixing|treating|sorting|repairing|replacing) (?:it|the|them)',
  // fobbed off or passed between teams ("they said ring housing, housing said ring repairs")
  'fobbed off|brushed off|palmed off|(?:not|never) (?:been )?taken seriously|(?:said|told (?:me|us)) (?:to )?(?:ring|call|phone|contact|speak to|try) (?:\\w+ ){1,5}(?:said|told (?:me|us)) (?:to )?(?:ring|call|phone|contact|speak to|try)|(?:keep|kept) (?:getting|being) (?:told|fobbed|passed)',
  // the work left it worse, or was said to be done when it is not; the call that dropped
  'worse than (?:before|it was|when)|(?:every|each) time (?:they|you|u|he|she) (?:\\w+ ){0,2}(?:say|says|said|tell|told) (?:me |us )?(?:its|it is|it was|its been|it has been) (?:done|fixed|sorted)|(?:got|was|were|been|get) cut off|(?:\\d+|ten|twenty|thirty|forty|fifty) (?:mins|minutes|hours|hrs) on hold',
  '(?:second|2nd|third|3rd|fourth|4th|fifth|5th|umpteenth) time (?:someone|somebody|they|you|he|she|a \\w+|an \\w+|the \\w+|someones|theyve|youve) (?:has |have )?(?:come|came|been) (?:out |round )?(?:to )?(?:fix|look|sort|repair|do)',
  '(?:not|never|am not|im not|i not|i am not) (?:happy|satisfied|pleased) (?:with|about|by) (?:this|the|your|ur) (?:service|contractor|workman|engineer|plumber|electrician)',
  '(?:not|wont|will not|refus\\w*) (?:to )?take responsibility|(?:nobody|no one) (?:will )?takes? responsibility|(?:no|without) (?:id|identification)',
  // our people hours late ("turned up 2 hours late"), or walking mud through the home
  `(?:${STAFF}|(?:ur|your|you|u) (?:\\w+ )?(?:man|men|bloke|lad|guy|woman|lady|surveyor|officer|contractor|engineer|plumber|electrician|workmen|operative|team)) (?:\\w+ ){0,3}(?:turned up|arrived|showed up|rocked up) (?:\\w+ ){0,2}(?:hours?|hrs?|\\d+ mins|\\d+ minutes) late`,
  `(?:${STAFF}|(?:ur|your|you|u) (?:\\w+ )?(?:man|men|bloke|lad|guy|woman|lady|surveyor|officer|contractor|engineer|plumber|electrician|workmen|operative|team)) (?:\\w+ ){0,8}(?:walked|trod|trailed|tramped|traipsed) (?:\\w+ )?(?:mud|muck|dirt|plaster|dust) (?:all )?(?:over|up|through|in|across)`,
  // a visit booked and nobody came, told at length ("booked 8 till 12 ... took the day off ... nobody turned up")
  '(?:booked|appointment|appt|was (?:due|supposed to come|meant to come|coming)|took (?:the |a )?day off) .{0,160}?(?:nobody|no one|noone|never|didnt|did not|not|no body) (?:even )?(?:turned up|showed up|turn up|show up|showed|came|come round)',
  // a visit promised and nobody came, told without the word booked: "he said he would come on monday ... nobody came, i stayed off work"
  '(?:said|told (?:me|us)|promised|promised (?:me|us)) (?:that )?(?:he|she|they|someone|somebody|you|u|an engineer|a plumber|the \\w+) (?:would|will|was going to|were going to|d|is going to|are going to) (?:come|be (?:here|round|out|in touch)|turn up|call|ring|pop round) .{0,100}?(?:nobody|no one|noone|never|didnt|did not|not|no body) (?:even )?(?:turned up|showed up|turn up|show up|showed|came|come|called|rang)',
  '(?:stayed|stopped) (?:off|of|home from|in from) work (?:\\w+ ){0,6}(?:nobody|no one|noone|never|didnt|did not|not|no body) (?:even )?(?:turned up|showed up|turn up|show up|showed|came|come)|(?:nobody|no one|noone|never) (?:\\w+ ){0,2}(?:came|come|turned up|showed up) (?:\\w+ ){0,4}(?:stayed|stopped|took (?:a |the )?day) (?:off|of|home)',
  // the story told again and again, to person after person; our people letting themselves in
  '(?:told|explained|repeated|gone through|given) (?:my story|it|this|the same thing|everything|the whole story|my problem) (?:\\w+ ){0,2}(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|so many) (?:times|different people)|(?:\\d+|three|four|five|six|seven|eight|nine|ten|several|so many) different (?:people|officers|staff|advisers|advisors|people on the phone)',
  `(?:${STAFF}) (?:\\w+ ){0,2}let (?:themselves|himself|herself) in(?:to)?`,
  // nobody tells us anything, answers or replies; a promise broken and said to be a lie
  '(?:nobody|no one|noone|no body|nobodys|no ones) (?:from (?:\\w+ ){1,3})?(?:will|can|could|has|have|is able to|seems to|ever|even)? ?(?:tell|told|give|gave|update|updated|answer|answers|answered|reply|replied|respond|responded) (?:me|us|my (?:calls|emails|messages|letters)|about|to)',
  '(?:being|been|keep being|kept being|sick of being|fed up of being|tired of being) lied to|(?:lied|lying) to (?:me|us)',
  // a timescale we gave and broke: "you said 6 weeks max" (and it has been 11)
  '(?:you|u|they|he|she|housing|the council|the officer|your officer) (?:\\w+ )?(?:said|told (?:me|us)|promised|promised (?:me|us)) (?:\\w+ ){0,4}(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of) (?:days?|weeks?|wks|months?) (?:max|maximum|tops|at most|at the most|at the latest)',
  // our call never returned: "waited three weeks for someone to return my call"
  '(?<!(?:for|after|by) )(?:return|returned|returning) (?:my|our|me|any of my|any of our) (?:calls?|phone calls?|messages?|emails?|voicemails?)(?! (?:so|really|very) (?:quick|quickly|fast|promptly))|(?:waited|waiting|been waiting) (?:\\w+ )?(?:\\d+|a|an|one|two|three|four|five|six|several|many|a few|a couple of) (?:days?|weeks?|wks|months?) for (?:someone|anyone|somebody|them|you|the \\w+) to (?:return|call|ring|phone|get back|reply|respond)',
  // a repair of ours that failed again: "you fixed the leak in october and its leaking again in the same place"
  '(?:you|u|they|he|she|your (?:\\w+ )?(?:man|men|lads|team|contractors?|plumbers?|roofers?|engineers?)) (?:\\w+ )?(?:fixed|repaired|sorted|mended|patched|replaced|did|came and (?:fixed|did|sorted)) (?:\\w+ ){0,8}(?:and|but|now) (?:\\w+ ){0,4}(?:leak\\w*|drip\\w*|broke\\w*|not working|stopped|packed up|failed|blocked|cold|cracked|coming (?:off|away|through|in)|falling (?:off|down)|same (?:problem|thing|issue)) (?:\\w+ ){0,4}(?:again|same (?:place|spot))',
  // poor work, said of the job: "shoddy job", "botched"; a fitting of ours failing already
  '(?:shoddy|botched|bodged|bodge|cowboy|sloppy|slapdash) (?:job|work|workmanship|fitting|repair|finish)|(?:they|you|u|he|your (?:\\w+ )?(?:man|men|lads|fitters?|team)) (?:just )?(?:fitted|installed|put in|replaced|did|fixed) (?:\\w+ ){0,3}(?:is|are|was|were|has|have|keeps)? ?(?:already|now) (?:\\w+ ){0,2}(?:lifting|broken|broke|leaking|cracked|cracking|peeling|coming off|coming away|falling off|loose|damaged|failed|stopped|hanging off|not working)',
  // asking over the handler's head: "I want someone senior to look at it"
  '(?:want|need|like|demand|ask for) (?:to (?:speak|talk) to )?(?:someone|somebody|a person|a manager) (?:more )?senior',
  // a visit that left without looking; our people disowning the job
  'left without (?:even )?(?:looking|checking|a word|saying|explaining|doing anything)',
  `(?:${STAFF}|(?:they|he|she)) (?:\\w+ ){0,3}said (?:it|its|it is|it was) (?:wasnt|was not|isnt|is not|not) (?:our|your|their|his|her|my) (?:responsibility|job|problem)`,
  // our account says they owe what they paid: "says im in arrears but i pay every month"
  '(?:arrears|owe|owing|in debt|charged|charging|overcharged|bill) (?:\\w+ ){0,10}but (?:i|we) (?:\\w+ ){0,2}(?:paid|pay|have paid|always pay|paying)',
  // a paid-for service not done ("paying service charge for cleaning and nobody has mopped the stairs")
  '(?:pay|paying|paid) (?:\\w+ ){0,3}(?:service charge|for (?:the )?(?:cleaning|cleaner|gardening|grass cutting|grounds maintenance|caretaker|window cleaning))|(?:hasnt|havent|has not|have not|not|never) been (?:cut|mowed|mown|cleaned|swept|emptied|collected|strimmed|tidied|gritted) (?:once|at all|for|in|since|all)|(?:nobody|no one|noone|never) (?:has |have )?(?:\\w+ )?(?:cleaned|mopped|swept|hoovered|cut|mowed|emptied|tidied|strimmed)',
);
// How a case of ours was handled ("not happy with how my neighbour dispute has been handled"): about us, whatever the case was about.
export const HANDLING = any(
  '(?:not happy|unhappy|disappointed|fed up|disgusted|appalled|angry|furious) (?:\\w+ ){0,3}(?:with|about|at|by) (?:how|the way) (?:\\w+ ){0,5}(?:has been|have been|was|were|is being|are being|got|been) (?:handled|dealt with|managed)',
);
