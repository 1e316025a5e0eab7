// The load for `npm run bench`: simulated tenants, each texting a realistic conversation
// one message after another as a phone would (the next text goes only after the webhook
// for the last one has answered), signed as Twilio signs them, over a keep-alive
// node:http agent on loopback.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import twilio from 'twilio';
import { loadPolicy } from '../src/policy/load-policy.js';
import { Simulator } from '../src/sim/simulator.js';
import { UploadLinks } from '../src/photos/upload-links.js';

/** The number tenants text (Twilio's To). */
export const LANDLORD_NUMBER = '+447700900000';
export const AUTH_TOKEN = 'bench-auth-token-0123456789abcdef';
export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * What tenants text, one conversation a variant: a repair and its follow-up answers, an
 * ASB report, a complaint, a thank-you and a question, each closed with "no". Tenant i
 * plays variant i % 3, from the top again when it reaches the end. Every line was checked
 * in the simulator to stay with the assistant (no hand-over to staff).
 */
export const SCRIPTS: readonly (readonly string[])[] = [
  [
    'the kitchen tap is dripping',
    'no',
    '1',
    'no',
    'yes',
    '2',
    'my neighbours have parties every weekend til 4am, music so loud the walls shake',
    'no',
    '2',
    'yes',
    '3',
    '2',
    'the repair man never turned up and nobody rang to say why',
    'no',
    'thanks',
    'how long does a garage application take',
    'no',
  ],
  [
    'bathroom extractor fan not working',
    'no',
    'thurs morning',
    'dog in the garden',
    'yes',
    '2',
    'someone keeps dumping rubbish bags by the bins and its attracting rats',
    'no',
    '3',
    'yes',
    '3',
    '2',
    'I have rung three times about my window and nobody has called me back',
    'no',
    'thanks',
    'when is my rent due',
    'no',
  ],
  [
    'back door lock is stiff and hard to turn',
    'no',
    'yes',
    '2',
    'the man upstairs keeps shouting abuse at my kids on the stairs',
    'no',
    '1',
    'yes',
    '3',
    '2',
    'the contractor left mud all over my carpet and broke a vase',
    'no',
    'thanks',
    'can I get a parking permit',
    'no',
  ],
];

/** Visits per slot in the bench's calendar: more than the bench can book, so no offer changes under load. */
export const BENCH_CAPACITY = 10_000;

export const tenantNumber = (i: number): string => `+4477009${String(i + 1).padStart(5, '0')}`;

/**
 * Replies each turn should queue, worked out by playing every script three times through
 * the in-process simulator (same policy pack, a tenant on the list, the clock now): the
 * first pass opens the conversation, later passes continue it.
 */
export interface ReplyModel {
  first: number[][];
  later: number[][];
  /** False if the second and third passes differed: the prediction is then a guess. */
  steady: boolean;
}

export async function replyModel(): Promise<ReplyModel> {
  const pack = loadPolicy('nph');
  const first: number[][] = [];
  const later: number[][] = [];
  let steady = true;
  for (const [v, script] of SCRIPTS.entries()) {
    // The server quotes repairs with a photo upload link (its own text), so the model does too.
    const uploadLinks = new UploadLinks(randomBytes(32), () => 'https://doorstep.example.org');
    const sim = new Simulator(pack, { now: new Date(), from: tenantNumber(v), capacity: BENCH_CAPACITY, uploadLinks });
    const passes: number[][] = [];
    for (let pass = 0; pass < 3; pass += 1) {
      const counts: number[] = [];
      for (const text of script) {
        const events = await sim.send(text);
        counts.push(events.filter((e) => e.type === 'message' && e.direction === 'out').length);
      }
      passes.push(counts);
    }
    first.push(passes[0]!);
    later.push(passes[1]!);
    if (passes[1]!.join() !== passes[2]!.join()) steady = false;
  }
  return { first, later, steady };
}

/** Replies expected from tenant i after it sent `turns` messages (all answered 200). */
export function expectedReplies(model: ReplyModel, tenant: number, turns: number): number {
  const v = tenant % SCRIPTS.length;
  const len = SCRIPTS[v]!.length;
  let n = 0;
  for (let t = 0; t < turns; t += 1) n += (t < len ? model.first[v]! : model.later[v]!)[t % len]!;
  return n;
}

export interface Turn {
  tenant: number;
  /** performance.now() when the request was started and when its response had fully arrived. */
  start: number;
  end: number;
  status: number;
}

export interface LoadOptions {
  baseUrl: string;
  /** The URL the server checks signatures against (PUBLIC_URL), without the path. */
  publicUrl: string;
  tenants: number;
  warmupMs: number;
  measureMs: number;
  /** Per-request limit; Twilio gives up on a webhook after 15 s. */
  timeoutMs?: number;
  /** Each tenant's pause between an answer and its next text (0: straight away). */
  thinkMs?: number;
}

export interface LoadRun {
  turns: Turn[];
  /** Messages each tenant sent, and of those answered 200. */
  sentPerTenant: number[];
  okPerTenant: number[];
  /** performance.now() at the end of the warm-up, and when the last response arrived. */
  warmEnd: number;
  loadEnd: number;
  /** Date.now() at the end of the warm-up and when the last response arrived, to compare with the server's timestamps. */
  warmEndWall: number;
  loadEndWall: number;
  errors: Map<string, number>;
}

let sids = 0;
const sidPrefix = randomBytes(6).toString('hex');
function messageSid(): string {
  sids += 1;
  return `SM${sidPrefix}${sids.toString(16).padStart(20, '0')}`;
}

/** The form Twilio posts for an inbound SMS, with the fields it really sends. */
export function smsForm(from: string, body: string): Record<string, string> {
  const sid = messageSid();
  return {
    ToCountry: 'GB',
    ToState: '',
    SmsMessageSid: sid,
    NumMedia: '0',
    ToCity: '',
    FromZip: '',
    SmsSid: sid,
    FromState: '',
    SmsStatus: 'received',
    FromCity: '',
    Body: body,
    FromCountry: 'GB',
    To: LANDLORD_NUMBER,
    ToZip: '',
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: `AC${'0123456789abcdef'.repeat(2)}`,
    From: from,
    ApiVersion: '2010-04-01',
  };
}

export function post(agent: http.Agent, url: URL, body: string, signature: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/sms',
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-twilio-signature': signature,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the tenants for warm-up plus measurement, then stops them: each finishes the turn
 * it has in flight and sends no more. Every turn is returned; the caller keeps those
 * started after the warm-up.
 */
export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  const url = new URL(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.tenants });
  const turns: Turn[] = [];
  const okPerTenant = new Array<number>(options.tenants).fill(0);
  const sentPerTenant = new Array<number>(options.tenants).fill(0);
  const thinkMs = options.thinkMs ?? 0;
  const errors = new Map<string, number>();
  const begin = performance.now();
  const warmEnd = begin + options.warmupMs;
  const warmEndWall = Date.now() + options.warmupMs;
  const stopAt = warmEnd + options.measureMs;
  let loadEnd = begin;
  let loadEndWall = Date.now();
  let broken = false;

  const tenant = async (i: number): Promise<void> => {
    const script = SCRIPTS[i % SCRIPTS.length]!;
    const from = tenantNumber(i);
    // Phones do not all text in the same millisecond.
    await sleep(Math.random() * Math.min(1000, options.warmupMs));
    let step = 0;
    while (performance.now() < stopAt && !broken) {
      const form = smsForm(from, script[step % script.length]!);
      const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${options.publicUrl}/sms`, form);
      const body = new URLSearchParams(form).toString();
      const start = performance.now();
      let status = 0;
      try {
        const res = await post(agent, url, body, signature, timeoutMs);
        status = res.status;
        if (status !== 200) errors.set(`HTTP ${status}`, (errors.get(`HTTP ${status}`) ?? 0) + 1);
        else if (res.text !== EMPTY_TWIML) errors.set('unexpected body', (errors.get('unexpected body') ?? 0) + 1);
      } catch (error) {
        const key = (error as Error).message;
        errors.set(key, (errors.get(key) ?? 0) + 1);
        // A refused connection means the server has gone: stop rather than spin.
        if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') broken = true;
      }
      const end = performance.now();
      turns.push({ tenant: i, start, end, status });
      if (end > loadEnd) {
        loadEnd = end;
        loadEndWall = Date.now();
      }
      sentPerTenant[i]! += 1;
      if (status === 200) okPerTenant[i]! += 1;
      // The conversation goes on from where the tenant got to, answered or not: a phone
      // does not know the server failed.
      step += 1;
      if (thinkMs > 0) await sleep(thinkMs);
    }
  };

  try {
    await Promise.all(Array.from({ length: options.tenants }, (_, i) => tenant(i)));
  } finally {
    agent.destroy();
  }
  return { turns, sentPerTenant, okPerTenant, warmEnd, loadEnd, warmEndWall, loadEndWall, errors };
}

export interface LatencySummary {
  turns: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  measuredSeconds: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The warm-up's turns: how many, the slowest answer (a cold server), and failures. */
export function warmupSummary(run: LoadRun): { turns: number; maxMs: number; errors: number } {
  const warm = run.turns.filter((t) => t.start < run.warmEnd);
  return {
    turns: warm.length,
    maxMs: warm.reduce((m, t) => Math.max(m, t.end - t.start), 0),
    errors: warm.filter((t) => t.status !== 200).length,
  };
}

/** Figures for the turns started after the warm-up (throughput up to the last of them answering). */
export function summarise(run: LoadRun): LatencySummary {
  const measured = run.turns.filter((t) => t.start >= run.warmEnd);
  const ok = measured.filter((t) => t.status === 200);
  const latencies = ok.map((t) => t.end - t.start).sort((a, b) => a - b);
  const lastEnd = measured.reduce((m, t) => Math.max(m, t.end), run.warmEnd);
  const seconds = (lastEnd - run.warmEnd) / 1000;
  return {
    turns: ok.length,
    turnsPerSecond: seconds > 0 ? ok.length / seconds : 0,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    errors: measured.length - ok.length,
    measuredSeconds: seconds,
  };
}
