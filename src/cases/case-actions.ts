// What staff record on a case outside a conversation, as the regulator's measures need it:
// a repair finished without a booked visit (an emergency made safe), a complaint's stage 1
// or 2 response sent, and a complaint's response date extended under the Complaint
// Handling Code (never past the pack's extension, which is at most what the Code allows,
// with the reason and the Ombudsman's details texted to the tenant before the due date).
import { APPOINTMENT_COPY } from '../../dialogs/appointment.copy.js';
import { formatLondon } from '../../dialogs/london.js';
import { dueAfter, dueDate } from '../clock/sla-clock.js';
import { nextAllowed, type QuietHours } from '../clock/quiet-hours.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { CLOSED_CASE, type CaseRecord, type Store } from '../store/store.js';

export type CaseActionOutcome = { ok: true; kase: CaseRecord; message: string } | { ok: false; status: 400 | 404 | 409; message: string };

/** The stage a complaint is at, from its status (stage-1, stage-2, stage-2-requested-late, stage-1-responded...). */
export function complaintStage(status: string): 1 | 2 | null {
  const m = /^stage-([12])\b/.exec(status);
  return m ? (Number(m[1]) as 1 | 2) : null;
}

const responseDate = (stage: 1 | 2) => (stage === 1 ? 'stage1ResponseBy' : 'stage2ResponseBy');

async function open(store: Store, reference: string): Promise<CaseRecord | { ok: false; status: 404 | 409; message: string }> {
  const kase = await store.caseByReference(reference);
  if (!kase) return { ok: false, status: 404, message: `No case with reference ${reference}.` };
  if (CLOSED_CASE.has(kase.status) || /-responded$/.test(kase.status)) {
    return { ok: false, status: 409, message: `Case ${reference} is ${kase.status.replace(/-/g, ' ')}: there is nothing left to record.` };
  }
  return kase;
}

/** An open complaint and the stage whose response it awaits, or why not. */
async function awaitingResponse(
  store: Store,
  reference: string,
): Promise<{ kase: CaseRecord; stage: 1 | 2 } | { ok: false; status: 400 | 404 | 409; message: string }> {
  const kase = await open(store, reference);
  if ('ok' in kase) return kase;
  const stage = kase.kind === 'complaint' ? complaintStage(kase.status) : null;
  if (!stage) return { ok: false, status: 400, message: `Case ${reference} is not a complaint awaiting a response.` };
  return { kase, stage };
}

/** A repair finished with no visit booked here (an emergency made safe, a job another system booked). */
export async function completeRepair(store: Store, reference: string, by: string, at: Date): Promise<CaseActionOutcome> {
  const kase = await open(store, reference);
  if ('ok' in kase) return kase;
  if (kase.kind !== 'repair') return { ok: false, status: 400, message: `Case ${reference} is not a repair.` };
  const done = await store.recordCaseEvent(reference, { event: 'completed', at, by, status: 'completed' });
  return done
    ? { ok: true, kase: done, message: `Repair ${reference} recorded as done.` }
    : { ok: false, status: 404, message: `No case with reference ${reference}.` };
}

/** A complaint's stage 1 or 2 response was sent today: the clock the Code runs stops here. */
export async function recordResponse(store: Store, reference: string, by: string, at: Date): Promise<CaseActionOutcome> {
  const awaiting = await awaitingResponse(store, reference);
  if ('ok' in awaiting) return awaiting;
  const { stage } = awaiting;
  const done = await store.recordCaseEvent(reference, { event: 'responded', at, by, status: `stage-${stage}-responded`, detail: { stage } });
  return done
    ? { ok: true, kase: done, message: `Stage ${stage} response to ${reference} recorded.` }
    : { ok: false, status: 404, message: `No case with reference ${reference}.` };
}

/**
 * Extends a complaint's response date by `days` working days, once a stage, within the
 * pack's extension for the stage, and only before the date passes (the Code asks for
 * notice before it is due). The tenant is texted the new date, the reason and the
 * Ombudsman's details, when quiet hours allow.
 */
export async function extendComplaint(
  store: Store,
  pack: PolicyPack,
  quiet: QuietHours,
  reference: string,
  days: number,
  reason: string,
  by: string,
  at: Date,
): Promise<CaseActionOutcome> {
  const awaiting = await awaitingResponse(store, reference);
  if ('ok' in awaiting) return awaiting;
  const { kase, stage } = awaiting;
  const allowed = (stage === 1 ? pack.complaints.stage1Extension : pack.complaints.stage2Extension)?.target;
  if (allowed?.unit !== 'working-days') return { ok: false, status: 409, message: `This landlord's standards give no stage ${stage} extension.` };
  const words = reason.replace(/\s+/g, ' ').trim();
  if (!Number.isInteger(days) || days < 1 || days > allowed.amount) {
    return { ok: false, status: 400, message: `A stage ${stage} extension is 1 to ${allowed.amount} working days.` };
  }
  if (words.length < 3 || words.length > 300) return { ok: false, status: 400, message: 'Give the reason in 3 to 300 characters: the tenant is told it.' };
  const history = kase.history as unknown as Record<string, unknown>[];
  if (history.some((h) => h.event === 'extended' && h.stage === stage)) {
    return { ok: false, status: 409, message: `${reference} has had its stage ${stage} extension already: the Code allows one.` };
  }
  const dueText = kase.details.dates?.[responseDate(stage)];
  const due = dueText ? new Date(dueText) : null;
  if (!due) return { ok: false, status: 409, message: `${reference} has no stage ${stage} response date to extend.` };
  if (due <= at)
    return {
      ok: false,
      status: 409,
      message: `The stage ${stage} response date has passed: an extension must be agreed before it. Send a delay notice instead.`,
    };
  const newDate = dueAfter(due, { amount: days, unit: 'working-days' }, pack.officeHours);
  const done = await store.recordCaseEvent(reference, {
    event: 'extended',
    at,
    by,
    dates: { [responseDate(stage)]: newDate.toISOString() },
    detail: { stage, days, reason: words, from: due.toISOString() },
  });
  if (!done) return { ok: false, status: 404, message: `No case with reference ${reference}.` };
  const { ombudsman } = pack.complaints;
  await store.scheduleJobs(
    [
      {
        key: `extended:${reference}:${stage}`,
        runAt: nextAllowed(at, quiet),
        reference,
        group: `extended:${reference}`,
        conversationId: kase.conversationId,
        payload: {
          kind: 'text',
          purpose: 'delay',
          channel: kase.contact.channel,
          address: kase.contact.address,
          body: APPOINTMENT_COPY.extended({
            landlord: pack.landlord.shortName,
            reference,
            stage,
            newDate,
            reason: words,
            phone: pack.contact.phone,
            ombudsman: { name: ombudsman.name, phone: ombudsman.phone },
          }),
        },
      },
    ],
    at,
  );
  return {
    ok: true,
    kase: done,
    message: `Stage ${stage} response for ${reference} now due by ${formatLondon(newDate, 'EEEE d MMMM, HH:mm')}; the tenant will be told why.`,
  };
}

/**
 * A repair's priority changed by staff, with the reason: the case takes the new priority's
 * tier and due date (counted from when it was reported, as the standards count), and the
 * tenant is texted the new date when quiet hours allow.
 */
export async function changePriority(
  store: Store,
  pack: PolicyPack,
  quiet: QuietHours,
  reference: string,
  priorityId: string,
  reason: string,
  by: string,
  at: Date,
): Promise<CaseActionOutcome> {
  const kase = await open(store, reference);
  if ('ok' in kase) return kase;
  if (kase.kind !== 'repair') return { ok: false, status: 400, message: `Case ${reference} is not a repair.` };
  const priority = pack.repairs.priorities.find((p) => p.id === priorityId);
  if (!priority) return { ok: false, status: 400, message: 'Choose one of the landlord’s repair priorities.' };
  if (kase.details.priority === priority.id) return { ok: false, status: 409, message: `${reference} is already ${priority.label}.` };
  const words = reason.replace(/\s+/g, ' ').trim();
  if (words.length < 3 || words.length > 300) return { ok: false, status: 400, message: 'Give the reason in 3 to 300 characters: it is kept with the case.' };
  const dueBy = dueDate(kase.openedAt, priority.target, pack.officeHours);
  const done = await store.recordCaseEvent(reference, {
    event: 'priority',
    at,
    by,
    dueBy,
    set: { priority: priority.id, tier: priority.tier },
    detail: { from: kase.details.priority ?? null, to: priority.id, reason: words },
  });
  if (!done) return { ok: false, status: 404, message: `No case with reference ${reference}.` };
  await store.scheduleJobs(
    [
      {
        key: `priority:${reference}:${priority.id}:${at.toISOString()}`,
        runAt: nextAllowed(at, quiet),
        reference,
        group: `priority:${reference}`,
        conversationId: kase.conversationId,
        payload: {
          kind: 'text',
          purpose: 'reminder',
          channel: kase.contact.channel,
          address: kase.contact.address,
          body: APPOINTMENT_COPY.reprioritised({
            landlord: pack.landlord.shortName,
            reference,
            label: priority.label,
            action: priority.target.action,
            dueBy,
            phone: pack.contact.phone,
          }),
        },
      },
    ],
    at,
  );
  return {
    ok: true,
    kase: done,
    message: `${reference} is now ${priority.label}, due by ${formatLondon(dueBy, 'EEEE d MMMM, HH:mm')}; the tenant will be told.`,
  };
}
