// The repair catalogue: common UK social-housing repair problems, what a tenant would call
// them, how urgent they usually are, and the words that point to them. It knows nothing of
// any landlord: a pack maps `tier` and `tags` to that landlord's own priorities.
//
// Tiers follow the common social-housing reading:
//   emergency  danger to people, serious damage to the property, or the home is not secure
//   urgent     prevents damage quickly, or overcomes serious inconvenience
//   routine    can wait for an appointment
//   planned    planned or major works (a new kitchen, re-roofing)
// Where the words alone cannot settle the tier, the issue carries one YES/NO question.
//
// Matching is by concept, not by sentence: CONCEPTS lists the words and short phrases (in
// the form normalise() produces) for an object (boiler, toilet) or a symptom (leak,
// blocked, will not lock); each issue's cues say which concepts together point to it and
// how strongly (weights 1-10). See repair-matcher.ts for how they are read.
import type { Clarification, RepairIssue } from './triage.types.js';

/**
 * Concept -> terms, written as normalise() writes them (lower case; every negative
 * contraction is "not"). A term is one word or a short phrase. "~" inside a phrase lets up
 * to three other words stand between its neighbours. A word starting with "=" must match
 * the word exactly (no stemming): "=lift" does not match "lifting".
 */
export const REPAIR_CONCEPTS: Record<string, string[]> = {
  // ---- generic symptoms --------------------------------------------------------------
  broken: [
    'lights out', 'light out', 'lights are out', 'lights gone out', 'lights have gone out', 'lights went out',
    'broken', 'broke', 'not working', 'not work', 'not ~ work', 'stopped working', 'stop working',
    'packed in', 'packed up', 'pack in', 'knackered', 'bust', 'busted', 'kaput', 'dead', 'died',
    'dying', 'faulty', 'fault', 'playing up', 'play up', 'conked out', 'conked', 'on the blink',
    'not turning on', 'not turn on', 'not come on', 'not coming on', 'not firing', 'not fire up',
    'failed', 'failing', 'failure', 'defective', 'not functioning', 'out of order', 'no good',
    'useless', 'had it', 'given up', 'gave up', 'cutting out', 'cut out', 'keeps cutting out',
    'keeps going off', 'gone off', 'went off', 'damaged', 'damage', 'snapped', 'error',
    'error code', 'fault code', 'malfunction', 'malfunctioning', 'duff', 'not working properly',
    'stopped', 'not responding', 'not start', 'not switch on', 'not turn on', 'ruined', 'wrecked',
    'gone', 'goosed', 'fried', 'blown', 'not go on', 'gone kaput', 'out of action', 'out of service',
    'not in service', 'been out', 'is out', 'broken down', 'breakdown', 'broke down',
  ],
  problem: [
    'problem', 'problems', 'issue', 'issues', 'trouble', 'wrong', 'fix', 'fixed', 'fixing',
    'repair', 'repaired', 'repairs', 'sort out', 'sorted', 'look at', 'check', 'checked',
    'not right', 'temperamental', 'intermittent', 'on and off', 'rubbish', 'awful',
    'terrible', 'state', 'mess',
  ],
  neg: ['=not', 'no', 'never', 'nothing', 'without', 'none', 'lost', 'loss', 'zero', 'no more', 'run out'],
  cold: [
    'cold', 'freezing', 'stone cold', 'lukewarm', 'luke warm', 'tepid', 'not hot', 'not warm',
    'not heating up', 'not heat up', 'not getting hot', 'not get hot', 'not warming up',
    'not warm up', 'chilly', 'icy', 'not heating', 'baltic', 'not get warm', 'not getting warm',
    'running cold', 'runs cold', 'goes cold', 'gone cold', 'turns cold', 'not hot enough', 'cold at the top',
    'warm at the bottom', 'cold at top', 'only warm', 'needs bleeding', 'need bleeding', 'bleed',
  ],
  loose: [
    'loose', 'wobbly', 'wobbles', 'wobble', 'wobbling', 'unstable', 'coming away', 'come away',
    'came away', 'coming off', 'come off', 'came off', 'fell off', 'fallen off', 'falling off',
    'hanging off', 'hanging', 'detached', 'dislodged', 'not fixed', 'leaning', 'moves', 'rocking',
    'rocks', 'pulled off', 'coming out of the wall', 'pulled out', 'hanging down', '=lifting',
  ],
  missing: ['missing', 'blown off', 'taken', 'stolen', 'ripped off', 'gone missing', 'disappeared', 'removed', 'taken down'],
  stuck: [
    'stuck', 'jammed', 'jam', 'jams', 'sticking', 'sticks', 'sticky', 'stiff', 'seized',
    'seized up', 'hard to open', 'hard to close', 'hard to shut', 'not open', 'not opening',
    'catching', 'catches', 'dropped', 'binding', 'swollen', 'misaligned', 'scraping',
    'rubbing', 'hard to turn', 'not turn', 'not budge', 'not move', 'easing', 'ease', 'adjust', 'adjusting',
    'adjustment', 'realign', '=planing', 'rehang', 'rehung', 're hang',
  ],
  open: ['open', 'opening', 'opened'],
  closeword: ['close', 'closing', 'closed', 'shut', 'shutting'],
  rotten: [
    'rotten', 'rotting', 'rot', 'rotted', 'decayed', 'decaying', 'crumbling', 'crumble',
    'perished', 'wet rot', 'dry rot', 'soft', 'falling apart', 'disintegrating',
  ],
  draught: [
    'draught', 'draughts', 'draughty', 'draft', 'drafts', 'drafty', 'breeze', 'wind coming',
    'wind blowing', 'air coming in', 'cold air', 'whistling', 'gap', 'gaps',
  ],
  noise: [
    'noise', 'noises', 'noisy', 'banging', 'bang', 'bangs', 'knocking', 'knock', 'humming',
    'hum', 'whistling', 'gurgling', 'gurgle', 'rattling', 'rattle', 'rattles', 'clunking',
    'clunk', 'loud', 'screeching', 'squealing', 'vibrating', 'grinding', 'clanking', 'roaring',
    'hissing', 'dripping noise',
  ],
  smell: [
    'smell', 'smells', 'smelly', 'smelling', 'stink', 'stinks', 'stinking', 'stench', 'whiff',
    'odour', 'odor', 'reek', 'reeks', 'reeking', 'pong', 'pongs', 'minging', 'honking',
    'rank', 'fumes', 'fume', 'niff', 'hum of', 'horrible smell',
  ],
  danger: [
    'dangerous', 'unsafe', 'hazard', 'hazardous', 'danger', 'death trap', 'deathtrap',
    'lethal', 'could fall', 'about to fall', 'falling on', 'could kill', 'not safe', 'someone could get hurt',
  ],
  collapse: [
    'collapsed', 'collapse', 'collapsing', 'fallen down', 'fell down', 'fallen in', 'fell in',
    'falling down', 'falling in', 'caved in', 'cave in', 'caving in', 'coming down', 'came down',
    'come down', 'about to fall', 'going to fall', 'gonna fall', 'sagging', 'sag', 'sags',
    'bowing', 'bulging', 'bulge', 'bulges', 'giving way', 'given way', 'gave way', 'crashed down',
    'dropped down', 'fallen through', 'fell through',
  ],
  fall: ['fallen', 'falling', 'fell', 'fall', 'dropping', 'fallen off', 'fell off', 'falling off', 'falling down'],
  cutout: [
    'keeps cutting out', 'cutting out', 'cuts out', 'keeps going off', 'keeps turning off', 'goes off',
    'keeps going out', 'keeps switching off', 'keep going off', 'keeps tripping', 'on and off',
  ],
  cracks: [
    'crack', 'cracks', 'cracked', 'cracking', 'split', 'splits', 'splitting', 'hairline',
    'subsidence', 'movement', 'fracture',
  ],
  smashed: [
    'smashed', 'smash', 'shattered', 'shatter', 'broken glass', 'broken pane', 'chipped',
    'brick through', 'stone through', 'put through', 'kicked through', 'punched through',
    'hole in the glass', 'cracked glass',
  ],
  hole: ['hole', 'holes', 'hollow', 'spongy', 'bouncy', 'gaping', 'opening up'],
  stain: [
    'stain', 'stained', 'stains', 'watermark', 'water mark', 'water marks', 'brown patch',
    'yellow patch', 'discoloured', 'discolouration', 'tide mark', 'tidemark',
  ],
  flicker: ['flicker', 'flickering', 'flickers', 'flashing on and off', 'dim', 'dimming', 'buzzing'],
  beeping: [
    'beeping', 'beep', 'beeps', 'bleeping', 'bleep', 'bleeps', 'going off', 'goes off',
    'keeps going off', 'sounding', 'sounded', 'ringing', 'screaming', 'alarm going',
    'alarm sounding', 'shrieking', 'set off',
  ],
  chirp: ['chirp', 'chirping', 'chirps', 'low battery', 'battery', 'batteries', 'tweeting'],
  stuckon: [
    'stuck on', 'always on', 'on all the time', 'constantly on', 'not go off', 'not switch off',
    'not turn off', 'not ~ turn off', 'not shut off', 'keeps coming on', 'not going off',
    'not turning off', 'too hot', 'boiling hot', 'roasting', 'not stop', 'scalding', 'scald', 'scalded',
  ],
  turnoff: ['turn off', 'turn it off', 'switch off', 'shut off', 'turning off', 'turned off'],
  partial: [
    '=bedrooms', 'both bedrooms', 'upstairs rooms', 'back rooms',
    'some', 'partly', 'partially', 'partial', 'half', 'upstairs', 'downstairs', 'only one',
    'one room', 'some rooms', 'not all', 'a few', 'couple of', 'intermittent', 'on and off',
    'comes and goes', 'sometimes', 'not properly', 'now and then', 'one of', 'few of', 'one or more',
    'some of', 'a room', 'certain rooms', 'circuit', 'one circuit', 'a circuit', 'rooms', 'one socket',
  ],
  only: ['only', 'only one', 'only 1', 'the only', 'just one', 'just the one', 'no other', 'no second', 'sole', 'single', 'one wc', 'one toilet'],
  severe: ['major', 'severe', 'serious', 'heavy', 'massive', 'huge', 'significant', 'big leak', 'really bad'],
  vulnerable: [
    'vulnerable', 'elderly', 'disabled', 'disability', 'baby', 'newborn', 'new born', 'pregnant', 'oxygen',
    'terminally ill', 'terminal', 'poorly', 'seriously ill', 'dementia', 'wheelchair', 'chemo', 'chemotherapy',
    'cancer', 'frail', 'pensioner', 'pensioners', 'infant', 'over 65', 'over 70', 'over 75', 'over 80', 'copd',
    'household is vulnerable', 'medical condition', 'oap', 'month old', 'months old', 'week old', 'weeks old',
  ],
  all: [
    'all', 'whole', 'entire', 'every', 'everything', 'total', 'totally', 'completely',
    'complete', 'full', 'fully', 'at all', 'all of', 'everywhere', 'none of',
  ],
  request: [
    'need', 'needs', 'needed', 'want', 'wanted', 'would like', 'request', 'requesting',
    'can i have', 'could i have', 'can i get', 'could i get', 'asking for', 'apply for',
    'applied for', 'install', 'installed', 'put in', 'fitted', 'fit', 'get one', 'waiting for',
    'on the list',
  ],
  newthing: [
    'new', 'replacement', 'replace', 'replaced', 'replacing', 'upgrade', 'upgraded', 'upgrading',
    'modernise', 'modernised', 'modernisation', 'refurb', 'refurbish', 'refurbishment',
    'renewal', 'renew', 'renewed', 'brand new', 'revamp', 'refit',
  ],
  old: [
    'old', 'outdated', 'dated', 'falling apart', 'worn out', 'worn', 'tired', 'ancient',
    'years old', 'past its best', 'original', 'out of date', 'end of its life', 'decades',
  ],
  home: ['house', 'home', 'flat', 'property', 'place', 'bungalow', 'maisonette', 'whole house'],
  above: [
    'upstairs flat', 'flat above', 'above', 'upstairs neighbour', 'from upstairs',
    'flat upstairs', 'neighbour above', 'above me', 'from above',
  ],
  outside: ['outside', 'outdoor', 'outdoors', 'external', 'exterior', 'porch', 'yard'],
  rain: ['rain', 'raining', 'rainwater', 'rains', 'storm', 'wet weather', 'when it rains', 'rainy'],
  storm: ['storm', 'wind', 'winds', 'gale', 'gales', 'blown down', 'blew down', 'blown over', 'blew over'],

  // ---- heating and hot water ----------------------------------------------------------
  heating: ['heating', 'heat', 'central heating', 'heated', 'warmth'],
  boiler: ['boiler', 'boilers', 'back boiler', 'gas boiler', 'the boiler'],
  combi: ['combi', 'combi boiler', 'combination boiler', 'combi boilers', 'worcester combi'],
  condensate: ['condensate', 'condensate pipe', 'condensation pipe', 'condenser pipe'],
  radiator: ['radiator', 'radiators', 'rad', 'rads'],
  towelrail: ['towel rail', 'heated towel rail', 'towel radiator', 'towel rad'],
  storageheater: [
    'storage heater', 'storage heaters', 'night storage', 'night storage heaters',
    'electric storage heater', 'storage heating', 'economy 7', 'economy seven',
  ],
  heater: ['heater', 'heaters', 'fan heater', 'wall heater', 'panel heater', 'electric heater', 'electric heaters'],
  thermostat: [
    'thermostat', 'thermostats', 'programmer', 'timer', 'controls', 'control panel', 'room stat',
    'trv', 'trvs', 'radiator valve', 'radiator valves', 'heating controls', 'hive', 'nest thermostat',
    'thermostatic valve', 'valve on the radiator',
  ],
  pressure: [
    'pressure', 'losing pressure', 'lost pressure', 'pressure gauge', 'pressure dropping',
    'pressure drops', 'repressurise', 'filling loop', 'low on pressure',
  ],
  pilot: [
    'pilot light', 'pilot', 'ignition', 'not ignite', 'not ignite', 'not light', 'not lighting',
    'flame', 'lockout', 'locked out boiler', 'not fire', 'red light', 'flashing light',
    'flashing red',
  ],
  hotwater: [
    'hot water', 'warm water', 'hot shower', 'hot bath', 'hot showers', 'hot water supply',
    'hotwater',
  ],
  immersion: [
    'immersion', 'immersion heater', 'cylinder', 'hot water tank', 'hot water cylinder',
    'water tank', 'tank', 'airing cupboard', 'cold water tank', 'header tank', 'water heater',
  ],
  solidfuel: [
    'solid fuel', 'coal', 'coal fire', 'wood burner', 'log burner', 'multi fuel', 'multifuel',
    'stove', 'oil', 'oil boiler', 'oil tank', 'oil heating', 'oil fired', 'solar', 'solar thermal',
    'solar panel', 'solar panels', 'biomass', 'lpg', 'rayburn', 'aga', 'wood stove',
  ],
  heatpump: ['heat pump', 'air source', 'ground source', 'ashp', 'air source heat pump', 'heatpump'],
  gasfire: ['gas fire', 'fireplace', 'fire surround', 'electric fire', 'wall fire', 'gas heater'],
  fire: ['fire', 'fires'],
  flue: ['flue', 'flues', 'boiler flue', 'flue pipe', 'chimney flue', 'flue terminal'],
  communalheating: ['communal heating', 'district heating', 'heat network', 'block heating'],

  // ---- gas ------------------------------------------------------------------------------
  gas: ['gas', 'gas supply', 'gas pipe', 'gas pipes', 'gas hob', 'gas cooker'],
  gassmell: [
    'smell gas', 'smell of gas', 'smells of gas', 'smelling gas', 'gas smell', 'gas leak',
    'leaking gas', 'gas escape', 'gas escaping', 'whiff of gas', 'gas leaking', 'smells like gas',
    'smell like gas', 'gassy smell', 'smell ~ gas', 'gas ~ smell',
  ],
  gasoff: ['gas off', 'gas cut off', 'gas been cut off', 'gas turned off', 'no gas', 'gas capped', 'gas not on'],
  meter: ['meter', 'meters', 'electric meter', 'gas meter', 'prepayment meter', 'key meter', 'card meter', 'smart meter'],
  co: ['carbon monoxide', 'co', 'co2', 'monoxide'],
  coalarm: [
    'co alarm', 'carbon monoxide alarm', 'co detector', 'carbon monoxide detector', 'co2 alarm',
    'co2 detector', 'monoxide alarm', 'co alarms', 'carbon monoxide alarms', 'co sensor',
  ],

  // ---- water, leaks, plumbing -------------------------------------------------------------
  water: ['water', 'wet', 'soaking', 'soaked', 'sodden', 'puddle', 'puddles', 'pool of water', 'soggy'],
  leak: [
    'leak', 'leaks', 'leaking', 'leaky', 'leakage', 'leaked', 'drip', 'drips', 'dripping', 'drippy',
    'seeping', 'seep', 'seeps', 'weeping', 'escaping', 'trickling', 'coming through', 'running down',
    'water coming in', 'rain coming in', 'water getting in', 'rain getting in', 'letting water in',
    'letting rain in', 'lets water in', 'lets rain in', 'letting in water', 'water through', 'pissing water',
    'water dripping', 'dribbling', 'wet patch', 'leeking',
  ],
  burst: [
    'burst', 'gushing', 'gush', 'gushes', 'pouring', 'pours', 'poured', 'spraying', 'sprays',
    'spurting', 'flooding', 'flood', 'flooded', 'floods', 'water everywhere', 'uncontrollable', 'torrent', 'pissing', 'streaming', 'pumping out', 'shooting out',
    'flowing', 'like a tap', 'full flow', 'cascading', 'raining through', 'water pouring', 'spouting',
    'out of control', 'uncontainable', 'uncontained', 'uncontrolled', 'not be contained', 'not contain',
    'not be controlled', 'not control', 'not be stopped', 'not containable', 'not controllable',
  ],
  totalloss: ['total', 'totally', 'complete', 'completely', 'at all', 'whatsoever', 'entirely', 'none at all', 'nothing at all'],
  // something is fine or still working ("no heating, the hot water is ok")
  fine: ['fine', 'ok', 'okay', '=works', 'working fine', 'works fine', 'work fine', 'working ok', 'works ok', 'is working', 'are working', 'still working', 'still works', 'working normally', 'all right', 'alright'],
  // water getting into the home from outside (a gutter, a wall): "gutter overflowing and rain getting in"
  ingress: [
    'come in', 'coming in', 'comes in', 'came in', 'getting in', 'gets in', 'coming inside', 'ingress', 'penetrating',
    'penetration', 'into the house', 'into the home', 'into the flat', 'into the property', 'into my house',
    'into my flat', 'into my home', 'inside the house', 'inside the flat', 'indoors', 'water coming in', 'rain coming in',
    'water getting in', 'rain getting in', 'letting water in', 'letting rain in', 'lets water in', 'lets rain in',
    'letting in water', 'water ~ come in', 'water ~ get in', 'rain ~ come in', 'rain ~ get in',
  ],
  notstop: ['not stop', 'not ~ stop', 'not stopping', 'non stop', 'will not stop', 'not stop it'],
  noturnoff: [
    'not turn off', 'not ~ turn off', 'not switch off', 'not shut off', 'not turn it off',
    'not turning off', 'not go off',
  ],
  stoptap: [
    'stop tap', 'stopcock', 'stop cock', 'stop valve', 'stoptap', 'main valve', 'isolation valve',
    'water main', 'mains tap', 'stopcocks', 'isolating valve',
  ],
  pipe: ['pipe', 'pipes', 'pipework', 'plumbing', 'water pipe', 'copper pipe', 'joint', 'joints', 'fitting under'],
  wastepipe: [
    'waste pipe', 'waste', '=trap', 'u bend', 'ubend', 'sink waste', 'under the sink', 'under sink',
    'under the bath', 'under the basin', 'plughole', 'plug hole',
  ],
  tap: ['=tap', '=taps', 'mixer tap', 'mixer', 'faucet', 'cold tap', 'hot tap', 'outside tap', 'kitchen tap', 'bath tap'],
  overflowpipe: ['overflow pipe', '=overflow', '=overflows', 'warning pipe', 'overflow pipes'],
  running: [
    'running', 'keeps running', 'running constantly', 'constantly running', 'running all the time',
    'not stop running', 'always running', 'running non stop', 'keeps filling', 'trickling',
  ],
  overflow: [
    'overflowing', 'overflowed', 'over flowing', 'coming up', 'come up', 'comes up', 'bubbling up',
    'spilling', 'spilling over', 'backing up', 'backed up', 'coming back up', 'rising',
  ],
  frozen: ['frozen', 'froze', '=freeze', 'frozen pipe', 'frozen pipes', 'iced up', 'ice'],
  watersupply: [
    'water supply', 'mains water', 'water off', 'water cut off', 'water been cut off',
    'water turned off', 'no water', 'water not on', 'water supplies', 'water not coming out',
    'nothing comes out', 'nothing coming out',
  ],
  lowpressure: [
    'low pressure', 'poor pressure', 'weak pressure', 'pressure is low', 'pressure low',
    'no pressure', 'barely comes out', 'dribble', 'trickle', 'pressure is rubbish',
    'pressure is poor', 'low water pressure', 'water pressure',
  ],

  // ---- drainage and toilets -------------------------------------------------------------
  toilet: ['toilet', 'toilets', 'loo', 'wc', 'lav', 'lavatory', 'bog', 'toilet pan', 'toilet bowl', 'pan', 'loos'],
  cistern: ['cistern', 'toilet tank', 'cisterns'],
  flush: ['flush', 'flushing', 'flusher', 'flush handle', 'flush button', 'chain', 'syphon', 'siphon', 'toilet handle', 'flushes'],
  fill: ['fill', 'filling', 'refill', 'refilling', 'fills', 'fill up'],
  seat: ['toilet seat', 'seat', 'seat lid', 'loo seat', 'toilet lid'],
  blocked: [
    '=blocked', '=blockage', '=blockages', '=blocked up', 'clogged', 'clog', 'choked', 'backing up',
    'backed up', 'not draining', 'not drain', 'not going down', 'not go down', 'slow draining',
    'slow to drain', 'draining slowly', 'drains slowly', 'standing water', 'bunged', 'bunged up',
    'not empty', 'not emptying', 'not going away', 'water not going', 'water sitting', '=blocking',
    '=block up', 'got blocked',
  ],
  sink: ['sink', 'sinks', 'kitchen sink', 'sink unit'],
  basin: ['basin', 'wash basin', 'washbasin', 'hand basin', 'bathroom sink', 'pedestal', 'vanity', 'basins'],
  bath: ['bath', 'bathtub', 'tub', 'bath tub', 'baths'],
  shower: ['shower', 'showers', 'shower head', 'shower tray', 'power shower', 'mixer shower', 'shower valve'],
  elecshower: ['electric shower', 'electric showers', 'triton', 'mira shower'],
  showerscreen: ['shower screen', 'shower door', 'shower rail', 'shower curtain rail', 'curtain rail', 'riser rail', 'shower riser', 'shower hose'],
  drain: ['drain', 'drains', 'gully', 'gulley', 'grid', 'inspection chamber', 'outside drain', 'drainage', 'gullies'],
  maindrain: ['main drain', 'main drains', 'soil stack', 'soil pipe', 'sewer', 'sewers', 'main sewer', 'foul drain', 'foul drains', 'soil vent'],
  manhole: ['manhole', 'manhole cover', 'drain cover', 'inspection cover', 'manhole lid', 'drain lid', 'grate'],
  sewage: [
    'sewage', 'sewerage', 'raw sewage', 'human waste', 'sewer water', 'toilet water', 'dirty water',
    'waste water', 'sewage water', 'foul water', 'foul drain', 'foul drains',
  ],
  excrement: ['poo', 'poop', 'faeces', 'feces', 'shit', 'excrement', 'turds', 'turd'],
  animal: ['dog', 'dogs', 'cat', 'cats', 'fox', 'foxes', 'pet', 'pets', 'puppy', 'horse'],
  car: ['=car', '=cars', 'van', 'vehicle', 'motorbike', 'bike', 'bikes', 'scooter', 'moped'],
  gascheck: [
    'gas safety check', 'gas check', 'gas safety', 'safety check', 'gas service', 'boiler service',
    'annual service', 'gas safety inspection', 'annual gas check', 'service my boiler', 'gas certificate',
    'service the boiler', 'boiler serviced', 'landlord gas safety',
  ],

  // ---- electrics ------------------------------------------------------------------------
  electric: [
    'electric', 'electrics', 'electricity', 'power', 'mains', 'electrical', 'electric supply',
    'power supply', 'lecky', 'leccy',
  ],
  nopower: [
    'power cut', 'no power', 'power out', 'power off', 'blackout', 'power outage', 'outage',
    'no electric', 'no electricity', 'no electrics', 'lost power', 'electric off', 'electrics off',
    'electricity off', 'power gone', 'electric gone', 'electrics gone', 'no lights or sockets',
    'everything off', 'whole house dark',
  ],
  fusebox: [
    'fuse box', 'fusebox', 'consumer unit', 'fuse board', 'trip switch', 'trip switches',
    'circuit breaker', 'circuit breakers', 'breaker', 'breakers', 'rcd', 'mcb', 'fuses', 'meter cupboard',
  ],
  tripping: [
    '=tripping', '=trips', 'keeps tripping', 'tripping out', 'tripped out', 'trips out',
    'fuse blown', 'blown fuse', 'fuse blowing', 'fuse keeps blowing', 'fuse blew', 'blew the fuse',
    'blows the fuse', 'trip switch keeps', 'keep tripping', 'tripping the electrics',
    'tripping the power', 'trips the power', 'trips the electrics',
  ],
  tripped: ['=tripped', 'has tripped', 'switch tripped'],
  socket: ['socket', 'sockets', 'plug socket', 'plug sockets', 'power point', 'outlet', 'double socket', 'plugs'],
  lightswitch: ['switch', 'switches', 'light switch', 'light switches', 'pull cord', 'pull switch', 'dimmer'],
  light: [
    'lights out', 'light out', 'lights are out', 'lights gone out', 'lights have gone out', 'lights went out',
    'light', 'lights', 'lighting', 'lamp', 'light fitting', 'light fittings', 'ceiling light',
    'ceiling rose', 'bulb', 'bulbs', 'lightbulb', 'light bulb', 'spotlight', 'spotlights',
    'downlight', 'downlights', 'strip light', 'fluorescent', 'tube light',
  ],
  wiring: [
    'wire', 'wires', 'wiring', 'cable', 'cables', 'exposed wire', 'exposed wires', 'bare wire',
    'bare wires', 'live wire', 'live wires', 'exposed wiring', 'hanging wire', 'flex',
  ],
  sparks: [
    'spark', 'sparks', 'sparking', 'sparked', 'arcing', 'scorch', 'scorched', 'scorching',
    'scorch mark', 'scorch marks', 'melted', 'melting', 'charred', 'electric shock', 'shock',
    'shocks', 'got a shock', 'shocked', 'crackling', 'fizzing', 'bang and smoke',
    'blew up', 'exploded', 'black marks',
  ],
  burning: [
    'burning', 'burning smell', 'smell of burning', 'smells of burning', 'smoking', 'smoke',
    'hot to touch', 'very hot', 'overheating', 'burnt', 'burned', 'burn marks', 'electrical smell',
  ],
  rewire: ['rewire', 'rewiring', 'rewired', 'electrical upgrade', 'new wiring', 'rewire the house'],
  extractor: [
    'extractor', 'extractor fan', 'extractor fans', 'fan', 'vent fan', 'cooker hood', 'hood',
    'bathroom fan', 'kitchen fan', 'ventilation fan', 'ventilation', 'vent', 'vents', 'fans',
  ],
  cookerpoint: ['cooker point', 'cooker switch', 'cooker socket', 'cooker supply', 'cooker isolator', 'cooker connection'],
  cooker: ['cooker', 'oven', 'hob', 'hobs', 'grill', 'cookers', 'ovens'],
  doorbell: ['doorbell', 'door bell', 'bell'],
  aerial: ['aerial', 'tv aerial', 'satellite', 'satellite dish', 'tv signal', 'tv point', 'aerial socket'],

  // ---- doors, windows and security --------------------------------------------------------
  door: ['door', 'doors'],
  extdoor: [
    'front door', 'back door', 'patio door', 'patio doors', 'french door', 'french doors',
    'entrance door', 'outside door', 'external door', 'exterior door', 'flat door', 'door to my flat',
    'side door', 'rear door', 'sliding door', 'upvc door', 'my door', 'front doors', 'back doors',
    'kitchen door to garden', 'door to the garden',
  ],
  intdoor: [
    'bedroom door', 'bathroom door', 'living room door', 'lounge door', 'internal door',
    'internal doors', 'inside door', 'room door', 'toilet door', 'hall door', 'wardrobe door',
    'kitchen door', 'interior door', 'bedroom doors',
  ],
  communaldoor: [
    'communal door', 'communal doors', 'communal entrance', 'communal entrance door',
    'communal front door', 'entrance to the block', 'main entrance', 'main entrance door',
    'block door', 'building door', 'stairwell door', 'door to the block', 'door to the flats',
    'main door', 'front door of the block', 'front door to the flats', 'main door to the flats',
    'entrance door to the block', 'security door',
  ],
  firedoor: ['fire door', 'fire doors', 'door closer', 'self closer', 'self closing', 'closer', 'self closing door'],
  garagedoor: ['garage door', 'garage', 'garage doors', 'up and over door'],
  lock: [
    'lock', 'locks', 'locking', 'locked', 'lockable', 'latch', 'deadlock', 'deadbolt', 'bolt',
    'barrel', 'euro cylinder', 'cylinder lock', 'mechanism', 'yale', 'mortice', 'chubb',
  ],
  nolock: [
    'not lock', 'not locking', 'not ~ lock', 'unable to lock', 'not locked', 'not lockable',
    'lock not work', 'lock not working', 'not secure it', 'lock gone', 'lock broken', 'broken lock',
    'lock is broken', 'lock snapped', 'snapped lock', 'lock smashed',
  ],
  insecure: [
    'insecure', 'not secure', 'unsecure', 'not secured', 'wide open', 'cannot secure',
    'not close', 'not shut', 'not closing', 'not shutting', 'swinging open', 'blown open',
    'off its hinges', 'off the hinges', 'off hinges', 'not ~ close', 'not ~ shut', 'anyone could walk in',
    'anyone can walk in', 'anyone can get in', 'anyone could get in', 'stuck open', 'jammed open',
    'hanging open', 'not secure anymore', 'not stay shut', 'not stay closed', 'unlockable',
  ],
  forced: [
    'kicked', 'kicked in', 'kick in', 'kicking', 'kicked down', 'forced', 'forced open',
    'forced entry', 'smashed in', 'bashed in', 'booted', 'booted in', 'jemmied', 'pried',
    'prised', 'crowbar', 'tried to get in', 'tried to break in', 'attempted break in',
    'vandalised', 'vandalized', 'vandals', 'smashed up', 'kicked my door',
  ],
  burgled: [
    'burgled', 'burglary', 'burglar', 'burglars', 'break in', 'broken into', 'broke into', 'breakin',
    'intruder', 'intruders', 'been robbed', 'robbed', 'burgulary', 'someone broke in', 'somebody broke in',
    'they broke in', 'someone has broken in', 'had a break in', 'tried to break in', 'broke in last night',
  ],
  boarding: ['board up', '=boarded', '=boarding', 'boarding up', '=boarded up', 'boards up', 'needs boarding', 'board it up', 'board the window', 'board the door'],
  lockedout: [
    'locked out', 'lost my keys', 'lost keys', 'lost key', 'lost my key', 'keys lost', 'not get in',
    'not get into', 'shut out', 'left my keys', 'keys inside', 'keys stolen', 'stolen keys',
  ],
  keyproblem: [
    'key stuck', 'key snapped', 'key broke', 'key broken', 'snapped key', 'key not turn',
    'key not turning', 'key jammed', 'key stuck in', 'key broke off', 'key will not turn',
  ],
  window: [
    'window', 'windows', 'double glazing', 'double glazed', 'window frame', 'window frames', 'sash', 'sashes',
    'sash window', 'sash windows', 'sash cord', 'sash cords', 'casement',
    'skylight', 'velux', 'window unit', 'windae', 'windowpane', 'window pane', 'bay window',
  ],
  glass: ['glass', 'pane', 'panes', 'glazing', 'glazed'],
  sill: ['sill', 'window sill', 'windowsill', 'cill', 'window board'],
  frame: ['frame', 'frames', 'door frame', 'door frames'],
  handle: ['handle', 'handles', 'knob', 'knobs', 'lever'],
  hinge: ['hinge', 'hinges', 'off its hinges', 'off the hinges', 'hanging off'],
  catch: ['catch', 'catches', 'window catch', 'window latch', 'window lock', 'window locks'],
  misted: [
    'misted between', 'between the panes', 'between the glass', 'blown double glazing', 'blown unit',
    'blown seal', 'failed seal', 'failed unit', 'misted unit', 'misted up inside', 'inside the glass',
    'between the glazing', 'blown window', 'blown windows',
  ],
  restrictor: ['restrictor', 'restrictors', 'window restrictor', 'window restrictors', 'safety catch', 'child lock', 'child locks'],
  letterbox: ['letterbox', 'letter box', 'letterplate', 'letter plate', 'letter flap', 'mail slot'],

  // ---- roofs and outside ----------------------------------------------------------------
  roof: ['roof', 'roofs', 'flat roof', 'roofing', 'roof space', 'rooftop'],
  rooftile: [
    'roof tile', 'roof tiles', 'slate', 'slates', 'roof slate', 'roof slates', 'ridge tile',
    'ridge tiles', 'tiles off the roof', 'tiles off roof', 'tiles have come off the roof',
  ],
  reroof: ['re roof', 'reroof', 'reroofing', 're roofing', 'roof replacement', 'new roof', 'replace the roof'],
  chimney: ['chimney', 'chimney stack', 'chimney pot', 'chimneys', 'stack'],
  flashing: ['flashing', 'lead flashing', 'roof felt', 'felt', 'membrane'],
  gutter: [
    'gutter', 'gutters', 'guttering', 'down pipe', 'downpipe', 'downpipes', 'rainwater pipe',
    'drainpipe', 'drain pipe', 'rainwater goods', 'hopper', 'hoppers',
  ],
  fascia: ['fascia', 'fascias', 'soffit', 'soffits', 'bargeboard', 'barge board', 'bargeboards', 'fascia board', 'fascia boards'],
  fence: ['fence', 'fences', 'fencing', 'fence panel', 'fence panels', 'fence post', 'fence posts', 'panel fence'],
  gate: ['gate', 'gates', 'garden gate', 'side gate', 'back gate', 'front gate'],
  path: [
    'path', 'paths', 'pathway', 'footpath', 'paving', 'paving slab', 'paving slabs', 'slab', 'slabs',
    'flagstone', 'flagstones', 'steps', 'outside steps', 'front steps', 'driveway', 'drive',
    'patio', 'tarmac', 'pavement', 'concrete', 'paved area', 'flags',
  ],
  triphazard: ['trip hazard', 'tripping hazard', 'tripped over', 'fell over', 'uneven', 'sunken', '=sinking', 'could trip', 'might trip', 'someone will trip'],
  garden: ['garden', 'gardens', 'back garden', 'front garden'],
  wall: ['=wall', '=walls'],
  gardenwall: ['garden wall', 'boundary wall', 'retaining wall', 'brick wall', 'wall in the garden', 'front wall', 'dwarf wall'],
  externalwall: [
    'outside wall', 'outside walls', 'external wall', 'external walls', 'brickwork', 'render',
    'rendering', '=pointing', 'cladding', 'bricks', 'brick', 'mortar', 'outer wall', 'gable wall', 'gable end',
  ],
  shed: ['shed', 'outhouse', 'outbuilding', 'outbuildings', 'coal shed', 'storage shed', 'sheds'],
  tree: ['tree', 'trees', 'branch', 'branches', 'hedge', 'hedges', 'roots', 'overgrown', 'overhanging'],
  washingline: ['washing line', 'rotary line', 'rotary dryer', 'clothes line', 'whirligig', 'rotary airer', 'drying area', 'clothes post', 'washing post'],

  // ---- structure ------------------------------------------------------------------------
  // a storey of a building, not the floorboards: "I am on the 5th floor"
  storey: ['ground floor', 'first floor', 'second floor', 'third floor', 'fourth floor', 'fifth floor', 'sixth floor', 'seventh floor', 'eighth floor', 'ninth floor', 'tenth floor', 'top floor', 'bottom floor', 'upper floor', 'upper floors', 'lower floor', 'lower floors', 'floor above', 'floor below', 'same floor', 'each floor', 'every floor', 'all floors', 'floor level', '1st floor', '2nd floor', '3rd floor', '4th floor', '5th floor', '6th floor', '7th floor', '8th floor', '9th floor', '10th floor', '11th floor', '12th floor', '13th floor', '14th floor', '15th floor', '16th floor', '17th floor', '18th floor', '19th floor', '20th floor', '21st floor', '22nd floor', '23rd floor'],
  groundfloor: ['ground floor', 'bottom floor', 'ground level', 'street level', 'could climb in', 'can climb in', 'someone could get in', 'anyone could get in', 'anyone can get in'],
  hallway: ['hallway', 'hallways', 'hall', 'landing', 'landings'],
  dark: ['dark', 'pitch black', 'pitch dark', 'in darkness', 'in the dark', 'blacked out', 'lights out', 'light out', 'lights are out', 'lights gone out', 'lights have gone out', 'lights went out'],
  decorate: ['decoration', 'decorations', 'redecoration', 'redecorations', 'redecorate', 'redecorating', 'decorating', 'repainting', 'repaint', 'painting', 'decs', 'redecs'],
  ceiling: ['ceiling', 'ceilings'],
  plaster: ['plaster', 'plasterwork', 'plastering', 'artex', 'coving', 'plasterboard'],
  structure: ['structure', 'structural', 'building', 'foundations', 'foundation', 'lintel', 'joist', 'joists', 'beam'],
  stairs: ['stairs', 'staircase', 'stair', 'stairway', 'stair tread', 'treads', 'tread', 'nosing', 'step on the stairs'],
  banister: [
    'banister', 'banisters', 'bannister', 'bannisters', 'handrail', 'handrails', 'hand rail',
    'stair rail', 'spindles', 'spindle', 'balustrade', 'newel post', 'newel',
  ],
  floor: ['floor', 'floors', 'floorboard', 'floorboards', 'floor boards', 'floor board', 'subfloor', 'flooring', 'floor tiles', 'lino', 'vinyl floor'],
  skirting: ['skirting', 'skirting board', 'skirting boards', 'skirtings', 'architrave', 'architraves', 'door frame', 'door frames', 'door lining'],
  lofthatch: ['loft hatch', 'loft door', 'loft ladder', 'hatch', 'attic hatch', 'loft cover'],
  loft: ['loft', 'attic', 'loft space', 'roof space', 'lofts'],
  insulation: ['insulation', 'insulate', 'insulated', 'lagging', 'loft insulation', 'cavity wall insulation', 'cavity insulation'],
  balcony: ['balcony', 'balconies', 'walkway', 'deck access', 'balcony rail', 'balcony railings', 'railings'],
  asbestos: ['asbestos', 'asbestos sheet', 'asbestos tiles', 'asbestos boarding'],
  firedamage: ['fire damage', 'burnt out', 'burned out', 'smoke damage', 'after the fire', 'fire damaged', 'there was a fire', 'had a fire', 'since the fire'],

  // ---- damp and mould -------------------------------------------------------------------
  damp: [
    'damp', 'dampness', 'damp patch', 'damp patches', 'wet walls', 'wet wall', 'rising damp',
    'penetrating damp', 'moisture', 'musty', 'musty smell', 'damp smell', 'walls wet', 'walls are wet',
    'wet plaster', 'damp walls', 'damp wall', 'damp proof', 'damp course', 'always wet',
  ],
  mould: [
    'mould', 'mouldy', 'moulds', 'mildew', 'fungus', 'fungi', 'black mould', 'black spots',
    'black stuff', 'green stuff', 'spores', 'mould growth', 'mould spores', 'mould everywhere',
    'black mold', 'mushroom', 'mushrooms', 'black patches', 'black dots',
  ],
  condensation: [
    'condensation', 'steamy', 'steamed up', 'wet windows', 'water on windows', 'water on the windows',
    'windows wet', 'streaming windows', 'water running down windows', 'windows streaming', 'misted up',
    'misty windows', 'windows misted', 'windows dripping', 'water running down the walls', 'sweating',
  ],

  // ---- pests ----------------------------------------------------------------------------
  rat: ['=rat', '=rats', 'rodent', 'rodents', 'vermin', 'rat droppings', 'rat holes', 'ratty'],
  mouse: ['mouse', 'mice', 'mouses', '=droppings', 'mouse droppings', 'mouse poo'],
  wasp: ['wasp', 'wasps', 'wasp nest', 'wasps nest', 'hornet', 'hornets', 'bee', 'bees', 'bees nest', 'beehive', 'nest', 'swarm'],
  cockroach: ['cockroach', 'cockroaches', 'roach', 'roaches', 'german cockroach'],
  bedbug: ['bed bug', 'bed bugs', 'bedbug', 'bedbugs', 'bitten in bed', '=bites', '=bitten'],
  insects: [
    'ant', 'ants', 'flea', 'fleas', 'flies', 'maggot', 'maggots', 'moth', 'moths', 'silverfish',
    'beetle', 'beetles', 'woodworm', 'insect', 'insects', 'bugs', 'bug', 'slugs', 'slug', 'woodlice',
    'carpet beetles', 'flying ants', 'fruit flies', 'bluebottles', 'earwigs', 'crawling',
  ],
  birds: ['pigeon', 'pigeons', 'bird', 'birds', 'seagull', 'seagulls', 'gulls', 'starlings', 'nesting birds', 'birds nesting'],
  squirrel: ['squirrel', 'squirrels', 'grey squirrel'],
  infestation: [
    'infestation', 'infested', 'infestations', 'pest', 'pests', 'pest control', 'overrun',
    'scratching', 'scratching noise', 'scratching noises', 'gnawed', 'nibbled', 'chewed', 'scurrying',
    'running around', 'crawling with',
  ],

  // ---- communal areas -------------------------------------------------------------------
  lift: ['=lift', '=lifts', 'elevator', 'elevators', 'passenger lift'],
  trapped: ['=trapped', 'stuck in', 'stuck inside', 'locked in', 'shut in', 'not get out', 'someone inside', 'person inside', 'people inside', 'somebody stuck', 'someone stuck'],
  doorentry: [
    'door entry', 'door entry system', 'intercom', 'entryphone', 'entry phone', 'door phone',
    'buzzer', 'buzzers', 'fob', 'fobs', 'key fob', 'door release', 'access control', 'entry system',
    'door buzzer', 'door system', 'entry door system', 'fob reader', 'keypad', 'key pad', 'door entry phone',
  ],
  communal: [
    'communal', 'communal area', 'communal areas', 'shared', '=block', 'the =block', '=blocks', 'stairwell',
    'corridor', 'corridors', 'foyer', 'lobby', 'entrance hall', '=block of flats', 'the =flats',
    'tower', 'tower =block', 'stairwells', 'landings', 'shared area', 'shared hallway', 'bin room',
    'common area', 'common parts',
  ],
  communallight: [
    'communal light', 'communal lights', 'communal lighting', 'stairwell light', 'stairwell lights',
    'corridor light', 'corridor lights', 'stair lights', 'block lights', 'lights in the block',
    'lights on the stairs', 'lights in the stairwell', 'landing lights in the block', 'lights in the corridor',
    'hallway lights in the block',
  ],
  emerglight: ['emergency light', 'emergency lights', 'emergency lighting'],
  binchute: ['bin chute', 'refuse chute', 'rubbish chute', 'chute', 'chutes', 'bin chutes'],
  binstore: ['bin store', 'bin stores', 'bin room', 'bin area', 'bin shed', 'refuse store', 'bin cupboard'],

  // ---- adaptations ----------------------------------------------------------------------
  stairlift: ['stairlift', 'stair lift', 'stairlifts', 'stair lifts', 'chair lift', 'chairlift'],
  tfl: ['through floor lift', 'through the floor lift', 'home lift', 'vertical lift', 'step lift', 'platform lift', 'through floor', 'tfl'],
  hoist: ['hoist', 'hoists', 'ceiling hoist', 'tracking hoist', 'mobile hoist', 'track hoist'],
  grabrail: ['grab rail', 'grab rails', 'grab bar', 'grab bars', 'support rail', 'support rails', 'rails', 'rail', 'grabrail', 'grabrails'],
  ramp: ['ramp', 'ramps', 'wheelchair ramp', 'access ramp'],
  levelaccess: ['level access shower', 'level access', 'wet room', 'wetroom', 'walk in shower', 'shower seat', 'shower stool', 'shower chair', 'level access showers'],
  adaptation: [
    'adaptation', 'adaptations', 'adapted', 'adaptions', 'adaption', 'occupational therapist', 'ot',
    'disabled facilities', 'disabled adaptation', 'closomat', 'wash and dry toilet', 'raised toilet seat',
    'toilet frame', 'key safe', 'keysafe', 'door widening', 'automatic door', 'door opener', 'lever taps',
    'half step',
  ],

  // ---- kitchen and bathroom -------------------------------------------------------------
  kitchen: ['kitchen', 'kitchens'],
  bathroom: ['bathroom', 'bathrooms', 'shower room', 'washroom', 'en suite', 'ensuite'],
  cupboard: [
    'cupboard', 'cupboards', 'unit', 'units', 'kitchen unit', 'kitchen units', 'cabinet', 'cabinets',
    'cupboard door', 'cupboard doors', 'drawer', 'drawers', 'wall unit', 'base unit', 'plinth',
    'kickboard', 'kitchen cupboard', 'kitchen cupboards', 'cupbord',
  ],
  worktop: ['worktop', 'worktops', 'work top', 'work tops', 'work surface', 'work surfaces', 'counter', 'counter top', 'countertop'],
  tile: ['tile', 'tiles', 'tiling', 'splashback', 'grout', 'grouting', 'wall tiles', 'tiled'],
  sealant: ['sealant', 'silicone', 'seal', 'mastic', 'sealing', 'bath seal', 'seals'],
  bathpanel: ['bath panel', 'side panel', 'bath side', 'panel on the bath', 'bath panels'],
  firesafety: [
    'fire safety', 'fire extinguisher', 'extinguisher', 'fire blanket', 'sprinkler', 'sprinklers',
    'fire exit', 'escape route', 'dry riser', 'fire equipment', 'fire escape',
  ],
  smokealarm: [
    'smoke alarm', 'smoke alarms', 'smoke detector', 'smoke detectors', 'fire alarm', 'fire alarms',
    'heat alarm', 'heat alarms', 'heat detector', 'heat detectors', 'heat sensor', 'smoke sensor',
    'alarm', 'alarms', 'detector', 'detectors', 'smoke alarm', 'smokealarm',
  ],
};

/** A cue: every group must be present (a group is concepts joined by "|"); a "!" group must be absent. */
export interface RepairCue {
  w: number;
  all: string[];
  none: string[];
}

type CueSpec = [number, ...string[]];
type IssueSpec = RepairIssue & { cues: CueSpec[] };

// Clarifying questions used by several issues. GSM-7 only, and each ends with a YES/NO prompt.
const ASK_VULNERABLE: Clarification = {
  id: 'vulnerable-household',
  vulnerability: true,
  question: 'Is anyone in your home over 65, under 5, disabled, pregnant or unwell? Reply YES or NO',
  yes: { tier: 'emergency' },
};
const ASK_LEAK_ELECTRICS: Clarification = {
  id: 'leak-near-electrics',
  question: 'Is the water near any electrics, or coming through a light or socket? Reply YES or NO',
  yes: { tier: 'emergency', safety: 'water-electrics', issueId: 'water-through-light' },
};
const ASK_STOP_TAP: Clarification = {
  id: 'leak-stop-tap',
  question: 'Can you stop the water with your stop tap? Reply YES or NO',
  yes: {},
  no: { tier: 'emergency', issueId: 'leak-uncontrollable' },
};
const askOnlyToilet = (issueId?: string): Clarification => ({
  id: 'only-toilet',
  question: 'Is this the only toilet in your home? Reply YES or NO',
  yes: issueId ? { tier: 'emergency', issueId } : { tier: 'emergency' },
});
const ASK_CAN_LOCK: Clarification = {
  id: 'can-lock-home',
  question: 'Can you lock your home securely? Reply YES or NO',
  yes: {},
  no: { tier: 'emergency', issueId: 'external-door-insecure' },
};
const ASK_WINDOW_SECURE: Clarification = {
  id: 'window-secure',
  question: 'Is your home still secure, with no way in through the broken glass? Reply YES or NO',
  yes: {},
  no: { tier: 'emergency', issueId: 'boarding-up' },
};
const askFalling = (issueId: string): Clarification => ({
  id: 'falling-danger',
  question: 'Is anything falling, or hanging loose over a path or door? Reply YES or NO',
  yes: { tier: 'emergency', issueId },
});
const ASK_STRANDED: Clarification = {
  id: 'adaptation-stranded',
  question: 'Are you stuck, or unable to get to a bed or toilet without it? Reply YES or NO',
  yes: { tier: 'emergency' },
};
const ASK_BATH_INSTEAD: Clarification = {
  id: 'bath-instead',
  question: 'Do you have a bath you can use instead? Reply YES or NO',
  yes: { tier: 'routine' },
};
const ASK_WATER_BELOW: Clarification = {
  id: 'water-getting-through',
  question: 'Is water getting through to the floor or the room below? Reply YES or NO',
  yes: { tier: 'urgent', issueId: 'bath-shower-leak' },
};
const ASK_SPARKING: Clarification = {
  id: 'electrics-sparking',
  question: 'Is it sparking, smoking, scorched or hot to touch? Reply YES or NO',
  yes: { tier: 'emergency', issueId: 'dangerous-electrics' },
};

// Symptom groups used in many cues.
const BROKE = 'broken|neg|problem';
const DAMAGED = 'broken|loose|cracks|smashed|rotten|missing|problem|hole|collapse';

const SPECS: IssueSpec[] = [
  // ---- heating ------------------------------------------------------------------------
  {
    id: 'no-heating-no-hot-water', label: 'No heating and no hot water', area: 'heating', tier: 'urgent',
    tags: ['no-heating', 'no-hot-water'], clarify: ASK_VULNERABLE,
    cues: [[9.5, 'heating', 'hotwater', 'neg|broken|cold', '!fine'], [9.2, 'boiler|combi', 'hotwater', 'neg|broken|cold', '!fine']],
  },
  // Landlords' lists put a TOTAL loss of heating (and hot water) under emergency and a
  // partial loss under urgent; "total", "complete" or "at all" is that mark.
  {
    id: 'no-heating-no-hot-water-total', label: 'Total loss of heating and hot water', area: 'heating', tier: 'emergency',
    tags: ['no-heating', 'no-hot-water'],
    cues: [[9.65, 'heating|boiler|combi', 'hotwater', 'neg|broken|cold', 'totalloss', '!fine|partial']],
  },
  {
    id: 'no-heating-total', label: 'Total loss of heating', area: 'heating', tier: 'emergency', tags: ['no-heating'],
    cues: [[9.6, 'heating', 'neg|broken|cold', 'totalloss', '!fine|partial|hotwater']],
  },
  {
    id: 'no-heating', label: 'No heating', area: 'heating', tier: 'urgent', tags: ['no-heating'], clarify: ASK_VULNERABLE,
    cues: [
      [9.05, 'heating', 'neg|broken|cold'], [9, 'radiator', 'cold|neg|broken', 'all'], [6.5, 'heating', 'problem'],
      [7.5, 'home', 'cold'], [8.8, 'heating', 'pilot'],
    ],
  },
  {
    id: 'no-heating-vulnerable', label: 'No heating or hot water, with a vulnerable person at home', area: 'heating',
    tier: 'emergency', tags: ['no-heating', 'no-hot-water'],
    cues: [
      [9.7, 'heating|boiler|combi|radiator|storageheater|heatpump|communalheating|hotwater', 'neg|broken|cold|pilot', 'vulnerable'],
      [9.6, 'home', 'cold', 'vulnerable'],
    ],
  },
  {
    id: 'boiler-not-working', label: 'Boiler not working', area: 'heating', tier: 'urgent', tags: ['no-heating'],
    clarify: ASK_VULNERABLE,
    cues: [[8.9, 'boiler', 'broken|neg|pilot|cold'], [7.5, 'boiler', 'problem'], [5, 'boiler'], [9.3, 'condensate|boiler', 'frozen'], [8, 'condensate']],
  },
  {
    id: 'combi-boiler-fault', label: 'Combi boiler not working', area: 'heating', tier: 'urgent',
    tags: ['combi-boiler', 'no-heating', 'no-hot-water'], clarify: ASK_VULNERABLE,
    cues: [[9.4, 'combi', 'broken|neg|pilot|cold|problem|frozen'], [7, 'combi']],
  },
  {
    id: 'boiler-pressure', label: 'Boiler losing pressure', area: 'heating', tier: 'urgent', tags: ['heating-component'],
    cues: [[9.1, 'pressure', 'boiler|combi|heating|radiator'], [6, 'pressure', '!water|tap|shower|lowpressure']],
  },
  {
    id: 'boiler-leaking', label: 'Boiler leaking water', area: 'heating', tier: 'urgent',
    tags: ['heating-component', 'water'], clarify: ASK_LEAK_ELECTRICS,
    cues: [[9.3, 'boiler|combi', 'leak|water']],
  },
  {
    id: 'boiler-noisy', label: 'Boiler or heating pipes noisy', area: 'heating', tier: 'routine', tags: ['heating-component'],
    cues: [[9, 'boiler|combi|heating|radiator', 'noise'], [8, 'pipe', 'noise', '!leak|burst']],
  },
  {
    id: 'radiator-not-working', label: 'Radiator not heating up', area: 'heating', tier: 'routine', tags: ['heating-component'],
    clarify: {
      id: 'all-heating-off', question: 'Is all your heating off, with no radiator working? Reply YES or NO',
      yes: { tier: 'urgent', issueId: 'no-heating' },
    },
    cues: [[8.8, 'radiator', 'cold|broken|neg|problem|stuck'], [7, 'radiator']],
  },
  {
    id: 'radiator-leaking', label: 'Radiator or radiator valve leaking', area: 'heating', tier: 'urgent',
    tags: ['heating-component', 'water'], clarify: ASK_STOP_TAP,
    cues: [[9.3, 'radiator|thermostat|towelrail', 'leak|water']],
  },
  {
    id: 'heating-controls', label: 'Heating controls, thermostat or timer faulty', area: 'heating', tier: 'routine',
    tags: ['heating-component'],
    cues: [[9, 'thermostat', 'broken|neg|problem|stuck|loose'], [7, 'thermostat']],
  },
  {
    id: 'heating-partial', label: 'Heating only partly working', area: 'heating', tier: 'urgent', tags: ['heating-component'],
    cues: [[9.2, 'heating|radiator|storageheater', 'partial', 'cold|broken|neg|problem'], [8.7, 'heating', 'partial']],
  },
  {
    id: 'heating-stuck-on', label: 'Heating will not turn off', area: 'heating', tier: 'routine', tags: ['heating-component'],
    cues: [[9.1, 'heating|boiler|combi|radiator|thermostat', 'stuckon|noturnoff']],
  },
  {
    id: 'storage-heaters', label: 'Electric storage heaters not working', area: 'heating', tier: 'urgent',
    tags: ['no-heating', 'electrics'], clarify: ASK_VULNERABLE,
    cues: [[9.3, 'storageheater', 'broken|neg|cold|problem|tripping'], [7, 'storageheater'], [8.4, 'heater', 'broken|neg|cold|problem']],
  },
  {
    id: 'gas-fire-faulty', label: 'Gas or electric fire not working', area: 'heating', tier: 'routine',
    tags: ['heating-component'],
    clarify: { id: 'only-heating', question: 'Is this fire your only heating? Reply YES or NO', yes: { tier: 'urgent' } },
    cues: [[9, 'gasfire', 'broken|neg|pilot|problem'], [7, 'gasfire'], [7.6, 'fire', 'broken|pilot', '!smokealarm|firedamage|burning']],
  },
  {
    id: 'solid-fuel-fault', label: 'Solid fuel, oil or solar heating fault', area: 'heating', tier: 'urgent',
    tags: ['solid-fuel', 'heating-component'],
    cues: [[9.3, 'solidfuel', 'broken|neg|problem|cold|leak|burning|noise|pilot'], [7, 'solidfuel', 'heating|boiler|hotwater|radiator'], [5, 'solidfuel']],
  },
  {
    id: 'heat-pump-fault', label: 'Heat pump not working', area: 'heating', tier: 'urgent', tags: ['no-heating', 'heating-component'],
    clarify: ASK_VULNERABLE,
    cues: [[9.4, 'heatpump', 'broken|neg|problem|noise|cold|frozen'], [7.5, 'heatpump']],
  },
  {
    id: 'towel-rail', label: 'Heated towel rail not working', area: 'heating', tier: 'routine', tags: ['heating-component'],
    cues: [[9.2, 'towelrail', 'broken|neg|cold|loose|problem'], [7.5, 'towelrail']],
  },
  {
    id: 'boiler-replacement', label: 'New boiler (replacing an old one)', area: 'heating', tier: 'planned', tags: ['major'],
    cues: [[8.7, 'boiler|combi', 'newthing|old', 'request|old|newthing', '!broken|leak|pilot|cold|neg']],
  },

  // ---- hot water ----------------------------------------------------------------------
  {
    id: 'no-hot-water', label: 'No hot water', area: 'hot-water', tier: 'urgent', tags: ['no-hot-water'], clarify: ASK_VULNERABLE,
    cues: [[9.1, 'hotwater', 'neg|broken|cold|problem'], [8.6, 'water', 'cold', '!leak|burst|immersion'], [9.2, 'tap', 'cold', '!leak|burst'], [6, 'hotwater']],
  },
  {
    id: 'immersion-heater-fault', label: 'Immersion heater not working', area: 'hot-water', tier: 'urgent',
    tags: ['no-hot-water', 'electrics'],
    cues: [[9.3, 'immersion', 'broken|neg|cold|problem|tripping|stuckon'], [6.5, 'immersion'], [9.1, 'hotwater', 'stuckon']],
  },

  // ---- leaks --------------------------------------------------------------------------
  {
    id: 'leak-uncontrollable', label: 'Burst pipe or water leak you cannot stop', area: 'leaks', tier: 'emergency',
    tags: ['uncontrollable-leak', 'water'],
    cues: [
      [9.45, 'burst', 'water|leak|pipe|ceiling|tap|radiator|toilet|cistern|immersion|boiler|combi|stoptap|shower|bath|sink|basin|roof|kitchen|bathroom|floor|wall|light'],
      [8.5, 'burst', '!smokealarm|gutter|drain|sewage'],
      [9.4, 'water|leak|pipe', 'noturnoff|notstop'],
      [9.3, 'leak|water', 'stoptap', 'neg|broken|stuck'],
      [9.5, 'severe', 'leak|burst', '!roof|loft|gutter|tap|overflowpipe|flashing'],
    ],
  },
  {
    id: 'water-through-light', label: 'Water coming through a light fitting or socket', area: 'leaks', tier: 'emergency',
    tags: ['water', 'electrics'],
    cues: [
      [9.8, 'leak|burst|water', 'light|socket|lightswitch|electric|fusebox|wiring|extractor|cookerpoint'],
      [9.6, 'leak|burst', 'electric|light|socket'],
    ],
  },
  {
    id: 'leak-through-ceiling', label: 'Water coming through the ceiling', area: 'leaks', tier: 'urgent', tags: ['water'],
    clarify: ASK_LEAK_ELECTRICS,
    cues: [[9.1, 'leak|water', 'ceiling'], [9, 'leak|water', 'above'], [8.5, 'ceiling', 'stain', 'water|leak|damp']],
  },
  {
    id: 'pipe-leak', label: 'Leaking pipe or water leak you can contain', area: 'leaks', tier: 'urgent', tags: ['water'],
    clarify: ASK_STOP_TAP,
    cues: [[8.9, 'pipe', 'leak|water'], [6.5, 'leak'], [7, 'water', 'floor|kitchen|bathroom|wall'], [7.5, 'pipe', 'broken|loose|cracks']],
  },
  {
    id: 'waste-pipe-leak', label: 'Leak from a waste pipe under a sink or bath', area: 'leaks', tier: 'urgent', tags: ['water'],
    clarify: ASK_STOP_TAP,
    cues: [[9.2, 'wastepipe', 'leak|water'], [9, 'leak', 'sink|basin', '!tap|blocked'], [8, 'wastepipe', 'broken|loose|cracks']],
  },
  {
    id: 'tap-dripping', label: 'Dripping, leaking or broken tap', area: 'leaks', tier: 'routine', tags: ['water'],
    cues: [[9.1, 'tap', 'leak|broken|stuck|loose|problem|noise'], [6.5, 'tap']],
  },
  {
    id: 'tap-wont-turn-off', label: 'Tap will not turn off', area: 'leaks', tier: 'urgent', tags: ['water'], clarify: ASK_STOP_TAP,
    cues: [[9.5, 'tap', 'noturnoff|running|stuckon|notstop']],
  },
  {
    id: 'overflow-pipe', label: 'Overflow pipe running or dripping outside', area: 'leaks', tier: 'routine', tags: ['water', 'external'],
    cues: [[8.9, 'overflowpipe'], [9.1, 'overflowpipe', 'running|leak|water|outside']],
  },
  {
    id: 'stop-tap-faulty', label: 'Stop tap stuck, broken or leaking', area: 'leaks', tier: 'urgent', tags: ['water'],
    cues: [[9.1, 'stoptap', 'broken|stuck|neg|leak|problem|noturnoff'], [6.5, 'stoptap']],
  },
  {
    id: 'bath-shower-leak', label: 'Water leaking from a bath or shower', area: 'leaks', tier: 'urgent', tags: ['water'],
    clarify: ASK_LEAK_ELECTRICS,
    cues: [[9.2, 'bath|shower|elecshower|showerscreen|levelaccess', 'leak'], [8.5, 'bath|shower', 'water', 'floor|ceiling|above|kitchen']],
  },
  {
    id: 'hot-water-cylinder-leak', label: 'Hot water tank or cylinder leaking', area: 'leaks', tier: 'urgent',
    tags: ['water', 'no-hot-water'], clarify: ASK_STOP_TAP,
    cues: [[9.4, 'immersion', 'leak|water|overflow|running']],
  },

  // ---- water supply -------------------------------------------------------------------
  {
    id: 'no-water-supply', label: 'No water supply', area: 'water-supply', tier: 'emergency', tags: ['water'],
    cues: [
      [8.8, 'neg', 'water|tap', '!leak|burst|hotwater|damp|condensation|pipe|pressure|lowpressure|cold|blocked|flush|partial'],
      [9.2, 'watersupply', '!leak|burst|pipe|stoptap|pressure|lowpressure|partial'],
    ],
  },
  {
    id: 'low-water-pressure', label: 'Low water pressure', area: 'water-supply', tier: 'routine', tags: ['water'],
    cues: [[9, 'lowpressure', '!boiler|combi|heating|radiator'], [8.6, 'pressure', 'water|tap|shower|elecshower', '!boiler|combi|heating|radiator']],
  },
  {
    id: 'water-supply-partial', label: 'Water supply partly lost (some taps dry)', area: 'water-supply', tier: 'urgent', tags: ['water'],
    cues: [[9.3, 'watersupply|water|tap', 'partial', 'neg|broken|problem|lowpressure'], [9.25, 'watersupply', 'partial']],
  },
  {
    id: 'frozen-pipes', label: 'Frozen water pipes', area: 'water-supply', tier: 'urgent', tags: ['water'],
    cues: [[9.1, 'frozen', 'pipe|water|tap|stoptap'], [7.5, 'frozen', '!boiler|combi|condensate|heatpump']],
  },

  // ---- drainage -----------------------------------------------------------------------
  {
    id: 'blocked-sink', label: 'Blocked sink, bath, shower or basin', area: 'drainage', tier: 'urgent', tags: ['water'],
    cues: [[9.2, 'blocked', 'sink|basin|bath|shower|elecshower|wastepipe|levelaccess'], [7, 'blocked', 'kitchen|bathroom', '!toilet|drain']],
  },
  {
    id: 'drain-flooding', label: 'Blocked drain causing flooding', area: 'drainage', tier: 'emergency', tags: ['external', 'water'],
    cues: [[9.6, 'drain|maindrain|manhole', 'burst', '!smokealarm']],
  },
  {
    id: 'blocked-drain', label: 'Blocked outside drain or gully', area: 'drainage', tier: 'urgent', tags: ['external', 'water'],
    cues: [[9.3, 'blocked|overflow', 'drain'], [8.5, 'drain', 'leak|water|broken|problem|burst'], [6.5, 'drain|maindrain'], [7.5, 'blocked', '!toilet|sink|basin|bath|shower|gutter|binchute|wastepipe']],
  },
  {
    id: 'sewage-backing-up', label: 'Sewage coming up or leaking', area: 'drainage', tier: 'emergency', tags: ['water'],
    cues: [
      [9.7, 'sewage', 'leak|overflow|blocked|burst|water|floor|garden|bath|shower|sink'],
      [9.1, 'sewage', '!smell'], [9.6, 'toilet|drain|maindrain', 'overflow', 'sewage|burst'],
      [9.5, 'maindrain', 'blocked|overflow|leak|burst|broken'],
      [9.6, 'excrement', 'toilet|drain|overflow|bath|shower|sink|basin|floor|blocked|leak', '!animal'],
    ],
  },
  {
    id: 'drain-smell', label: 'Bad smell from drains', area: 'drainage', tier: 'routine', tags: ['water'],
    clarify: {
      id: 'sewage-coming-up', question: 'Is sewage or dirty water coming up anywhere? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'sewage-backing-up' },
    },
    cues: [[9.2, 'smell', 'drain|maindrain|sewage|sink|basin|wastepipe|toilet|bath|shower'], [8, 'sewage', 'smell']],
  },
  {
    id: 'manhole-cover', label: 'Broken or missing manhole or drain cover', area: 'drainage', tier: 'urgent', tags: ['external'],
    clarify: {
      id: 'open-manhole', question: 'Is the cover missing, leaving an open hole? Reply YES or NO',
      yes: { tier: 'emergency' },
    },
    cues: [[9.4, 'manhole', 'broken|loose|neg|smashed|cracks|problem|hole|missing|collapse'], [8, 'manhole']],
  },

  // ---- toilets ------------------------------------------------------------------------
  {
    id: 'toilet-blocked', label: 'Blocked toilet', area: 'toilets', tier: 'urgent', tags: ['water'], clarify: askOnlyToilet('toilet-blocked-only'),
    cues: [[9.4, 'toilet', 'blocked'], [9, 'toilet', 'overflow', '!cistern|flush|running|overflowpipe'], [8, 'blocked', 'flush']],
  },
  {
    id: 'toilet-blocked-only', label: 'Blocked toilet (the only toilet in the home)', area: 'toilets', tier: 'emergency', tags: ['water'],
    cues: [[9.6, 'toilet', 'blocked', 'only']],
  },
  {
    id: 'toilet-not-flushing', label: 'Toilet will not flush', area: 'toilets', tier: 'urgent', clarify: askOnlyToilet('toilet-not-flushing-only'), tags: [],
    cues: [
      [9.3, 'flush', 'neg|broken|problem|stuck|loose'], [9.2, 'cistern|toilet', 'neg', 'fill'],
      [8.2, 'toilet|cistern', 'broken|problem'], [7, 'flush'], [4.5, 'toilet'],
    ],
  },
  {
    id: 'toilet-not-flushing-only', label: 'Toilet will not flush (the only toilet in the home)', area: 'toilets', tier: 'emergency', tags: [],
    cues: [[9.55, 'flush', 'neg|broken|problem|stuck|loose', 'only'], [9.5, 'toilet|cistern', 'broken|problem|neg', 'only']],
  },
  {
    id: 'toilet-leaking', label: 'Toilet or cistern leaking', area: 'toilets', tier: 'urgent', tags: ['water'], clarify: ASK_STOP_TAP,
    cues: [[9.35, 'toilet|cistern|flush', 'leak'], [8.5, 'toilet|cistern', 'water', '!blocked|flush|neg']],
  },
  {
    id: 'cistern-running', label: 'Toilet cistern keeps running or overflowing', area: 'toilets', tier: 'routine', tags: ['water'],
    cues: [[9.4, 'toilet|cistern|flush', 'running|overflowpipe|stuckon|noturnoff|notstop'], [9.2, 'cistern', 'overflow']],
  },
  {
    id: 'toilet-seat', label: 'Toilet seat broken or loose', area: 'toilets', tier: 'routine', tags: [],
    cues: [[9.5, 'seat', 'broken|loose|smashed|cracks|problem|neg|missing'], [8, 'seat']],
  },
  {
    id: 'toilet-pan-cracked', label: 'Toilet pan cracked or loose', area: 'toilets', tier: 'urgent', tags: ['water'], clarify: askOnlyToilet(),
    cues: [[9.45, 'toilet', 'smashed|cracks'], [9.1, 'toilet', 'loose']],
  },

  // ---- electrics ----------------------------------------------------------------------
  {
    id: 'no-power', label: 'No electricity in the home', area: 'electrics', tier: 'emergency', tags: ['electrics'],
    cues: [
      [9.5, 'nopower', '!partial|communal'], [9.4, 'gasoff', 'electric'], [9.45, 'nopower|electric', 'all', 'neg|broken', '!communal|meter'], [9.4, 'electric', 'neg|broken', '!partial|meter|communal|shower|cooker|cookerpoint|heater|storageheater|immersion'],
      [9.5, 'light|socket', 'neg|broken', 'all', '!communal|partial'], [8.5, 'electric', 'tripping|tripped', 'neg|all'],
    ],
  },
  {
    id: 'partial-power', label: 'Some sockets or lights have no power', area: 'electrics', tier: 'urgent', tags: ['electrics'],
    cues: [
      [9.3, 'socket|light|electric|nopower', 'partial', '!communal'], [9.1, 'socket', 'light', 'neg|broken'],
      [9.2, 'socket', 'neg|broken', 'all', '!communal'],
    ],
  },
  {
    id: 'dangerous-electrics', label: 'Dangerous electrics: bare wires, sparking or burning smell', area: 'electrics',
    tier: 'emergency', tags: ['electrics'],
    cues: [
      [9.7, 'sparks|burning', 'socket|lightswitch|light|electric|fusebox|wiring|cookerpoint|elecshower|immersion|storageheater|extractor|meter'],
      [9.2, 'wiring', 'loose|broken|smashed|danger|water|neg|burning'], [8.7, 'wiring', '!rewire|newthing|old'], [8.3, 'sparks'],
      [9.3, 'electric|socket|lightswitch', 'danger'],
    ],
  },
  {
    id: 'socket-faulty', label: 'Socket or switch not working or damaged', area: 'electrics', tier: 'urgent', tags: ['electrics'],
    clarify: ASK_SPARKING,
    cues: [[9, 'socket|lightswitch', 'broken|neg|loose|smashed|cracks|problem|stuck'], [7, 'socket|lightswitch']],
  },
  {
    id: 'light-switch', label: 'Light switch not working', area: 'electrics', tier: 'routine', tags: ['electrics'],
    clarify: ASK_SPARKING,
    cues: [[9.05, 'lightswitch', 'broken|neg|problem|stuck', '!socket|loose|smashed|cracks|sparks|burning|hole|missing']],
  },
  {
    id: 'fuse-tripping', label: 'Electrics keep tripping', area: 'electrics', tier: 'urgent', tags: ['electrics'],
    clarify: {
      id: 'all-power-off', question: 'Has all the power in your home gone off? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'no-power' },
    },
    cues: [
      [9.25, 'tripping', 'electric|fusebox|socket|light|lightswitch|cooker|cookerpoint|extractor'], [9, 'tripping'],
      [9.45, 'electric|fusebox|nopower', 'cutout'],
      [8.8, 'tripped', 'electric|fusebox|socket|light'], [8.6, 'fusebox', 'broken|problem|neg|noise|tripped'], [6.5, 'fusebox'],
    ],
  },
  {
    id: 'light-not-working', label: 'Light fitting not working', area: 'electrics', tier: 'routine', tags: ['electrics'],
    clarify: {
      id: 'all-lights-out', question: 'Are all the lights in your home out? Reply YES or NO',
      yes: { tier: 'urgent', issueId: 'partial-power' },
    },
    cues: [[8.9, 'light', 'broken|neg|problem|flicker|loose|stuckon|dark']],
  },
  {
    id: 'outside-light', label: 'Outside light not working', area: 'external', tier: 'routine', tags: ['external', 'electrics'],
    cues: [[9.2, 'light', 'outside|garden|path', 'broken|neg|problem|flicker|stuckon']],
  },
  {
    id: 'extractor-fan', label: 'Extractor fan not working', area: 'electrics', tier: 'routine', tags: ['electrics'],
    cues: [[9.1, 'extractor', 'broken|neg|problem|noise|stuck|stuckon'], [7, 'extractor']],
  },
  {
    id: 'cooker-point', label: 'Cooker switch or cooker point not working', area: 'electrics', tier: 'urgent', tags: ['electrics'],
    cues: [[9.3, 'cookerpoint', 'broken|neg|problem|tripping'], [8, 'cookerpoint'], [8.4, 'cooker', 'neg|broken', 'electric|socket|tripping']],
  },
  {
    id: 'doorbell', label: 'Doorbell not working', area: 'electrics', tier: 'routine', tags: ['electrics'],
    cues: [[9.1, 'doorbell', 'broken|neg|problem'], [7, 'doorbell']],
  },
  {
    id: 'rewire', label: 'Rewiring the home', area: 'electrics', tier: 'planned', tags: ['major', 'electrics'],
    cues: [[9.2, 'rewire'], [9, 'wiring|electric', 'old|newthing', '!sparks|burning|neg|broken|danger']],
  },

  // ---- gas ----------------------------------------------------------------------------
  {
    id: 'gas-leak', label: 'Smell of gas or gas leak', area: 'gas', tier: 'emergency', tags: ['gas-leak'],
    cues: [[9.95, 'gassmell'], [9.85, 'gas', 'smell|leak|noise']],
  },
  {
    id: 'no-gas-supply', label: 'No gas supply', area: 'gas', tier: 'urgent', tags: ['gas'],
    cues: [[9.2, 'gasoff'], [8.9, 'gas', 'neg|broken|problem', '!meter'], [7, 'gas', 'meter', 'broken|neg|problem']],
  },
  {
    id: 'gas-safety-check', label: 'Gas safety check or boiler service', area: 'gas', tier: 'routine', tags: ['gas-safety-check'],
    cues: [[9.3, 'gascheck']],
  },
  {
    id: 'flue-fault', label: 'Boiler or fire flue blocked or damaged', area: 'gas', tier: 'emergency', tags: ['carbon-monoxide'],
    cues: [[9.5, 'flue', 'blocked|broken|loose|smashed|problem|collapse|leak|missing|cracks|burning|smell'], [8, 'flue']],
  },

  // ---- security -----------------------------------------------------------------------
  {
    id: 'external-door-insecure', label: 'Front or back door will not lock or close (home not secure)', area: 'security',
    tier: 'emergency', tags: ['security'],
    cues: [
      [9.65, 'extdoor', 'insecure|nolock'], [9.5, 'door', 'insecure|nolock', '!intdoor|garagedoor|firedoor|communaldoor|cupboard|shed'],
      [9.2, 'insecure|nolock', 'home'], [8, 'nolock', '!window|cupboard|garagedoor|shed|gate|intdoor|communaldoor|binstore'],
      [9.3, 'extdoor|door', 'lock', 'neg', '!intdoor|communaldoor|window'],
    ],
  },
  {
    id: 'break-in', label: 'Break-in or forced entry', area: 'security', tier: 'emergency', tags: ['security'],
    cues: [
      [9.75, 'forced|burgled', 'door|extdoor|window|glass|lock|home|garagedoor|communaldoor|letterbox', '!car'],
      [9.4, 'burgled', '!car'], [6.5, 'forced', '!intdoor|cupboard|car'],
    ],
  },
  {
    id: 'boarding-up', label: 'Broken window or door needs boarding up', area: 'security', tier: 'emergency', tags: ['security'],
    cues: [[9.85, 'boarding']],
  },
  {
    id: 'lock-faulty', label: 'Lock stiff or faulty (home still secure)', area: 'security', tier: 'urgent', tags: ['security'],
    clarify: ASK_CAN_LOCK,
    cues: [[9.1, 'lock', 'broken|stuck|loose|problem'], [9.3, 'keyproblem'], [8.7, 'lock', 'door|extdoor'], [6, 'lock']],
  },
  {
    id: 'locked-out', label: 'Locked out or lost keys', area: 'security', tier: 'urgent', tags: ['security'],
    cues: [[9.3, 'lockedout']],
  },
  {
    id: 'window-insecure', label: 'Window will not close or lock', area: 'security', tier: 'urgent', tags: ['security'],
    clarify: {
      id: 'window-reachable', question: 'Is the window on the ground floor, or could someone climb in? Reply YES or NO',
      yes: { tier: 'emergency' },
    },
    cues: [[9.45, 'window|glass', 'insecure|nolock'], [9.3, 'window', 'neg', 'closeword|lock', '!open']],
  },

  {
    id: 'window-insecure-ground', label: 'Ground floor window broken or will not close (home not secure)', area: 'security',
    tier: 'emergency', tags: ['security'],
    cues: [
      [9.6, 'window|glass', 'insecure|nolock|smashed|broken|neg', 'groundfloor', '!communal|stuck|misted|draught'],
      [9.55, 'window|glass', 'smashed|broken|forced', 'insecure', '!communal'],
    ],
  },

  // ---- windows and doors --------------------------------------------------------------
  {
    id: 'window-glass-broken', label: 'Broken or cracked window glass', area: 'windows-doors', tier: 'urgent', tags: ['security'],
    clarify: ASK_WINDOW_SECURE,
    cues: [[9.35, 'window|glass', 'smashed|cracks|hole'], [8.7, 'window|glass', 'broken'], [8.9, 'glass', 'door|extdoor', 'broken|smashed|cracks']],
  },
  {
    id: 'window-stuck', label: 'Window stiff or will not open', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9, 'window', 'stuck', '!insecure'], [9.1, 'window', 'neg', 'open']],
  },
  {
    id: 'window-handle-hinge', label: 'Window handle, hinge or catch broken', area: 'windows-doors', tier: 'routine', tags: [],
    clarify: {
      id: 'window-can-close', question: 'Can you still close and lock the window? Reply YES or NO',
      yes: {}, no: { tier: 'urgent', issueId: 'window-insecure' },
    },
    cues: [[9.4, 'window', 'handle|hinge|catch', 'broken|loose|stuck|neg|problem|smashed|missing'], [8.8, 'window', 'handle|hinge|catch'], [8.6, 'catch', 'broken|loose|missing']],
  },
  {
    id: 'window-rotten-draughty', label: 'Window frame rotten, draughty or letting in rain', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9.1, 'window|sill|frame', 'rotten|draught'], [9.2, 'window', 'leak|water|rain'], [8.6, 'sill', 'broken|loose|cracks|problem'], [6, 'window'], [7.5, 'draught', '!door|extdoor|intdoor|letterbox|communaldoor']],
  },
  {
    id: 'window-misted', label: 'Misted double glazing (between the panes)', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9.3, 'misted']],
  },
  {
    id: 'window-restrictor', label: 'Window restrictor broken', area: 'windows-doors', tier: 'urgent', tags: ['security'],
    cues: [[9.5, 'restrictor', 'broken|neg|loose|problem|missing'], [8.8, 'restrictor']],
  },
  {
    id: 'internal-door', label: 'Inside door broken, sticking or off its hinges', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9.2, 'intdoor', 'broken|stuck|hinge|loose|handle|smashed|problem|neg|insecure|cracks|lock|nolock|closeword'], [7.5, 'intdoor']],
  },
  {
    id: 'external-door-sticking', label: 'Front or back door sticking or draughty', area: 'windows-doors', tier: 'routine', tags: [],
    clarify: ASK_CAN_LOCK,
    cues: [[9.1, 'extdoor|door', 'stuck|draught|rotten', '!intdoor|insecure|nolock|lockedout|trapped'], [9, 'extdoor|door', 'neg', 'open', '!lockedout|trapped|insecure']],
  },
  {
    id: 'door-handle-broken', label: 'Door handle broken', area: 'windows-doors', tier: 'routine', tags: [], clarify: ASK_CAN_LOCK,
    cues: [[9.15, 'door|extdoor', 'handle', 'broken|loose|neg|problem|smashed|stuck|missing'], [8.2, 'door|extdoor', 'handle']],
  },
  {
    id: 'external-door-damaged', label: 'Front or back door damaged', area: 'windows-doors', tier: 'urgent', tags: ['security'],
    clarify: ASK_CAN_LOCK,
    cues: [[8.95, 'extdoor', 'broken|smashed|cracks|problem|loose|hinge|hole'], [8.3, 'door', 'broken|smashed|cracks|hinge|hole', '!intdoor|cupboard|garagedoor|shed'], [6, 'extdoor']],
  },
  {
    id: 'letterbox', label: 'Letterbox broken', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9.2, 'letterbox', 'broken|loose|neg|problem|stuck|draught|smashed|missing'], [8, 'letterbox']],
  },
  {
    id: 'window-replacement', label: 'New windows (replacing old ones)', area: 'windows-doors', tier: 'planned', tags: ['major'],
    cues: [[8.8, 'window', 'newthing|old', 'request|old|newthing', '!smashed|cracks|insecure|nolock|forced']],
  },
  {
    id: 'door-replacement', label: 'New front or back door', area: 'windows-doors', tier: 'planned', tags: ['major'],
    cues: [[8.7, 'extdoor|door', 'newthing|old', 'request|old|newthing', '!forced|burgled|smashed|nolock|insecure|intdoor']],
  },

  // ---- roofs --------------------------------------------------------------------------
  {
    id: 'roof-leak', label: 'Roof leaking', area: 'roofs', tier: 'urgent', tags: ['water'], clarify: ASK_LEAK_ELECTRICS,
    cues: [
      [9.4, 'roof|loft|flashing|chimney', 'leak|water|rain'], [9, 'rain', 'leak|ceiling', '!window|door|extdoor|intdoor|communaldoor|gutter'],
      // a blocked or broken gutter letting water into the home is no longer a routine gutter job
      [9.6, 'gutter|fascia', 'ingress'],
    ],
  },
  {
    id: 'roof-leak-severe', label: 'Major roof leak (water pouring in)', area: 'roofs', tier: 'emergency',
    tags: ['water', 'uncontrollable-leak'],
    cues: [[9.6, 'roof|loft|flashing', 'leak|water|rain', 'severe|burst']],
  },
  {
    id: 'roof-tiles', label: 'Loose or missing roof tiles or slates', area: 'roofs', tier: 'urgent', tags: [], clarify: askFalling('roof-falling'),
    cues: [[9.45, 'rooftile', 'loose|missing|smashed|cracks|neg|broken|collapse|fall|storm'], [9, 'rooftile'], [9.35, 'roof', 'tile']],
  },
  {
    id: 'roof-falling', label: 'Roof tiles, slates or chimney at risk of falling', area: 'roofs', tier: 'emergency', tags: [],
    cues: [[9.6, 'rooftile|roof|chimney', 'danger|fall|collapse']],
  },
  {
    id: 'roof-damaged', label: 'Roof damaged', area: 'roofs', tier: 'urgent', tags: [], clarify: askFalling('roof-falling'),
    cues: [[8.9, 'roof|flashing', 'broken|smashed|hole|collapse|problem|storm|cracks|loose|missing|rotten'], [6, 'roof'], [7.5, 'storm', 'broken']],
  },
  {
    id: 'chimney', label: 'Chimney damaged or loose', area: 'roofs', tier: 'urgent', tags: [], clarify: askFalling('roof-falling'),
    cues: [[9.2, 'chimney', 'broken|loose|cracks|collapse|danger|smashed|problem|missing|storm'], [7.5, 'chimney']],
  },
  {
    id: 'fascia-soffit', label: 'Fascia or soffit boards loose or rotten', area: 'roofs', tier: 'routine', tags: ['external'],
    cues: [[9.1, 'fascia', 'loose|broken|rotten|missing|problem|smashed'], [8.2, 'fascia']],
  },
  {
    id: 're-roofing', label: 'Re-roofing (new roof)', area: 'roofs', tier: 'planned', tags: ['major'],
    cues: [[9.3, 'reroof'], [8.9, 'roof', 'newthing|old', 'request|old|newthing', '!leak|rain|hole|storm|missing']],
  },
  {
    id: 'loft-insulation', label: 'Loft or wall insulation', area: 'roofs', tier: 'routine', tags: [],
    cues: [[9, 'insulation'], [8.8, 'pipe', 'insulation']],
  },

  // ---- structure ----------------------------------------------------------------------
  {
    id: 'ceiling-collapsed', label: 'Ceiling fallen down or about to fall', area: 'structure', tier: 'emergency', tags: [],
    cues: [[9.7, 'ceiling', 'collapse|fall'], [9.3, 'plaster', 'collapse|fall', 'ceiling|above']],
  },
  {
    id: 'ceiling-cracked', label: 'Cracked ceiling or loose plaster on a ceiling', area: 'structure', tier: 'routine', tags: [],
    clarify: {
      id: 'ceiling-sagging', question: 'Is the ceiling sagging, bulging or about to fall? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'ceiling-collapsed' },
    },
    cues: [[9, 'ceiling', 'cracks|loose|plaster|hole|stain|broken|problem'], [6, 'ceiling']],
  },
  {
    id: 'wall-cracks', label: 'Cracked or loose plaster on walls', area: 'structure', tier: 'routine', tags: [],
    clarify: {
      id: 'crack-growing', question: 'Is the crack wider than a pound coin, or getting bigger? Reply YES or NO',
      yes: { tier: 'urgent' },
    },
    cues: [[9, 'wall|plaster', 'cracks'], [8.8, 'plaster', 'loose|collapse|fall|broken|hole|rotten|missing|problem'], [8.5, 'wall', 'hole|loose|broken|smashed'], [7, 'plaster']],
  },
  {
    id: 'dangerous-structure', label: 'Unsafe structure: wall, balcony or stairs could collapse', area: 'structure', tier: 'emergency', tags: [],
    cues: [
      [9.5, 'danger|collapse', 'wall|externalwall|gardenwall|balcony|structure|floor|stairs', '!rooftile|roof|chimney'],
      [9.3, 'structure', 'cracks|broken|loose|problem'],
      [9.2, 'fall', 'gardenwall|balcony|chimney|structure', '!stairs|banister|tile|plaster|cupboard|socket|light|lightswitch|grabrail'],
    ],
  },
  {
    id: 'stairs-banister', label: 'Stairs, banister or handrail loose or broken', area: 'structure', tier: 'urgent', tags: [],
    cues: [[9.2, 'stairs|banister', 'broken|loose|cracks|smashed|rotten|problem|missing|hole|danger|fall|collapse'], [7.5, 'banister'], [5, 'stairs']],
  },
  {
    id: 'floor-damaged', label: 'Floorboards loose, broken or rotten', area: 'structure', tier: 'routine', tags: [],
    clarify: {
      id: 'floor-hole', question: 'Is there a hole or soft spot someone could fall or trip through? Reply YES or NO',
      yes: { tier: 'urgent' },
    },
    cues: [[9.1, 'floor', 'broken|loose|hole|rotten|cracks|smashed|problem|noise|collapse|triphazard'], [6, 'floor']],
  },
  {
    id: 'skirting-frames', label: 'Skirting boards or door frames loose or damaged', area: 'structure', tier: 'routine', tags: [],
    cues: [[9.1, 'skirting', 'loose|broken|rotten|missing|problem|cracks|smashed'], [7.5, 'skirting'], [8.5, 'frame', 'door|extdoor|intdoor', 'loose|broken|cracks|rotten|smashed']],
  },
  {
    id: 'loft-hatch', label: 'Loft hatch or ladder broken', area: 'structure', tier: 'routine', tags: [],
    cues: [[9.2, 'lofthatch', 'broken|loose|stuck|neg|problem|missing'], [7.5, 'lofthatch']],
  },
  {
    id: 'balcony', label: 'Balcony or walkway damaged', area: 'structure', tier: 'urgent', tags: [], clarify: askFalling('dangerous-structure'),
    cues: [[9.2, 'balcony', 'broken|loose|cracks|rotten|problem|smashed|missing|hole|collapse|danger'], [7, 'balcony']],
  },
  {
    id: 'asbestos', label: 'Damaged material that may contain asbestos', area: 'structure', tier: 'urgent', tags: ['asbestos'],
    cues: [[9.6, 'asbestos']],
  },

  // ---- damp and mould (Awaab's Law) ---------------------------------------------------
  {
    id: 'mould', label: 'Mould on walls, ceilings or windows', area: 'damp-mould', tier: 'urgent', tags: ['damp-mould'], awaabs: true,
    cues: [[9.5, 'mould', 'damp|condensation|wall|ceiling|window|bathroom|kitchen|home|smell'], [9.35, 'mould']],
  },
  {
    id: 'damp', label: 'Damp walls or damp patches', area: 'damp-mould', tier: 'urgent', tags: ['damp-mould'], awaabs: true,
    cues: [[9.25, 'damp'], [8.4, 'water', 'wall', '!leak|burst|pipe|light|socket'], [9.55, 'damp|mould', 'gutter|fascia']],
  },
  {
    id: 'condensation', label: 'Condensation on windows and walls', area: 'damp-mould', tier: 'routine', tags: ['damp-mould'], awaabs: true,
    cues: [[9.3, 'condensation'], [9.4, 'window|wall', 'condensation']],
  },

  // ---- pests --------------------------------------------------------------------------
  {
    id: 'rats', label: 'Rats in or around the home', area: 'pests', tier: 'urgent', tags: ['pests'],
    cues: [[9.3, 'rat']],
  },
  {
    id: 'mice', label: 'Mice in the home', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9.2, 'mouse']],
  },
  {
    id: 'wasps-bees', label: 'Wasps or bees nest', area: 'pests', tier: 'urgent', tags: ['pests'],
    cues: [[9.3, 'wasp', '!birds']],
  },
  {
    id: 'cockroaches', label: 'Cockroaches', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9.4, 'cockroach']],
  },
  {
    id: 'bed-bugs', label: 'Bed bugs', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9.4, 'bedbug']],
  },
  {
    id: 'insects-other', label: 'Ants, fleas, flies or other insects', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[8.8, 'insects', '!bedbug|cockroach'], [9.1, 'insects', 'infestation']],
  },
  {
    id: 'birds-pigeons', label: 'Pigeons or birds nesting', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9, 'birds', 'wasp|roof|loft|balcony|gutter|noise|infestation|problem|mouse|fascia|chimney'], [7.5, 'birds']],
  },
  {
    id: 'squirrels', label: 'Squirrels in the loft or roof', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9.2, 'squirrel']],
  },
  {
    id: 'pests-general', label: 'Pests or vermin', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[8, 'infestation']],
  },

  // ---- communal areas -----------------------------------------------------------------
  {
    id: 'lift-not-working', label: 'Lift not working', area: 'communal', tier: 'urgent', tags: ['communal', 'lift'],
    clarify: {
      id: 'lift-person-stuck', question: 'Is anyone stuck inside the lift now? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'lift-trapped' },
    },
    cues: [[9.3, 'lift', 'broken|neg|problem|stuck|noise|smashed'], [7.5, 'lift', '!request|newthing']],
  },
  {
    id: 'lift-trapped', label: 'Someone trapped in a lift', area: 'communal', tier: 'emergency', tags: ['communal', 'lift'],
    cues: [[9.8, 'lift', 'trapped']],
  },
  {
    id: 'door-entry', label: 'Door entry system, intercom or fob not working', area: 'communal', tier: 'urgent', tags: ['communal', 'security'],
    cues: [[9.3, 'doorentry', 'broken|neg|problem|stuck|noise|smashed'], [8, 'doorentry']],
  },
  {
    id: 'communal-door-insecure', label: 'Communal entrance door will not lock or close', area: 'communal', tier: 'emergency',
    tags: ['communal', 'security'],
    cues: [
      [9.65, 'communaldoor', 'insecure|nolock|forced|smashed|burgled'],
      [9.5, 'door|extdoor', 'communal', 'insecure|nolock|forced|smashed'],
    ],
  },
  {
    id: 'communal-door-faulty', label: 'Communal door damaged or hard to open', area: 'communal', tier: 'urgent', tags: ['communal', 'security'],
    clarify: {
      id: 'communal-door-open', question: 'Can anyone walk into the building because the door will not lock or shut? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'communal-door-insecure' },
    },
    cues: [[9.2, 'communaldoor', 'broken|problem|stuck|loose|hinge|neg|cracks|lock|handle'], [8, 'communaldoor'], [8.9, 'door', 'communal', 'broken|problem|stuck|loose|hinge|neg']],
  },
  {
    id: 'communal-lights', label: 'Communal lights out (stairs, landings, corridors)', area: 'communal', tier: 'urgent',
    tags: ['communal', 'electrics'],
    clarify: {
      id: 'communal-dark', question: 'Are the stairs or corridors completely dark? Reply YES or NO',
      yes: { tier: 'emergency' },
    },
    cues: [
      [9.45, 'communallight', 'broken|neg|problem|flicker|stuckon|dark'], [9.2, 'communallight'],
      [9.4, 'light', 'communal', 'broken|neg|problem|flicker|stuckon|dark'],
      // a hall or landing on a named storey of the building is a communal one
      [9.35, 'light', 'storey', 'hallway', 'broken|neg|problem|flicker|dark'],
    ],
  },
  {
    id: 'emergency-lighting', label: 'Emergency lighting fault', area: 'fire-safety', tier: 'urgent', tags: ['communal', 'fire-safety'],
    cues: [[9.4, 'emerglight']],
  },
  {
    id: 'bin-chute', label: 'Bin chute blocked or broken', area: 'communal', tier: 'urgent', tags: ['communal'],
    cues: [[9.4, 'binchute', 'blocked|broken|stuck|problem|smell|neg|fire|burning'], [8.5, 'binchute']],
  },
  {
    id: 'bin-store', label: 'Bin store door or bin room damaged', area: 'communal', tier: 'routine', tags: ['communal'],
    cues: [[9, 'binstore', 'broken|smashed|neg|problem|nolock|insecure|door|stuck'], [7, 'binstore']],
  },
  {
    id: 'communal-window', label: 'Communal window broken', area: 'communal', tier: 'urgent', tags: ['communal'],
    cues: [[9.45, 'window|glass', 'communal', 'smashed|broken|cracks|insecure']],
  },
  {
    id: 'communal-repair', label: 'Repair in a communal area', area: 'communal', tier: 'routine', tags: ['communal'],
    cues: [[7.2, 'communal', 'broken|problem|smashed|loose|hole|cracks|neg|leak|damp|mould|old']],
  },
  {
    id: 'communal-heating', label: 'Communal or district heating not working', area: 'communal', tier: 'urgent',
    tags: ['communal', 'no-heating'], clarify: ASK_VULNERABLE,
    cues: [[9.5, 'communalheating', 'broken|neg|cold|problem'], [8, 'communalheating']],
  },
  {
    id: 'tv-aerial', label: 'TV aerial or communal dish not working', area: 'communal', tier: 'routine', tags: ['communal'],
    cues: [[9.1, 'aerial', 'broken|neg|problem|loose'], [7, 'aerial']],
  },

  // ---- adaptations --------------------------------------------------------------------
  {
    id: 'stairlift', label: 'Stairlift not working', area: 'adaptations', tier: 'urgent', tags: ['adaptation'], clarify: ASK_STRANDED,
    cues: [[9.5, 'stairlift', 'broken|neg|problem|stuck|noise|beeping|chirp|trapped'], [8.5, 'stairlift']],
  },
  {
    id: 'through-floor-lift', label: 'Through-floor lift not working', area: 'adaptations', tier: 'urgent', tags: ['adaptation'],
    clarify: ASK_STRANDED,
    cues: [[9.5, 'tfl', 'broken|neg|problem|stuck|noise|beeping|trapped'], [8.5, 'tfl']],
  },
  {
    id: 'hoist', label: 'Hoist not working', area: 'adaptations', tier: 'urgent', tags: ['adaptation'], clarify: ASK_STRANDED,
    cues: [[9.5, 'hoist', 'broken|neg|problem|stuck|noise|beeping|chirp'], [8.5, 'hoist']],
  },
  {
    id: 'grab-rail', label: 'Grab rail or support rail loose or broken', area: 'adaptations', tier: 'urgent', tags: ['adaptation'],
    cues: [[9.3, 'grabrail', 'loose|broken|neg|missing|problem'], [7.5, 'grabrail', '!request|newthing']],
  },
  {
    id: 'ramp', label: 'Ramp damaged', area: 'adaptations', tier: 'urgent', tags: ['adaptation'],
    cues: [[9.3, 'ramp', 'broken|cracks|loose|danger|problem|hole|rotten'], [7.5, 'ramp', '!request|newthing']],
  },
  {
    id: 'level-access-shower', label: 'Level access shower or wet room fault', area: 'adaptations', tier: 'urgent', tags: ['adaptation'],
    cues: [[9.4, 'levelaccess', 'broken|neg|leak|blocked|problem|cold|loose'], [7.5, 'levelaccess', '!request|newthing']],
  },
  {
    id: 'adaptation-request', label: 'Request for an adaptation (rails, ramp, stairlift, shower)', area: 'adaptations',
    tier: 'routine', tags: ['adaptation'],
    cues: [
      [8.6, 'adaptation', '!broken|neg|problem|loose|stuck|leak'],
      [9.35, 'request|newthing', 'grabrail|ramp|stairlift|levelaccess|hoist|tfl|adaptation', '!broken|loose|stuck|leak|problem'],
      [8.6, 'request', 'banister', '!broken|loose|stuck|problem|cracks|rotten|missing|danger|neg'],
    ],
  },

  // ---- kitchen ------------------------------------------------------------------------
  {
    id: 'kitchen-units', label: 'Kitchen cupboard, drawer or unit broken', area: 'kitchen', tier: 'routine', tags: [],
    cues: [[9.1, 'cupboard', 'broken|loose|hinge|smashed|rotten|stuck|problem|neg|missing|collapse|cracks'], [7, 'cupboard']],
  },
  {
    id: 'worktop', label: 'Kitchen worktop damaged', area: 'kitchen', tier: 'routine', tags: [],
    cues: [[9.1, 'worktop', 'broken|loose|cracks|rotten|problem|burning|smashed|hole|water'], [7.5, 'worktop']],
  },
  {
    id: 'kitchen-tiles', label: 'Kitchen wall tiles loose or cracked', area: 'kitchen', tier: 'routine', tags: [],
    cues: [[9.1, 'tile', 'loose|cracks|broken|missing|collapse|smashed|problem', 'kitchen|cooker|sink']],
  },
  {
    id: 'cooker-faulty', label: 'Cooker or oven not working', area: 'kitchen', tier: 'routine', tags: [],
    cues: [[8.6, 'cooker', 'broken|neg|problem'], [5.5, 'cooker']],
  },
  {
    id: 'kitchen-replacement', label: 'New kitchen (replacement)', area: 'kitchen', tier: 'planned', tags: ['major'],
    cues: [[9, 'kitchen', 'newthing|old', 'request|old|newthing', '!leak|burst|blocked|smashed|sparks|damp|mould|cupboard|worktop|tile|tap|sink|extractor|cooker|cookerpoint|door|intdoor|window|floor|light|socket|sealant']],
  },

  // ---- bathroom -----------------------------------------------------------------------
  {
    id: 'bath-panel', label: 'Bath panel loose or broken', area: 'bathroom', tier: 'routine', tags: [],
    cues: [[9.3, 'bathpanel', 'loose|broken|missing|cracks|problem|smashed'], [8, 'bathpanel']],
  },
  {
    id: 'sealant', label: 'Sealant round the bath or shower worn or leaking', area: 'bathroom', tier: 'routine', tags: [],
    clarify: ASK_WATER_BELOW,
    cues: [[9.2, 'sealant', 'loose|broken|missing|leak|rotten|cracks|problem|old|neg|water|newthing|mould'], [7.5, 'sealant']],
  },
  {
    id: 'shower-not-working', label: 'Shower not working', area: 'bathroom', tier: 'urgent', tags: [], clarify: ASK_BATH_INSTEAD,
    cues: [[9, 'shower', 'broken|neg|cold|problem|lowpressure|stuck|tripping'], [6, 'shower']],
  },
  {
    id: 'electric-shower-faulty', label: 'Electric shower not working', area: 'bathroom', tier: 'urgent', tags: ['electrics'],
    clarify: ASK_BATH_INSTEAD,
    cues: [[9.3, 'elecshower', 'broken|neg|cold|problem|tripping|stuck|lowpressure|cutout'], [7, 'elecshower']],
  },
  {
    id: 'bathroom-tiles', label: 'Bathroom tiles loose or cracked', area: 'bathroom', tier: 'routine', tags: [],
    cues: [[9.05, 'tile', 'loose|cracks|broken|missing|collapse|smashed|problem|mould', '!kitchen|roof'], [7, 'tile', '!roof|kitchen']],
  },
  {
    id: 'basin-loose', label: 'Wash basin loose or cracked', area: 'bathroom', tier: 'routine', tags: [],
    cues: [[9.1, 'basin|sink', 'loose|cracks|smashed|broken|problem'], [6, 'basin']],
  },
  {
    id: 'bath-damaged', label: 'Bath chipped, cracked or stained', area: 'bathroom', tier: 'routine', tags: [], clarify: ASK_WATER_BELOW,
    cues: [[9, 'bath', 'cracks|smashed|stain|loose|broken|hole|problem'], [5, 'bath']],
  },
  {
    id: 'shower-screen', label: 'Shower screen or curtain rail broken', area: 'bathroom', tier: 'routine', tags: [],
    cues: [[9.2, 'showerscreen', 'broken|loose|smashed|cracks|missing|problem|stuck'], [7.5, 'showerscreen']],
  },
  {
    id: 'bathroom-replacement', label: 'New bathroom (replacement)', area: 'bathroom', tier: 'planned', tags: ['major'],
    cues: [[9, 'bathroom|bath', 'newthing|old', 'request|old|newthing', '!leak|burst|blocked|smashed|sparks|damp|mould|sealant|tile|bathpanel|tap|seat|extractor|showerscreen|basin|sink|shower|elecshower|toilet|cistern|flush|light|floor|door|intdoor|window|grabrail|levelaccess']],
  },

  // ---- external -----------------------------------------------------------------------
  {
    id: 'gutter', label: 'Gutter or downpipe blocked, leaking or loose', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.5, 'gutter', 'blocked|leak|overflow|loose|broken|missing|problem|water|smashed|cracks|collapse|burst|running|rain'], [8.5, 'gutter']],
  },
  {
    id: 'fence', label: 'Fence broken or blown down', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.1, 'fence', 'broken|loose|collapse|rotten|missing|smashed|problem|storm|neg'], [8, 'fence']],
  },
  {
    id: 'gate', label: 'Garden gate broken', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.1, 'gate', 'broken|loose|hinge|stuck|nolock|rotten|smashed|problem|collapse|missing|neg|lock'], [7.5, 'gate']],
  },
  {
    id: 'path', label: 'Path, steps or paving broken or uneven', area: 'external', tier: 'routine', tags: ['external'],
    clarify: {
      id: 'path-trip', question: 'Is it a trip hazard on the main way to your door? Reply YES or NO',
      yes: { tier: 'urgent' },
    },
    cues: [[9.1, 'path', 'broken|loose|cracks|triphazard|hole|smashed|problem|collapse|danger'], [8.5, 'triphazard'], [6.5, 'path']],
  },
  {
    id: 'garden-wall', label: 'Garden wall damaged', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.1, 'gardenwall', 'cracks|loose|broken|problem|missing|smashed|hole'], [7, 'gardenwall']],
  },
  {
    id: 'external-wall', label: 'Outside wall, brickwork or render damaged', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9, 'externalwall', 'cracks|loose|broken|hole|rotten|missing|problem|smashed|collapse|damp'], [6.5, 'externalwall']],
  },
  {
    id: 'shed', label: 'Shed or outbuilding damaged', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.5, 'shed', 'broken|leak|rotten|nolock|insecure|smashed|problem|roof|door|collapse|window|hole|lock'], [7, 'shed']],
  },
  {
    id: 'garage-door', label: 'Garage door broken', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.2, 'garagedoor', 'broken|stuck|nolock|insecure|smashed|problem|neg|lock|loose|open|closeword']],
  },
  {
    id: 'tree', label: 'Tree or hedge causing a problem', area: 'external', tier: 'urgent', tags: ['external'], clarify: askFalling('dangerous-structure'),
    cues: [[9, 'tree', 'collapse|danger|broken|problem|loose|storm|roof|window|blocked|wall|gutter'], [7, 'tree']],
  },
  {
    id: 'external-redecoration', label: 'Outside or communal redecoration', area: 'external', tier: 'planned', tags: ['external', 'major'],
    cues: [[9, 'decorate', 'outside|externalwall|fascia|communal|window|gutter|fence']],
  },
  {
    id: 'washing-line', label: 'Washing line or rotary dryer broken', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.2, 'washingline']],
  },

  // ---- fire safety --------------------------------------------------------------------
  {
    id: 'co-alarm-sounding', label: 'Carbon monoxide alarm going off', area: 'fire-safety', tier: 'emergency',
    tags: ['carbon-monoxide', 'fire-safety'],
    cues: [[9.9, 'coalarm', 'beeping'], [9.8, 'co', 'beeping|smell|smokealarm|leak|burning|noise']],
  },
  {
    id: 'co-alarm-faulty', label: 'Carbon monoxide alarm faulty or missing', area: 'fire-safety', tier: 'urgent', tags: ['fire-safety'],
    cues: [[9.4, 'coalarm', 'broken|neg|problem|missing|loose|chirp'], [8, 'coalarm']],
  },
  {
    id: 'smoke-alarm-not-working', label: 'Smoke alarm not working', area: 'fire-safety', tier: 'emergency', tags: ['fire-safety'],
    cues: [[9.3, 'smokealarm', 'broken|neg|problem|missing|loose', '!communal|beeping|chirp'], [7.5, 'smokealarm', '!communal']],
  },
  {
    id: 'smoke-alarm-beeping', label: 'Smoke alarm beeping or going off for no reason', area: 'fire-safety', tier: 'urgent', tags: ['fire-safety'],
    cues: [[9.4, 'smokealarm', 'beeping|chirp', '!communal']],
  },
  {
    id: 'communal-fire-alarm', label: 'Communal fire alarm fault', area: 'fire-safety', tier: 'emergency', tags: ['fire-safety', 'communal'],
    cues: [[9.5, 'smokealarm', 'communal']],
  },
  {
    id: 'fire-door', label: 'Fire door or door closer not closing properly', area: 'fire-safety', tier: 'urgent', tags: ['fire-safety'],
    cues: [[9.4, 'firedoor', 'broken|neg|stuck|insecure|smashed|problem|loose|missing|noise|closeword|open'], [8.8, 'firedoor']],
  },
  {
    id: 'fire-equipment', label: 'Fire extinguisher, sprinkler or fire exit problem', area: 'fire-safety', tier: 'urgent', tags: ['fire-safety'],
    cues: [[9.1, 'firesafety', 'broken|neg|missing|problem|blocked|leak'], [8, 'firesafety']],
  },
  {
    id: 'fire-damage', label: 'Damage after a fire', area: 'fire-safety', tier: 'emergency', tags: ['fire-safety'],
    cues: [[9.4, 'firedamage']],
  },
];

function toCue([w, ...groups]: CueSpec): RepairCue {
  return {
    w,
    all: groups.filter((g) => !g.startsWith('!')),
    none: groups.filter((g) => g.startsWith('!')).map((g) => g.slice(1)),
  };
}

/** The catalogue, in the order shown to staff. */
export const REPAIR_CATALOGUE: RepairIssue[] = SPECS.map(({ cues: _cues, ...issue }) => issue);

/** Issue id -> the cues that point to it. */
export const REPAIR_CUES: Record<string, RepairCue[]> = Object.fromEntries(
  SPECS.map((s) => [s.id, s.cues.map(toCue)]),
);

/**
 * Where in the home: location -> words, in the form normalise() writes them. The first
 * named in the message wins; a longer phrase beats a shorter one at the same place.
 */
export const REPAIR_LOCATIONS: Record<string, string[]> = {
  'front door': ['front door', 'front doors'],
  'back door': ['back door', 'rear door', 'back doors'],
  'patio door': ['patio door', 'patio doors', 'french doors', 'french door'],
  kitchen: ['kitchen', 'kitchens'],
  bathroom: ['bathroom', 'shower room', 'en suite', 'ensuite', 'bathrooms', 'wet room', 'wetroom'],
  toilet: ['downstairs toilet', 'upstairs toilet', 'toilet room', 'cloakroom'],
  bedroom: ['bedroom', 'bedrooms', 'box room', 'boxroom', 'kids room', 'babys room', 'spare room', 'nursery', 'childrens room', 'sons room', 'daughters room', 'my room', 'bed room'],
  'living room': ['living room', 'lounge', 'front room', 'sitting room', 'livingroom', 'living area'],
  'dining room': ['dining room', 'dining area'],
  hall: ['hall', 'hallway', 'entrance hall', 'passage'],
  landing: ['landing'],
  stairs: ['stairs', 'staircase', 'stairwell', 'stair'],
  loft: ['loft', 'attic', 'roof space', 'loft space'],
  garden: ['garden', 'back garden', 'front garden', 'yard', 'gardens'],
  outside: ['outside', 'external', 'outdoors', 'exterior', 'outside wall'],
  communal: ['communal', '=block', 'the =block', 'corridor', 'lobby', 'foyer', 'shared area', 'bin room', 'communal area', 'communal areas'],
  garage: ['garage'],
  shed: ['shed'],
  balcony: ['balcony'],
  porch: ['porch'],
  'utility room': ['utility', 'utility room'],
  'airing cupboard': ['airing cupboard'],
  conservatory: ['conservatory'],
  cellar: ['cellar', 'basement'],
  roof: ['roof', 'flat roof'],
};
