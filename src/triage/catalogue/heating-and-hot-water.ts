// Heating and hot water issues: no heating or no hot water, boilers, radiators, controls,
// and the other heat sources (storage heaters, gas fires, solid fuel, heat pumps). Whether
// a loss of heat is urgent or an emergency turns on whether it is total and on who lives
// there, so the issues split on "total loss" and several ask about a vulnerable household.
import type { IssueSpec } from './cue-spec.js';
import { ASK_VULNERABLE, ASK_LEAK_ELECTRICS, ASK_STOP_TAP } from './questions.js';

/** Heating. */
export const HEATING_ISSUES: IssueSpec[] = [
  {
    id: 'no-heating-no-hot-water', label: 'No heating and no hot water', area: 'heating', tier: 'emergency',
    tags: ['no-heating', 'no-hot-water'], clarify: ASK_VULNERABLE,
    cues: [
      [9.5, 'heating', 'hotwater', 'neg|broken|cold', '!fine'], [9.2, 'boiler|combi', 'hotwater', 'neg|broken|cold', '!fine'],
      [9.2, 'radiator|storageheater', 'hotwater', 'neg|broken|cold', '!fine|partial'],
    ],
  },
  // Landlords' lists put a TOTAL loss of heating (and hot water) under emergency and a
  // partial loss under urgent; "total", "complete" or "at all" is that mark.
  {
    id: 'no-heating-no-hot-water-total', label: 'Total loss of heating and hot water', area: 'heating', tier: 'emergency',
    tags: ['no-heating', 'no-hot-water'],
    cues: [
      [9.65, 'heating|boiler|combi', 'hotwater', 'neg|broken|cold', 'totalloss', '!fine|partial'],
      // "between 1 October and 30 April", "in the winter months": the lists' own emergency mark
      [9.65, 'heating|boiler|combi', 'hotwater', 'neg|broken|cold', 'winterperiod', '!fine|partial'],
    ],
  },
  {
    id: 'no-heating-total', label: 'Total loss of heating', area: 'heating', tier: 'emergency', tags: ['no-heating'],
    cues: [
      [9.6, 'heating|storageheater', 'neg|broken|cold', 'totalloss|winterperiod', '!fine|partial|hotwater'],
      [9.55, 'radiator|heater', 'neg|broken|cold', 'all', 'totalloss|winterperiod', '!fine|partial|hotwater'],
      // every storage heater down: they are the only heating in the home
      [9.5, 'storageheater', 'neg|broken|cold', 'all', '!fine|partial|hotwater'],
    ],
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
    cues: [[9.1, 'pressure', 'boiler|combi|heating|radiator'], [6, 'pressure', '!water|tap|onetap|shower|lowpressure']],
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
    cues: [[9.2, 'heating|radiator|storageheater', 'partial', 'cold|broken|neg|problem'], [8.7, 'heating', 'partial'], [8.85, 'heating', 'cutout']],
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
    cues: [[9.3, 'solidfuel', 'broken|neg|problem|cold|leak|burning|noise|pilot', '!birds'], [7, 'solidfuel', 'heating|boiler|hotwater|radiator'], [5, 'solidfuel']],
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
    cues: [
      [8.7, 'boiler|combi', 'newthing|old', 'request|old|newthing', '!broken|leak|pilot|cold|neg'],
      // "central heating upgrade", "new heating system": a whole system, not one radiator
      [8.6, 'heating|storageheater', 'newthing', '!broken|leak|pilot|cold|neg|partial|problem|radiator'],
    ],
  },
];

/** Hot water. */
export const HOT_WATER_ISSUES: IssueSpec[] = [
  {
    id: 'no-hot-water', label: 'No hot water', area: 'hot-water', tier: 'urgent', tags: ['no-hot-water'], clarify: ASK_VULNERABLE,
    cues: [[9.1, 'hotwater', 'neg|broken|cold|problem'], [8.6, 'water', 'cold', '!leak|burst|immersion'], [9.2, 'tap|onetap', 'cold', '!leak|burst'], [6, 'hotwater']],
  },
  {
    id: 'immersion-heater-fault', label: 'Immersion heater not working', area: 'hot-water', tier: 'urgent',
    tags: ['no-hot-water', 'electrics'],
    cues: [[9.3, 'immersion', 'broken|neg|cold|problem|tripping|stuckon'], [6.5, 'immersion'], [9.1, 'hotwater', 'stuckon']],
  },
];
