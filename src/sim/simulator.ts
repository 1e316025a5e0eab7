// The chat simulator: the real engine, machines and triage in one process, with a clock
// the script moves. It is what `npm run chat` drives, and what tests use to replay
// conversations as a tenant would have them by SMS.
import type { UploadLinks } from '../photos/upload-links.js';
import type { AppointmentChange, CaseChange } from '../../machines/conversation.types.js';
import { reportJob, sendDelayNotice, type JobReport } from '../appointments/job-reports.js';
import { ConversationEngine } from '../engine/conversation-engine.js';
import { runJob } from '../scheduler/run-job.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { MemoryStore } from '../store/memory.store.js';
import { readSmsKeyword } from '../sms/sms-keywords.js';
import { WEB_CAPABILITIES, WEB_CHANNEL } from '../channels/bot-framework.adapter.js';
import { MESSENGER_CAPABILITIES, MESSENGER_CHANNEL } from '../channels/messenger.adapter.js';
import type { Choice } from '../../dialogs/choices.js';
import { SMS_CAPABILITIES, type ChannelCapabilities } from '../../dialogs/render.js';
import type { AppointmentRecord, ConversationKey, TenantInput } from '../store/store.js';

export type SimEvent =
  | { type: 'message'; direction: 'in' | 'out'; at: string; text: string; buttons?: string[] }
  | ({ type: 'case'; at: string } & CaseChange)
  | { type: 'appointment'; at: string; reference: string; start: string; end: string; slot: string; status: string }
  | { type: 'alert'; at: string; reference: string; clock: string; level: string; dueAt: string; label: string }
  | { type: 'staff'; at: string; action: string; reference: string | null; result: string }
  | { type: 'handoff'; at: string; reason: string; reference: string | null }
  | { type: 'clock'; at: string }
  | { type: 'error'; at: string; line: number; message: string };

const STAFF_REPORTS: Record<string, JobReport> = { 'en-route': 'en-route', complete: 'completed', 'no-access': 'no-access' };

/** A small seeded generator, so a replayed script prints the same references every time. */
export function seededReferences(seed = 1): () => string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  let state = seed >>> 0 || 1;
  return () => {
    let ref = '';
    for (let i = 0; i < 8; i += 1) {
      state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
      ref += alphabet[state % alphabet.length];
    }
    return ref;
  };
}

const UNITS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "26h", "3d", "90m", "2w", "1d 6h" as milliseconds, or null. */
export function parseWait(spec: string): number | null {
  const parts = spec.trim().toLowerCase().split(/\s+/);
  let total = 0;
  for (const part of parts) {
    const m = /^(\d+(?:\.\d+)?)(m|min|h|d|w)$/.exec(part);
    if (!m) return null;
    total += Number(m[1]) * UNITS[m[2]!]!;
  }
  return total > 0 ? total : null;
}

/** The number the simulated tenant texts from. */
export const SIM_NUMBER = '+447700900000';

/** Who the simulator plays unless told otherwise: a tenant whose number is on the tenancy list. */
export const SIM_TENANT: TenantInput = {
  tenancyRef: 'SIM-0001',
  name: 'Sam Taylor',
  addressLine: '12 Example Road',
  postcode: 'NE1 1AA',
  vulnerabilities: [],
  phones: [SIM_NUMBER],
};

export interface SimulatorOptions {
  now?: Date;
  reference?: () => string;
  /** The number texting; several simulators can share a store with different numbers. */
  from?: string;
  /** The tenancy behind the number, or null to play a number not on the tenancy list. */
  tenant?: TenantInput | null;
  store?: MemoryStore;
  /** Visits per slot per working day in the built-in calendar (default 4). */
  capacity?: number;
  /** Play a web chat visitor (messages put as web chat shows them, with buttons) instead of a texting tenant. */
  channel?: SimChannel;
  /** Quote repairs with a one-time photo upload link, as `npm start` does. */
  uploadLinks?: UploadLinks;
}

/** A web chat visitor in the simulator. */
export const SIM_VISITOR = 'sim-web-visitor';
/** The Messenger user the simulator plays (a page-scoped id). */
export const SIM_PSID = '7000000000000001';

export type SimChannel = 'sms' | 'web' | 'messenger';

/** Each channel the simulator can play: its name, who it plays there, and what it shows. */
const SIM_CHANNELS: Record<SimChannel, { name: string; address: string; capabilities: ChannelCapabilities }> = {
  sms: { name: 'sms', address: SIM_NUMBER, capabilities: SMS_CAPABILITIES },
  web: { name: WEB_CHANNEL, address: SIM_VISITOR, capabilities: WEB_CAPABILITIES },
  messenger: { name: MESSENGER_CHANNEL, address: SIM_PSID, capabilities: MESSENGER_CAPABILITIES },
};

/** Buttons as a visitor sees them, with the number a numbered one stands for ("1 Kitchen", "Yes"). */
const buttons = (choices: readonly Choice[] | undefined): { buttons?: string[] } =>
  choices && choices.length > 0 ? { buttons: choices.map((c) => (/^\d+$/.test(c.value) && c.value !== c.title ? `${c.value} ${c.title}` : c.title)) } : {};

export class Simulator {
  readonly engine: ConversationEngine;
  readonly store: MemoryStore;
  readonly key: ConversationKey;
  private clock: Date;
  private seeded: Promise<unknown> | null;
  /** The last outbox row and alert already shown, so scheduled texts and alerts are shown once. */
  private shownOutbound = 0;
  private shownAlerts = 0;

  constructor(pack: PolicyPack, options: SimulatorOptions = {}) {
    this.clock = options.now ?? new Date();
    this.store = options.store ?? new MemoryStore();
    const played = SIM_CHANNELS[options.channel ?? 'sms'];
    this.key = { channel: played.name, address: options.from ?? played.address };
    const tenant = options.tenant === undefined ? { ...SIM_TENANT, phones: [this.key.address] } : options.tenant;
    this.seeded = tenant ? this.store.upsertTenant(tenant) : null;
    this.engine = new ConversationEngine({
      pack,
      store: this.store,
      ...(options.reference ? { reference: options.reference } : {}),
      ...(options.capacity ? { capacity: options.capacity } : {}),
      ...(options.uploadLinks ? { uploadLinks: options.uploadLinks } : {}),
      capabilities: (channel: string) => Object.values(SIM_CHANNELS).find((c) => c.name === channel)?.capabilities ?? SMS_CAPABILITIES,
    });
  }

  /** A chat visitor opening the chat (web chat, or Messenger's Get Started): the greeting. Nothing for SMS, where the tenant writes first. */
  async open(): Promise<SimEvent[]> {
    if (this.key.channel === 'sms') return [];
    await this.engine.welcome(this.key, this.clock);
    return this.scheduledEvents();
  }

  get now(): Date {
    return this.clock;
  }

  /** Moves the clock on, running the scheduled work that falls due on the way at its own minute. */
  async wait(ms: number): Promise<SimEvent[]> {
    return this.advanceTo(new Date(this.clock.getTime() + ms));
  }

  async jumpTo(at: Date): Promise<SimEvent[]> {
    return this.advanceTo(at);
  }

  /** Runs due jobs in time order up to `until`, as the server's scheduler would, then sets the clock there. */
  async advanceTo(until: Date): Promise<SimEvent[]> {
    const events: SimEvent[] = [];
    for (;;) {
      const next = await this.store.nextJobAt();
      if (!next || next > until) break;
      if (next > this.clock) this.clock = next;
      await this.store.runDueJobs(this.clock, 1000, (job, facts) => runJob(job, facts, { delayNotice: this.engine.settings.delayNotice }));
      events.push(...(await this.scheduledEvents()));
    }
    if (until > this.clock) this.clock = until;
    return events;
  }

  /** Texts the scheduler queued and alerts it raised since last shown. */
  private async scheduledEvents(): Promise<SimEvent[]> {
    const events: SimEvent[] = [];
    for (const m of await this.store.outbound({ recipient: this.key.address })) {
      if (m.id <= this.shownOutbound) continue;
      this.shownOutbound = m.id;
      if (m.status !== 'suppressed') events.push({ type: 'message', direction: 'out', at: m.sendAfter.toISOString(), text: m.body, ...buttons(m.choices) });
    }
    const alerts = await this.store.alerts();
    for (const a of alerts.slice(this.shownAlerts)) {
      events.push({
        type: 'alert',
        at: a.raisedAt.toISOString(),
        reference: a.reference,
        clock: a.clock,
        level: a.level,
        dueAt: a.dueAt.toISOString(),
        label: a.label,
      });
    }
    this.shownAlerts = alerts.length;
    return events;
  }

  async send(text: string): Promise<SimEvent[]> {
    await this.seeded;
    const at = this.clock.toISOString();
    // As the SMS adapter does: STOP, START and the other carrier keywords are read before the dialog sees the text.
    const keyword = this.key.channel === 'sms' ? readSmsKeyword(text) : null;
    const result = await this.engine.receive({ ...this.key, text, at: this.clock, keyword });
    // The turn's replies are shown from the result; the outbox rows they made are not shown again.
    for (const m of await this.store.outbound({ recipient: this.key.address })) this.shownOutbound = Math.max(this.shownOutbound, m.id);
    return [
      { type: 'message', direction: 'in', at, text },
      ...result.replies.map((r): SimEvent => ({ type: 'message', direction: 'out', at, text: r.text, ...buttons(r.choices) })),
      ...result.cases.map((c): SimEvent => ({ type: 'case', at, ...c })),
      ...(result.handoff ? [{ type: 'handoff' as const, at, reason: result.handoff.reason, reference: (await this.latestCase()) ?? null }] : []),
      ...(await this.appointmentEvents(result.appointments, at)),
    ];
  }

  private async appointmentEvents(changes: readonly AppointmentChange[], at: string): Promise<SimEvent[]> {
    const refs = [...new Set(changes.filter((c) => c.action !== 'access-notes' && c.action !== 'unbooked').map((c) => c.reference))];
    const events: SimEvent[] = [];
    for (const reference of refs) {
      const latest = (await this.store.appointments({ reference })).at(-1);
      if (latest) events.push(appointmentEvent(latest, at));
    }
    return events;
  }

  private async latestCase(): Promise<string | null> {
    return (await this.store.findConversation(this.key))?.lastCase ?? null;
  }

  /** "/staff take", "/staff return", "/staff close": staff work this conversation's handoff. */
  private async moveHandoff(verb: 'take' | 'return' | 'close'): Promise<SimEvent[]> {
    const at = this.clock.toISOString();
    const conversation = await this.store.findConversation(this.key);
    const live = conversation ? (await this.store.handoffs({ conversationId: conversation.id })).at(-1) : undefined;
    if (!live) return [{ type: 'staff', at, action: verb, reference: null, result: 'no handoff waiting in this conversation' }];
    const to = verb === 'take' ? 'taken' : verb === 'return' ? 'returned' : 'closed';
    const before = (await this.store.outbound({ recipient: this.key.address })).length;
    const moved = await this.engine.moveHandoff(live.id, to, this.clock);
    const events: SimEvent[] = [
      { type: 'staff', at, action: verb, reference: live.caseReference, result: moved === null || moved === 'conflict' ? 'not possible now' : moved.status },
    ];
    for (const m of (await this.store.outbound({ recipient: this.key.address })).slice(before)) {
      this.shownOutbound = Math.max(this.shownOutbound, m.id);
      events.push({ type: 'message', direction: 'out', at, text: m.body, ...buttons(m.choices) });
    }
    return events;
  }

  /** The visit staff report on: this conversation's latest that still stands. */
  private async currentReference(): Promise<string | null> {
    const conversation = await this.store.findConversation(this.key);
    if (!conversation) return null;
    const standing = (await this.store.appointments({ conversationId: conversation.id })).filter((a) => ['booked', 'en-route', 'no-access'].includes(a.status));
    return standing.at(-1)?.reference ?? null;
  }

  /** "/staff en-route", "/staff complete", "/staff no-access", "/staff delay <reason>": what staff or the job system report; "/staff take|return|close" for a handoff. */
  async staff(command: string): Promise<SimEvent[]> {
    const [verb = '', ...rest] = command.trim().split(/\s+/);
    const at = this.clock.toISOString();
    const reference = await this.currentReference();
    const report = STAFF_REPORTS[verb.toLowerCase()];
    const handoffVerb = verb.toLowerCase();
    if (handoffVerb === 'take' || handoffVerb === 'return' || handoffVerb === 'close') return this.moveHandoff(handoffVerb);
    const events: SimEvent[] = [];
    if (report) {
      if (!reference) return [{ type: 'staff', at, action: verb, reference: null, result: 'no booked visit in this conversation' }];
      const outcome = await reportJob(this.store, this.engine.pack, this.engine.settings, reference, report, this.clock);
      events.push({ type: 'staff', at, action: verb, reference, result: outcome.ok ? outcome.appointment.status : outcome.message });
      if (outcome.ok) events.push(appointmentEvent(outcome.appointment, at));
    } else if (verb.toLowerCase() === 'delay') {
      const conversation = await this.store.findConversation(this.key);
      const open = conversation ? (await this.store.cases(conversation.id)).filter((c) => c.dueBy && c.status !== 'completed').at(-1) : undefined;
      if (!open) return [{ type: 'staff', at, action: verb, reference: null, result: 'no open case with a promised date' }];
      const outcome = await sendDelayNotice(this.store, this.engine.pack, this.engine.settings, open.reference, rest.join(' '), this.clock);
      events.push({
        type: 'staff',
        at,
        action: verb,
        reference: open.reference,
        result: outcome.ok ? `notice at ${outcome.sendAt.toISOString()}` : outcome.message,
      });
    } else {
      return [
        { type: 'staff', at, action: verb, reference, result: 'try /staff en-route, complete, no-access, delay <reason>, or take, return, close (a handoff)' },
      ];
    }
    return [...events, ...(await this.advanceTo(this.clock))];
  }

  /**
   * Replays a script: one tenant message a line; /wait and /at move the clock (firing
   * the reminders and alerts due on the way); /staff reports on the visit; # starts a comment.
   */
  async runScript(lines: readonly string[]): Promise<SimEvent[]> {
    const events: SimEvent[] = [];
    for (const [index, raw] of lines.entries()) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      events.push(...(await this.line(line, index + 1)));
    }
    return events;
  }

  /** One script or prompt line. */
  async line(line: string, lineNumber = 0): Promise<SimEvent[]> {
    const command = /^\/(wait|at|staff)\s+(.+)$/i.exec(line);
    if (!command) return this.send(line);
    const [, verb, arg] = command as unknown as [string, string, string];
    if (verb.toLowerCase() === 'staff') return this.staff(arg);
    const target = verb.toLowerCase() === 'wait' ? this.waitTarget(arg) : this.jumpTarget(arg);
    if (!target) return [{ type: 'error', at: this.clock.toISOString(), line: lineNumber, message: `cannot read "${line}"` }];
    const events = await this.advanceTo(target);
    return [...events, { type: 'clock', at: this.clock.toISOString() }];
  }

  private waitTarget(spec: string): Date | null {
    const ms = parseWait(spec);
    return ms === null ? null : new Date(this.clock.getTime() + ms);
  }

  private jumpTarget(iso: string): Date | null {
    const at = new Date(iso.trim());
    return Number.isNaN(at.getTime()) ? null : at;
  }
}

function appointmentEvent(a: AppointmentRecord, at: string): SimEvent {
  return { type: 'appointment', at, reference: a.reference, start: a.startsAt.toISOString(), end: a.endsAt.toISOString(), slot: a.slot, status: a.status };
}
