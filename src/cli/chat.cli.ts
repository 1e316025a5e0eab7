// `npm run chat`: talk to the assistant in the terminal as a tenant would by SMS, or
// replay a script of tenant messages and print what happened as JSON Lines.
import { readFileSync } from 'node:fs';
import { Simulator, parseWait, seededReferences, type SimEvent } from '../sim/simulator.js';
import { fail, readArgs, readNow, readPolicy } from './args.js';
import { promptLoop } from './prompt.js';

const args = readArgs({ script: { type: 'string' }, seed: { type: 'string' }, stranger: { type: 'boolean' } });
// --stranger plays a number that is not on the tenancy list: the assistant asks who you are.
const tenant = args.stranger === true ? { tenant: null } : {};
const pack = readPolicy(args.policy);
const now = readNow(args.now);

function print(events: SimEvent[], json: boolean, echoInbound = false): void {
  for (const e of events) {
    if (json) process.stdout.write(`${JSON.stringify(e)}\n`);
    else if (e.type === 'message' && e.direction === 'in' && echoInbound) process.stdout.write(`\nyou> ${e.text}\n`);
    else if (e.type === 'message' && e.direction === 'out') process.stdout.write(`\n${pack.landlord.shortName}> ${e.text.replace(/\n/g, '\n     ')}\n`);
    else if (e.type === 'case') process.stdout.write(`\n  [case ${e.reference}: ${e.kind}${e.priority ? `, ${e.priority}` : ''}${e.grade ? `, ${e.grade}` : ''}${e.dueBy ? `, due ${e.dueBy}` : ''}]\n`);
    else if (e.type === 'clock') process.stdout.write(`  [clock: ${e.at}]\n`);
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
  const sim = new Simulator(pack, { ...(now ? { now } : {}), ...tenant, reference: seededReferences(seed) });
  print(await sim.runScript(lines), args.json === true, true);
} else {
  const startedAt = Date.now();
  const sim = new Simulator(pack, { ...(now ? { now } : {}), ...tenant });
  const offset = now ? now.getTime() - startedAt : 0;
  let skipped = 0;
  process.stdout.write(
    `Doorstep simulator: ${pack.landlord.name} (policy "${pack.id}"). You are ${args.stranger === true ? 'texting from a number not on the tenancy list' : 'Sam Taylor, a tenant texting the landlord'}.\n` +
      `Type a message. /wait 2d moves the clock, /at <ISO time> jumps it, /quit ends. Try: "boiler packed in no heat since fri".\n`,
  );
  await promptLoop(async (text) => {
    if (text.startsWith('/wait ')) {
      const ms = parseWait(text.slice(6));
      if (ms === null) process.stdout.write('  [try /wait 26h, /wait 3d or /wait 90m]\n');
      else skipped += ms;
    } else if (text.startsWith('/at ')) {
      const at = new Date(text.slice(4).trim());
      if (Number.isNaN(at.getTime())) process.stdout.write('  [try /at 2026-11-27T21:00:00Z]\n');
      else skipped = at.getTime() - Date.now() - offset;
    } else {
      sim.jumpTo(new Date(Date.now() + offset + skipped));
      print(await sim.send(text), args.json === true);
    }
  });
}
