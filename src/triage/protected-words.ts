// Real English words normalise() must leave as written, even though they sit within a
// letter or two of a word it knows and would otherwise be "corrected" to it. Most of the
// list is generated from SCOWL, so it is long; it lives in its own file so that normalise.ts
// reads as logic, and so that regenerating the list touches nothing else.
/**
 * Real English words that sit within the fuzzy distance of a known word and must never be
 * "corrected". The generated block holds every word of SCOWL (size 35, English and British;
 * Kevin Atkinson's word lists, free to use with notice) that normalise() would otherwise
 * change; regenerate it when the vocabulary grows by running normalise() over that list and
 * adding each word it alters. Lines starting with // are ignored.
 */
export const PROTECTED_WORDS = `
aspirin martin raisin robin cabin muffin coffin penguin anti theyre youre hes shes its ive ill whats thats theres
heres wheres lets weve wed theyve theyll youll youve id quad quads
peel peels peeled peeling swollen spins spinning flights staffie staffy bruises bruised mick mickey
wifes husbands sons mums dads nans
// generated: begin
aback abandons abode abort abound aboveboard abrasive abuser abuses accident acing acre acts adapting adaptive
addition additions admiring adopted adoption adoptions afterlife afternoons aground aiding ailing aiming
airier airline airmail airstrip alarmist alga allays alter amassing amazingly ambulances ambushed amply amuse
amused annually annul antic anus anythings appalled appallingly apparelling appealing apple apter aptly
arching arena arenas aria arias arming aromatic arousing arse arterial arts ashes ashing aspiring assailed
assaulter assaults associating associations associative attach attached attacker attacks attained attempts
attested attiring attracted auction auctions aunt aunts autocratic automate automated automates automating
automation await awaiting awarding awry axiomatic ayes babbling babes babier babiest backfire backfired
backfires backfiring background backhand backlog backpack backpacked backside backspace backtrack backtracking
bade badge bagging bags bailing bake baked bakeries bakes baking bald bale ball ballroom ballrooms band
bandaging banding bands bandying bani banished banishes bank banked banking banks banning bans barb barbecued
barbecues barbed barbing barbs bard bards bareback bark barked barks barley barn barns barren barrings
barrister barristers baseline bash bashes basic basics basil basis bask basked basking bass baste basted batch
batching bathe bats batter battered battering batters baud baulking bawl beaching bead beak beaker beakers
bean bear beard bearded bearding beards bears beast beat bedclothes bedrocks bedside bedtime beef beefing
beefs beers beet beets beforehand begs behavioural bellowing belt benefited benefits bent berthing beset bets
bidding bide bides biding bids bile bill billowing bind binds bite bits bitter bitterly blackbird blackbirds
blackboard blackboards blackest blackhead blacklist blackmail blacktop blacktops blanch blanched blanches
bland blandest blank blanked blanker blankest blanking blare bleaching bleak bleaker bleating bled blend
blending blessing blind blinding blisters blobbing blobs bloc blockade blockaded blockades blockading
blockhead blocs blog blogging blogs blood blooding bloods blooming blot blotched blotching blots blotting
blousing blow blued blurring blurting boar boardwalk boars boasting boat boated boding boggling boil boiled
bold bombarded bombarding bombards bond bonding boning booed booing booked booking bookings boomed booming
boon boosted boosting boot bootee booting bore boring borne both bottling boulders bounce bounding bounty
bowel bows boxcar boxcars bragging braid braiding brake braking bran brandies bras brawn bray breaches
breaching bread breading breakthrough breakwater breasting breather breathers bred breed breeders breeding
breezier breezy brew bridling brilliance brilliantly brilliants brimming bringing brink brinks brisk brisks
britches broaches broaching broiler broilers broiling brokered bronzing brooches brooding brooking brow brows
browsing brunch brunched brunches brunt bubblier buck bucked bucking buckling budget buds bugle bugled bugles
bugling builders bulk bulking bulks bull bulling bulls bullying bums bundling bung bungled bunglers bungling
bunked buns burbled burbling burdened burdening burger burgle buried burp burped burping burr burred burring
bury burying bush bushed busied buss bussed bustled bustling busy buts butt butted buttery buttonhole
buttonholes buys buzzards buzzed buzzes byes bytes cabarets cabs caches caching cackling caddying cage caged
caging cake caked caking call callings calve camel cameo camp camped cancel candied candying cane canker
cannon canter cape caped caps cardboard care cargoes carp carped carps carrot cart carton carts carve carved
carving case cased cashed casing cast casts catcalled catchier catchiest catering catwalk caulking cawed
cawing caws cede cell cellular certainly certainty chairperson chalking champing chancing changing channelled
chanting chaos chap chaplain chapped chapping chaps char charged charging charmed charming charring chars
charted chartered charting chat chats chatting checkout checkpoint cheek cheeked cheeks cheeping cheeps cheer
cheery chequers chick childhood childlike chill chilli chilling chills chimp chimps chin chinking chinning
chip chipper chippers chipping chips choir choke chokes choosing chopped chopper choppers choppier chopping
chord chords chose chowed chroming chuck chucked chucking chuckled chuckling chunk churning cinching circuitry
clack clacked clacking clacks claiming clamber clambers clamming clamping clan clanging clank clapped clapping
clarinet clarinets clashed clashing clasping classing cleaning cleansing cleaving clerking clicking clinging
clink clinking clipboard clipboards clipped clipping cloaking clock clocking clod cloister clone closet
closeted closeting clot clothe clothed clothing cloths clotting clouding clouting clove clover clowning
clubbing cluck clucking clumping clung clutches clutching coaching coalition coarse coat coats coax cods coil
coiling coke coked cokes coking colander collages collar collared collaring collated collates collating
collection colt coma comas comb combing combs comeback comet comets commendation commonly commonplace communed
communes compensate compensating compensations compete competed competes compilation complacent complains
complement complements completest complexes compliant complied complimented compliments complying concealed
conception concerted concerto concerts concoction condemnation condense condensed condenses conditional cone
cones confection confections congestion connecting connective connector conned consider constancy constant
constants consular consume consumed consumes contender contention contorts contract contracted contraction
contractions contracts contrite convection convention conversation conviction cooing cook cooked cool cooler
coolers cooper cope coped copes copier coping copped copperhead cops copy coral core cored cores coring cork
corked corks corn corns coroners corps correction cots couching councillors councils counsellor counted
counterattack counterattacked counterparts countess counties counting courting cove covert coves covet
coveting cower cowing coyer crabbing crackled crackles crackpot cradling crafting cramming cramping crank
cranked cranking cranks crashes crashing crave craved craving cravings creaking credited creditor credits
crewed crinkling crippled crisping croaking crock crocks crooking crossing crotches crowding crowning crumbing
crumblier crumbly crumple crumpled crumples crumpling crushed crusting crutches cubs cues cull cult cults cums
cupped cups curd curds curse curt curtail curtails cutback cute cutlet cutlets dabbling dabs dads daft dagger
dais dame damming damn dams dancer dangerously dank danker dare dared darkness darn dart darted dash data
daughter dawn daze dazed deadlier deadline deaf deafer deal dealers dealings dean dear dearer dearth deathbed
debasing debating decade decadent decadents deceased deceases deceasing deceptive decides deciding declared
declares declaring decodes decoding decoyed decoying decrying deductive deed defacing defaming defecting
defensive defiling defining degrades deifying deigning delayed delaying demented depth derailing derive desk
detaches detailed detailing detained detaining detected detection detective detectives detracted dialling
diced dicing dies diet digested digs diked diking dime dimpling dined dinning dipping dips directive director
directors dirt disable disables disappear disappears disappoint disappoints disarmed disc discoloration
discolorations discolour discolours discussed disguised disgusts dishonoured disintegration disk dislodge
dislodges disputed disrupted distinct distract distracts distrust distrusted ditty dive dived diving divining
dock dodge doer doers does doghouse dogwood doing donor donors dons doom dooms doorstep doorsteps doorway dote
doted dotes doubly dour downfall downpours downright dragging drags drank drawings drawling drawn dread
dreading dreamers dreaming dregs drier drift drifting drifts drilling drink drinking drivel driven drizzling
drooling drooped drooping droops drop dross drought droughts drove drown drowning drowsing drug drumming drums
drunks duck duelling dump dunk durability dwelling dyed dyeing earnings earrings easel east easy eating eave
eclectic economic edit elapsing electing electors electrician electrify electron electronic electronics
electrons elevated elevates elevation elevations else emergence emergent emit emitting employed employing
encasing endurance engender engenders engineered entice entirely entirety entrants entrench erase erasing
escapade escapism essaying eternal evenings event events ever evermore excelled excellence excellently
excelling exchanged exchanges excitement excluded exist expanded expended explode explodes exploited explored
explorer explores exported expose exposes extinguish extinguished extinguishes extracted extraction extracts
extremest eyes faces facet facilitates faculties faculty fads faggot fail fainting fallout fame fancying fang
fangs farces fare fared fares faring fascists fatalities fats fawn fawns feasting feat feats feel fees feet
feinting fending fetching fever fibre fibres fibs fiddling fidgeting fielding figs figuring filching file
filed files filing filleting film filming films findings fine fined finer fines fining fins fireflies
fireproof fireside firewood firework fireworks firm firmed firming firms firs fist five fives fizzling flag
flagging flail flailed flailing flak flake flakes flanking flare flares flash flashback flasher flashes
flashest flashier flashlight flashlights flask flaw flawing flaws fled flee fleecing flees fleeting flesh
fleshes fleshier fleshing flew flicked flicking flied fliest fling flinging flip flippant flippers flips
flirting flit flits flitted flitting float floating floats flocking flog flogging flogs floodlight
floodlighting floodlights flop flopping flossing flour flouring flours flouting flowering flown fluffing fluke
flukes flunking flushest fluster flusters flute flutes flux fluxes flyer foal foaling focusing foes fogs foil
foiled foiling foisting following folly fondling font food foods fool fooling footings force forces ford
forded fore forgave forged forget forgetting forgiven forgiving forgoes forgoing forgone forgot fork forked
form formed forswearing fort forwent founding foundling four fowl fowling framework frameworks freaking freed
freeing freezers freighting fretting friend fries frieze frighted frighten frightens frighting frill frills
frog frond frost frowning frying fuelling furl fuss fusses fuzzing gabs gags gain gala galas gall galley galls
gals gamble game games gaming gangling gangway gape garb garbage garble garbling gardenia gardenias gargle
gargling garments gash gashes gashing gasp gasping gasps gateway gathering gauze gavel gays gaze gazed gazes
gazetting gazing gees gene gent gentling getaway ghosting giggling gill gills ginned girdling give gives
gladdens glads glancing glared glaring glaze glazes gleaming gleaning glinting glittering glitters gloating
gloss glutted glutting gnashing goad goads goat gobs gods gold golds gong gongs goodnight goodwill goof goofed
goofs goon goons goose gooses gore gores goring gosh gouge gout governmental governments grace grade graffito
grafting gram granting grape graphing grasping grass grassy gratefully grave graze grazed grazing greats greed
greenback greenhouse greet greeting grew grieving grille grim grin grind grinning grip gripping grit gritting
gritty groaning grooming grooving grossing grotto grouching groundwork group grouping groupings grousing
growling grub grunting guessing guesting gulfs gull gulled gullet gulps gust gusted gusting gutting guzzling
gyrate haggling hags hail hale hales halfway hallmark hallmarks halo halt halve hamming hams handiest
handlebar handlebars handlers handout handsome hang hangout hangover harasses hardback hardwood hare hared
harem hark harmfully harms harnessed harnessing harp hart hash hassling haste hated hatefully hates hating
hats haul haunting hays haze headier headings headlight headlights headline headlining headphone headroom
headstone headway heal healed healer healers healing heap heaped heaping hear heard hearing hearings heart
heartens heartier heatedly heath heathens heather heave heaved heaving heed held hell helm helpfully helps
hemming hemp herd hide hike hill hind hipper hire hitch hoard hoarse hobo hobos hocking hoed hoes hogs hold
holds holy homework hone hones honeying honing hoof hook hooking hoop hoot hope hopes hopped hops horde horned
horniest horribly horseback horseplay horsepower hospitable hospitals host hosts hotbed hothead hounding
hourglass housewarming housework housings hove hows hubs hugs hull humane humbling humbug hummingbird
hummingbirds hump humping hung hunk hunt hurl hutch icebreaker icebreakers ignorant ignore ignores immersing
impinging incubate incubated incubation indebted indentation indentations indented infantry infect infected
infection infects inferior inferiors inferred inflated inflating inflation inflection info ingested initialled
inject injected injection injects inoculate inoculated inoculation insert inserted insertion inserts insiders
insisted inspect inspecting inspector inspects instanced instilled insulator insulted integral intermittently
interned internet interval intervals intimate intimating intimation intimidated intimidates intrude intruded
intrudes invented inversion inverted invested isolated isolates jabs jamb jambs jars jaws jays jest join joins
justice juts keel keels keen keens kegs kelp keyboard keyboarded keyboarding keyboards keyhole keyholes
keystone kickback kickoff kiln kilo kilt kinds kink kinked kinking kiss kits knack knew knifed knifes knockout
knot knots knotting known knows knuckling labs lace lack lacked lacking lacks lade lades lading lady lager
lags laid lake lamb lame lamer lancing land lander lands lane laps lapses lard larding lards laser lash lashes
latex lath lathe lather latter laud lauding lauds laughing lava laws laxer layer lays leaf leafed leafing
leafs leafy leaguing lean leaned leans leap leaping leaps learning leased leashing leasing least leaved
leaving leeching leer leering legging leggings legs lend lending lens lent leper less lest letdown letterhead
levee lewd lice lick licked licking licks lied lifelike lifeline lifetime lightening lightens lightest
lighthouse lightning lightnings liken likening lilt lilting lilts lime liming limiting limp linen lingo link
linking lint lion lisp listings lither litterbug litterbugs littered litters littler lively liven livening
load loadable loads loaning lobs locating locket logo lone lonely long longings lookout lookouts loom looms
loon loons loophole loopholes loosen loot loots loping lops lord lose loses lots louse love lover loving
lowdown luck lucked lucking lucks lucky lugging lump lunge lure lust lute mace maces made maid maids mailbox
maim maims mainframe mainframes mainline mainstay majestic make makes male males maligned mall malted malting
mama mammoth mammoths manage managed managers manages managing mane manes manger mangling mangy manly manor
mans many mare mares marionette marry mars mart marts mask masks mass massage massaged massages massed massing
massively mated mats matt matte mattering mattes matts maul mayor maze mazes mechanic mechanics mechanise
mechanised mechanises medicate medicinal medieval meeting meetings mere meriting mesh messages mete meted
meteor meteors metes meting metre metres mews mike mild milder mile mime mince mincing minding mine miner
mingling mining minoring minted minting minuets minuses minute minuted minuter minutest minuting mire miser
misled miss misses missions missive missives mist misting mists misused misusing mite mites mixed mixes
moaning mobilise mode modernity modes mole moles monastic monument mood mooed mooning moose mope mopes mopped
moreover morn mornings mortal mortuary moss mosses mothering motorise motorises moult moulting moults mound
mounding mounds mounting mourning mousiest mousse mousses moussing mousy mouth mouths movers movie movies
mowed mums muse muses mushy muss mussed mussing must musts mute muter mutes muttering mystic myth myths neat
needled negating neighbourhood neighbourly neon nestling nets netting nettling newt next nibble nibbles nigh
nightfall nighttime nine node noisiest nonstop nonviolence noon noose nooses nose noses nosy notching note
notice noticed noticing noun nuder occupation occupations odder offend offhand office officers offices offset
omen omens once oneself operatic operating operation operatives originate otter oust ouster outbreak outburst
outcome outcomes outfit outfitted outfitting outgoing outgrowth outlast outlasted outlawed outline outlining
outlive outliving outlook outlooks outpost outposts output outrage outraged outrages outright outrun
outrunning outruns outset outshine outsiders outsmart outstanding outstrip overall overbearing overblown
overboard overbore overcame overcharging overcome overcomes overcoming overcrowd overdoes overdone overdosed
overdoses overdraft overdrawn overeating overgrew overgrow overgrowing overgrows overhand overhang overhauling
overhead overhearing overheat overheated overhung overkill overlook overnight overpower overran overrating
overreacting overrode overrule overshooting overstate overstating overstep oversteps overt overtaken
overthrown overtime overtone overturn overturned overturning overturns overwork overworking overworks oxen
pace paced paces pacing packaged packet pact pacts paddle paddles padlock padlocked padlocking padlocks page
paged pages paging paid pail pain paint painting paintings palace palate palatial pale paled pales paling pall
palled pallid palm pals pancaked pang pangs panhandle panhandles panicked pant panties pantries pants
paperwork parading parch parches parching pare pared pares paring parishes parity park parked parks parodies
paroling parring pars parsing parson part partakes partaking partiality particle particles partied parting
partings partisan partners partying pass passable passageway passed passing pasta paste pasties pastiest
pastimes pastries pasturing patchwork patchworks pate pates pathos pats pattering patties patty paunches pave
paves pawed pawing pawn payed paying peace peal pearling peas peat peck pecked peddle peddles pegs pelt pelts
penetration penetrations pens pensioned pensions peps perch perilled perishes perking perpetrating persisted
persona personal pert pestering pews pick picked piddle piddles piecework pies pigeonhole pigeonholes pike
pikes pile piles pill pilled pinched pine pines pint pipeline pitch pitchers pitches pits pivot placement
plaguing plaice plan plane planes planking planning planter planters planting platter platters playback
playfully playground playhouse playmate playmates plaything pleading pleased pleases pleasing pleasure
pleating plied plop plot ploy plucking plum pluming plump plumping plums plunging plus plying poach poet poets
poignant poised poker policed polices policies policy polished polite poll polled pollster polo pomp pond
ponds pony pope poppy pored poring port portly ports pose poses postbox postcard postcode postmark postmarks
postured posturing posy pothole potholes pouch pouching pouncing pounding pour pout pouted pouting pouts
powder powerfully powerhouse praised prancing prawning pray praying pregnancy premised premises pressing
priced pride prided pries primed primping print printing printings prise prises procured procuring profiled
profited programme programmed programmes promise promises promoted prompted prompter prone prong prongs prop
propel properer proposed prosper prosperity prospers provided prowlers puck pulley pullover pulp pulped
pulping pulsed puma pumpkins punches punished punt pupping putt quip quit quiz racially raciest racing racists
rack racking racks radial radiated radiates radiation radiations radioing raffling raft rafts rags raid raided
raiding raids railway raindrops rainfall rainstorm raise raises raising rally rambling rampant rams rang
ranging rankling rant rants rapist rapped raps rapt rare raring rasp rasps rate rationing rattlers ravening
ravished rays reach reaches reacting read readier reads real realer realised realty ream reap reaper rebelling
rebuking recalling receding reciting reclining recorded recording reddening redhead redo redone redraw reeds
reef reefing reefs reel reeling reels refining reformed reforming refraining refuelling refuge refute regained
regaining regaling rehearse reigning rein reindeer reined reining reins rejoining relating relaxing relaying
relegate reliving remained remaining remaking reminder remit remove removes rend reneged reneging renewable
renowned rents repaid repaying repealed repealing repeated repeating repelling repented repenting repleted
repleting replying reportedly reporter reporters reports reposing reproved reproving reputing required
requiring rerouted rerouting rescinding reset residing resin resolved resort resorted resorting resounding
rest restraining restrict restricted restriction restrictions restricts retailed retailing retained retarding
retire retired retiring retort retorted retorting retraced retracing returning reuse revelling revering
reverted reverting reviewed reviling revising reviving revoking revolted revolting revolved rewarded rewarding
rewriting ribbed ribbing ricing ride rider riding rids rifer rigging rightfully riling rink rinsing riot riots
riper rippled rise risen rises risking river road roads roam roaming roams roar robber robbing robe robed
robots rock rocketing rocky rode rods roes role romp romps rook rooking rooks roommate roommates roost
roosting roosts root rooted rooting rope rosary rosy rotated rotating rote rouge rounding rouse rout routs
rubbed rubs ruder rued rues rugs ruin ruining ruins rule rumbling rump rumps rums runaway rundown rune rung
rungs runt runts runway ruse rustling ruts rutted rutting sack sacred sacs sadden safely saga sagas sage sail
saint sake sale sally saluting same sanding sane sang sangs sank saplings sapped saps sash satin saunaing
savaging save saws says scab scabbed scabbing scabs scale scaled scaliest scaling scallops scalp scalped
scalping scaly scanning scanties scanting scare scares scarfed scarfing scarred scarring scathing scatter
scattered scatters scenting scheming schooling schooner scold scolded scolding scooping scooted scooting score
scored scores scorning scotch scotches scouring scouting scramming scrapped scrapping scratchier scrawling
screamed screwing scripting scrupling scuff scuttling seam seamed seaming seams sear searched searching seared
searing sears seas seceding secluded secondly sect securely securest sedating seed seeding seedling seeds
seeing seek seeking seeks seem seeming seems seen seer sees seething seize seizes sell selling sells semen
senior sent servile setback settings settling sever severely severest severity severs sewed shack shackled
shacks shaded shafting shaking shamed shaped share shares shark sharked sharking sharks sharped sharping
shaved sheared shearing sheathing sheen sheep sheer sheering shelf shell shelling shells sheltered shelving
shied shift shifting shin shingle shingled shingles shingling shinning ship shipping shirking shirt shirting
shoaling shod shone shooing shook shop shopped shoppers shopping shore shored shores short shortage shorted
shorting shot shots shout shove show showed showier shred shreds shrilling shrimping shrinking shrouding
shrunken shuck shucked shucking shucks shun shunning shunt shunting shutdown shuttered shuttering shutters
shuttling sick sicking sicks sideline sidelining sidestep sidesteps sidetrack sidetracking sidewalk sidle sift
sifting sighting significance significantly silicon silk silks silo silt silting sine sing singe singeing
singing singly sings sinning sins sinus sire site siting situating size sized skate skates sketches sketching
skewer skewers skidding skill skimming skimping skin skinning skins skipping skirt skit skulk skunking skunks
slack slacking slag slain slake slaked slakes slaking slam slams slanting slap slapped slapping slaps slash
slashed slashes slat slats slave slaves slay slays sled sledding sleds sleeking sleep sleeping sleeps sleet
sleeting slew slicing slickest slicking slicks slid slide slimming slinging slink slinking slinks slipping
slit slits slitting slob slobs slog slogging slogs slop slopped slopping sloth slouched slouching sluicing
slum slums slung slunk slur slurring slurs slut sluts smack smacking small smalls smearing smellier smelt
smelting smelts smirking smite smock smocked smocking smocks smokestack smoky smoother smoothing smote smug
smut snack snacking snag snagging snags snailing snaked snaking snappier snapping snare snared snarling
snatches snatching sneaking sneering sneezing snicker snickers snide sniff snipped snipping snitch snitched
snitches snitching snooping snootier snoozing snore snores snort snorted snorting snot snots snow snuff snug
snugging snugs soaped soaping soar soared soaring sobs socially sock socked socking socks sodded sods sofa
solacing sold solo solve someplace somethings sometime somewhat song songs soot soothing sopped sopping sops
sore sores sorta soul sounder soundest sows spade spangles spank spanked spanking spankings spanks spanning
spar sparkled sparkler sparkles sparkling sparred sparring spars sparse spat spate spats spatter spattered
spatters spatting spawning spay spaying spays speaking spearing specious specking sped speeding spell spelling
spellings spells spending spice spill spilt spindlier spindliest spindly spineless spinning spiralling spire
spires spiriting spit spite spits spitting splashed splashes splat splatter splattered splicing splint
splinting splints splurging spoil spoiling spoke spokes sponge sponging spoofing spooking spool spooling
spooning spore sport sported sporting sports spot spotting spouts sprained spraining sprawling spray spreading
spreeing springier springing sprinkle sprinkled sprinkles sprinter sprinters sprinting sprouting sprucing
spunk spurious spurning spurring sputtered squalling squaring squashed squashes squatter squatting squeaking
squeezing squirmed squirted squirting stab stabbing stabled stabling stabs staff staffing stag stage stags
staid stake staked staking stale staling stalk stalking stall stalling stamping stanch stanching stank
stapling star starched starching stare stared stares stark starlight starring stars startling starving
stationed stations statue stave steadied steady steal stealing steals steam steamier steaming steams steeling
steep steeping steeps steering stem stemmed stemming stems stepladder sterling stew stews stick stickers
stickier stifling stillborn stilling stills sting stinging stings stint stinting stints stir stirring stirs
stitch stitched stitches stitching stock stocked stocking stockings stocks stocky stoke stokes stoking stole
stoles stolid stomp stomped stomping stony stood stoop stooped stooping stopgap stopgaps stopover stoppage
stoppered stoppering stoppers storehouse storeroom storerooms storeys stories stork storks story stow
straighten straighter straights strain strained strainer strains stranding strap strapped strapping strawing
stray straying strays streaked streaking streamed streamer streamline stressing stretching strewing striding
striking stringing stripe stroking strove struck strumming strutting stubbed studding stumping stunk stunning
stunting stuttered subsistence suck sudden sued suffices sugaring suicides suit suits summit sundae sundry
sunk sunlight suns supple supplest supplier suppliers supposes surmount surnames survived sustained sustains
swab swabbed swabs swam swapped swapping swat swathing swatting sway sweat sweep sweeping sweepings sweeps
sweet swell swelling swellings swells swerving swigging swill swilling swimming swindle swindled swindler
swindlers swindles swindling swirling swishing switchboard switchboards swooning swooping swore symphony
syringing tabs tack tacking tackling tags tailed tailing take taker takes tale tales talk tally tame tamer
tang tanner tans tape tars task teaching teat teen tees teething tell tells temperament temperaments tendency
tender tenser tent terminate terminus terribly terrific terrifies test testified texts than thankfully
thanking thaw thee them theme therapies thereafter these thin think thinks thorough though thread threads
threaten threatens three threes throat throats throughout throughput tickle tickling tidy tied tier ties tiger
tilde till tilled tilling tills tilt tilted tilting tilts timber tingling tinkling tipped tips tire tires
tiring title titled titles titling tits toiled toiling token tome tomorrows tonal tons took tool toot toppling
torch torment torments torn toss totality tots touchdown tough towed tows toys trace tracing tract trademark
trailing training tramp tramped tramping trampled transferred transfers transform trapdoor trappers trappings
trashing trawling treat treating treats trek trekking treks trend trends trialling trick trickier tricking
tricycle tries trifling trilling trim trimming trims trio trios tripe tripled triplet triplets tripling tripos
trooping troublesome trough trouping trowel truck trucking true trued trues trumping trunking tuba tune tuned
tuning turf turfed turfing turfs turnaround turnout turnover turnstile turnstiles tweaking twee twinkling
twirling twisting udder unacceptably unconsciously undercover undercut undercuts undercutting underdog
underdogs underflow undergoes undergoing undergone underground undergrowth underline underlining underside
understanding understate undertaken underwater underwent unevenly unfit unfits unhappily unite unsafest
unsuitable unusable unworkable upend upstarts urgently urns usable uselessly vain value values vandal
vandalise vandalises vandalism vane vary vase vend vends venerable ventilating ventilator verb vertices vest
vests vets vibration vibrations violating violently violet virulent wade wads wafer waft wafted wafting wager
wags waif wail wailing wails waist waistline waited waiter waits waiving wakening walkout waltzing wand wands
wane waned waning wantoned warbling ward warding warn warp warping warps warring wars wart wary washout
wastefully watching waterfall waterfront waterproof watershed watersheds waterway waterworks watt waver wavy
waxy wayside weakened wealthier wean weaponry wear wearying weeding weeds weedy weeing weekdays weekended
weekends weep weeps weer wees weld well wells welt wept were west whale wheat wheeling wheezing whet whew
while whirling whirring whisking whitening whittling wholesome whore whose widen widow widowing widows width
wife wild wilds willpower wilt wily windfall windpipe windpipes windscreen wine wined wines wing wings wining
wink winks wins wipe wipes wiping wiry wise wises wish wishing wisp wisps witch within withstanding wits wive
wives wobblier wobbliest woks woodwind woodwinds woodwork wooed woof wool woos word wording wordings words
wore workout workplace workshop workshops world worm worming worms worrying worsting wound wreak wreaked
wreathed wreathes wrecker wren wrenched wrestling wretched wring writ writhing writing writings wrung
yardsticks yarn yearn yearns yens yesterdays yews yours yourself yous youth
// generated: end
`;
