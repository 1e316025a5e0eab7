// Every line the assistant can say, rendered with the longest real values each pack can
// put into it, must be GSM-7 and fit in two SMS segments (a single safety message may be
// longer): a stray curly quote or an overlong line costs landlords money on every text.
import { describe, expect, it } from 'vitest';
import { COPY } from '../../dialogs/copy.js';
import { isGsm7, smsSize } from '../../dialogs/gsm7.js';
import { renderSay } from '../../dialogs/render.js';
import { SAFETY_ADVICE } from '../../dialogs/safety.copy.js';
import { londonTime } from '../../src/clock/sla-clock.js';
import { PACK_IDS, loadPolicy } from '../../src/policy/load-policy.js';
import { policyNow } from '../../src/policy/policy-now.js';

const longest = (values: string[]) => values.reduce((a, b) => (b.length > a.length ? b : a), '');

function worstParams(packId: string): Record<string, string> {
  const pack = loadPolicy(packId);
  // A date late in a long month name and weekday gives the longest quotes.
  const now = policyNow(pack, londonTime('2026-09-23', '12:35'));
  const quotes = [
    ...now.priorities.map((p) => p.quote.words),
    ...now.asbGrades.flatMap((g) => [g.contact.words, g.actionPlan?.words ?? '']),
    now.complaint.acknowledge.words,
    now.complaint.stage1.words,
    now.complaint.stage2.words,
    now.awaabs.investigate.words,
  ];
  return {
    reference: 'ABCDEFGH',
    issue: 'water coming through a light fitting or switch',
    priority: longest(now.priorities.map((p) => p.label)),
    promise: longest(quotes),
    action: 'make-safe',
    next: now.whatHappensNext,
    grade: longest(now.asbGrades.map((g) => g.label)),
    plan: now.actionPlanPromise,
    acknowledge: now.complaint.acknowledge.words,
    stage1: now.complaint.stage1.words,
    stage2: now.complaint.stage2.words,
    window: now.complaint.escalationWindow,
    ombudsman: now.complaint.ombudsman.name,
    ombudsmanPhone: now.complaint.ombudsman.phone,
    ombudsmanWeb: now.complaint.ombudsman.web,
    words: longest([now.comments, now.compliments, ...pack.otherTimescales.map((t) => t.words)]),
    label: longest(pack.otherTimescales.map((t) => t.label)),
    landlord: now.landlord,
    name: 'Bartholomew',
    phone: now.phone,
    outOfHours: now.outOfHoursPhone,
    question: 'Is the water near any electrics, or coming through a light or socket? Reply YES or NO',
    advice: '',
    explanation: 'A neighbour hanging out washing is not anti-social behaviour.',
    category: 'hate-incident',
  };
}

describe.each(PACK_IDS)('copy under the %s pack', (packId) => {
  const params = worstParams(packId);
  it.each(Object.keys(COPY).filter((k) => k !== 'safety.advice' && k !== 'repair.clarifyYes'))('%s is GSM-7 and fits in 2 segments', (key) => {
    const text = renderSay({ key, params });
    expect(text.length).toBeGreaterThan(0);
    expect(isGsm7(text), text).toBe(true);
    expect(smsSize(text).segments, text).toBeLessThanOrEqual(2);
  });
});

describe('safety advice', () => {
  it.each(Object.entries(SAFETY_ADVICE))('%s is GSM-7 and at most 3 segments', (_id, advice) => {
    expect(isGsm7(advice)).toBe(true);
    expect(smsSize(advice).segments).toBeLessThanOrEqual(3);
  });
});

describe('thanks for feedback are said once', () => {
  it.each(PACK_IDS)("in the %s pack, a compliment and a comment are thanked once, the landlord's words kept", (id) => {
    const pack = loadPolicy(id);
    for (const [key, words] of [
      ['feedback.compliment', pack.compliments.words],
      ['feedback.comment', pack.comments.words],
    ] as const) {
      const said = COPY[key]!({ words });
      expect(said.match(/thank you/gi)).toHaveLength(1);
      // What the landlord says it does with feedback still reaches the tenant.
      expect(said).toContain(words.replace(/^thank you[^.!]*[.!]\s*/i, '').slice(0, 30));
    }
  });
});
