// Sending to a tenant on Messenger: the request Graph gets (quick replies and text within
// Meta's limits, the messaging type the window allows), a message the window forbids
// diverted before anything is sent, Graph's answers against a loopback stand-in, and the
// local outbox a developer reads when no page token is set.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GraphApiTransport,
  type GraphSend,
  type GraphTransport,
  graphSend,
  LocalGraphTransport,
  MessengerSender,
  type MessengerOutboxLine,
} from '../../src/channels/messenger.sender.js';
import type { OutboundToSend, Sent } from '../../src/outbound/channel-sender.js';
import { SendError } from '../../src/sms/sms-sender.js';

const NOW = new Date('2026-07-15T12:00:00Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const TOKEN = 'EAAGpageAccessToken0123456789';

const message = (over: Partial<OutboundToSend> = {}): OutboundToSend => ({
  id: 41,
  to: '7001',
  body: 'Thanks, we have booked your repair.',
  segments: 1,
  encoding: 'UCS-2',
  ...over,
});

/** What a promise rejected with, or null if it did not. */
const failure = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('the request Graph gets for one message', () => {
  it('offers at most 13 quick replies, each title cut to 20 characters on a whole character, each sending its answer', () => {
    const choices = Array.from({ length: 20 }, (_, i) => ({ title: `${i + 1} Report a repair in the kitchen`, value: String(i + 1) }));
    choices[2] = { title: 'Repair 🔧🔧🔧🔧🔧🔧🔧🔧', value: '3' };
    const replies = graphSend(message({ choices }), { messagingType: 'RESPONSE' }).message.quick_replies!;
    expect(replies).toHaveLength(13);
    replies.forEach((r, i) => {
      expect(r.content_type).toBe('text');
      expect(r.title.length).toBeLessThanOrEqual(20);
      expect(r.title.isWellFormed()).toBe(true);
      expect(choices[i]!.title.startsWith(r.title)).toBe(true);
      expect(r.payload).toBe(String(i + 1));
    });
    expect(replies[0]!.title).toBe('1 Report a repair in');
    expect(replies[2]!.title).toBe('Repair 🔧🔧🔧🔧🔧🔧');
  });

  it('keeps a short title as it is, and sends no quick replies when there are no answers to offer', () => {
    expect(graphSend(message({ choices: [{ title: 'Yes', value: 'YES' }] }), { messagingType: 'RESPONSE' }).message.quick_replies).toEqual([
      { content_type: 'text', title: 'Yes', payload: 'YES' },
    ]);
    expect(graphSend(message(), { messagingType: 'RESPONSE' }).message).not.toHaveProperty('quick_replies');
    expect(graphSend(message({ choices: [] }), { messagingType: 'RESPONSE' }).message).not.toHaveProperty('quick_replies');
  });

  it('keeps the text under 2,000 characters however long the message, without splitting an emoji', () => {
    for (const body of ['a'.repeat(5000), `${'a'.repeat(1998)}😀😀`, `${'Mae’r '.repeat(600)}`]) {
      const text = graphSend(message({ body }), { messagingType: 'UPDATE' }).message.text;
      expect(text.length).toBeLessThan(2000);
      expect(text.length).toBeGreaterThan(1900);
      expect(text.isWellFormed()).toBe(true);
      expect(body.startsWith(text)).toBe(true);
    }
    expect(graphSend(message({ body: 'b'.repeat(1999) }), { messagingType: 'UPDATE' }).message.text).toBe('b'.repeat(1999));
  });

  it('sends to the tenant with the messaging type the window allows, and a tag only for a human agent', () => {
    const response = graphSend(message(), { messagingType: 'RESPONSE' });
    expect(response).toEqual({ recipient: { id: '7001' }, messaging_type: 'RESPONSE', message: { text: 'Thanks, we have booked your repair.' } });
    const update = graphSend(message(), { messagingType: 'UPDATE' });
    expect(update.messaging_type).toBe('UPDATE');
    expect(update).not.toHaveProperty('tag');
    const agent = graphSend(message(), { messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    expect(agent).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
  });
});

class RecordingTransport implements GraphTransport {
  readonly describe = 'recording';
  readonly posts: { outboxId: number; request: GraphSend }[] = [];
  async post(outboxId: number, request: GraphSend): Promise<Sent> {
    this.posts.push({ outboxId, request });
    return { providerId: `m_${outboxId}`, sender: 'page' };
  }
}

describe('sending within the messaging window', () => {
  it('diverts an automated reminder to someone who last wrote over 24 hours ago, and sends nothing to Graph', async () => {
    const transport = new RecordingTransport();
    const error = await failure(new MessengerSender(transport).send(message({ origin: 'automated', lastInboundAt: new Date(NOW.getTime() - 25 * HOUR) }), NOW));
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ divert: true, permanent: true });
    expect(transport.posts).toHaveLength(0);
  });

  it('sends a staff message on day 3 tagged as from a human agent', async () => {
    const transport = new RecordingTransport();
    const sent = await new MessengerSender(transport).send(message({ origin: 'staff', lastInboundAt: new Date(NOW.getTime() - 3 * DAY) }), NOW);
    expect(sent).toEqual({ providerId: 'm_41', sender: 'page' });
    expect(transport.posts).toHaveLength(1);
    expect(transport.posts[0]!.outboxId).toBe(41);
    expect(transport.posts[0]!.request).toMatchObject({ recipient: { id: '7001' }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
  });

  it('diverts a staff message once 7 days have passed', async () => {
    const transport = new RecordingTransport();
    const error = await failure(new MessengerSender(transport).send(message({ origin: 'staff', lastInboundAt: new Date(NOW.getTime() - 8 * DAY) }), NOW));
    expect(error).toMatchObject({ name: 'SendError', divert: true });
    expect(transport.posts).toHaveLength(0);
  });

  it('sends a reply, or a message with no origin, as a RESPONSE with no tag', async () => {
    const transport = new RecordingTransport();
    const sender = new MessengerSender(transport);
    await sender.send(message({ origin: 'reply', lastInboundAt: new Date(NOW.getTime() - HOUR) }), NOW);
    await sender.send(message({ id: 42, lastInboundAt: new Date(NOW.getTime() - HOUR) }), NOW);
    for (const { request } of transport.posts) {
      expect(request.messaging_type).toBe('RESPONSE');
      expect(request).not.toHaveProperty('tag');
    }
    expect(transport.posts).toHaveLength(2);
  });
});

interface GraphCall {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: GraphSend;
}

/**
 * A stand-in for graph.facebook.com: it answers each tenant id as Meta would in one case,
 * and everyone else with a message id. 'silent' gets no answer at all.
 */
function graphStandIn(calls: GraphCall[]): Server {
  const refusals: Record<string, { status: number; body: string }> = {
    window: {
      status: 400,
      body: JSON.stringify({
        error: { message: '(#10) This message is sent outside of allowed window.', type: 'OAuthException', code: 10, error_subcode: 2018278, fbtrace_id: 'A1' },
      }),
    },
    busy: {
      status: 400,
      body: JSON.stringify({ error: { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4, fbtrace_id: 'A2' } }),
    },
    fault: { status: 500, body: 'Internal Server Error' },
    invalid: { status: 400, body: JSON.stringify({ error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'A3' } }) },
  };
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphSend;
      calls.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
      const to = body.recipient.id;
      if (to === 'silent') return;
      const refusal = refusals[to];
      res.setHeader('content-type', 'application/json');
      res.statusCode = refusal?.status ?? 200;
      res.end(refusal?.body ?? JSON.stringify({ recipient_id: to, message_id: `m_standin_${calls.length}` }));
    });
  });
}

describe('the Graph Send API, against a stand-in on loopback', () => {
  const calls: GraphCall[] = [];
  let server: Server;
  let baseUrl: string;
  const graph = (options: { timeoutMs?: number; baseUrl?: string } = {}) =>
    new GraphApiTransport({ pageAccessToken: TOKEN, version: 'v26.0', baseUrl: options.baseUrl ?? baseUrl, timeoutMs: options.timeoutMs ?? 5000 });
  const post = (to: string, transport: GraphTransport = graph()) => transport.post(41, graphSend(message({ to }), { messagingType: 'RESPONSE' }), NOW);

  beforeAll(async () => {
    server = graphStandIn(calls);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('posts the message to /v26.0/me/messages with the page token, and keeps Graph message id', async () => {
    const sent = await post('7001');
    const call = calls.find((c) => c.body.recipient.id === '7001')!;
    expect(sent).toEqual({ providerId: `m_standin_${calls.indexOf(call) + 1}`, sender: 'page' });
    expect(call).toMatchObject({ method: 'POST', path: '/v26.0/me/messages', authorization: `Bearer ${TOKEN}`, contentType: 'application/json' });
    expect(call.body).toEqual(graphSend(message({ to: '7001' }), { messagingType: 'RESPONSE' }));
  });

  it('carries a staff message on day 3 to Graph tagged HUMAN_AGENT', async () => {
    await new MessengerSender(graph()).send(message({ to: '7002', origin: 'staff', lastInboundAt: new Date(NOW.getTime() - 3 * DAY) }), NOW);
    expect(calls.find((c) => c.body.recipient.id === '7002')!.body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
  });

  it('diverts, and does not retry, a message Graph says is outside the window', async () => {
    const error = await failure(post('window'));
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ permanent: true, divert: true, code: 'graph-10/2018278' });
  });

  it('tries again later when Graph is rate limiting the page', async () => {
    const error = await failure(post('busy'));
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ permanent: false, divert: false, code: 'graph-4' });
  });

  it('tries again later when Graph has a server fault with no JSON answer', async () => {
    const error = await failure(post('fault'));
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ permanent: false, divert: false, code: 'http-500' });
  });

  it('gives up on, and does not divert, a message Graph refuses as invalid', async () => {
    const error = await failure(post('invalid'));
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ permanent: true, divert: false, code: 'graph-100' });
  });

  it('gives up waiting on a Graph that never answers, and tries again later', async () => {
    const error = await failure(post('silent', graph({ timeoutMs: 300 })));
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ permanent: false, divert: false, code: 'network' });
    expect(calls.some((c) => c.body.recipient.id === 'silent')).toBe(true);
  });

  it('tries again later when Graph cannot be reached at all', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    const error = await failure(post('7003', graph({ baseUrl: `http://127.0.0.1:${port}` })));
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ permanent: false, divert: false, code: 'network' });
  });
});

describe('the local Messenger outbox, with no page token', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'doorstep-messenger-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const lines = async (path: string) =>
    (await readFile(path, 'utf8'))
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as MessengerOutboxLine);

  it('writes the request Graph would get, once per message, even when a send is retried or the process restarts', async () => {
    const path = join(dir, 'messenger-outbox.jsonl');
    const local = new LocalGraphTransport(path);
    const first = graphSend(message({ id: 7, body: 'Your repair is booked.' }), { messagingType: 'RESPONSE' });
    expect(await local.post(7, first, NOW)).toEqual({ providerId: 'local-7', sender: 'page' });
    expect(await lines(path)).toEqual([{ id: 'local-7', at: NOW.toISOString(), request: first }]);

    await local.post(7, first, new Date(NOW.getTime() + 1000));
    expect(await lines(path)).toHaveLength(1);

    const second = graphSend(message({ id: 8, body: 'Anything else?' }), { messagingType: 'RESPONSE' });
    await local.post(8, second, NOW);
    expect((await lines(path)).map((l) => l.id)).toEqual(['local-7', 'local-8']);

    // A new process reads the file and does not write the message again either.
    await new LocalGraphTransport(path).post(7, first, NOW);
    expect(await lines(path)).toHaveLength(2);
  });
});
