// The staff console under /console: sign-in and sign-out, the live queue, a conversation
// with its actions, and the supervisors' staff list and audit log. Pages are rendered on
// the server; the browser loads only our stylesheet, and htmx and its SSE extension served
// from node_modules as they ship. Every route but sign-in needs a session; every POST
// needs the session's CSRF token; supervisors' routes need the role; each staff action
// goes in the audit log.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type restify from 'restify';
import { consoleRouting, type ConsoleDeps } from './console-routing.js';
import { registerSignIn } from './sign-in.routes.js';
import { registerQueue } from './queue.routes.js';
import { registerStaffPages } from './staff.routes.js';
import { registerConversation } from './conversation.routes.js';
import { registerReports } from './reports.routes.js';

export type { ConsoleDeps } from './console-routing.js';

const require = createRequire(import.meta.url);
const ASSETS: Record<string, { type: string; body: Buffer }> = {
  'htmx.min.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js')) },
  'sse.min.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(require.resolve('htmx-ext-sse/dist/sse.min.js')) },
  'console.css': { type: 'text/css; charset=utf-8', body: readFileSync(new URL('./console.css', import.meta.url)) },
};

export function registerConsole(server: restify.Server, deps: ConsoleDeps): { close(): void } {
  server.get('/console/assets/:file', async (req, res) => {
    const asset = ASSETS[String(req.params.file)];
    if (!asset) {
      res.send(404, { error: 'not-found', message: 'There is nothing at this address.' });
      return;
    }
    res.writeHead(200, {
      'content-type': asset.type,
      'content-length': asset.body.length,
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    res.end(asset.body);
  });

  const routing = consoleRouting(deps);
  registerSignIn(server, deps, routing);
  const streams = registerQueue(server, deps, routing);
  const transcripts = registerConversation(server, deps, routing);
  registerStaffPages(server, deps, routing);
  registerReports(server, deps, routing);
  return {
    close: () => {
      streams.close();
      transcripts.close();
    },
  };
}
