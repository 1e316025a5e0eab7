// The landlord's reports: a date range, and for each measure a bar chart drawn here as SVG
// (no script, no CDN) beside a table of the same numbers. Every bar and every row leads to
// the cases behind it; the figures and each list download as CSV.
import { escapeHtml } from '../../http/html.js';
import type { Item, Measure } from '../../reports/measures.js';

export interface ReportRange {
  /** yyyy-MM-dd, London dates, both included. */
  from: string;
  to: string;
}

const rangeQuery = (r: ReportRange): string => `from=${r.from}&to=${r.to}`;
export const drillHref = (m: Measure, key: string, r: ReportRange): string =>
  `/console/reports/cases?measure=${encodeURIComponent(m.id)}&bar=${encodeURIComponent(key)}&${rangeQuery(r)}`;

const WIDTH = 520;
const LABEL = 200;
const ROW = 30;

function chart(m: Measure, r: ReportRange): string {
  const max = m.unit === 'percent' ? 100 : Math.max(1, ...m.bars.map((b) => b.value));
  const height = Math.max(1, m.bars.length) * ROW + 10;
  const bars = m.bars
    .map((b, i) => {
      const y = i * ROW + 5;
      const w = Math.round(((WIDTH - LABEL - 70) * b.value) / max);
      return `<a href="${escapeHtml(drillHref(m, b.key, r))}" aria-label="${escapeHtml(`${b.label}: ${b.display}, show the cases`)}">
  <text x="${LABEL - 8}" y="${y + 19}" text-anchor="end" class="chart-label">${escapeHtml(b.label)}</text>
  <rect x="${LABEL}" y="${y + 4}" width="${Math.max(w, b.value > 0 ? 2 : 0)}" height="${ROW - 10}" class="bar"></rect>
  <text x="${LABEL + w + 6}" y="${y + 19}" class="chart-value">${escapeHtml(b.display)}</text>
</a>`;
    })
    .join('\n');
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="t-${m.id}">
<title id="t-${m.id}">${escapeHtml(m.title)}</title>
${bars}
</svg>`;
}

function table(m: Measure, r: ReportRange): string {
  const fraction = m.bars.some((b) => b.denominator !== undefined);
  const rows = m.bars
    .map(
      (b) =>
        `<tr><th scope="row"><a href="${escapeHtml(drillHref(m, b.key, r))}">${escapeHtml(b.label)}</a></th><td class="num">${escapeHtml(b.display)}</td>${
          fraction ? `<td class="num">${b.numerator ?? ''}</td><td class="num">${b.denominator ?? ''}</td>` : ''
        }<td class="num">${b.items.length}</td></tr>`,
    )
    .join('\n');
  const heads = fraction ? '<th scope="col">Value</th><th scope="col">Of which</th><th scope="col">Out of</th>' : '<th scope="col">Value</th>';
  return `<table class="figures"><caption class="visually-hidden">${escapeHtml(m.title)}: the figures</caption>
<thead><tr><th scope="col">Bar</th>${heads}<th scope="col">Cases</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="5" class="empty">Nothing in this period.</td></tr>'}
</tbody></table>`;
}

export function reportsPage(list: readonly Measure[], range: ReportRange, problem?: string): string {
  const form = `<form method="get" action="/console/reports" class="filters" aria-label="Report period">
  <label for="from">From</label><input type="date" id="from" name="from" value="${range.from}" required>
  <label for="to">To (included)</label><input type="date" id="to" name="to" value="${range.to}" required>
  <button type="submit">Show</button>
  <a class="download" href="/console/reports.csv?${rangeQuery(range)}" download>Download all figures (CSV)</a>
</form>`;
  const blocks = list
    .map(
      (m) => `<section class="measure" aria-labelledby="m-${m.id}">
<h2 id="m-${m.id}">${escapeHtml(m.title)}</h2>
<p class="hint">${escapeHtml(m.definition)}</p>
<div class="side-by-side">${m.bars.length ? chart(m, range) : ''}${table(m, range)}</div>
${m.note ? `<p>${escapeHtml(m.note)}</p>` : ''}
</section>`,
    )
    .join('\n');
  return `${problem ? `<div class="problem" role="alert"><p>${escapeHtml(problem)}</p></div>` : ''}${form}
<p class="muted">From ${range.from} to ${range.to} inclusive, London time. Select a bar or a row to see its cases.</p>
${blocks}`;
}

export function drillPage(m: Measure, barLabel: string, items: readonly Item[], range: ReportRange, key: string): string {
  const rows = items
    .map(
      (i) =>
        `<tr><td>${i.conversationId ? `<a href="/console/conversations/${encodeURIComponent(i.conversationId)}">${escapeHtml(i.reference)}</a>` : escapeHtml(i.reference)}</td><td>${escapeHtml(i.note)}</td></tr>`,
    )
    .join('\n');
  return `<p><a href="/console/reports?${rangeQuery(range)}">Back to the reports</a> · <a href="${escapeHtml(drillHref(m, key, range).replace('/reports/cases?', '/reports/cases.csv?'))}" download>Download these cases (CSV)</a></p>
<p>${escapeHtml(m.title)}: <strong>${escapeHtml(barLabel)}</strong>, ${range.from} to ${range.to}.</p>
${items.length ? `<table><thead><tr><th scope="col">Case</th><th scope="col">Detail</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="empty">No cases.</p>'}`;
}
