// The scheduler's and the appointments' store in memory: visits booked against capacity,
// scheduled jobs run when due and turned into outbox texts or alerts, and the satisfaction
// surveys answered on a case. MemoryStore delegates here, as SqlStore does to sql-schedule.
import { keyOf, type MemoryState } from './memory-state.js';
import {
  ACTIVE_APPOINTMENT,
  APPOINTMENT_REPORTS,
  SlotFullError,
  VISIT_TEXTS,
  appointmentGroup,
  visitTextsTo,
  type AlertDraft,
  type AlertRecord,
  type AppointmentRecord,
  type AppointmentWrite,
  type ConversationRecord,
  type JobDraft,
  type JobEffect,
  type JobFacts,
  type JobRecord,
  type JobStatus,
  type SurveyAnswer,
} from './store.js';

/**
 * The conversation's visit a turn reads: its latest active one, else its latest cancelled one.
 * A texting number also sees visits booked in a web chat whose texts go to it.
 */
export function currentAppointment(state: MemoryState, conversation: ConversationRecord): AppointmentRecord | null {
  const linked = (a: AppointmentRecord) => conversation.channel === 'sms' && a.textsTo.channel === 'sms' && a.textsTo.address === conversation.address;
  const mine = [...state.appointmentRows].reverse().filter((a) => a.conversationId === conversation.id || linked(a));
  const appointment = mine.find((a) => ACTIVE_APPOINTMENT.includes(a.status)) ?? mine.find((a) => a.status === 'cancelled') ?? null;
  return appointment ? structuredClone(appointment) : null;
}

/** Throws SlotFullError when a booking or move would take a slot past its capacity. */
export function checkCapacity(state: MemoryState, { change, capacity }: AppointmentWrite): void {
  const o = change.option;
  if (!o || capacity === null || (change.action !== 'book' && change.action !== 'move')) return;
  const taken = state.appointmentRows.filter((a) => a.date === o.date && a.slot === o.slot && (a.status === 'booked' || a.status === 'en-route')).length;
  if (taken >= capacity) throw new SlotFullError(o.date, o.slot);
}

/** An alert for staff; the same alert (reference, clock, level and due time) is raised once. */
export function raiseAlert(state: MemoryState, a: AlertDraft, at: Date): void {
  if (state.alertRows.some((x) => x.reference === a.reference && x.clock === a.clock && x.level === a.level && +x.dueAt === +a.dueAt)) return;
  state.alertRows.push({ ...structuredClone(a), id: state.alertRows.length + 1, raisedAt: at });
}

export function flagCase(state: MemoryState, reference: string, name: string): void {
  const c = state.caseRows.get(reference);
  if (c && !c.flags.includes(name)) c.flags.push(name);
}

function cancelGroup(state: MemoryState, group: string, outcome: string, at: Date): void {
  for (const j of state.jobRows) {
    if (j.group === group && j.status === 'pending') Object.assign(j, { status: 'cancelled', outcome, doneAt: at });
  }
}

export function writeAppointment(state: MemoryState, conversation: ConversationRecord, { change }: AppointmentWrite, at: Date): void {
  const ref = change.reference;
  const active = state.appointmentRows.filter((a) => a.reference === ref && ACTIVE_APPOINTMENT.includes(a.status));
  if (change.action === 'unbooked') {
    flagCase(state, ref, 'needs-appointment');
    return;
  }
  if (change.action === 'access-notes') {
    const last = active[active.length - 1];
    if (last) last.accessNotes = change.notes ?? null;
    return;
  }
  if (change.action === 'move' || change.action === 'cancel') {
    for (const a of active) a.status = change.action === 'move' ? 'moved' : 'cancelled';
    cancelGroup(state, appointmentGroup(ref), change.action === 'move' ? 'visit moved' : 'visit cancelled', at);
    if (change.action === 'cancel') {
      flagCase(state, ref, 'needs-appointment');
      return;
    }
  }
  const o = change.option;
  if (!o) return;
  state.appointmentRows.push({
    id: state.appointmentRows.length + 1,
    reference: ref,
    conversationId: conversation.id,
    channel: conversation.channel,
    address: conversation.address,
    textsTo: visitTextsTo(conversation),
    date: o.date,
    slot: o.slot,
    label: o.label,
    startsAt: new Date(o.startsAt),
    endsAt: new Date(o.endsAt),
    status: 'booked',
    accessNotes: null,
    outsideTimescale: change.outsideTimescale === true,
    bookedAt: at,
  });
  const c = state.caseRows.get(ref);
  if (c) c.flags = c.flags.filter((f) => f !== 'needs-appointment');
  if (change.outsideTimescale) flagCase(state, ref, change.tenantChoseLater ? 'tenant-chose-after-timescale' : 'booked-after-timescale');
}

/** The conversation's visits and its visit texts still to go are sent to `to` from now on. */
export function readdressVisitTexts(state: MemoryState, conversationId: string, to: { channel: string; address: string }): void {
  for (const a of state.appointmentRows) if (a.conversationId === conversationId) a.textsTo = { ...to };
  for (const j of state.jobRows) {
    const p = j.payload;
    if (j.conversationId === conversationId && j.status === 'pending' && p.kind === 'text' && VISIT_TEXTS.includes(p.purpose)) {
      j.payload = { ...p, channel: to.channel, address: to.address };
    }
  }
}

export function writeSurvey(state: MemoryState, survey: SurveyAnswer): void {
  const c = state.caseRows.get(survey.reference);
  if (c) {
    c.survey = structuredClone(survey);
    c.history.push({ survey } as never);
  }
}

/** Adds the jobs whose key is not already scheduled; returns how many were added. */
export function insertJobs(state: MemoryState, jobs: readonly JobDraft[]): number {
  let n = 0;
  for (const j of jobs) {
    if (state.jobRows.some((x) => x.key === j.key)) continue;
    state.jobRows.push({
      ...structuredClone(j),
      id: state.jobRows.length + 1,
      conversationId: j.conversationId ?? null,
      status: 'pending',
      outcome: null,
      doneAt: null,
    });
    n += 1;
  }
  return n;
}

export function bookedCounts(state: MemoryState, fromDate: string, toDate: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of state.appointmentRows) {
    if (a.date < fromDate || a.date > toDate || (a.status !== 'booked' && a.status !== 'en-route')) continue;
    counts.set(`${a.date} ${a.slot}`, (counts.get(`${a.date} ${a.slot}`) ?? 0) + 1);
  }
  return counts;
}

export function appointments(state: MemoryState, filter: { reference?: string; conversationId?: string }): AppointmentRecord[] {
  return structuredClone(
    state.appointmentRows.filter(
      (a) => (!filter.reference || a.reference === filter.reference) && (!filter.conversationId || a.conversationId === filter.conversationId),
    ),
  );
}

export function updateAppointment(
  state: MemoryState,
  reference: string,
  to: 'en-route' | 'completed' | 'no-access',
  at: Date,
  plan: (appointment: AppointmentRecord) => { jobs: JobDraft[]; cancelPending: boolean },
): AppointmentRecord | 'conflict' | null {
  const current = [...state.appointmentRows].reverse().find((a) => a.reference === reference && ACTIVE_APPOINTMENT.includes(a.status));
  if (!current) return null;
  if (!APPOINTMENT_REPORTS[to].includes(current.status)) return 'conflict';
  current.status = to;
  const c = state.caseRows.get(reference);
  if (c) {
    if (to === 'completed') c.status = 'completed';
    c.history.push({ appointment: to, at: at.toISOString() } as never);
  }
  const { jobs, cancelPending } = plan(structuredClone(current));
  if (cancelPending) cancelGroup(state, appointmentGroup(reference), `visit ${to}`, at);
  insertJobs(
    state,
    jobs.map((j) => ({ ...j, conversationId: j.conversationId ?? current.conversationId })),
  );
  return structuredClone(current);
}

export function runDueJobs(state: MemoryState, now: Date, limit: number, decide: (job: JobRecord, facts: JobFacts) => JobEffect): number {
  const due = state.jobRows
    .filter((j) => j.status === 'pending' && j.runAt <= now)
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id)
    .slice(0, limit);
  for (const job of due) {
    const c = job.reference ? state.caseRows.get(job.reference) : undefined;
    const p = job.payload;
    const effect = decide(structuredClone(job), {
      caseStatus: c?.status ?? null,
      attended: state.appointmentRows.some((a) => a.reference === job.reference && ['en-route', 'completed', 'no-access'].includes(a.status)),
      optedOut: 'channel' in p && state.optOuts.has(keyOf({ channel: p.channel, address: p.address })),
      handoffOpen: state.handoffRows.some((h) => h.conversationId === job.conversationId && h.status === 'open'),
    });
    for (const [i, t] of (effect.texts ?? []).entries()) {
      const key = `job:${job.key}:${i}`;
      if (state.outboxKeys.has(key)) continue;
      state.outboxKeys.add(key);
      state.outboxRows.push({
        choices: [],
        ...t,
        origin: 'automated',
        lastInboundAt: null,
        id: state.outboxRows.length + 1,
        conversationId: job.conversationId,
        sendAfter: now,
        status: 'pending',
        attempts: 0,
        providerId: null,
        errorCode: null,
        updatedAt: now,
        inDoubt: false,
        claimedAt: null,
      });
      if (job.conversationId) {
        const log = state.transcripts.get(job.conversationId) ?? [];
        log.push({ direction: 'out', at: now, text: t.body, media: [], messageId: null });
        state.transcripts.set(job.conversationId, log);
      }
    }
    if (effect.awaiting && job.conversationId) {
      for (const conv of state.conversations.values()) {
        if (conv.id === job.conversationId) conv.dialog = { ...((conv.dialog as object | null) ?? {}), awaiting: structuredClone(effect.awaiting) };
      }
    }
    if (effect.alert) raiseAlert(state, effect.alert, now);
    Object.assign(job, { status: effect.outcome === 'skipped' ? 'skipped' : 'done', outcome: effect.reason ?? effect.outcome, doneAt: now });
  }
  return due.length;
}

export function jobs(state: MemoryState, filter: { status?: JobStatus; reference?: string } = {}): JobRecord[] {
  return structuredClone(
    state.jobRows
      .filter((j) => (!filter.status || j.status === filter.status) && (!filter.reference || j.reference === filter.reference))
      .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id),
  );
}

export function nextJobAt(state: MemoryState): Date | null {
  const pending = state.jobRows.filter((j) => j.status === 'pending').map((j) => j.runAt.getTime());
  return pending.length ? new Date(Math.min(...pending)) : null;
}

export function alerts(state: MemoryState, filter: { since?: Date } = {}): AlertRecord[] {
  return structuredClone(state.alertRows.filter((a) => !filter.since || a.raisedAt >= filter.since));
}
