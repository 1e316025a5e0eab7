// Rules set by law rather than by a landlord, the same for every pack; a pack cannot
// loosen them. Awaab's Law is the Hazards in Social Housing (Prescribed Requirements)
// (England) Regulations 2025, in force 27 October 2025; phase 1 covers all emergency
// hazards and significant damp and mould hazards:
// - emergency hazard: investigate and make safe within 24 hours of becoming aware;
// - significant hazard: investigate within 10 working days of becoming aware; a written
//   summary to the tenant within 3 working days of the investigation ending; safety work
//   within 5 working days of it ending; further work started within 5 working days, or
//   as soon as possible and within 12 weeks at the latest.
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
 * counted from the day the investigation ends (see the header).
 */
export const AWAABS_LAW_WORKS = {
  /** Safety work within 5 working days of the investigation ending. */
  safety: { amount: 5, unit: 'working-days' } satisfies Duration,
  /** Further work started within 5 working days of the investigation ending... */
  furtherStart: { amount: 5, unit: 'working-days' } satisfies Duration,
  /** ...or, where that cannot be done, as soon as possible and within 12 weeks at the latest. */
  furtherLatestStart: { amount: 12, unit: 'weeks' } satisfies Duration,
} as const;
