// `npm run sms -- "my boiler is broken"`: text the running server as a tenant would, with
// no phone and no Twilio account. It posts Twilio's webhook to /sms (signed, if an auth
// token is configured), then prints the replies as they land in the local SMS outbox.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import twilio from 'twilio';
import { smsMode } from '../config/config.js';
import { readOutbox } from '../sms/local-outbox.sender.js';
import { fail, readConfig } from '../config/startup.js';
import { promptLoop } from './prompt.js';

const USAGE = 'Usage: npm run sms -- [--from +447700900123] ["message"]   (no message: type messages, /quit ends)';

let args: ReturnType<typeof parseArgs<{ options: { from: { type: 'string' }; url: { type: 'string' } }; allowPositionals: true }>>;
try {
  args = parseArgs({ options: { from: { type: 'string' }, url: { type: 'string' } }, allowPositionals: true, strict: true });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const config = readConfig();

// A number not on the tenancy list unless told otherwise: the assistant will ask who you are.
const from = args.values.from ?? '+447700900999';
if (!/^\+[1-9]\d{6,14}$/.test(from)) fail(`--from must be a number in E.164 form, such as +447700900123, not "${from}"\n${USAGE}`);
const base = (args.values.url ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
const outboxPath = resolve(config.DATA_DIR, 'sms-outbox.jsonl');

async function send(body: string): Promise<void> {
  const params: Record<string, string> = {
    MessageSid: `SM${randomBytes(16).toString('hex')}`,
    From: from,
    To: config.TWILIO_FROM ?? '+441604000000',
    Body: body,
    NumMedia: '0',
  };
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (config.TWILIO_AUTH_TOKEN && config.PUBLIC_URL) {
    headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(config.TWILIO_AUTH_TOKEN, `${config.PUBLIC_URL}/sms`, params);
  }
  const seen = (await readOutbox(outboxPath)).length;
  let res: Response;
  try {
    res = await fetch(`${base}/sms`, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
  } catch {
    fail(`Cannot reach Doorstep at ${base}. Start it first with: npm start`);
  }
  if (res.status !== 200) fail(`Doorstep answered ${res.status}: ${(await res.text()).trim()}`);
  if (smsMode(config) === 'twilio') {
    process.stdout.write(`(sent; replies go out through Twilio to ${from})\n`);
    return;
  }
  // Replies arrive in the outbox a moment after the webhook is answered.
  const deadline = Date.now() + 8000;
  let quietSince = 0;
  let printed = seen;
  while (Date.now() < deadline) {
    const lines = await readOutbox(outboxPath);
    const fresh = lines.slice(printed).filter((l) => l.to === from);
    printed = lines.length;
    for (const l of fresh) process.stdout.write(`\n${l.body.replace(/\n/g, '\n  ')}\n  [${l.segments} segment${l.segments === 1 ? '' : 's'}, ${l.encoding}]\n`);
    if (fresh.length > 0) quietSince = Date.now();
    if (quietSince && Date.now() - quietSince > 600) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!quietSince) process.stdout.write('(no reply)\n');
}

const message = args.positionals.join(' ').trim();
if (message) {
  await send(message);
} else {
  process.stdout.write(`Texting Doorstep at ${base} from ${from}. Type a message; /quit ends.\n`);
  await promptLoop(send);
}
