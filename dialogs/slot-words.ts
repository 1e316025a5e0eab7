// The words tenants use for days and times when they pick a visit ("tues mornin", "not
// friday", "after 3", "the 24th"): what each means, the near misses of the long ones, and
// the phrases read as one. read-slot.ts reads replies with them.

export type Part = 'morning' | 'afternoon' | 'evening' | 'all-day' | 'school-run';
export type TimeRule = { rule: 'after' | 'before' | 'at'; minutes: number };

type Meaning = { days: number[] } | { part: Part } | { daysFromToday: number } | { weeksAhead: number };

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const dayWord = (n: number): Meaning => ({ days: [n] });
// Maps, not object literals, so a word like "constructor" means nothing.
const WORDS = new Map<string, Meaning>(
  Object.entries({
    sun: dayWord(0),
    sunday: dayWord(0),
    sundy: dayWord(0),
    mon: dayWord(1),
    monday: dayWord(1),
    mondy: dayWord(1),
    tue: dayWord(2),
    tues: dayWord(2),
    tuesday: dayWord(2),
    teusday: dayWord(2),
    tusday: dayWord(2),
    tuseday: dayWord(2),
    wed: dayWord(3),
    weds: dayWord(3),
    wednesday: dayWord(3),
    wensday: dayWord(3),
    wendsday: dayWord(3),
    wednsday: dayWord(3),
    wedsday: dayWord(3),
    thu: dayWord(4),
    thur: dayWord(4),
    thurs: dayWord(4),
    thursday: dayWord(4),
    thursdy: dayWord(4),
    thrusday: dayWord(4),
    thusday: dayWord(4),
    fri: dayWord(5),
    friday: dayWord(5),
    firday: dayWord(5),
    fridy: dayWord(5),
    frday: dayWord(5),
    sat: dayWord(6),
    saturday: dayWord(6),
    saterday: dayWord(6),
    satuday: dayWord(6),
    weekend: { days: [6, 0] },
    weekday: { days: [1, 2, 3, 4, 5] },
    morning: { part: 'morning' },
    morn: { part: 'morning' },
    mornin: { part: 'morning' },
    am: { part: 'morning' },
    afternoon: { part: 'afternoon' },
    aft: { part: 'afternoon' },
    arvo: { part: 'afternoon' },
    pm: { part: 'afternoon' },
    evening: { part: 'evening' },
    eve: { part: 'evening' },
    tonight: { part: 'evening' },
    allday: { part: 'all-day' },
    schoolrun: { part: 'school-run' },
    today: { daysFromToday: 0 },
    tdy: { daysFromToday: 0 },
    '2day': { daysFromToday: 0 },
    tomorrow: { daysFromToday: 1 },
    tmrw: { daysFromToday: 1 },
    tmr: { daysFromToday: 1 },
    tmw: { daysFromToday: 1 },
    tomoz: { daysFromToday: 1 },
    '2moro': { daysFromToday: 1 },
    '2morrow': { daysFromToday: 1 },
    '2mrw': { daysFromToday: 1 },
    thisweek: { weeksAhead: 0 },
    nextweek: { weeksAhead: 1 },
  } satisfies Record<string, Meaning>),
);
/** Long words are the ones people misspell; short ones are typed as abbreviations instead. */
const NEAR_WORDS = [...WEEKDAY_NAMES, 'morning', 'afternoon', 'evening', 'tomorrow', 'weekend'];

export const FLAGS = new Map<string, 'soonest' | 'anytime'>(
  Object.entries({
    soonest: 'soonest',
    earliest: 'soonest',
    first: 'soonest',
    quickest: 'soonest',
    soon: 'soonest',
    asap: 'soonest',
    anytime: 'anytime',
    any: 'anytime',
    whenever: 'anytime',
    whichever: 'anytime',
    either: 'anytime',
  } as const),
);

export const NEGATORS = new Set([
  'not',
  'never',
  'except',
  'cant',
  "can't",
  'cannot',
  'wont',
  "won't",
  'couldnt',
  "couldn't",
  'dont',
  "don't",
  'busy',
  'away',
  'avoid',
  'without',
  'unable',
]);
/** Words that carry "not friday" on to "or monday afternoon" without ending it. */
export const CONNECTIVES = new Set([
  'or',
  'and',
  'nor',
  'on',
  'the',
  'a',
  'an',
  'in',
  'at',
  'any',
  'either',
  'of',
  'this',
  'that',
  'day',
  'days',
  'time',
  'times',
]);
/** What ends "not friday": the tenant moving on to what does suit. */
export const TURNS = new Set(['|', 'but', 'instead', 'though', 'so']);

export const TIME_WORDS = new Map<string, TimeRule['rule']>(
  Object.entries({
    after: 'after',
    from: 'after',
    before: 'before',
    by: 'before',
    until: 'before',
    till: 'before',
    til: 'before',
    at: 'at',
    around: 'at',
    about: 'at',
    round: 'at',
  } as const),
);
export const ONWARDS = new Set(['onwards', 'onward', 'plus', 'later']);
/** "the 2 of us", "the 3 kids": a number after "the" that is not a date. */
export const NOT_A_DATE_AFTER = new Set(['of', 'hours', 'hour', 'hrs', 'mins', 'minutes', 'days', 'weeks', 'kids', 'children', 'people']);

/** Optimal string alignment distance: "firday" is one slip from "friday", not two. */
function distance(a: string, b: string): number {
  const width = b.length + 1;
  const d: number[] = [];
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        d[i * width + j] = i + j;
        continue;
      }
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The one word within a slip or two; none when it is as close to two ("thuesday"). */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length < 5) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    const limit = candidate.length >= 8 && word.length >= 7 ? 2 : 1;
    const d = distance(word, candidate);
    if (d > limit || d > bestDistance) continue;
    tied = d === bestDistance;
    best = candidate;
    bestDistance = d;
  }
  return tied ? undefined : best;
}

/** What a word means, and whether it was plural ("fridays"), which makes "no fridays" a refusal. */
export function lookup(word: string | undefined): { meaning: Meaning; plural: boolean } | undefined {
  if (word === undefined) return undefined;
  const single = word.length >= 6 && word.endsWith('s') ? word.slice(0, -1) : undefined;
  const spelled = WORDS.get(word);
  if (spelled) return { meaning: spelled, plural: false };
  const plural = single === undefined ? undefined : WORDS.get(single);
  if (plural) return { meaning: plural, plural: true };
  const slip = WORDS.get(nearest(word, NEAR_WORDS) ?? '');
  if (slip) return { meaning: slip, plural: false };
  const slips = single === undefined ? undefined : WORDS.get(nearest(single, NEAR_WORDS) ?? '');
  return slips ? { meaning: slips, plural: true } : undefined;
}

export function monthOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const index = MONTH_NAMES.findIndex((name) => word.length >= 3 && name.startsWith(word));
  if (index >= 0) return index + 1;
  const near = nearest(word, MONTH_NAMES);
  return near ? MONTH_NAMES.indexOf(near) + 1 : undefined;
}

// ---------------------------------------------------------------------------------------
// Text to tokens

export function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\b([ap])\.\s?m\b\.?/g, '$1m')
    .replace(/(\d)\.(\d\d)(?!\d)/g, '$1:$2') // "3.30" is a time
    .replace(/[.,;!?()\n\r]+|\s-+\s/g, ' | ') // a new clause ends "not friday"
    .replace(/[^\p{L}\p{N}\s'|:/]/gu, ' ')
    .replace(/(?<!\d)[:/]|[:/](?!\d)/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/(?<!\p{L})'|'(?!\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Phrases rewritten to one token before reading, so their words are not read one by one ("don't" in "don't mind"). */
const PHRASES: [RegExp, string][] = [
  [/(?<![\d/:])((?:1[0-2]|0?\d)(?::\d\d)?) ?(am|pm|o'?clock|o clock)\b/g, '$1$2'],
  [/o'?clock|o clock/g, 'oclock'],
  [/(\d)ish\b/g, '$1'],
  [/\b(?:do ?n'?t|does ?n'?t|do not|does not|not) (?:mind|care|bother|matter)\b/g, 'anytime'],
  [/\b(?:not (?:bothered|fussed)|no preference|(?:any|all) of (?:them|those)|any (?:is|are) (?:fine|ok|okay|good))\b/g, 'anytime'],
  [/\bnot sure\b/g, 'unsure'],
  [/\b(?:not|no) (?:before|earlier than)\b/g, 'after'],
  [/\b(?:not|no) (?:after|later than)\b/g, 'before'],
  [/\blater than\b/g, 'after'],
  [/\bearlier than\b/g, 'before'],
  [/\bfirst thing\b/g, 'morning'],
  [/\b(?:as soon as (?:possible|poss|you can|u can)|soon as possible|a s a p|(?:first|next|earliest|soonest) (?:available|free|possible))\b/g, 'soonest'],
  [/\b(?:any ?time that day|all day|full day|whole day)\b/g, 'allday'],
  [/\bafter (?:the )?school\b(?! run)/g, 'after 15:00'],
  [
    /\b(?:(?:avoid(?:ing|s)?|miss(?:ing)?|outside|not during|not in|after) (?:the )?(?:school run|school|drop ?off)|school runs?|school hours|school)\b/g,
    'schoolrun',
  ],
  [/\b(?:12 )?(?:noon|midday|lunch ?time|lunch)\b/g, '12:00'],
  [/\bnext week\b/g, 'nextweek'],
  [/\bthis week\b/g, 'thisweek'],
  [/\b(?:apart from|other than|except for|excluding)\b/g, 'except'],
  [/\b(?:any ?day|any ?time|anything|any)(?: (?:is|are) (?:fine|ok|okay|good))? but\b/g, 'anytime except'],
  [/\b(?:any ?days?|any ?time|anything|any one|anyone)\b/g, 'anytime'],
];

export function tokens(text: string): string[] {
  let s = ` ${clean(text)} `;
  for (const [pattern, replacement] of PHRASES) s = s.replace(pattern, replacement);
  return s.split(' ').filter(Boolean);
}
