// The queue page and its live stream (see queue-stream.ts).
import type restify from 'restify';
import { sendPage, stillSignedIn } from './console-auth.js';
import type { ConsoleDeps, ConsoleRouting } from './console-routing.js';
import { page } from './pages/layout.js';
import { queuePage, queueTables } from './pages/queue.page.js';
import { orderQueue, readFilter, type QueueFilter } from './queue.js';
import { QueueStreams } from './queue-stream.js';

/** The queue shows conversations with anything said in this long, besides every open one. */
const RECENT_MS = 14 * 24 * 3_600_000;
const QUEUE_LIMIT = 300;

/** The filter as a query string, in one fixed order (pages with the same filter share a rendering). */
function filterQuery(filter: QueueFilter): string {
  const q = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  return q ? `?${q}` : '';
}

export function registerQueue(server: restify.Server, deps: ConsoleDeps, routing: ConsoleRouting): QueueStreams {
  const { staff, log } = deps;
  const { staffRoute, frame } = routing;
  const { pack } = deps.engine;
  const labels = Object.fromEntries([...pack.repairs.priorities.map((p) => [p.id, p.label]), ...pack.asb.grades.map((g) => [g.id, g.label])]);
  const queueRows = async (filter: QueueFilter) => {
    const now = deps.now();
    const clock = { now, answerMinutes: deps.engine.pack.handoff.answerWithinMinutes };
    return orderQueue(await deps.reads.queue(new Date(now.getTime() - RECENT_MS), QUEUE_LIMIT), filter, clock);
  };
  const streams = new QueueStreams({
    event: 'queue',
    fingerprint: () => deps.reads.fingerprint(),
    render: async (key) => queueTables(await queueRows(readFilter(Object.fromEntries(new URLSearchParams(key)))), deps.now(), labels),
    log,
  });

  server.get(
    '/console',
    staffRoute({}, async (req, res, who) => {
      const filter = readFilter(req.query);
      sendPage(res, 200, page(frame(who, 'queue'), 'Queue', queuePage(await queueRows(filter), filter, deps.now(), filterQuery(filter), labels)));
    }),
  );

  server.get(
    '/console/queue/stream',
    staffRoute({}, async (req, res, who) => {
      const filter = readFilter(req.query);
      const key = filterQuery(filter).slice(1);
      const first = queueTables(await queueRows(filter), deps.now(), labels);
      streams.add(res, { key, stillValid: () => stillSignedIn(staff, who, deps.now()) }, first);
    }),
  );

  return streams;
}
