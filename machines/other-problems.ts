// Cases logged beside the running flow: a further problem in the same message, or a new one
// mid-flow, as it stands (a repair at its tier with the landlord's promise, an ASB report at
// its grade); and an enquiry, answered here or passed to a person.
import { gradeFor } from './asb.machine.js';
import type { ConversationContext, EmittedEvent } from './conversation.context.js';
import type { CaseChange, OtherProblem, UserTextEvent } from './conversation.types.js';
import { raiseTier, resolvePriority } from './priority.js';

/** The one problem a message mid-flow describes, as a further problem to log. */
export function problemIn(text: UserTextEvent): OtherProblem {
  const t = text.triage;
  return {
    kind: t.kind === 'asb' ? 'asb' : 'repair',
    text: text.text,
    label: (t.kind === 'asb' ? t.asb?.label : t.repair?.label) ?? t.repair?.label ?? t.asb?.label ?? '',
    repair: t.repair,
    asb: t.asb,
  };
}

export function topicOf(o: OtherProblem): string {
  return o.repair?.issueId ?? o.asb?.categoryId ?? o.label;
}

/**
 * A further problem logged as it stands: a repair at its tier (raised for a vulnerable
 * household as the pack says), with the landlord's promise; an ASB report at its grade.
 */
function logOther(
  o: OtherProblem,
  reference: string,
  text: UserTextEvent,
  context: ConversationContext,
): { change: CaseChange; line: string; unbooked: boolean } | null {
  const policy = text.policy;
  if (o.kind === 'repair' && o.repair) {
    const raise = context.vulnerable && policy.vulnerabilityRule === 'raise-one-tier' && !o.repair.vulnerabilityWeighed;
    const tier = raise ? raiseTier(o.repair.tier) : o.repair.tier;
    const priority = resolvePriority(policy, tier, o.repair.tags);
    return {
      change: {
        kind: 'repair',
        reference,
        openedAt: text.at,
        status: 'open',
        priority: priority.id,
        tier: priority.tier,
        dueBy: priority.quote.dueBy,
        issue: o.repair.issueId,
        location: o.repair.location,
        vulnerable: context.vulnerable || null,
        safety: [],
        awaabs: o.repair.awaabs,
        dates: o.repair.awaabs ? { awaabsInvestigateBy: policy.awaabs.investigate.dueBy } : {},
        summary: o.text,
      },
      line: `${o.label}: ${priority.label}, reference ${reference}, ${priority.quote.words}.`,
      unbooked: priority.tier !== 'emergency',
    };
  }
  if (o.kind === 'asb' && o.asb) {
    const grade = gradeFor(policy, o.asb.categoryId, false);
    return {
      change: {
        kind: 'asb',
        reference,
        openedAt: text.at,
        status: 'open',
        grade: grade.id,
        level: grade.level,
        dueBy: grade.contact.dueBy,
        dates: grade.actionPlan ? { actionPlanBy: grade.actionPlan.dueBy } : {},
        summary: o.text,
        ...(context.vulnerable ? { vulnerable: true } : {}),
        details: { category: o.asb.categoryId },
      },
      line: `${o.label}: ${grade.label}, reference ${reference}, we will contact you ${grade.contact.words}.`,
      unbooked: false,
    };
  }
  return null;
}

/**
 * Each problem logged as its own case (a repair not an emergency waits for staff to book it),
 * then one line telling the tenant what was logged. Nothing when none could be logged.
 */
export function logProblems(problems: { problem: OtherProblem; reference: string }[], text: UserTextEvent, context: ConversationContext): EmittedEvent[] {
  const events: EmittedEvent[] = [];
  const lines: string[] = [];
  for (const { problem, reference } of problems) {
    const logged = logOther(problem, reference, text, context);
    if (!logged) continue;
    events.push({ type: 'case', change: logged.change });
    if (logged.unbooked) events.push({ type: 'appointment', change: { action: 'unbooked', reference: logged.change.reference } });
    lines.push(logged.line);
  }
  if (lines.length) events.push({ type: 'say', say: { key: 'conversation.alsoLogged', params: { list: lines.join('\n') } } });
  return events;
}

/** An enquiry as a case: what was asked, and what it was answered with when the assistant could. */
export function enquiryCase(text: UserTextEvent | null, status: 'answered' | 'open'): CaseChange {
  const t = text?.triage;
  const answer = t?.enquiryAnswer?.label ?? (t?.notAsb ? 'not ASB' : null);
  return {
    kind: 'enquiry',
    reference: text?.reference ?? '',
    openedAt: text?.at ?? '',
    status,
    summary: text?.text ?? '',
    ...(answer ? { details: { answeredWith: answer } } : {}),
  };
}
