// What one turn writes besides the machine's snapshot, worked out from what the machine
// decided: photos kept with their case, a handoff queued with the check on when someone
// should have picked it up, visits with the texts they promise and every case's SLA
// checks, and each message for the outbox.
import type { AppointmentChange, AppointmentView, CaseChange, ContactChange } from '../../machines/conversation.types.js';
import type { Rendered } from '../../dialogs/render.js';
import { smsSize } from '../../dialogs/gsm7.js';
import { SERVICE_COPY } from '../../dialogs/service.copy.js';
import type { InboundMessage } from '../channels/channel.js';
import type { AppointmentSettings } from '../appointments/appointment-settings.js';
import { bookingJobs } from '../appointments/appointment-jobs.js';
import type { CalendarProvider } from '../appointments/calendar.js';
import { officeOpensAt } from '../clock/sla-clock.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { slaJobs } from '../sla/sla-jobs.js';
import {
  visitTextsTo,
  type AppointmentRecord,
  type CaseWrite,
  type ConversationKey,
  type ConversationRecord,
  type JobDraft,
  type MessageOrigin,
  type OutboundDraft,
  type TranscriptEntry,
  type TurnState,
  type TurnWrite,
} from '../store/store.js';

/** What the booking machine is told about the visit a conversation has booked. */
export function appointmentView(a: AppointmentRecord | null): AppointmentView | null {
  if (!a || (a.status !== 'booked' && a.status !== 'en-route' && a.status !== 'no-access' && a.status !== 'cancelled')) return null;
  return {
    reference: a.reference,
    date: a.date,
    slot: a.slot,
    label: a.label,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    status: a.status,
  };
}

export function inboundEntry(message: InboundMessage): TranscriptEntry {
  return { direction: 'in', at: message.at, text: message.text, media: message.media ?? [], messageId: message.messageId ?? null };
}

/**
 * Photos sent with words go with the first case this message opened or changed (with any
 * sent earlier, before there was a case); with no case touched, to the conversation's
 * latest case, or they wait for the next one.
 */
export function keepPhotos(write: TurnWrite, record: ConversationRecord, media: string[], cases: CaseChange[], at: Date): void {
  const photos = [...(record.pendingMedia ?? []), ...media];
  write.cases = cases.map((change, i): CaseWrite => ({ change, at, media: i === 0 ? photos : [] }));
  if (cases.length > 0) {
    write.record.pendingMedia = [];
    write.record.lastCase = cases[cases.length - 1]!.reference;
  } else if (media.length > 0 && record.lastCase) {
    write.media = { reference: record.lastCase, urls: media };
  } else if (media.length > 0) {
    write.record.pendingMedia = photos;
  }
}

/**
 * The conversation goes into the staff queue, with a check when someone should have
 * picked it up: that long after the request, or after opening time when the office is shut.
 */
export function keepHandoff(write: TurnWrite, state: TurnState, handoff: { reason: string; safeContact: boolean }, at: Date, pack: PolicyPack): void {
  const { record } = state;
  const caseReference = write.record.lastCase ?? record.lastCase ?? null;
  write.handoff = { reason: handoff.reason, caseReference, requestedAt: at, safeContact: handoff.safeContact };
  const minutes = pack.handoff.answerWithinMinutes;
  const dueAt = new Date(officeOpensAt(at, pack.officeHours).getTime() + minutes * 60_000);
  const job: JobDraft = {
    key: `handoff:${record.id}:${at.toISOString()}`,
    runAt: dueAt,
    reference: caseReference,
    group: `handoff:${record.id}`,
    payload: {
      kind: 'handoff',
      channel: record.channel,
      address: record.address,
      body: SERVICE_COPY.handoffUnanswered(pack.contact.outOfHoursPhone),
      label: `Nobody has picked up a conversation handed to staff (${handoff.reason}) within ${minutes} minutes`,
      dueAt: dueAt.toISOString(),
    },
  };
  write.jobs = [...(write.jobs ?? []), job];
}

/** Visits booked or changed, the texts they promise, and the SLA checks of every case touched. */
export function keepAppointments(
  write: TurnWrite,
  appointments: AppointmentChange[],
  cases: CaseChange[],
  at: Date,
  pack: PolicyPack,
  settings: AppointmentSettings,
  calendar: CalendarProvider,
): void {
  const key = visitTextsTo(write.record);
  const jobs: JobDraft[] = cases.flatMap((c) => slaJobs(pack, c, settings.slaWarnShare));
  write.appointments = appointments.map((change) => ({
    change,
    capacity: change.option ? calendar.capacity(change.option.slot) : null,
  }));
  for (const change of appointments) {
    if ((change.action === 'book' || change.action === 'move') && change.option) {
      jobs.push(...bookingJobs(pack, settings, key, change.reference, change.option, at));
    }
  }
  if (jobs.length) write.jobs = jobs;
}

/**
 * A code texted to the number the tenant typed, sent through the outbox like any text (so a
 * number that replied STOP gets nothing); once typed back, the number takes the
 * conversation's visit texts, those already scheduled included.
 */
export function keepContacts(write: TurnWrite, contacts: readonly ContactChange[], at: Date, pack: PolicyPack): void {
  for (const c of contacts) {
    if (c.action === 'send-code') {
      const text = SERVICE_COPY.reminderCode(pack.landlord.shortName, c.code);
      // Keyed as a code, so the codes any one number gets in a day can be counted and capped.
      write.outbound.push({
        ...draft({ channel: 'sms', address: c.number }, { text, choices: [] }, at),
        key: `code:${c.number}:${at.toISOString()}:${c.code}`,
      });
      continue;
    }
    // A proved number: the visit's texts go there and, for a link, the conversation becomes the tenancy's.
    write.record.remindersTo = c.number;
    write.visitTextsTo = visitTextsTo(write.record);
    if (c.action === 'link') write.link = { number: c.number };
  }
}

/** A message for the outbox, with its SMS size (what it costs if it goes as a text). */
export function draft(key: ConversationKey, reply: Rendered, at: Date, origin: MessageOrigin = 'reply'): OutboundDraft {
  const size = smsSize(reply.text);
  return {
    origin,
    channel: key.channel,
    recipient: key.address,
    body: reply.text,
    segments: size.segments,
    encoding: size.encoding,
    ...(reply.choices.length > 0 ? { choices: reply.choices } : {}),
    sendAfter: at,
  };
}
