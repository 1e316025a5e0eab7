// The shapes triage works in. Classification knows nothing of any landlord: it says what
// the tenant is describing. Applying a policy pack to it (triage.ts) turns that into
// this landlord's priority, grade and dates.
import type { RepairTier } from '../policy/policy.schema.js';

/** The kinds of message and the dangers that get advice at once: the machines and triage share one list of each. */
export type { Kind, SafetyId } from '../../machines/conversation.types.js';
import type { Kind, SafetyId } from '../../machines/conversation.types.js';

export interface SafetyHit {
  id: SafetyId;
  /** GSM-7 advice to send at once, before anything else. */
  advice: string;
}

/** A follow-up question for when the words do not settle the priority. */
export interface Clarification {
  id: string;
  /** One short GSM-7 question answered YES or NO. */
  question: string;
  /** What a YES changes (a NO leaves the repair as it is unless `no` says otherwise). */
  yes: { tier?: RepairTier; issueId?: string; safety?: SafetyId };
  no?: { tier?: RepairTier; issueId?: string };
  /** The question asks whether the household is vulnerable: its answer stands for the vulnerability question too. */
  vulnerability?: boolean;
}

/** One entry of the repair catalogue: a common UK repair problem. */
export interface RepairIssue {
  id: string;
  label: string;
  /** heating, hot-water, leaks, drainage, toilets, electrics, gas, security, windows-doors, roofs, structure, damp-mould, pests, communal, adaptations, kitchen, bathroom, external, fire-safety, lifts, ... */
  area: string;
  tier: RepairTier;
  /** Tags a pack's special priority lines match on, e.g. no-heating, no-hot-water, uncontrollable-leak, gas-leak, external, heating-component, solid-fuel, major. */
  tags: string[];
  /** True for damp and mould: starts the Awaab's Law clocks. */
  awaabs?: boolean;
  /** Asked when the words alone do not settle the priority. */
  clarify?: Clarification;
}

export interface RepairMatch {
  issue: RepairIssue;
  score: number;
  /** Close runners-up, best first. */
  alternatives: { issueId: string; score: number }[];
  /** Where in the home, if the text said (kitchen, bathroom, bedroom, stairs, outside, communal...). */
  location: string | null;
  /**
   * The weighed tier: the issue's usual tier moved by what the text says about the fault
   * (total or partial, contained or spreading, one room or the whole block), who lives
   * there and the time of year. `issue.tier` stays the catalogue's tier.
   */
  tier: RepairTier;
  /** The modifiers that moved the tier away from `issue.tier`, in words (empty when none did). */
  because: string[];
  /** The text already answers the issue's clarifying question ("bowl under it", "we got 2 toilets", "im 84"): do not ask it. */
  answered: boolean;
}

/** One entry of the ASB catalogue (pack grades map these categories to grades). */
export interface AsbCategory {
  id: AsbCategoryId;
  label: string;
}

export const ASB_CATEGORY_IDS = [
  'domestic-abuse',
  'hate-incident',
  'violence',
  'threats',
  'harassment',
  'verbal-abuse',
  'criminal-damage',
  'drugs',
  'noise',
  'rowdy-behaviour',
  'nuisance-vehicles',
  'nuisance-pets',
  'fly-tipping',
  'litter',
  'graffiti',
  'dog-fouling',
] as const;
export type AsbCategoryId = (typeof ASB_CATEGORY_IDS)[number];

/** ASB aimed at a person: risk first, whatever else the text says. */
export const PERSONAL_ASB: readonly AsbCategoryId[] = ['domestic-abuse', 'hate-incident', 'violence', 'threats', 'harassment'];

export interface AsbMatch {
  category: AsbCategory;
  score: number;
}

/** Neighbour behaviour that is not ASB (a washing line, a satellite dish): explained kindly, no case. */
export interface NotAsb {
  id: string;
  /** GSM-7, kind, says why it is not ASB and what the tenant can do. */
  explanation: string;
}

export interface Classification {
  text: string;
  /** Lower case, spelling and abbreviations normalised: what the matcher read. */
  normalised: string;
  kind: Kind;
  /** Safety first: every hit, most serious first. Never empty for a message that mentions a danger. */
  safety: SafetyHit[];
  repair: RepairMatch | null;
  asb: AsbMatch | null;
  notAsb: NotAsb | null;
  /** The tenant is unhappy with how something was handled: offer a complaint (the Code requires it). */
  dissatisfaction: boolean;
  /** The sender is an MP or councillor acting for a resident. */
  representative: boolean;
  /**
   * What the text says about who is in the home: 'over-65', 'under-5', 'pregnant',
   * 'disability', 'medical-equipment', 'health'. Empty when it says nothing.
   */
  vulnerabilities: Vulnerability[];
  /** The tenant asks not to be called, texts only, or says someone checks or reads their phone. */
  safeContact: boolean;
  /** Further distinct problems in the same text, beyond the main one (first named first). */
  others: OtherProblem[];
  /** Where the learned second opinion changed the rules' reading, and the words that decided it (usually empty). */
  learned: Learned[];
}

export type Vulnerability = 'over-65' | 'under-5' | 'pregnant' | 'disability' | 'medical-equipment' | 'health';

/** One more problem found in a text that reports several. */
export interface OtherProblem {
  kind: 'repair' | 'asb';
  repair?: RepairMatch;
  asb?: AsbMatch;
  /** The part of the message it was read from. */
  text: string;
}

/** A change the learned second opinion made to the rules' reading (src/triage/opinion/). */
export interface Learned {
  what: 'kind' | 'tier';
  from: string;
  to: string;
  probability: number;
  /** The tenant's words that most favoured the change, strongest first. */
  because: string[];
}
