// A learned second opinion: two small logistic models (softmax over classes) trained on the
// team's own labelled texts by eval/train-opinion.ts and shipped as model.json. One reads the
// kind of message, the other the tier of a repair. classify() weighs them only where the
// rules may be unsure (second-opinion.ts), and each answer can name the tenant's words that
// carried it, so a reading can always be explained.
import { readFileSync } from 'node:fs';
import { featureWords, pairFeature, textWords, wordFeatures } from './features.js';

export interface SoftmaxModel {
  classes: string[];
  /** What one unit of a stored weight or bias is worth (they are stored as whole numbers). */
  scale: number;
  bias: number[];
  /** Feature to one weight per class. The kind model lists every feature the models know. */
  weights: Record<string, number[]>;
}

export interface OpinionModel {
  version: 1;
  /** The labelled sets it was trained on, and a hash of their rows (a test checks it is current). */
  trainedOn: string[];
  rowsHash: string;
  /** How sure it must be before it overrides the rules. */
  thresholds: { kind: number; tier: number };
  kind: SoftmaxModel;
  tier: SoftmaxModel;
}

export interface Opinion {
  label: string;
  probability: number;
}

type Which = 'kind' | 'tier';

interface Table {
  model: SoftmaxModel;
  /** Weights by feature number, one row of classes per feature. */
  w: Float64Array;
}

/** Words read so far and their feature numbers: tenants reuse words, so most are read once. */
const WORD_CACHE_LIMIT = 20_000;

/** The learned models, and what they read in one text. */
export class SecondOpinion {
  private readonly ids = new Map<string, number>();
  private readonly names: string[];
  private readonly tables: Record<Which, Table>;
  private readonly words = new Map<string, number[]>();
  private readonly seen: Uint32Array;
  private tick = 0;

  constructor(readonly model: OpinionModel) {
    this.names = Object.keys(model.kind.weights);
    for (const [i, f] of this.names.entries()) this.ids.set(f, i);
    this.tables = { kind: this.table(model.kind), tier: this.table(model.tier) };
    this.seen = new Uint32Array(this.names.length);
  }

  private table(model: SoftmaxModel): Table {
    const C = model.classes.length;
    const w = new Float64Array(this.names.length * C);
    for (const [f, row] of Object.entries(model.weights)) {
      const id = this.ids.get(f);
      if (id === undefined) throw new Error(`opinion model: feature ${f} is not in the kind model's list`);
      w.set(row, id * C);
    }
    return { model, w };
  }

  /** @internal The feature numbers of one word (the word and its letter runs). */
  wordIds(word: string): number[] {
    let ids = this.words.get(word);
    if (!ids) {
      ids = wordFeatures(word).flatMap((f) => this.ids.get(f) ?? []);
      if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
      this.words.set(word, ids);
    }
    return ids;
  }

  /** The features of a text the models know, each once. */
  read(normalised: string): TextOpinion {
    const words = textWords(normalised);
    const tick = ++this.tick;
    const out: number[] = [];
    const add = (id: number | undefined) => {
      if (id === undefined || this.seen[id] === tick) return;
      this.seen[id] = tick;
      out.push(id);
    };
    for (let i = 0; i < words.length; i++) {
      for (const id of this.wordIds(words[i] as string)) add(id);
      if (i + 1 < words.length) add(this.ids.get(pairFeature(words[i] as string, words[i + 1] as string)));
    }
    return new TextOpinion(this, words, out);
  }

  /** @internal */
  tableOf(which: Which): Table {
    return this.tables[which];
  }

  /** @internal */
  nameOf(id: number): string {
    return this.names[id] as string;
  }
}

export class TextOpinion {
  constructor(
    private readonly models: SecondOpinion,
    private readonly words: string[],
    private readonly ids: number[],
  ) {}

  /** The label it reads for the kind of message or the tier of a repair, and how sure it is. */
  of(which: Which): Opinion {
    const { model, w } = this.models.tableOf(which);
    const scores = probabilities(model, w, this.ids);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
    return { label: model.classes[best] as string, probability: scores[best] as number };
  }

  /**
   * The tenant's words that most favoured `label` over `against` (the rules' reading),
   * strongest first: each feature's pull is credited to the word it came from (a letter run
   * held by several words of the text is shared equally) or, for a pair, to the pair.
   */
  because(which: Which, label: string, against: string): string[] {
    const { model, w } = this.models.tableOf(which);
    const C = model.classes.length;
    const best = model.classes.indexOf(label);
    const other = model.classes.indexOf(against);
    const pull = (id: number) => (w[id * C + best] as number) - (other >= 0 ? (w[id * C + other] as number) : 0);
    const words = [...new Set(this.words)];
    const holders = new Map<number, number>();
    for (const word of words) for (const id of this.models.wordIds(word)) holders.set(id, (holders.get(id) ?? 0) + 1);
    const credit = new Map<string, number>();
    for (const word of words) {
      let d = 0;
      for (const id of this.models.wordIds(word)) d += pull(id) / (holders.get(id) as number);
      credit.set(word, d);
    }
    for (const id of this.ids) if (!holders.has(id)) credit.set(featureWords(this.models.nameOf(id)), pull(id));
    return [...credit]
      .filter(([, d]) => d > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, EXPLAIN)
      .map(([unit]) => unit);
  }
}

const EXPLAIN = 4;

/** Softmax over the classes for the features present (each counts 1/√n, n the features known). */
export function probabilities(model: SoftmaxModel, w: Float64Array, ids: readonly number[]): number[] {
  const C = model.classes.length;
  const scale = 1 / Math.sqrt(Math.max(1, ids.length));
  const z = new Array<number>(C);
  for (let c = 0; c < C; c++) {
    let s = 0;
    for (const id of ids) s += w[id * C + c] as number;
    z[c] = (model.bias[c] as number) + s * scale;
  }
  const max = Math.max(...z);
  let sum = 0;
  for (let c = 0; c < C; c++) {
    z[c] = Math.exp(((z[c] as number) - max) * model.scale);
    sum += z[c] as number;
  }
  return z.map((v) => v / sum);
}

let current: SecondOpinion | null | undefined;

/** The opinion classify() consults: the shipped model.json, read once (a missing or broken file is an error, not silence). */
export function opinion(): SecondOpinion | null {
  if (current === undefined) current = new SecondOpinion(JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as OpinionModel);
  return current;
}

/** For the trainer's cross-validation only: read with another model, or with the rules alone (null). */
export function useOpinion(model: SecondOpinion | null): void {
  current = model;
}
