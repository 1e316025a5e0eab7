// What a booking offer shows. The booking machine says "offer visits for this repair";
// which visits are free is the calendar's answer, so the engine hands this module the
// free slots and it fills in the numbered list (and remembers what it showed, so "2" can
// be read against it next turn). Also the words for one visit: "Tuesday 24 November
// between 8am and 12 noon".
import { formatLondon, londonDate, shiftDate } from './london.js';
import type { Say, SlotChoice } from '../machines/conversation.types.js';
import { formatClock, formatDay } from './format-time.js';

/** How many visits one offer lists: enough choice, still one or two texts. */
export const OFFER_SIZE = 4;
/** At most this many slots from one day, so an offer spans several days. */
const PER_DAY = 2;

export interface BookingFill {
  /** Free visits from now, in date then slot order. */
  available: readonly SlotChoice[];
  /** The word a tenant replies to move or cancel ("CHANGE"). */
  keyword: string;
  /** The landlord sends a reminder the day before. */
  remind: boolean;
  /** Today's London date: a visit tomorrow gets no day-before reminder, so the text does not promise one. */
  today: string;
  /** The visits that fit the tenant's words last turn, when several did. */
  narrowed: readonly SlotChoice[] | null;
}

const OFFERS = new Set(['booking.offer', 'booking.noneFit', 'booking.taken']);
const VISIT_WORDS = new Set([
  'booking.booked',
  'booking.bookedLate',
  'booking.moved',
  'booking.changeMenu',
  'booking.confirmCancel',
  'booking.cancelled',
  'booking.kept',
]);

/** "Tue 24 Nov". */
export function shortDay(startsAt: string): string {
  return formatLondon(startsAt, 'EEE d MMM');
}

/** "Tuesday 24 November between 8am and 12 noon". */
export function visitWords(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  return `${formatDay(start, start)} between ${formatClock(start)} and ${formatClock(new Date(endsAt))}`;
}

/** "Tue 24 Nov, 8am-12 noon (morning)". */
export function optionLine(o: SlotChoice): string {
  const kind = o.label.split(' (')[0]!.toLowerCase();
  return `${shortDay(o.startsAt)}, ${formatClock(new Date(o.startsAt))}-${formatClock(new Date(o.endsAt))} (${kind})`;
}

/** The first few free visits, no more than two a day. */
export function spread(options: readonly SlotChoice[], size = OFFER_SIZE): SlotChoice[] {
  const perDay = new Map<string, number>();
  const chosen: SlotChoice[] = [];
  for (const o of options) {
    const n = perDay.get(o.date) ?? 0;
    if (n >= PER_DAY) continue;
    perDay.set(o.date, n + 1);
    chosen.push(o);
    if (chosen.length === size) break;
  }
  return chosen;
}

function numbered(options: readonly SlotChoice[]): string {
  return options.map((o, i) => `${i + 1} ${optionLine(o)}`).join('\n');
}

/**
 * Fills the booking lines of one turn. Returns the says with their slots in, and the
 * visits shown (null when the turn showed none, so the last offer stays the one read).
 */
export function fillBookingSays(says: readonly Say[], fill: BookingFill): { says: Say[]; shown: SlotChoice[] | null } {
  let shown: SlotChoice[] | null = null;
  const filled = says.map((say): Say => {
    const params = { ...(say.params ?? {}) };
    const dueBy = typeof params.dueBy === 'string' && params.dueBy ? params.dueBy : null;
    if (dueBy) params.dueDay = formatDay(new Date(dueBy), new Date(dueBy));
    if (OFFERS.has(say.key)) {
      const free = fill.available.filter((o) => `${o.date} ${o.slot}` !== params.exclude);
      const inside = dueBy ? free.filter((o) => o.startsAt < dueBy) : free;
      const late = inside.length === 0;
      shown = spread(late ? free : inside);
      return { key: say.key, params: { ...params, options: numbered(shown), late: late && shown.length > 0 ? 'yes' : '' } };
    }
    if (say.key === 'booking.narrowed') {
      // As with the offer: visits by the promised date, and later ones only when none before it fits.
      const fits = fill.narrowed ?? [];
      const inside = dueBy ? fits.filter((o) => o.startsAt < dueBy) : [...fits];
      shown = (inside.length > 0 ? inside : fits).slice(0, OFFER_SIZE + 2);
      return { key: say.key, params: { ...params, options: numbered(shown) } };
    }
    if (VISIT_WORDS.has(say.key)) {
      const when = typeof params.startsAt === 'string' && params.startsAt ? visitWords(params.startsAt, String(params.endsAt)) : '';
      const date = typeof params.startsAt === 'string' ? londonDate(new Date(params.startsAt)) : '';
      const remind = fill.remind && date > shiftDate(fill.today, 1);
      return { key: say.key, params: { ...params, when, keyword: fill.keyword, remind: remind ? 'yes' : '' } };
    }
    return say;
  });
  return { says: filled, shown };
}
