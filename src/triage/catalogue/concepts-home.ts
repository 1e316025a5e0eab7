// Home concepts: the objects of the building and its fittings, namely doors, windows and
// security, roofs and outside, structure, damp and mould, pests, communal areas,
// adaptations, and kitchen and bathroom fittings. Terms are written as normalise() writes
// them; see concepts.ts for the term syntax.
export const HOME_CONCEPTS: Record<string, string[]> = {
  // ---- doors, windows and security --------------------------------------------------------
  door: ['door', 'doors'],
  // A neighbour's home, not a door: read first (longest first), so 'door' is not found in it.
  neighbourhome: ['next door', 'next doors', 'nextdoor'],
  // How an alarm or fitting is installed, not wiring at fault: 'wired into the ceiling' is read here first.
  // A person's control of another ('he controls all her money'), not heating controls: read here first.
  coercion: ['he controls', 'she controls', 'controls all', 'controls her', 'controls his', 'controls my', 'controls everything', 'controlling'],
  // 'The main thing', not the mains: read first, so "the drawer is the main thing" is not the electricity.
  mainpoint: ['main thing', 'main things', 'main problem', 'main issue', 'main reason', 'main worry', 'main concern', 'main one', 'main bit'],
  // How soon, not a fault: "no rush" is not "no" power, water or alarm.
  noRush: ['no rush', 'no hurry', 'no panic', 'no biggie', 'not urgent', 'no worries', 'not a rush', 'nothing urgent', 'not an emergency', 'no emergency'],
  wiredin: ['wired into', 'wired in', 'hard wired', 'hardwired', 'mains wired', 'wired to the mains'],
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
    // a door of a room or a cupboard inside the home, read before 'airing cupboard' or 'front room' takes the first words
    'airing cupboard door', 'cellar door', 'pantry door', 'utility door', 'utility room door', 'dining room door',
    'front room door', 'box room door', 'spare room door', 'back bedroom door', 'understairs door', 'under stairs door',
    'cloakroom door',
  ],
  communaldoor: [
    'communal door', 'communal doors', 'communal entrance', 'communal entrance door',
    'communal front door', 'entrance to the block', 'main entrance', 'main entrance door',
    'block door', 'building door', 'stairwell door', 'door to the block', 'door to the flats',
    'main door', 'front door of the block', 'front door to the flats', 'main door to the flats',
    'entrance door to the block', 'security door',
    // Scotland: the "close" is the shared stair of a tenement
    'close door', 'close entrance', 'close entrance door', 'stair door', 'controlled entry door',
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
    'anyone can walk in', 'anyone can get in', 'anyone could get in', 'anyone could climb in', 'anyone can climb in',
    'anyone could break in', 'anyone can break in', 'someone could get in', 'someone could climb in', 'stuck open', 'jammed open',
    'hanging open', 'not secure anymore', 'not stay shut', 'not stay closed', 'unlockable',
    // Scots "no" for "not": "the door's no shutting"
    'no shutting', 'no closing', 'no shut', 'no close', 'no locking', 'no lock properly',
  ],
  forced: [
    'kicked', 'kicked in', 'kick in', 'kicking', 'kicked down', 'forced', 'forced open',
    'forced entry', 'smashed in', 'bashed in', 'booted', 'booted in', 'jemmied', 'pried',
    'prised', 'crowbar', 'tried to get in', 'tried to break in', 'attempted break in',
    'vandalised', 'vandalized', 'vandals', 'smashed up', 'kicked my door',
    // "kicked my fence in": forced, and damage to whatever stands between (also in 'smashed')
    'kicked ~ in', 'kicked ~ down', 'booted ~ in', 'booted ~ down',
  ],
  burgled: [
    'burgled', 'burglary', 'burglar', 'burglars', 'break in', 'broken into', 'broke into', 'breakin',
    'intruder', 'intruders', 'been robbed', 'robbed', 'burgulary', 'someone broke in', 'somebody broke in',
    'they broke in', 'someone has broken in', 'had a break in', 'tried to break in', 'broke in last night',
  ],
  boarding: ['board up', '=boarded', '=boarding', 'boarding up', '=boarded up', 'boards up', 'needs boarding', 'board it up', 'board the window', 'board the door'],
  // getting hold of a person, not getting into the home: "cant get in touch with my officer"
  contact: ['not get in touch', 'not get in contact', 'get in touch', 'get in contact', 'not get through', 'not get hold'],
  lockedout: [
    'locked out', 'lost my keys', 'lost keys', 'lost key', 'lost my key', 'keys lost', 'not get in',
    'not get into', 'shut out', 'left my keys', 'keys inside', 'keys stolen', 'stolen keys',
  ],
  // The tenant outside their own door now: with a key problem, a lock-out ("key snapped, im stood outside").
  outsidenow: ['stood outside', 'standing outside', 'stuck outside', 'sat outside', 'sitting outside', 'waiting outside', 'stood on the doorstep'],
  keyproblem: [
    'key stuck', 'key snapped', 'key broke', 'key broken', 'snapped key', 'key not turn',
    'key not turning', 'key jammed', 'key stuck in', 'key broke off', 'key will not turn',
  ],
  window: [
    'window', 'windows', 'double glazing', 'double glazed', 'window frame', 'window frames', 'sash', 'sashes',
    'sash window', 'sash windows', 'casement', 'sash cord', 'sash cords', 'sashcord', 'sashcords',
    'skylight', 'velux', 'window unit', 'windae', 'windowpane', 'window pane', 'bay window',
    // a window's parts, named together in responsibility tables ("Window catches and hinges")
    'window catch', 'window catches', 'window latch', 'window lock', 'window locks', 'window hinge', 'window hinges',
    'window handle', 'window handles', 'window stay', 'window stays', 'window fittings', 'window ironmongery',
    'double glazed unit', 'double glazed units', 'double glazing unit', 'double glazing units', 'sealed unit',
    'sealed units', 'glazing unit', 'glazing units', 'glazed unit', 'glazed units',
  ],
  glass: ['glass', '=pane', '=panes', 'glazing', 'glazed', 'broken glass', 'broken pane', 'glass panel', 'glass panels'],
  // a room with no window to air it: a broken extractor there is urgent, not routine
  nowindow: [
    'no window', 'no windows', 'without a window', 'without window', 'without windows', 'windowless', 'no opening window',
    'no openable window', 'internal bathroom', 'internal kitchen', 'not have a window', 'not got a window', 'no natural ventilation',
    'no other ventilation',
  ],
  sill: ['sill', 'window sill', 'windowsill', 'cill', 'window board'],
  frame: ['frame', 'frames', 'door frame', 'door frames'],
  handle: ['handle', 'handles', 'knob', 'knobs', 'lever', 'window handle', 'window handles'],
  hinge: ['hinge', 'hinges', 'off its hinges', 'off the hinges', 'hanging off', 'window hinge', 'window hinges'],
  catch: [
    'sash cord', 'sash cords', 'sashcord', 'sashcords', 'window cord', 'window cords',
    'catch', 'catches', 'window catch', 'window catches', 'window latch', 'window lock', 'window locks', 'window stay',
    'window stays', 'window fittings', 'window ironmongery',
  ],
  misted: [
    'misted between', 'between the panes', 'between the glass', 'blown double glazing', 'blown unit',
    'blown seal', 'failed seal', 'failed unit', 'misted unit', 'misted up inside', 'inside the glass',
    'between the glazing', 'blown window', 'blown windows', 'misted double glazed', 'misted double glazing',
    'misted double glazed unit', 'misted double glazed units', 'misted glazing', 'misted sealed unit', 'misted sealed units',
    'misted panes', 'misted units', 'misted glazed units', 'double glazing misted', 'steamed up between',
    'fogged up between', 'condensation between', 'moisture between',
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
  triphazard: ['trip hazard', 'tripping hazard', 'tripped over', 'fell over', 'uneven', 'sunken', '=sinking', 'could trip', 'might trip', 'someone will trip', 'went flying', 'go flying', 'gone flying', 'sent flying', 'nearly went flying'],
  garden: ['garden', 'gardens', 'back garden', 'front garden'],
  wall: ['=wall', '=walls'],
  gardenwall: ['garden wall', 'boundary wall', 'retaining wall', 'brick wall', 'wall in the garden', 'front wall', 'dwarf wall'],
  externalwall: [
    'outside wall', 'outside walls', 'external wall', 'external walls', 'brickwork', 'render', '=coping', '=coping =stone',
    '=coping =stones', '=copings', 'parapet', 'parapet wall',
    'rendering', '=pointing', 'cladding', 'bricks', 'brick', 'mortar', 'outer wall', 'gable wall', 'gable end',
  ],
  shed: ['shed', 'outhouse', 'outbuilding', 'outbuildings', 'coal shed', 'storage shed', 'sheds'],
  tree: ['tree', 'trees', 'branch', 'branches', 'hedge', 'hedges', 'roots', 'overgrown', 'overhanging'],
  access: ['=access', 'way in', 'way out'],
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
  structure: ['structure', 'structural', 'building', 'foundations', 'foundation', 'lintel', 'joist', 'joists', 'beam', 'masonry', 'stonework'],
  stairs: ['stairs', 'staircase', 'stair', 'stairway', 'stair tread', 'treads', 'tread', 'nosing', 'step on the stairs'],
  banister: [
    'banister', 'banisters', 'bannister', 'bannisters', 'handrail', 'handrails', 'hand rail',
    'stair rail', 'spindles', 'spindle', 'balustrade', 'newel post', 'newel',
  ],
  // Carpet is the tenant's own in a home, the landlord's in a corridor or on a shared stair.
  carpet: ['carpet', 'carpets', 'carpeting', 'stair carpet', 'stair carpets'],
  floor: ['floor', 'floors', 'floorboard', 'floorboards', 'floor boards', 'floor board', 'subfloor', 'flooring', 'floor tiles', 'lino', 'vinyl floor'],
  skirting: ['skirting', 'skirting board', 'skirting boards', 'skirtings', 'architrave', 'architraves', 'door frame', 'door frames', 'door lining'],
  lofthatch: ['loft hatch', 'loft door', 'loft ladder', 'hatch', 'attic hatch', 'loft cover'],
  loft: ['loft', 'attic', 'loft space', 'roof space', 'lofts'],
  insulation: ['insulation', 'insulate', 'insulated', 'lagging', 'loft insulation', 'cavity wall insulation', 'cavity insulation'],
  balcony: ['balcony', 'balconies', 'walkway', 'deck access', 'balcony rail', 'balcony railing', 'balcony railings', 'railings', 'balustrade', 'balustrades'],
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
  trapped: ['=trapped', 'stuck in', 'stuck inside', 'stuck ~ inside', 'trapped ~ inside', 'locked in', 'shut in', 'not get out', 'someone inside', 'person inside', 'people inside', 'somebody stuck', 'someone stuck'],
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
  playarea: ['play equipment', 'play area', 'playground', 'play park', 'swings', 'climbing frame', 'see saw', 'seesaw'],
  cctv: ['cctv', 'cctv camera', 'cctv cameras', 'security camera', 'security cameras', 'communal cctv'],
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
