// The London calendar, once: what date and time it is in London at an instant, the
// instant of a London wall-clock time, and date arithmetic on London dates (yyyy-MM-dd)
// that a clock change cannot trip. The working-day clock (src/clock), the slot offers and
// the reading of "friday" (dialogs) all count on this one module. It sits here, below the
// runtime, because dialogs may not import from src/.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const LONDON = 'Europe/London';
const DAY_MS = 86_400_000;

// en-CA formats dates as yyyy-MM-dd; one cached formatter is far cheaper than a TZDate per call.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' });
const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The London calendar date of an instant, as yyyy-MM-dd. */
export function londonDate(at: Date): string {
  // London is a whole number of hours from UTC, so one UTC hour is all in one London day.
  const hour = Math.floor(at.getTime() / 3_600_000);
  return Number.isNaN(hour) ? LONDON_DAY.format(at) : londonDays(String(hour), () => LONDON_DAY.format(at));
}

/** The London wall-clock time of an instant, as HH:MM (24-hour). */
export function londonClock(at: Date): string {
  return LONDON_CLOCK.format(at);
}

/**
 * Results of the time-zone work, which is the slow part of every promise: a turn asks for
 * the same few London days, closing times and dates over and over. Bounded, and pure, so a
 * hit is always the answer a fresh calculation would give.
 */
export function remembered<T>(limit: number): (key: string, make: () => T) => T {
  const seen = new Map<string, T>();
  return (key, make) => {
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (seen.size >= limit) seen.clear();
    seen.set(key, value);
    return value;
  };
}
const wallClocks = remembered<number>(4096);
const londonDays = remembered<string>(4096);
const formatted = remembered<string>(4096);

/** The instant at a London wall-clock time on a London date. */
export function londonTime(ymd: string, hhmm: string): Date {
  return new Date(
    wallClocks(`${ymd} ${hhmm}`, () => {
      const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
      const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
      return new TZDate(y, m - 1, d, hh, mm, LONDON).getTime();
    }),
  );
}

/** An instant as London wall-clock fields, for formatting with date-fns. */
export function inLondon(at: Date | string | number): TZDate {
  return new TZDate(new Date(at).getTime(), LONDON);
}

/** A London instant in a date-fns pattern ("EEE d MMM"). */
export function formatLondon(at: Date | string, pattern: string): string {
  const ms = new Date(at).getTime();
  return formatted(`${ms} ${pattern}`, () => format(inLondon(ms), pattern));
}

function dayNumber(ymd: string): number {
  const [y = 0, m = 1, d = 1] = ymd.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The date `days` after (or before) a date: plain date arithmetic, with no time zone in it. */
export function shiftDate(ymd: string, days: number): string {
  return new Date((dayNumber(ymd) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** 0 is Sunday, as in Date#getUTCDay. */
export function weekday(ymd: string): number {
  return new Date(dayNumber(ymd) * DAY_MS).getUTCDay();
}

/** Days in a month (month 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  return (Date.UTC(year, month, 1) - Date.UTC(year, month - 1, 1)) / DAY_MS;
}
