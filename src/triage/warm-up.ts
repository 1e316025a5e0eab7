// Reading the first messages after a start is slow: the cue patterns are compiled and
// indexed as they are first met, and the learned opinion and the word lists load on first
// use. A server reads these texts before it takes traffic, so the first tenants to text
// after a deploy or a restart are not the ones who wait. Each kind of reading is here once.
import type { PolicyPack } from '../policy/policy.schema.js';
import { triage } from './triage.js';

export const WARM_UP_TEXTS = [
  'boiler broke no heating or hot water, got a 6 month old baby',
  'water pouring thru the kitchen ceiling near the light',
  'smell of gas in the hall',
  'fire in the flat below, smoke coming under my door',
  'co alarm going off and we all have headaches',
  'toilet blocked its our only one',
  'front door wont lock after a break in',
  'black mould in the bedroom, my son has asthma',
  'the tap in the bathroom drips, no rush',
  'can we get a new kitchen its 25 years old',
  'neighbour playing loud music every night till 3am',
  'the man next door threatened to stab me',
  'lads dealing drugs on the stairs',
  'someone dumped a sofa by the bins',
  'your engineer never turned up and nobody rang me back, i want to complain',
  'thank you the plumber was brilliant',
  'speed bumps would be good on our road',
  'when is my rent due',
  'i am writing on behalf of my constituent about her damp flat',
  'i cant go on anymore',
  'my partner hit me again last night',
  'wen r u cummin 2 fix me boyler',
  'hello',
];

/** Reads the texts under the pack a few times (the later passes let the code compile); returns the milliseconds taken. */
export function warmUpTriage(pack: PolicyPack, at: Date = new Date(), passes = 3): number {
  const started = performance.now();
  for (let pass = 0; pass < passes; pass += 1) for (const text of WARM_UP_TEXTS) triage(text, pack, at);
  return performance.now() - started;
}
