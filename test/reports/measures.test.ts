// The landlord's measures worked out from a period's facts, built here by hand: the answers a
// landlord would check against the regulator's definitions (RP02, CH01, CH02, NM01) and the
// service's own counts. The period is the quarter from 1 Oct 2026 (BST) to 1 Jan 2027 (GMT),
// with the clocks going back on Sunday 25 Oct 2026.
import { describe, expect, it } from 'vitest';
import { londonTime } from '../../dialogs/london.js';
import { type Bar, type Measure, measures, weekOf } from '../../src/reports/measures.js';
import type { ReportFacts } from '../../src/store/report-reads.js';

type Repair = ReportFacts['repairs'][number];
type Complaint = ReportFacts['complaints'][number];
type Entry = Complaint['history'][number];

const FROM = londonTime('2026-10-01', '00:00');
const TO = londonTime('2027-01-01', '00:00');
const at = (ymd: string, hhmm = '12:00'): Date => londonTime(ymd, hhmm);
const plus = (d: Date, minutes: number): Date => new Date(d.getTime() + minutes * 60_000);
let n = 0;

function facts(part: Partial<ReportFacts>): ReportFacts {
  return { repairs: [], complaints: [], asb: [], alerts: [], handoffs: [], surveys: [], quotes: [], ...part };
}
function measure(id: string, part: Partial<ReportFacts>, homes: number | null = 2000): Measure {
  const found = measures(facts(part), FROM, TO, { homes }).find((m) => m.id === id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}
function bar(m: Measure, key: string): Bar {
  const found = m.bars.find((b) => b.key === key);
  if (!found) throw new Error(`no bar ${key} in ${m.id}: ${m.bars.map((b) => b.key).join(', ')}`);
  return found;
}
const refs = (b: Bar): string[] => b.items.map((i) => i.reference);
const values = (m: Measure): Record<string, number> => Object.fromEntries(m.bars.map((b) => [b.label, b.value]));

function repair(reference: string, tier: string | null, completedAt: Date, dueBy: Date | null): Repair {
  return { reference, conversationId: `conv-${reference}`, tier, priority: null, dueBy, completedAt, flags: [] };
}
function complaint(reference: string, openedAt: Date, ...history: Entry[]): Complaint {
  return { reference, conversationId: `conv-${reference}`, openedAt, history };
}
const entry = (when: Date, change: Record<string, unknown>): Entry => ({ at: when, change });
const opened = (when: Date, due: Date): Entry => entry(when, { status: 'stage-1', dates: { stage1ResponseBy: due.toISOString() } });
const escalated = (when: Date, due: Date, status = 'stage-2'): Entry => entry(when, { status, dates: { stage2ResponseBy: due.toISOString() } });
const responded = (when: Date, stage: 1 | 2): Entry => entry(when, { event: 'responded', status: `stage-${stage}-responded`, stage });
const extended = (when: Date, stage: 1 | 2, to: Date): Entry =>
  entry(when, { event: 'extended', stage, dates: { [`stage${stage}ResponseBy`]: to.toISOString() } });

function asb(category: string | null, openedAt = at('2026-11-10')): ReportFacts['asb'][number] {
  return { reference: `A-${(n += 1)}`, conversationId: `conv-A-${n}`, openedAt, category, level: null };
}
function alert(level: 'warning' | 'breach', raisedAt: Date): ReportFacts['alerts'][number] {
  return { reference: `R-${(n += 1)}`, conversationId: null, level, raisedAt };
}
function handoff(reason: string, requestedAt = at('2026-11-03', '10:00'), wait: number | null = null): ReportFacts['handoffs'][number] {
  const takenAt = wait === null ? null : plus(requestedAt, wait);
  return { id: (n += 1), conversationId: `conv-H-${n}`, channel: 'sms', reason, requestedAt, takenAt, takenBy: takenAt ? 'Sam' : null };
}

it('gives the measures in order', () => {
  expect(measures(facts({}), FROM, TO, { homes: 2000 }).map((m) => m.id)).toEqual([
    'RP02',
    'CH01',
    'CH02',
    'NM01',
    'SLA',
    'HANDOFFS',
    'FIRST-RESPONSE',
    'SURVEY',
    'TEXTS',
  ]);
});

describe('RP02: repairs completed within target', () => {
  const due = at('2026-10-02', '12:00');
  const emergencies = [
    repair('E-1', 'emergency', plus(due, -60), due),
    repair('E-2', 'emergency', due, due), // exactly at the due time: within
    repair('E-3', 'emergency', plus(due, -3 * 24 * 60), due),
    repair('E-4', 'emergency', plus(due, 5 * 60), due),
  ];

  it('gives the share of emergency repairs done by their due date, one done at the due time counting as within', () => {
    const b = bar(measure('RP02', { repairs: emergencies }), 'emergency');
    expect([b.value, b.display, b.numerator, b.denominator]).toEqual([75, '75.0%', 3, 4]);
    expect(refs(b)).toEqual(['E-1', 'E-2', 'E-3', 'E-4']);
    expect(b.items.map((i) => /\blate$/.test(i.note))).toEqual([false, false, false, true]);
    expect(b.items[3]!.note).toBe('emergency: done 2 Oct 2026 17:00, 5 h late');
    expect(b.items[1]!.note).toBe('emergency: done 2 Oct 2026 12:00, 0 h inside');
  });

  it('counts urgent, routine and untiered repairs as non-emergency, apart from the emergencies', () => {
    const others = [
      repair('U-1', 'urgent', plus(due, -60), due),
      repair('R-1', 'routine', plus(due, 2 * 24 * 60), due),
      repair('N-1', null, plus(due, -10), due),
    ];
    const m = measure('RP02', { repairs: [...emergencies, ...others] });
    expect([bar(m, 'non-emergency').numerator, bar(m, 'non-emergency').denominator, bar(m, 'non-emergency').display]).toEqual([2, 3, '66.7%']);
    expect(refs(bar(m, 'non-emergency'))).toEqual(['U-1', 'R-1', 'N-1']);
    expect(bar(m, 'non-emergency').items[1]!.note).toMatch(/2 days late$/);
    expect(bar(m, 'emergency').denominator).toBe(4);
  });

  it('counts a repair with no due date as not within', () => {
    const b = bar(measure('RP02', { repairs: [repair('R-1', 'routine', due, due), repair('R-2', 'routine', due, null)] }), 'non-emergency');
    expect([b.value, b.display, b.numerator, b.denominator]).toEqual([50, '50.0%', 1, 2]);
    expect(b.items[1]!.note).toMatch(/no target date$/);
  });

  it("shows 'none' when nothing was completed", () => {
    const m = measure('RP02', {});
    expect(m.bars.map((b) => [b.key, b.value, b.display, b.denominator])).toEqual([
      ['emergency', 0, 'none', 0],
      ['non-emergency', 0, 'none', 0],
    ]);
  });
});

describe('CH01: complaints per 1,000 homes', () => {
  const due = at('2026-12-30');
  const received = [
    complaint('C-1', FROM, opened(FROM, due)), // the first instant of the period
    complaint('C-2', at('2026-11-05'), opened(at('2026-11-05'), due)),
    complaint('C-3', at('2026-12-31', '23:59'), opened(at('2026-12-31', '23:59'), due)),
    // Opened before the period: its response falls in it, but it was not received in it.
    complaint('C-0', at('2026-09-20'), opened(at('2026-09-20'), at('2026-10-18')), responded(at('2026-10-10'), 1)),
  ];

  it('counts the stage 1 complaints opened in the period per 1,000 homes', () => {
    const b = bar(measure('CH01', { complaints: received }), 'stage-1');
    expect([b.value, b.display, b.numerator, b.denominator]).toEqual([1.5, '1.50', 3, 2000]);
    expect(refs(b)).toEqual(['C-1', 'C-2', 'C-3']);
  });

  it('counts stage 2 when a complaint first entered it in the period, late requests included', () => {
    const complaints = [
      complaint('S-1', at('2026-09-01'), opened(at('2026-09-01'), at('2026-09-29')), responded(at('2026-09-25'), 1), escalated(at('2026-10-05'), due)),
      complaint(
        'S-2',
        at('2026-10-02'),
        opened(at('2026-10-02'), due),
        escalated(at('2026-11-30'), due, 'stage-2-requested-late'),
        responded(at('2026-12-10'), 2),
      ),
      // Escalated before the period: a later stage 2 entry is not a new escalation.
      complaint('S-3', at('2026-08-01'), opened(at('2026-08-01'), at('2026-08-29')), escalated(at('2026-09-15'), due), escalated(at('2026-10-20'), due)),
      complaint('S-4', at('2026-10-03'), opened(at('2026-10-03'), due), responded(at('2026-10-20'), 1)),
    ];
    const b = bar(measure('CH01', { complaints }), 'stage-2');
    expect([b.value, b.display, b.numerator, b.denominator]).toEqual([1, '1.00', 2, 2000]);
    expect(refs(b)).toEqual(['S-1', 'S-2']);
    expect(bar(measure('CH01', { complaints }), 'stage-1').numerator).toBe(2);
  });

  it('does not count a complaint that came in already at stage 2 as a stage 1 complaint received', () => {
    const due = at('2026-12-20');
    const m = measure('CH01', { complaints: [complaint('X', at('2026-11-01'), escalated(at('2026-11-01'), due))] });
    expect(bar(m, 'stage-1').numerator).toBe(0);
    expect(bar(m, 'stage-2').numerator).toBe(1);
  });

  it('shows counts, and says to set STOCK_HOMES, when the homes managed are not known', () => {
    const m = measure('CH01', { complaints: received }, null);
    expect(m.unit).toBe('count');
    expect([bar(m, 'stage-1').value, bar(m, 'stage-1').display, bar(m, 'stage-1').denominator]).toEqual([3, '3', undefined]);
    expect(m.note).toMatch(/STOCK_HOMES/);
  });
});

describe("CH02: complaints answered within the Code's timescales", () => {
  const due1 = at('2026-10-29', '17:00');
  const later = at('2026-11-12', '17:00');

  it('gives the share of stage 1 responses sent in the period by the date in force, extensions counted', () => {
    const complaints = [
      complaint('C-ON', at('2026-10-01'), opened(at('2026-10-01'), due1), responded(at('2026-10-20'), 1)),
      complaint('C-LATE', at('2026-10-01'), opened(at('2026-10-01'), due1), responded(at('2026-11-02'), 1)),
      complaint('C-EXT', at('2026-10-01'), opened(at('2026-10-01'), due1), extended(at('2026-10-27'), 1, later), responded(at('2026-11-05'), 1)),
      complaint('C-AT', at('2026-10-01'), opened(at('2026-10-01'), due1), responded(due1, 1)),
      // Responses outside the period: before it, and after it.
      complaint('C-SEPT', at('2026-09-01'), opened(at('2026-09-01'), at('2026-09-29')), responded(at('2026-09-28'), 1), escalated(at('2026-10-05'), later)),
      complaint('C-JAN', at('2026-12-01'), opened(at('2026-12-01'), at('2027-01-10')), responded(TO, 1)),
    ];
    const b = bar(measure('CH02', { complaints }), 'stage-1');
    expect([b.value, b.display, b.numerator, b.denominator]).toEqual([75, '75.0%', 3, 4]);
    expect(refs(b)).toEqual(['C-ON', 'C-LATE', 'C-EXT', 'C-AT']);
    expect(b.items[2]!.note).toBe('stage 1 answered 5 Nov 2026 12:00, due 12 Nov 2026 17:00 (extended under the Code)');
    expect(b.items[1]!.note).toBe('stage 1 answered 2 Nov 2026 12:00, due 29 Oct 2026 17:00');
  });

  it('does the same for stage 2 with the stage 2 date, and an extension at one stage leaves the other alone', () => {
    const due2 = at('2026-11-20', '17:00');
    const complaints = [
      complaint(
        'D-ON',
        at('2026-10-01'),
        opened(at('2026-10-01'), due1),
        responded(at('2026-10-15'), 1),
        escalated(at('2026-10-25'), due2),
        responded(at('2026-11-19'), 2),
      ),
      complaint(
        'D-EXT',
        at('2026-10-01'),
        opened(at('2026-10-01'), due1),
        extended(at('2026-10-20'), 1, later),
        responded(at('2026-11-10'), 1),
        escalated(at('2026-11-11'), due2),
        extended(at('2026-11-18'), 2, at('2026-12-04', '17:00')),
        responded(at('2026-12-01'), 2),
      ),
      complaint(
        'D-LATE',
        at('2026-10-01'),
        opened(at('2026-10-01'), due1),
        responded(at('2026-10-15'), 1),
        escalated(at('2026-10-25'), due2),
        responded(at('2026-11-23'), 2),
      ),
      complaint('D-OPEN', at('2026-10-01'), opened(at('2026-10-01'), due1), responded(at('2026-10-15'), 1), escalated(at('2026-12-20'), at('2027-02-01'))),
    ];
    const m = measure('CH02', { complaints });
    const b = bar(m, 'stage-2');
    expect([b.value, b.display, b.numerator, b.denominator]).toEqual([66.7, '66.7%', 2, 3]);
    expect(refs(b)).toEqual(['D-ON', 'D-EXT', 'D-LATE']);
    expect(b.items[1]!.note).toMatch(/due 4 Dec 2026 17:00 \(extended under the Code\)$/);
    expect(b.items[0]!.note).not.toMatch(/extended/);
    expect([bar(m, 'stage-1').numerator, bar(m, 'stage-1').denominator]).toEqual([4, 4]);
  });

  it('counts a response with no due date set as not within', () => {
    const b = bar(
      measure('CH02', { complaints: [complaint('C-1', at('2026-10-01'), entry(at('2026-10-01'), { status: 'stage-1' }), responded(at('2026-10-02'), 1))] }),
      'stage-1',
    );
    expect([b.numerator, b.denominator, b.display]).toEqual([0, 1, '0.0%']);
    expect(b.items[0]!.note).toMatch(/no due date$/);
  });
});

describe('NM01: anti-social behaviour per 1,000 homes', () => {
  const cases = [asb('noise'), asb('hate-incident'), asb('drugs'), asb(null), asb('hate-incident')];

  it('counts all ASB cases opened, and hate incidents apart, per 1,000 homes', () => {
    const m = measure('NM01', { asb: cases });
    expect(m.unit).toBe('per-1000');
    expect([bar(m, 'asb').value, bar(m, 'asb').display, bar(m, 'asb').numerator, bar(m, 'asb').denominator]).toEqual([2.5, '2.50', 5, 2000]);
    expect([bar(m, 'hate').value, bar(m, 'hate').display, bar(m, 'hate').numerator]).toEqual([1, '1.00', 2]);
    expect(refs(bar(m, 'hate'))).toEqual([cases[1]!.reference, cases[4]!.reference]);
    expect(m.note).toBeUndefined();
  });

  it('shows counts without the homes managed', () => {
    const m = measure('NM01', { asb: cases }, null);
    expect([m.unit, bar(m, 'asb').display, bar(m, 'hate').display]).toEqual(['count', '5', '2']);
    expect(m.note).toMatch(/STOCK_HOMES/);
  });
});

describe('SLA warnings and breaches by week', () => {
  it('puts an instant in the week of its London Monday', () => {
    expect(weekOf(at('2026-10-18', '23:30'))).toBe('2026-10-12'); // Sunday evening, BST
    expect(weekOf(at('2026-10-19', '00:30'))).toBe('2026-10-19'); // Monday 00:30 BST: still Sunday in UTC
    expect(at('2026-10-19', '00:30').toISOString()).toBe('2026-10-18T23:30:00.000Z');
    expect(weekOf(at('2026-10-25', '23:00'))).toBe('2026-10-19'); // the Sunday the clocks go back
    expect(weekOf(at('2026-11-01', '21:00'))).toBe('2026-10-26'); // Sunday evening, GMT
    expect(weekOf(at('2026-11-02', '00:30'))).toBe('2026-11-02'); // Monday 00:30 GMT
  });

  it('gives two bars a week, warnings and breaches, by the London week the alert was raised in', () => {
    const alerts = [
      alert('warning', at('2026-10-18', '23:30')),
      alert('breach', at('2026-10-19', '00:30')),
      alert('warning', at('2026-10-19', '09:00')),
      alert('breach', at('2026-11-01', '21:00')),
      alert('warning', at('2026-11-02', '00:30')),
      alert('warning', at('2026-11-02', '08:00')),
    ];
    const m = measure('SLA', { alerts });
    expect(m.bars.map((b) => [b.key, b.label, b.value])).toEqual([
      ['2026-10-12-warning', 'w/c 12 Oct: warnings', 1],
      ['2026-10-12-breach', 'w/c 12 Oct: breaches', 0],
      ['2026-10-19-warning', 'w/c 19 Oct: warnings', 1],
      ['2026-10-19-breach', 'w/c 19 Oct: breaches', 1],
      ['2026-10-26-warning', 'w/c 26 Oct: warnings', 0],
      ['2026-10-26-breach', 'w/c 26 Oct: breaches', 1],
      ['2026-11-02-warning', 'w/c 2 Nov: warnings', 2],
      ['2026-11-02-breach', 'w/c 2 Nov: breaches', 0],
    ]);
    expect(refs(bar(m, '2026-10-19-breach'))).toEqual([alerts[1]!.reference]);
  });
});

describe('handoffs and staff', () => {
  it('counts handoffs by why, safety together, and those staff took over', () => {
    const handoffs = [
      handoff('asked', undefined, 3),
      handoff('asked'),
      handoff('self-harm', undefined, 1),
      handoff('domestic-abuse', undefined, 2),
      handoff('stuck'),
      handoff('staff', undefined, 0),
      handoff('timeout'),
      handoff('something-new'),
    ];
    const m = measure('HANDOFFS', { handoffs });
    expect(values(m)).toEqual({ 'Asked for a person': 2, Safety: 2, 'Assistant stuck': 1, 'Staff took over': 1, 'Other reasons': 2, 'Taken over by staff': 4 });
    expect(m.bars.at(-1)!.key).toBe('taken');
    expect(refs(bar(m, 'safety'))).toEqual([`handoff ${handoffs[2]!.id}`, `handoff ${handoffs[3]!.id}`]);
  });

  it('gives the median and 9 in 10 minutes to take a handoff, over those taken', () => {
    const waits = [7, 2, 10, 1, 5, 9, 3, 8, 4, 6];
    const handoffs = [...waits.map((w) => handoff('asked', undefined, w)), handoff('asked'), handoff('stuck')];
    const m = measure('FIRST-RESPONSE', { handoffs });
    expect(m.bars.map((b) => [b.key, b.value, b.display, b.items.length])).toEqual([
      ['median', 5, '5 min', 5],
      ['p90', 9, '9 min', 9],
    ]);
    expect(m.note).toBe('10 handoffs taken.');
    expect(measure('FIRST-RESPONSE', { handoffs: [handoff('asked')] }).note).toBe('No handoff was taken in the period.');
  });
});

describe('surveys and texts', () => {
  it('counts survey answers per score, with the average in the note', () => {
    const surveys = [5, 4, 4, 1].map((score, i) => ({ reference: `R-${i}`, conversationId: `conv-${i}`, score, at: at('2026-11-01') }));
    const m = measure('SURVEY', { surveys });
    expect(m.bars.map((b) => b.value)).toEqual([1, 0, 0, 2, 1]);
    expect(m.note).toBe('Average 3.50 from 4 answers.');
    expect(measure('SURVEY', {}).note).toBe('No survey was answered in the period.');
  });

  it('spreads repairs by texts to the quote, 5 or more together, with the median in the note', () => {
    const quotes = [2, 1, 7, 3, 2, 5, 4].map((texts, i) => ({ reference: `R-${i}`, conversationId: `conv-${i}`, openedAt: at('2026-11-01'), texts }));
    const m = measure('TEXTS', { quotes });
    expect(m.bars.map((b) => [b.label, b.value])).toEqual([
      ['One text or none', 1],
      ['2 texts', 2],
      ['3 texts', 1],
      ['4 texts', 1],
      ['5 or more texts', 2],
    ]);
    expect(refs(bar(m, 'texts-5'))).toEqual(['R-2', 'R-5']);
    expect(m.note).toBe('Median 3 texts over 7 repairs.');
  });

  it('counts a repair logged with no text before it in the first band, so the bars add up to every repair', () => {
    const quotes = [0, 1, 2].map((texts, i) => ({ reference: `R-${i}`, conversationId: `conv-${i}`, openedAt: at('2026-11-01'), texts }));
    const m = measure('TEXTS', { quotes });
    expect(m.bars.reduce((sum, b) => sum + b.value, 0)).toBe(quotes.length);
    expect(refs(bar(m, 'texts-1'))).toEqual(['R-0', 'R-1']);
  });
});
