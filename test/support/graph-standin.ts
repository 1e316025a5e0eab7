// A loopback stand-in for the Graph Send API (POST /{version}/me/messages): it records
// every request as Meta would receive it and answers as Meta does, a message id, or the
// error it is told to give next.
import { createServer, type IncomingMessage } from 'node:http';
import type { GraphSend } from '../../src/channels/messenger.sender.js';

export interface GraphRequest {
  path: string;
  authorization: string | null;
  body: GraphSend;
}

export interface GraphStandIn {
  url: string;
  requests: GraphRequest[];
  /** Requests to one person, in the order they came. */
  to(psid: string): GraphRequest[];
  /** The next `times` requests get this answer instead of a message id. */
  failNext(status: number, error: Record<string, unknown>, times?: number): void;
  /** The next request is taken and never answered (Graph stopped answering). */
  hangNext(): void;
  /** Serves a file at this path, as Meta's CDN serves an attachment; returns its URL. */
  serve(path: string, body: Buffer, contentType: string): string;
  /** How many times each served path was fetched. */
  fetched: Map<string, number>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startGraphStandIn(): Promise<GraphStandIn> {
  const requests: GraphRequest[] = [];
  const failures: ({ status: number; error: Record<string, unknown> } | 'hang')[] = [];
  let n = 0;
  const files = new Map<string, { body: Buffer; contentType: string }>();
  const fetched = new Map<string, number>();
  const server = createServer(async (req, res) => {
    if (req.method === 'GET') {
      const file = files.get(req.url ?? '');
      fetched.set(req.url ?? '', (fetched.get(req.url ?? '') ?? 0) + 1);
      res.writeHead(file ? 200 : 404, { 'content-type': file?.contentType ?? 'text/plain' });
      res.end(file?.body ?? 'not found');
      return;
    }
    const body = JSON.parse(await readBody(req)) as GraphSend;
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization ?? null, body });
    const failure = failures.shift();
    if (failure === 'hang') return;
    res.setHeader('content-type', 'application/json');
    if (failure) {
      res.writeHead(failure.status);
      res.end(JSON.stringify({ error: { type: 'OAuthException', fbtrace_id: 'trace', ...failure.error } }));
      return;
    }
    res.writeHead(200);
    res.end(JSON.stringify({ recipient_id: body.recipient.id, message_id: `m_standin_${(n += 1)}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    to: (psid) => requests.filter((r) => r.body.recipient.id === psid),
    failNext(status, error, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push({ status, error });
    },
    hangNext() {
      failures.push('hang');
    },
    serve(path, body, contentType) {
      files.set(path, { body, contentType });
      return `http://127.0.0.1:${port}${path}`;
    },
    fetched,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
