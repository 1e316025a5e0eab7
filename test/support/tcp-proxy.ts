// A loopback TCP proxy to put between the server process and PostgreSQL, so a test can
// make the database misbehave as networks and failovers do, while the database itself and
// the server under test stay real: nothing is mocked, only the wire between them.
//
//   forward    bytes pass both ways (new connections get a fresh upstream connection).
//   refuse     the database is unreachable: new connections are reset as soon as they are
//              accepted, and every open one is reset, at both ends.
//   blackhole  the database stops answering: new connections are accepted and then hear
//              nothing, and open ones stay open but carry nothing either way. Bytes are read
//              and dropped; a close at one end is not passed to the other.
//
// Black-holed connections stay stalled after the mode goes back to 'forward': a stream that
// lost bytes can never carry the protocol again, and a real network would leave such a
// connection dead until a timeout at one end gave up on it. So the client must give up on
// its own (its timeouts are what a black-hole test checks); only new connections are served.
// dropConnections() or close() still reset them, at both ends.
import { connect, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'forward' | 'refuse' | 'blackhole';

export interface TcpProxy {
  readonly port: number;
  readonly mode: ProxyMode;
  /** Client connections open now, forwarding or stalled. */
  readonly connections: number;
  setMode(mode: ProxyMode): void;
  /** Resets every open connection at both ends (a dropped link, a failover); returns how many. */
  dropConnections(): number;
  /** `url` (a postgres:// URL) with its host and port changed to the proxy's. */
  urlFor(url: string): string;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket | null;
  stalled: boolean;
}

/** Starts a proxy on a free loopback port, forwarding to `target`. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = 'forward';
  const pairs = new Set<Pair>();

  const reset = (pair: Pair): void => {
    pairs.delete(pair);
    for (const socket of [pair.client, pair.upstream]) if (socket && !socket.destroyed) socket.resetAndDestroy();
  };

  const forget = (pair: Pair): void => {
    if (pair.client.destroyed && (!pair.upstream || pair.upstream.destroyed)) pairs.delete(pair);
  };

  /**
   * Copies `from` to `to` while the pair forwards, with backpressure, and passes a close on
   * as it came (an orderly end as an end, so what was sent before it still arrives; an error
   * as a reset). Once the pair stalls, everything is dropped and nothing is passed on.
   */
  const relay = (pair: Pair, from: Socket, to: Socket): void => {
    from.on('data', (chunk: Buffer) => {
      if (pair.stalled) return;
      if (!to.write(chunk)) {
        from.pause();
        to.once('drain', () => from.resume());
      }
    });
    from.on('end', () => {
      if (!pair.stalled) to.end();
    });
    from.on('close', (hadError) => {
      if (!pair.stalled && hadError) reset(pair);
      forget(pair);
    });
  };

  const server: Server = createServer((client) => {
    client.on('error', () => {});
    if (mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    const pair: Pair = { client, upstream: null, stalled: mode === 'blackhole' };
    pairs.add(pair);
    if (pair.stalled) {
      // Read and drop, so the client's writes succeed and go nowhere; nothing comes back.
      client.on('data', () => {});
      client.on('close', () => forget(pair));
      return;
    }
    // Writes before the upstream connects are queued by the socket itself.
    const upstream = connect(target.port, target.host);
    upstream.on('error', () => {});
    pair.upstream = upstream;
    relay(pair, client, upstream);
    relay(pair, upstream, client);
  });
  server.on('error', () => {});

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    get mode() {
      return mode;
    },
    get connections() {
      return pairs.size;
    },
    setMode(next) {
      mode = next;
      if (next === 'refuse') for (const pair of [...pairs]) reset(pair);
      if (next === 'blackhole') {
        for (const pair of pairs) {
          pair.stalled = true;
          // A paused side (waiting for a drain that will not come) must still swallow what arrives.
          pair.client.resume();
          pair.upstream?.resume();
        }
      }
    },
    dropConnections() {
      const n = pairs.size;
      for (const pair of [...pairs]) reset(pair);
      return n;
    },
    urlFor(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    async close() {
      for (const pair of [...pairs]) reset(pair);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
