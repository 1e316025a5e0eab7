// Two servers on one PostgreSQL, as PROCESSES=2 runs them: a visitor's socket is held by
// one, their message is taken by the other, and the answer still reaches the socket at once,
// told by PostgreSQL's NOTIFY (the sockets' own poll is set to ten minutes here, so nothing
// else could bring it). When the listening connection is killed it is opened again, and a
// reply stored meanwhile is not lost.
import pg from 'pg';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { SqlStore } from '../../src/store/sql.store.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';
import { startApp, type RunningApp } from '../support/http-app.js';
import { dl, visitor, type Activity } from '../support/direct-line-client.js';

const TEN_MINUTES = 600_000;

describe.runIf(DATABASE_URL)('web chat across server processes (PostgreSQL NOTIFY)', () => {
  let db: { url: string; drop(): Promise<void> };
  let stores: SqlStore[] = [];
  let holder: RunningApp;
  let taker: RunningApp;

  beforeAll(async () => {
    db = await freshDatabase();
    stores = [await openStore({ databaseUrl: db.url, dataDir: null }), await openStore({ databaseUrl: db.url, dataDir: null })];
    holder = await startApp(stores[0]!, { webChat: true, directLinePollMs: TEN_MINUTES });
    taker = await startApp(stores[1]!, { webChat: true, directLinePollMs: TEN_MINUTES });
  });
  afterAll(async () => {
    for (const app of [holder, taker]) {
      app?.app.closeStreams();
      await app?.close?.();
    }
    for (const s of stores) await s.close();
    await db?.drop();
  });

  /** A socket on the holder for a new conversation, and what it has been sent. */
  async function socketOnHolder() {
    const v = await visitor(holder.url);
    const started = (await (await dl(holder.url, v.token).reconnect(v.conversationId, 0)).json()) as { streamUrl: string };
    const frames: { activities: Activity[] }[] = [];
    const socket = new WebSocket(started.streamUrl);
    socket.on('message', (data) => frames.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const botSaid = async (count: number): Promise<Activity[]> => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const said = frames.flatMap((f) => f.activities).filter((a) => a.from.role === 'bot');
        if (said.length >= count || Date.now() > deadline) return said;
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    return { v, socket, botSaid };
  }

  it("sends the answer to the socket one server holds when the other server took the visitor's message", async () => {
    const { v, socket, botSaid } = await socketOnHolder();
    try {
      const before = (await botSaid(1)).length;
      const posted = await dl(taker.url, v.token).post(v.conversationId, 'my kitchen tap is dripping');
      expect(posted.status).toBe(200);
      const said = await botSaid(before + 1);
      expect(said.length).toBeGreaterThan(before);
      expect(said.map((a) => a.text).join(' ')).toMatch(/tap/i);
    } finally {
      socket.close();
    }
  });

  it('hears again after its listening connection is killed, and misses nothing stored meanwhile', async () => {
    const { v, socket, botSaid } = await socketOnHolder();
    try {
      const before = (await botSaid(1)).length;
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      try {
        const killed = await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'doorstep-listen' and datname = current_database()`,
        );
        expect(killed.rowCount).toBe(2);
      } finally {
        await admin.end();
      }
      // Posted while the listeners are down or coming back: the reply is found when they are back.
      const posted = await dl(taker.url, v.token).post(v.conversationId, 'the bedroom light does not work');
      expect(posted.status).toBe(200);
      const said = await botSaid(before + 1);
      expect(said.length).toBeGreaterThan(before);
      expect(said.map((a) => a.text).join(' ')).toMatch(/light/i);
    } finally {
      socket.close();
    }
  });
});
