// Texts a tenant did not prompt (reminders, case updates) should not arrive in the night:
// a sender asks whether a moment is quiet, and if so when the quiet ends. The window is
// read on the London wall clock, as a tenant reads the time on their phone, so it moves
// with the clocks: 8am is 8am in winter and in summer.
import { londonClock, londonDate, londonTime } from '../../dialogs/london.js';

export interface QuietHours {
  /** 'HH:MM' London wall clock, inclusive. */
  start: string;
  /** 'HH:MM' London wall clock, exclusive; earlier than start when the window crosses midnight. */
  end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '20:00', end: '08:00' };

const MINUTE = 60_000;

function minutes(hhmm: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  // A typo in a landlord's settings must not silently become "never quiet" or "always quiet".
  if (!match) throw new RangeError(`quiet hours: '${hhmm}' is not a time as HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function londonMinute(at: Date): number {
  const [hh, mm] = londonClock(at).split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}

function nextDay(ymd: string): string {
  return new Date(Date.parse(`${ymd}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** True when `at` falls inside the quiet window (start inclusive, end exclusive), London time. */
export function isQuiet(at: Date, quiet: QuietHours): boolean {
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  const now = londonMinute(at);
  // start == end is an empty window: the landlord has no quiet hours.
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** `at` itself when it is allowed, else the first allowed minute after (the London `end` time on the right day). */
export function nextAllowed(at: Date, quiet: QuietHours): Date {
  if (!isQuiet(at, quiet)) return at;
  const today = londonDate(at);
  // Late in a window that crosses midnight, the quiet ends tomorrow morning.
  const crossesMidnight = minutes(quiet.start) > minutes(quiet.end);
  const endDay = crossesMidnight && londonMinute(at) >= minutes(quiet.start) ? nextDay(today) : today;
  const end = londonTime(endDay, quiet.end).getTime();
  // On the nights the clocks change, the end time can come twice (autumn: londonTime gives
  // the second, but the first already ends the quiet) or not at all (spring: the quiet ends
  // when the clocks jump past it). Either way the true end lies within the hour before.
  for (let t = end - 60 * MINUTE; t < end; t += MINUTE) {
    if (t > at.getTime() && !isQuiet(new Date(t), quiet)) return new Date(t);
  }
  return new Date(end);
}
