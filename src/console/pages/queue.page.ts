// The queue: conversations handed to a person, oldest first, with why and for how long.
import { escapeHtml } from '../../http/html.js';
import { formatLondon } from '../../../dialogs/london.js';
import type { HandoffRecord } from '../../store/store.js';

const REASONS: Record<string, string> = {
  asked: 'Asked for a person',
  'self-harm': 'Safety: self-harm',
  'domestic-abuse': 'Safety: domestic abuse',
  language: 'Another language',
  stuck: 'Assistant stuck',
};

const CHANNELS: Record<string, string> = { sms: 'SMS', web: 'Web chat', messenger: 'Messenger' };

export const reasonLabel = (reason: string): string => REASONS[reason] ?? reason.replace(/-/g, ' ');
export const channelLabel = (channel: string): string => CHANNELS[channel] ?? channel;

/** "3 h 20 min", "12 min", "just now": how long a tenant has been waiting. */
export function waited(since: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - since.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

export function queueTable(handoffs: readonly HandoffRecord[], now: Date): string {
  if (handoffs.length === 0) return '<p class="empty">Nobody is waiting for a person.</p>';
  const rows = handoffs
    .map(
      (h) => `<tr>
  <td>${escapeHtml(reasonLabel(h.reason))}${h.safeContact ? ' <span class="tag warn">Safe contact only</span>' : ''}</td>
  <td>${escapeHtml(channelLabel(h.channel))}</td>
  <td>${h.caseReference ? escapeHtml(h.caseReference) : '<span class="muted">none yet</span>'}</td>
  <td><time datetime="${h.requestedAt.toISOString()}">${escapeHtml(formatLondon(h.requestedAt, 'EEE d MMM, HH:mm'))}</time></td>
  <td>${escapeHtml(waited(h.requestedAt, now))}</td>
  <td>${h.status === 'taken' ? '<span class="tag">Taken</span>' : '<span class="tag alert">Waiting</span>'}</td>
</tr>`,
    )
    .join('\n');
  return `<table class="queue">
<caption>Conversations waiting for a person, oldest first</caption>
<thead><tr><th scope="col">Why</th><th scope="col">Channel</th><th scope="col">Case</th><th scope="col">Asked at</th><th scope="col">Waiting</th><th scope="col">State</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}
