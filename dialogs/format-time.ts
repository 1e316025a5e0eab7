// How a promise reads to a tenant: the timescale in words and the date it lands on,
// always in London time ("within 24 hours, by 9pm on Saturday 28 November").
import { format } from 'date-fns';
import { inLondon, londonDate, remembered } from './london.js';

export type TimeUnit = 'hours' | 'calendar-days' | 'working-days' | 'weeks';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "24 hours", "7 days", "1 working day", "6 weeks". */
export function describeDuration(amount: number, unit: TimeUnit): string {
  switch (unit) {
    case 'hours':
      return plural(amount, 'hour', 'hours');
    case 'calendar-days':
      return plural(amount, 'day', 'days');
    case 'working-days':
      return plural(amount, 'working day', 'working days');
    case 'weeks':
      return plural(amount, 'week', 'weeks');
  }
}

// Both depend only on the London minute or day, so each answer is worked out once.
const clocks = remembered<string>(4096);
const days = remembered<string>(4096);

/** "9pm", "9:30am", "12 noon". */
export function formatClock(at: Date): string {
  // London is a whole number of hours from UTC, so a UTC minute is a London minute.
  return clocks(String(Math.floor(at.getTime() / 60_000)), () => {
    const local = inLondon(at);
    if (local.getHours() === 12 && local.getMinutes() === 0) return '12 noon';
    if (local.getHours() === 0 && local.getMinutes() === 0) return 'midnight';
    return format(local, local.getMinutes() === 0 ? 'haaa' : 'h:mmaaa');
  });
}

/** "Saturday 28 November", with the year when it is not the year of `now`. */
export function formatDay(at: Date, now: Date): string {
  return days(`${londonDate(at)} ${londonDate(now).slice(0, 4)}`, () => {
    const local = inLondon(at);
    const sameYear = local.getFullYear() === inLondon(now).getFullYear();
    return format(local, sameYear ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy');
  });
}

/** The date part of a promise: an hours promise names the time, a days promise the day. */
export function formatDue(due: Date, unit: TimeUnit, now: Date): string {
  if (unit === 'hours') return `by ${formatClock(due)} on ${formatDay(due, now)}`;
  return `by ${formatDay(due, now)}`;
}

/** "within 24 hours, by 9pm on Saturday 28 November". */
export function formatPromise(amount: number, unit: TimeUnit, due: Date, now: Date): string {
  return `within ${describeDuration(amount, unit)}, ${formatDue(due, unit, now)}`;
}
