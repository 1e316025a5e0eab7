// One server process (`npm start` runs it through src/server/start.ts). Reads the
// configuration, opens the store (the embedded PGlite in DATA_DIR unless DATABASE_URL is
// set), runs migrations, loads the demo tenancy list into an empty embedded store, and
// serves HTTP. SIGTERM and SIGINT finish the turns in flight and the sends under way, then exit.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { smsMode, type Config } from '../config/config.js';
import { fail, readConfig } from '../config/startup.js';
import { ConversationEngine } from '../engine/conversation-engine.js';
import { loadPolicyRef } from '../policy/load-policy.js';
import { openStore } from '../store/open-store.js';
import type { SqlStore } from '../store/sql.store.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { StoreError } from '../store/db.js';
import { redact } from '../store/postgres.db.js';
import { LocalOutboxSender } from '../sms/local-outbox.sender.js';
import { TwilioSender } from '../sms/twilio.sender.js';
import type { SmsSender } from '../sms/sms-sender.js';
import { createApp } from './app.js';
import { createLogger } from '../log/logger.js';
import { OutboxDispatcher } from '../scheduler/outbox-dispatcher.js';
import { Scheduler } from '../scheduler/scheduler.js';
import { DEMO_SUPERVISOR, demoSupervisor, demoTenantsBanner, maybeLoadDemoTenants } from './demo.js';
import { StaffStore } from '../staff/staff.store.js';
import { ConsoleReads } from '../store/console-reads.js';
import { ReportReads } from '../store/report-reads.js';
import { setUpWebChat } from '../webchat/web-chat.setup.js';
import { Channels } from '../channels/channel.js';
import { GRAPH_BASE_URL, messengerChannel } from '../channels/messenger.sender.js';
import { PhotoFiles } from '../photos/photo-files.js';
import { workerRole } from './supervisor.js';
import { UploadLinks } from '../photos/upload-links.js';
import { META_ATTACHMENT_HOSTS, PhotoFetcher } from '../photos/photo-fetcher.js';
import { SMS_CAPABILITIES } from '../../dialogs/render.js';
import { warmUpTriage } from '../triage/warm-up.js';

function senderFor(config: Config): SmsSender {
  if (smsMode(config) === 'twilio') {
    return new TwilioSender({
      accountSid: config.TWILIO_ACCOUNT_SID!,
      authToken: config.TWILIO_AUTH_TOKEN!,
      from: config.TWILIO_FROM,
      messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID,
      statusCallback: config.PUBLIC_URL ? `${config.PUBLIC_URL}/sms/status` : undefined,
      apiBaseUrl: config.TWILIO_API_BASE_URL,
    });
  }
  return new LocalOutboxSender(resolve(config.DATA_DIR, 'sms-outbox.jsonl'), config.TWILIO_FROM);
}

const config = readConfig();
// Under a supervisor (PROCESSES above 1), which of its processes this is: in every log line.
const role = workerRole();
const log = role.index ? createLogger(config.LOG_LEVEL).child({ process: role.index }) : createLogger(config.LOG_LEVEL);
let pack: PolicyPack;
try {
  pack = loadPolicyRef(config.POLICY);
} catch (error) {
  fail((error as Error).message);
}

/** How often the embedded store is vacuumed and analysed, when anything was written since (see Upkeep). */
const EMBEDDED_UPKEEP_MS = 120_000;

let store: SqlStore;
try {
  store = await openStore({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    onConnectionError: (error) => log.warn({ err: error }, 'a database connection failed; it will be replaced'),
    // Another process may be writing the embedded store: stop at once, in one line.
    onLockLost: (error) => fail(error.message),
    // The embedded store has no autovacuum: this server keeps its tables lean itself.
    upkeep: {
      everyMs: EMBEDDED_UPKEEP_MS,
      onDone: (outcome) =>
        'error' in outcome
          ? log.warn({ err: outcome.error }, 'vacuuming the embedded store failed; it is tried again later')
          : log.debug({ ms: outcome.ms }, 'embedded store vacuumed'),
    },
  });
} catch (error) {
  if (error instanceof StoreError) fail(error.message);
  throw error;
}

const demo = await maybeLoadDemoTenants(store, config);
const webChat = await setUpWebChat(
  store.db,
  {
    appId: config.MICROSOFT_APP_ID ?? null,
    password: config.MICROSOFT_APP_PASSWORD ?? null,
    tenantId: config.MICROSOFT_APP_TENANT_ID ?? null,
    appType: config.MICROSOFT_APP_TYPE,
  },
  config.WEBCHAT_ACCENT,
);
const sender = senderFor(config);
const messenger = messengerChannel({
  pageAccessToken: config.MESSENGER_PAGE_ACCESS_TOKEN ?? null,
  version: config.MESSENGER_GRAPH_VERSION,
  baseUrl: config.MESSENGER_API_BASE_URL ?? GRAPH_BASE_URL,
  localOutbox: resolve(config.DATA_DIR, 'messenger-outbox.jsonl'),
});
const channels = new Channels([{ name: 'sms', capabilities: SMS_CAPABILITIES, sender }, webChat.channel, messenger]);
// Links to send photos from a browser, for tenants on channels that cannot carry one.
let listeningAt = `http://localhost:${config.PORT}`;
const uploadLinks = new UploadLinks(await webChat.store.secret('photo-upload-links'), () => config.PUBLIC_URL ?? listeningAt);
const engine = new ConversationEngine({
  pack,
  store,
  capacity: config.APPOINTMENT_CAPACITY,
  capabilities: (c) => channels.capabilities(c),
  uploadLinks,
});
const dispatcher = new OutboxDispatcher({
  store,
  sender,
  senders: Object.fromEntries(channels.list().map((c) => [c.name, c.sender])),
  log,
  stuckAfterMs: config.OUTBOX_RECLAIM_SECONDS * 1000,
  // Replies leave up to 20 ms later than they could; under load, turns share claims (see the bench).
  gatherMs: 20,
});
const photoFiles = new PhotoFiles(config.PHOTO_DIR ?? resolve(config.DATA_DIR, 'photos'));
// Photos come as links to Meta's servers (or to the Graph stand-in named in MESSENGER_API_BASE_URL).
const standIn = config.MESSENGER_API_BASE_URL ? new URL(config.MESSENGER_API_BASE_URL) : null;
const photoFetcher = new PhotoFetcher({
  store,
  files: photoFiles,
  log,
  hosts: [...META_ATTACHMENT_HOSTS, ...(standIn?.protocol === 'https:' ? [standIn.hostname] : [])],
  insecureHosts: standIn?.protocol === 'http:' ? [standIn.hostname] : [],
});
const scheduler = new Scheduler({ store, log, delayNotice: engine.settings.delayNotice, onQueued: () => void dispatcher.kick() });
const signatures = { authToken: config.TWILIO_AUTH_TOKEN ?? null, publicUrl: config.PUBLIC_URL ?? null };
// Local mode with no key set: a key for this run only, shown in the banner. Behind a real
// Twilio webhook (an auth token set) the API stays off until API_KEY is set.
// Under a supervisor the key is the run's, the same in every process.
const apiKey = config.API_KEY ?? (signatures.authToken ? null : (role.runApiKey ?? randomBytes(18).toString('hex')));
const staff = new StaffStore(store.db);
// Local mode has a supervisor to sign in to the console with, its password new each run
// (made by the first process, which prints it). Behind a real webhook it is disabled, so a
// demo account never outlives local mode.
const demoStaff = signatures.authToken || role.index > 1 ? null : await demoSupervisor(staff);
if (signatures.authToken) await staff.disable(DEMO_SUPERVISOR.email, new Date());
const app = createApp({
  engine,
  store,
  dispatcher,
  log,
  signatures,
  apiKey,
  onScheduled: () => void scheduler.tick(),
  webChat,
  publicUrl: config.PUBLIC_URL ?? null,
  messenger: { appSecret: config.MESSENGER_APP_SECRET ?? null, verifyToken: config.MESSENGER_VERIFY_TOKEN ?? null },
  photoFiles,
  uploadLinks,
  console: { staff, reads: new ConsoleReads(store.db), reports: new ReportReads(store.db), homes: config.STOCK_HOMES ?? null },
});

// Requests may not take long: Twilio gives up after 15 s, and a client that sends its
// headers or body a byte at a time must not hold a connection (or a shutdown) for minutes.
// Bodies have their own deadline too (see read-body.ts).
const http = app.server.server;
http.headersTimeout = 10_000;
// Long enough for three photos from a phone on a slow connection (the upload route's own deadline).
http.requestTimeout = 130_000;
http.keepAliveTimeout = 5_000;

// Only a failure to listen ends the process here; errors in requests are answered by the
// routes (see http-errors.ts) and never reach this.
const onListenError = (error: NodeJS.ErrnoException) => {
  const why = error.code === 'EADDRINUSE' ? `port ${config.PORT} is already in use: stop what is using it, or set PORT` : error.message;
  void store.close().finally(() => fail(`cannot listen on ${config.HOST}:${config.PORT}: ${why}`));
};
http.once('error', onListenError);

// Read a few texts before taking traffic, so the first tenants after a start do not wait.
log.debug({ ms: Math.round(warmUpTriage(pack)) }, 'triage warmed up');

app.server.listen(config.PORT, config.HOST, () => {
  http.off('error', onListenError);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const local = `http://localhost:${port}`;
  listeningAt = local;
  const lines = [
    `Doorstep is running for ${pack.landlord.name} (policy "${pack.id}").`,
    `  Store:      ${config.DATABASE_URL ? `PostgreSQL at ${redact(config.DATABASE_URL)}` : `embedded PGlite in ${resolve(config.DATA_DIR)}`}`,
    `  SMS out:    ${sender.describe}`,
    signatures.authToken
      ? `  Signatures: checked against ${config.PUBLIC_URL}`
      : `  Signatures: NOT CHECKED (local mode: no TWILIO_AUTH_TOKEN). Do not expose this port to the internet.`,
    `  Serving:    POST ${local}/sms   (Twilio webhook: ${config.PUBLIC_URL ?? local}/sms)`,
    `              POST ${local}/sms/status   (delivery reports)`,
    `              GET  ${local}/healthz   GET ${local}/readyz`,
    `              POST ${local}/api/jobs/<reference>/en-route|complete|no-access   GET ${local}/api/alerts`,
    webChat.authenticated
      ? `  Web chat:   POST ${local}/api/messages   (Azure Bot messaging endpoint; tokens checked for app ${config.MICROSOFT_APP_ID})`
      : `  Web chat:   ${local}/chat   (open it in a browser; POST ${local}/api/messages takes the Bot Framework Emulator)`,
    config.MESSENGER_APP_SECRET
      ? `  Messenger:  POST ${local}/messenger   (Meta webhook: ${config.PUBLIC_URL ?? local}/messenger; signatures checked; replies by ${messenger.sender.describe})`
      : `  Messenger:  POST ${local}/messenger   (local mode: this machine only; replies to ${messenger.sender.describe}; try npm run messenger -- "hello")`,
    `  Console:    ${local}/console   ${demoStaff ? `(sign in as ${demoStaff.email}, password ${demoStaff.password}: made for this run)` : '(add staff with npm run staff -- add)'}`,
    `  API key:    ${config.API_KEY ? 'from API_KEY' : apiKey ? `${apiKey} (made for this run: set API_KEY to keep one)` : 'none: the /api routes are off until API_KEY is set'}`,
    ...demoTenantsBanner(demo),
    ...(role.of > 1 ? [`  Processes:  ${role.of} on port ${port} (PROCESSES), started again if one stops`] : []),
    `  Try it:     npm run sms -- "my boiler is broken"   (in another terminal; add --from <number> to text as someone else)`,
  ];
  if (role.index <= 1) process.stdout.write(`${lines.join('\n')}\n`);
  log.info({ port, store: store.kind, sms: sender.kind, signatures: signatures.authToken ? 'checked' : 'off' }, 'listening');
  dispatcher.start();
  scheduler.start();
  photoFetcher.start();
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  const graceMs = config.SHUTDOWN_GRACE_SECONDS * 1000;
  log.info({ signal, inFlight: app.inFlight(), graceMs }, 'stopping: finishing turns in flight');
  // Stop taking new connections and close the idle ones; requests already received
  // still finish, for up to the grace period. Then whatever is left (a client still
  // trickling its body, a store that does not answer) is cut off: nothing it sent was
  // acknowledged, so its sender tries again.
  const closed = new Promise<void>((resolve) => app.server.close(() => resolve()));
  http.closeIdleConnections();
  app.closeStreams();
  const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs).unref());
  if ((await Promise.race([app.idle().then(() => 'idle' as const), deadline])) === 'late') {
    log.warn({ inFlight: app.inFlight() }, 'stopping: requests still running after the grace period are cut off');
    http.closeAllConnections();
  }
  await Promise.race([closed, deadline]);
  const finishWork = async () => {
    await scheduler.stop();
    await photoFetcher.stop();
    await dispatcher.kick();
    await dispatcher.stop();
  };
  await Promise.race([finishWork(), deadline]);
  await Promise.race([store.close(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  log.info('stopped');
  process.exit(0);
}
// A promise nobody waited for that failed is a bug to log, not a reason to stop serving:
// every request, turn and send has its own error handling, and all state is in the store.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection (a bug): logged, still serving'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
