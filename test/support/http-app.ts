import { randomBytes } from 'node:crypto';
// A real server on a loopback port, in this process: the restify app, a SQL store, the
// engine and the outbox dispatcher, with webhooks signed by the twilio library.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import twilio from 'twilio';
import { ConversationEngine } from '../../src/engine/conversation-engine.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { createApp, type App } from '../../src/server/app.js';
import { createLogger } from '../../src/log/logger.js';
import { OutboxDispatcher } from '../../src/scheduler/outbox-dispatcher.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { LocalOutboxSender, readOutbox } from '../../src/sms/local-outbox.sender.js';
import type { SmsSender } from '../../src/sms/sms-sender.js';
import type { Store } from '../../src/store/store.js';
import { SqlStore } from '../../src/store/sql.store.js';
import { ANONYMOUS, setUpWebChat, type WebChatSetup } from '../../src/webchat/web-chat.setup.js';
import type { BotCredentials } from '../../src/channels/bot-framework.adapter.js';
import { Channels } from '../../src/channels/channel.js';
import { GRAPH_BASE_URL, messengerChannel } from '../../src/channels/messenger.sender.js';
import { PhotoFiles } from '../../src/photos/photo-files.js';
import { PhotoFetcher } from '../../src/photos/photo-fetcher.js';
import { UploadLinks } from '../../src/photos/upload-links.js';
import { SMS_CAPABILITIES } from '../../dialogs/render.js';
import { StaffStore } from '../../src/staff/staff.store.js';
import { ConsoleReads } from '../../src/store/console-reads.js';
import { ReportReads } from '../../src/store/report-reads.js';

export const TOKEN = 'test-auth-token-0123456789abcdef';
/** The Messenger app secret, verify token and page token the test server is started with. */
export const MESSENGER_SECRET = 'test-messenger-app-secret-0123456789';
export const MESSENGER_VERIFY_TOKEN = 'test-verify-token-42';
export const MESSENGER_PAGE_TOKEN = 'test-page-access-token-0123456789abcdef';
/** The /api key the test server is started with. */
export const API_KEY = 'test-api-key-0123456789abcdef';

export interface RunningApp {
  url: string;
  app: App;
  store: Store;
  engine: ConversationEngine;
  dispatcher: OutboxDispatcher;
  /** Polls every 50 ms; tests with a fixed clock call tick() to run what is due. */
  scheduler: Scheduler;
  outboxPath: string;
  /** Fetches queued photos when kicked (it does not poll in tests). */
  photoFetcher: PhotoFetcher;
  photoFiles: PhotoFiles;
  /** Console accounts, when the app was started with the console. */
  staff: StaffStore | null;
  /** Web chat, when the app was started with it. */
  webChat: WebChatSetup | null;
  /** Calls /api with the key (or `key`: null sends none). */
  api(method: 'GET' | 'POST', path: string, body?: unknown, key?: string | null): Promise<Response>;
  /** Posts a form to `path`, signed with TOKEN unless `signature` is given (null: none). */
  post(path: string, params: Record<string, string>, signature?: string | null): Promise<Response>;
  outbox(to?: string): Promise<Awaited<ReturnType<typeof readOutbox>>>;
  close(): Promise<void>;
}

export async function startApp(
  store: Store,
  options: {
    authToken?: string | null;
    sender?: (outboxPath: string) => SmsSender;
    now?: () => Date;
    logTo?: NodeJS.WritableStream;
    /** Serve web chat (a SQL store only): anonymous unless credentials are given. */
    webChat?: BotCredentials | true;
    /** Serve Messenger: signatures checked with MESSENGER_SECRET, replies to the Graph stand-in at this URL (or the local outbox). */
    messenger?: { graphUrl: string | null };
    /** Quote repairs on SMS and web chat with a one-time photo upload link (GET and POST /p/:token). */
    uploads?: boolean;
    /** Serve the staff console (a SQL store only); its accounts are in `staff`. */
    console?: boolean;
    /** Homes managed, for the console's per-1,000 measures. */
    homes?: number;
    /** PUBLIC_URL as the app sees it (by default the loopback address it listens on). */
    publicUrl?: string;
    /** How often web chat sockets poll for what they were not told of. */
    directLinePollMs?: number;
  } = {},
): Promise<RunningApp> {
  const authToken = options.authToken === undefined ? TOKEN : options.authToken;
  const outboxPath = join(mkdtempSync(join(tmpdir(), 'doorstep-outbox-')), 'sms-outbox.jsonl');
  const log = options.logTo ? createLogger('info', options.logTo) : createLogger('silent');
  const sender = options.sender ? options.sender(outboxPath) : new LocalOutboxSender(outboxPath);
  let webChat: WebChatSetup | null = null;
  if (options.webChat) {
    if (!(store instanceof SqlStore)) throw new Error('web chat needs a SQL store');
    webChat = await setUpWebChat(store.db, options.webChat === true ? ANONYMOUS : options.webChat);
  }
  const messenger = options.messenger
    ? messengerChannel({
        pageAccessToken: options.messenger.graphUrl ? MESSENGER_PAGE_TOKEN : null,
        version: 'v26.0',
        baseUrl: options.messenger.graphUrl ?? GRAPH_BASE_URL,
        localOutbox: join(dirname(outboxPath), 'messenger-outbox.jsonl'),
        timeoutMs: 2_000,
      })
    : null;
  const channels = new Channels([
    { name: 'sms', capabilities: SMS_CAPABILITIES, sender },
    ...(webChat ? [webChat.channel] : []),
    ...(messenger ? [messenger] : []),
  ]);
  let publicUrl = '';
  let staff: StaffStore | null = null;
  if (options.console) {
    if (!(store instanceof SqlStore)) throw new Error('the console needs a SQL store');
    staff = new StaffStore(store.db);
  }
  const uploadLinks = options.uploads ? new UploadLinks(randomBytes(32), () => publicUrl) : null;
  const engine = new ConversationEngine({
    pack: loadPolicy('nph'),
    store,
    capabilities: (c) => channels.capabilities(c),
    ...(uploadLinks ? { uploadLinks } : {}),
  });
  const dispatcher = new OutboxDispatcher({
    store,
    sender,
    senders: Object.fromEntries(channels.list().map((c) => [c.name, c.sender])),
    log,
    pollMs: 50,
    ...(options.now ? { now: options.now } : {}),
  });
  // The public URL is known once the port is: the app reads it per request.
  const signatures = { authToken, publicUrl: '' };
  const photoFiles = new PhotoFiles(join(dirname(outboxPath), 'photos'));
  // Photos are fetched from loopback stand-ins only.
  const photoFetcher = new PhotoFetcher({
    store,
    files: photoFiles,
    log,
    hosts: [],
    insecureHosts: ['127.0.0.1'],
    ...(options.now ? { now: options.now } : {}),
  });
  const scheduler = new Scheduler({ store, log, pollMs: 50, onQueued: () => void dispatcher.kick(), ...(options.now ? { now: options.now } : {}) });
  const app = createApp({
    engine,
    store,
    dispatcher,
    log,
    signatures,
    apiKey: API_KEY,
    onScheduled: () => void scheduler.tick(),
    ...(options.now ? { now: options.now } : {}),
    ...(webChat ? { webChat } : {}),
    ...(messenger ? { messenger: { appSecret: MESSENGER_SECRET, verifyToken: MESSENGER_VERIFY_TOKEN } } : {}),
    photoFiles,
    ...(uploadLinks ? { uploadLinks } : {}),
    ...(staff
      ? { console: { staff, reads: new ConsoleReads((store as SqlStore).db), reports: new ReportReads((store as SqlStore).db), homes: options.homes ?? null } }
      : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(options.directLinePollMs ? { directLinePollMs: options.directLinePollMs } : {}),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address() as { port: number };
  publicUrl = `http://127.0.0.1:${address.port}`;
  signatures.publicUrl = publicUrl;
  dispatcher.start();
  scheduler.start();
  return {
    url: publicUrl,
    app,
    store,
    engine,
    dispatcher,
    scheduler,
    outboxPath,
    photoFetcher,
    photoFiles,
    staff,
    webChat,
    async api(method, path, body, key) {
      const headers: Record<string, string> = {};
      const k = key === undefined ? API_KEY : key;
      if (k !== null) headers.authorization = `Bearer ${k}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      return fetch(`${publicUrl}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    },
    async post(path, params, signature) {
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
      const sig = signature === undefined ? (authToken ? twilio.getExpectedTwilioSignature(authToken, `${publicUrl}${path}`, params) : null) : signature;
      if (sig) headers['x-twilio-signature'] = sig;
      return fetch(`${publicUrl}${path}`, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
    },
    async outbox(to) {
      await dispatcher.kick();
      const lines = await readOutbox(outboxPath);
      return to ? lines.filter((l) => l.to === to) : lines;
    },
    async close() {
      app.closeStreams();
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await scheduler.stop();
      await dispatcher.stop();
    },
  };
}

let sid = 0;
/** A fresh Twilio-style MessageSid. */
export const messageSid = (): string => `SM${String((sid += 1)).padStart(32, '0')}`;

export function smsParams(from: string, body: string, extra: Record<string, string> = {}): Record<string, string> {
  return { MessageSid: messageSid(), AccountSid: `AC${'1'.repeat(32)}`, From: from, To: '+441604000000', Body: body, NumMedia: '0', ...extra };
}
