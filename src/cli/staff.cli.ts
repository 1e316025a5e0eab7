// `npm run staff -- add --email E --name N --role agent|supervisor`: console accounts.
// The work is in src/staff/staff.command.ts; this wires it to the process and reads the
// password from standard input: typed twice, unseen, at a terminal; the first line when piped.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { runStaffCommand } from '../staff/staff.command.js';

/** One line typed at the terminal with nothing shown: readline echoes into a stream that drops it. */
function askUnseen(question: string): Promise<string> {
  return new Promise((resolve) => {
    const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
    process.stdout.write(question);
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await askUnseen('Password (at least 12 characters): ');
    const again = await askUnseen('The same password again: ');
    if (first !== again) {
      process.stderr.write('The two passwords are not the same. Nothing was changed.\n');
      process.exit(2);
    }
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').replace(/\r$/, '');
}

try {
  process.exitCode = await runStaffCommand(process.argv.slice(2), undefined, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readPassword,
  });
} catch (error) {
  process.stderr.write(`Nothing was changed: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
