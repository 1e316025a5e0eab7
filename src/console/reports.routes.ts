// The reports pages: the measures for a period (London dates, both ends included), the
// cases behind any bar, and CSV of both. Open to every member of staff.
import type restify from 'restify';
import { londonDate, londonTime, shiftDate } from '../../dialogs/london.js';
import { HttpError } from '../http/http-errors.js';
import { measures, type Measure } from '../reports/measures.js';
import { sendPage } from './console-auth.js';
import type { ConsoleDeps, ConsoleRouting } from './console-routing.js';
import { page } from './pages/layout.js';
import { drillPage, reportsPage, type ReportRange } from './pages/reports.page.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 731;

/** The period asked for, or the last 90 days to today; a problem when the dates do not make a period. */
export function readRange(query: Record<string, unknown> | undefined, now: Date): { range: ReportRange; problem?: string } {
  const today = londonDate(now);
  const fallback = { from: shiftDate(today, -89), to: today };
  const from = typeof query?.from === 'string' ? query.from : undefined;
  const to = typeof query?.to === 'string' ? query.to : undefined;
  if (from === undefined && to === undefined) return { range: fallback };
  const valid = (d: string | undefined): d is string =>
    d !== undefined && DAY.test(d) && !Number.isNaN(Date.parse(`${d}T12:00:00Z`)) && new Date(`${d}T12:00:00Z`).toISOString().startsWith(d);
  if (!valid(from) || !valid(to)) return { range: fallback, problem: 'Give both dates as day, month and year. Showing the last 90 days.' };
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days < 0) return { range: fallback, problem: 'The start date is after the end date. Showing the last 90 days.' };
  if (days > MAX_DAYS) return { range: fallback, problem: 'A report covers at most two years. Showing the last 90 days.' };
  return { range: { from, to } };
}

const bounds = (r: ReportRange): [Date, Date] => [londonTime(r.from, '00:00'), londonTime(shiftDate(r.to, 1), '00:00')];

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvLine = (fields: (string | number | undefined)[]): string => `${fields.map(csvField).join(',')}\r\n`;

function sendCsv(res: restify.Response, name: string, body: string): void {
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(`\uFEFF${body}`);
}

export function registerReports(server: restify.Server, deps: ConsoleDeps, routing: ConsoleRouting): void {
  const { staffRoute, frame } = routing;
  const compute = async (range: ReportRange): Promise<Measure[]> => {
    const [from, to] = bounds(range);
    return measures(await deps.reports.facts(from, to), from, to, { homes: deps.homes });
  };
  const bar = async (req: restify.Request) => {
    const { range, problem } = readRange(req.query, deps.now());
    if (problem) throw new HttpError(400, 'bad-range', problem);
    const m = (await compute(range)).find((x) => x.id === req.query?.measure);
    const b = m?.bars.find((x) => x.key === req.query?.bar);
    if (!m || !b) throw new HttpError(404, 'not-found', 'There is no such measure or bar: go back to the reports and choose one.');
    return { range, m, b };
  };

  server.get(
    '/console/reports',
    staffRoute({}, async (req, res, who) => {
      const { range, problem } = readRange(req.query, deps.now());
      sendPage(res, problem ? 400 : 200, page(frame(who, 'reports'), 'Reports', reportsPage(await compute(range), range, problem)));
    }),
  );

  server.get(
    '/console/reports.csv',
    staffRoute({}, async (req, res) => {
      const { range, problem } = readRange(req.query, deps.now());
      if (problem) throw new HttpError(400, 'bad-range', problem);
      let body = csvLine(['measure', 'bar', 'value', 'numerator', 'denominator', 'cases', 'from', 'to']);
      for (const m of await compute(range)) {
        for (const b of m.bars) body += csvLine([m.id, b.label, b.value, b.numerator, b.denominator, b.items.length, range.from, range.to]);
      }
      sendCsv(res, `doorstep-reports-${range.from}-to-${range.to}.csv`, body);
    }),
  );

  server.get(
    '/console/reports/cases',
    staffRoute({}, async (req, res, who) => {
      const { range, m, b } = await bar(req);
      sendPage(res, 200, page(frame(who, 'reports'), `${m.id}: ${b.label}`, drillPage(m, b.label, b.items, range, b.key)));
    }),
  );

  server.get(
    '/console/reports/cases.csv',
    staffRoute({}, async (req, res) => {
      const { range, m, b } = await bar(req);
      let body = csvLine(['measure', 'bar', 'reference', 'detail']);
      for (const i of b.items) body += csvLine([m.id, b.label, i.reference, i.note]);
      sendCsv(res, `doorstep-${m.id.toLowerCase()}-${b.key}-${range.from}-to-${range.to}.csv`, body);
    }),
  );
}
