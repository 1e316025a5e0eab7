// The command-line tools are interfaces landlords script against: run them as a user
// would, through their npm scripts' entry points, and read what they print.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(TSX, [join('src', 'cli', script), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, POLICY: '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('npm run triage', () => {
  it('prints one JSON object per message with the documented fields', () => {
    const { status, stdout } = run(
      'triage.cli.ts',
      ['--policy', 'nph', '--json', '--now', '2026-11-27T21:00:00Z'],
      'water drippin out the bathroom light fitting\n\nparty music next door every weekend til 4am\n',
    );
    expect(status).toBe(0);
    const [leak, music, ...rest] = jsonLines(stdout);
    expect(rest).toHaveLength(0);
    expect(Object.keys(leak!)).toEqual(
      expect.arrayContaining(['text', 'kind', 'issue', 'priority', 'tier', 'grade', 'level', 'timescale', 'dueBy', 'needsClarification', 'question', 'safety']),
    );
    expect(leak).toMatchObject({ kind: 'repair', tier: 'emergency', dueBy: '2026-11-28T21:00:00.000Z' });
    expect(music).toMatchObject({ kind: 'asb', grade: 'grade-2', level: 2 });
  });

  it('refuses an unknown pack with the known ids and exit code 2', () => {
    const { status, stderr } = run('triage.cli.ts', ['--policy', 'acme'], 'hi\n');
    expect(status).toBe(2);
    expect(stderr).toMatch(/No policy pack "acme"\. Known packs: housing-plus, nph, papworth/);
  });

  it('refuses a pack file that fails validation, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-pack-'));
    const pack = JSON.parse(readFileSync('src/policy/packs/nph.json', 'utf8'));
    pack.repairs.priorities[1].target.amount = 'seven';
    const file = join(dir, 'acme.json');
    writeFileSync(file, JSON.stringify(pack));
    const { status, stderr } = run('chat.cli.ts', ['--policy', file, '--script', '/dev/null']);
    expect(status).toBe(2);
    expect(stderr).toContain(`${file}: repairs.priorities.1.target.amount:`);
  });

  it('reads POLICY from the environment, and names it when it is bad', () => {
    expect(run('triage.cli.ts', ['--json'], 'I want to make a complaint\n', { POLICY: 'housing-plus' }).stdout).toMatch(/within 2 working days/);
    const bad = run('triage.cli.ts', [], 'hi\n', { POLICY: 'Not A Pack' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Invalid configuration:\nPOLICY:/);
  });
});

describe('npm run chat --script', () => {
  it('replays a script with a moving clock as JSON Lines, the same way every time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorstep-script-'));
    const script = join(dir, 'script.txt');
    writeFileSync(script, '# Friday night\nwater drippin out the bathroom light fitting\nno\n/wait 3d\n/wait soon\nhi\n');
    const args = ['--policy', 'nph', '--script', script, '--json', '--now', '2026-11-27T21:00:00Z'];
    const first = run('chat.cli.ts', args);
    expect(first.status).toBe(0);
    const events = jsonLines(first.stdout);
    expect(events[0]).toEqual({ type: 'message', direction: 'in', at: '2026-11-27T21:00:00.000Z', text: 'water drippin out the bathroom light fitting' });
    const opened = events.find((e) => e.type === 'case');
    expect(opened).toMatchObject({ kind: 'repair', tier: 'emergency', dueBy: '2026-11-28T21:00:00.000Z' });
    expect(events).toContainEqual({ type: 'clock', at: '2026-11-30T21:00:00.000Z' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', line: 5 }));
    const last = events.at(-1)!;
    expect(last).toMatchObject({ type: 'message', direction: 'out', at: '2026-11-30T21:00:00.000Z' });
    expect(run('chat.cli.ts', args).stdout).toBe(first.stdout);
  });

  it('says plainly when the script file is missing', () => {
    const { status, stderr } = run('chat.cli.ts', ['--script', '/no/such/file.txt']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot read the script file/);
  });
});

describe('the README', () => {
  it('shows the sample conversation exactly as the simulator prints it today', () => {
    const { status, stdout } = run('chat.cli.ts', ['--policy', 'nph', '--script', 'examples/boiler.txt', '--now', '2026-11-23T10:00:00Z']);
    expect(status).toBe(0);
    expect(readFileSync('README.md', 'utf8')).toContain(stdout.trim());
  });
});
