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
aback abandons abode abort abound aboveboard abrasive abuser abuses accident aced acing acre acts adapting
adaptive addition additions admiring adopted adoption adoptions afterlife afternoons aground aiding ailing
aiming airier airline airmail airstrip airtight alarmist alga alight allays almighty alter alto amassing
amazingly ambulances ambushed amply amuse amused annually annul antic anus anythings aped appalled appallingly
apparelling appealing appeasing appending apple apter aptly arching arena arenas aria arias arming aromatic
arousing arse arterial arts ashes ashing aspiring assailed assaulter assaults assertive assisting associating
associations associative attach attached attacker attacks attained attempts attested attiring attracted
auction auctions aunt aunts autocratic automate automated automates automating automation await awaiting
awarding awed awry axed axiomatic ayes babbling babes babier babiest backfire backfired backfires backfiring
background backhand backlog backpack backpacked backside backspace backtrack backtracking bade badge bagging
bags bailing bait baits bake baked bakeries bakes baking bald bale ball ballasting ballroom ballrooms band
bandaging banding bands bandying bani banished banishes bank banked banking banks banning bans barb barbecued
barbecues barbed barbing barbs bard bards bareback bark barked barks barley barman barn barns barren barrings
barrister barristers baseline bash bashes basic basics basil basis bask basked basking bass baste basted
basting batch batching bathe bats batter battered battering batters battle baud baulking bawl beaching bead
beak beaker beakers bean bear beard bearded bearding beards bearing bearings bears beast beat becoming
bedclothes bedrocks bedside bedtime beef beefing beefs beers beet beets beforehand beggaring begs behavioural
beings bellow bellowing bellying belt benefited benefits bent berthing beset bets bewaring bias bibs bickering
bidding bide bides biding bids bile bill billboard billboards billowing bind binds bite bits bitter bitterly
blabbing blackbird blackbirds blackboard blackboards blacken blackened blackens blackest blackhead blacklist
blackmail blacktop blacktops blaming blanch blanched blanches bland blandest blank blanked blanker blankest
blanking blare blazing bleached bleaching bleak bleaker bleating bled blend blending blessing blind blinding
blisters blobbing blobs bloc blockade blockaded blockades blockading blockhead blocs blog blogging blogs blood
blooding bloods blooming blot blotched blotching blots blotting blousing blow blued blunting blurring blurting
blushing boar boardwalk boars boasting boat boated boding boggling boil boiled bold bombarded bombarding
bombards bond bonding boning booed booing booked booking bookings boomed booming boon boosted boosting boot
bootee booth booting bore boring borne botch both bottling boulders bounce bounding bounty bowel bows boxcar
boxcars bracketing bragging braid braiding braised braises brake braking bran brandies bras brawn bray
breaches breaching bread breading breakthrough breakwater breasting breather breathers bred breed breeders
breeding breezier breezy brew bridling brilliance brilliantly brilliants brimming bring bringing brink brinks
brisk brisks britches broaches broaching broiler broilers broiling brokered bronzing brooches brooding
brooking broth brow brows browsing bruise brunch brunched brunches brunt bubblier buck bucked bucking buckling
budget budgeting buds buffeting bugle bugled bugles bugling builders bulk bulking bulks bull bulling bulls
bullying bums bundling bung bungled bunglers bungling bunked buns burbled burbling burdened burdening burger
burgle buried burp burped burping burr burred burring bury burying bush bushed busied buss bussed bustled
bustling busy buts butt butted buttery buttonhole buttonholes buys buzzards buzzed buzzes byes bytes cabarets
cabs caches caching cackling caddying cage caged caging cake caked caking calf call callings calm calve camel
cameo camp camped cancel candied candying cane canker cannon canter cape caped capering caps captained
cardboard care careering carefree carefully cargoes carp carped carps carrot carrying cart carton carts carve
carved carving case cased cashed casing cast casts catcall catcalled catchier catchiest catering catwalk
caulking cawed cawing caws cede cell cellular certainly certainty chainsaw chairman chairmen chairperson
chalking champing chancing changing channelled chanting chaos chap chaplain chapped chapping chaps char
charged charging charmed charming charring chars charted chartered charting chat chats chatting checkout
checkpoint checkups cheek cheeked cheeking cheeks cheeping cheeps cheer cheery chequers chick chicks childhood
childlike chill chilli chilling chills chimp chimps chin chinking chinning chip chipper chippers chipping
chips choir choke chokes choosing chopped chopper choppers choppier chopping chord chords chose chowed
chroming chuck chucked chucking chuckled chuckling chucks chugging chumming chunk churning cinching circuitry
clack clacked clacking clacks claiming clamber clambers clamming clamping clan clanging clank clapped clapping
clarinet clarinets clashed clashing clasping classing cleaning cleansing cleaving clerking clicking climaxing
clime clinging clink clinking clipboard clipboards clipped clipping cloaking clock clocking clod cloister
clone closet closeted closeting clot clothe clothed clothing cloths clotting cloud clouding clouds clouting
clove clover clowning clubbing cluck clucking clumping clung clutches clutching coaching coalition coarse coat
coats coax cods coil coiling coinage coke coked cokes coking colander colanders collages collar collared
collaring collated collates collating collection colt coma comas comb combing combs comeback comet comets
commendation commodity commonly commonplace communed communes communing communion communism communist
communists compensate compensating compensations compete competed competes competing compilation complacent
complains complement complements completest complexes compliant complied complimented compliments complying
concealed concentrate concentrated concentrates concentration conception concert concerted concerto concerts
concoction condemnation condense condensed condenses conditional cone cones confection confections confined
congestion connecting connective connector conned consider constancy constant constants constrain constrained
consular consume consumed consumes contagion contender contention continued contorts contract contracted
contraction contractions contracts contrast contrite contrived controllers convection convention conversation
conviction cooing cook cooked cool cooler coolers cooper cooping cope coped copes copier coping copped
copperhead copping cops copy copying coral core cored cores coring cork corked corks corn corns coroners corps
correction corseting costings cots couching councillors councils counsellor counted counterattack
counterattacked counterparts countess counties counting courting cove coverage covert coves covet coveting
cower cowing coyer crabbing crackled crackles crackpot cradling crafting cramming cramping crank cranked
cranking cranks crashes crashing crave craved craving cravings creaking credited creditor credits crewed
cribbing crinkling crippled crisping croaking crock crocks crooking cropping crossing crotches crowding
crowning crumbing crumblier crumbly crumple crumpled crumples crumpling crushed crusting crutches cubs cues
cull cult cults cums cupped cups curd curds cure currying curse curt curtail curtails cutback cute cutlet
cutlets dabbling dabs dads daft dagger dais dame damming damn dams dancer dangerously dank danker dare dared
daring darkness darn dart darted dash data daughter dawn daze dazed deadlier deadline deaf deafer deal dealers
dealings dean dear dearer dearth deathbed debasing debating decade decadent decadents deceased deceases
deceasing deceptive decides deciding decimating declaration declarations declared declares declaring decodes
decoding decorative decorator decorators decoyed decoying decrying deductive deed defacing defaming defecting
defensive defiling defining degrades deifying deigning delayed delaying demented dens deportation deportations
deporting depth derailing derive desk desolating desolation detaches detailed detailing detained detaining
detected detection detective detectives detonating detonation detonations detracted dialling diapered diced
dicing dies diet digested digs diked diking dime dimpling dined dinning dipping dips directive director
directors dirt disable disables disappear disappears disappoint disappoints disarmed disbursed disc discerned
disclosed discoloration discolorations discolour discolours discovered discussed diseased disguised disgusts
dishonoured disintegration disk dislodge dislodges dispelled dispense dispensed dispenser dispenses dispersal
disperse disperses displeased disposed disputed disrupted distinct distract distracts distrust distrusted
ditty dive dived diving divining dock dodge doer doers does doghouse dogwood doing doling doming donor donors
dons doom dooms doorman doormen doorstep doorsteps doorway doping dosing dote doted dotes doting doubly dour
downfall downpours downright dozing dragging drags drank draughtsman draughtsmen drawings drawling drawn dread
dreading dreamers dreaming dregs drier drift drifting drifts drilling drink drinking drivel driven drizzling
drooling droop drooped drooping droops drop dropout dross drought droughts drove drown drowning drowsing drug
drumming drums drunks duck duding duelling duellings dump dunk duping durability dwelling dyed dyeing earnings
earrings easel east easy eater eating eave eclectic economic edit eight eights eighty elapsing electing
electors electrician electrify electron electronic electronics electrons elevated elevates elevation
elevations else emergence emergent emit emitting employed employing encasing endurance engender engenders
engineered entice entirely entirety entrants entrench erase erasing escapade escapism essaying etch eternal
even evenings event events ever evergreen evermore eves excelled excellence excellently excelling excessive
exchanged exchanges excitement excluded exist expanded expansive expedited expediting expended expensive
explained explaining explode explodes exploding exploited exploits explored explorer explores exploring
exported exporting expose exposes extension extensively extinguish extinguished extinguishes extracted
extraction extracts extremest eyes faces facet facilitates faculties faculty fads faggot fail fainting fallout
fame fancying fang fangs farces fare fared fares faring fascists fatalities fats fatter fawn fawns feasting
feat feats feeds feel fees feet feinting fending fetching fetter fever fibre fibres fibs fiddling fidgeting
fielding fifty figs figuring filching file filed files filing filleting film filming films filter filth find
findings fine fined finer fines fingertip fining fins fireflies firefly fireman firemen fireproof fireside
firewood firework fireworks firm firmed firming firms firs firsthand fist fittest five fives fizzling flag
flagging flail flailed flailing flak flake flakes flanking flare flares flash flashback flasher flashes
flashest flashier flashlight flashlights flask flattest flaw flawing flaws fled flee fleecing flees fleeting
flesh fleshes fleshier fleshing flew flicked flicking flied fliest fling flinging flip flippant flippers flips
flirting flit flits flitted flitting float floating floats flocking flog flogged flogging flogs floodlight
floodlighting floodlights flop flopping flossing flour flouring flours flouting flowering flown fluffing fluke
flukes flunking flushest fluster flusters flute flutes flux fluxes flyer flyover foal foaling focusing foes
fogs foil foiled foiling foisting following followings folly fondling font food foods fool fooling footings
forage foraged force forces ford forded fore forever forgave forged forget forgets forgetting forgiven
forgiving forgoes forgoing forgone forgot fork forked form formed forswearing fort forth forwent founding
foundling four fowl fowling framework frameworks freaking freed freehand freeing freeway freezers freighting
fret fretting friend fries frieze frighted frighten frightens frighting frill frills fritter fritters frog
frond frontage frost frowning frying fuelling furl fuss fusses fuzzing gabs gags gain gala galas gall galley
galls gals gamble game games gaming gangling gangway gape garb garbage garble garbling gardenia gardenias
gargle gargling garments gash gashes gashing gasp gasping gasps gateway gathering gauze gavel gays gaze gazed
gazes gazetting gazing gees gems gene gent gentling gents getaway ghosting giggling gill gills ginned girdling
give gives gladdens glads glancing glared glaring glaze glazes gleaming gleaning glinting glittering glitters
gloating gloss glowing glutted glutting gnashing goad goads goat gobs gods gold golds gong gongs goodnight
goodwill goof goofed goofs goon goons goose gooses gore gores goring gosh gouge gout governmental governments
grace grade graffito grafting gram granting grape graphing grasping grass grassy gratefully grave graze grazed
grazing greats greed greenback greenhouse greet greeting grew grieving grille grim grin grind grinning grip
gripping grit gritting gritty groaning grooming grooving groping grossing grotto grouching groundwork group
grouping groupings grousing growling grub grunting guessing guesting gulfs gull gulled gullet gulps gust
gusted gusting guts gutting guzzling gyrate haggling hags hail hale hales halfway hallmark hallmarks halo halt
haltering halve hamming hampering hams hamstring handiest handlebar handlebars handlers handout handsome hang
hangout hangover hankering happenings harasses hardback hardening hardware hardwood hare hared harem hark
harmfully harms harnessed harnessing harp harry hart hash hassling haste hastening hated hatefully hates
hating hats haul haunting hays haze headfirst headier headings headlight headlights headline headlining
headphone headroom headstone headstones headway heal healed healer healers healing heap heaped heaping hear
heard hearing hearings heart heartens heartier heatedly heath heathens heather heave heaved heaving heed heir
held hell helm helpfully helps hemming hemp herb herd here hero herself hide hike hill hilt hims hind hint
hipper hips hire hitch hither hoard hoarse hobbit hobo hobos hocking hoed hoes hogs hold holds holy homework
hone hones honeying honing hoof hook hooking hoop hoot hope hopes hopped hops horde horned horniest horribly
horseback horseman horseplay horsepower hospitable hospitals host hosts hotbed hothead hottest hounding
hourglass housewarming housework housings hove hows hubs hugs hull humane humbling humbug hummingbird
hummingbirds hump humping hung hunk hunt hurl hutch hyphening icebreaker icebreakers ignorant ignore ignores
immersing impinging incubate incubated incubation indebted indentation indentations indented indoor infantry
infect infected infection infects inferior inferiors inferred inflated inflating inflation inflection info
ingested initialled initialling inject injected injection injects injuries injury inoculate inoculated
inoculation insert inserted insertion inserts insiders insisted inspect inspecting inspector inspects
instanced instancing instilled instilling insulator insulted insure integral intermittently interned internet
interval intervals intimate intimating intimation intimidated intimidates intrude intruded intrudes invented
inversion inverted invested isolated isolates jabs jamb jambs jars jaws jays jest join joins justice juts keel
keels keen keens kegs kelp keyboard keyboarded keyboarding keyboards keyhole keyholes keystone keystones
kickback kickoff kiln kilned kilo kilt kinds kink kinked kinking kiss kits knack knew knifed knifes knockout
knot knots knotting known knows knuckling labs lace lack lacked lacking lacks lade laded lades lading lady
lager lags laid lake lamb lame lamer lanced lancing land lander lands lane laps lapses lard larded larding
lards laser lash lashes latex lath lathe lather lathing latter laud lauded lauding lauds laughing lava
lavishing laws laxer layer lays leaf leafed leafing leafs leafy leaguing lean leaned leans leap leaping leaps
learning leased leashing leasing least leaved leaving leeching leer leering legging leggings legs lend lending
lens lent leper less lest letdown letterhead levee leverage leveraged lewd lice lick licked licking licks lied
lifelike lifeline lifelong lifetime lightening lightens lightest lighthouse lightning lightnings liken
likening lilt lilting lilts lime liming limiting limp lineage linen linger lingo link linking lint lion lisp
listings lither litterbug litterbugs littered litters littler littlest lively liven livening load loadable
loads loaning loathing lobs locating locket lodger logo lone lonely long longed longings lookout lookouts loom
looms loon loons loophole loopholes loosen loot loots loping lops lord lose loser loses lots louse love lover
loving lowdown luck lucked lucking lucks lucky lugging lump lunge lure lust lute mace maces made maid maids
mailbox mailman mailmen maim maims mainframe mainframes mainline mainstay mainstays majestic make makes male
males maligned mall malted malting mama mammoth mammoths manage managed managers manages managing mandate
mandated mane manes manger mangling mangoes mangy manhandle manhandles manhood manly manor manpower mans many
mare mares marionette marksman marksmen marry mars marsh mart marts mask masks mass massage massaged massages
massed massing massively match mated mats matt matte mattering mattes matts maul mayor maze mazes mean
mechanic mechanics mechanise mechanised mechanises medicate medicinal medieval meeting meetings mend menu mere
meriting mesh messages mete meted meteor meteors metes meting metre metres mews mien mike mild milder mile
milk milks mime mince mincing minding mine miner mingling mining minoring minted minting minuets minuses
minute minuted minuter minutest minuting mire miser misled miss misses missions missive missives mist misting
mists misused misusing mite mites mixed mixes moan moaning mobilise mode modernity modes mole moles monastic
monument mood mooed mooning moose mope mopes mopped moreover morn mornings mortal mortuary moss mosses
mothering motorise motorises moult moulting moults mound mounding mounds mounting mourning mousiest mousse
mousses moussing mousy mouth mouths movers movie movies mowed mums muse muses mushy muss mussed mussing must
musts mute muter mutes muttering mystic myth myths narrowed narrower nearby neat neatly needled negating
neglects neighbourhood neighbourly neon nestling nets netting nettling newt next nibble nibbles nigh nightfall
nighttime nine node noisiest nonstop nonviolence noon noose nooses normality nose noses nosy notching note
notice noticed noticing noun nova novice nuder occupation occupations odder odes offend offhand office
officers offices offset omen omens once oneself onus operatic operating operation operatives originate otter
oust ouster outbreak outburst outcome outcomes outdoing outfit outfitted outfitting outgoing outgrowing
outgrowth outlast outlasted outlawed outline outlining outlive outliving outlook outlooks outpost outposts
output outrage outraged outrages outright outrun outrunning outruns outset outshine outsiders outsmart
outstanding outstrip overall overbearing overblown overboard overbore overcame overcharging overcome overcomes
overcoming overcrowd overdoes overdoing overdone overdosed overdoses overdraft overdrawn overeating overgrew
overgrow overgrowing overgrows overhand overhang overhauling overhead overhearing overheat overheated overhung
overkill overlook overnight overpower overran overrating overreacting overrode overrule oversaw oversee
overshooting overstate overstating overstep oversteps overt overtaken overthrowing overthrown overtime
overtone overturn overturned overturning overturns overuse overwork overworking overworks owes oxen pace paced
paces pacing package packaged packet pact pacts paddle paddles padlock padlocked padlocking padlocks page
paged pages paging paid pail pain paining paint painting paintings palace palate palatial pale paled pales
paling pall palled pallid palling palm pals paltry pancaked pang pangs panhandle panhandles panicked pant
panties panting pantries pants papering paperwork parading parakeet parch parches parching pare pared
parenting pares paring parishes parity park parka parked parks parkway parodies parodying paroling parring
pars parsing parson part partakes partaking partiality particle particles partied parting partings partisan
partners partying pass passable passageway passed passing pasta paste pasties pastiest pastimes pastries
pastry pasturing patchwork patchworks pate patenting pates pathos pats pattering patties patty paunches pave
paves pawed pawing pawn payed paying peace peal pearling peas peat peck pecked pedant pedantry peddle peddles
peeking peeping peering peeving pegs pelt pelts penchant penetration penetrations pennant pennants pens
pensioned pensions peps perch perilled perishes perk perking peroxiding perpetrating persisted persona
personable personal personnel pert pestering petering pews pick picked piddle piddles piecework pies
pigeonhole pigeonholes pike pikes pile piles pill pilled pilling pinch pinched pine pines pint pipeline pitch
pitchers pitches pits pivot placement plaguing plaice plan plane planed planes planked planking planner
planners planning planted planter planters planting platter platters playback playfully playground playhouse
playmate playmates plaything playthings pleading pleased pleases pleasing pleasure pleating plied plop plot
ploy plucking plum pluming plump plumping plums plunging plus plying poach poet poets poignant poised poker
policed policeman policemen polices policies policy polished polite poll polled polling pollster polo pomp
pond ponds pony pope poppy pored poring pork port portly ports pose poses possibles possibly postage postbox
postcard postcode postman postmark postmarks postmen postured posturing posy pothole potholes pouch pouching
pouncing pounding pour pout pouted pouting pouts powder powerfully powerhouse praised prancing prawning pray
praying precision preening pregnancy premised premises presiding pressing priced pride prided pries primed
primping print printing printings prise prises procured procuring prodding profiled profiling profited
profiting profusion programme programmed programmes promise promises promising promoted prompted prompter
prone prong prongs prop propel properer proposed prosper prosperity prospers provided provisional provisos
provoking prowlers publicly puck pulley pullover pulp pulped pulping pulsed pulsing puma pumpkins punches
punished punt pupping pureeing putt puttying puzzling quip quit quiz racially raciest racing racists rack
racking racks radial radiated radiates radiation radiations radioing raffling raft rafts raging rags raid
raided raiding raids railway raindrop raindrops rainfall rainstorm raise raises raising raking rally rallying
rambling rampage rampaged rampant rams ranching rang ranging rankling rant rants raping rapist rapped raps
rapt rare raring rash rasp rasps rate rather rationing rattlers ravening raving ravished rays razing reach
reaches reaching reacting read readier reads real realer realised realty ream reap reaper rebelling rebuking
recalling recanting receding reciting reclining recorded recording recounting reddening redhead redo redone
redraw reeds reef reefing reefs reel reeling reels refining reformed reforming refraining refuelling refuge
refute regained regaining regaling rehearse reigning rein reindeer reined reining reins rejoining relating
relaxing relaying relegate reliving remained remaining remaking reminder remit remove removes removing rend
reneged reneging renewable renowned rents repaid repaying repealed repealing repeated repeating repelling
repented repenting repleted repleting replying reportedly reporter reporters reports reposing reprint
reprinting reprints reproved reproving reputing required requiring rerouted rerouting rescinding reset
residing resin resolved resort resorted resorting resounding rest restraining restrict restricted restriction
restrictions restricts retailed retailing retained retarding retire retired retiring retort retorted retorting
retraced retracing returning reuse revelling revering reverted reverting reviewed reviling revising reviving
revoking revolted revolting revolved revolving rewarded rewarding rewriting ribbed ribbing ricing ride rider
riding rids rifer rigging rightfully riling rink rinsing riot riots riper rippled rise risen rises risking
river road roads roam roaming roams roar robber robbing robe robed robing robots rock rocketing rocky rode
rods roes role romp romps rook rooking rooks roommate roommates roost roosting roosts root rooted rooting rope
roping rosary rosy rotated rotating rote rouge rounding rouse rout routs rubbed rubs ruder rued rues rugs ruin
ruining ruins rule rumbling rump rumps rums runaway rundown rune rung rungs runt runts runway ruse rust
rustling rusts ruts rutted rutting sack sacred sacs sadden safely saga sagas sage sail saint sake sale sally
salt saluting same sampling sand sanding sane sang sangs sank saplings sapped saps sash satin saunaing
savaging save saws says scab scabbed scabbing scabs scale scaled scaliest scaling scallops scalp scalped
scalping scaly scanning scanties scanting scare scares scarfed scarfing scaring scarred scarring scathing
scatter scattered scatters scent scenting schemers scheming schooling schooner scold scolded scolding scooping
scooted scooting score scored scores scorning scotch scotches scouring scouting scramming scrapped scrapping
scratchier scrawling screamed screwing scripting scrupling scuff scuttling seam seamed seaming seams sear
searched searching seared searing sears seas seasonal seceding secluded secondly sect securely securest
sedating seed seeding seedling seeds seeing seek seeking seeks seem seeming seems seen seepage seer sees
seethe seething seize seizes sell selling sells semen send senior sent serenading serviceman servicemen
servile setback settings settling seventy sever severely severest severity severs sewed shack shackled shacks
shaded shafting shaking shall shame shamed shamming shaped share shares sharing shark sharked sharking sharks
sharped sharping shaved sheared shearing sheathing sheen sheep sheer sheering shelf shell shelling shells
sheltered shelters shelving shied shift shifting shin shingle shingled shingles shingling shinning ship
shipping shirking shirt shirting shoaling shod shoe shone shooing shook shop shopped shoppers shopping shore
shored shores short shortage shorted shorting shot shots shoulder shout shove show showed showier showings
shred shredding shreds shrilling shrimping shrinking shrouding shrunken shuck shucked shucking shucks shun
shunning shunt shunting shutdown shuttered shuttering shutters shuttling sick sicking sicks sideline
sidelining sidestep sidesteps sidetrack sidetracking sidewalk sidle sift sifting sighting significance
significantly silicon silk silks silo silt silting sine sing singe singeing singing singly sings sinning sins
sinus sire site siting situating sixty size sized skate skates sketches sketching skewer skewers skid skidding
skill skimming skimping skin skinning skins skipping skirt skit skulk skulking skunking skunks slack slacking
slag slain slake slaked slakes slaking slam slamming slams slanting slap slapped slapping slaps slash slashed
slashes slashing slat slats slave slaves slay slays sled sledding sleds sleeking sleep sleeping sleeps sleet
sleeting slew slicing slickest slicking slicks slid slide slimming slinging slings slink slinking slinks
slipping slit slits slitting slob slobs slog slogging slogs slop slopped slopping sloshing sloth slouched
slouching sluicing slum slumping slums slung slunk slur slurring slurs slut sluts smack smacking small smalls
smearing smellier smelt smelting smelts smirking smite smock smocked smocking smocks smokestack smoky smoother
smoothing smote smug smut snack snacking snag snagging snags snailing snaked snaking snappier snapping snare
snared snaring snarling snatches snatching sneaking sneering sneezing snicker snickers snide sniff snipped
snipping snitch snitched snitches snitching snooping snootier snoozing snore snores snort snorted snorting
snot snots snow snuff snug snugging snugs soaped soaping soar soared soaring sobs socially sock socked socking
socks sodded sods sofa solacing sold solo solve someplace somethings sometime somewhat somewhats song songs
soot soothing sopped sopping sops sore sores sorta soul sounder soundest sown sows spade spangles spank
spanked spanking spankings spanks spanning spar sparkled sparkler sparkles sparkling sparred sparring spars
sparse spat spate spats spatter spattered spatters spatting spawning spay spayed spaying spays speaking
spearing specious specking sped speedier speeding spell spelling spellings spells spending spent spice spill
spilt spindlier spindliest spindly spineless spinning spiralling spire spires spiriting spit spite spiting
spits spitting splashed splashes splashing splat splatter splattered splicing splint splinting splints
splurging spoil spoiling spoke spokes sponge sponging spoofing spooking spool spooling spoon spooning spore
sport sported sporting sports spot spotting spouts sprained spraining sprawling spray spreading spreeing
springier springing sprinkle sprinkled sprinkles sprinter sprinters sprinting sprouting sprucing spunk
spurious spurning spurring sputtered squalling squaring squashed squashes squashing squatter squatting
squeaking squealed squeezing squirmed squirted squirting stab stabbing stabled stabling stabs staff staffing
stag stage staged staging stags staid stake staked staking stale staled staling stalk stalking stall stalling
stampeding stamping stanch stanching stank stapling star starched starching stare stared stares stark
starlight starring stars startling starving stationed stations statue stave staved staving steadied steady
steal stealing steals steam steamier steaming steams steeling steep steeping steeps steering stem stemmed
stemming stems stepladder sterling stew stews stick stickers stickier stifling stillborn stilling stills sting
stinging stings stint stinting stints stir stirring stirs stitch stitched stitches stitching stock stocked
stocking stockings stocks stocky stoke stokes stoking stole stoles stolid stomp stomped stomping stoniest
stony stood stoop stooped stooping stopgap stopgaps stopover stoppage stoppered stoppering stoppers storehouse
storeroom storerooms storeys stories stork storks story stow straighten straighter straights strain strained
strainer strains stranding strap strapped strapping strawing stray strayed straying strays streaked streaking
streamed streamer streamline streetcar streetcars stressing stretching strewing striding striking string
stringing stripe stroking strove struck strumming strutting stubbed studding stumping stunk stunning stunting
stuttered subsistence suck sudden sued suffices sugaring suicides suit suits summit sundae sundry sunk
sunlight suns supple suppler supplest supplier suppliers supposes surmount surnames survived sustained
sustains swab swabbed swabs swam swamping swapped swapping swat swathing swatting sway swayed sways sweat
sweep sweeping sweepings sweeps sweet swell swelling swellings swells swerving swigging swigs swill swilling
swimming swindle swindled swindler swindlers swindles swindling swines swing swirling swishing switchboard
switchboards swoon swooning swooping swore symphony syringing tabs tack tacking tackling tags tailed tailing
take taker takes tale tales talk tally tame tamer tang tanner tans tape tarrying tars task taste tasted
tastiest tasting teaching teaming teasing teat teats teen tees teeth teething tell tells temperament
temperaments tempting tendency tender tenser tent tented tenting tents tenuring terminate terminus terribly
terrific terrifies test testes testified testis texts than thankfully thanking thaw theatres thee them theme
themes theorems theories therapies thereafter these theses thin think thinks thins thong thongs thorough
though thought thoughts thread threads threaten threatens three threes thriving throat throats throbbing
thronging throughout throughput thudding thumbing tickle tickling tidy tied tier ties tiger tilde till tilled
tilling tills tilt tilted tilting tilts timber ting tingling tings tinkling tipped tips tire tires tiring
title titled titles titling tits toasters toasting toddle toddled toddles toiled toiling token tome tomorrows
tonal tons took tool toot toppling torch torment torments torn toss totality tots touchdown tough towed tows
toying toys trace tracing tract trademark trailing training tramp tramped tramping trampled transferred
transfers transform trapdoor trappers trappings trashing trawling treat treating treats trek trekking treks
trend trends trialling trick trickier tricking tricycle tries trifling trilling trim trimming trims trio trios
tripe tripled triplet triplets tripling tripos trooping troublesome trough trouping trowel truck trucking true
trued trues truing trumping trunking trusting tuba tune tuned tuning turf turfed turfing turfs turnaround
turnout turnover turnstile turnstiles tweaking twee twinkling twirling twisting tying udder unacceptably
unconsciously undercover undercut undercuts undercutting underdog underdogs underflow undergoes undergoing
undergone underground undergrowth underline underlining underside understanding understands understate
understates understood undertaken underwater underwent unevenly unfit unfits unhappily unite unobtainable
unsafest unsuitable untie unusable unworkable upend upped upstarts urgently urns usable usefully uselessly
vain value values vandal vandalise vandalises vandalism vane vary vase veer vend vends venerable ventilating
ventilator verb vertices vest vests vets vibration vibrations violating violently violet virulent wade wads
wafer waft wafted wafting wager wags waif wail wailing wails waist waistline waited waiter waits waiving
wakening walkout waltzing wand wands wane waned waning wantoned warbling ward warded warding warn warp warping
warps warren warring wars wart wary washout wastefully watching waterfall waterfront waterproof watershed
watersheds waterway waterworks watt waver wavy waxy wayside weakened wealthier wean weaponry wear wearying
weeding weeds weedy weeing weekdays weekended weekends weep weeps weer wees weld well wells welt wept were
west wettest whale whatever wheat wheeling wheezing whenever whet whets whew while whirling whirring whisking
whitening whittling wholesome whore whose widen widow widowing widows width wife wild wilder wilds willpower
wilt wily windfall windpipe windpipes windscreen wine wined wines wing wings wining wink winks winner wins
wintrier wipe wiped wiper wipes wiping wiry wise wiser wises wish wishing wisp wisps witch withhold within
withstanding withstood wits wive wives wobblier wobbliest woks woodwind woodwinds woodwork wooed woof wool
woos word wordiest wording wordings words wordy wore workman workmen workout workplace workshop workshops
world worm worming worms worrying worsen worst worsting worthies wound wreak wreaked wreathed wreathes wrecker
wren wrenched wrestling wretched wring writ writhing writing writings wrongdoing wrung yardsticks yarn yearn
yearns yens yesterdays yews yours yourself yous youth
// generated: end
`;
