// Rules set by law rather than by a landlord, the same for every pack. Their source is
// ../shared/FACTS.md (checked against the regulations); a pack cannot loosen them.
import type { Duration } from './policy.schema.js';

/** Awaab's Law (Hazards in Social Housing regulations, in force 27 October 2025), phase 1. */
export const AWAABS_LAW = {
  /** Emergency hazards: investigate and make safe within 24 hours of becoming aware. */
  emergency: { amount: 24, unit: 'hours' } satisfies Duration,
  /** Significant damp and mould hazards: investigate within 10 working days of becoming aware. */
  investigate: { amount: 10, unit: 'working-days' } satisfies Duration,
  /** Written summary within 3 working days of the investigation ending. */
  summary: { amount: 3, unit: 'working-days' } satisfies Duration,
} as const;

/**
 * Awaab's Law, phase 1: the works that follow a significant hazard's investigation, each
 * counted from the day the investigation ends (FACTS.md, "Awaab's Law", lines 33-35).
 */
export const AWAABS_LAW_WORKS = {
  /** Safety work within 5 working days of the investigation ending. */
  safety: { amount: 5, unit: 'working-days' } satisfies Duration,
  /** Further work started within 5 working days of the investigation ending... */
  furtherStart: { amount: 5, unit: 'working-days' } satisfies Duration,
  /** ...or, where that cannot be done, as soon as possible and within 12 weeks at the latest. */
  furtherLatestStart: { amount: 12, unit: 'weeks' } satisfies Duration,
} as const;
