// `npm run messenger -- "my boiler is broken"`: write to the running server as a Facebook
// user would, with no Meta app. It posts Messenger's webhook to /messenger (signed with
// MESSENGER_APP_SECRET when one is configured), then prints the replies as they land in
// the local Messenger outbox: the requests Graph would get, quick replies included.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GET_STARTED, signBody } from '../channels/messenger.adapter.js';
import type { MessengerOutboxLine } from '../channels/messenger.sender.js';
import { readJsonl } from '../outbound/jsonl-outbox.js';
import { fail, readConfig } from '../config/startup.js';
import { promptLoop } from './prompt.js';

const USAGE = 'Usage: npm run messenger -- [--psid 7000000000000001] [--start] ["message"]   (no message: type messages, /quit ends)';

let args: ReturnType<typeof parseArgs<{ options: { psid: { type: 'string' }; url: { type: 'string' }; start: { type: 'boolean' } }; allowPositionals: true }>>;
try {
  args = parseArgs({ options: { psid: { type: 'string' }, url: { type: 'string' }, start: { type: 'boolean' } }, allowPositionals: true, strict: true });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const config = readConfig();
const psid = args.values.psid ?? '7000000000000001';
if (!/^\d{5,20}$/.test(psid)) fail(`--psid is the digits of a page-scoped id, not "${psid}"\n${USAGE}`);
const base = (args.values.url ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
const outboxPath = resolve(config.DATA_DIR, 'messenger-outbox.jsonl');

/** One webhook delivery: a message, or the Get Started button. */
function webhook(text: string | null): string {
  const event =
    text === null
      ? { postback: { mid: `m_${randomBytes(12).toString('hex')}`, title: 'Get Started', payload: GET_STARTED } }
      : { message: { mid: `m_${randomBytes(12).toString('hex')}`, text } };
  return JSON.stringify({
    object: 'page',
    entry: [{ id: 'page', time: Date.now(), messaging: [{ sender: { id: psid }, recipient: { id: 'page' }, timestamp: Date.now(), ...event }] }],
  });
}

async function send(text: string | null): Promise<void> {
  const body = webhook(text);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.MESSENGER_APP_SECRET) headers['x-hub-signature-256'] = signBody(config.MESSENGER_APP_SECRET, body);
  const seen = (await readJsonl<MessengerOutboxLine>(outboxPath)).length;
  let res: Response;
  try {
    res = await fetch(`${base}/messenger`, { method: 'POST', headers, body });
  } catch {
    fail(`Cannot reach Doorstep at ${base}. Start it first with: npm start`);
  }
  if (res.status !== 200) fail(`Doorstep answered ${res.status}: ${(await res.text()).trim()}`);
  if (config.MESSENGER_PAGE_ACCESS_TOKEN) {
    process.stdout.write(`(sent; replies go out through the Graph API to ${psid})\n`);
    return;
  }
  // Replies arrive in the outbox a moment after the webhook is answered.
  const deadline = Date.now() + 8000;
  let quietSince = 0;
  let printed = seen;
  while (Date.now() < deadline) {
    const lines = await readJsonl<MessengerOutboxLine>(outboxPath);
    const fresh = lines.slice(printed).filter((l) => l.request?.recipient?.id === psid);
    printed = lines.length;
    for (const l of fresh) {
      const r = l.request;
      process.stdout.write(`\n${r.message.text.replace(/\n/g, '\n  ')}\n`);
      if (r.message.quick_replies) process.stdout.write(`  ${r.message.quick_replies.map((q) => `[${q.title}]`).join(' ')}\n`);
      process.stdout.write(`  [${r.messaging_type}${r.tag ? ` ${r.tag}` : ''}]\n`);
    }
    if (fresh.length > 0) quietSince = Date.now();
    if (quietSince && Date.now() - quietSince > 600) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!quietSince) process.stdout.write('(no reply)\n');
}

const message = args.positionals.join(' ').trim();
if (args.values.start) await send(null);
if (message) {
  await send(message);
} else if (!args.values.start) {
  process.stdout.write(`Writing to Doorstep's Facebook page at ${base} as ${psid}. Type a message; /quit ends.\n`);
  await send(null);
  await promptLoop(send);
}
