// LISTEN on PostgreSQL: how one server process hears what another stored (a web chat reply
// written by the process that took the visitor's message, for the socket another process
// holds). A connection of its own, outside the pool, kept for the life of the process; when
// it drops (a restart, a failover, a killed backend) it is opened again with a growing wait,
// and `onGap` is told, because notices sent meanwhile are lost: the caller looks again.
import pg from 'pg';

export interface ListenHandlers {
  onPayload: (payload: string) => void;
  /** The connection was lost and is back: anything notified meanwhile was missed. */
  onGap: () => void;
  /** Each failure to connect or lost connection, for the log. */
  onError?: (error: Error) => void;
}

export interface Listening {
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 30_000;

/** Listens on `channel` until closed, reconnecting for as long as it takes. */
export function listenFor(url: string, channel: string, handlers: ListenHandlers): Listening {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a plain channel name: ${channel}`);
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | null = null;
  /** A connection failed since the last good one: notices may have been missed. */
  let missed = false;

  const retry = (error: Error) => {
    handlers.onError?.(error);
    missed = true;
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, retryMs);
    timer.unref();
    retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, application_name: 'doorstep-listen', keepAlive: true, connectionTimeoutMillis: 5_000 });
    client = c;
    // One failure report per connection, however it fails (an error, then an end).
    let failed = false;
    const lost = (error: Error) => {
      if (failed) return;
      failed = true;
      c.removeAllListeners('notification');
      c.end().catch(() => {});
      if (client === c) client = null;
      retry(error);
    };
    c.on('error', lost);
    c.on('end', () => lost(new Error('the listening connection ended')));
    c.on('notification', (n) => {
      if (n.channel === channel && n.payload) handlers.onPayload(n.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (error) {
      lost(error as Error);
      return;
    }
    if (closed) {
      await c.end().catch(() => {});
      return;
    }
    retryMs = FIRST_RETRY_MS;
    if (missed) handlers.onGap();
    missed = false;
  };

  void connect();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners('end');
        c.removeAllListeners('error');
        c.on('error', () => {});
        await c.end().catch(() => {});
      }
    },
  };
}
