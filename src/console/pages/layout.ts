// The frame every console page shares: the landlord's name, the sections this member of
// staff may open, who is signed in and a sign-out button. Pages load only our own files
// (see PAGE_HEADERS): the stylesheet, and htmx served as it ships in node_modules.
import { escapeHtml } from '../../http/html.js';
import type { StaffMember } from '../../staff/staff.store.js';
import { CSRF_FIELD, CSRF_HEADER } from '../console-auth.js';

export interface Frame {
  landlord: string;
  staff: StaffMember;
  csrf: string;
  /** Which section the page is in, for the navigation's current item. */
  section: 'queue' | 'reports' | 'staff' | 'audit';
}

const SECTIONS: { id: Frame['section']; href: string; label: string; supervisor?: boolean }[] = [
  { id: 'queue', href: '/console', label: 'Queue' },
  { id: 'reports', href: '/console/reports', label: 'Reports' },
  { id: 'staff', href: '/console/staff', label: 'Staff', supervisor: true },
  { id: 'audit', href: '/console/audit', label: 'Audit log', supervisor: true },
];

export function head(title: string, landlord: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false,"selfRequestsOnly":true}'>
<title>${escapeHtml(title)} - ${escapeHtml(landlord)} staff console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/console/assets/console.css">
<script src="/console/assets/htmx.min.js" defer></script>
<script src="/console/assets/sse.min.js" defer></script>
</head>`;
}

export function page(frame: Frame, title: string, body: string): string {
  const nav = SECTIONS.filter((s) => !s.supervisor || frame.staff.role === 'supervisor')
    .map((s) => `<li><a href="${s.href}"${s.id === frame.section ? ' aria-current="page"' : ''}>${s.label}</a></li>`)
    .join('');
  // Every htmx request from the page carries the CSRF token as a header.
  const headers = escapeHtml(JSON.stringify({ [CSRF_HEADER]: frame.csrf }));
  return `${head(title, frame.landlord)}
<body hx-headers="${headers}">
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <p class="brand">${escapeHtml(frame.landlord)} <span>staff console</span></p>
  <nav aria-label="Sections"><ul>${nav}</ul></nav>
  <form method="post" action="/console/sign-out" class="who">
    <span>${escapeHtml(frame.staff.name)} (${frame.staff.role})</span>
    <input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(frame.csrf)}">
    <button type="submit" class="quiet">Sign out</button>
  </form>
</header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}
