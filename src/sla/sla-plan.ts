// The promises a case carries, as clocks staff can be warned about before they run out.
// A case records its due dates when it is opened or changed; this turns them into named
// clocks and a plan of alerts (a warning when a share of the time has gone, and the
// breach), so a scheduler needs nothing but the case to know when to nudge staff.
import type { CaseChange } from '../../machines/conversation.types.js';
import { DEFAULT_OFFICE_HOURS, dueAfter, dueDate, type OfficeHours } from '../clock/sla-clock.js';
import { londonClock } from '../../dialogs/london.js';
import { AWAABS_LAW, AWAABS_LAW_WORKS } from '../policy/statutory.js';

export type ClockId =
  | 'repair-attendance'
  | 'asb-first-contact'
  | 'asb-action-plan'
  | 'complaint-acknowledge'
  | 'complaint-response'
  | 'stage2-acknowledge'
  | 'stage2-response'
  | 'representative-response'
  | 'awaabs-investigate'
  | 'awaabs-summary'
  | 'awaabs-safety-works'
  | 'awaabs-further-works'
  | 'awaabs-emergency';

export interface SlaClock {
  id: ClockId;
  /** Short words for staff: "Repair attendance". */
  label: string;
  startsAt: Date;
  dueAt: Date;
}

export interface SlaAlertPlan {
  clock: SlaClock;
  level: 'warning' | 'breach';
  at: Date;
}

const LABELS: Record<ClockId, string> = {
  'repair-attendance': 'Repair attendance',
  'asb-first-contact': 'ASB first contact',
  'asb-action-plan': 'ASB action plan',
  'complaint-acknowledge': 'Complaint: acknowledge',
  'complaint-response': 'Complaint: stage 1 response',
  'stage2-acknowledge': 'Complaint: acknowledge stage 2',
  'stage2-response': 'Complaint: stage 2 response',
  'representative-response': 'Representative enquiry: reply',
  'awaabs-investigate': "Awaab's Law: investigate",
  'awaabs-summary': "Awaab's Law: written summary",
  'awaabs-safety-works': "Awaab's Law: safety work",
  'awaabs-further-works': "Awaab's Law: start further work",
  'awaabs-emergency': "Awaab's Law: emergency, make safe",
};

function clock(id: ClockId, startsAt: Date, due: Date | string | null | undefined): SlaClock[] {
  if (due === null || due === undefined) return [];
  const dueAt = new Date(due);
  // A case saved before its dates were known carries empty strings; it has no clock yet.
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(dueAt.getTime())) return [];
  return [{ id, label: LABELS[id], startsAt, dueAt }];
}

/**
 * The Awaab's Law steps after a significant damp and mould hazard's investigation. This is
 * a projection: the real investigation date is not known yet, so each step counts from
 * the day the investigation is due to end, the latest it lawfully can. When staff record
 * the real date, the steps should be worked out again from it (they can only come sooner).
 */
function awaabsChain(startsAt: Date, investigateBy: string | undefined): SlaClock[] {
  const investigate = clock('awaabs-investigate', startsAt, investigateBy);
  const ends = investigate[0]?.dueAt;
  if (!ends) return [];
  // The investigation falls due at the landlord's close of business; the later steps close
  // at the same hour, so a landlord that shuts at 5:30pm keeps its own hours here.
  const hours: OfficeHours = { ...DEFAULT_OFFICE_HOURS, close: londonClock(ends) };
  return [
    ...investigate,
    // Each later clock runs from the investigation's end, so its warning falls in its own span.
    ...clock('awaabs-summary', ends, dueAfter(ends, AWAABS_LAW.summary, hours)),
    ...clock('awaabs-safety-works', ends, dueAfter(ends, AWAABS_LAW_WORKS.safety, hours)),
    ...clock('awaabs-further-works', ends, dueAfter(ends, AWAABS_LAW_WORKS.furtherStart, hours)),
  ];
}

/** The clocks for a case as it was opened or changed: from CaseChange.dueBy and CaseChange.dates. */
export function slaClocks(change: CaseChange): SlaClock[] {
  const startsAt = new Date(change.openedAt);
  const dates = change.dates ?? {};
  switch (change.kind) {
    case 'repair':
      return [
        ...clock('repair-attendance', startsAt, change.dueBy),
        // A damp and mould hazard judged an emergency must be made safe within 24 hours;
        // the written steps still follow, so it keeps the longer chain as well.
        ...(change.awaabs && change.tier === 'emergency' ? clock('awaabs-emergency', startsAt, dueDate(startsAt, AWAABS_LAW.emergency)) : []),
        ...(change.awaabs ? awaabsChain(startsAt, dates.awaabsInvestigateBy) : []),
      ];
    case 'asb':
      return [...clock('asb-first-contact', startsAt, change.dueBy), ...clock('asb-action-plan', startsAt, dates.actionPlanBy)];
    case 'complaint':
      // Stage 2 changes ('stage-2', 'stage-2-requested-late') carry the stage 2 dates; a
      // late request still gets its clocks, since staff must decide on it in that time.
      return change.status.startsWith('stage-2')
        ? [...clock('stage2-acknowledge', startsAt, change.dueBy), ...clock('stage2-response', startsAt, dates.stage2ResponseBy)]
        : [...clock('complaint-acknowledge', startsAt, change.dueBy), ...clock('complaint-response', startsAt, dates.stage1ResponseBy)];
    case 'representative-enquiry':
      return clock('representative-response', startsAt, change.dueBy);
    case 'compliment':
    case 'comment':
    case 'enquiry':
      // Passed on, noted or answered: nothing is promised by a date (a question passed to a
      // person has the handoff's own answer-by time).
      return [];
  }
}

/** When to warn (startsAt + share x span, share default 0.75) and when it is breached (dueAt). */
export function alertPlan(clocks: readonly SlaClock[], share = 0.75): SlaAlertPlan[] {
  if (!(share > 0 && share < 1)) throw new RangeError(`alert share must be between 0 and 1, not ${share}`);
  const plan = clocks.flatMap((c): SlaAlertPlan[] => {
    // Real elapsed time, not the wall clock: across a clock change a 24-hour span is 24
    // hours, so the warning may read an hour off "three quarters of the way" on a watch.
    const span = c.dueAt.getTime() - c.startsAt.getTime();
    const breach: SlaAlertPlan = { clock: c, level: 'breach', at: c.dueAt };
    // A clock already due when it starts has no time in which a warning could help.
    if (span <= 0) return [breach];
    return [{ clock: c, level: 'warning', at: new Date(c.startsAt.getTime() + Math.round(share * span)) }, breach];
  });
  // In time order, so a scheduler can take them from the front; ties keep the clocks' order.
  return plan.sort((a, b) => a.at.getTime() - b.at.getTime());
}
