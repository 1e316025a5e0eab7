// What staff and the operatives' job system report about a repair, as one service the
// HTTP API and the simulator share: a visit en route, done, or no access (each with the
// texts the standards promise), and a timescale that will be missed (with the reason).
import { APPOINTMENT_COPY } from '../../dialogs/appointment.copy.js';
import { createHash } from 'node:crypto';
import { nextAllowed } from '../clock/quiet-hours.js';
import { londonDate } from '../clock/sla-clock.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { CLOSED_CASE, type AppointmentRecord, type Store } from '../store/store.js';
import { jobEventTexts } from './appointment-jobs.js';
import type { AppointmentSettings } from './appointment-settings.js';

export type JobReport = 'en-route' | 'completed' | 'no-access';

export type ReportOutcome = { ok: true; appointment: AppointmentRecord; texts: number } | { ok: false; status: 404 | 409 | 400; message: string };

export async function reportJob(
  store: Store,
  pack: PolicyPack,
  settings: AppointmentSettings,
  reference: string,
  report: JobReport,
  at: Date,
): Promise<ReportOutcome> {
  let texts = 0;
  const result = await store.updateAppointment(reference, report, at, (appointment) => {
    const jobs = jobEventTexts(pack, settings, appointment, report, at);
    texts = jobs.length;
    // Once someone has called (or the job is done), the visit's pending reminders are moot.
    return { jobs, cancelPending: report !== 'en-route' };
  });
  if (result === null) return { ok: false, status: 404, message: `No booked visit for reference ${reference}.` };
  if (result === 'conflict') return { ok: false, status: 409, message: `The visit for ${reference} cannot go ${report} from where it is now.` };
  return { ok: true, appointment: result, texts };
}

/**
 * A notice that a case's promised date will be missed, with the reason, sent when quiet
 * hours allow. The same reason for the same case on the same day is one notice, however
 * often it is asked for (a job system that retries, a double click).
 */
export async function sendDelayNotice(
  store: Store,
  pack: PolicyPack,
  settings: AppointmentSettings,
  reference: string,
  reason: string,
  at: Date,
): Promise<{ ok: true; sendAt: Date; duplicate: boolean } | { ok: false; status: 404 | 409 | 400; message: string }> {
  const trimmed = reason.replace(/\s+/g, ' ').trim();
  if (trimmed.length < 3 || trimmed.length > 300) return { ok: false, status: 400, message: 'Give the reason in 3 to 300 characters: the tenant is told it.' };
  const found = await store.caseByReference(reference);
  if (!found) return { ok: false, status: 404, message: `No case with reference ${reference}.` };
  if (!found.dueBy) return { ok: false, status: 409, message: `Case ${reference} has no promised date to miss.` };
  if (CLOSED_CASE.has(found.status))
    return { ok: false, status: 409, message: `Case ${reference} is ${found.status}: there is no promised date left to miss.` };
  const sendAt = nextAllowed(at, settings.quietHours);
  const sameReason = createHash('sha256')
    .update(trimmed.toLowerCase().replace(/[.!\s]+$/, ''))
    .digest('hex')
    .slice(0, 16);
  const key = `delay:${reference}:${londonDate(at)}:${sameReason}`;
  const { ombudsman } = pack.complaints;
  const added = await store.scheduleJobs(
    [
      {
        key,
        runAt: sendAt,
        reference,
        group: `delay:${reference}`,
        conversationId: found.conversationId,
        payload: {
          kind: 'text',
          purpose: 'delay',
          channel: found.contact.channel,
          address: found.contact.address,
          body: APPOINTMENT_COPY.delay({
            landlord: pack.landlord.shortName,
            kind: found.kind,
            reference,
            dueBy: found.dueBy,
            reason: trimmed,
            phone: pack.contact.phone,
            ombudsman: found.kind === 'complaint' ? ombudsman : undefined,
          }),
        },
      },
    ],
    at,
  );
  if (added > 0) return { ok: true, sendAt, duplicate: false };
  const earlier = (await store.jobs({ reference })).find((j) => j.key === key);
  return { ok: true, sendAt: earlier?.runAt ?? sendAt, duplicate: true };
}
