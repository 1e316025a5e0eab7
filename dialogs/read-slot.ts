// How a tenant picks a repair appointment from an offer. Most reply with the number they
// were shown; the rest say it in their own words from a basic phone ("tues mornin pls",
// "any day after 3 but not friday"). Words are read against every slot still bookable, not
// just the few offered, so a reply that misses the offer can still land or narrow the
// choice instead of sending the tenant round the offer again.
// Dates arrive as London calendar dates, so weekdays come from plain UTC date arithmetic.

import { daysInMonth, shiftDate, weekday } from './london.js';
import {
  CONNECTIVES,
  FLAGS,
  NEGATORS,
  NOT_A_DATE_AFTER,
  ONWARDS,
  type Part,
  TIME_WORDS,
  TURNS,
  type TimeRule,
  clean,
  lookup,
  monthOf,
  tokens,
} from './slot-words.js';

/** One bookable appointment: a London date and one of the landlord's slot types. */
export interface SlotOption {
  date: string; // London calendar date 'yyyy-MM-dd'
  slot: string; // slot id from the landlord's pack, e.g. 'am', 'pm', 'avoid-school-run', 'all-day'
  label: string; // e.g. 'Morning (8am to 12 noon)'
  start: string; // 'HH:MM' 24h local time the visit window opens
  end: string; // 'HH:MM' closes
}

export type SlotReading =
  | { kind: 'pick'; option: SlotOption } // exactly one option fits
  | { kind: 'narrow'; options: SlotOption[] } // words understood, several fit (in date then start order)
  | { kind: 'none-fit' } // words understood (a day, a time) but nothing available fits
  | { kind: 'unread' }; // nothing about days/times understood

// ---------------------------------------------------------------------------------------
// Calendar

const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ymdParts(ymd: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = ymd.split('-').map(Number);
  return [y, m, d];
}

const addDays = shiftDate;

/** The date if it exists; "31/11" is understood but names no day. */
function realDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "the 24th" or "24 nov" means the next such date on or after today, never one gone by. */
function nextDate(today: string, day: number, month?: number, year?: number): string | null {
  const [thisYear, thisMonth] = ymdParts(today);
  if (year !== undefined && month !== undefined) return realDate(year < 100 ? 2000 + year : year, month, day);
  // Four years, so 29 February is found; thirteen months, so the 31st skips short months.
  for (let ahead = 0; ahead < (month ? 5 : 13); ahead++) {
    const ymd = month
      ? realDate(thisYear + ahead, month, day)
      : realDate(thisYear + Math.floor((thisMonth - 1 + ahead) / 12), ((thisMonth - 1 + ahead) % 12) + 1, day);
    if (ymd !== null && ymd >= today) return ymd;
  }
  return null;
}

/** Monday to Sunday: this week, or the one after. */
function weekOf(today: string, weeksAhead: number): { from: string; to: string } {
  const monday = addDays(today, -((weekday(today) + 6) % 7) + 7 * weeksAhead);
  return { from: monday, to: addDays(monday, 6) };
}

/** Short day label for SMS, e.g. 'Tue 24 Nov'. ymd is 'yyyy-MM-dd'. */
export function slotDay(ymd: string): string {
  const [, m, d] = ymdParts(ymd);
  return `${WEEKDAY_SHORT[weekday(ymd)]} ${d} ${MONTH_SHORT[m - 1]}`;
}

// ---------------------------------------------------------------------------------------
// What the tenant asked for

/** Days and dates are alternatives ("monday or the 26th"); the rest narrow further. */
interface Criteria {
  days: Set<number>;
  /** A kind of day was named ("weekend", "weekday"), not one weekday, so every such day stays. */
  kindOfDay: boolean;
  dates: Set<string>;
  weeks: { from: string; to: string }[];
  parts: Set<Part>;
  times: TimeRule[];
}

/** A day that does not exist ("31/11") was understood, but no option is on it. */
const NO_SUCH_DATE = 'no-such-date';

function blank(): Criteria {
  return { days: new Set(), kindOfDay: false, dates: new Set(), weeks: [], parts: new Set(), times: [] };
}

function isBlank(c: Criteria): boolean {
  return c.days.size === 0 && c.dates.size === 0 && c.weeks.length === 0 && c.parts.size === 0 && c.times.length === 0;
}

const NOON = 12 * 60;

function minutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * Windows first, so a landlord whose slots are called 'early' and 'late' still gets
 * "morning" right; the slot id and label catch windows that run a little over noon.
 */
function partFits(part: Part, o: SlotOption): boolean {
  const start = minutes(o.start);
  const end = minutes(o.end);
  const named = `${o.slot} ${o.label}`.toLowerCase();
  switch (part) {
    case 'morning':
      return end <= NOON || o.slot === 'am' || named.includes('morning');
    case 'afternoon':
      return start >= NOON || o.slot === 'pm' || named.includes('afternoon');
    case 'evening':
      return start >= 17 * 60 || named.includes('evening');
    case 'all-day':
      return (start <= 10 * 60 && end >= 16 * 60) || /\ball[ -]?day\b/.test(named);
    case 'school-run':
      // Clear of the 9am drop-off and the 3pm pick-up.
      return (start >= 9 * 60 + 15 && end <= 15 * 60) || named.includes('school');
  }
}

/** "After 3" is an afternoon visit that could still be going at 3, not an all-day one that might come at 8. */
function timeFits(t: TimeRule, o: SlotOption): boolean {
  const start = minutes(o.start);
  const end = minutes(o.end);
  switch (t.rule) {
    case 'after':
      return end > t.minutes && (t.minutes < NOON || start >= NOON);
    case 'before':
      return start < t.minutes;
    case 'at':
      return start <= t.minutes && t.minutes < end;
  }
}

function fits(c: Criteria, o: SlotOption): boolean {
  const onDay = (c.days.size === 0 && c.dates.size === 0) || c.days.has(weekday(o.date)) || c.dates.has(o.date);
  const inWeek = c.weeks.length === 0 || c.weeks.some((w) => o.date >= w.from && o.date <= w.to);
  const inPart = c.parts.size === 0 || [...c.parts].some((p) => partFits(p, o));
  return onDay && inWeek && inPart && c.times.every((t) => timeFits(t, o));
}

function inOrder(options: readonly SlotOption[]): SlotOption[] {
  return [...options].sort((a, b) => a.date.localeCompare(b.date) || minutes(a.start) - minutes(b.start) || minutes(a.end) - minutes(b.end));
}

// ---------------------------------------------------------------------------------------
// Readers: each takes the tokens at i and returns how many it used, 0 when not its kind.

/** Minutes after midnight. A bare 1 to 7 is afternoon: nobody books a repair for 3am. */
function clock(word: string | undefined, bare: boolean): number | null {
  const match = /^(\d{1,2})(?::(\d\d))?(am|pm|oclock)?$/.exec(word ?? '');
  if (!match) return null;
  const [, h, m, suffix] = match;
  if (!bare && !suffix && m === undefined) return null;
  let hour = Number(h);
  const minute = Number(m ?? 0);
  if (hour > 23 || minute > 59 || (suffix && suffix !== 'oclock' && hour > 12)) return null;
  if (suffix === 'pm' && hour < 12) hour += 12;
  else if (suffix === 'am' && hour === 12) hour = 0;
  else if (suffix !== 'am' && hour >= 1 && hour <= 7) hour += 12;
  return hour * 60 + minute;
}

/** "after 3", "before noon", "at 10", "3pm onwards", "3pm". */
function readTime(words: string[], i: number, into: Criteria): number {
  const rule = TIME_WORDS.get(words[i]!);
  const at = rule ? clock(words[i + 1], true) : clock(words[i], false);
  if (at === null) return 0;
  const used = rule ? 2 : 1;
  const onwards = ONWARDS.has(words[i + used] ?? '');
  into.times.push({ rule: onwards ? 'after' : (rule ?? 'at'), minutes: at });
  return used + (onwards ? 1 : 0);
}

/** "24th", "the 24th", "24/11", "24 nov", "nov 24", "24th of november"; date null when no such day. */
function parseDate(words: string[], i: number, today: string): { date: string | null; used: number } | null {
  let j = i;
  while (words[j] === 'on' || words[j] === 'the') j++;
  const word = words[j] ?? '';
  const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(word);
  if (slash) {
    const year = slash[3] === undefined ? undefined : Number(slash[3]);
    return { date: nextDate(today, Number(slash[1]), Number(slash[2]), year), used: j + 1 - i };
  }
  const number = /^(\d{1,2})(st|nd|rd|th)?$/.exec(word);
  if (number) {
    const of = words[j + 1] === 'of' ? 1 : 0;
    const month = monthOf(words[j + 1 + of]);
    if (month) return { date: nextDate(today, Number(number[1]), month), used: j + 2 + of - i };
    const afterThe = words[j - 1] === 'the' && !NOT_A_DATE_AFTER.has(words[j + 1] ?? '');
    if (number[2] || afterThe) return { date: nextDate(today, Number(number[1])), used: j + 1 - i };
    return null;
  }
  const month = monthOf(word);
  const dayOfMonth = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(words[j + 1] ?? '');
  if (month && dayOfMonth) return { date: nextDate(today, Number(dayOfMonth[1]), month), used: j + 2 - i };
  return null;
}

function readDate(words: string[], i: number, today: string, into: Criteria): number {
  const found = parseDate(words, i, today);
  if (!found) return 0;
  into.dates.add(found.date ?? NO_SUCH_DATE);
  return found.used;
}

/** "tuesday 24th" is one day, not every Tuesday or the 24th; when they disagree both stay, for the tenant to choose. */
function readDayAndDate(words: string[], i: number, today: string, into: Criteria): number {
  const named = lookup(words[i])?.meaning;
  if (!named || !('days' in named) || named.days.length !== 1) return 0;
  const found = parseDate(words, i + 1, today);
  if (!found) return 0;
  into.dates.add(found.date ?? NO_SUCH_DATE);
  if (found.date === null || weekday(found.date) !== named.days[0]) into.days.add(named.days[0]!);
  return 1 + found.used;
}

function readWord(words: string[], i: number, today: string, into: Criteria): number {
  const word = words[i]!;
  if (word === 'am' && words[i - 1] === 'i') return 0;
  const found = lookup(word);
  if (!found) return 0;
  const m = found.meaning;
  if ('days' in m) {
    for (const d of m.days) into.days.add(d);
    if (m.days.length > 1) into.kindOfDay = true;
  } else if ('part' in m) into.parts.add(m.part);
  else if ('weeksAhead' in m) into.weeks.push(weekOf(today, m.weeksAhead));
  else if (m.daysFromToday === 1 && words[i - 1] === 'after' && words[i - 2] === 'day') into.dates.add(addDays(today, 2));
  else into.dates.add(addDays(today, m.daysFromToday));
  return 1;
}

function readCriterion(words: string[], i: number, today: string, into: Criteria): number {
  return readTime(words, i, into) || readDayAndDate(words, i, today, into) || readDate(words, i, today, into) || readWord(words, i, today, into);
}

/**
 * "No" refuses what follows ("no fridays", "no mornings"), except when it opens the message
 * before a single day: "no tuesday is better" answers the offer, then names a day.
 */
function negates(words: string[], i: number, today: string): boolean {
  const word = words[i]!;
  if (NEGATORS.has(word)) return true;
  if (word !== 'no') return false;
  const next = lookup(words[i + 1]);
  if (next?.plural) return true;
  if (i === 0 && next && 'days' in next.meaning && next.meaning.days.length === 1) return false;
  return readCriterion(words, i + 1, today, blank()) > 0;
}

interface Wish {
  want: Criteria;
  avoid: Criteria[];
  soonest: boolean;
  anytime: boolean;
}

/**
 * Each refusal ("not friday afternoon") is its own group, removing only what matches all of
 * it, so Friday morning survives. A refusal takes up to two filler words before its day or
 * time ("can't really do friday") and ends at the first word that is neither.
 */
function readWish(text: string, today: string): Wish {
  const words = tokens(text);
  const wish: Wish = { want: blank(), avoid: [], soonest: false, anytime: false };
  let avoiding: Criteria | null = null;
  let patience = 0;
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    if (negates(words, i, today)) {
      avoiding = blank();
      wish.avoid.push(avoiding);
      patience = 2;
      i += 1;
      continue;
    }
    const used = readCriterion(words, i, today, avoiding ?? wish.want);
    if (used > 0) {
      i += used;
      continue;
    }
    const flag = FLAGS.get(word);
    if (flag) wish[flag] = true;
    if (avoiding && (TURNS.has(word) || (isBlank(avoiding) ? --patience < 0 : !CONNECTIVES.has(word)))) avoiding = null;
    i += 1;
  }
  wish.avoid = wish.avoid.filter((c) => !isBlank(c));
  return wish;
}

// ---------------------------------------------------------------------------------------
// Numbers

const ORDINAL_WORDS = new Map(
  Object.entries({
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
  }),
);
/** Words that say a number is a place in the list, so "1st one" is option 1 while "1st" alone is a date. */
const LIST_WORDS = new Set(['one', 'option', 'opt', 'number', 'num', 'no', 'choice', 'slot']);
const PICK_FILLER = new Set(
  "please pls plz thanks thank you u thx ta cheers ok okay yes yeah yep yea y the a i id i'd ill i'll will take like have can do go for want is it its that fine good great lovely perfect x xx or and".split(
    ' ',
  ),
);

function position(word: string, listWords: boolean, count: number): number | null {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  if (ordinal) return listWords ? Number(ordinal[1]) : null;
  // "first" alone is "the earliest you have"; only "the first one" is the list's first.
  if (word === 'first') return listWords ? 1 : null;
  if (word === 'last') return count;
  return ORDINAL_WORDS.get(word) ?? null;
}

/** A reply that is only numbers from the list ("2", "option 3", "the second one", "2 or 3"), else null. */
function readNumber(text: string, offered: readonly SlotOption[]): SlotReading | null {
  const words = clean(text)
    .split(' ')
    .filter((w) => w !== '' && w !== '|');
  const listWords = words.some((w) => LIST_WORDS.has(w));
  const picked: number[] = [];
  for (const word of words) {
    if (PICK_FILLER.has(word) || LIST_WORDS.has(word)) continue;
    const n = position(word, listWords, offered.length);
    if (n === null) return null;
    picked.push(n);
  }
  if (picked.length === 0) return null;
  if (picked.some((n) => n < 1 || n > offered.length)) return { kind: 'unread' };
  const chosen = [...new Set(picked)].map((n) => offered[n - 1]!);
  return chosen.length === 1 ? { kind: 'pick', option: chosen[0]! } : { kind: 'narrow', options: inOrder(chosen) };
}

// ---------------------------------------------------------------------------------------

/**
 * The appointment a reply chooses. A number picks from `offered`, the list the tenant saw;
 * words choose among `available`. "Earliest" and friends take the soonest that fits, and
 * "any"/"don't mind" on its own takes the soonest of all.
 */
export function readSlotChoice(text: string, offered: readonly SlotOption[], available: readonly SlotOption[], today: string): SlotReading {
  const byNumber = readNumber(text, offered);
  if (byNumber) return byNumber;
  const wish = readWish(text, today);
  const said = !isBlank(wish.want) || wish.avoid.length > 0;
  if (!said && !wish.soonest && !wish.anytime) return { kind: 'unread' };
  const fitting = inOrder(available).filter((o) => fits(wish.want, o) && !wish.avoid.some((c) => fits(c, o)));
  const first = fitting[0];
  if (!first) return { kind: 'none-fit' };
  if (fitting.length === 1 || wish.soonest || !said) return { kind: 'pick', option: first };
  // "tues morning" means the coming Tuesday, not every Tuesday: a named weekday with no
  // date or week keeps the first date that fits. "Weekend" and "weekday" name no one day.
  const nearest = wish.want.days.size > 0 && !wish.want.kindOfDay && wish.want.dates.size === 0 && wish.want.weeks.length === 0;
  const options = nearest ? fitting.filter((o) => o.date === first.date) : fitting;
  return options.length === 1 ? { kind: 'pick', option: first } : { kind: 'narrow', options };
}
