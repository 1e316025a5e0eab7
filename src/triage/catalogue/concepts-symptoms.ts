// Symptom concepts: the words for what is wrong (broken, leaking, blocked, will not lock,
// cold, loose...) rather than for the thing it is wrong with, plus the words that qualify a
// report (all, total loss, fine, outside, rain). Almost every cue pairs one of these with an
// object from concepts-services.ts or concepts-home.ts. Terms are written as normalise()
// writes them; see concepts.ts for the term syntax.
/** "is 84", "aged 90", "84 year old", "in her 80s": ages 70 to 104 mark an older household member. */
const OLD_AGES: string[] = [
  ...Array.from({ length: 35 }, (_, i) => 70 + i).flatMap((n) => [`is ${n}`, `aged ${n}`, `age ${n}`, `${n} year old`, `${n} years old`]),
  ...['70s', '80s', '90s'].flatMap((d) => [`in her ${d}`, `in his ${d}`, `in their ${d}`, `in my ${d}`]),
];

export const SYMPTOM_CONCEPTS: Record<string, string[]> = {
  // ---- generic symptoms --------------------------------------------------------------
  broken: [
    'lights out', 'light out', 'lights are out', 'lights gone out', 'lights have gone out', 'lights went out',
    'broken', 'broke', 'nothing working', 'nothing is working', 'nothings working', 'not working', 'not work', 'not ~ work', 'stopped working', 'stop working',
    'packed in', 'packed up', 'pack in', 'knackered', 'bust', 'busted', 'kaput', 'dead', 'died',
    'dying', 'faulty', 'fault', 'playing up', 'play up', 'conked out', 'conked', 'on the blink',
    'not turning on', 'not turn on', 'not come on', 'not coming on', 'not firing', 'not fire up',
    'failed', 'failing', 'failure', 'defective', 'not functioning', 'out of order', 'no good',
    'useless', 'had it', 'given up', 'gave up', 'cutting out', 'cut out', 'keeps cutting out',
    'keeps going off', 'gone off', 'went off', 'damaged', 'damage', 'snapped', 'error',
    'error code', 'fault code', 'malfunction', 'malfunctioning', 'duff', 'not working properly',
    'stopped', 'not responding', 'not start', 'not switch on', 'not turn on', 'ruined', 'wrecked',
    'gone', 'goosed', 'fried', 'blown', 'not go on', 'gone kaput', 'out of action', 'out of service',
    'not in service', 'been out', 'is out', 'broken down', 'breakdown', 'broke down', 'no working',
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
    // something fell or flew and nearly struck a person
    'nearly hit', 'almost hit', 'could hit', 'could have hit', 'narrowly missed', 'just missed', 'nearly killed',
    'could have killed', 'nearly landed on', 'could injure', 'could hurt someone', 'danger to the public', 'danger to people',
  ],
  collapse: [
    'collapsed', 'collapse', 'collapsing', 'fallen down', 'fell down', 'fallen in', 'fell in',
    'falling down', 'falling in', 'caved in', 'cave in', 'caving in', 'coming down', 'came down',
    'come down', 'about to fall', 'going to fall', 'gonna fall', 'sagging', 'sag', 'sags',
    'bowing', 'bulging', 'bulge', 'bulges', 'giving way', 'given way', 'gave way', 'crashed down',
    'dropped down', 'fallen through', 'fell through', 'soft to touch', 'soft to the touch', 'gone soft', 'feels soft',
  ],
  fall: ['fallen', 'falling', 'fell', 'fall', 'dropping', 'fallen off', 'fell off', 'falling off', 'falling down'],
  cutout: [
    'keeps cutting out', 'cutting out', 'cuts out', 'keeps going off', 'keeps turning off', 'goes off',
    'keeps going out', 'keeps switching off', 'keep going off', 'keeps tripping', 'on and off', 'off and on', 'goes off and on',
  ],
  cracks: [
    'crack', 'cracks', 'cracked', 'cracking', 'split', 'splits', 'splitting', 'hairline',
    'subsidence', 'movement', 'fracture',
  ],
  smashed: [
    'smashed', 'smash', 'shattered', 'shatter', 'broken glass', 'broken pane', 'chipped',
    'brick through', 'stone through', 'put through', 'kicked through', 'punched through',
    'kicked ~ in', 'kicked ~ down', 'booted ~ in', 'booted ~ down',
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
    'some of', 'a room', 'certain rooms', 'circuit', 'one circuit', 'a circuit', 'rooms',
  ],
  // there is another toilet or WC: "more than one WC", "we have a second toilet"
  another: [
    'more than one', 'more than 1', 'another toilet', 'another wc', 'second toilet', 'second wc', 'two toilets',
    'two wcs', '2 toilets', '2 wcs', 'other toilet', 'other wc', 'other toilets', 'additional toilet', 'additional wc',
    'we have another', 'got another', 'other one works', 'the other one',
  ],
  only: ['only', 'only one', 'only 1', 'the only', 'just one', 'just the one', 'no other', 'no second', 'sole', 'single', 'one wc', 'one toilet'],
  severe: ['major', 'severe', 'serious', 'heavy', 'massive', 'huge', 'significant', 'big leak', 'really bad'],
  // a fault that is spreading or large: "crack getting bigger", "extensive cracking"
  growing: [
    'getting bigger', 'getting wider', 'getting longer', 'getting worse', 'growing', 'spreading', 'widening', 'extensive',
    'subsidence', 'structural movement', 'wider than a pound coin', 'can fit my finger', 'fit a finger', 'big', 'large', 'appearing', 'opening up',
  ],
  vulnerable: [
    'vulnerable', 'elderly', 'disabled', 'disability', 'baby', 'newborn', 'new born', 'pregnant', 'oxygen',
    'terminally ill', 'terminal', 'poorly', 'seriously ill', 'dementia', 'wheelchair', 'chemo', 'chemotherapy',
    'cancer', 'frail', 'pensioner', 'pensioners', 'infant', 'over 65', 'over 70', 'over 75', 'over 80', 'copd',
    'household is vulnerable', 'medical condition', 'oap', 'month old', 'months old', 'week old', 'weeks old',
    'under 5', 'under 5s', 'under five', 'under fives', 'toddler', 'toddlers', 'young children', 'young kids',
    'small children', 'small kids', 'little ones', 'young baby',
    // an older person by age: "my mum is 84", "aged 90", "in his 80s"
    ...OLD_AGES,
  ],
  all: [
    'all', 'whole', 'entire', 'every', 'everything', 'total', 'totally', 'completely',
    'complete', 'full', 'fully', 'at all', 'all of', 'everywhere', 'none of',
  ],
  request: [
    'need', 'needs', 'needed', 'want', 'wanted', 'would like', 'request', 'requesting',
    'can i have', 'could i have', 'can i get', 'could i get', 'asking for', 'apply for',
    'applied for', 'install', 'installed', 'put in', 'fitted', 'fit', 'get one', 'waiting for',
    'on the list', 'installation', 'installing', 'installation of', 'provision of', 'providing', 'fitting of',
    'installation of new', 'install new',
  ],
  // Landlords' planned and improvement works: a programme or scheme, not a fault. The
  // phrases that also mean "new" are listed in newthing too, so neither concept loses them.
  plannedworks: [
    'planned works', 'planned work', 'planned maintenance', 'programme', 'program', 'scheme', 'improvement',
    'improvements', 'improvement works', 'capital works', 'major works', 'cyclical', 'retrofit', 'upgrade',
    'upgrades', 'upgrading', 'upgrade of', 'renewal', 'renewals', 'renewal of', 'replacement of',
    'replacement programme', 'installation of', 'installation of new', 'install new', 'modernisation',
    'refurbishment', 'repointing', 're pointing', 'redecoration', 'redecorations', 'external painting',
  ],
  newthing: [
    'upgrade of', 'renewal of', 'replacement of', 'replacement programme', 'installation of new', 'install new',
    'new', 'replacement', 'replace', 'replaced', 'replacing', 'upgrade', 'upgraded', 'upgrading',
    'modernise', 'modernised', 'modernisation', 'refurb', 'refurbish', 'refurbishment',
    'renewal', 'renew', 'renewed', 'brand new', 'revamp', 'refit',
  ],
  old: [
    'old', 'outdated', 'dated', 'falling apart', 'worn out', 'worn', 'tired', 'ancient',
    'years old', 'past its best', 'original', 'out of date', 'end of its life', 'decades',
  ],
  // the months when landlords' lists make a loss of heating an emergency ("1 October to 30 April")
  winterperiod: [
    'winter', 'winter months', 'wintertime', 'during winter', 'in winter', 'cold months', 'colder months', 'cold weather',
    'heating season', 'october ~ april', 'october ~ march', 'november ~ march', 'november ~ april', 'september ~ april',
    'oct ~ apr', 'oct ~ april', 'nov ~ mar', 'nov ~ march', 'october to april', 'between october and april',
  ],
  home: ['house', 'home', 'flat', 'property', 'place', 'bungalow', 'maisonette', 'whole house'],
  above: [
    'upstairs flat', 'flat above', 'above', 'upstairs neighbour', 'from upstairs',
    'flat upstairs', 'neighbour above', 'above me', 'from above',
  ],
  outside: ['outside', 'outdoor', 'outdoors', 'external', 'exterior', 'porch', 'yard'],
  rain: [
    'rain', 'raining', 'rainwater', 'rains', 'storm', 'wet weather', 'when it rains', 'rainy',
    // "pissing down" is heavy rain, not water pouring from a pipe
    'pissing down', 'pissing it down', 'chucking it down', 'bucketing down', 'tipping down', 'lashing down', 'peeing down',
  ],
  storm: ['storm', 'wind', 'winds', 'gale', 'gales', 'blown down', 'blew down', 'blown over', 'blew over'],
};
