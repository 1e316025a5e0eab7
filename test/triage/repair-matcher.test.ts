// The repair matcher on tenant-style messages: the area, tier and issue each is read as,
// misspellings no hand list holds, messages that are not repairs, and where, alternatives and
// Awaab's Law on a match. These are the sentences the matcher was developed against; the
// honest check of how it generalises is repair-heldout.test.ts. The catalogue it matches
// against is checked in repair-catalogue.test.ts, the normaliser in normaliser.test.ts.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/triage/normalise.js';
import { findIssue, matchRepair } from '../../src/triage/repair-matcher.js';

type Case = [text: string, area: string, tier: string, id?: string];

const MESSAGES: Case[] = [
  // planned and improvement works: a programme or scheme with no fault named is planned work
  ['programme to renew the central heating across the estate', 'heating', 'planned', 'planned-heating'],
  ['estate improvement works to the kitchens', 'kitchen', 'planned', 'planned-kitchen'],
  ['loft insulation upgrade', 'structure', 'planned', 'planned-structure'],
  ['lift refurbishment scheme', 'communal', 'planned', 'planned-communal'],
  ['upgrade my boiler its broken', 'heating', 'urgent', 'boiler-not-working'],
  ['hot water off but the heating is working', 'hot-water', 'urgent', 'no-hot-water'],
  ['nothing working, no heating and no hot water', 'heating', 'emergency', 'no-heating-no-hot-water'],
  // heating and hot water
  ['boiler packed in no heat since fri', 'heating', 'urgent'],
  ['my boilers knackered again!!! no heating no hot water 😡', 'heating', 'emergency', 'no-heating-no-hot-water'],
  ['heating not working', 'heating', 'urgent', 'no-heating'],
  ['no heat in the house its freezing', 'heating', 'urgent'],
  ['boila keeps goin off', 'heating', 'urgent', 'boiler-not-working'],
  ['boiler showing error code F28', 'heating', 'urgent', 'boiler-not-working'],
  ['pilot light keeps going out on the boiler', 'heating', 'urgent', 'boiler-not-working'],
  ['combi boiler not firing up', 'heating', 'urgent', 'combi-boiler-fault'],
  ['boiler pressure keeps dropping to 0', 'heating', 'urgent', 'boiler-pressure'],
  ['boiler is leaking water underneath', 'heating', 'urgent', 'boiler-leaking'],
  ['boiler making a loud banging noise', 'heating', 'routine', 'boiler-noisy'],
  ['one rad in the back bedroom is cold', 'heating', 'routine', 'radiator-not-working'],
  ['radiater not getting warm', 'heating', 'routine', 'radiator-not-working'],
  ['all the radiators are stone cold', 'heating', 'urgent', 'no-heating'],
  ['radiator valve leaking onto the carpet', 'heating', 'urgent', 'radiator-leaking'],
  ['thermostat not working heating wont come on', 'heating', 'urgent'],
  ['heating only works downstairs', 'heating', 'urgent', 'heating-partial'],
  ['heating stuck on cant turn it off roasting', 'heating', 'routine', 'heating-stuck-on'],
  ['storage heaters not working', 'heating', 'urgent', 'storage-heaters'],
  ['gas fire wont light', 'heating', 'routine', 'gas-fire-faulty'],
  ['oil boiler run out and not firing', 'heating', 'urgent'],
  ['heat pump outside making noise and house cold', 'heating', 'urgent', 'heat-pump-fault'],
  ['condensate pipe frozen boiler not working', 'heating', 'urgent', 'boiler-not-working'],
  ['no hot water', 'hot-water', 'urgent', 'no-hot-water'],
  ['only cold water coming from the hot tap', 'hot-water', 'urgent', 'no-hot-water'],
  ['immersion heater not working no hot water', 'hot-water', 'urgent'],
  ['can we have a new boiler please ours is 20 years old', 'heating', 'planned', 'boiler-replacement'],
  // leaks and water
  ['water drippin out the bathroom light fitting', 'leaks', 'emergency', 'water-through-light'],
  ['burst pipe water everywhere', 'leaks', 'emergency', 'leak-uncontrollable'],
  ['water pissing out the pipe under the sink cant stop it', 'leaks', 'emergency', 'leak-uncontrollable'],
  ['leak from upstairs flat coming through my kitchen ceiling', 'leaks', 'urgent', 'leak-through-ceiling'],
  ['pipe leaking behind the washing machine', 'leaks', 'urgent', 'pipe-leak'],
  ['leak under the kitchen sink', 'leaks', 'urgent'],
  ['tap drippin all nite', 'leaks', 'routine', 'tap-dripping'],
  ['bathroom tap wont turn off', 'leaks', 'urgent', 'tap-wont-turn-off'],
  ['overflow pipe outside keeps running', 'leaks', 'routine', 'overflow-pipe'],
  ['stopcock is seized cant turn it', 'leaks', 'urgent', 'stop-tap-faulty'],
  ['shower leaking through to the kitchen below', 'leaks', 'urgent', 'bath-shower-leak'],
  ['hot water tank in airing cupboard leaking', 'leaks', 'urgent', 'hot-water-cylinder-leak'],
  ['water coming out the plug socket', 'leaks', 'emergency', 'water-through-light'],
  ['no water coming out of any taps', 'water-supply', 'emergency', 'no-water-supply'],
  ['water pressure really low in kitchen tap', 'water-supply', 'routine', 'low-water-pressure'],
  ['pipes frozen no water', 'water-supply', 'urgent', 'frozen-pipes'],
  // drainage and toilets
  ['kitchen sink blocked wont drain', 'drainage', 'urgent', 'blocked-sink'],
  ['bath not draining', 'drainage', 'urgent', 'blocked-sink'],
  ['outside drain blocked and overflowing', 'drainage', 'urgent', 'blocked-drain'],
  ['sewage coming up through the drain in the garden mingin', 'drainage', 'emergency', 'sewage-backing-up'],
  ['bad smell coming from the drains', 'drainage', 'routine', 'drain-smell'],
  ['manhole cover broken in garden', 'drainage', 'urgent', 'manhole-cover'],
  ['toilet blocked', 'toilets', 'urgent', 'toilet-blocked'],
  ['toilet wont flush', 'toilets', 'urgent', 'toilet-not-flushing'],
  ['loo wont flush handle just goes down', 'toilets', 'urgent', 'toilet-not-flushing'],
  ['toliet leaking at the bottom', 'toilets', 'urgent', 'toilet-leaking'],
  ['cistern keeps running all the time', 'toilets', 'routine', 'cistern-running'],
  ['toilet seat broke', 'toilets', 'routine', 'toilet-seat'],
  ['toilet pan cracked', 'toilets', 'urgent', 'toilet-pan-cracked'],
  // electrics and gas
  ['no power in the whole house', 'electrics', 'emergency', 'no-power'],
  ['no leccy at all', 'electrics', 'emergency', 'no-power'],
  ['socket sparking and smells of burning', 'electrics', 'emergency', 'dangerous-electrics'],
  ['wires hanging out of the ceiling', 'electrics', 'emergency', 'dangerous-electrics'],
  ['plug socket hanging off the wall', 'electrics', 'urgent', 'socket-faulty'],
  ['trip switch keeps tripping', 'electrics', 'urgent', 'fuse-tripping'],
  ['upstairs sockets not working', 'electrics', 'urgent', 'partial-power'],
  ['bedroom light not working new bulb didnt fix it', 'electrics', 'routine', 'light-not-working'],
  ['extractor fan bust in bathroom', 'electrics', 'routine', 'extractor-fan'],
  ['cooker switch not working', 'electrics', 'urgent', 'cooker-point'],
  ['doorbell not working', 'electrics', 'routine', 'doorbell'],
  ['i can smell gas in the kitchen', 'gas', 'emergency', 'gas-leak'],
  ['smell of gas near meter', 'gas', 'emergency', 'gas-leak'],
  ['carbon monoxide alarm going off', 'fire-safety', 'emergency', 'co-alarm-sounding'],
  // security, doors and windows
  ['som1 kicked my bk door in wont lock', 'security', 'emergency'],
  ['been burgled they smashed the back door', 'security', 'emergency', 'break-in'],
  ['front door wont lock', 'security', 'emergency', 'external-door-insecure'],
  ['cant lock my front door', 'security', 'emergency', 'external-door-insecure'],
  ['need window boarding up after it got smashed', 'security', 'emergency', 'boarding-up'],
  ['key snapped in the lock', 'security', 'urgent', 'lock-faulty'],
  ['locked out lost my keys', 'security', 'urgent', 'locked-out'],
  ['bedroom window wont close', 'security', 'urgent', 'window-insecure'],
  ['window glass cracked in the lounge', 'windows-doors', 'urgent', 'window-glass-broken'],
  ['window handle snapped off', 'windows-doors', 'routine', 'window-handle-hinge'],
  ['windows rotten and draughty', 'windows-doors', 'routine', 'window-rotten-draughty'],
  ['double glazing misted between the panes', 'windows-doors', 'routine', 'window-misted'],
  ['window restrictor broken in kids room', 'windows-doors', 'urgent', 'window-restrictor'],
  ['bedroom door hanging off its hinges', 'windows-doors', 'routine', 'internal-door'],
  ['back door sticking hard to open', 'windows-doors', 'routine', 'external-door-sticking'],
  ['letterbox broken letting the cold in', 'windows-doors', 'routine', 'letterbox'],
  // roofs and structure
  ['roof leaking when it rains', 'roofs', 'urgent', 'roof-leak'],
  ['tiles come off the roof in the wind', 'roofs', 'urgent', 'roof-tiles'],
  ['chimney pot looks loose', 'roofs', 'urgent', 'chimney'],
  ['soffit boards rotten and hanging', 'roofs', 'routine', 'fascia-soffit'],
  ['ceiling collapsed in the bathroom', 'structure', 'emergency', 'ceiling-collapsed'],
  ['bedroom ceiling sagging after the leak', 'structure', 'emergency', 'ceiling-collapsed'],
  ['big crack in the living room ceiling', 'structure', 'routine', 'ceiling-cracked'],
  ['crack in the wall getting bigger', 'structure', 'urgent', 'wall-cracks-serious'],
  ['plaster coming off the walls', 'structure', 'routine', 'wall-cracks'],
  ['banister is wobbly and loose', 'structure', 'urgent', 'stairs-banister'],
  ['floorboards rotten in the hallway', 'structure', 'routine', 'floor-damaged'],
  ['loft hatch wont close', 'structure', 'routine', 'loft-hatch'],
  ['balcony railings loose', 'structure', 'urgent', 'balcony'],
  // damp and mould
  ['black mould in the bedroom', 'damp-mould', 'routine', 'mould'],
  ['mold all over the bathroom ceiling skanky', 'damp-mould', 'routine', 'mould'],
  ['damp patches on the walls', 'damp-mould', 'urgent', 'damp'],
  ['condensation running down the windows every morning', 'damp-mould', 'routine', 'condensation'],
  // pests
  ['rats in the loft', 'pests', 'urgent', 'rats'],
  ['mice droppings in the kitchen cupboards', 'pests', 'routine', 'mice'],
  ['wasps nest in the roof', 'pests', 'urgent', 'wasps-bees'],
  ['cockroaches everywhere in the kitchen', 'pests', 'routine', 'cockroaches'],
  ['bed bugs in the mattress', 'pests', 'routine', 'bed-bugs'],
  ['pigeons nesting on the balcony', 'pests', 'routine', 'birds-pigeons'],
  ['squirrels in the loft', 'pests', 'routine', 'squirrels'],
  // communal
  ['lift broken again', 'communal', 'urgent', 'lift-not-working'],
  ['someone trapped in the lift', 'communal', 'emergency', 'lift-trapped'],
  // Round 4: emergencies that were read as a lesser job
  ['lift jammed and we are stuck with the pram inside', 'communal', 'emergency', 'lift-trapped'],
  ['the gas pipe behind the cooker got bent when we moved it', 'gas', 'emergency', 'gas-leak'],
  ['we have got no gas at all in the flat', 'gas', 'emergency', 'no-gas-supply-total'],
  ['the drain cover outside has gone missing, theres an open hole', 'drainage', 'emergency', 'manhole-open'],
  ['every storage heater in the flat has stopped working', 'heating', 'emergency', 'no-heating-total'],
  ['storm made a hole in the roof and the rain gets in', 'roofs', 'emergency', 'roof-leak-severe'],
  ['a big tree came down in the storm and its blocking the front door', 'external', 'emergency', 'tree-fallen'],
  ['front door glass is cracked right through', 'windows-doors', 'emergency', 'door-glass-broken'],
  ['bits of masonry falling off the front of the building', 'structure', 'emergency', 'dangerous-structure'],
  // several jobs in one message: the emergency wins even when named last
  ['please fix the fence panel and the bathroom tap, also the light switch in the hall is hot and buzzing', 'electrics', 'emergency', 'dangerous-electrics'],
  ['door entry system not working', 'communal', 'urgent', 'door-entry'],
  ['fob doesnt open the main door', 'communal', 'urgent', 'door-entry'],
  ['communal door wont shut anyone can walk in', 'communal', 'emergency', 'communal-door-insecure'],
  ['communal lights out on the stairwell', 'communal', 'urgent', 'communal-lights'],
  ['bin chute blocked again', 'communal', 'urgent', 'bin-chute'],
  ['tv aerial not working', 'communal', 'routine', 'tv-aerial'],
  // adaptations
  ['stairlift not working', 'adaptations', 'urgent', 'stairlift'],
  ['mums hoist has stopped working', 'adaptations', 'urgent', 'hoist'],
  ['grab rail by the bath is loose', 'adaptations', 'urgent', 'grab-rail'],
  ['ramp to the front door is cracked', 'adaptations', 'urgent', 'ramp'],
  ['need a level access shower for my dad', 'adaptations', 'routine', 'adaptation-request'],
  // kitchen and bathroom
  ['kitchen cupboard door hanging off', 'kitchen', 'routine', 'kitchen-units'],
  ['worktop split by the sink', 'kitchen', 'routine', 'worktop'],
  ['tiles falling off the kitchen wall', 'kitchen', 'routine', 'kitchen-tiles'],
  ['kitchen is 30 yrs old need a new one', 'kitchen', 'planned', 'kitchen-replacement'],
  ['bath panel cracked', 'bathroom', 'routine', 'bath-panel'],
  ['sealant round the bath is black and peeling', 'bathroom', 'routine'],
  ['shower not working', 'bathroom', 'urgent', 'shower-not-working'],
  ['electric shower keeps cutting out', 'bathroom', 'urgent', 'electric-shower-faulty'],
  ['sink in bathroom coming away from the wall', 'bathroom', 'routine', 'basin-loose'],
  ['want a new bathroom ours is falling apart', 'bathroom', 'planned', 'bathroom-replacement'],
  // external
  ['gutter hanging off', 'external', 'routine', 'gutter'],
  ['fence blown down in the storm', 'external', 'routine', 'fence'],
  ['garden gate wont shut', 'external', 'routine', 'gate'],
  ['path outside is uneven trip hazard', 'external', 'routine', 'path'],
  ['washing line snapped', 'external', 'routine', 'washing-line'],
  ['shed roof leaking', 'external', 'routine', 'shed'],
  // fire safety
  ['smoke alarm not working', 'fire-safety', 'emergency', 'smoke-alarm-not-working'],
  ['smoke alarm keeps beeping', 'fire-safety', 'urgent', 'smoke-alarm-beeping'],
  ['fire door on the landing wont close properly', 'fire-safety', 'urgent', 'fire-door'],
  // planned
  ['when are we getting new windows theyre really old', 'windows-doors', 'planned', 'window-replacement'],
  ['roof needs replacing', 'roofs', 'planned', 're-roofing'],
  // the words settle a question the issue would otherwise ask
  ['toilet is blocked and its the only one we have', 'toilets', 'emergency', 'toilet-blocked-only'],
  ['no heating and my mum is 89 and disabled', 'heating', 'emergency', 'no-heating-vulnerable'],
  ['heatings gone off again and ive got a newborn', 'heating', 'emergency', 'no-heating-vulnerable'],
  ['massive leak through the roof water pouring in', 'roofs', 'emergency', 'roof-leak-severe'],
  ['the soil stack is blocked', 'drainage', 'emergency', 'sewage-backing-up'],
  ['some of the taps have no water', 'water-supply', 'urgent', 'water-supply-partial'],
  ['boiler flue has come loose', 'gas', 'emergency', 'flue-fault'],
  ['when is my gas safety check due', 'gas', 'routine', 'gas-safety-check'],
  ['got no gas or electric', 'electrics', 'emergency', 'no-power'],
  ['electric keeps cutting out when i put the kettle on', 'electrics', 'urgent', 'fuse-tripping'],
  ['loose slates on the roof could fall on someone', 'roofs', 'emergency', 'roof-falling'],
  // landlord-list wording: "total" loss and "uncontainable" leaks are the emergency marks
  ['complete loss of heating and hot water', 'heating', 'emergency', 'no-heating-no-hot-water-total'],
  ['no heating at all since last night', 'heating', 'emergency', 'no-heating-total'],
  ['no hot water but the heating is ok', 'hot-water', 'urgent', 'no-hot-water'],
  ['heating not working in the bedrooms', 'heating', 'urgent', 'heating-partial'],
  ['leak that cannot be contained', 'leaks', 'emergency', 'leak-uncontrollable'],
  ['drain blocked and flooding the garden', 'drainage', 'emergency', 'drain-flooding'],
  ['ground floor window smashed', 'security', 'emergency', 'window-insecure-ground'],
  ['gutter overflowing and rain getting in to the bedroom', 'roofs', 'urgent', 'roof-leak'],
  ['damp on the wall from a leaking gutter', 'damp-mould', 'urgent', 'damp'],
  ['landing lights out on the 5th floor', 'communal', 'urgent', 'communal-lights'],
  ['light switch broken in the bedroom', 'electrics', 'routine', 'light-switch'],
  ['communal stairwell needs redecorating', 'external', 'planned', 'external-redecoration'],
  // everyday words that once read as repair words: "a bit" (bites), "the flat" (the flats), "care" (car)
  ['no electric anywhere in the flat', 'electrics', 'emergency', 'no-power'],
  ['the boiler is a bit noisy', 'heating', 'routine', 'boiler-noisy'],
  // second round: the words already settle what the question would ask
  ['lost all heating and it is the middle of winter', 'heating', 'emergency', 'no-heating-total'],
  ['fan in the shower room is dead and there is no window in there', 'electrics', 'urgent', 'extractor-fan-no-window'],
  ['the crack in the bedroom wall is spreading', 'structure', 'urgent', 'wall-cracks-serious'],
  ['downpipe is broken and rain is entering the property', 'roofs', 'urgent', 'roof-leak'],
  ['loo not flushing but we have a second toilet upstairs', 'toilets', 'urgent', 'toilet-not-flushing'],
  ['my nan is 88 and the heating has packed in', 'heating', 'emergency', 'no-heating-vulnerable'],
  ['the ceiling has gone soft where the leak was', 'structure', 'emergency', 'ceiling-collapsed'],
  ['replace the sash cords on the bay window', 'windows-doors', 'routine', 'window-handle-hinge'],
  ['the double glazed unit has misted up inside', 'windows-doors', 'routine', 'window-misted'],
  ['electric sockets in the kitchen not working', 'electrics', 'urgent', 'socket-faulty'],
  ['swings in the play park are broken', 'communal', 'urgent', 'play-equipment'],
  ['electric shower has packed up, we can use the bath for now', 'bathroom', 'routine', 'shower-not-working-has-bath'],
  ['the estate cctv has not worked for a month', 'communal', 'routine', 'cctv-faulty'],
];

/** Misspellings that are in no hand list: the fuzzy lookup has to find them. */
const MISSPELT: [text: string, id: string][] = [
  ['biler not wroking', 'boiler-not-working'],
  ['cieling colapsed', 'ceiling-collapsed'],
  ['tolet blokced', 'toilet-blocked'],
  ['radiaters cold', 'radiator-not-working'],
  ['condensashun on windws', 'condensation'],
  ['cockroches in kichen', 'cockroaches'],
  ['smoke alrm beepin', 'smoke-alarm-beeping'],
  ['guttering leeking', 'gutter'],
  ['intercomm brokn', 'door-entry'],
  ['stairlfit stuck', 'stairlift'],
];

const NOT_REPAIRS = [
  'hello',
  'hi there',
  'thank you so much',
  'my neighbour plays loud music',
  'can i pay my rent',
  'what time do you open',
  'ok thanks x',
  'yes',
  'the neighbours dog keeps barking all night',
  'i want to make a complaint about your staff',
  'my car has been broken into',
  'cant stop thinking about ending my life',
  'bloke next door threatened to knock me out',
  'i honestly dont see the point of living anymore',
  'how do i pay my rent',
  'at this rate i will never get through to anyone',
  'the new portal is a bit confusing',
];

describe('matchRepair', () => {
  it.each(MESSAGES)('%s', (text, area, tier, id) => {
    const m = matchRepair(normalise(text));
    expect(m, 'no match').not.toBeNull();
    const got = `${m!.issue.id} ${m!.issue.area} ${m!.issue.tier}`;
    expect(m!.issue.area, got).toBe(area);
    expect(m!.issue.tier, got).toBe(tier);
    if (id) expect(m!.issue.id, got).toBe(id);
  });

  it.each(MISSPELT)('reads the misspelt "%s"', (text, id) => {
    expect(matchRepair(normalise(text))?.issue.id).toBe(id);
  });

  it('has at least 120 messages', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(120);
  });

  it.each(NOT_REPAIRS)('finds no repair in "%s"', (text) => {
    expect(matchRepair(normalise(text))).toBeNull();
  });

  it('says where, when the text names a place', () => {
    expect(matchRepair(normalise('water drippin out the bathroom light fitting'))?.location).toBe('bathroom');
    expect(matchRepair(normalise('som1 kicked my bk door in wont lock'))?.location).toBe('back door');
    expect(matchRepair(normalise('black mould in the bedroom'))?.location).toBe('bedroom');
    expect(matchRepair(normalise('rats in the loft'))?.location).toBe('loft');
    expect(matchRepair(normalise('toilet wont flush'))?.location).toBeNull();
  });

  it('reads a bath or a shower as the bathroom, so the tenant is not asked which room', () => {
    expect(matchRepair(normalise('my bath tap is dripping'))?.location).toBe('bathroom');
    expect(matchRepair(normalise('the shower head is leaking'))?.location).toBe('bathroom');
    expect(matchRepair(normalise('kitchen tap dripping'))?.location).toBe('kitchen');
  });

  it('offers up to three close alternatives, best first', () => {
    const m = matchRepair(normalise('boiler packed in no heat since fri'))!;
    expect(m.alternatives.length).toBeGreaterThan(0);
    expect(m.alternatives.length).toBeLessThanOrEqual(3);
    for (const a of m.alternatives) {
      expect(findIssue(a.issueId)).toBeDefined();
      expect(a.score).toBeLessThanOrEqual(m.score);
    }
  });

  it("flags damp and mould for Awaab's Law", () => {
    expect(matchRepair(normalise('black mould in the bedroom'))?.issue.awaabs).toBe(true);
  });

  it('findIssue returns undefined for an unknown id', () => {
    expect(findIssue('no-such-thing')).toBeUndefined();
  });
});
