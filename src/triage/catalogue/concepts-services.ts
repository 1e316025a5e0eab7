// Service concepts: the objects and symptoms of the home's supplies, namely heating and hot
// water, gas, water and leaks, drainage and toilets, and electrics. These are the areas
// where most emergencies sit, so they are kept together and apart from the fabric of the
// home. Terms are written as normalise() writes them; see concepts.ts for the term syntax.
export const SERVICE_CONCEPTS: Record<string, string[]> = {
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
  // Oxygen a person breathes from, not the hot water: "backup cylinder only lasts a few hours".
  oxygensupply: [
    'oxygen', 'oxygen cylinder', 'oxygen cylinders', 'backup cylinder', 'back up cylinder', 'spare cylinder', 'oxygen bottle', 'oxygen tank', 'concentrator',
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
  // a gas pipe or main itself, for damage to it (a gas escape waiting to happen)
  // a person, not the supply: "the gas man was rude" is no loss of gas
  gasworker: ['gas man', 'gasman', 'gas men', 'gas engineer', 'gas engineers', 'gas board', 'gas fitter', 'gas safe engineer', 'gas company', 'gas supplier', 'gas bill'],
  gaspipe: ['gas pipe', 'gas pipes', 'gas pipework', 'gas main', 'gas mains', 'gas supply pipe'],
  gasoff: ['gas off', 'gas cut off', 'gas been cut off', 'gas turned off', 'no gas', 'gas capped', 'gas not on', 'gas supply off', 'gas supply cut off', 'gas supply been cut off', 'gas supply capped', 'gas supply capped off', 'gas supply turned off', 'loss of gas', 'loss of gas supply', 'lost gas', 'lost the gas', 'no gas supply'],
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
    'water dripping', 'dribbling', 'wet patch', 'leeking', 'water coming down', 'coming down the wall', 'coming down the walls',
    'running down the wall', 'running down the walls', 'pouring down the wall', 'pouring down the walls', 'water running down',
  ],
  burst: [
    'burst', 'gushing', 'gush', 'gushes', 'pouring', 'pours', 'poured', 'spraying', 'sprays',
    'spurting', 'flooding', 'flood', 'flooded', 'floods', 'water everywhere', 'uncontrollable', 'torrent', '=pissing', 'streaming', 'pumping out', 'shooting out',
    'flowing', 'like a tap', 'full flow', 'cascading', 'raining through', 'water pouring', 'spouting',
    'water all over', 'pissing water', 'pissing out', 'pissing everywhere', 'pissing through',
    'out of control', 'uncontainable', 'uncontained', 'uncontrolled', 'not be contained', 'not contain',
    'not be controlled', 'not control', 'not be stopped', 'not containable', 'not controllable',
  ],
  totalloss: ['total', 'totally', 'complete', 'completely', 'at all', 'whatsoever', 'entirely', 'none at all', 'nothing at all'],
  // something is fine or still working ("no heating, the hot water is ok")
  fine: ['fine', 'ok', 'okay', '=works', '=working', 'working fine', 'works fine', 'work fine', 'working ok', 'works ok', 'is working', 'are working', 'still working', 'still works', 'working normally', 'all right', 'alright'],
  // water getting into the home from outside (a gutter, a wall): "gutter overflowing and rain getting in"
  ingress: [
    'come in', 'coming in', 'comes in', 'came in', 'getting in', 'gets in', 'coming inside', 'ingress', 'penetrating',
    'penetration', 'into the house', 'into the home', 'into the flat', 'into the property', 'into my house',
    'into my flat', 'into my home', 'inside the house', 'inside the flat', 'indoors', 'water coming in', 'rain coming in',
    'water getting in', 'rain getting in', 'letting water in', 'letting rain in', 'lets water in', 'lets rain in',
    'letting in water', 'water ~ come in', 'water ~ get in', 'rain ~ come in', 'rain ~ get in',
    'enter ~ home', 'enter ~ property', 'enter ~ house', 'enter ~ flat', 'enter ~ building', 'enter ~ dwelling',
    'into the building', 'into the dwelling',
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
  tap: ['=tap', '=taps', 'mixer tap', 'mixer', 'faucet'],
  // One named tap: a cue for the tap itself names both; losing one is not losing the supply ("cant use the cold tap in there").
  onetap: ['cold tap', 'hot tap', 'outside tap', 'kitchen tap', 'bath tap', 'basin tap', 'sink tap', 'bathroom tap'],
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
  // sheltered housing: the alarm a resident pulls or presses to call for help
  carealarm: [
    'community alarm', 'community alarms', 'pull cord alarm', 'pull cord alarms', 'alarm pull cord', 'alarm cord', 'emergency pull cord',
    'emergency cord', 'red cord', 'red pull cord', 'careline', 'care line', 'lifeline', 'life line alarm', 'telecare', 'warden call',
    'warden call system', 'warden alarm', 'alarm call system', 'call system', 'emergency call system', 'alarm pendant', 'pendant alarm',
    'personal alarm', 'help button', 'emergency button', 'alarm button', 'alarm base unit', 'dispersed alarm', 'scheme alarm',
    'sheltered alarm', 'call point', 'nurse call', 'assistive technology',
  ],
  discoloured: [
    'brown water', 'rusty water', 'discoloured water', 'discolored water', 'cloudy water', 'milky water', 'orange water',
    'yellow water', 'black bits in the water', 'water is brown', 'water comes out brown', 'water coming out brown', 'water tastes funny',
    'water tastes of', 'water smells of', 'dirty water from the tap', 'dirty water coming out the tap',
  ],
  watersupply: [
    'water supply', 'mains water', 'water off', 'water cut off', 'water been cut off',
    'water turned off', 'no water', 'water not on', 'water supplies', 'water not coming out',
    'nothing comes out', 'nothing coming out', 'not a drop', 'not a drop of water', 'taps are dry', 'taps dry',
    'taps have run dry', 'taps run dry', 'nothing from the taps', 'nothing out of the taps',
  ],
  lowpressure: [
    'low pressure', 'poor pressure', 'weak pressure', 'pressure is low', 'pressure low',
    'no pressure', 'barely comes out', 'dribble', 'trickle', 'pressure is rubbish',
    'pressure is poor', 'low water pressure', 'water pressure',
  ],

  // ---- drainage and toilets -------------------------------------------------------------
  // 'one toilet' is also an 'only' phrase: a phrase names every concept it is listed under.
  toilet: ['toilet', 'toilets', 'loo', 'wc', 'lav', 'lavatory', 'bog', 'toilet pan', 'toilet bowl', '=pan', 'loos', 'one toilet', 'one wc'],
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
  // there is a bath to use instead: "we've got a bath", "where there is also a bath"
  hasbath: [
    'also a bath', 'got a bath', 'have a bath', 'there is a bath', 'theres a bath', 'use the bath', 'bath instead',
    'as well as a bath', 'also have a bath', 'still have the bath', 'bath is fine', 'bath still works', 'can still bath',
  ],
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
  // A service asked about, not a fault: "you do free smoke alarm checks?" ('check' alone is a problem word).
  alarmcheck: [
    'alarm check', 'alarm checks', 'alarm checked', 'alarms checked', 'alarm test', 'alarm tests', 'alarm testing',
    'alarm tested', 'alarms tested', 'fire safety check', 'fire safety checks', 'home fire safety visit', 'alarm fitted free',
  ],
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
  socket: ['electrical socket', 'electrical sockets', 'electric socket', 'electric sockets', 'socket', 'sockets', 'plug socket', 'plug sockets', 'power point', 'outlet', 'double socket', 'plugs'],
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
  // a socket or switch that is warm or hot to the touch: it should never be
  warm: ['=warm', '=hot', 'getting warm', 'getting hot', 'gets hot', 'gets warm', 'warm to touch', 'warm to the touch', 'hot to the touch'],
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
};
