// Electrics and gas issues: loss of power, sockets, switches, lights, fans, dangerous
// electrics, gas leaks, gas supply, gas safety checks and flues. Together because both are
// supplies where a fault can be a danger to life; the shared question asks whether
// something is sparking, smoking or hot.
import type { IssueSpec } from './cue-spec.js';
import { ASK_SPARKING } from './questions.js';

/** Electrics. */
export const ELECTRICS_ISSUES: IssueSpec[] = [
  {
    id: 'no-power', label: 'No electricity in the home', area: 'electrics', tier: 'emergency', tags: ['electrics', 'whole-home'],
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
      // a socket, switch or fuse box that buzzes or runs warm is arcing or overheating
      [9.4, 'socket|lightswitch|fusebox', 'warm'], [9.2, 'socket|fusebox', 'flicker|noise'],
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
    cues: [[9.2, 'light', 'outside|garden|path', 'broken|neg|problem|flicker|stuckon'], [7.5, 'light', 'outside', '!communal|communallight']],
  },
  {
    id: 'extractor-fan', label: 'Extractor fan not working', area: 'electrics', tier: 'routine', tags: ['electrics'],
    cues: [[9.1, 'extractor', 'broken|neg|problem|noise|stuck|stuckon'], [7, 'extractor']],
  },
  // Lists put a broken fan in a room with no window under urgent: nothing else clears the steam.
  {
    id: 'extractor-fan-no-window', label: 'Extractor fan not working in a room with no window', area: 'electrics',
    tier: 'urgent', tags: ['electrics'],
    cues: [[9.3, 'extractor', 'broken|neg|problem|stuck', 'nowindow'], [8.5, 'extractor', 'nowindow']],
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
];

/** Gas. */
export const GAS_ISSUES: IssueSpec[] = [
  {
    id: 'gas-leak', label: 'Smell of gas or gas leak', area: 'gas', tier: 'emergency', tags: ['gas-leak'],
    cues: [[9.95, 'gassmell'], [9.85, 'gas', 'smell|leak|noise'], [9.8, 'gaspipe', 'broken|smashed|cracks|loose|danger|burst']],
  },
  {
    id: 'no-gas-supply', label: 'No gas supply', area: 'gas', tier: 'emergency', tags: ['gas'],
    cues: [[9.2, 'gasoff'], [8.9, 'gas', 'neg|broken|problem', '!meter'], [7, 'gas', 'meter', 'broken|neg|problem']],
  },
  // Lists put a total loss of gas (no heating, no cooking) with the emergencies.
  {
    id: 'no-gas-supply-total', label: 'Total loss of gas supply', area: 'gas', tier: 'emergency', tags: ['gas'],
    cues: [[9.4, 'gas|gasoff', 'totalloss', '!meter|partial|fine|gascheck']],
  },
  {
    id: 'gas-safety-check', label: 'Gas safety check or boiler service', area: 'gas', tier: 'routine', tags: ['gas-safety-check'],
    cues: [[9.3, 'gascheck']],
  },
  {
    id: 'flue-fault', label: 'Boiler or fire flue blocked or damaged', area: 'gas', tier: 'emergency', tags: ['carbon-monoxide'],
    cues: [[9.5, 'flue', 'blocked|broken|loose|smashed|problem|collapse|leak|missing|cracks|burning|smell'], [8, 'flue']],
  },
];
