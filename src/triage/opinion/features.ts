// What the learned second opinion reads in a text: its words, its pairs of words and the
// letter runs inside each word (so "leeking", "leaking" and "leaks" share most of what they
// say). Every feature is a readable string, so a decision can be explained by the words
// that carried it.

const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** The words of a normalised text (see normalise.ts), in order. */
export function textWords(normalised: string): string[] {
  return normalised.split(/[^a-z0-9]+/).filter((w) => w !== '');
}

/** A word's own features: the word, and the letter runs of 3 to 5 inside it (" word " padded). */
export function wordFeatures(word: string): string[] {
  const out = new Set<string>([`w:${word}`]);
  const padded = ` ${word} `;
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    for (let s = 0; s + n <= padded.length; s++) out.add(`c:${padded.slice(s, s + n)}`);
  }
  return [...out];
}

export function pairFeature(first: string, second: string): string {
  return `b:${first} ${second}`;
}

/** The distinct features of a normalised text. */
export function features(normalised: string): string[] {
  const words = textWords(normalised);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const f of wordFeatures(words[i] as string)) out.add(f);
    if (i + 1 < words.length) out.add(pairFeature(words[i] as string, words[i + 1] as string));
  }
  return [...out];
}

/** A word or pair-of-words feature as the words themselves. */
export function featureWords(feature: string): string {
  return feature.slice(2);
}
