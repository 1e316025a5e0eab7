// `npm run chat`: talk to the assistant in the terminal as a tenant would by SMS, or
// replay a script of tenant messages and print what happened as JSON Lines.
import { readFileSync } from 'node:fs';
import { Simulator, seededReferences, type SimChannel, type SimEvent } from '../sim/simulator.js';
import { fail } from '../config/startup.js';
import { readArgs, readNow, readPolicy } from './args.js';
import { promptLoop } from './prompt.js';
import { formatLondon } from '../../dialogs/london.js';

const shortTime = (iso: string): string => formatLondon(iso, 'EEE d MMM, HH:mm');

const args = readArgs({ script: { type: 'string' }, seed: { type: 'string' }, stranger: { type: 'boolean' }, channel: { type: 'string' } });
const CHANNELS: readonly SimChannel[] = ['sms', 'web', 'messenger'];
if (args.channel !== undefined && !CHANNELS.includes(args.channel as SimChannel)) fail(`--channel is sms, web or messenger, not "${args.channel}"`);
const channel = (args.channel ?? 'sms') as SimChannel;
// --stranger plays a number that is not on the tenancy list: the assistant asks who you are.
// A web chat visitor is always a stranger: nothing ties a browser to a tenancy.
const tenant = args.stranger === true || channel !== 'sms' ? { tenant: null } : {};
const pack = readPolicy(args.policy);
const now = readNow(args.now);

/** The time the tenant last texted: a text sent at another time (a reminder) shows when it went. */
let lastIn = '';

function print(events: SimEvent[], json: boolean, echoInbound = false): void {
  for (const e of events) {
    if (e.type === 'message' && e.direction === 'in') lastIn = e.at;
    if (json) process.stdout.write(`${JSON.stringify(e)}\n`);
    else if (e.type === 'message' && e.direction === 'in' && echoInbound) process.stdout.write(`\nyou> ${e.text}\n`);
    else if (e.type === 'message' && e.direction === 'out') {
      const when = e.at === lastIn ? '' : ` (${shortTime(e.at)})`;
      process.stdout.write(`\n${pack.landlord.shortName}${when}> ${e.text.replace(/\n/g, '\n     ')}\n`);
      // Buttons as web chat shows them; pressing one sends its number or word, so type that.
      if (e.buttons) process.stdout.write(`     ${e.buttons.map((b) => `[${b}]`).join(' ')}\n`);
    } else if (e.type === 'case')
      process.stdout.write(
        `\n  [case ${e.reference}: ${e.kind}${e.priority ? `, ${e.priority}` : ''}${e.grade ? `, ${e.grade}` : ''}${e.dueBy ? `, due ${e.dueBy}` : ''}]\n`,
      );
    else if (e.type === 'clock') process.stdout.write(`  [clock: ${e.at}]\n`);
    else if (e.type === 'appointment') process.stdout.write(`\n  [visit ${e.reference}: ${e.status}, ${e.slot}, ${e.start} to ${e.end}]\n`);
    else if (e.type === 'alert') process.stdout.write(`\n  [staff alert ${e.level}: ${e.reference} ${e.label}, due ${e.dueAt}]\n`);
    else if (e.type === 'staff') process.stdout.write(`  [staff ${e.action}: ${e.result}]\n`);
    else if (e.type === 'handoff') process.stdout.write(`\n  [handed to staff: ${e.reason}${e.reference ? `, case ${e.reference}` : ''}]\n`);
    else if (e.type === 'error') process.stdout.write(`  [${e.message}]\n`);
  }
}

if (typeof args.script === 'string') {
  let lines: string[];
  try {
    lines = readFileSync(args.script, 'utf8').split(/\r?\n/);
  } catch {
    fail(`cannot read the script file "${args.script}"`);
  }
  const seed = args.seed === undefined ? 1 : Number(args.seed);
  const sim = new Simulator(pack, { ...(now ? { now } : {}), ...tenant, channel, reference: seededReferences(seed) });
  print([...(await sim.open()), ...(await sim.runScript(lines))], args.json === true, true);
} else {
  const sim = new Simulator(pack, { ...(now ? { now } : {}), ...tenant, channel });
  // The simulated clock runs with real time from --now (or now); /wait and /at move it on,
  // and the reminders and alerts due on the way are shown at their own minute.
  let offset = sim.now.getTime() - Date.now();
  process.stdout.write(
    `Doorstep simulator: ${pack.landlord.name} (policy "${pack.id}"). You are ${channel === 'web' ? 'a visitor on the web chat (buttons are shown as [1 Kitchen] or [Yes]: type the number or the word)' : channel === 'messenger' ? "writing to the landlord's Facebook page (quick replies are shown as [Kitchen] or [Yes]: type the number or the word)" : args.stranger === true ? 'texting from a number not on the tenancy list' : 'Sam Taylor, a tenant texting the landlord'}.\n` +
      `Type a message. /wait 2d moves the clock, /at <ISO time> jumps it, /staff en-route|complete|no-access reports on your visit, /quit ends.\n` +
      `Try: "boiler packed in no heat since fri".\n`,
  );
  print(await sim.open(), args.json === true);
  await promptLoop(async (text) => {
    print(await sim.jumpTo(new Date(Date.now() + offset)), args.json === true);
    const events = await sim.line(text);
    if (events.some((e) => e.type === 'error')) process.stdout.write('  [try /wait 26h, /wait 3d, /at 2026-11-27T21:00:00Z or /staff complete]\n');
    print(events, args.json === true);
    offset = sim.now.getTime() - Date.now();
  });
}
