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
//
// This file assembles the catalogue from the files in ./catalogue/ (the concepts, the
// shared questions, the locations and one file per group of areas) and is the one place
// the rest of the code imports it from.
import type { RepairIssue } from './triage.types.js';
import { toCue, type IssueSpec, type RepairCue } from './catalogue/cue-spec.js';
import { ROOF_ISSUES, STRUCTURE_ISSUES, DAMP_MOULD_ISSUES, EXTERNAL_ISSUES } from './catalogue/building.js';
import { CARE_ALARM_ISSUES, COMMUNAL_ISSUES, FIRE_SAFETY_ISSUES } from './catalogue/communal-and-fire.js';
import { ELECTRICS_ISSUES, GAS_ISSUES } from './catalogue/electrics-and-gas.js';
import { HEATING_ISSUES, HOT_WATER_ISSUES } from './catalogue/heating-and-hot-water.js';
import { PEST_ISSUES, ADAPTATION_ISSUES, KITCHEN_ISSUES, BATHROOM_ISSUES } from './catalogue/home.js';
import { SECURITY_ISSUES, WINDOW_DOOR_ISSUES } from './catalogue/security-windows-doors.js';
import { PLANNED_ISSUES } from './catalogue/planned.js';
import { LEAK_ISSUES, WATER_SUPPLY_ISSUES, DRAINAGE_ISSUES, TOILET_ISSUES } from './catalogue/water.js';

export { REPAIR_CONCEPTS } from './catalogue/concepts.js';
export type { RepairCue } from './catalogue/cue-spec.js';
export { REPAIR_LOCATIONS } from './catalogue/locations.js';

// Every issue, in the order shown to staff. Keep this order: where two issues score the
// same and share a tier, the matcher takes the one listed first.
const SPECS: IssueSpec[] = [
  ...HEATING_ISSUES,
  ...HOT_WATER_ISSUES,
  ...LEAK_ISSUES,
  ...WATER_SUPPLY_ISSUES,
  ...DRAINAGE_ISSUES,
  ...TOILET_ISSUES,
  ...ELECTRICS_ISSUES,
  ...GAS_ISSUES,
  ...SECURITY_ISSUES,
  ...WINDOW_DOOR_ISSUES,
  ...ROOF_ISSUES,
  ...STRUCTURE_ISSUES,
  ...DAMP_MOULD_ISSUES,
  ...PEST_ISSUES,
  ...COMMUNAL_ISSUES,
  ...CARE_ALARM_ISSUES,
  ...ADAPTATION_ISSUES,
  ...KITCHEN_ISSUES,
  ...BATHROOM_ISSUES,
  ...EXTERNAL_ISSUES,
  ...FIRE_SAFETY_ISSUES,
  ...PLANNED_ISSUES,
];

/** The catalogue, in the order shown to staff. */
export const REPAIR_CATALOGUE: RepairIssue[] = SPECS.map(({ cues: _cues, ...issue }) => issue);

/** Issue id -> the cues that point to it. */
export const REPAIR_CUES: Record<string, RepairCue[]> = Object.fromEntries(SPECS.map((s) => [s.id, s.cues.map(toCue)]));
