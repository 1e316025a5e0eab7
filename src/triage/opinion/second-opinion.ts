// Where the learned opinion may change what the rules read, and how it says why. The rules
// decide first; the opinion is weighed only where a mistake cannot put anyone at risk:
// never when a danger was named, never against abuse, threats, violence, hate or
// harassment, never for an MP's letter or everyday neighbour life the rules explained.
// It changes the kind only to one the rules also found something for (a repair needs a
// repair found, ASB a category). It changes a repair's tier only when it is very sure,
// never where the rules will ask the tenant the question that settles it, and never lower
// for an emergency the rules read, for damp and mould, or where the text names someone
// vulnerable in the home (the rules weighed them). Each change is recorded with the
// tenant's words that carried it.
import type { RepairTier } from '../../policy/policy.schema.js';
import { type AsbMatch, type Kind, type Learned, type NotAsb, PERSONAL_ASB, type RepairMatch, type SafetyHit } from '../triage.types.js';
import { RANK } from '../severity.js';
import { readStatusAsk } from '../status-ask.js';
import { type Opinion, opinion } from './model.js';

const TIERS = new Set<string>(['emergency', 'urgent', 'routine', 'planned']);

export interface Reading {
  text: string;
  normalised: string;
  kind: Kind;
  repair: RepairMatch | null;
  asb: AsbMatch | null;
  notAsb: NotAsb | null;
  safety: SafetyHit[];
  dissatisfaction: boolean;
  representative: boolean;
  /** The text names someone vulnerable in the home (a baby, an older person, an illness). */
  vulnerable: boolean;
}

/** The rules' reading, with the opinion's changes (if any) and what they were. */
export function secondOpinion(r: Reading): { kind: Kind; repair: RepairMatch | null; learned: Learned[] } {
  const model = opinion();
  const learned: Learned[] = [];
  let { kind, repair } = r;
  // Readings the rules made on purpose are left alone: a danger, a person at risk, an MP's
  // letter, everyday neighbour life explained ("not ASB").
  if (!model || r.safety.length > 0 || r.representative || r.notAsb || (r.asb && PERSONAL_ASB.includes(r.asb.category.id))) return { kind, repair, learned };
  const sure = model.model.thresholds;
  const text = model.read(r.normalised);

  const k = text.of('kind');
  if (k.label !== kind && k.probability >= sure.kind && possible(k.label, r)) {
    learned.push(change('kind', kind, k, text.because('kind', k.label, kind)));
    kind = k.label as Kind;
  }
  // It leaves the tier alone where the rules will ask the tenant the question that settles
  // it (asking beats guessing), and never moves a repair lower where that could hurt: an
  // emergency (reading one too low is the mistake that hurts), damp and mould (Awaab's Law),
  // or a household the text says has someone vulnerable in it.
  const willAsk = repair !== null && repair.issue.clarify !== undefined && repair.because.length === 0 && !repair.answered;
  if (kind === 'repair' && repair && repair.tier !== 'emergency' && !willAsk) {
    const t = text.of('tier');
    const lower = RANK[t.label as RepairTier] < RANK[repair.tier];
    if (t.label !== repair.tier && TIERS.has(t.label) && t.probability >= sure.tier && !(lower && (repair.issue.awaabs || r.vulnerable))) {
      const because = text.because('tier', t.label, repair.tier);
      learned.push(change('tier', repair.tier, t, because));
      repair = { ...repair, tier: t.label as RepairTier, because: [...repair.because, `read as ${t.label} from: ${because.join(', ')}`] };
    }
  }
  return { kind, repair, learned };
}

function possible(label: string, r: Reading): boolean {
  // A fault still there, with the tenant unhappy about it, stays a repair with a complaint
  // offered (the dissatisfaction flag): both readings lead to the same two things, and the
  // rules decide which comes first, either way round.
  if (label === 'complaint' && r.kind === 'repair' && r.dissatisfaction) return false;
  if (label === 'repair' && r.kind === 'complaint' && r.dissatisfaction) return false;
  // Asking after a job already reported ("has it been booked yet?") is answered from the
  // tenant's own cases: it is not made a complaint unless the rules heard dissatisfaction.
  if (label === 'complaint' && r.kind === 'enquiry' && !r.dissatisfaction && readStatusAsk(r.text).asks) return false;
  if (label === 'repair') return r.repair !== null;
  if (label === 'asb') return r.asb !== null;
  return label !== 'representative-enquiry';
}

function change(what: Learned['what'], from: string, o: Opinion, because: string[]): Learned {
  return { what, from, to: o.label, probability: Math.round(o.probability * 1000) / 1000, because };
}
