// The texts a visit promises, as scheduled jobs: worked out when the visit is booked or
// when staff report on it, and stored in the same transaction. Times are London wall
// clock; a text that would fall in quiet hours goes at the next allowed minute, except
// "on our way", which is only worth sending while the operative is on the way.
import { createHash } from 'node:crypto';
import type { SlotChoice } from '../../machines/conversation.types.js';
import { APPOINTMENT_COPY } from '../../dialogs/appointment.copy.js';
import { nextAllowed } from '../clock/quiet-hours.js';
import { londonDate, londonTime, shiftDate } from '../clock/sla-clock.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { appointmentGroup, type AppointmentRecord, type ConversationKey, type JobDraft, type TextPurpose } from '../store/store.js';
import type { AppointmentSettings } from './appointment-settings.js';

function textJob(
  key: ConversationKey,
  reference: string,
  purpose: TextPurpose,
  id: string,
  runAt: Date,
  body: string,
  extra: Partial<JobDraft> = {},
): JobDraft {
  return {
    key: `appt:${reference}:${purpose}:${id}`,
    runAt,
    reference,
    group: appointmentGroup(reference),
    payload: { kind: 'text', purpose, channel: key.channel, address: key.address, body },
    ...extra,
  };
}

/** At booking: the day-before reminder, unless the visit is tomorrow or sooner (the confirmation has just gone). */
export function bookingJobs(
  pack: PolicyPack,
  settings: AppointmentSettings,
  key: ConversationKey,
  reference: string,
  visit: SlotChoice,
  now: Date,
): JobDraft[] {
  if (!settings.texts.has('day-before')) return [];
  const eve = shiftDate(visit.date, -1);
  if (eve <= londonDate(now)) return [];
  const runAt = nextAllowed(londonTime(eve, settings.dayBeforeAt), settings.quietHours);
  const body = APPOINTMENT_COPY.dayBefore({
    landlord: pack.landlord.shortName,
    reference,
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    keyword: settings.keyword,
  });
  return [textJob(key, reference, 'day-before', `${visit.date}-${visit.slot}-${now.getTime()}`, runAt, body)];
}

/** A stable yes or no for "is this repair in the surveyed share", so a retry asks the same. */
export function inSurveySample(reference: string, share: number): boolean {
  if (share >= 1) return true;
  const n = createHash('sha256').update(reference).digest().readUInt32BE(0) / 0x1_0000_0000;
  return n < share;
}

/** What staff reporting on a visit sends: on our way, the survey after completion, the rebook offer after no access. */
export function jobEventTexts(
  pack: PolicyPack,
  settings: AppointmentSettings,
  appointment: AppointmentRecord,
  event: 'en-route' | 'completed' | 'no-access',
  now: Date,
): JobDraft[] {
  // Texts about the visit go where the tenant asked for them; the survey awaits its answer in the conversation itself.
  const key = appointment.textsTo;
  const conversation = { channel: appointment.channel, address: appointment.address };
  const ref = appointment.reference;
  const landlord = pack.landlord.shortName;
  const stamp = String(now.getTime());
  if (event === 'en-route') {
    if (!settings.texts.has('on-the-way')) return [];
    const body = APPOINTMENT_COPY.onTheWay({
      landlord,
      reference: ref,
      startsAt: appointment.startsAt.toISOString(),
      endsAt: appointment.endsAt.toISOString(),
      keyword: settings.keyword,
    });
    return [textJob(key, ref, 'on-the-way', stamp, now, body)];
  }
  if (event === 'completed') {
    if (!settings.texts.has('survey') || !inSurveySample(ref, settings.surveyShare)) return [];
    const runAt = nextAllowed(new Date(now.getTime() + settings.surveyDelayMinutes * 60_000), settings.quietHours);
    return [
      {
        ...textJob(conversation, ref, 'survey', stamp, runAt, APPOINTMENT_COPY.survey(landlord, ref)),
        group: `survey:${ref}`,
        payload: {
          kind: 'text',
          purpose: 'survey',
          channel: conversation.channel,
          address: conversation.address,
          body: APPOINTMENT_COPY.survey(landlord, ref),
          awaiting: { kind: 'survey', reference: ref, askedAt: runAt.toISOString() },
        },
      },
    ];
  }
  const body = APPOINTMENT_COPY.rebook(landlord, ref, settings.keyword, pack.contact.phone);
  return [textJob(key, ref, 'rebook', stamp, nextAllowed(now, settings.quietHours), body)];
}
