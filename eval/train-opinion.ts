// Trains the learned second opinion (src/triage/opinion/) on the team's labelled sets and
// writes src/triage/opinion/model.json. Deterministic: the same rows give the same model.
//
//   npx tsx eval/train-opinion.ts            train on TRAIN and write the model
//   npx tsx eval/train-opinion.ts --cv       5-fold cross-validation: rules alone against
//                                            rules with the opinion, on rows it did not see
//   --kind 0.97 --tier 0.99                  how sure it must be to override (with --cv)
//
// Never trained on the check sets, set-n, set-q, set-s and set-u, whose misses are never read.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { features } from '../src/triage/opinion/features.js';
import { type OpinionModel, SecondOpinion, type SoftmaxModel, useOpinion } from '../src/triage/opinion/model.js';
import { normalise } from '../src/triage/normalise.js';
import { pct, readRows, scoreTriage, type TriageFigures, type TriageRow } from './triage-score.js';

const here = dirname(fileURLToPath(import.meta.url));
export const TRAIN = [
  'set-a',
  'set-b',
  'set-c',
  'set-d',
  'set-e',
  'set-f',
  'set-g',
  'set-h',
  'set-i',
  'set-j',
  'set-k',
  'set-l',
  'set-m',
  'set-o',
  'set-p',
  'set-r',
].map((s) => `${s}.jsonl`);
export const MODEL_PATH = join(here, '..', 'src', 'triage', 'opinion', 'model.json');
const WEIGHT_SCALE = 100;
const KINDS = ['repair', 'asb', 'complaint', 'compliment', 'comment', 'enquiry', 'representative-enquiry', 'unknown'];
const TIERS = ['emergency', 'urgent', 'routine', 'planned'];

/** The hash the shipped model records of the rows it learned from. */
export function rowsHash(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(join(here, f), 'utf8'));
  return h.digest('hex');
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Options {
  epochs: number;
  rate: number;
  l2: number;
  minDocs: number;
}
const DEFAULTS: Options = { epochs: arg('--epochs', 30), rate: 0.4, l2: arg('--l2', 1e-4), minDocs: arg('--min-docs', 2) };

/** A small seeded generator, so the shuffle (and so the model) is the same every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The features the models know: those in at least `minDocs` training texts, in a fixed order. */
function vocabulary(docs: string[][], minDocs: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= minDocs) vocab.set(f, vocab.size);
  return vocab;
}

/**
 * Softmax regression by AdaGrad over the known features, each present feature counting
 * 1/√n (n the known features of the text, as model.ts reads them), L2 on the touched weights.
 * `all` ships a weight row for every known feature (the kind model: its list is the vocabulary).
 */
export function trainSoftmax(
  docs: string[][],
  labels: number[],
  classes: string[],
  vocab: Map<string, number>,
  all: boolean,
  o: Options = DEFAULTS,
): SoftmaxModel {
  const C = classes.length;
  const W = new Float64Array(vocab.size * C);
  const G = new Float64Array(vocab.size * C).fill(1e-8);
  const bias = new Float64Array(C);
  const gBias = new Float64Array(C).fill(1e-8);
  const rows = docs.map((d) => {
    const ids = d.map((f) => vocab.get(f)).filter((i): i is number => i !== undefined);
    return { ids, scale: 1 / Math.sqrt(Math.max(1, ids.length)) };
  });
  const order = rows.map((_, i) => i);
  const random = seeded(16);
  const z = new Float64Array(C);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const { ids, scale } = rows[r] as (typeof rows)[number];
      for (let c = 0; c < C; c++) {
        let s = bias[c] as number;
        for (const id of ids) s += (W[id * C + c] as number) * scale;
        z[c] = s;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, z[c] as number);
      let sum = 0;
      for (let c = 0; c < C; c++) {
        z[c] = Math.exp((z[c] as number) - max);
        sum += z[c] as number;
      }
      for (let c = 0; c < C; c++) {
        const g = (z[c] as number) / sum - (c === labels[r] ? 1 : 0);
        gBias[c] = (gBias[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (o.rate * g) / Math.sqrt(gBias[c] as number);
        for (const id of ids) {
          const k = id * C + c;
          const gw = g * scale + o.l2 * (W[k] as number);
          G[k] = (G[k] as number) + gw * gw;
          W[k] = (W[k] as number) - (o.rate * gw) / Math.sqrt(G[k] as number);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, id] of vocab) {
    // Shipped in hundredths: a rounding error of 0.005 a weight moves no reading.
    const w = Array.from(W.subarray(id * C, id * C + C), (v) => Math.round(v * WEIGHT_SCALE));
    if (all || w.some((v) => v !== 0)) weights[f] = w;
  }
  return { classes, scale: 1 / WEIGHT_SCALE, bias: Array.from(bias, (v) => Math.round(v * WEIGHT_SCALE)), weights };
}

export function buildModel(rows: readonly TriageRow[], files: string[], thresholds: OpinionModel['thresholds']): OpinionModel {
  const kindRows = rows.filter((r) => KINDS.includes(r.kind));
  const tierRows = rows.filter((r) => r.kind === 'repair' && r.tier !== null);
  const read = (r: TriageRow) => features(normalise(r.text));
  const kindDocs = kindRows.map(read);
  const vocab = vocabulary(kindDocs, DEFAULTS.minDocs);
  return {
    version: 1,
    trainedOn: files,
    rowsHash: files.length ? rowsHash(files) : '',
    thresholds,
    kind: trainSoftmax(
      kindDocs,
      kindRows.map((r) => KINDS.indexOf(r.kind)),
      KINDS,
      vocab,
      true,
    ),
    tier: trainSoftmax(
      tierRows.map(read),
      tierRows.map((r) => TIERS.indexOf(r.tier as string)),
      TIERS,
      vocab,
      false,
    ),
  };
}

/** The model as JSON with one feature a line, so a retrained model's diff reads feature by feature. */
function modelText(model: OpinionModel): string {
  const part = (m: SoftmaxModel) => {
    const rows = Object.entries(m.weights).map(([f, w]) => `      ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
    return `{\n    "classes": ${JSON.stringify(m.classes)},\n    "scale": ${m.scale},\n    "bias": ${JSON.stringify(m.bias)},\n    "weights": {\n${rows.join(',\n')}\n    }\n  }`;
  };
  const head = (['version', 'trainedOn', 'rowsHash', 'thresholds'] as const).map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(model[k])}`);
  return `{\n${head.join(',\n')},\n  "kind": ${part(model.kind)},\n  "tier": ${part(model.tier)}\n}\n`;
}

function add(into: TriageFigures | null, f: TriageFigures): TriageFigures {
  if (!into) return { ...f, misses: [] };
  for (const k of ['rows', 'kindOk', 'repairs', 'tierOk', 'overGraded', 'underGraded', 'severe', 'asked', 'right'] as const) into[k] += f[k];
  return into;
}

function line(name: string, f: TriageFigures): string {
  return `${name.padEnd(22)} right ${pct(f.right, f.rows).padEnd(16)} kind ${pct(f.kindOk, f.rows).padEnd(16)} tier ${pct(f.tierOk, f.repairs).padEnd(16)} over ${pct(f.overGraded, f.repairs).padEnd(14)} severe ${f.severe}  asked ${pct(f.asked, f.rows)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const thresholds = { kind: arg('--kind', 0.97), tier: arg('--tier', 0.99) };
  const rows = TRAIN.flatMap((f) => readRows(join(here, f)));
  if (process.argv.includes('--cv')) {
    const folds = 5;
    let rules: TriageFigures | null = null;
    let both: TriageFigures | null = null;
    for (let k = 0; k < folds; k++) {
      const test = rows.filter((_, i) => i % folds === k);
      const train = rows.filter((_, i) => i % folds !== k);
      useOpinion(null);
      rules = add(rules, scoreTriage(test));
      useOpinion(new SecondOpinion(buildModel(train, [], thresholds)));
      both = add(both, scoreTriage(test));
    }
    console.log(line('rules alone', rules as TriageFigures));
    console.log(line(`with opinion ${thresholds.kind}/${thresholds.tier}`, both as TriageFigures));
  } else if (process.argv.includes('--check')) {
    // Figures only (never the misses): the check set is not for reading.
    const name = process.argv[process.argv.indexOf('--check') + 1] as string;
    const check = readRows(join(here, `${name}.jsonl`));
    useOpinion(null);
    console.log(line(`${name} rules alone`, scoreTriage(check)));
    useOpinion(new SecondOpinion(buildModel(rows, [], thresholds)));
    console.log(line(`${name} ${thresholds.kind}/${thresholds.tier}`, scoreTriage(check)));
  } else {
    const model = buildModel(rows, TRAIN, thresholds);
    writeFileSync(MODEL_PATH, modelText(model));
    console.log(
      `wrote ${MODEL_PATH}: ${rows.length} rows, ${Object.keys(model.kind.weights).length} kind and ${Object.keys(model.tier.weights).length} tier features`,
    );
  }
}
