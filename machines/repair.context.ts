// What a repair report knows as it is asked about, and the readings of it the repair flow
// shares: what a triaged message adds, the Awaab's Law dates, and the case as it stands.
import type { CaseChange, FlowOutput, PolicyNow, PriorityNow, Quote, SafetyId, Tier, TriageView, UserTextEvent } from './conversation.types.js';
import { higherTier } from './priority.js';

export type RepairView = NonNullable<TriageView['repair']>;

export interface RepairInput {
  start: UserTextEvent | null;
  policy: PolicyNow;
  knownVulnerable?: boolean;
}

export interface RepairContext {
  policy: PolicyNow;
  reference: string | null;
  openedAt: string | null;
  repair: RepairView | null;
  description: string | null;
  location: string | null;
  tier: Tier | null;
  clarified: boolean;
  vulnerable: boolean | null;
  /** Who the tenant said is in the home (over-65, under-5, pregnant...), in their own messages. */
  stated: string[];
  safety: SafetyId[];
  dissatisfaction: boolean;
  misses: number;
  priority: PriorityNow | null;
  quote: Quote | null;
  next: FlowOutput['next'];
}

/** Repairs where asking "where in your home" would be pointless: the whole home, the building, the outside. */
export const NO_LOCATION_AREAS = new Set(['communal', 'external', 'roofs', 'water-supply', 'gas']);
export const WHOLE_HOME_TAGS = ['no-heating', 'no-hot-water', 'whole-home'];
/** Areas that are themselves a room: a toilet fault is in the bathroom without asking. */
const AREA_ROOMS: Record<string, string> = { toilets: 'bathroom', bathroom: 'bathroom', kitchen: 'kitchen' };

export function fromTriage(context: RepairContext, event: UserTextEvent): Partial<RepairContext> {
  const repair = event.triage.repair;
  if (!repair) return {};
  return {
    repair,
    description: event.text,
    tier: context.tier ? higherTier(context.tier, repair.tier) : repair.tier,
    location: context.location ?? repair.location ?? AREA_ROOMS[repair.area] ?? null,
    safety: [...new Set([...context.safety, ...event.triage.safety.map((s) => s.id)])],
    dissatisfaction: context.dissatisfaction || event.triage.dissatisfaction,
    reference: context.reference ?? event.reference,
    openedAt: context.openedAt ?? event.at,
  };
}

export function awaabsDates(context: RepairContext): Record<string, string> {
  return context.repair?.awaabs ? { awaabsInvestigateBy: context.policy.awaabs.investigate.dueBy } : {};
}

/**
 * The report as it stands the moment it is understood, so a tenant who stops answering loses
 * nothing. It has no promised date (and so no SLA clock) until the questions settle its
 * priority and the quote gives one.
 */
export function earlyCase(context: RepairContext): CaseChange {
  return {
    kind: 'repair',
    reference: context.reference ?? '',
    openedAt: context.openedAt ?? '',
    status: 'open',
    tier: context.tier,
    issue: context.repair?.issueId ?? null,
    location: context.location,
    vulnerable: context.vulnerable,
    summary: context.description ?? context.repair?.label ?? '',
  };
}
