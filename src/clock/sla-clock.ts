// Turns a promised timescale into the moment it falls due, in the landlord's own terms.
//
// The rules, chosen to match how landlords and the Complaint Handling Code count:
// - hours: an absolute span from the moment of the report ("within 24 hours" of 9pm
//   Friday is 9pm Saturday), so a clock change shifts the wall-clock time, never the span.
// - calendar days and weeks: the whole day N days after the day of the report, London
//   time ("within 7 days" of Sunday 22 November is by the end of Sunday 29 November).
// - working days: Monday to Friday, less England and Wales bank holidays. The day of
//   the report is day 0; the promise falls due at close of business on the Nth working
//   day after it. A report after close, or on a weekend or bank holiday, counts as
//   received on the next working day. So "within 1 working day" of a report at 4:55pm
//   on Friday is 5pm on Monday; of one at 5:05pm on Friday, 5pm on Tuesday.
import { bankHoliday } from './bank-holidays.js';
import { londonDate, londonTime, remembered, shiftDate, weekday } from '../../dialogs/london.js';

export { LONDON, londonDate, londonTime, shiftDate } from '../../dialogs/london.js';

/** A timescale as the clock counts it; policy packs hold these (policy.schema.ts checks they match). */
export interface Duration {
  amount: number;
  unit: 'hours' | 'calendar-days' | 'working-days' | 'weeks';
}

export interface OfficeHours {
  open: string;
  close: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { open: '09:00', close: '17:00' };

export function isWorkingDay(ymd: string): boolean {
  const day = weekday(ymd);
  return day !== 0 && day !== 6 && bankHoliday(ymd) === undefined;
}

/** The working day `n` working days after `ymd` (n >= 0; 0 gives `ymd` itself). */
export function addWorkingDays(ymd: string, n: number): string {
  return workingDaysLater(`${ymd} ${n}`, () => {
    let day = ymd;
    for (let left = n; left > 0; ) {
      day = shiftDate(day, 1);
      if (isWorkingDay(day)) left -= 1;
    }
    return day;
  });
}
/** Every promise counts working days from the same few days: each count is walked once. */
const workingDaysLater = remembered<string>(4096);

/** The working day a message counts as received on (see the rules above). */
export function receivedOn(at: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS): string {
  const today = londonDate(at);
  if (isWorkingDay(today) && at < londonTime(today, hours.close)) return today;
  let day = shiftDate(today, 1);
  while (!isWorkingDay(day)) day = shiftDate(day, 1);
  return day;
}

/** The office is open at `at`: a working day, between opening and closing time (London). */
export function officeOpen(at: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS): boolean {
  const today = londonDate(at);
  return isWorkingDay(today) && at >= londonTime(today, hours.open) && at < londonTime(today, hours.close);
}

/** When the office next opens after `at` (`at` itself when it is open). */
export function officeOpensAt(at: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS): Date {
  if (officeOpen(at, hours)) return at;
  let day = londonDate(at);
  if (!(isWorkingDay(day) && at < londonTime(day, hours.open))) {
    do day = shiftDate(day, 1);
    while (!isWorkingDay(day));
  }
  return londonTime(day, hours.open);
}

/** When a promise made at `at` falls due. */
export function dueDate(at: Date, duration: Duration, hours: OfficeHours = DEFAULT_OFFICE_HOURS): Date {
  const { amount, unit } = duration;
  switch (unit) {
    case 'hours':
      return new Date(at.getTime() + amount * 3_600_000);
    case 'calendar-days':
    case 'weeks': {
      const days = unit === 'weeks' ? amount * 7 : amount;
      const next = shiftDate(londonDate(at), Math.ceil(days) + 1);
      // The last instant of the due day is the first instant of the next, less 1 ms.
      return new Date(londonTime(next, '00:00').getTime() - 1);
    }
    case 'working-days':
      return londonTime(addWorkingDays(receivedOn(at, hours), Math.ceil(amount)), hours.close);
  }
}

/**
 * A promise that counts from an earlier due date rather than from a message: the stage 1
 * response counts from the acknowledgement. Working days count from that day itself.
 */
export function dueAfter(previous: Date, duration: Duration, hours: OfficeHours = DEFAULT_OFFICE_HOURS): Date {
  if (duration.unit !== 'working-days') return dueDate(previous, duration, hours);
  return londonTime(addWorkingDays(londonDate(previous), Math.ceil(duration.amount)), hours.close);
}
