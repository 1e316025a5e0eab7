// A case's SLA clocks as scheduled checks: one at the warning share, one at breach. Keys
// name the case, clock, level and due date, so a case change that repeats a clock does
// not schedule it twice, and one that moves a due date (stage 2) schedules the new one.
import type { CaseChange } from '../../machines/conversation.types.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import type { JobDraft } from '../store/store.js';
import { alertPlan, slaClocks } from './sla-plan.js';

/**
 * A repair's clock is the landlord's promise: to attend (or make safe), which an operative
 * on the way stops, or to complete (Papworth), which only completion stops.
 */
function repairClock(pack: PolicyPack, change: CaseChange): { clock: string; label: string } | null {
  if (change.kind !== 'repair') return null;
  const action = pack.repairs.priorities.find((p) => p.id === change.priority)?.target.action;
  return action === 'complete' ? { clock: 'repair-completion', label: 'Repair completion' } : null;
}

export function slaJobs(pack: PolicyPack, change: CaseChange, share: number): JobDraft[] {
  const completion = repairClock(pack, change);
  return alertPlan(slaClocks(change), share).map(({ clock, level, at }) => {
    const named = clock.id === 'repair-attendance' && completion ? completion : { clock: clock.id, label: clock.label };
    return {
      key: `sla:${change.reference}:${named.clock}:${level}:${clock.dueAt.toISOString()}`,
      runAt: at,
      reference: change.reference,
      group: `sla:${change.reference}`,
      payload: { kind: 'sla', clock: named.clock, label: named.label, level, dueAt: clock.dueAt.toISOString() },
    };
  });
}
