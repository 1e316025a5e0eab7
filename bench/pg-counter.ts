// A loopback proxy in front of PostgreSQL that counts what the server under test asks of it,
// read from the wire protocol's frames (no change to the server): statements (a simple
// Query, or an Execute of the extended protocol) and round trips (a Query, or a Sync that
// ends a batch of extended-protocol messages, each waits for the database's answer).
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
    sockets.add(client);
    sockets.add(upstream);
    let pending = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
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
          roundTrips += 1;
        } else if (type === 'E') statements += 1;
        else if (type === 'S') roundTrips += 1;
        pending = pending.subarray(length + 1);
      }
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
