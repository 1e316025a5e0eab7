// Which of the landlord's priorities a repair gets. Pure, so the machines and the triage
// command line agree to the letter.
import type { PolicyNow, PriorityNow, Tier } from './conversation.types.js';
import { TIERS_HIGH_TO_LOW } from './conversation.types.js';

/** One tier more urgent (vulnerability); emergency stays emergency. */
export function raiseTier(tier: Tier): Tier {
  const i = TIERS_HIGH_TO_LOW.indexOf(tier);
  return TIERS_HIGH_TO_LOW[Math.max(0, i - 1)] ?? tier;
}

export function higherTier(a: Tier, b: Tier): Tier {
  return TIERS_HIGH_TO_LOW.indexOf(a) <= TIERS_HIGH_TO_LOW.indexOf(b) ? a : b;
}

/**
 * A special line of the standards (matched by the repair's tags, for the tiers it names)
 * wins over the priority the tier maps to. Emergencies are never routed to a special line
 * unless the line says it applies to emergencies, so nothing is down-graded.
 */
export function resolvePriority(policy: PolicyNow, tier: Tier, tags: readonly string[]): PriorityNow {
  const special = policy.priorities.find((p) => p.matchTags?.some((t) => tags.includes(t)) && (p.forTiers ? p.forTiers.includes(tier) : tier !== 'emergency'));
  if (special) return special;
  const mapped = policy.priorities.find((p) => p.id === policy.tierMap[tier]);
  if (!mapped) throw new Error(`policy maps tier ${tier} to an unknown priority`);
  return mapped;
}
