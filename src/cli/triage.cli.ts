// `npm run --silent triage -- --policy <id> --json`: one message a line on stdin, one
// reading a line on stdout. Landlords run their historic messages through it to check a pack.
import { createInterface } from 'node:readline';
import { policyNow } from '../policy/policy-now.js';
import { triage } from '../triage/triage.js';
import { readArgs, readNow, readPolicy } from './args.js';

const args = readArgs();
const pack = readPolicy(args.policy);
const fixed = readNow(args.now);

// With --now every line shares one moment, so its promises are worked out once.
const fixedPromises = fixed ? policyNow(pack, fixed) : null;

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  const text = line.trim();
  if (!text) continue;
  const at = fixed ?? new Date();
  const result = triage(text, pack, at, fixedPromises ?? policyNow(pack, at));
  if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const what = result.kind === 'repair' ? `${result.issue} (${result.priority})` : result.kind === 'asb' ? `${result.grade}` : '';
    process.stdout.write(`${result.kind.padEnd(22)} ${what.padEnd(40)} ${result.timescale ?? ''}  <- ${text}\n`);
    for (const l of result.learned ?? []) {
      process.stdout.write(
        `${''.padEnd(23)}(learned opinion: ${l.what} ${l.from} -> ${l.to}, ${(l.probability * 100).toFixed(1)}% sure, from: ${l.because.join(', ')})\n`,
      );
    }
  }
}
