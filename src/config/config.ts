// The only reader of process.env. One zod schema: a bad value stops start-up with a
// message naming the variable, never a stack trace.
import { existsSync } from 'node:fs';
import { z } from 'zod';

const PolicyRef = z
  .string()
  .trim()
  .min(1)
  .refine((v) => /^[a-z0-9-]+$/.test(v) || /\.(json|ya?ml)$/i.test(v), {
    message: 'expected a pack id such as nph, or a path to a .json or .yaml pack file',
  });

const HttpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s/]+/i.test(v) && URL.canParse(v), { message: 'expected an http:// or https:// URL' })
  .transform((v) => v.replace(/\/+$/, ''));

const Variables = z.object({
  /** The landlord's policy pack: a shipped id (nph, papworth, housing-plus) or a pack file path. */
  POLICY: PolicyRef.default('nph'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  /** The embedded store's directory (PGlite), used when DATABASE_URL is not set. */
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\//i.test(v) && URL.canParse(v), { message: 'expected a postgres:// or postgresql:// URL' })
    .optional(),
  /** The address Twilio calls, as Twilio sees it: signatures are checked against it. */
  PUBLIC_URL: HttpUrl.optional(),
  TWILIO_ACCOUNT_SID: z
    .string()
    .trim()
    .regex(/^AC[0-9a-fA-F]{32}$/, 'expected AC followed by 32 hex digits')
    .optional(),
  TWILIO_AUTH_TOKEN: z.string().trim().min(8, 'expected the 32-character auth token from the Twilio console').optional(),
  TWILIO_FROM: z
    .string()
    .trim()
    .regex(/^\+[1-9]\d{6,14}$/, 'expected a phone number in E.164 form, such as +447700900123')
    .optional(),
  TWILIO_MESSAGING_SERVICE_SID: z
    .string()
    .trim()
    .regex(/^MG[0-9a-fA-F]{32}$/, 'expected MG followed by 32 hex digits')
    .optional(),
  /** Another base URL for Twilio's REST API: a stand-in for tests, or a compatible gateway. Leave unset. */
  TWILIO_API_BASE_URL: HttpUrl.optional(),
  /** The key staff tools and the operatives' job system send to /api (Authorization: Bearer <key>). */
  API_KEY: z.string().trim().min(16, 'expected at least 16 characters: generate one with openssl rand -hex 24').optional(),
  /** The built-in appointment calendar: visits each slot of each working day can take. */
  APPOINTMENT_CAPACITY: z.coerce.number().int().min(1).max(10_000).default(4),
  /** Homes the landlord manages: the console's reports give complaints and ASB cases per 1,000 homes from it. */
  STOCK_HOMES: z.coerce.number().int().min(1).max(10_000_000).optional(),
  /** A text still "sending" after this many seconds belongs to a process that died: it is checked with the provider and sent if it never went. */
  OUTBOX_RECLAIM_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  /** PostgreSQL only: how long to wait for a connection before the request is answered 503. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /**
   * PostgreSQL only: the longest one statement may run, and the longest a transaction may sit
   * idle, before the server ends it; the client gives up on a server that stops answering a
   * little after this (a dropped or black-holed connection).
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /**
   * Server processes sharing the port (node:cluster), each with its own event loop: a number,
   * or "auto" for one per core. Above 1 needs PostgreSQL (the embedded store is one process).
   */
  PROCESSES: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  /** On SIGTERM, requests still running after this many seconds are cut off and the process exits. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
  /**
   * The Azure Bot resource's app registration. Unset: POST /api/messages takes local traffic
   * only (the Bot Framework Emulator) and web chat runs on the built-in Direct Line. Set (with
   * the password, and the tenant for SingleTenant): Bot Framework tokens are checked.
   */
  MICROSOFT_APP_ID: z.string().trim().uuid('expected the app registration id, a GUID').optional(),
  MICROSOFT_APP_PASSWORD: z.string().trim().min(1).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().trim().min(1).optional(),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  /** The web chat page's colours: its header and the visitor's own messages. */
  WEBCHAT_ACCENT: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #00594f')
    .optional(),
  /**
   * Facebook Messenger (the Meta app's webhook and the page it answers for). All three set:
   * the webhook's signatures are checked with the app secret and replies go through Graph.
   * None: local mode, /messenger takes traffic from this machine only and replies go to
   * messenger-outbox.jsonl in DATA_DIR.
   */
  MESSENGER_VERIFY_TOKEN: z.string().trim().min(8, "expected the verify token typed into the Meta app's webhook settings, at least 8 characters").optional(),
  MESSENGER_APP_SECRET: z.string().trim().min(16, 'expected the Meta app secret (App settings, Basic)').optional(),
  MESSENGER_PAGE_ACCESS_TOKEN: z.string().trim().min(20, "expected the page access token from the Meta app's Messenger settings").optional(),
  MESSENGER_GRAPH_VERSION: z
    .string()
    .trim()
    .regex(/^v\d{1,3}\.\d{1,2}$/, 'expected a Graph API version such as v26.0')
    .default('v26.0'),
  /** Another base URL for the Graph API: a stand-in for tests. Leave unset. */
  MESSENGER_API_BASE_URL: HttpUrl.optional(),
  /** Where photos sent with reports are kept as files. Default: DATA_DIR/photos. With several processes, a directory they all share. */
  PHOTO_DIR: z.string().trim().min(1).optional(),
  /** Load the demo tenancy list into an empty embedded store: auto (default), on or off. */
  DEMO_TENANTS: z.enum(['auto', 'on', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Every variable Doorstep reads (tests and the bench clear them for the processes they start). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(Variables.shape);

export const ConfigSchema = Variables.superRefine((c, ctx) => {
  const twilio = [c.TWILIO_ACCOUNT_SID, c.TWILIO_AUTH_TOKEN, c.TWILIO_FROM ?? c.TWILIO_MESSAGING_SERVICE_SID];
  if (c.TWILIO_ACCOUNT_SID && twilio.some((v) => !v)) {
    ctx.addIssue({
      code: 'custom',
      path: ['TWILIO_ACCOUNT_SID'],
      message: 'sending through Twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and a sender (TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID)',
    });
  }
  if (c.MICROSOFT_APP_ID && c.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !c.MICROSOFT_APP_PASSWORD) {
    ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'with MICROSOFT_APP_ID set, the app password (client secret) is needed too' });
  }
  if (c.MICROSOFT_APP_ID && c.MICROSOFT_APP_TYPE === 'SingleTenant' && !c.MICROSOFT_APP_TENANT_ID) {
    ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: 'a SingleTenant app needs its tenant id' });
  }
  const messenger = [c.MESSENGER_VERIFY_TOKEN, c.MESSENGER_APP_SECRET, c.MESSENGER_PAGE_ACCESS_TOKEN];
  if (messenger.some(Boolean) && !messenger.every(Boolean)) {
    ctx.addIssue({
      code: 'custom',
      path: [['MESSENGER_VERIFY_TOKEN', 'MESSENGER_APP_SECRET', 'MESSENGER_PAGE_ACCESS_TOKEN'][messenger.findIndex((v) => !v)]!],
      message: 'Messenger needs all three of MESSENGER_VERIFY_TOKEN, MESSENGER_APP_SECRET and MESSENGER_PAGE_ACCESS_TOKEN (or none, for local mode)',
    });
  }
  if (c.PROCESSES !== 1 && !c.DATABASE_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['PROCESSES'],
      message: 'several server processes need PostgreSQL: set DATABASE_URL (the embedded store is one process), or leave PROCESSES at 1',
    });
  }
  if (c.TWILIO_AUTH_TOKEN && !c.PUBLIC_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_URL'],
      message:
        'with TWILIO_AUTH_TOKEN set, webhook signatures are checked against PUBLIC_URL: set it to the address Twilio calls, such as https://doorstep.example.org',
    });
  }
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
}

/** Secrets are never echoed back in an error message. */
const SECRET = new Set([
  'TWILIO_AUTH_TOKEN',
  'DATABASE_URL',
  'API_KEY',
  'MICROSOFT_APP_PASSWORD',
  'MESSENGER_VERIFY_TOKEN',
  'MESSENGER_APP_SECRET',
  'MESSENGER_PAGE_ACCESS_TOKEN',
]);

/** Variables from ./.env, for those that are not already set in the environment. */
function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}

export function loadConfig(env?: NodeJS.ProcessEnv): Config {
  if (!env) {
    loadDotEnv();
    env = process.env;
  }
  // An empty variable (POLICY= in a .env file) means "not set", as most tools read it.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = ConfigSchema.safeParse(set);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const name = String(i.path[0]);
    const got = env[name] === undefined ? 'not set' : SECRET.has(name) ? 'got a value, not shown' : `got "${env[name]}"`;
    return `${i.path.join('.')}: ${i.message} (${got})`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** How texts leave: through Twilio when fully configured, otherwise to the local outbox file. */
export function smsMode(c: Config): 'twilio' | 'local' {
  return c.TWILIO_ACCOUNT_SID && c.TWILIO_AUTH_TOKEN && (c.TWILIO_FROM || c.TWILIO_MESSAGING_SERVICE_SID) ? 'twilio' : 'local';
}
