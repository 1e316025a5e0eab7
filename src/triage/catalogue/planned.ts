// Planned and improvement works, as landlords' lists name them: "Installation of new heating
// system", "Kitchen replacement programme", "Upgrading insulation", "Re-pointing of
// brickwork". A programme, scheme, upgrade, renewal or installation of an element, with no
// fault named, is planned work whatever the element: it is booked in a programme, not sent
// out as a repair. A fault word ("broken", "leaking", "not working") sends the message back
// to the repair issues, so "upgrade my boiler its broken" is still a boiler repair.
import type { IssueSpec } from './cue-spec.js';

/** Any fault or danger word: the message reports a repair, not planned work. */
const FAULT =
  '!broken|neg|leak|burst|blocked|problem|smashed|cracks|loose|stuck|danger|sparks|burning|cold|rotten|hole|missing|collapse|insecure|nolock|trapped|gassmell|smell|noise|damp|mould|draught|fall|nopower|tripping|water';
const W = 9.9;

const planned = (id: string, label: string, area: string, elements: string, extra: IssueSpec['cues'] = []): IssueSpec => ({
  id, label, area, tier: 'planned', tags: area === 'external' ? ['major', 'external'] : ['major'],
  cues: [[W, 'plannedworks', elements, FAULT], ...extra],
});

export const PLANNED_ISSUES: IssueSpec[] = [
  planned('planned-heating', 'Planned heating works (new system, boiler replacement)', 'heating',
    'heating|boiler|combi|radiator|storageheater|heater|communalheating|heatpump|thermostat|solidfuel'),
  planned('planned-kitchen', 'Planned kitchen works (improvement, replacement)', 'kitchen', 'kitchen|worktop|cupboard'),
  planned('planned-bathroom', 'Planned bathroom works (improvement, replacement)', 'bathroom', 'bathroom|bath|shower|elecshower'),
  planned('planned-windows-doors', 'Planned window or door replacement', 'windows-doors', 'window|door|extdoor|glass|frame'),
  planned('planned-roofs', 'Planned roof works (re-roofing, fascias, gutters)', 'roofs', 'roof|reroof|rooftile|fascia|gutter|chimney|flashing'),
  planned('planned-electrics', 'Planned electrical works (rewiring)', 'electrics', 'rewire|wiring|electric|fusebox|light|socket'),
  {
    ...planned('planned-structure', 'Planned works to the structure (insulation, re-pointing)', 'structure',
      'insulation|externalwall|structure|plaster|floor|stairs|wall|loft'),
    cues: [[W + 0.02, 'plannedworks', 'insulation|externalwall|structure|plaster|floor|stairs|wall|loft', FAULT], [9.6, 'insulation', 'newthing|request', FAULT]],
  },
  planned('planned-communal', 'Planned communal works (lifts, redecoration)', 'communal', 'lift|communal|hallway|communallight|binstore|binchute'),
  planned('planned-security', 'Planned security works (door entry, CCTV)', 'security', 'doorentry|cctv|communaldoor'),
  planned('planned-fire-safety', 'Planned fire safety works (alarms, fire doors)', 'fire-safety', 'smokealarm|firesafety|firedoor|emerglight'),
  planned('planned-external', 'Planned external works (fencing, paths, painting)', 'external', 'fence|gate|path|gardenwall|shed|garden|outside'),
];
