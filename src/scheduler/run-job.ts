// What a due job does, decided from the job and what the store knows of its case when it
// runs: a text goes into the outbox, an SLA check raises an alert. A clock that has
// stopped (the operative attended, the case is closed) raises nothing. A handoff nobody
// picked up in time tells the tenant and alerts staff.
import { smsSize } from '../../dialogs/gsm7.js';
import { CLOSED_CASE, type JobEffect, type JobFacts, type JobRecord } from '../store/store.js';

export function runJob(job: JobRecord, facts: JobFacts, options: { delayNotice: boolean }): JobEffect {
  const p = job.payload;
  if (p.kind === 'text') {
    if (facts.optedOut) return { outcome: 'skipped', reason: 'opted out' };
    const size = smsSize(p.body);
    return {
      outcome: 'sent',
      texts: [{ channel: p.channel, recipient: p.address, body: p.body, segments: size.segments, encoding: size.encoding }],
      ...(p.awaiting ? { awaiting: p.awaiting } : {}),
    };
  }
  if (p.kind === 'handoff') {
    // Staff picked it up, handed it back or closed it in time: nothing to say.
    if (!facts.handoffOpen) return { outcome: 'skipped', reason: 'picked up' };
    const size = smsSize(p.body);
    const alert = {
      reference: job.reference ?? job.conversationId ?? '',
      clock: 'handoff',
      label: p.label,
      level: 'warning' as const,
      dueAt: new Date(p.dueAt),
    };
    // The tenant is told only while they can be texted; staff are alerted either way.
    if (facts.optedOut) return { outcome: 'alerted', alert };
    return {
      outcome: 'alerted',
      alert,
      texts: [{ channel: p.channel, recipient: p.address, body: p.body, segments: size.segments, encoding: size.encoding }],
    };
  }
  if (facts.caseStatus !== null && CLOSED_CASE.has(facts.caseStatus)) return { outcome: 'skipped', reason: `case ${facts.caseStatus}` };
  if (p.clock === 'repair-attendance' && facts.attended) return { outcome: 'skipped', reason: 'attended' };
  // Where the standards promise advance notice of a missed timescale, the warning says so.
  const notice = options.delayNotice && p.level === 'warning' && p.clock.startsWith('repair-');
  return {
    outcome: 'alerted',
    alert: {
      reference: job.reference ?? '',
      clock: p.clock,
      label: notice ? `${p.label}: if it will be missed, tell the tenant why now (POST /api/cases/${job.reference}/delay)` : p.label,
      level: p.level,
      dueAt: new Date(p.dueAt),
    },
  };
}
