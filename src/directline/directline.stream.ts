// The Direct Line WebSocket stream: a connected visitor gets every activity of their
// conversation after the watermark they came with, then each new one as it is stored, as
// {activities, watermark} frames. Activities are read from the store, never from memory,
// so a frame can never skip one: each socket sends in watermark order from where it was.
// A new activity wakes the sockets of its conversation: in this process directly, and in
// every other process through PostgreSQL's NOTIFY (WebStore.watch). A slow poll is the net
// under both.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { WebStore } from '../channels/web.store.js';
import type { Logger } from '../log/logger.js';
import type { Listening } from '../store/pg-listen.js';

interface Client {
  socket: WebSocket;
  conversationId: string;
  watermark: number;
  /** Sends run one after another per socket. */
  chain: Promise<void>;
  alive: boolean;
}

export interface StreamOptions {
  /** How often each socket looks for activities another process stored. */
  pollMs?: number;
  /** How often a ping checks the visitor is still there. */
  pingMs?: number;
}

export class DirectLineStream {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  private readonly byConversation = new Map<string, Set<Client>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly watching: Listening | null;

  constructor(
    private readonly web: WebStore,
    private readonly log: Logger,
    options: StreamOptions = {},
  ) {
    const poll = setInterval(() => {
      for (const id of this.byConversation.keys()) this.notify(id);
    }, options.pollMs ?? 5_000);
    const ping = setInterval(() => {
      for (const clients of this.byConversation.values()) {
        for (const c of clients) {
          if (!c.alive) c.socket.terminate();
          else {
            c.alive = false;
            c.socket.ping();
          }
        }
      }
    }, options.pingMs ?? 30_000);
    poll.unref();
    ping.unref();
    this.timers.push(poll, ping);
    this.watching = web.watch(
      (conversationId) => this.notify(conversationId),
      () => {
        for (const id of this.byConversation.keys()) this.notify(id);
      },
      (error) => this.log.warn({ err: error }, 'direct line: not hearing other processes; retrying'),
    );
  }

  /** Takes the upgrade of a request already checked (its token names this conversation). */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer, conversationId: string, watermark: number): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const client: Client = { socket: ws, conversationId, watermark, chain: Promise.resolve(), alive: true };
      const set = this.byConversation.get(conversationId) ?? new Set<Client>();
      set.add(client);
      this.byConversation.set(conversationId, set);
      ws.on('pong', () => {
        client.alive = true;
      });
      // A visitor has nothing to say on the stream; what they send goes by POST.
      ws.on('message', () => {});
      ws.on('error', () => ws.terminate());
      ws.on('close', () => {
        set.delete(client);
        if (set.size === 0) this.byConversation.delete(conversationId);
      });
      this.push(client);
    });
  }

  /** Something was stored in this conversation: its sockets send what they have not sent. */
  notify(conversationId: string): void {
    for (const client of this.byConversation.get(conversationId) ?? []) this.push(client);
  }

  private push(client: Client): void {
    client.chain = client.chain.then(async () => {
      if (client.socket.readyState !== client.socket.OPEN) return;
      try {
        const activities = await this.web.activitiesAfter(client.conversationId, client.watermark);
        if (activities.length === 0) return;
        client.watermark = activities[activities.length - 1]!.seq;
        client.socket.send(JSON.stringify({ activities: activities.map((a) => a.activity), watermark: String(client.watermark) }));
      } catch (error) {
        // The store did not answer: the next notice or poll tries again from the same watermark.
        this.log.warn({ err: error }, 'direct line stream could not read activities; will retry');
      }
    });
  }

  /** Attaches to the HTTP server's upgrades; `route` decides which are ours (and checks them), refusing the rest. */
  attach(server: Server, route: (req: IncomingMessage) => { conversationId: string; watermark: number } | null): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const target = route(req);
      if (!target) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      this.accept(req, socket, head, target.conversationId, target.watermark);
    });
  }

  connections(): number {
    let n = 0;
    for (const s of this.byConversation.values()) n += s.size;
    return n;
  }

  close(): void {
    void this.watching?.close();
    for (const t of this.timers) clearInterval(t);
    for (const clients of this.byConversation.values()) for (const c of clients) c.socket.terminate();
    this.byConversation.clear();
    this.wss.close();
  }
}
