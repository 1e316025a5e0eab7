// A case's SLA clocks as scheduled checks: one at the warning share, one at breach. Keys
// name the case, clock, level and due date, so a case change that repeats a clock does
// not schedule it twice, and one that moves a due date (stage 2) schedules the new one.
import type { CaseChange } from '../../machines/conversation.types.js';
import type { JobDraft } from '../store/store.js';
import { alertPlan, slaClocks } from './sla-plan.js';

export function slaJobs(change: CaseChange, share: number): JobDraft[] {
  return alertPlan(slaClocks(change), share).map(({ clock, level, at }) => ({
    key: `sla:${change.reference}:${clock.id}:${level}:${clock.dueAt.toISOString()}`,
    runAt: at,
    reference: change.reference,
    group: `sla:${change.reference}`,
    payload: { kind: 'sla', clock: clock.id, label: clock.label, level, dueAt: clock.dueAt.toISOString() },
  }));
}
