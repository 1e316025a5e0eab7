// The landlord's measures for a period, worked out from its facts (store/report-reads.ts) with
// the Regulator of Social Housing's definitions for the Tenant Satisfaction Measures:
// RP02 repairs completed within target (emergency and non-emergency), CH01 complaints per
// 1,000 homes and CH02 complaints answered within the Complaint Handling Code's timescales
// (stage 1 and 2, extensions under the Code counted), NM01 ASB cases per 1,000 homes (and
// hate incidents); and the service's own: SLA alerts by week, handoffs and takeovers, the
// time staff took to pick a handoff up, survey scores, and texts to a quote. Each bar keeps
// the cases behind it, for drill-down and CSV.
import { formatLondon, londonDate, shiftDate, weekday } from '../../dialogs/london.js';
import type { ReportFacts } from '../store/report-reads.js';

export interface Item {
  reference: string;
  conversationId: string | null;
  note: string;
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as people read it: "87.5%", "2.40", "12". */
  display: string;
  numerator?: number;
  denominator?: number;
  items: Item[];
}

export interface Measure {
  id: string;
  title: string;
  definition: string;
  unit: 'percent' | 'per-1000' | 'count' | 'minutes';
  bars: Bar[];
  /** A line under the chart: an average, a median, why a figure is missing. */
  note?: string;
}

export interface ReportOptions {
  /** Homes managed (STOCK_HOMES): per-1,000 measures need it. */
  homes: number | null;
}

/** "1 repair", "3 repairs". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
const pctText = (n: number, d: number): string => (d === 0 ? 'none' : `${pct(n, d).toFixed(1)}%`);
const span = (ms: number): string => {
  const hours = Math.abs(ms) / 3_600_000;
  return hours < 48 ? `${Math.round(hours * 10) / 10} h` : `${Math.round(hours / 2.4) / 10} days`;
};
const when = (at: Date): string => formatLondon(at, 'd MMM yyyy HH:mm');

function percentBar(key: string, label: string, items: { item: Item; within: boolean }[]): Bar {
  const within = items.filter((i) => i.within).length;
  return {
    key,
    label,
    value: pct(within, items.length),
    display: pctText(within, items.length),
    numerator: within,
    denominator: items.length,
    items: items.map((i) => i.item),
  };
}

function rateBar(key: string, label: string, items: Item[], homes: number | null): Bar {
  const value = homes ? Math.round((items.length * 1000 * 100) / homes) / 100 : items.length;
  return {
    key,
    label,
    value,
    display: homes ? value.toFixed(2) : String(items.length),
    numerator: items.length,
    ...(homes ? { denominator: homes } : {}),
    items,
  };
}

function rp02(facts: ReportFacts): Measure {
  const groups = { emergency: [] as { item: Item; within: boolean }[], other: [] as { item: Item; within: boolean }[] };
  for (const r of facts.repairs) {
    const within = r.dueBy !== null && r.completedAt <= r.dueBy;
    const note = r.dueBy
      ? `${r.priority ?? r.tier ?? 'repair'}: done ${when(r.completedAt)}, ${within ? `${span(r.dueBy.getTime() - r.completedAt.getTime())} inside` : `${span(r.completedAt.getTime() - r.dueBy.getTime())} late`}`
      : `${r.priority ?? 'repair'}: done ${when(r.completedAt)}, no target date`;
    groups[r.tier === 'emergency' ? 'emergency' : 'other'].push({ item: { reference: r.reference, conversationId: r.conversationId, note }, within });
  }
  return {
    id: 'RP02',
    title: 'RP02: repairs completed within target',
    definition: "Responsive repairs completed in the period, and the share completed by the date the landlord's standards promised.",
    unit: 'percent',
    bars: [percentBar('emergency', 'Emergency', groups.emergency), percentBar('non-emergency', 'Non-emergency', groups.other)],
  };
}

/** When the complaint entered stage 2 (the first time), if it has. */
function stage2At(c: ReportFacts['complaints'][number]): Date | null {
  return c.history.find((h) => typeof h.change.status === 'string' && /^stage-2(?:$|-requested-late$)/.test(h.change.status))?.at ?? null;
}

function ch01(facts: ReportFacts, from: Date, to: Date, homes: number | null): Measure {
  const inRange = (at: Date | null) => at !== null && at >= from && at < to;
  const item = (c: ReportFacts['complaints'][number], at: Date): Item => ({
    reference: c.reference,
    conversationId: c.conversationId,
    note: `received ${when(at)}`,
  });
  // A complaint that came in already at stage 2 (an escalation we had no stage 1 case for) is not a stage 1 complaint received.
  const openedAtStage2 = (c: ReportFacts['complaints'][number]) => {
    const first = c.history.find((h) => typeof h.change.status === 'string')?.change.status as string | undefined;
    return first?.startsWith('stage-2') === true;
  };
  const stage1 = facts.complaints.filter((c) => inRange(c.openedAt) && !openedAtStage2(c)).map((c) => item(c, c.openedAt));
  const stage2 = facts.complaints.flatMap((c) => {
    const at = stage2At(c);
    return at && inRange(at) ? [item(c, at)] : [];
  });
  return {
    id: 'CH01',
    title: 'CH01: complaints per 1,000 homes',
    definition: 'Stage 1 complaints received in the period, and complaints escalated to stage 2, per 1,000 homes managed.',
    unit: homes ? 'per-1000' : 'count',
    bars: [rateBar('stage-1', 'Stage 1', stage1, homes), rateBar('stage-2', 'Stage 2', stage2, homes)],
    ...(homes ? {} : { note: 'Set STOCK_HOMES (the homes managed) to see these per 1,000 homes: shown here as counts.' }),
  };
}

function ch02(facts: ReportFacts, from: Date, to: Date): Measure {
  const stages: Record<1 | 2, { item: Item; within: boolean }[]> = { 1: [], 2: [] };
  for (const c of facts.complaints) {
    // The date in force is the last one set before the response: the first promise, or an extension under the Code.
    const due: Record<1 | 2, Date | null> = { 1: null, 2: null };
    const extended: Record<1 | 2, boolean> = { 1: false, 2: false };
    for (const h of c.history) {
      const dates = (h.change.dates ?? {}) as Record<string, string>;
      if (dates.stage1ResponseBy) due[1] = new Date(dates.stage1ResponseBy);
      if (dates.stage2ResponseBy) due[2] = new Date(dates.stage2ResponseBy);
      const stage = h.change.stage === 1 || h.change.stage === 2 ? h.change.stage : null;
      if (h.change.event === 'extended' && stage) extended[stage] = true;
      if (h.change.event !== 'responded' || !stage || h.at < from || h.at >= to) continue;
      const limit = due[stage];
      const within = limit !== null && h.at <= limit;
      const note = `stage ${stage} answered ${when(h.at)}${limit ? `, due ${when(limit)}` : ', no due date'}${extended[stage] ? ' (extended under the Code)' : ''}`;
      stages[stage].push({ item: { reference: c.reference, conversationId: c.conversationId, note }, within });
    }
  }
  return {
    id: 'CH02',
    title: "CH02: complaints answered within the Code's timescales",
    definition: 'Stage 1 and stage 2 responses sent in the period, and the share sent by the date due (an extension made under the Code moves the date).',
    unit: 'percent',
    bars: [percentBar('stage-1', 'Stage 1', stages[1]), percentBar('stage-2', 'Stage 2', stages[2])],
  };
}

function nm01(facts: ReportFacts, homes: number | null): Measure {
  const items = facts.asb.map((a) => ({
    reference: a.reference,
    conversationId: a.conversationId,
    note: `${a.category ?? 'ASB'}, opened ${when(a.openedAt)}`,
  }));
  const hate = facts.asb
    .filter((a) => a.category === 'hate-incident')
    .map((a) => ({ reference: a.reference, conversationId: a.conversationId, note: `opened ${when(a.openedAt)}` }));
  return {
    id: 'NM01',
    title: 'NM01: anti-social behaviour cases per 1,000 homes',
    definition: 'ASB cases opened in the period, and those that are hate incidents, per 1,000 homes managed.',
    unit: homes ? 'per-1000' : 'count',
    bars: [rateBar('asb', 'All ASB cases', items, homes), rateBar('hate', 'Hate incidents', hate, homes)],
    ...(homes ? {} : { note: 'Set STOCK_HOMES (the homes managed) to see these per 1,000 homes: shown here as counts.' }),
  };
}

/** The Monday (London) of the week `at` falls in, as yyyy-MM-dd. */
export function weekOf(at: Date): string {
  const day = londonDate(at);
  return shiftDate(day, -((weekday(day) + 6) % 7));
}

function slaByWeek(facts: ReportFacts): Measure {
  const weeks = [...new Set(facts.alerts.map((a) => weekOf(a.raisedAt)))].sort();
  const bars = weeks.flatMap((w) =>
    (['warning', 'breach'] as const).map((level) => {
      const items = facts.alerts
        .filter((a) => a.level === level && weekOf(a.raisedAt) === w)
        .map((a) => ({ reference: a.reference, conversationId: a.conversationId, note: `${level} ${when(a.raisedAt)}` }));
      return {
        key: `${w}-${level}`,
        label: `w/c ${formatLondon(`${w}T12:00:00Z`, 'd MMM')}: ${level === 'warning' ? 'warnings' : 'breaches'}`,
        value: items.length,
        display: String(items.length),
        items,
      };
    }),
  );
  return {
    id: 'SLA',
    title: 'SLA warnings and breaches by week',
    definition: 'Alerts raised as a case neared (warning) or passed (breach) its promised date, by the week they were raised.',
    unit: 'count',
    bars,
  };
}

const REASONS: Record<string, string> = {
  asked: 'Asked for a person',
  'self-harm': 'Safety',
  'domestic-abuse': 'Safety',
  stuck: 'Assistant stuck',
  staff: 'Staff took over',
};

function handoffs(facts: ReportFacts): Measure {
  const groups = new Map<string, Item[]>();
  for (const h of facts.handoffs) {
    const label = REASONS[h.reason] ?? 'Other reasons';
    groups.set(label, [
      ...(groups.get(label) ?? []),
      { reference: `handoff ${h.id}`, conversationId: h.conversationId, note: `${h.channel}, ${h.reason}, asked ${when(h.requestedAt)}` },
    ]);
  }
  const taken = facts.handoffs
    .filter((h) => h.takenAt)
    .map((h) => ({ reference: `handoff ${h.id}`, conversationId: h.conversationId, note: `taken by ${h.takenBy ?? 'the API'} ${when(h.takenAt!)}` }));
  const bars = [...groups].map(([label, items]) => ({
    key: label.toLowerCase().replace(/\W+/g, '-'),
    label,
    value: items.length,
    display: String(items.length),
    items,
  }));
  bars.push({ key: 'taken', label: 'Taken over by staff', value: taken.length, display: String(taken.length), items: taken });
  return {
    id: 'HANDOFFS',
    title: 'Handoffs and takeovers',
    definition: 'Conversations handed to a person in the period, by why, and how many staff took over.',
    unit: 'count',
    bars,
  };
}

const quantile = (sorted: number[], q: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : 0);

function firstResponse(facts: ReportFacts): Measure {
  const waits = facts.handoffs
    .filter((h) => h.takenAt)
    .map((h) => ({ minutes: Math.round((h.takenAt!.getTime() - h.requestedAt.getTime()) / 60_000), h }))
    .sort((a, b) => a.minutes - b.minutes);
  const minutes = waits.map((w) => w.minutes);
  const items = waits.map((w) => ({ reference: `handoff ${w.h.id}`, conversationId: w.h.conversationId, note: `${w.minutes} min to take` }));
  const bar = (key: string, label: string, v: number, cut: (m: number) => boolean): Bar => ({
    key,
    label,
    value: v,
    display: `${v} min`,
    items: items.filter((_, i) => cut(minutes[i]!)),
  });
  const median = quantile(minutes, 0.5);
  const p90 = quantile(minutes, 0.9);
  return {
    id: 'FIRST-RESPONSE',
    title: 'First response by staff',
    definition: 'Minutes from a handoff being asked for to a member of staff taking it, for handoffs asked for in the period and taken.',
    unit: 'minutes',
    bars: [bar('median', 'Median', median, (m) => m <= median), bar('p90', '9 in 10 within', p90, (m) => m <= p90)],
    note: waits.length ? `${count(waits.length, 'handoff')} taken.` : 'No handoff was taken in the period.',
  };
}

function surveys(facts: ReportFacts): Measure {
  const bars = [1, 2, 3, 4, 5].map((score) => {
    const items = facts.surveys
      .filter((s) => s.score === score)
      .map((s) => ({ reference: s.reference, conversationId: s.conversationId, note: `scored ${score} on ${when(s.at)}` }));
    return { key: `score-${score}`, label: `Score ${score}`, value: items.length, display: String(items.length), items };
  });
  const total = facts.surveys.reduce((sum, s) => sum + s.score, 0);
  return {
    id: 'SURVEY',
    title: 'Satisfaction survey scores',
    definition: 'Answers to the survey texted after a repair, from 1 (very poor) to 5 (very good).',
    unit: 'count',
    bars,
    note: facts.surveys.length
      ? `Average ${(total / facts.surveys.length).toFixed(2)} from ${count(facts.surveys.length, 'answer')}.`
      : 'No survey was answered in the period.',
  };
}

function textsToQuote(facts: ReportFacts): Measure {
  const bands = ['1', '2', '3', '4', '5 or more'];
  const bars = bands.map((band, i) => {
    const items = facts.quotes
      .filter((q) => (i === 4 ? q.texts >= 5 : i === 0 ? q.texts <= 1 : q.texts === i + 1))
      .map((q) => ({ reference: q.reference, conversationId: q.conversationId, note: count(q.texts, 'text') }));
    return { key: `texts-${i + 1}`, label: i === 0 ? 'One text or none' : `${band} texts`, value: items.length, display: String(items.length), items };
  });
  const sorted = facts.quotes.map((q) => q.texts).sort((a, b) => a - b);
  return {
    id: 'TEXTS',
    title: 'Texts to a quote',
    definition: 'For repairs logged in the period: how many messages the tenant sent before the repair was logged with its date.',
    unit: 'count',
    bars,
    note: sorted.length ? `Median ${count(quantile(sorted, 0.5), 'text')} over ${count(sorted.length, 'repair')}.` : 'No repair was logged in the period.',
  };
}

export function measures(facts: ReportFacts, from: Date, to: Date, options: ReportOptions): Measure[] {
  return [
    rp02(facts),
    ch01(facts, from, to, options.homes),
    ch02(facts, from, to),
    nm01(facts, options.homes),
    slaByWeek(facts),
    handoffs(facts),
    firstResponse(facts),
    surveys(facts),
    textsToQuote(facts),
  ];
}
