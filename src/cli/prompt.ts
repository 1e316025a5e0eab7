// The "you>" prompt both terminal commands run: one trimmed line at a time to `handle`,
// until /quit, /exit or the end of input.
import { createInterface } from 'node:readline/promises';

export async function promptLoop(handle: (text: string) => Promise<void>): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt('\nyou> ');
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) await handle(text);
    rl.prompt();
  }
  rl.close();
}
