import { describe, expect, it } from 'vitest';
import { bankHoliday } from '../../src/clock/bank-holidays.js';
import { addWorkingDays, dueDate, isWorkingDay, londonTime, receivedOn } from '../../src/clock/sla-clock.js';
import { formatPromise } from '../../dialogs/format-time.js';

const office = { open: '09:00', close: '17:00' };

describe('bank holidays (England and Wales)', () => {
  it.each([
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'substitute'],
    ['2027-12-27', 'substitute'],
    ['2027-12-28', 'substitute'],
    ['2026-08-31', 'Summer'],
    ['2028-01-03', 'substitute'],
  ])('%s is a bank holiday', (day, name) => {
    expect(bankHoliday(day)).toMatch(new RegExp(name, 'i'));
    expect(isWorkingDay(day)).toBe(false);
  });

  it('an ordinary Tuesday is a working day', () => {
    expect(isWorkingDay('2026-11-24')).toBe(true);
  });
});

describe('working days', () => {
  it.each([
    ['2026-12-21', 5, '2026-12-30'],
    ['2026-04-01', 10, '2026-04-17'],
    ['2027-12-24', 5, '2028-01-05'],
    ['2026-11-27', 1, '2026-11-30'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('"within 1 working day" of a report at 4:55pm on a Friday is 5pm on Monday', () => {
    const at = londonTime('2026-11-27', '16:55');
    expect(dueDate(at, { amount: 1, unit: 'working-days' }, office)).toEqual(londonTime('2026-11-30', '17:00'));
  });

  it('a report after close on Friday counts from Monday, so 1 working day is Tuesday', () => {
    const at = londonTime('2026-11-27', '17:05');
    expect(receivedOn(at, office)).toBe('2026-11-30');
    expect(dueDate(at, { amount: 1, unit: 'working-days' }, office)).toEqual(londonTime('2026-12-01', '17:00'));
  });

  it('a report on Christmas Eve 2026 is due 5 working days later, after both bank holidays', () => {
    const at = londonTime('2026-12-24', '10:00');
    expect(dueDate(at, { amount: 5, unit: 'working-days' }, office)).toEqual(londonTime('2027-01-05', '17:00'));
  });
});

describe('hours and calendar days', () => {
  it('24 hours from 9pm on Friday 27 November is 9pm on Saturday', () => {
    const at = londonTime('2026-11-27', '21:00');
    const due = dueDate(at, { amount: 24, unit: 'hours' }, office);
    expect(formatPromise(24, 'hours', due, at)).toBe('within 24 hours, by 9pm on Saturday 28 November');
  });

  it('24 hours across the spring clock change is 24 real hours (10pm on the wall clock)', () => {
    const at = londonTime('2026-03-28', '21:00');
    const due = dueDate(at, { amount: 24, unit: 'hours' }, office);
    expect(due.getTime() - at.getTime()).toBe(24 * 3_600_000);
    expect(formatPromise(24, 'hours', due, at)).toBe('within 24 hours, by 10pm on Sunday 29 March');
  });

  it('24 hours across the autumn clock change reads 8pm on the wall clock', () => {
    const at = londonTime('2026-10-24', '21:00');
    const due = dueDate(at, { amount: 24, unit: 'hours' }, office);
    expect(formatPromise(24, 'hours', due, at)).toBe('within 24 hours, by 8pm on Sunday 25 October');
  });

  it('7 calendar days runs to the end of the seventh day, London time, even in summer', () => {
    const at = londonTime('2026-07-01', '23:30');
    const due = dueDate(at, { amount: 7, unit: 'calendar-days' }, office);
    expect(due.toISOString()).toBe('2026-07-08T22:59:59.999Z');
    expect(formatPromise(7, 'calendar-days', due, at)).toBe('within 7 days, by Wednesday 8 July');
  });

  it('names the year when the date falls in the next one', () => {
    const at = londonTime('2026-12-21', '10:00');
    const due = dueDate(at, { amount: 90, unit: 'calendar-days' }, office);
    expect(formatPromise(90, 'calendar-days', due, at)).toBe('within 90 days, by Sunday 21 March 2027');
  });
});
