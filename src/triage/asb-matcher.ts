// Which kind of anti-social behaviour a message describes, if any.
// Scoring is a sum of cue weights per category (each cue counts once): one clear cue
// (weight 0.75 or more) is enough, weaker hints need a second one. A few rules sit on
// top of the sums because they are how UK landlords grade:
// - anything motivated by hate is a hate incident, whatever else it is (racist graffiti,
//   homophobic abuse);
// - abuse by a partner or ex is domestic abuse, not "violence" or "harassment";
// - noise from the fabric of the home (boiler, pipes, extractor) is a repair, not ASB,
//   unless a neighbour is named as its source;
// - behaviour aimed at a person (a clear threat, harassment or violence cue) is graded as
//   that, not as the noise or nuisance that came with it ("keeps banging on my door at
//   night" is harassment).
// Ties go to the more serious category (ASB_CATEGORY_IDS runs most serious first).
import { ASB_CATALOGUE } from './asb-catalogue.js';
import { phrase, prepare } from './reading.js';
import type { AsbCategoryId, AsbMatch } from './triage.types.js';
import { ASB_CATEGORY_IDS } from './triage.types.js';

/** Below this, a category is only a hint. */
export const ASB_THRESHOLD = 0.75;
/** Behaviour aimed at a person, which outranks the nuisance that came with it. */
const PERSONAL: readonly AsbCategoryId[] = ['violence', 'threats', 'harassment', 'verbal-abuse'];
const NUISANCE: readonly AsbCategoryId[] = ['noise', 'rowdy-behaviour', 'nuisance-vehicles', 'nuisance-pets', 'litter'];

const FABRIC_NOISE = phrase(
  '(?:boiler|pipes?|pipework|radiators?|rads?|extractor|fan|fridge|freezer|taps?|toilet|cistern|heating|lift|alarm|smoke alarm|meter|immersion|pump|water tank|tank|shower|gutter|guttering|roof|window|windows|door closer|fuse box|boxing|ceiling fan|loft|wind|vent|ventilation|heat pump|storage heater)',
);
const NEIGHBOUR_SOURCE = phrase(
  '(?:neighbou?rs?|next door|nextdoor|upstairs|downstairs|flat (?:above|below|upstairs|downstairs|next door)|above me|below me|across the (?:road|street|landing|hall)|opposite|tenants?|they|them|their|he|she|his|her|people|kids|youths|party|parties|music|tv|telly|shouting|screaming)',
);

/** Every category's raw score, for matching and for explaining a decision in tests. */
export function scoreAsb(normalised: string): Partial<Record<AsbCategoryId, number>> {
  const text = prepare(normalised);
  const scores: Partial<Record<AsbCategoryId, number>> = {};
  for (const entry of ASB_CATALOGUE) {
    let total = 0;
    for (const c of entry.cues) {
      if (c.not?.test(text)) continue;
      if (c.re.test(text)) total += c.weight;
    }
    if (total > 0) scores[entry.id] = Math.round(total * 100) / 100;
  }
  if (scores.noise !== undefined && FABRIC_NOISE.test(text) && !NEIGHBOUR_SOURCE.test(text)) {
    delete scores.noise;
  }
  return scores;
}

export function matchAsb(normalised: string): AsbMatch | null {
  const scores = scoreAsb(normalised);
  const entries = Object.entries(scores) as [AsbCategoryId, number][];
  if (entries.length === 0) return null;

  let best: AsbCategoryId | null = null;
  // Hate motivation and domestic abuse decide the category once they are clear.
  if ((scores['hate-incident'] ?? 0) >= ASB_THRESHOLD) best = 'hate-incident';
  else if ((scores['domestic-abuse'] ?? 0) >= 0.9) best = 'domestic-abuse';
  else {
    let bestScore = 0;
    for (const id of ASB_CATEGORY_IDS) {
      const s = scores[id] ?? 0;
      if (s > bestScore) {
        best = id;
        bestScore = s;
      }
    }
    if (bestScore < ASB_THRESHOLD) best = null;
    if (best !== null && NUISANCE.includes(best)) {
      const personal = PERSONAL.filter((id) => (scores[id] ?? 0) >= 0.8).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))[0];
      if (personal) best = personal;
    }
  }
  if (best === null) return null;
  const entry = ASB_CATALOGUE.find((e) => e.id === best)!;
  return { category: { id: entry.id, label: entry.label }, score: Math.min(3, scores[best] ?? 0) };
}

const OUR_ASB_SERVICE =
  /\b(?:anti ?social(?: behaviou?r)?|antisocial(?: behaviou?r)?|asb) (?:team|officers?|unit|department|dept|case ?workers?|case officer|managers?|lead|service|staff)\b/g;
const GENERIC_ASB = phrase(
  '(?:anti ?social(?: behaviou?r)?|antisocial(?: behaviou?r)?|asb|nuisance neighbou?rs?|neighbou?rs? from hell|problems? with (?:my |the )?neighbou?rs?|issues? with (?:my |the )?neighbou?rs?|trouble with (?:my |the )?neighbou?rs?|report (?:my |a |the )?neighbou?rs?|complain(?:t)? about (?:my |the )?neighbou?rs?|neighbou?r (?:problems?|issues?|dispute|nuisance)|nuisance)',
);

/** The tenant is talking about ASB or a neighbour problem but has not said what happens. */
export function mentionsAsb(normalised: string): boolean {
  // "The ASB team did nothing", "the ASB officer really listened": our service, named by its work.
  return GENERIC_ASB.test(prepare(normalised).replace(OUR_ASB_SERVICE, ' '));
}
