// The landlord's promises as dates from one moment: what the dialog machines are handed
// with each event, so they can quote dates without reading a clock themselves.
import type { PolicyNow, Quote, Tier } from '../../machines/conversation.types.js';
import { describeDuration, formatClock, formatDay, formatPromise } from '../../dialogs/format-time.js';
import { dueAfter, dueDate, londonDate, officeOpen, officeOpensAt, type OfficeHours } from '../clock/sla-clock.js';
import type { Duration, PolicyPack } from './policy.schema.js';
import { AWAABS_LAW } from './statutory.js';

export function quote(at: Date, duration: Duration, hours: OfficeHours): Quote {
  const due = dueDate(at, duration, hours);
  return { words: formatPromise(duration.amount, duration.unit, due, at), dueBy: due.toISOString() };
}

function chained(at: Date, previous: Quote, duration: Duration, hours: OfficeHours): Quote {
  const due = dueAfter(new Date(previous.dueBy), duration, hours);
  return { words: formatPromise(duration.amount, duration.unit, due, at), dueBy: due.toISOString() };
}

/** A window as calendar days; a working-day window is read generously (7 calendar days to 5 working days). */
function calendarDays({ amount, unit }: Duration): number {
  if (unit === 'weeks') return amount * 7;
  if (unit === 'working-days') return Math.ceil((amount * 7) / 5) + 4;
  if (unit === 'hours') return Math.ceil(amount / 24);
  return amount;
}

export function policyNow(pack: PolicyPack, at: Date): PolicyNow {
  const hours = pack.officeHours;
  const c = pack.complaints;
  const acknowledge = quote(at, c.acknowledge.target, hours);
  const stage2Acknowledge = quote(at, c.stage2Acknowledge.target, hours);
  return {
    landlord: pack.landlord.shortName,
    phone: pack.contact.phone,
    outOfHoursPhone: pack.contact.outOfHoursPhone,
    priorities: pack.repairs.priorities.map((p) => ({
      id: p.id,
      label: p.label,
      tier: p.tier,
      action: p.target.action,
      ...(p.matchTags ? { matchTags: p.matchTags } : {}),
      ...(p.forTiers ? { forTiers: p.forTiers } : {}),
      quote: quote(at, p.target, hours),
    })),
    tierMap: pack.repairs.tierMap as Record<Tier, string>,
    vulnerabilityRule: pack.repairs.vulnerability.rule,
    whatHappensNext: pack.repairs.whatHappensNext,
    asbGrades: pack.asb.grades.map((g) => ({
      id: g.id,
      label: g.label,
      level: g.level,
      categories: g.categories,
      contact: quote(at, g.contact, hours),
      ...(g.actionPlan ? { actionPlan: quote(at, g.actionPlan, hours) } : {}),
    })),
    actionPlanPromise: pack.asb.actionPlanPromise,
    complaint: {
      acknowledge,
      stage1: c.stage1.from === 'acknowledgement' ? chained(at, acknowledge, c.stage1.target, hours) : quote(at, c.stage1.target, hours),
      escalationWindow: `within ${describeDuration(c.escalationWindow.target.amount, c.escalationWindow.target.unit)} of our stage 1 response`,
      escalationWindowDays: calendarDays(c.escalationWindow.target),
      stage2Acknowledge,
      stage2: c.stage2.from === 'acknowledgement' ? chained(at, stage2Acknowledge, c.stage2.target, hours) : quote(at, c.stage2.target, hours),
      ombudsman: { name: c.ombudsman.name, phone: c.ombudsman.phone, web: c.ombudsman.web },
    },
    representative: pack.representativeEnquiry ? quote(at, pack.representativeEnquiry.target, hours) : null,
    comments: pack.comments.words,
    compliments: pack.compliments.words,
    awaabs: { investigate: quote(at, AWAABS_LAW.investigate, hours), emergency: quote(at, AWAABS_LAW.emergency, hours) },
    office: officeNow(at, hours),
    handoffMinutes: pack.handoff.answerWithinMinutes,
    languages: pack.languages?.words ?? null,
  };
}

/** "9am today", "9am tomorrow", "9am on Monday 7 December", and the hours as "Monday to Friday, 9am to 5pm". */
function officeNow(at: Date, hours: OfficeHours): PolicyNow['office'] {
  const opensAt = officeOpensAt(at, hours);
  const day = londonDate(opensAt);
  const today = londonDate(at);
  const tomorrow = londonDate(new Date(at.getTime() + 86_400_000));
  const when = day === today ? 'today' : day === tomorrow ? 'tomorrow' : `on ${formatDay(opensAt, at)}`;
  const clock = (hhmm: string) => formatClock(new Date(`2026-01-05T${hhmm}:00Z`));
  return {
    open: officeOpen(at, hours),
    opens: `${formatClock(opensAt)} ${when}`,
    hours: `Monday to Friday, ${clock(hours.open)} to ${clock(hours.close)}`,
  };
}
