// The layering the design depends on. Machines are pure and import nothing of ours but
// each other; dialogs may read machines but never the runtime (a machine that read the
// clock or the environment would make persisted conversations replay differently). Inside
// src/ imports run one way: entry points on top (the server, the command-line tools, the
// bench; never each other), then what drives the work (engine, scheduler, channels, the
// simulator), then the domain, then the base (store, config, clock, logs); and no two
// modules or folders import each other round a cycle. Every import is read: static, side
// effect, re-export and dynamic import().
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function tree(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tree(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function sources(dir: string): [string, string][] {
  return tree(dir).map((f) => [f, readFileSync(f, 'utf8')]);
}

/** Every module a file names: `from '…'`, `import '…'`, `export … from '…'`, `import('…')`. */
function imports(text: string): string[] {
  const specs = [
    ...text.matchAll(/\bfrom\s*(['"])([^'"]+)\1/g),
    ...text.matchAll(/\bimport\s*(['"])([^'"]+)\1/g),
    ...text.matchAll(/\bimport\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g),
  ];
  return specs.map((m) => m[2]!);
}

/** The repository path a relative import of `file` names, without its extension. */
function resolved(file: string, spec: string): string {
  return normalize(join(dirname(file), spec)).replace(/\.(?:js|ts)$/, '');
}

/** The folder a module belongs to for layering: src/<folder>, or the top-level folder. */
function folderOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'src' ? `src/${parts[1]}` : parts[0]!;
}

/** From the top down. A folder may import its own layer (without a cycle) or any below. */
const LAYERS: string[][] = [
  ['src/server', 'src/cli', 'bench'],
  ['src/engine', 'src/scheduler', 'src/channels', 'src/directline', 'src/webchat', 'src/sim', 'src/photos', 'src/console'],
  ['src/appointments', 'src/triage', 'src/policy', 'src/sla', 'src/tenants', 'src/sms', 'src/outbound', 'src/staff', 'src/cases', 'src/reports'],
  ['src/store', 'src/config', 'src/clock', 'src/log', 'src/http'],
  ['dialogs'],
  ['machines'],
];
const ENTRY_POINTS = new Set(LAYERS[0]);
const layerOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

const runtime = [...sources('src'), ...sources('bench')];
/** module -> the modules of ours it imports (test helpers the bench borrows are left out: they sit outside the layers). */
const graph = new Map<string, string[]>(
  runtime.map(([file, text]) => [
    file.replace(/\.ts$/, ''),
    imports(text)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolved(file, spec))
      .filter((target) => !target.startsWith('test/')),
  ]),
);

/** A cycle in `edges`, as the path round it, or null. */
function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe('imports are read whole', () => {
  it('finds static, side-effect, re-exported and dynamic imports', () => {
    const text = `import a from './a.js';\nimport './b.js';\nexport { c } from "./c.js";\nconst d = await import('./d.js');\nimport type { E } from '../e.js';`;
    expect(imports(text).sort()).toEqual(['../e.js', './a.js', './b.js', './c.js', './d.js']);
  });
});

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

describe('src/ and bench/', () => {
  it('puts every folder in a layer', () => {
    const unplaced = [...new Set([...graph.keys()].map(folderOf))].filter((folder) => layerOf(folder) < 0);
    expect(unplaced).toEqual([]);
  });

  it.each(runtime.map(([file]) => [file]))('%s imports only its own layer or those below, and no other entry point', (file) => {
    const from = folderOf(file);
    const wrong = (graph.get(file.replace(/\.ts$/, '')) ?? [])
      .map((target) => ({ target, to: folderOf(target) }))
      .filter(({ to }) => to !== from && (layerOf(to) < layerOf(from) || (ENTRY_POINTS.has(from) && ENTRY_POINTS.has(to))))
      .map(({ target }) => relative('.', target));
    expect(wrong).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folders = new Map<string, string[]>();
    for (const [module, targets] of graph) {
      const from = folderOf(module);
      const to = targets.map(folderOf).filter((f) => f !== from);
      folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
    }
    expect(findCycle(folders)).toBeNull();
  });

  it('has no cycle between modules', () => {
    expect(findCycle(graph)).toBeNull();
  });
});
