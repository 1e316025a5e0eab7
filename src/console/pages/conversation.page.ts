// One conversation for staff: the whole transcript across the tenant's channels, who they
// are, their cases with the clocks the landlord promised (and Awaab's Law steps or
// complaint stages), visits, and what staff can do: take over, reply on the tenant's own
// channel, hand back, close, and record a visit's news or a delay.
import { escapeHtml } from '../../http/html.js';
import { formatLondon } from '../../../dialogs/london.js';
import type { AppointmentRecord, CaseRecord, TranscriptEntry } from '../../store/store.js';
import type { QueueConversation } from '../../store/console-reads.js';
import type { StaffMember } from '../../staff/staff.store.js';
import { CSRF_FIELD } from '../console-auth.js';
import { NEED_LABELS, needsOf } from '../queue.js';
import { channelLabel, clockCell, kindLabel, reasonLabel } from './queue.page.js';

export interface TranscriptLine extends TranscriptEntry {
  channel: string;
}

export interface ConversationView {
  conversation: QueueConversation;
  transcript: TranscriptLine[];
  cases: CaseRecord[];
  appointments: AppointmentRecord[];
  me: StaffMember;
  csrf: string;
  now: Date;
  /** How long a tenant may wait for the member of staff who has them. */
  answerMinutes: number;
  /** The pack's prepared replies, filled in for this conversation. */
  replies: { id: string; title: string; text: string }[];
  /** The prepared reply chosen (it fills the reply box). */
  chosenReply?: string;
  /** The landlord's ASB grades' names, by id. */
  grades: Record<string, string>;
  /** The landlord's repair priorities, for a change of priority. */
  priorities: { id: string; label: string }[];
  /** The most working days each complaint stage may be extended by (null: none). */
  extensionDays: { 1: number | null; 2: number | null };
  /** What the last action did, or why it was refused. */
  message?: { kind: 'notice' | 'problem'; text: string };
}

const when = (at: Date): string => formatLondon(at, 'EEE d MMM, HH:mm');
const words = (key: string): string =>
  key
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();

function hidden(csrf: string): string {
  return `<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf)}">`;
}

function button(action: string, label: string, csrf: string, extra = '', kind = ''): string {
  return `<form method="post" action="${escapeHtml(action)}" class="inline">${hidden(csrf)}${extra}<button type="submit"${kind ? ` class="${kind}"` : ''}>${escapeHtml(label)}</button></form>`;
}

export function transcriptList(lines: readonly TranscriptLine[], showChannel: boolean): string {
  if (lines.length === 0) return '<p class="empty">Nothing has been said yet.</p>';
  return `<ol class="transcript">${lines
    .map((t) => {
      const who = t.direction === 'in' ? 'Tenant' : t.author ? `${t.author} (staff)` : 'Assistant';
      const cls = t.direction === 'in' ? 'in' : t.author ? 'staff' : 'out';
      const channel = showChannel ? ` · ${escapeHtml(channelLabel(t.channel))}` : '';
      const photos = t.media?.length ? ` <span class="tag">${t.media.length} photo${t.media.length > 1 ? 's' : ''}</span>` : '';
      return `<li class="${cls}"><p class="meta"><strong>${escapeHtml(who)}</strong> · <time datetime="${t.at.toISOString()}">${escapeHtml(when(t.at))}</time>${channel}${photos}</p><p class="body">${escapeHtml(t.text)}</p></li>`;
    })
    .join('\n')}</ol>`;
}

function actions(view: ConversationView): string {
  const { conversation: c, me, csrf } = view;
  const base = `/console/conversations/${encodeURIComponent(c.id)}`;
  const h = c.handoff;
  const mine = h?.status === 'taken' && h.takenBy?.id === me.id;
  const mayMove = h && (mine || h.status === 'open' || me.role === 'supervisor');
  const parts: string[] = [];
  if (!h || h.status === 'open') {
    parts.push(
      `<p>${h ? `Waiting since ${escapeHtml(when(h.requestedAt))}: ${escapeHtml(reasonLabel(h.reason))}.` : 'The assistant is handling this conversation.'}</p>`,
    );
    parts.push(button(`${base}/take`, 'Take over', csrf));
  } else if (!mine) {
    parts.push(`<p><strong>${escapeHtml(h.takenBy?.name ?? 'Someone')}</strong> has this conversation. Only they can reply.</p>`);
  }
  if (mine) {
    const where = `${channelLabel(c.channel)}${c.channel === 'sms' ? ` to ${c.address}` : ''}`;
    const note =
      c.channel === 'messenger'
        ? '<p class="hint" id="reply-hint">More than 24 hours after their last message, replies go with Messenger\'s human agent tag (for up to 7 days); after that, by text to a number they proved, or you are told it could not be sent.</p>'
        : c.channel === 'sms'
          ? '<p class="hint" id="reply-hint">Plain words work best: a text over 160 characters arrives in parts.</p>'
          : '<p class="hint" id="reply-hint">They see it in the chat window if it is open, and when they come back to it.</p>';
    const chosen = view.replies.find((r) => r.id === view.chosenReply);
    const prepared = view.replies.length
      ? `<nav class="prepared" aria-label="Prepared replies"><span>Prepared replies:</span> ${view.replies
          .map(
            (r) => `<a href="${base}?reply=${encodeURIComponent(r.id)}#reply"${r.id === chosen?.id ? ' aria-current="true"' : ''}>${escapeHtml(r.title)}</a>`,
          )
          .join(' ')}</nav>`
      : '';
    parts.push(`${prepared}<form method="post" action="${base}/reply" class="reply">${hidden(csrf)}
  <label for="reply">Reply by ${escapeHtml(where)}</label>${note}
  <textarea id="reply" name="text" rows="4" maxlength="1500" required aria-describedby="reply-hint">${chosen ? escapeHtml(chosen.text) : ''}</textarea>
  <button type="submit">Send reply</button>
</form>`);
  }
  if (mayMove && h) {
    parts.push(
      `<div class="row">${button(`${base}/return`, 'Hand back to the assistant', csrf, '', 'secondary')}${button(`${base}/close`, 'Close: nothing more needed', csrf, '', 'secondary')}</div>`,
    );
  }
  return parts.join('\n');
}

function caseBlock(k: CaseRecord, view: ConversationView): string {
  const { csrf, now } = view;
  const base = `/console/conversations/${encodeURIComponent(view.conversation.id)}`;
  const open = view.conversation.openCases.find((o) => o.reference === k.reference);
  const d = k.details;
  const ref = `<input type="hidden" name="reference" value="${escapeHtml(k.reference)}">`;
  const priorityId = d.priority ?? d.grade ?? d.tier ?? '';
  const priority = view.priorities.find((p) => p.id === priorityId)?.label ?? view.grades[priorityId] ?? priorityId;
  const dates = Object.entries(d.dates ?? {})
    .map(([key, at]) => `<li>${escapeHtml(words(key))}: ${clockCell(new Date(at), k.openedAt, now)}</li>`)
    .join('');
  const alert = open?.alert ? ` <span class="tag ${open.alert === 'breach' ? 'alert' : 'warn'}">SLA ${open.alert}</span>` : '';
  const visits = view.appointments
    .filter((a) => a.reference === k.reference)
    .map((a) => {
      const next: [string, string][] =
        a.status === 'booked'
          ? [
              ['en-route', 'On our way'],
              ['complete', 'Job complete'],
              ['no-access', 'No access'],
            ]
          : a.status === 'en-route'
            ? [
                ['complete', 'Job complete'],
                ['no-access', 'No access'],
              ]
            : [];
      const buttons = next
        .map(([event, label]) => button(`${base}/job`, label, csrf, `${ref}<input type="hidden" name="event" value="${event}">`, 'secondary'))
        .join('');
      return `<p>Visit ${escapeHtml(a.label)}: <strong>${escapeHtml(a.status)}</strong></p>${buttons ? `<div class="row">${buttons}</div>` : ''}`;
    })
    .join('');
  const activeVisit = view.appointments.some((a) => a.reference === k.reference && (a.status === 'booked' || a.status === 'en-route'));
  const stage = k.kind === 'complaint' && open ? /^stage-([12])\b/.exec(k.status)?.[1] : undefined;
  const extension = stage ? view.extensionDays[Number(stage) as 1 | 2] : null;
  const record = [
    open && k.kind === 'repair' && !activeVisit
      ? button(`${base}/case`, 'Repair done', csrf, `${ref}<input type="hidden" name="action" value="completed">`, 'secondary')
      : '',
    stage ? button(`${base}/case`, `Stage ${stage} response sent today`, csrf, `${ref}<input type="hidden" name="action" value="responded">`, 'secondary') : '',
  ].join('');
  const extend =
    stage && extension
      ? `<details><summary>Extend the stage ${stage} response date (Complaint Handling Code)</summary><form method="post" action="${base}/case">${hidden(csrf)}${ref}<input type="hidden" name="action" value="extend">
  <label for="days-${escapeHtml(k.reference)}">Working days more (at most ${extension})</label><input id="days-${escapeHtml(k.reference)}" name="days" type="number" min="1" max="${extension}" value="${extension}" required>
  <label for="why-${escapeHtml(k.reference)}">Reason (the tenant is told it, with the Ombudsman's details)</label><input id="why-${escapeHtml(k.reference)}" name="reason" maxlength="300" required>
  <button type="submit" class="secondary">Extend</button></form></details>`
      : '';
  const reprioritise =
    open && k.kind === 'repair'
      ? `<details><summary>Change the priority</summary><form method="post" action="${base}/case">${hidden(csrf)}${ref}<input type="hidden" name="action" value="priority">
  <label for="priority-${escapeHtml(k.reference)}">New priority</label><select id="priority-${escapeHtml(k.reference)}" name="priority">${view.priorities
    .filter((p) => p.id !== d.priority)
    .map((p) => `<option value="${escapeHtml(p.id)}">${escapeHtml(p.label)}</option>`)
    .join('')}</select>
  <label for="priority-why-${escapeHtml(k.reference)}">Reason (kept with the case)</label><input id="priority-why-${escapeHtml(k.reference)}" name="reason" maxlength="300" required>
  <button type="submit" class="secondary">Change priority</button></form></details>`
      : '';
  const delay =
    open && k.dueBy
      ? `<details><summary>Tell the tenant the date will be missed</summary><form method="post" action="${base}/delay">${hidden(csrf)}<input type="hidden" name="reference" value="${escapeHtml(k.reference)}">
  <label for="delay-${escapeHtml(k.reference)}">Reason (the tenant is told it)</label><input id="delay-${escapeHtml(k.reference)}" name="reason" maxlength="300" required>
  <button type="submit" class="secondary">Send delay notice</button></form></details>`
      : '';
  return `<article class="case" aria-labelledby="case-${escapeHtml(k.reference)}">
<h3 id="case-${escapeHtml(k.reference)}">${escapeHtml(kindLabel(k.kind))} ${escapeHtml(k.reference)}${alert}</h3>
<p>${escapeHtml(d.summary ?? d.issue ?? '')}${d.location ? ` (${escapeHtml(d.location)})` : ''}</p>
<dl><dt>Status</dt><dd>${escapeHtml(k.status)}</dd>${priority ? `<dt>Priority</dt><dd>${escapeHtml(String(priority))}</dd>` : ''}<dt>Opened</dt><dd>${escapeHtml(when(k.openedAt))}</dd>
${k.dueBy ? `<dt>Due</dt><dd>${open ? clockCell(k.dueBy, k.openedAt, now) : escapeHtml(when(k.dueBy))}</dd>` : ''}${d.awaabs ? "<dt>Awaab's Law</dt><dd>Yes: hazard timescales apply</dd>" : ''}</dl>
${dates ? `<ul class="dates">${dates}</ul>` : ''}${visits}${record ? `<div class="row">${record}</div>` : ''}${extend}${reprioritise}${delay}
</article>`;
}

export function conversationPage(view: ConversationView): string {
  const c = view.conversation;
  const needs = needsOf(c, { now: view.now, answerMinutes: view.answerMinutes })
    .map((n) => `<span class="tag need-${n}">${NEED_LABELS[n]}</span>`)
    .join(' ');
  const message = view.message
    ? `<div class="${view.message.kind}" role="${view.message.kind === 'problem' ? 'alert' : 'status'}"><p>${escapeHtml(view.message.text)}</p></div>`
    : '';
  const channels = new Set(view.transcript.map((t) => t.channel));
  const who = `<dl><dt>Name</dt><dd>${c.tenantName ? escapeHtml(c.tenantName) : 'Not known'}${c.tenancyRef ? '' : ' <span class="muted">(not on the tenancy list)</span>'}</dd>
${c.tenancyRef ? `<dt>Tenancy</dt><dd>${escapeHtml(c.tenancyRef)}</dd>` : ''}<dt>Channel</dt><dd>${escapeHtml(channelLabel(c.channel))}${c.channel === 'sms' ? `: ${escapeHtml(c.address)}` : ''}</dd>
${c.vulnerabilities.length ? `<dt>Vulnerable</dt><dd>${escapeHtml(c.vulnerabilities.join(', '))}</dd>` : ''}${c.handoff?.safeContact ? '<dt>Contact</dt><dd><strong>Safe contact only: texts, no details, do not call</strong></dd>' : ''}</dl>`;
  return `${message}
<div class="columns">
<section class="talk" aria-labelledby="h-transcript">
  <h2 id="h-transcript">Conversation${channels.size > 1 ? ' across channels' : ''}</h2>
  <div id="transcript" class="scroller" tabindex="0" aria-label="Transcript, newest at the bottom" hx-ext="sse" sse-connect="/console/conversations/${encodeURIComponent(c.id)}/stream" sse-swap="transcript">
  ${transcriptList(view.transcript, channels.size > 1)}
  </div>
  ${actions(view)}
</section>
<aside aria-labelledby="h-tenant">
  <h2 id="h-tenant">Tenant</h2>${needs ? `<p>${needs}</p>` : ''}
  ${who}
  <h2>Cases</h2>
  ${view.cases.length ? view.cases.map((k) => caseBlock(k, view)).join('\n') : '<p class="empty">No cases.</p>'}
</aside>
</div>`;
}
