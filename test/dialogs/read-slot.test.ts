// Reading how a tenant picks a repair appointment, as they text it from a basic phone:
// the number from the offer, or words about days and times, misspelt, with refusals
// ("not friday") and filler. The fixture is today Monday 23 November 2026, with the
// landlord's four slot types bookable on every working day from Tuesday 24 November to
// Friday 4 December.
import { describe, expect, it } from 'vitest';
import { readSlotChoice, slotDay, type SlotOption, type SlotReading } from '../../dialogs/read-slot.js';

const TODAY = '2026-11-23';
const SLOT_TYPES = [
  { slot: 'am', label: 'Morning (8am to 12 noon)', start: '08:00', end: '12:00' },
  { slot: 'pm', label: 'Afternoon (12 noon to 5pm)', start: '12:00', end: '17:00' },
  { slot: 'avoid-school-run', label: 'Avoiding the school run (9:30am to 2:30pm)', start: '09:30', end: '14:30' },
  { slot: 'all-day', label: 'All day (8am to 5pm)', start: '08:00', end: '17:00' },
];
const WORKING_DAYS = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];
const AVAILABLE: SlotOption[] = WORKING_DAYS.flatMap((date) => SLOT_TYPES.map((type) => ({ date, ...type })));

function option(date: string, slot: string): SlotOption {
  return AVAILABLE.find((o) => o.date === date && o.slot === slot)!;
}

/** What the tenant was shown: "1 Tue 24 Nov morning, 2 Wed 25 Nov afternoon, 3 Thu 26 Nov avoiding the school run". */
const OFFERED = [option('2026-11-24', 'am'), option('2026-11-25', 'pm'), option('2026-11-26', 'avoid-school-run')];

function read(text: string, available: readonly SlotOption[] = AVAILABLE): SlotReading {
  return readSlotChoice(text, OFFERED, available, TODAY);
}

/** The appointment as the tenant would see it back: "Tue 24 Nov am". */
const shown = (o: SlotOption) => `${slotDay(o.date)} ${o.slot}`;

/** One appointment, the list to choose from, or the kind of non-answer. */
function seen(reading: SlotReading): string | string[] {
  if (reading.kind === 'pick') return shown(reading.option);
  if (reading.kind === 'narrow') return reading.options.map(shown);
  return reading.kind;
}

const allFour = (day: string) => [`${day} am`, `${day} all-day`, `${day} avoid-school-run`, `${day} pm`];
/** Every bookable appointment as the tenant would see them listed. */
const EVERYTHING = WORKING_DAYS.flatMap((d) => allFour(slotDay(d)));
const days = (reading: SlotReading) => [...new Set((reading.kind === 'narrow' ? reading.options : []).map((o) => slotDay(o.date)))];

describe('a number picks from the offer the tenant was shown', () => {
  it('"2" is the second option offered, not the second bookable', () => {
    expect(seen(read('2'))).toBe('Wed 25 Nov pm');
  });

  it.each(['2.', 'option 2', 'no 2', 'the 2nd one', 'second', 'Number 2 please', "i'll take 2"])('"%s" is option 2', (text) => {
    expect(seen(read(text))).toBe('Wed 25 Nov pm');
  });

  it('a number past the end of the offer is not read as any appointment', () => {
    expect(read('4')).toEqual({ kind: 'unread' });
    expect(read('0')).toEqual({ kind: 'unread' });
  });

  it('"2 or 3" leaves those two options to choose between', () => {
    expect(seen(read('2 or 3'))).toEqual(['Wed 25 Nov pm', 'Thu 26 Nov avoid-school-run']);
  });

  it('"the first one" is the first offered, though "first" alone means the earliest bookable', () => {
    const offered = [option('2026-11-26', 'pm'), option('2026-11-27', 'am')];
    expect(seen(readSlotChoice('the first one', offered, AVAILABLE, TODAY))).toBe('Thu 26 Nov pm');
    expect(seen(readSlotChoice('first', offered, AVAILABLE, TODAY))).toBe('Tue 24 Nov am');
  });
});

describe('words choose among everything bookable', () => {
  it('"tues morning" is the coming Tuesday\'s morning, not every Tuesday\'s', () => {
    expect(seen(read('tues morning'))).toBe('Tue 24 Nov am');
  });

  it('"tuesday" alone leaves every slot on the coming Tuesday and none on the Tuesday after', () => {
    expect(seen(read('tuesday'))).toEqual(allFour('Tue 24 Nov'));
  });

  it('when the coming Tuesday\'s morning is booked up, "tues morning" is the following Tuesday\'s', () => {
    const available = AVAILABLE.filter((o) => !(o.date === '2026-11-24' && o.slot === 'am'));
    expect(seen(read('tues morning', available))).toBe('Tue 1 Dec am');
  });

  it('"monday or wednesday" is the first of those days that fits, whichever day that is', () => {
    expect(seen(read('monday or wednesday'))).toEqual(allFour('Wed 25 Nov'));
    const available = AVAILABLE.filter((o) => !(o.date === '2026-11-25' && o.slot === 'am'));
    expect(seen(read('monday or wednesday morning', available))).toBe('Mon 30 Nov am');
  });

  it('"weekday" and "weekend" name kinds of day, so every such day stays', () => {
    expect(seen(read('weekday morning'))).toEqual(EVERYTHING.filter((s) => s.endsWith(' am')));
    const weekend = ['2026-11-28', '2026-11-29', '2026-12-05'].map((date) => ({ date, ...SLOT_TYPES[0]! }));
    expect(seen(read('weekend morning', weekend))).toEqual(['Sat 28 Nov am', 'Sun 29 Nov am', 'Sat 5 Dec am']);
  });

  it('"any day after 3" is every afternoon visit, not the all-day ones that might come at 8', () => {
    expect(seen(read('any day after 3'))).toEqual(EVERYTHING.filter((s) => s.endsWith(' pm')));
  });

  it('"not friday" leaves every other day and no Friday', () => {
    const reading = read('not friday');
    expect(days(reading)).toEqual(['Tue 24 Nov', 'Wed 25 Nov', 'Thu 26 Nov', 'Mon 30 Nov', 'Tue 1 Dec', 'Wed 2 Dec', 'Thu 3 Dec']);
    expect(seen(reading)).toEqual(EVERYTHING.filter((s) => !s.startsWith('Fri')));
  });

  it('"not friday afternoon" drops only Friday afternoons, so Friday morning is still there', () => {
    const reading = seen(read('not friday afternoon'));
    expect(reading).toContain('Fri 27 Nov am');
    expect(reading).toEqual(EVERYTHING.filter((s) => s !== 'Fri 27 Nov pm' && s !== 'Fri 4 Dec pm'));
  });

  it('"any day after 3 but not friday" combines the time and the refusal', () => {
    expect(seen(read('any day after 3 but not friday'))).toEqual([
      'Tue 24 Nov pm',
      'Wed 25 Nov pm',
      'Thu 26 Nov pm',
      'Mon 30 Nov pm',
      'Tue 1 Dec pm',
      'Wed 2 Dec pm',
      'Thu 3 Dec pm',
    ]);
  });

  it('a refusal ends with its clause: "not friday, monday afternoon is good" is Monday afternoon', () => {
    expect(seen(read('not friday, monday afternoon is good'))).toBe('Mon 30 Nov pm');
  });

  it('"no" opening a reply answers the offer rather than refusing the day that follows', () => {
    expect(seen(read('no tuesday is better'))).toEqual(allFour('Tue 24 Nov'));
    expect(days(read('no fridays'))).not.toContain('Fri 27 Nov');
  });

  it.each([
    ['teusday', 'Tue 24 Nov'],
    ['wensday', 'Wed 25 Nov'],
    ['wendsday', 'Wed 25 Nov'],
    ['thursdy', 'Thu 26 Nov'],
    ['thrusday', 'Thu 26 Nov'],
    ['firday', 'Fri 27 Nov'],
    ['tomorow', 'Tue 24 Nov'],
  ])('the misspelling "%s" is still the day meant, the coming one', (text, day) => {
    expect(seen(read(text))).toEqual(allFour(day));
  });

  it.each([
    ['teusday morning', 'Tue 24 Nov am'],
    ['firday afternoon', 'Fri 27 Nov pm'],
  ])('a misspelt day with a time, "%s", picks the coming day\'s slot', (text, expected) => {
    expect(seen(read(text))).toBe(expected);
  });

  it('"24th" is every slot on Tuesday 24 November', () => {
    expect(seen(read('24th'))).toEqual(allFour('Tue 24 Nov'));
  });

  it('"the 3rd" is the next 3rd to come, in December, since 3 November has gone', () => {
    expect(seen(read('the 3rd'))).toEqual(allFour('Thu 3 Dec'));
  });

  it('"tomorrow" is every slot on Tuesday', () => {
    expect(seen(read('tomorrow'))).toEqual(allFour('Tue 24 Nov'));
  });

  it('"next week" is Monday 30 November to Friday 4 December and nothing this week', () => {
    expect(days(read('next week'))).toEqual(['Mon 30 Nov', 'Tue 1 Dec', 'Wed 2 Dec', 'Thu 3 Dec', 'Fri 4 Dec']);
  });

  it('"this week" is what is left of this week', () => {
    expect(days(read('this week'))).toEqual(['Tue 24 Nov', 'Wed 25 Nov', 'Thu 26 Nov', 'Fri 27 Nov']);
  });

  it('"earliest" is the soonest bookable, whatever order the bookings arrive in', () => {
    expect(seen(read('earliest', [...AVAILABLE].reverse()))).toBe('Tue 24 Nov am');
  });

  it('"earliest" with a day is the soonest on that day', () => {
    expect(seen(read('earliest you can on thursday'))).toBe('Thu 26 Nov am');
  });

  it('several options are listed by date, then by when the visit starts', () => {
    const reversed = [...AVAILABLE].reverse();
    expect(seen(read('the 25th or the 2nd', reversed))).toEqual([...allFour('Wed 25 Nov'), ...allFour('Wed 2 Dec')]);
  });

  it('the coming day is the earliest date, whatever order the bookings arrive in', () => {
    expect(seen(read('wednesday', [...AVAILABLE].reverse()))).toEqual(allFour('Wed 25 Nov'));
  });

  it('when only one bookable option fits, it is picked', () => {
    const available = AVAILABLE.filter((o) => o.slot !== 'pm' || o.date === '2026-12-03');
    expect(seen(read('afternoon', available))).toBe('Thu 3 Dec pm');
  });

  it('a reply about something else is not read as a time', () => {
    expect(read('my dog is called Rex')).toEqual({ kind: 'unread' });
  });

  it('a day understood but with nothing bookable is none-fit, not unread', () => {
    expect(read('saturday')).toEqual({ kind: 'none-fit' });
    expect(read('today')).toEqual({ kind: 'none-fit' });
  });

  it('a day whose slots are all taken is none-fit', () => {
    const noTuesdays = AVAILABLE.filter((o) => slotDay(o.date).slice(0, 3) !== 'Tue');
    expect(read('tuesday morning', noTuesdays)).toEqual({ kind: 'none-fit' });
  });

  it('a date that does not exist is none-fit', () => {
    expect(read('31/11')).toEqual({ kind: 'none-fit' });
  });
});

describe("another landlord's slot types are read by their times", () => {
  const pack = (...types: Omit<SlotOption, 'date'>[]) => types.map((t) => ({ date: '2026-11-25', ...t }));

  it('"morning", "afternoon" and "after 3" follow the windows, whatever the slots are called', () => {
    const available = pack(
      { slot: 'early', label: 'Early (7:30am to 11:30am)', start: '07:30', end: '11:30' },
      { slot: 'late', label: 'Late (1pm to 6pm)', start: '13:00', end: '18:00' },
    );
    expect(seen(read('morning', available))).toBe('Wed 25 Nov early');
    expect(seen(read('afternoon', available))).toBe('Wed 25 Nov late');
    expect(seen(read('after 3', available))).toBe('Wed 25 Nov late');
  });

  it('a morning slot that runs past noon is still found by its label', () => {
    const available = pack(
      { slot: 'w1', label: 'Morning (9am to 1pm)', start: '09:00', end: '13:00' },
      { slot: 'w2', label: 'Late (2pm to 6pm)', start: '14:00', end: '18:00' },
    );
    expect(seen(read('morning', available))).toBe('Wed 25 Nov w1');
  });
});

describe('phrasings tenants send', () => {
  it.each<[string, string | string[]]>([
    ['Can u come teusday mornin pls', 'Tue 24 Nov am'],
    ['wensday afternoon', 'Wed 25 Nov pm'],
    ['thursdy all day', 'Thu 26 Nov all-day'],
    ['Fri after drop off', 'Fri 27 Nov avoid-school-run'],
    ['tomorrow morning', 'Tue 24 Nov am'],
    ['24th pm', 'Tue 24 Nov pm'],
    ['tuesday the 24th, morning', 'Tue 24 Nov am'],
    ['1/12 am', 'Tue 1 Dec am'],
    ['2 dec afternoon', 'Wed 2 Dec pm'],
    ['nov 27 morning', 'Fri 27 Nov am'],
    ['3rd of december any time that day', 'Thu 3 Dec all-day'],
    ['next week tuesday afternoon', 'Tue 1 Dec pm'],
    ['monday or wednesday morning', 'Wed 25 Nov am'],
    ['after 3pm on thursday', 'Thu 26 Nov pm'],
    ['Thurs after 15:00', 'Thu 26 Nov pm'],
    ['before 10 on the 24th', ['Tue 24 Nov am', 'Tue 24 Nov all-day', 'Tue 24 Nov avoid-school-run']],
    ['weds a.m.', 'Wed 25 Nov am'],
    ["I'm not in on Friday afternoons", EVERYTHING.filter((s) => !(s.startsWith('Fri') && s.endsWith(' pm')))],
    ['any day but friday', EVERYTHING.filter((s) => !s.startsWith('Fri'))],
    ['except fri', EVERYTHING.filter((s) => !s.startsWith('Fri'))],
    ['no mornings', EVERYTHING.filter((s) => !s.endsWith(' am'))],
    ['asap', 'Tue 24 Nov am'],
    ["don't mind", 'Tue 24 Nov am'],
    ['whenever', 'Tue 24 Nov am'],
    ['first available friday', 'Fri 27 Nov am'],
    ['day after tomorrow', allFour('Wed 25 Nov')],
    ['2nd', allFour('Wed 2 Dec')],
    ['sat or sun', 'none-fit'],
    ['evenings', 'none-fit'],
    ['ok thanks', 'unread'],
  ])('"%s"', (text, expected) => {
    expect(seen(read(text))).toEqual(expected);
  });
});

describe('slotDay', () => {
  it('is the short day a text message shows', () => {
    expect(slotDay('2026-11-24')).toBe('Tue 24 Nov');
    expect(slotDay('2027-01-01')).toBe('Fri 1 Jan');
  });
});
