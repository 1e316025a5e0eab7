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
  return LONDON_DAY.format(at);
}

/** The London wall-clock time of an instant, as HH:MM (24-hour). */
export function londonClock(at: Date): string {
  return LONDON_CLOCK.format(at);
}

/** The instant at a London wall-clock time on a London date. */
export function londonTime(ymd: string, hhmm: string): Date {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, LONDON).getTime());
}

/** An instant as London wall-clock fields, for formatting with date-fns. */
export function inLondon(at: Date | string): TZDate {
  return new TZDate(new Date(at).getTime(), LONDON);
}

/** A London instant in a date-fns pattern ("EEE d MMM"). */
export function formatLondon(at: Date | string, pattern: string): string {
  return format(inLondon(at), pattern);
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
