// The queue page: who needs a person now, who staff already have, and everything else that
// is open, each row with its tenant, channel, kind, priority and the time left on its
// clock. The table part is also what the live stream sends when the queue changes.
import { escapeHtml } from '../../http/html.js';
import { formatLondon } from '../../../dialogs/london.js';
import { NEED_LABELS, type QueueFilter, type QueueRow } from '../queue.js';

const CHANNELS: Record<string, string> = { sms: 'SMS', web: 'Web chat', messenger: 'Messenger' };
const KINDS: Record<string, string> = {
  repair: 'Repair',
  asb: 'ASB',
  complaint: 'Complaint',
  comment: 'Comment',
  compliment: 'Compliment',
  enquiry: 'Enquiry',
  'representative-enquiry': 'Enquiry (representative)',
};
const REASONS: Record<string, string> = {
  asked: 'asked for a person',
  question: 'a question for staff',
  'self-harm': 'may be at risk of self-harm',
  'domestic-abuse': 'may be at risk of domestic abuse',
  language: 'writes in another language',
  stuck: 'the assistant could not help',
  staff: 'taken from the queue',
};

/** Where the tenant is: a phone number as it is; a chat's opaque id says nothing to staff. */
export const addressLabel = (channel: string, address: string): string =>
  channel === 'sms' ? address : channel === 'web' ? 'web chat visitor' : channel === 'messenger' ? 'Messenger user' : address;
export const channelLabel = (channel: string): string => CHANNELS[channel] ?? channel;
export const kindLabel = (kind: string): string => KINDS[kind] ?? kind;
export const reasonLabel = (reason: string): string => REASONS[reason] ?? reason.replace(/-/g, ' ');

/** "2 h 10 min", "3 days": a span for people. */
export function span(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** The time left on a clock, coloured by how close it is: overdue, under a quarter of it, or fine. */
export function clockCell(due: Date | null, opened: Date | null, now: Date): string {
  if (!due) return '<span class="muted">no clock</span>';
  const left = due.getTime() - now.getTime();
  const whole = opened ? due.getTime() - opened.getTime() : null;
  const level = left < 0 ? 'breach' : whole !== null && left < whole / 4 ? 'warning' : 'ok';
  const words = left < 0 ? `overdue by ${span(left)}` : `${span(left)} left`;
  return `<span class="clock ${level}">${words}</span><br><time class="muted" datetime="${due.toISOString()}">${escapeHtml(formatLondon(due, 'EEE d MMM, HH:mm'))}</time>`;
}

/** The landlord's names for its repair priorities and ASB grades, by id. */
export type Labels = Readonly<Record<string, string>>;

function row(r: QueueRow, now: Date, labels: Labels): string {
  const c = r.conversation;
  const who = c.tenantName ? escapeHtml(c.tenantName) : '<span class="muted">not known</span>';
  const verified = c.tenancyRef ? ` <span class="muted">(${escapeHtml(c.tenancyRef)})</span>` : '';
  const lead = r.lead;
  const id = lead ? (lead.priority ?? lead.grade ?? lead.tier ?? '') : '';
  const priority = escapeHtml(labels[id] ?? id);
  const needs = r.needs.map((n) => `<span class="tag need-${n}">${NEED_LABELS[n]}</span>`).join(' ');
  const handoff = c.handoff
    ? c.handoff.status === 'taken'
      ? `With ${escapeHtml(c.handoff.takenBy?.name ?? 'staff (taken through the API)')}${r.needs.includes('unanswered') && c.lastInboundAt ? `: the tenant has waited ${span(now.getTime() - c.lastInboundAt.getTime())} for a reply` : ''}`
      : `Waiting ${span(now.getTime() - c.handoff.requestedAt.getTime())}: ${escapeHtml(reasonLabel(c.handoff.reason))}`
    : c.lastInboundAt
      ? `Last message ${span(now.getTime() - c.lastInboundAt.getTime())} ago`
      : '';
  return `<tr>
  <td><a href="/console/conversations/${encodeURIComponent(c.id)}">${who}</a>${verified}<br><span class="muted">${escapeHtml(addressLabel(c.channel, c.address))}</span></td>
  <td>${escapeHtml(channelLabel(c.channel))}</td>
  <td>${lead ? escapeHtml(kindLabel(lead.kind)) : '<span class="muted">none open</span>'}${c.openCases.length > 1 ? ` <span class="muted">+${c.openCases.length - 1}</span>` : ''}</td>
  <td>${priority}</td>
  <td>${lead ? clockCell(lead.dueBy, lead.openedAt, now) : ''}</td>
  <td>${needs}${needs && handoff ? '<br>' : ''}${handoff}</td>
</tr>`;
}

const SECTIONS: { id: QueueRow['section']; title: string; empty: string }[] = [
  { id: 'needs-person', title: 'Needs a person', empty: 'Nobody is waiting for a person.' },
  { id: 'with-staff', title: 'With staff', empty: 'No conversation is with staff.' },
  { id: 'assistant', title: 'With the assistant', empty: 'Nothing else is open.' },
];

/** The three tables, as one fragment (the live stream swaps it in whole). */
export function queueTables(rows: readonly QueueRow[], now: Date, labels: Labels = {}): string {
  return SECTIONS.map((s) => {
    const mine = rows.filter((r) => r.section === s.id);
    const body = mine.length
      ? `<table class="queue" aria-labelledby="h-${s.id}">
<thead><tr><th scope="col">Tenant</th><th scope="col">Channel</th><th scope="col">Kind</th><th scope="col">Priority</th><th scope="col">Clock</th><th scope="col">Why and how long</th></tr></thead>
<tbody>
${mine.map((r) => row(r, now, labels)).join('\n')}
</tbody>
</table>`
      : `<p class="empty">${s.empty}</p>`;
    return `<section><h2 id="h-${s.id}">${s.title} <span class="count">(${mine.length})</span></h2>
${body}</section>`;
  }).join('\n');
}

function select(name: string, label: string, options: Record<string, string>, value: string | undefined): string {
  const all = Object.entries(options)
    .map(([v, text]) => `<option value="${v}"${v === value ? ' selected' : ''}>${escapeHtml(text)}</option>`)
    .join('');
  return `<label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">All</option>${all}</select>`;
}

export function queuePage(rows: readonly QueueRow[], filter: QueueFilter, now: Date, streamQuery: string, labels: Labels = {}): string {
  const filters = `<form method="get" action="/console" class="filters" role="search" aria-label="Filter the queue">
  ${select('channel', 'Channel', CHANNELS, filter.channel)}
  ${select('kind', 'Kind', KINDS, filter.kind)}
  ${select('state', 'State', { 'needs-person': 'Needs a person', 'with-staff': 'With staff', assistant: 'With the assistant' }, filter.state)}
  <button type="submit">Filter</button>
</form>`;
  // The tables are replaced whenever the queue changes: htmx's SSE extension swaps in what the stream sends.
  return `${filters}
<p class="muted live" id="live-note">Updates as messages arrive. Times are London time.</p>
<div id="queue" hx-ext="sse" sse-connect="/console/queue/stream${streamQuery}" sse-swap="queue" aria-describedby="live-note">
${queueTables(rows, now, labels)}
</div>`;
}
