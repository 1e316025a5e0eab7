import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS, isQuiet, nextAllowed } from '../../src/clock/quiet-hours.js';
import { londonTime } from '../../src/clock/sla-clock.js';

const night = DEFAULT_QUIET_HOURS;

describe('quiet hours across midnight (8pm to 8am)', () => {
  it.each([
    ['2026-11-24', '21:30', true],
    ['2026-11-24', '12:00', false],
    ['2026-11-24', '20:00', true],
    ['2026-11-24', '19:59', false],
    ['2026-11-24', '08:00', false],
    ['2026-11-24', '07:59', true],
    ['2026-11-24', '00:00', true],
    ['2026-11-24', '02:15', true],
  ])('%s %s is quiet: %s', (day, time, quiet) => {
    expect(isQuiet(londonTime(day, time), night)).toBe(quiet);
  });

  it('an allowed moment is sent as it is', () => {
    const at = londonTime('2026-11-24', '12:00');
    expect(nextAllowed(at, night)).toEqual(at);
  });

  it('the end time itself is allowed', () => {
    const at = londonTime('2026-11-24', '08:00');
    expect(nextAllowed(at, night)).toEqual(at);
  });

  it('the evening waits for 8am the next morning', () => {
    expect(nextAllowed(londonTime('2026-11-24', '20:00'), night)).toEqual(new Date('2026-11-25T08:00:00Z'));
  });

  it('after midnight waits for 8am the same morning', () => {
    expect(nextAllowed(londonTime('2026-11-25', '02:15'), night)).toEqual(new Date('2026-11-25T08:00:00Z'));
  });

  it('half a minute before the end waits the half minute', () => {
    const at = new Date(londonTime('2026-11-25', '08:00').getTime() - 30_000);
    expect(nextAllowed(at, night)).toEqual(new Date('2026-11-25T08:00:00Z'));
  });

  it('in summer the window is on the wall clock: 8am BST is 7am UTC', () => {
    expect(isQuiet(new Date('2026-07-01T19:30:00Z'), night)).toBe(true); // 8:30pm BST
    expect(nextAllowed(new Date('2026-07-01T19:30:00Z'), night)).toEqual(new Date('2026-07-02T07:00:00Z'));
  });
});

describe('quiet hours across the clock changes', () => {
  it('9:30pm BST on Sat 24 Oct 2026 waits for 8am GMT on Sunday, after the clocks go back', () => {
    const at = londonTime('2026-10-24', '21:30');
    expect(at).toEqual(new Date('2026-10-24T20:30:00Z'));
    expect(nextAllowed(at, night)).toEqual(new Date('2026-10-25T08:00:00Z'));
  });

  it('9:30pm GMT on Sat 27 Mar 2027 waits for 8am BST on Sunday, after the clocks go forward', () => {
    const at = londonTime('2027-03-27', '21:30');
    expect(at).toEqual(new Date('2027-03-27T21:30:00Z'));
    expect(nextAllowed(at, night)).toEqual(new Date('2027-03-28T07:00:00Z'));
  });

  // A window ending in the hour the clocks change: the end comes twice, or not at all.
  const late = { start: '23:00', end: '01:30' };

  it('in autumn the first 1:30am ends the quiet', () => {
    const at = new Date('2026-10-25T00:10:00Z'); // 1:10am BST
    expect(nextAllowed(at, late)).toEqual(new Date('2026-10-25T00:30:00Z')); // 1:30am BST
  });

  it('in autumn the repeated hour is quiet again until the second 1:30am', () => {
    const at = new Date('2026-10-25T01:10:00Z'); // 1:10am GMT, the second time round
    expect(isQuiet(at, late)).toBe(true);
    expect(nextAllowed(at, late)).toEqual(new Date('2026-10-25T01:30:00Z'));
  });

  it('in spring, when 1:30am never comes, the quiet ends as the clocks jump to 2am BST', () => {
    const at = new Date('2027-03-28T00:45:00Z'); // 12:45am GMT
    expect(nextAllowed(at, late)).toEqual(new Date('2027-03-28T01:00:00Z'));
  });
});

describe('other windows', () => {
  const lunch = { start: '12:00', end: '14:00' };

  it.each([
    ['11:59', false],
    ['12:00', true],
    ['13:30', true],
    ['14:00', false],
    ['21:00', false],
  ])('a same-day window of 12:00 to 14:00: %s is quiet: %s', (time, quiet) => {
    expect(isQuiet(londonTime('2026-11-24', time), lunch)).toBe(quiet);
  });

  it('a same-day window ends the same day', () => {
    expect(nextAllowed(londonTime('2026-11-24', '13:30'), lunch)).toEqual(londonTime('2026-11-24', '14:00'));
  });

  it('start equal to end means no quiet hours', () => {
    const none = { start: '22:00', end: '22:00' };
    for (const time of ['22:00', '03:00', '12:00']) {
      const at = londonTime('2026-11-24', time);
      expect(isQuiet(at, none)).toBe(false);
      expect(nextAllowed(at, none)).toEqual(at);
    }
  });

  it('a time that is not HH:MM is refused rather than read as no quiet hours', () => {
    expect(() => isQuiet(new Date('2026-11-24T12:00:00Z'), { start: '8pm', end: '08:00' })).toThrow(RangeError);
  });
});
