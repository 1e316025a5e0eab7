// A loopback proxy in front of PostgreSQL that counts what the server under test asks of it,
// read from the wire protocol's frames (no change to the server): statements (a simple
// Query, or an Execute of the extended protocol) and round trips: each write from the
// client that ends at least one batch (a Query, or a Sync that ends extended-protocol
// messages) and then waits for the answer. Doorstep pipelines a transaction's begin with
// its first statement and its commit with its last, so a write may carry several batches;
// on loopback each write arrives as one read here.
// Everything the process does counts: turns, and the scheduler's and dispatcher's polling.
import net from 'node:net';

export interface PgCounter {
  port: number;
  counts(): { statements: number; roundTrips: number };
  close(): Promise<void>;
}

export async function startPgCounter(target: { host: string; port: number }): Promise<PgCounter> {
  let statements = 0;
  let roundTrips = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    // Passed on as it comes, as a direct connection would (pg sets no delay on its own).
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client);
    sockets.add(upstream);
    let pending = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      let batches = 0;
      for (;;) {
        if (!started) {
          // The startup message (and an SSL request before it) has a length but no type byte.
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(length);
          if (code !== 80877103) started = true;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) break;
        const type = String.fromCharCode(pending[0]!);
        if (type === 'Q') {
          statements += 1;
          batches += 1;
        } else if (type === 'E') statements += 1;
        else if (type === 'S') batches += 1;
        pending = pending.subarray(length + 1);
      }
      if (batches > 0) roundTrips += 1;
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    counts: () => ({ statements, roundTrips }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
