// The layering the design depends on: machines are pure and import nothing of ours but
// each other; dialogs may read machines' types but never the runtime. A machine that read
// the clock or the environment would make persisted conversations replay differently.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')]);
}

const imports = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

describe('machines/', () => {
  it.each(sources('machines'))('%s imports only xstate and other machines', (_file, text) => {
    for (const spec of imports(text)) expect(spec === 'xstate' || spec.startsWith('./')).toBe(true);
  });

  it.each(sources('machines'))('%s reads no clock, environment or randomness', (_file, text) => {
    expect(text).not.toMatch(/Date\.now\(|new Date\(|process\.env|Math\.random\(/);
  });
});

describe('dialogs/', () => {
  it.each(sources('dialogs'))('%s does not import the runtime in src/', (_file, text) => {
    for (const spec of imports(text)) expect(spec).not.toMatch(/^\.\.\/src\//);
  });
});
