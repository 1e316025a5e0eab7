// Supervisors' pages: the staff list with a form to add someone, and the audit log.
import { escapeHtml } from '../../http/html.js';
import { formatLondon } from '../../../dialogs/london.js';
import type { AuditEntry, StaffMember } from '../../staff/staff.store.js';
import { CSRF_FIELD } from '../console-auth.js';
import { MIN_PASSWORD_LENGTH } from '../../staff/passwords.js';

const when = (at: Date): string => formatLondon(at, 'd MMM yyyy, HH:mm');

export function staffList(staff: readonly StaffMember[], csrf: string, message?: { kind: 'problem' | 'notice'; text: string }): string {
  const rows = staff
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.email)}</td><td>${s.role}</td><td>${s.disabled ? 'Disabled' : 'Active'}</td><td>${escapeHtml(when(s.createdAt))}</td></tr>`,
    )
    .join('\n');
  const banner = message
    ? `<div class="${message.kind}" role="${message.kind === 'problem' ? 'alert' : 'status'}"><p>${escapeHtml(message.text)}</p></div>`
    : '';
  return `${banner}
<table>
<caption>Everyone who can sign in to the console</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">State</th><th scope="col">Added</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>Add a member of staff</h2>
<form method="post" action="/console/staff" class="stack">
  <input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf)}">
  <label for="name">Name</label>
  <input id="name" name="name" required maxlength="100" autocomplete="off">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" required maxlength="200" autocomplete="off">
  <label for="role">Role</label>
  <select id="role" name="role"><option value="agent">Agent: works the queue</option><option value="supervisor">Supervisor: also manages staff and reads the audit log</option></select>
  <label for="password">First password</label>
  <p class="hint" id="password-hint">At least ${MIN_PASSWORD_LENGTH} characters. Give it to them in person; they can be given a new one with npm run staff -- password.</p>
  <input id="password" name="password" type="password" required minlength="${MIN_PASSWORD_LENGTH}" autocomplete="new-password" aria-describedby="password-hint">
  <button type="submit">Add</button>
</form>`;
}

export function auditTable(entries: readonly AuditEntry[], olderThan: number | null): string {
  if (entries.length === 0) return '<p class="empty">Nothing has been recorded yet.</p>';
  const rows = entries
    .map((e) => {
      const detail = Object.entries(e.detail)
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join('; ');
      return `<tr><td><time datetime="${e.at.toISOString()}">${escapeHtml(when(e.at))}</time></td><td>${escapeHtml(e.staffName)}</td><td>${escapeHtml(e.action)}</td><td>${escapeHtml(e.subject ?? '')}</td><td>${escapeHtml(detail)}</td></tr>`;
    })
    .join('\n');
  const more = olderThan === null ? '' : `<p><a href="/console/audit?before=${olderThan}">Older entries</a></p>`;
  return `<table>
<caption>Staff actions, newest first (London time)</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Subject</th><th scope="col">Detail</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>${more}`;
}
